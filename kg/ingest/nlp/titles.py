"""Office titles read from the parse: which office a person's title names, and of which state.

A title stands before the name ("Russian Foreign Minister Sergei Lavrov", "his Malaysian
counterpart, Anwar Ibrahim"), after it ("Sergei Lavrov, Russia's foreign minister", "Lavrov, the
minister of foreign affairs of Russia"), in a relative clause ("Lavrov, who serves as foreign
minister") or as a predicate ("Lavrov is Russia's foreign minister"). Wherever it stands, the
parse ties it to the name (compound, apposition, relative clause, subject); the title's own
phrase gives the office and the state (kg.ingest.nlp.office_phrase: a demonym, a possessive, or
"of X" / "to X"), never the dateline's city. The verbs of "serves as" and "became" are the
``office`` class of ``data/lexicon/relations.yaml``, read in kg.ingest.nlp.office_verbs.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.grammar import Parsed, head_token
from kg.ingest.nlp.listed_titles import listed_after
from kg.ingest.nlp.misread_appositions import named_between, title_after, title_before
from kg.ingest.nlp.name_lists import name_chain, name_words_before, owners_listed
from kg.ingest.nlp.office_owner import OF_PREPOSITIONS
from kg.ingest.nlp.office_phrase import (
    BEFORE_NAME,
    MEMBERSHIP,
    STAND_INS,
    VAGUE_OFFICES,
    Title,
    phrase,
    title_from,
)
from kg.ingest.nlp.office_verbs import first_conjunct, led_by, named_to, predicate
from kg.ingest.nlp.owned_conjuncts import name_past_owner
from kg.ingest.nlp.phrases import nouns
from kg.ingest.nlp.place_titles import place_title
from kg.ingest.nlp.titles_after import apposition_after, nominal, shared_apposition

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.mentions import Mention
    from kg.ingest.nlp.persons import People

#: Words that title a person without naming an office ("Mr. Lavrov").
_HONORIFICS = frozenset({"mr", "mrs", "ms"})


def title_of(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
    """The title the parse ties to the name (its tokens), wherever it stands; none for words in
    brackets, a portfolio's ("joint secretary (East Asia)"), not a name."""
    if _bracketed(name):
        return None
    head = _head(name)
    readings = [
        found
        for found in (
            _compound_before(p, gz, head, name),
            _plural_before_first(p, gz, head),
            _apposed_to(p, gz, head, name),
            listed_after(p, gz, name),
            shared_apposition(p, gz, head),
            apposition_after(p, gz, head, name),
            predicate(p, gz, head),
            _compound_misread(p, gz, name),
            _prep_title_before(p, gz, name),
            led_by(p, gz, head),
            named_to(p, gz, head),
            title_before(p, gz, name),
            title_after(p, gz, name),
        )
        if found is not None
    ]
    titled = [t for t in readings if t.office is not None]
    held = [t for t in titled if not _former(p, t)]  # "Guyana's agent, former foreign minister
    titled = held or titled  # X": the office held, not the one left (alone, as it was read)
    courtesy = lexicon.load().courtesy_titles  # "Judge X, the court's president": president
    # a vague office its portfolio narrows ("Territorial Administration Minister") is not vague
    # "his Japanese counterpart X, head of the Asian and Oceanian Affairs Bureau": the post its
    # own words name, not the other's office (not "his counterpart X, a former defence minister")
    own_post = any(t.office in VAGUE_OFFICES and t.words not in (None, t.office) for t in titled)
    titled.sort(
        key=lambda t: (
            t.office == MEMBERSHIP,  # "X, a member of the Finns Party": any office first
            t.office in VAGUE_OFFICES and t.words in (None, t.office),
            own_post and t.office in STAND_INS,
            t.office in courtesy,
        )
    )
    # "The official, X, who is director"
    if not titled:
        return readings[0] if readings else None  # "Mr. Lavrov": a title, no office
    first = titled[0]
    if first.of is None and first.office is not None:  # "Ambassador X, Mauritius's envoy to
        same = (t for t in titled[1:] if t.of is not None and _narrows(t.office, first.office))
        first = next(same, first)  # the UN": the reading that says whose and where, whole
    if first.of is None:  # "his Japanese counterpart, Foreign Minister Fumio Kishida": one
        owner = next((t.of for t in titled[1:] if t.of is not None), None)  # office, two titles
        first = replace(first, of=owner)
    # "the two foreign ministers, Ahmed Haji of Somalia and ...": the "of" hung on the name
    return _owned_after(p, first, head, name)


