"""One occasion told over several sentences: "Brazil and Paraguay agreed on Thursday to set a new
tariff ... The two governments also agreed that the annex would be revised", "Marcos signed the
law on Friday ... Marcos also signed the sea lanes act". "Also" adds an act to the one just told,
so an agreement or a signing with no date of its own took place when the last dated act of the
same parties did."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, members, person_state
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The acts "also" may add to: an agreement, a signing, the meeting they came out of.
_ACTS = ("agreedTo", "signed", "meeting")


def also_date(c: Collector, rel: str, tok: Token, args: dict[str, Arg]) -> str | None:
    """The date of the act an "also" agreement or signing adds to: the latest dated agreement,
    signing or meeting that shares a party (or a party's state) with it."""
    if rel not in ("agreedTo", "signed"):
        return None
    verb = (g.governor(tok) or tok) if tok.pos_ == "NOUN" else tok
    while verb.dep_ == "conj" and verb.head is not verb:  # "also consented to X and pledged to Y"
        if _also(verb):
            break
        verb = verb.head
    if not _also(verb):
        return None
    sides = _sides(c, members(args.get("parties")))
    for f in reversed(c.facts):
        when = f.args.get("date")
        if f.rel not in _ACTS or f.negated or not isinstance(when, str):
            continue
        if sides & _sides(c, members(f.args.get("parties") or f.args.get("participants"))):
            return when
    return None


def _also(verb: Token) -> bool:
    return any(ch.dep_ == "advmod" and ch.lower_ == "also" for ch in verb.children)


def _sides(c: Collector, parties: tuple[Entity, ...]) -> set[str]:
    """The keys of the parties and of the states the people among them serve."""
    out = {e.key for e in parties}
    out |= {s.key for e in parties if e.kind == "Person" and (s := person_state(c, e))}
    return out
