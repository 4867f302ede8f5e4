"""What "it", "they", "them", "we", "both" and "his country" stand for where no mention says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import (
    Collector,
    last_participants,
    person_state,
)
from kg.ingest.nlp.triggers import LIST_ROLES
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Plural nouns that name the participants last introduced ("the two leaders agreed").
_GROUPS = frozenset(
    {
        "they",
        "ministers",
        "leaders",
        "sides",
        "participants",
        "delegations",
        "envoys",
        "negotiators",
        "presidents",
        "diplomats",
        "we",
    }
)


def group(c: Collector, tok: Token) -> tuple[Entity, ...]:
    """The participants last introduced, where ``tok`` names them as a group ("they concluded"):
    of the latest meeting, else the people last named together."""
    return (last_participants(c) or c.named_together) if tok.lower_ in _GROUPS else ()


def _speaker_state(c: Collector, p: g.Parsed, tok: Token) -> Entity | None:
    """The state of the person a clause above ``tok`` has as its subject."""
    for host in g.ancestors_to_root(tok):
        for subj in g.subjects(host):
            for m in g.fillers(p, [subj], {"P"}):
                state = person_state(c, m.entity)
                if state is not None:
                    return state
    return None


def _subject_above(p: g.Parsed, tok: Token) -> Entity | None:
    for host in g.ancestors_to_root(tok):
        for subj in g.subjects(host):
            if subj == tok or subj.lower_ in ("it", "its"):
                continue
            found = g.fillers(p, [subj], {"S", "O"})
            if found and found[0].entity is not None:
                return found[0].entity
    return None


def pronoun(
    c: Collector, s: Sentence, p: g.Parsed, toks: list[Token], tags: frozenset[str], role: str
) -> list[Entity]:
    """What "it", "they", "them", "we" stand for, where the mentions do not say."""
    out: list[Entity] = []
    if tags & {"S", "O"}:  # "part of its territory": the possessive inside the phrase
        toks = [
            *toks,
            *(
                x
                for t in toks
                for x in t.children
                if x.dep_ == "poss" and x.lower_ in ("its", "their")
            ),
        ]
    for tok in toks:
        word = tok.lower_
        country = next(
            (
                x
                for x in tok.subtree
                if x.lemma_ in ("country", "nation", "government")
                and any(ch.lower_ in ("his", "her") for ch in x.children)
            ),
            None,
        )
        if country is not None and tags & {
            "S"
        }:  # "Milei reaffirmed his country's claim": Argentina
            state = _speaker_state(c, p, country)
            if state is not None:
                out.append(state)
                continue
        if (
            word == "we"
            and role in LIST_ROLES
            and s.quote is not None
            or word == "we"
            and len(c.disc.main_states()) == 2
        ):
            out += c.disc.main_states()  # "We have agreed", said by one of the two sides
            continue
        if word in _GROUPS and role in LIST_ROLES and last_participants(c):
            out += last_participants(c)  # "the ministers agreed": those who just met
            continue
        if "T" in tags and word in ("it", "them", "they"):
            terr = c.disc._territory(plural=word != "it")
            if terr is not None:
                out.append(terr)
        elif tags & {"S", "O"} and word in ("it", "its"):
            above = (
                _subject_above(p, tok) or c.actor
            )  # "the Soviet side declared it was willing to ..."
            if above is not None and above.kind == "Organization" and "O" not in tags:
                above = bodies.owner(
                    c.gz, above
                )  # "the ministry said it would stop": the state acts
            if above is not None:
                out.append(above)
        elif "S" in tags and word in ("we", "they") and role in LIST_ROLES:
            out += c.disc.main_states()
        elif "S" in tags and word == "both" and len(c.disc.main_states()) == 2:
            out += c.disc.main_states()  # "islands that both of them claim": each of the two
        elif "S" in tags and word == "we" and c.speaker_state is not None:
            out.append(c.speaker_state)
    return out
