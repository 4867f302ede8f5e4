"""Whose protest a rejection turns down, once every reference is read back.

"Moscow dismissed the protest" with the protester known but no subject told: "the protest" alone
says nothing a reader can tell from any other rejection; "Japan's protest" names it, as
protest_rejected.over names it where the protest's subject is told. Only a protest, complaint or
accusation is one side's own; "the demand", "that view", "the treaty" keep their words (a view or
demand told before is read back to its words by rejection_referents).
"""

from __future__ import annotations

import re

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases
from kg.ingest.nlp.rules import protest_rejected
from kg.ingest.nlp.rules.claim_words import nouns_of
from kg.ingest.nlp.rules.common import Collector, span_text
from kg.model import Arg, Entity

#: The determiner of a bare reference back to a thing ("the protest", "that letter").
_POINTER = re.compile(r"(?:the|this|that|these|those)\s+", re.I)

#: A charge made against the rejecter: its maker's own, as a protest is.
_CHARGES = frozenset({"accusation", "allegation"})


def owned(c: Collector, p: g.Parsed, what: tuple[int, int], args: dict[str, Arg]) -> dict[str, Arg]:
    """The rejection's roles with a bare reference to a protest named as its claimant's ("the
    protest" -> "Japan's protest", "the accusations (...)" -> "Estonia's accusations (...)")."""
    claimant, words = args.get("claimant"), args.get("what")
    if not isinstance(words, str) or not isinstance(claimant, Entity):
        return args
    told = span_text(c, what)
    if (
        claimant == args.get("state")
        or not (words == told or words.startswith(f"{told} ("))
        or not phrases.bare_reference(p, what, _heads())
        or (m := _POINTER.match(words)) is None
    ):
        return args
    return {**args, "what": f"{protest_rejected.possessive(claimant.label)} {words[m.end() :]}"}


def _heads() -> frozenset[str]:
    """The nouns of a protest (or charge) a bare reference points back to."""
    return (
        nouns_of("protests") | frozenset(phrases.nouns().same_things.get("protest", ())) | _CHARGES
    )
