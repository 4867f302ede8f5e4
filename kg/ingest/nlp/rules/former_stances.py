"""A stance on a land told as one held in a bygone time: "Guatemalan governments in the 1870s
insisted that Soconusco was part of Guatemala", "in 1921, when Costa Rican troops entered the Coto
region, which Costa Rica regarded as an integral part of its territory", '"Warbah was Iraqi land
before 1963," he wrote', "has said Tuzla historically belonged to Russia".

Such a view is a former claim the article recalls, not the assertion of sovereignty a state makes
now: the verbs from the stance up its clauses are in the past, and one of them is dated to a year
before the report's, or the stance itself carries a bygone adverb (``bygone_adverbs`` of
data/lexicon/mood.yaml). A present frame above the stance ("says the islands were always its
own", "insists they have been Colombian since independence") or a day the report names ("said on
Monday that the islands were Chinese") keeps it a present one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates, names_year
from kg.ingest.nlp.grammar.mood import words
from kg.ingest.nlp.rules.common import Collector

if TYPE_CHECKING:
    from spacy.tokens import Token


def bygone(c: Collector, p: g.Parsed, tok: Token) -> bool:
    """Whether the stance the trigger ``tok`` tells was held in a past the sentence dates before
    the report's year, or that its bygone adverb puts in the past."""
    if c.ref is None:
        return False
    w = words()
    first = True
    for verb in _verbs_up(tok):
        if not _past(verb):
            return False  # "says the cays were Colombian": a view held now
        if first and any(
            ch.dep_ == "advmod" and ch.lower_ in w.bygone_adverbs for ch in verb.children
        ):
            return True  # "historically belonged to Russia"
        first = False
        if _dated_before(c, p, verb, str(c.ref.year)):
            return True
    return False


def _verbs_up(tok: Token) -> list[Token]:
    """The verbs from the trigger's own clause up to the sentence's root."""
    out: list[Token] = []
    t = tok
    while True:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            out.append(t)
        if t.head.i == t.i:
            return out
        t = t.head


def _past(verb: Token) -> bool:
    """Told in the simple past or the past perfect ("regarded", "was", "had insisted")."""
    auxes = [ch for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and all(a.tag_ == "VBD" for a in auxes)


def _dated_before(c: Collector, p: g.Parsed, verb: Token, year: str) -> bool:
    """Whether a time phrase of ``verb`` or of its subject ("in the 1870s", "on Feb. 21, 1921",
    "before 1963"; "governments in the 1870s insisted") names a year before ``year``."""
    subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    preps = [
        ch
        for t in (verb, *subjects)
        for ch in t.children
        if ch.dep_ == "prep" and ch.lower_ in words().bygone_preps
    ]
    return any(
        names_year(d) and d.iso[:4] < year
        for pr in preps
        for d in find_dates(c.source.text, *p.span([pr, pr.right_edge]), c.ref)
    )
