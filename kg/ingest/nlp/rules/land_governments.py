"""Whose office a bare head's title is right after the government of a land that is no state was
the subject: "The government of the Autonomous Region of Bougainville took a harder line.
President Ishmael Toroama said ...": the president of that government, as a reader takes him, not
of a state guessed from the dateline (a Commonwealth realm has no president at all). A reading
kg.ingest.nlp.rules.people tries before the guesses from the sentence's states."""

from __future__ import annotations

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity

#: The offices that head a land's own government ("President Toroama", "Chief Minister Picardo").
_HEADS = frozenset({"president", "vice president", "prime minister", "chief minister"})


def land_government(
    c: Collector, info: PersonInfo, s: Sentence, before: Sentence | None
) -> Entity | None:
    """The government the sentence before (in the paragraph) has as its main clause's subject,
    where that is a body named as a government ("Autonomous Bougainville Government") and the
    title in ``s`` heads one and names no owner."""
    if info.office not in _HEADS or info.of is not None or before is None or before.doc is None:
        return None
    p = Parsed.of(before.doc, before.span.start, before.masked.mentions)
    for root in (t for t in p.tokens if t.dep_ == "ROOT"):
        for subj in g.subjects(root):
            found = g.fillers(p, [subj], {"O"})
            body = found[0].entity if found else None
            if body is not None and _government(body):
                return body
    return None


def _government(body: Entity) -> bool:
    """Whether a body is named as a government ("Government of Gibraltar", "Autonomous Bougainville
    Government", "Åland government")."""
    return any("government" in n.lower().split() for n in (body.label, *body.aliases))
