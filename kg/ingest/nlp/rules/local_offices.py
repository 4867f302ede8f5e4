"""Whose office a mayor's or a governor's is when its title names no place ("Governor Denny
Tamaki", "the town's mayor, X", "Its governor, X"): the city's or the region's the sentence
names, else the one the sentence before it in its paragraph names, never a state guessed from
the sentences around it. A state has no mayor; news that titles a local head bare has named the
place beside it (kg.ingest.nlp.place_titles reads the titles that name it)."""

from __future__ import annotations

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.common import Collector, government_of
from kg.model import Entity

#: The kinds of land a city's or a region's office can be of.
_LOCAL = frozenset({"City", "Territory", "Island", "IslandGroup"})


def local_place(
    c: Collector, info: PersonInfo, s: Sentence, before: Sentence | None
) -> Entity | None:
    """The government of the one city or region ``s`` names, else of the one ``before`` names,
    where the office is a place's (``of: place`` in data/gazetteer/offices.yaml); none where a
    sentence names several."""
    if info.office not in c.gz.place_offices:
        return None
    for sent in (s, before):
        if sent is None:
            continue
        lands = {
            m.entity.key: m.entity
            for m in sent.masked.mentions
            if m.tag != "S" and m.entity is not None and m.entity.kind in _LOCAL
        }
        if lands:
            return government_of(next(iter(lands.values()))) if len(lands) == 1 else None
    return None
