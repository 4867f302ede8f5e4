"""Titles standing before a name, hung on it or beside it: "Russian Foreign Minister Sergei Lavrov",
"Foreign ministers A of Azerbaijan and B of Armenia", "Moroccan Ambassador to the UN Omar Hilale",
a title the parser hung elsewhere, and the owner an "of" phrase after the name gives such a title.
Split from kg.ingest.nlp.titles, which weighs these readings against the others."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.grammar import Parsed, head_token
from kg.ingest.nlp.name_lists import name_chain, name_words_before, owners_listed
from kg.ingest.nlp.office_owner import HYPHENS, OF_PREPOSITIONS
from kg.ingest.nlp.office_phrase import BEFORE_NAME, Title, title_from
from kg.ingest.nlp.office_verbs import first_conjunct
from kg.ingest.nlp.owned_conjuncts import name_past_owner
from kg.ingest.nlp.phrases import plural
from kg.ingest.nlp.titles_after import nominal

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Words that title a person without naming an office ("Mr. Lavrov").
_HONORIFICS = frozenset({"mr", "mrs", "ms"})


def name_head(name: list[Token]) -> Token:
    """The word a name's words hang on (its last, where the parse ties none)."""
    return head_token(name) or name[-1]


def compound_before(p: Parsed, gz: Gazetteer, head: Token, name: list[Token]) -> Title | None:
    """ "Russian Foreign Minister Sergei Lavrov": title words hung on the name, before it."""
    first = min(t.i for t in name)
    inside = {t.i for t in name}
    kids = [  # not another titled name the parser hung on this one ("President A and Minister B")
        c
        for c in head.children
        if c.i < first and c.i not in inside and c.dep_ in BEFORE_NAME and not _named_person(p, c)
    ]
    if any(_honorific(c) for c in kids):
        return Title(None, start=p.offset + min(c.idx for c in kids if _honorific(c)))
    nouns = [  # a compound is a noun, whatever the tagger says ("ICJ judge X": VERB)
        c for c in kids if (nominal(c) or c.dep_ == "compound") and p.mention(c) is None
    ]
    owners = [  # "Iran's Supreme Leader Ayatollah Ali Khamenei": the parser hangs Iran's on the name
        c for c in head.children if c.dep_ == "poss" and nouns and c.i < nouns[0].i
    ]
    inside |= {  # another titled name hung inside the title ("and EU envoy" on "Vucic")
        x.i for c in kids for t in c.subtree if t != c and _named_person(p, t) for x in t.subtree
    }
    toks = sorted(
        {t for c in (*owners, *kids) for t in c.subtree if t.i not in inside}, key=lambda t: t.i
    )
    found = title_from(p, gz, toks, _office_noun(nouns), before=True) if nouns else None
    for noun in reversed(nouns[:-1]) if found is None else ():
        # "Minister of Mines and Energy X": the portfolio's last word hung on the name
        if p.doc[noun.i + 1].lower_ in OF_PREPOSITIONS:
            found = title_from(p, gz, toks, noun, before=True)
            break
    return owned_after(p, found, head, name)


def _named_person(p: Parsed, t: Token) -> bool:
    """Whether ``t`` heads another titled name joined by "and" ("Serbian President Aleksandar
    Vucic and Kosovo Prime Minister Albin Kurti", with "Vucic" an ``nmod`` of "Kurti"): a proper
    noun with name words of its own before it and a coordination hung on it."""
    m = p.mention(t)
    if m is not None:
        return m.tag == "P"
    if t.pos_ != "PROPN" or t.text in lexicon.load().non_name_words:
        return False  # "Minister of Foreign Affairs and Trade X": a portfolio, not a name
    kids = list(t.children)
    return any(c.dep_ == "cc" for c in kids) and any(
        c.dep_ in ("compound", "nmod") and c.i < t.i and c.is_title for c in kids
    )


def plural_before_first(p: Parsed, gz: Gazetteer, head: Token) -> Title | None:
    """ "Foreign ministers A of Azerbaijan and B of Armenia": a plural title hung on the first of
    coordinated names titles each later one too (its owner is the later name's own "of")."""
    past = name_past_owner(head)  # "A of Equatorial Guinea and B of Gabon": B hung on "Guinea"
    first, index = (past, 1) if past is not None else first_conjunct(head)
    if not index:
        return None
    own = [first]
    for t in name_words_before(p, first):  # not a capitalised title ("Foreign Ministers")
        if any(True for _ in t.lefts):
            break
        own.append(t)
    found = compound_before(p, gz, first, sorted(own, key=lambda t: t.i))
    if found is None or not found.plural:
        return None
    return replace(found, of=None, start=None)


def _office_noun(nouns: list[Token]) -> Token:
    """The title word among the words hung on a name before it: the last, unless that is a
    courtesy or religious rank (``courtesy_titles`` of data/lexicon.yaml) after the office
    ("Iran's Supreme Leader Ayatollah Ali Khamenei" is the supreme leader)."""
    while len(nouns) > 1 and _courtesy(nouns[-1]):
        nouns = nouns[:-1]
    return nouns[-1]


