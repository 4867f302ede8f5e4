"""The day a statement of the day's news was issued: "announced in a joint statement issued by A
and B", "a statement issued by his ministry" tell no date, yet the report is of that day (or its
month); a treaty, a decree or a note told without a date may be of any year, so it gets none."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.told_day import told_day
from kg.ingest.nlp.rules.when import date_or_today
from kg.model import Arg, Entity
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


def day_of(c: Collector, s: Sentence, p: g.Parsed, tok: Token, args: dict[str, Arg]) -> str | None:
    """The report's day for an issued statement (communique, release) the sentence dates not."""
    doc = args.get("document")
    if not isinstance(doc, Entity) or not set(doc.label.lower().split()) & day_documents():
        return None
    date = date_or_today(c, s, p, tok)
    if date is None and tok.dep_ == "acl" and c.ref is not None:
        date = told_day(c, s) or c.ref.isoformat()  # "a statement issued by X": its participle
    return date


@lru_cache(maxsize=1)
def day_documents() -> frozenset[str]:
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")
    return frozenset(str(w) for w in data.get("day_documents", ()))
