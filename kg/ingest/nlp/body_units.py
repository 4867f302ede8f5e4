"""A department, bureau or office of a ministry or government is a unit of it, not a body of its
own that an official serves: "who heads the Serbian government's Office for Kosovo and Metohija",
"who heads the Chinese foreign ministry's Department of Boundary and Ocean Affairs" (read by
kg.ingest.nlp.office_verbs). The holding is of the ministry or government the unit's own phrase
names (a possessive, or an "at"/"of"/"in" phrase); the unit stays in the role's words, also where
the tagger calls a lower-case unit a proper noun ("director-general of the boundary and ocean
affairs department of the Chinese foreign ministry": kg.ingest.nlp.office_phrase). A unit whose
phrase names no larger body keeps its own name as the owner. A title's "of" phrase naming the unit
("director-general of the Department of X at the Y Ministry") keeps the unit as the owner: read as
the ministry, it lost a never-read fact."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar import Parsed

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.model import Entity

#: The nouns that name a unit inside a ministry or a government.
UNITS = frozenset({"department", "bureau", "office", "division", "directorate"})
#: The nouns of a body a unit belongs to, named with its state ("the Serbian government's").
_WHOLES = frozenset({"ministry", "government", "cabinet"})
_UNIT_PREPS = ("at", "of", "in")


def is_unit(t: Token) -> bool:
    """Whether the token names a unit ("Department" of "Department of Boundary and Ocean Affairs",
    a lower-case "department" the tagger calls a proper noun)."""
    return t.lower_ in UNITS or t.lemma_.lower() in UNITS


def whole_of(p: Parsed, unit: Token) -> Entity | None:
    """The ministry, government or state the unit at ``unit`` belongs to, as its own phrase names
    it; none where the unit is named alone."""
    if not is_unit(unit):
        return None
    own = p.mention(unit)  # "Department of Boundary ...": its own name is no larger body
    for c in unit.children:
        if c.dep_ == "poss" and c.i < unit.i:
            found = _body_or_state(p, c)
            if found is not None:
                return found
        if c.dep_ == "prep" and c.i > unit.i and c.lower_ in _UNIT_PREPS:
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                m = p.mention(o)
                if m is not None and m.entity is not None and m.tag == "O" and m is not own:
                    return m.entity
                if m is None and o.lower_ in _WHOLES:
                    found = _body_or_state(p, o)
                    if found is not None:
                        return found
    return None


def possessed(p: Parsed, unit: Token) -> Entity | None:
    """The ministry or government a unit's possessive names ("the Chinese foreign ministry's
    Department of ...": that ministry; "the Serbian government's Office for Kosovo": Serbia): the
    holding is of the whole. A unit named otherwise, or a state's own ("Beijing's Taiwan Affairs
    Office"), keeps its own name as the owner; so does one of a whole no state is given to yet
    ("the Foreign Ministry's ... Bureau": kg.ingest.nlp.rules.office_sides.unit_of_bare_body)."""
    if not is_unit(unit):
        return None
    for c in unit.children:
        if c.dep_ != "poss" or c.i > unit.i:
            continue
        m = p.mention(c)
        if m is not None and m.tag == "O":  # "the Chinese foreign ministry's"
            return m.entity
        if m is None and c.lower_ in _WHOLES:  # "the Serbian government's"
            return _body_or_state(p, c)
    return None


def _body_or_state(p: Parsed, t: Token) -> Entity | None:
    """A body named at ``t`` ("the Chinese foreign ministry's"), or the state a whole's noun no
    mention covers is named with ("the Serbian government's": Serbia)."""
    m = p.mention(t)
    if m is not None and m.entity is not None:
        return m.entity if m.tag in ("O", "S") else None
    if t.lower_ not in _WHOLES:
        return None
    for c in t.children:
        if c.dep_ in ("amod", "compound", "poss") and c.i < t.i:
            n = p.mention(c)
            if n is not None and n.entity is not None and n.tag in ("S", "O"):
                return n.entity
    return None
