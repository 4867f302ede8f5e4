"""What a rejection rejects: the thing its clause names, read back to whose claim, act or words it
was, or no rejection at all where the thing is anyone's ("would not accept a fait accompli")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules import (
    generic_stances,
    protest_rejected,
    rejected_things,
    rejection_referents,
    relative_things,
    told_things,
)
from kg.ingest.nlp.rules.common import Collector, span_text
from kg.model import Arg

if TYPE_CHECKING:
    from spacy.tokens import Token


def what_rejected(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    spans: dict[str, tuple[int, int]],
    args: dict[str, Arg],
) -> dict[str, Arg] | None:
    """The rejection's roles with its thing resolved (``spans["what"]`` updated), or None where
    it names no one's claim."""
    if (outer := relative_things.outer_thing(tok)) is not None:  # "a submission with X,
        spans["what"] = relative_things.phrase(p, outer, tok)  # which Y rejected"
        args["what"] = span_text(c, spans["what"])
    if thing := rejected_things.referred(c, s, p, spans["what"], args.get("state")):
        args = {**args, **thing}  # "never accepted them": the resolutions (their maker's)
    args = rejection_referents.claim_referred(c, args, p, spans["what"])
    args = rejection_referents.act_referred(c, args, p, spans["what"], tok)
    args = protest_rejected.over(
        c, args, p, spans["what"], tok
    )  # "rejected the protest": over what
    args = told_things.referred(c, s, p, spans["what"], args, "what")  # "the motion": which
    args = rejection_referents.said_referred(c, s, args, p, spans["what"])
    if generic_stances.hypothetical(p, tok, spans["what"], args):
        return None  # "would not accept a fait accompli": no one's claim
    return args
