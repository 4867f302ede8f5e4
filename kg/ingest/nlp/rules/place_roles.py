"""The words of a local office's role name its place: "Migori Governor X" holds the role
"governor of Migori", "the mayor of Sulina, X" the role "mayor of Sulina" (issue 12, offices57).

The holding stays the place's government (kg.ingest.nlp.rules.common.government_of: readable gold
gives a region's head to the region 24 times and to its state 21 times); only the role's text
changes, so that a reader, and the gold's role text where it names the place ("North Gyeongsang
Province Governor"), sees which governor. Which offices are a place's is data (``of: place`` in
data/gazetteer/offices.yaml)."""

from __future__ import annotations

from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.common import Collector
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
