"""One ruling and its day: what a court's verb says it decided carries the dates of what was
decided, not the ruling's ("held that X had acted unlawfully in October 1992"), and a court verb
conjoined to one told before in its sentence tells more of that ruling ("ruled on Thursday that
..., and told the two neighbours to negotiate"), not a second one of another date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules import trigger_words
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.triggers import Trigger
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def decided(p: g.Parsed, verb: Token) -> list[tuple[int, int]]:
    """The spans of what a court's verb says it decided ("held that X had acted unlawfully in
    October 1992"): their dates are of what was decided, not of the ruling."""
    return [p.span([ch.left_edge, ch.right_edge]) for ch in verb.children if ch.dep_ == "ccomp"]


def ruled_before_here(
    c: Collector, s: Sentence, tok: Token, court: Entity
) -> tuple[Entity, Entity] | None:
    """The ruling a verb conjoined to an earlier one in the sentence tells more of ("ruled on
    Thursday that ..., and told the two neighbours to negotiate"): the court's ruling issued in
    this sentence, not a second one of another date."""
    if tok.dep_ != "conj":
        return None
    for f in reversed(c.of("issued")):
        doc = f.args.get("document")
        if f.args.get("issuer") == court and isinstance(doc, Entity):
            return (court, doc) if f.evidence.start >= s.span.start else None
    return None


def line_of_the_day(c: Collector, s: Sentence, p: g.Parsed, verb: Token, trig: Trigger) -> bool:
    """Whether a court's verb of a line ("drew the maritime boundary", the trigger's
    ``object_lemmas``) tells a ruling: a court's own clause (not "the ruling that drew their
    boundary", the ruling told), a line as its object and a day in the clause ("on Friday drew
    ..."); a line drawn on no day told is what a ruling told elsewhere decided."""
    if not trig.object_lemmas:
        return True
    if verb.dep_ in ("relcl", "acl") or not trigger_words.object_lemma(_line_words(verb), trig):
        return False
    start, end = p.span([verb.left_edge, verb.right_edge])
    return bool(find_dates(c.source.text, start, end, c.ref))


def _line_words(verb: Token) -> list[Token]:
    """The verb's objects and what their "of" phrases name, two deep ("the course of a disputed
    stretch of the frontier")."""
    out = list(g.objects(verb))
    for noun in list(out):
        for o in _of_objects(noun):
            out += [o, *_of_objects(o)]
    return out


def _of_objects(noun: Token) -> list[Token]:
    return [o for pr in noun.children if pr.lower_ == "of" for o in pr.children if o.dep_ == "pobj"]
