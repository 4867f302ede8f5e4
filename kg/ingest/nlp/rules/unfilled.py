"""Whether a trigger's required role stays empty whatever its fillers: no slot of the role holds
a word, and nothing fills the role without one. Most triggers read lack a required role (three
fills in four come to nothing), and the fillers of the other roles, looked for first, were the
larger part of the cost of filling; the slots' words alone tell this beforehand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.rules.grammar_slots import slot_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp import grammar as g
    from kg.ingest.nlp.triggers import Relation, Trigger

#: Roles kg.ingest.nlp.rules.slots.fill may fill with no word in their slots (besides a trigger's
#: implicit roles and lands, which the place of the deed fills): a handover's sides told before,
#: an issuer the document's demonym tells, a protest's maker or a passive rejection's doer its
#: announcer (rules/announced.py).
_FILLED_UNSAID = frozenset(
    {
        ("handover", "to"),
        ("handover", "from"),
        ("issued", "issuer"),
        ("protests", "party"),
        ("protests", "against"),
        ("rejectsClaim", "state"),
    }
)
#: Relation -> the role last found empty: tried first, as a relation's triggers mostly lack the
#: same role (an issuing's document, a claim's claimant), so the other roles' words go unread.
_EMPTY_LAST: dict[str, str] = {}


def slot_words(
    p: g.Parsed, tok: Token, rel: Relation, trig: Trigger, need: frozenset[str]
) -> dict[str, list[Token]] | None:
    """The words in each slot of the roles of ``need`` (to be filled from them); None where a
    role of ``need`` has no word in any of its slots, and none but such a word could fill it."""
    words: dict[str, list[Token]] = {}
    roles = sorted(need)
    if (first := _EMPTY_LAST.get(rel.name)) in need:  # (the same answer in any order of roles)
        roles.remove(first)
        roles.insert(0, first)
    for role in roles:
        slots = [slot for slot, r in trig.slots if r == role]
        for slot in slots:
            if slot not in words:
                words[slot] = slot_tokens(p, tok, trig, slot)
        if (
            not any(words[slot] for slot in slots)
            and role not in trig.implicit
            and rel.roles[role] != {"T"}
            and (rel.name, role) not in _FILLED_UNSAID
        ):
            _EMPTY_LAST[rel.name] = role
            return None
    return words
