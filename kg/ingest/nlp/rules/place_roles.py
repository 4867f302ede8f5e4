"""The words of a local office's role name its place: "Migori Governor X" holds the role
"governor of Migori", "the mayor of Sulina, X" the role "mayor of Sulina" (issue 12, offices57).

A region's head (a governor, an intendant, a chief minister) holds an office of the state the
region belongs to where the gazetteer or the article says which (:func:`regional_state`); a
mayor, a city's governor and a head of a region placed nowhere hold the place's government's
(kg.ingest.nlp.rules.common.government_of). Which offices are a place's is data (``of: place``
and ``reported: state`` in data/gazetteer/offices.yaml)."""

from __future__ import annotations

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.region_states import placed_state, region_state
from kg.ingest.nlp.rules.common import Collector, government_of
from kg.model import Entity

#: The kinds of land a local office is of.
_LOCAL = frozenset({"City", "Territory", "Island", "IslandGroup"})


def placed_role(c: Collector, info: PersonInfo) -> str | None:
    """The role's words with the place the title names, for a place's office; None for any
    other office, or where the words name the place already."""
    land = info.of
    if land is None or land.kind not in _LOCAL or info.office not in c.gz.place_offices:
        return None
    return _with_place(info.words or info.office or "", land)


def _with_place(words: str, land: Entity) -> str | None:
    """``words`` and "of" the place ("governor of Hokkaido"), unless they name it."""
    if any(n.lower() in words.lower() for n in (land.label, *land.aliases)):
        return None
    return f"{words} of {land.label}"


#: The kinds of land whose head can hold an office of a state (a city's governor is the city's).
_REGIONS = frozenset({"Territory", "Island", "IslandGroup"})


def regional_state(c: Collector, info: PersonInfo, sentences: list[Sentence]) -> Entity | None:
    """The state a region's head holds an office of ("the governor of the Tumbes region" is
    Peru's), for an office read so (``reported: state`` in data/gazetteer/offices.yaml): for a
    disputed land the state the article places it in ("Venezuela's Guayana Esequiba"),
    else the gazetteer's holder of the region, else the one state the article places it in
    (kg.ingest.nlp.region_states: "Tajikistan's Sughd region", "the Brazilian state of Amapa");
    None where neither says, for a city, and for a land the gazetteer knows a government of ("the
    Chief Minister of Gibraltar")."""
    land = info.of
    if land is None or land.kind not in _REGIONS or info.office not in c.gz.state_offices:
        return None
    if c.gz.get(government_of(land).key) is not None:
        return None
    # a disputed land's office is the state's the article places it in ("the governor of
    # Venezuela's Guayana Esequiba"), not the holder's the gazetteer knows
    told = placed_state(c.gz, land, sentences) if c.gz.claimants.get(land.key) else None
    key = c.gz.holder.get(land.key)
    state = told or (c.gz.get(key) if key else None) or region_state(c.gz, land, sentences)
    return state if state is not None and state.kind == "State" else None
