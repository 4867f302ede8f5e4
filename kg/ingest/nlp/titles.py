"""Office titles read from the parse: which office a person's title names, and of which state.

A title stands before the name ("Russian Foreign Minister Sergei Lavrov", "his Malaysian
counterpart, Anwar Ibrahim"), after it ("Sergei Lavrov, Russia's foreign minister", "Lavrov, the
minister of foreign affairs of Russia"), in a relative clause ("Lavrov, who serves as foreign
minister") or as a predicate ("Lavrov is Russia's foreign minister"). Wherever it stands, the
parse ties it to the name (compound, apposition, relative clause, subject); the title's own
phrase gives the office and the state (kg.ingest.nlp.office_phrase: a demonym, a possessive, or
"of X" / "to X"), never the dateline's city. The verbs of "serves as" and "became" are the
``office`` class of ``data/lexicon/relations.yaml``, read in kg.ingest.nlp.office_verbs. The
readings of a title before the name are kg.ingest.nlp.titles_before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.listed_titles import listed_after
from kg.ingest.nlp.misread_appositions import named_between, title_after, title_before
from kg.ingest.nlp.office_owner import OF_PREPOSITIONS
from kg.ingest.nlp.office_phrase import (
    MEMBERSHIP,
    STAND_INS,
    VAGUE_OFFICES,
    Title,
    phrase,
    role_words,
    title_from,
)
from kg.ingest.nlp.office_verbs import first_conjunct, led_by, named_to, predicate
from kg.ingest.nlp.phrases import nouns
from kg.ingest.nlp.place_titles import place_title
from kg.ingest.nlp.titles_after import apposition_after, nominal, shared_apposition
from kg.ingest.nlp.titles_before import (
    compound_before,
    compound_misread,
    name_head,
    owned_after,
    plural_before_first,
    prep_title_before,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.mentions import Mention
    from kg.ingest.nlp.persons import People


def title_of(p: Parsed, gz: Gazetteer, name: list[Token]) -> Title | None:
    """The title the parse ties to the name (its tokens), wherever it stands; none for words in
    brackets, a portfolio's ("joint secretary (East Asia)"), not a name."""
    if _bracketed(name):
        return None
    head = name_head(name)
    readings = [
        found
        for found in (
            compound_before(p, gz, head, name),
            plural_before_first(p, gz, head),
            _apposed_to(p, gz, head, name),
            listed_after(p, gz, name),
            shared_apposition(p, gz, head),
            apposition_after(p, gz, head, name),
            predicate(p, gz, head),
            compound_misread(p, gz, name),
            prep_title_before(p, gz, name),
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
    return owned_after(p, first, head, name)


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
            info.office, info.words, info.of = title.office, role_words(title), title.of
            info.sentence = index if info.sentence < 0 else info.sentence
