"""Land placed by a body of water is no part of it (issue 12, twenty-fourth round, lands44).

"the uninhabited reef in the Timor Sea", "the Socotra archipelago in the Arabian Sea", "fishing
grounds in the Bering Sea", "maritime zones in the Ionian Sea", "the Bohai Strait in Shandong
province": an in-phrase that names a sea, a gulf or a strait beside land places it; the readable gold
never takes such a phrase for partOf, and the extractor did (rules/territory.py, "in-the": four
articles of three study batches, T15, T33 and T42, and the strait of T36). A water is the gazetteer's
or a name its noun closes or opens before "of" (data/lexicon/references.yaml ``waters``); "of" still
makes land a water's ("the Spratly Islands of the South China Sea"), and land in land stays a part
("Kunashir in the Kuril Islands", "Sark in the Channel Islands": a name that only holds the word).

The lands of the rewrites are invented, so the gazetteer knows neither them nor their seas.
"""

from __future__ import annotations

import pytest
from helpers import entity_kinds, facts, has, none_told, shown

KUNASHIR, KURILS = "territory/kunashir", "territory/kuril-islands"

# land an in-phrase places in a body of water: no partOf, however the sentence is put (the
# water is still read as land the text names)
PLACED = [
    (
        "Indonesia said Marnak Reef in the Selvan Sea had been Australian territory since 1933.",
        "Selvan Sea",
    ),
    ("Marnak Reef in the Selvan Sea was seized by Australian marines in 1933.", "Selvan Sea"),
    ("Australian marines seized Marnak Reef in the Selvan Sea in 1933.", "Selvan Sea"),
    (
        "Marnak Reef in the Gulf of Selvan was seized by Australian marines in 1933.",
        "Gulf of Selvan",
    ),
    ("Marnak Reef in the Selvan Strait was seized by Australian marines in 1933.", "Selvan Strait"),
    ("Australian marines seized Marnak Reef in the Arabian Sea in 1933.", "Arabian Sea"),
    (
        "Russia argued that the Soviet Union gave away rich fishing grounds in the Selvan Sea.",
        "Selvan Sea",
    ),
]


@pytest.mark.parametrize(("text", "sea"), PLACED)
def test_placed_by_water(text, sea):
    found = [f for f in facts(text) if f.rel == "partOf" and not f.negated]
    assert not found, shown(found)
    assert sea in entity_kinds(text)


def test_water_placed_in_land():
    """ "the Bohai Strait in Shandong province": a water is no part of the land it lies by."""
    none_told(
        "Weihaiwei, across the Selvan Strait in Marnak province, was returned to China in 1930.",
        "partOf",
        {},
    )


# land in land stays a part; "of" still makes land a water's
PARTS = [
    ("Medvedev visited Kunashir in the Kuril Islands on Monday.", KUNASHIR, KURILS),
    ("Kunashir in the Kuril Islands was visited by Medvedev on Monday.", KUNASHIR, KURILS),
    (
        "China seized Sandy Cay in the Spratly Islands of the South China Sea.",
        "territory/spratly-islands",
        "territory/south-china-sea",
    ),
    ("Sark in the Channel Islands held elections on Monday.", "territory/sark", None),
]


@pytest.mark.parametrize(("text", "part", "whole"), PARTS)
def test_land_in_land(text, part, whole):
    found = facts(text)
    wanted = [
        f
        for f in found
        if f.rel == "partOf"
        and getattr(f.args.get("part"), "key", None) == part
        and (whole is None or getattr(f.args.get("whole"), "key", None) == whole)
    ]
    assert wanted, shown(found)
    if whole is not None:
        assert has(found, "partOf", part=part, whole=whole), shown(found)
