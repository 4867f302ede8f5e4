"""The two sides a document binds: "Under the accord, each side must consult the other", "the
treaty bars both countries from ...". A pair word ("each side", "both countries", "the two
governments", data/lexicon/references.yaml ``pairs``) names the two states in play, the article's
two most mentioned; in a document's obligation they are the document's own signatories where the
article told who signed it (a deal Greece and Egypt signed, in a report led by Turkey's reaction to
it, binds Greece and Egypt)."""

from __future__ import annotations

from collections.abc import Iterable

from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.rules.common import Collector, members
from kg.model import Entity


def bound_states(c: Collector, doc: object, m: Mention) -> list[Entity]:
    """The states mention ``m`` names as parties bound by ``doc``: its signatories for a pair word,
    where the article told two states signed it; else the mention's own."""
    if m.how != "pair" or not isinstance(doc, Entity):
        return list(m.entities)
    signers = _signatories(c, doc)
    return signers if len(signers) == 2 else list(m.entities)


def bound_by_any(c: Collector, docs: Iterable[object], m: Mention) -> list[Entity]:
    """:func:`bound_states` for the first of ``docs`` (a role's fillers)."""
    first = next(iter(docs), None)
    return bound_states(c, first, m)


def signatories(c: Collector, doc: Entity) -> list[Entity]:
    """The states the article says signed ``doc`` ("Under it, they undertook ...": its parties)."""
    return _signatories(c, doc)


def _signatories(c: Collector, doc: Entity) -> list[Entity]:
    """The states the article says signed ``doc`` (the first telling that names two or more)."""
    for f in c.of("signed"):
        if f.negated or f.args.get("document") != doc:
            continue
        states = [e for e in members(f.args.get("parties")) if e.kind == "State"]
        if len(states) >= 2:
            return states
    return []
