"""'X did so': the same act, by the subject of "did so" ("Nicaragua recognised them in 2008,
shortly after Russia did so")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.triggers import LIST_ROLES, Trigger, load
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def load_roles(rel: str) -> dict[str, frozenset[str]]:
    """The mention kinds each role of ``rel`` takes (relations.yaml)."""
    return next((r.roles for r in load() if r.name == rel), {})


def done_so(
    p: g.Parsed, tok: Token, trig: Trigger, filled: dict[str, list]
) -> list[tuple[str, list[Entity], Token]]:
    """ "Nicaragua recognised them in 2008, shortly after Russia did so", "..., and Nauru did so
    too": the same act by the subject of "did so", in the role the trigger's subject fills."""
    role = next((r for slot, r in trig.slots if slot == "subject"), None)
    if trig.noun or role is None or role not in filled or role in LIST_ROLES:
        return []
    tags = set(load_roles(trig.rel).get(role, ())) | {"O"}
    out = []
    for did in tok.children:
        if did.dep_ not in ("advcl", "conj") or did.lemma_ != "do":
            continue
        if not any(x.lower_ == "so" and x.dep_ == "advmod" for x in did.subtree if x.i > did.i):
            continue
        doers = [
            e
            for m in g.fillers(p, g.subjects(did), tags)
            for e in m.entities
            if e not in filled[role]
        ]
        if doers:
            out.append((role, doers, did))
    return out