def _former(p: Parsed, title: Title) -> bool:
    """Whether a title standing before the name is marked as left ("former foreign minister X",
    references.yaml ``former_marks``)."""
    if title.start is None:
        return False
    toks = p.within(title.start, title.start + 1)
    if not toks:
        return False
    first = toks[0]
    marks = nouns().former_marks
    return first.lower_ in marks or (first.i > 0 and first.doc[first.i - 1].lower_ in marks)


def _bracketed(name: list[Token]) -> bool:
    """Whether a name's words stand alone in brackets ("(East Asia)")."""
    doc, first, last = name[0].doc, min(t.i for t in name), max(t.i for t in name)
    while first > 0 and doc[first - 1].pos_ == "PROPN":
        first -= 1
    return (
        first > 0
        and doc[first - 1].text == "("
        and last + 1 < len(doc)
        and doc[last + 1].text == ")"
    )


def _narrows(office: str | None, general: str) -> bool:
    """Whether ``office`` is ``general`` or a narrower form of it ("ambassador to Japan")."""
    return office is not None and (office == general or office.startswith(general + " "))


def _head(name: list[Token]) -> Token:
    return head_token(name) or name[-1]


def _compound_before(p: Parsed, gz: Gazetteer, head: Token, name: list[Token]) -> Title | None:
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
    return _owned_after(p, found, head, name)


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


def _plural_before_first(p: Parsed, gz: Gazetteer, head: Token) -> Title | None:
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
    found = _compound_before(p, gz, first, sorted(own, key=lambda t: t.i))
    if found is None or not found.plural:
        return None
    return replace(found, of=None, start=None)


def _office_noun(nouns: list[Token]) -> Token:
    """The title word among the words hung on a name before it: the last, unless that is a
    courtesy or religious rank (``courtesy_titles`` of data/lexicon.yaml) after the office
    ("Iran's Supreme Leader Ayatollah Ali Khamenei" is the supreme leader)."""
    courtesy = lexicon.load().courtesy_titles
    while len(nouns) > 1 and nouns[-1].text.rstrip(".").lower() in courtesy:
        nouns = nouns[:-1]
    return nouns[-1]


def _owned_after(p: Parsed, found: Title | None, head: Token, name: list[Token]) -> Title | None:
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


def _apposed_to(p: Parsed, gz: Gazetteer, head: Token, name: list[Token]) -> Title | None:
    """ "his Russian counterpart, Sergey Lavrov", "the foreign ministers, A and B": the name is
    the apposition of a title before it (a later name of a list, a conjunct of the first)."""
    first, index = first_conjunct(head)
    noun = first.head
    if first.dep_ != "appos" or noun.i > first.i or not nominal(noun):
        return None
    if named_between(p, gz, noun, first.left_edge):  # "the High Commissioner, Mr. A, and the
        return None  # Principal Secretary, Mr. B": the far title is A's
    inside = {t.i for t in name}
    noun = _title_above(p, gz, noun, inside)
    toks = [t for t in phrase(noun, inside) if t.i < first.left_edge.i]
    found = title_from(p, gz, toks, noun, before=True, index=index)
    if found is not None and index:  # a list's title begins before its first name; a singular
        return replace(found, start=None) if found.plural else None  # one is the first's alone
    return found