def owned_after(p: Parsed, found: Title | None, head: Token, name: list[Token]) -> Title | None:
    """ "President Duma Boko of Botswana", "Chief Minister M.K. Stalin of Tamil Nadu": a title
    before the name that names no owner takes the state, land, city or body of the "of" phrase
    the parser hangs on the name itself. "Foreign ministers A and B of Azerbaijan and Armenia":
    a list of owners as long as the list of names, hung on its last, gives each name the owner
    in its place."""
    if found is None or found.office is None or found.of is not None:
        return found
    first, index = first_conjunct(head)
    names = name_chain(first)
    last = max(t.i for t in name)
    for holder in dict.fromkeys((head, names[-1])):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i <= last:
                continue
            listed = owners_listed(p, prep)
            if len(names) > 1 and len(listed) == len(names):
                return replace(found, of=listed[index])
            if listed and holder == head:
                return replace(found, of=listed[0])
    return found


def compound_misread(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
    """ "by Turkish Cypriot leader Ersin Tatar and Turkish President Recep Tayyip Erdogan": a title
    right before a name that the parser hung elsewhere (here as a conjunct, or as a second subject:
    "Sudan's army chief General X visited") is still its title."""
    doc = name[0].doc
    j = min(t.i for t in name) - 1
    toks: list[Token] = []
    while j >= 0 and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j].dep_ != "det":
        toks.insert(0, doc[j])
        j -= 1
    nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN") and p.mention(t) is None]
    if not nouns or nouns[-1].i != min(t.i for t in name) - 1:
        return None
    if j >= 1 and doc[j].tag_ == "POS":  # "Sudan's army chief General X": the owner too
        toks = sorted({*doc[j].head.subtree, *toks}, key=lambda t: t.i)
    found = title_from(p, gz, toks, _office_noun(nouns), before=True)
    return owned_after(p, found, name_head(name), name)


def prep_title_before(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
    """ "Bolivian Vice Minister of Foreign Affairs Freddy Mamani", "Moroccan Ambassador to the UN
    Omar Hilale": a title with its "of"/"to" phrase right before the name, which the parser often
    makes the subject, the name the object of the preposition. The title's noun is the one before
    the preposition; the words run on, without a comma, to the name."""
    doc = name[0].doc
    first = min(t.i for t in name)
    j = first - 1
    while j >= 0 and _courtesy(doc[j]):
        j, first = j - 1, j  # "... of Survey and Mapping Datuk X": the rank is no title's word
    if j >= 0 and doc[j].lower_ == "and":
        return None  # "Survey and Mapping": a name's conjunct, not a name
    joined = False  # "Northeast and Central Asian Affairs", "Director-General": only capitalised
    while j >= 0 and (_capitalised(doc[j]) or doc[j].lower_ == "and" and _capitalised(doc[j - 1])):
        joined = joined or doc[j].lower_ == "and"
        j -= (
            1  # the preposition's object, capitalised as a title's is ("Foreign Affairs", "the UN")
        )
    if j + 1 == first:
        return None  # no object between: the name is the preposition's ("director for Asia")
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ not in OF_PREPOSITIONS or doc[j].pos_ != "ADP":
        return None
    noun = doc[j - 1]
    if noun.text == "State" and j > 3 and doc[j - 2].lower_ == "of" and _capitalised(doc[j - 3]):
        noun, j = doc[j - 3], j - 2  # "Minister of State for Regional Cooperation X": a minister
    if noun.pos_ not in ("NOUN", "PROPN") or p.mention(noun) is not None:
        return None
    k = j - 1
    while k > 1 and doc[k - 1].text in HYPHENS and not doc[k - 1].whitespace_:
        if doc[k - 2].whitespace_ or not doc[k - 2].is_alpha:
            break
        k, joined = k - 2, True  # "Director-General for Asian Affairs X": one word
    if joined and not noun.text[:1].isupper():
        return None  # a title in running text ("head of the Asian and Oceanian Affairs Bureau")
    heads = lexicon.load().body_heads
    if joined and name[-1].lower_ in heads | {plural(h) for h in heads}:
        return None  # "Spokesmen for the British and Argentine Foreign Ministries": no name
    while k > 0 and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[k - 1].dep_ != "det":
        k -= 1  # the title's words before its noun ("Bolivian Vice")
    if k > 0 and doc[k - 1].dep_ == "poss":
        k = doc[k - 1].left_edge.i  # "Cameroon's Minister of ..."
    elif k > 1 and doc[k - 1].tag_ == "POS":  # "Myanmar's ambassador to Bangladesh X"
        k = doc[k - 1].head.left_edge.i
    toks = list(doc[k:first])
    found = title_from(p, gz, toks, noun, before=True)
    return found if found is not None and found.office is not None else None


def _capitalised(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN", "ADJ") and t.text[:1].isupper()


def _honorific(t: Token) -> bool:
    return t.text.rstrip(".").lower() in _HONORIFICS


def _courtesy(t: Token) -> bool:
    """A courtesy or religious rank (``courtesy_titles`` of data/lexicon.yaml): no office's word."""
    return t.text.rstrip(".").lower() in lexicon.load().courtesy_titles
