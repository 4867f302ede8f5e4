"""Which organisations claim land in their own name: a movement, a front, a separatist council or
administration, a bloc ("the Polisario Front claims Western Sahara", "the bloc's position"), the
mention kind ``G`` of data/lexicon/relations.yaml. A body whose name names its state (the Moroccan
parliament) or that the gazetteer seats in one (the Kremlin) acts for that state; an organ of a
state whose name names none ("the State Department", "the High Court") claims nothing of its own
(``organ_heads`` of data/lexicon.yaml). Checked where every fact is added (rules/common.py), so
that no reading (a pronoun, the owner of a rejected thing) makes such an organ a claimant."""

from __future__ import annotations

from collections.abc import Mapping

from kg.ingest.nlp import lexicon
from kg.model import Arg, Entity
from kg.relations import RELATIONS

#: (relation, role) of every role written as dkg:claimant (claims, rejectsClaim).
_CLAIMANT_ROLES = frozenset(
    (rel.name, role.name)
    for rel in RELATIONS.values()
    for role in rel.roles
    if role.prop == "claimant"
)


def claims_alone(body: Entity) -> bool:
    """Whether ``body``, an organisation no state owns, may be a claimant of its own: its name's
    head (the last capitalised word before any lower-case one: "Front", "Council", "Ministry" of
    "Ministry of Justice") is no state organ's, and the name is whole ("Union Territory of" is a
    misread)."""
    words = body.label.replace("'s ", " ").split()
    if not words or not words[-1][:1].isupper():
        return False
    lead = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    return words[max(lead, 1) - 1].lower().strip(".,") not in lexicon.load().organ_heads


def organ_claimant(rel: str, args: Mapping[str, Arg | None]) -> bool:
    """Whether a claimant role of ``rel`` holds an organisation that claims nothing of its own."""
    return any(
        isinstance(e := args.get(role), Entity) and e.kind == "Organization" and not claims_alone(e)
        for r, role in _CLAIMANT_ROLES
        if r == rel
    )