def _title_above(p: Parsed, gz: Gazetteer, noun: Token, inside: set[int]) -> Token:
    """The title a name in apposition belongs to where the parser hung the name on the object of
    the title's preposition ("an official at the X Authority, Dana Ortiz"; "the governor of Russia's
    Sakhalin region, Valery Limarenko"): the noun whose phrase holds it, when the noun the name
    hangs on is a mention, or a common noun after "of"/"at" that titles no office itself, or the
    seat after "in" ("Russia's consul general in Shenyang, Sergei Alexeyev")."""
    while noun.dep_ == "pobj":
        above = noun.head.head
        if above.i > noun.i or above.pos_ not in ("NOUN", "PROPN") or p.mention(above):
            break
        if noun.head.lower_ == "in":  # "the High Commissioner in Dhaka, X": the post's seat
            noun = above
            continue
        if above.pos_ != "NOUN":
            break
        if p.mention(noun) is None:
            if noun.head.lower_ not in OF_PREPOSITIONS or not (
                noun.pos_ == "NOUN" or place_title(gz, above)  # "the governor of Krasnodar, X"
            ):
                break  # a name no mention covers yet: the recogniser may make it a body
            own = [t for t in phrase(noun, inside) if t.i <= noun.i]
            if title_from(p, gz, own, noun) is not None:
                break  # "the head of the delegation's spokesman, X": the nearer title is hers
        noun = above
    return noun


def _compound_misread(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
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
    return _owned_after(p, found, _head(name), name)


def _prep_title_before(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
    """ "Bolivian Vice Minister of Foreign Affairs Freddy Mamani", "Moroccan Ambassador to the UN
    Omar Hilale": a title with its "of"/"to" phrase right before the name, which the parser often
    makes the subject, the name the object of the preposition. The title's noun is the one before
    the preposition; the words run on, without a comma, to the name."""
    doc = name[0].doc
    first = min(t.i for t in name)
    j = first - 1
    while j >= 0 and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j].text[:1].isupper():
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
    if noun.pos_ not in ("NOUN", "PROPN") or p.mention(noun) is not None:
        return None
    k = j - 1
    while k > 0 and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[k - 1].dep_ != "det":
        k -= 1  # the title's words before its noun ("Bolivian Vice")
    if k > 0 and doc[k - 1].dep_ == "poss":
        k = doc[k - 1].left_edge.i  # "Cameroon's Minister of ..."
    elif k > 1 and doc[k - 1].tag_ == "POS":  # "Myanmar's ambassador to Bangladesh X"
        k = doc[k - 1].head.left_edge.i
    toks = list(doc[k:first])
    found = title_from(p, gz, toks, noun, before=True)
    return found if found is not None and found.office is not None else None


def _honorific(t: Token) -> bool:
    return t.text.rstrip(".").lower() in _HONORIFICS


def retitle(gz: Gazetteer, people: People, p: Parsed, mentions: list[Mention], index: int) -> None:
    """Read the titles of a sentence's people again once the recogniser has added the bodies the
    gazetteer does not know ("Kemi Badenoch, the leader of the opposition Conservative Party"):
    a title whose owner was no mention then gave no owner, and "leader" alone is no office."""
    for m in mentions:
        info = people.by_key.get(m.entity.key) if m.tag == "P" and m.entity else None
        if info is None or info.of is not None:
            continue
        toks = [t for t in p.within(m.start, m.end) if t.pos_ == "PROPN"]
        while len(toks) > 1 and toks[0].head not in toks[1:]:
            toks = toks[1:]  # the name's own words, as kg.ingest.nlp.persons reads them
        title = title_of(p, gz, toks) if toks else None
        if title is None or title.office is None or title.of is None:
            continue
        if info.office is None or info.office == title.office:
            info.office, info.words, info.of = title.office, title.words, title.of
            info.sentence = index if info.sentence < 0 else info.sentence
