"""Appositions the parser hung elsewhere: a title and a name side by side, set off by commas.

News sets a title beside a name with commas ("his Burkinabe counterpart, Karamoko Traore, said";
"Ersin Tatar, the Turkish Cypriot prime minister."). The small parser often hangs the name on the
verb ("npadvmod") or the title on another noun of the sentence; the commas still tie them. A name
that is a verb's subject after a comma ("In talks with the minister, Lavrov said") is not the
title's: it is read only where a comma closes the name too, as an apposition's is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.grammar import Parsed, head_token
from kg.ingest.nlp.office_owner import HYPHENS
from kg.ingest.nlp.office_phrase import Title, phrase, title_from

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "appos"})
_SEATS = frozenset({"in", "to", "of", "at", "for"})  # "the ambassador in Windhoek, X"
#: How the parser hangs a title that opens its clause on the verb whose subject is the name after
#: the title's comma: as a clause, a loose modifier or a second subject, not as its apposition.
_CLAUSE_MISREADS = frozenset({"advcl", "npadvmod", "dep", "nsubj"})


def title_before(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
    """ "... with his Burkinabe counterpart, Karamoko Traore, that ...": the title whose phrase
    ends right before the comma that opens the name, where the parser tied them no way."""
    doc = name[0].doc
    first, last = min(t.i for t in name), max(t.i for t in name)
    head = head_token(name) or name[-1]
    courtesy = lexicon.load().courtesy_titles
    while first > 0 and doc[first - 1].text.rstrip(".").lower() in courtesy:
        first -= 1  # "the Minister for Foreign Affairs, Mrs. X,": a press release's courtesy
    if first < 2 or doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text != ",":
        return None
    seated = _on_seat(p, head, first)  # the title's words end before the seat's preposition
    if head.head.i < first - 1 and head.head.dep_ == "appos":
        return None
    end = _before_aside(doc, head.head.head.i - 1 if seated else first - 2)
    if end is None or (noun := _noun_ending_at(p, gz, doc[end])) is None:
        return None
    if any(c.dep_ == "appos" and c.i < end and not _hyphen_end(c) for c in noun.children):
        return None  # not "(Regional Affairs)"; "director-general" is one word
    if head.dep_ in _SUBJECTS and not seated and not _misread(p, gz, head, noun):
        return None
    inside = {t.i for t in name}
    toks = [t for t in phrase(noun, inside) if t.i < first - 1]
    return _one_person(p, title_from(p, gz, toks, noun, before=True), toks)


def title_after(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
    """ "... by Ersin Tatar, the Turkish Cypriot prime minister.": a singular apposition that
    opens right after the name's comma is the name's, whatever word the parser hung it on."""
    doc = name[0].doc
    last = max(t.i for t in name)
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return None
    for c in doc[last + 2 :]:
        if c.dep_ == "appos" and c.left_edge.i == last + 2 and c.head.i < last + 1:
            if c.tag_ not in ("NN", "NNP") or p.mention(c) is not None:
                return None
            head = head_token(name) or name[-1]
            if c.head.i >= min(t.i for t in name) or (head.dep_ == "appos" and head.head == c.head):
                return None  # the name's own, or both the apposition of a third: titles reads it
            toks = phrase(c, ())
            return _one_person(p, title_from(p, gz, toks, c), toks)
    return None


def _before_aside(doc: Doc, end: int) -> int | None:
    """Where a title's words end, before a portfolio in brackets that closes them ("the Minister of
    State for Border Affairs (Southern Region), Mr X"; "Joint Secretary (East Asia) X")."""
    if end < 0 or doc[end].text != ")":
        return end
    for j in range(end - 1, max(end - 8, 0), -1):
        if doc[j].text == "(":
            return j - 1
        if doc[j].text in (",", ")"):
            return None
    return None


def _misread(p: Parsed, gz: Gazetteer, head: Token, noun: Token) -> bool:
    """Whether a name the parser made a subject or an apposition is still the apposition of the
    title before its comma: the name apposed to a far noun that titles no one ("The note, handed
    to Syria's charge d'affaires in Amman, X, after ...": not the note), or a subject whose title
    the parser hung as an apposition of the place set before it ("In Quito, the Minister of State
    for Border Affairs, Mr X, said"), or as a clause or second subject of the name's own verb, or
    whose last word took the name ("its director-general for Asian affairs, X, had lodged")."""
    if head.dep_ == "appos":
        far = head.head
        m = p.mention(far)
        if far.i > noun.i and m is None and _portfolio_end(far, noun, head):
            return True  # "its director-general for Asian affairs, X,": hung on the portfolio
        if far.i > noun.i or m is not None and m.tag != "D":  # a document names no one
            return False
        # "The High Commissioner of India, Mr. A, and the Principal Secretary, Mr. B": the far
        # title is the name told between (A's), not B's
        return title_from(p, gz, phrase(far, ()), far) is None or named_between(p, gz, far, noun)
    if noun.dep_ in _CLAUSE_MISREADS and noun.head == head.head and noun.left_edge.i < noun.i:
        return True  # "The director-general for Asian affairs, X, had lodged": one subject
    return noun.dep_ == "appos" and noun.head.i < noun.i and p.mention(noun.head) is not None


