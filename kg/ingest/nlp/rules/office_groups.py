"""Whom a group word that names an office stands for: "the two foreign ministers agreed", "the two
presidents signed". News writes it of the two people it has given that office, one of each side;
those who last met stand for it only where they hold the office (the participants of a summons,
an ambassador and a company, are no ministers), and a deputy ("Vice Minister X") holds none of it.
"Both ministers said" as a joint speaker is read so too (rules/joint_speakers.py). The office words are data
(data/lexicon/references.yaml, ``participants.offices``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp.rules.common import Collector, person_state
from kg.ingest.nlp.rules.groups import told_group
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence
    from kg.model import Entity


@lru_cache(maxsize=1)
def _offices() -> dict[str, str]:
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")["participants"]
    return dict(data.get("offices", {}))


@lru_cache(maxsize=1)
def _deputies() -> frozenset[str]:
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")["participants"]
    return frozenset(data.get("deputies", ()))


def office_words(tok: Token) -> str | None:
    """The office a group word names, with the words before it that narrow it ("the two foreign
    ministers": "foreign minister"); None for a word that names no office ("the two leaders")."""
    office = _offices().get(tok.lower_)
    if office is None:
        return None
    before = [ch.lower_ for ch in tok.children if ch.dep_ in ("amod", "compound") and ch.i < tok.i]
    return " ".join([*before, office])


def holds(c: Collector, person: Entity, office: str) -> bool:
    """Whether the article has given ``person`` an office the words ``office`` name."""
    info = c.disc.people.by_key.get(person.key)
    told = " ".join(x for x in (getattr(info, "office", None), getattr(info, "words", None)) if x)
    deputy = any(  # "Vice Minister X" is none of "both ministers" (the office read is "minister")
        f"{d} {office}" in (getattr(info, "words", None) or "").lower() for d in _deputies()
    )
    return bool(told) and f" {office}" in f" {told.lower()}" and not deputy


def holders(c: Collector, s: Sentence, tok: Token, met: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Who "the two ministers" are at ``tok``: those who last met (``met``) where each holds the
    office; else the two people given it so far (of two states, where the text places both); else
    ``met``."""
    office = office_words(tok)
    if office is None or not told_group(tok):
        return met  # "signed by foreign ministers A and B": a title over the names, no reference
    people = [e for e in met if e.kind == "Person"]
    if len(people) >= 2 and all(holds(c, e, office) for e in people):
        return met
    told = [
        info.entity
        for info in c.disc.people.by_key.values()
        if 0 <= info.sentence <= s.index and holds(c, info.entity, office)
    ]
    states = [st.key for e in told if (st := person_state(c, e)) is not None]
    if len(told) == 2 and len(set(states)) == len(states):  # one side each, where the text says
        return tuple(told)
    return met
