"""The date of a deed done under a document's terms, told with no date of its own: "The 1974 Treaty
of Jeddah was signed by ... Under the treaty, Saudi Arabia recognised Emirati sovereignty over the
Buraimi oases": the recognition is the treaty's, of its date (the document's own, or the day the
article told it was signed or issued). Only a deed told in the past: "Under the treaty, the two
countries are obliged to ..." tells what holds now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.grammar.relatives import relative_noun
from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The facts that date a document: its signing or its issue
MADE = ("signed", "issued")


def terms_date(c: Collector, p: g.Parsed, verb: Token) -> str | None:
    """The date of the document ``verb``'s "under" phrase names ("under the treaty", "the accord
    under which ..."), where the verb tells a past deed; None where it names none or no date."""
    if not _past(verb):
        return None
    host = verb
    while _joined(host) and not g.preps(host, "under"):
        host = host.head  # "the Emirates gave up a strip, while Saudi Arabia recognised ..."
    under = [relative_noun(o) for o in g.preps(host, "under")]
    for m in g.fillers(p, under, {"D"}):
        if m.entity is not None:
            return made_on(c, m.entity) or m.entity.date  # the day, finer than a year
    return None


def _joined(verb: Token) -> bool:
    """A clause joined to the one before as a second deed of the same terms ("and", "while")."""
    return (
        verb.dep_ == "conj"
        or verb.dep_ == "advcl"
        and any(ch.dep_ == "mark" and ch.lower_ in ("while", "whereas") for ch in verb.children)
    )


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(ch.dep_ in ("aux", "auxpass") and ch.tag_ == "VBD" for ch in verb.children)
    )


def made_on(c: Collector, doc: Entity) -> str | None:
    """The day the article told the document was signed or issued, the last such fact's."""
    for rel in MADE:
        for f in reversed(c.of(rel)):
            date = f.args.get("date")
            if f.args.get("document") == doc and isinstance(date, str) and not f.negated:
                return date
    return None