def _noun_ending_at(p: Parsed, gz: Gazetteer, last: Token) -> Token | None:
    """The singular title noun whose phrase ends at ``last`` ("ambassador" for "the Angolan
    ambassador in Windhoek"; capitalised in a press release: "the Ambassador of Iran to the
    Kingdom"), or None; ``title_from`` then says whether it names an office. A noun of the
    phrase's object that titles no one is passed for the title above it ("the Leader of the
    Opposition, Hon. X"), and so is a later conjunct of a portfolio ("the Minister for Foreign
    Affairs and Diaspora, Mrs. X")."""
    node, found = last, None
    for _ in range(5):
        top = node
        while top.dep_ == "conj" and top.head.i < top.i:
            top = top.head  # "Foreign Affairs and Diaspora": the portfolio's first conjunct
        if top is not node and top.dep_ == "pobj":
            node = top
            continue
        if (node.tag_ in ("NN", "NNP") or _hyphen_end(node)) and p.mention(node) is None:
            if _titles(p, gz, node):
                return node
            found = found or node
        if node.dep_ != "pobj" or node.head.lower_ not in _SEATS or node.head.head.i > node.i:
            break
        node = node.head.head
    return found


def _portfolio_end(far: Token, noun: Token, head: Token) -> bool:
    """Whether the word a name is apposed to is the last of the title's own phrase, right before
    the name's comma ("director-general for Chinese affairs, X": the name hung on "affairs")."""
    return far.i + 2 == head.left_edge.i and far in noun.subtree and far.pos_ == "NOUN"


def _hyphen_end(t: Token) -> bool:
    """Whether a word ends a hyphenated one ("director-general", whose "general" the tagger may
    call an adjective): the title's noun all the same."""
    doc = t.doc
    return t.i > 1 and doc[t.i - 1].text in HYPHENS and not doc[t.i - 1].whitespace_


def _titles(p: Parsed, gz: Gazetteer, noun: Token) -> bool:
    """Whether a noun with its phrase names an office."""
    found = title_from(p, gz, phrase(noun, ()), noun)
    return found is not None and found.office is not None


def _on_seat(p: Parsed, head: Token, first: int) -> bool:
    """ "received the Ambassador of Iran to Saudi Arabia, X,": the name apposed to the state or
    city that ends the title's "to"/"in" phrase, which the parser hung on the verb."""
    seat = head.head
    if head.dep_ != "appos" or seat.i != first - 2 or seat.dep_ != "pobj":
        return False
    m = p.mention(seat)
    return (
        (m is None or m.tag in ("S", "C", "T"))  # "to the Kingdom": the host by its kind
        and seat.head.lower_ in ("to", "in")
        and seat.head.head.pos_ in ("VERB", "AUX")
    )


def named_between(p: Parsed, gz: Gazetteer, title: Token, name: Token) -> bool:
    """Whether another name the parser joined to a title stands between it and a later name ("The
    High Commissioner of India, Mr. A, and the Principal Secretary, Mr. B": A, set off by commas,
    not a title itself): the title is that name's, not the later one's."""
    doc = title.doc
    for t in doc[title.i + 1 : name.i]:
        if t.pos_ != "PROPN" or t.dep_ not in ("conj", "appos") or t.head != title:
            continue
        if doc[t.left_edge.i - 1].text != "," or doc[t.i + 1].text not in (",", "and"):
            continue  # set off by commas as a name is, not "(East Asia)"
        m = p.mention(t)
        if (m is None or m.tag == "P") and not _titles(p, gz, t):
            return True
    return False


def _one_person(p: Parsed, found: Title | None, toks: list[Token]) -> Title | None:
    """The title, when it has an office and no other person's name stands inside it."""
    if found is None or found.office is None:
        return None
    for t in toks:
        m = p.mention(t)
        if m is not None and m.tag == "P":
            return None
    return found
