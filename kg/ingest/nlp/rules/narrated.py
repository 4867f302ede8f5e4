"""The date of a deed a paragraph narrates: history is told in runs of past-tense sentences that
give the time once ("Budapest was obliged to hand the territory over in August 1921. It did not.
..., and the government went back on its pledge"), each later deed of the run in that time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.told_before import last_date_told

if TYPE_CHECKING:
    from spacy.tokens import Token


def paragraph_date(c: Collector, s: Sentence, verb: Token) -> str | None:
    """The last date the paragraph told before the sentence of ``verb``, a deed in the simple past
    or the past perfect with no date of its own ("has handed", "will hand" tell no past run)."""
    if not _past(verb) or not _past(_main(verb)):
        return None  # "the issue remains ... since the islands were handed over": a present frame
    start = c.source.text.rfind("\n", 0, s.span.start) + 1  # this line: a run is one paragraph
    return last_date_told(c, start, s.span.start)


def _main(verb: Token) -> Token:
    """The verb of the clause the deed's clause hangs from, up to the sentence's root."""
    while verb.dep_ in ("advcl", "conj", "ccomp", "relcl", "xcomp") and verb.head is not verb:
        verb = verb.head
    return verb


def _past(verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [ch for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and all(a.tag_ == "VBD" for a in auxes)
