"""Office titles after the name: an apposition ("Sergei Lavrov, Russia's foreign minister"), a
relative clause on it ("X, a senior official who heads the delegation"), or a plural title after
coordinated names ("A and B, the foreign ministers of Russia and Japan").

Split from kg.ingest.nlp.titles, which weighs these readings against the titles before the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.name_lists import name_chain
from kg.ingest.nlp.office_phrase import VAGUE_OFFICES, Title, phrase, title_from
from kg.ingest.nlp.office_verbs import first_conjunct, predicate_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def nominal(noun: Token) -> bool:
    """A noun, or the last word of a hyphened one the tagger made an adjective ("the Caribbean
    Community's secretary-general, Carla Barnett": "general"), or an adjective the parser made the
    head of a noun compound ("X, director general for international policy": no adjective heads
    a compound, so "general" stands for the noun it ends)."""
    doc = noun.doc
    return (
        noun.pos_ in ("NOUN", "PROPN")
        or (noun.i > 1 and doc[noun.i - 1].text in ("-", "‐") and not doc[noun.i - 2].whitespace_)
        or any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == noun.i - 1 for c in noun.children
        )
    )


def apposition_after(p: Parsed, gz: Gazetteer, head: Token, name: list[Token]) -> Title | None:
    """ "Sergei Lavrov, Russia's foreign minister", "Lavrov, who serves as foreign minister"."""
    last = max(t.i for t in name)
    for c in _appositions_after(head, last):
        if nominal(c) and p.mention(c) is None:
            found = title_from(p, gz, phrase(c, ()), c)
            held = _relative_office(p, gz, c)
            if held is not None and (found is None or _vague(found)):
                return held  # "X, a tribal elder who led the Pakistani delegation"
            if found is not None:
                return found
    return _relative_office(p, gz, head, after=last)


def _relative_office(p: Parsed, gz: Gazetteer, noun: Token, after: int = -1) -> Title | None:
    """ "X, a senior official who heads the Russian delegation": the office a relative clause on
    the noun apposed to the name gives ("heads", "serves as", "chairs"), which says more than a
    vague noun ("official", "elder") the apposition titles the name with; on the name itself, a
    clause after ``after`` ("X, who serves as ...")."""
    for c in noun.children:
        if c.i <= after:
            continue
        who = next((s for s in c.children if s.lower_ in ("who", "that")), None)
        if c.dep_ == "relcl" and who is not None:
            found = predicate_of(p, gz, c, who.dep_)
            if found is not None:
                return found
    return None


def _vague(found: Title) -> bool:
    """A title that names no particular office ("a senior official", "a leader")."""
    return found.office in VAGUE_OFFICES


def _appositions_after(head: Token, last: int) -> list[Token]:
    """The appositions after a name that are its own: a singular one after coordinated names
    ("Mitsotakis and Erdogan, the Turkish president") is the last name's, which the parser hangs
    on the first."""
    mine = [c for c in head.children if c.dep_ == "appos" and c.i > last]
    later = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > last]
    if later:  # a name follows: a singular apposition after it is that name's
        mine = [c for c in mine if c.tag_ in ("NNS", "NNPS") or c.i < later[0].i]
    if head.dep_ == "conj" and not later and head.head.pos_ == "PROPN":
        mine += [
            c
            for c in head.head.children
            if c.dep_ == "appos" and c.i > last and c.tag_ in ("NN", "NNP")
        ]
    return mine


def shared_apposition(p: Parsed, gz: Gazetteer, head: Token) -> Title | None:
    """ "Sergei Lavrov and Taro Kono, the foreign ministers of Russia and Japan": a plural title
    after coordinated names is each one's, the states named in the same order."""
    chain = name_chain(first_conjunct(head)[0])
    if len(chain) < 2 or head not in chain:
        return None
    for member in chain:
        for c in member.children:
            if c.dep_ == "appos" and c.i > chain[-1].i and c.tag_ in ("NNS", "NNPS"):
                found = title_from(p, gz, phrase(c, ()), c, index=chain.index(head))
                if found is not None:
                    return found
    return None
