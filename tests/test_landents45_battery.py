"""A place named by its noun and a designation is a land (issue 12, twenty-fifth round, landents45).

"Zone B passed to Yugoslavia", "known as Site 200", "known as Pillar 91", "known as Block 7",
"lies in Area C.": a capitalised noun of ``designated`` (data/lexicon/places.yaml) with the number
or letter after it names one place. No proper-name word stands before the noun, so the land-noun
reader took none, and the facts on it were lost (readable h164, h165 and h228 of study batches T16
and T31, with h192 of T23 and h266). The places of the rewrites are invented or renumbered.
"""

from __future__ import annotations

import pytest
from helpers import entity_kinds, facts, has, shown

ZONE_F, SITE, PILLAR = "territory/zone-f", "territory/site-417", "territory/pillar-63"

# the designated place is read however the sentence is put
TOLD = [
    ("Zone F passed to Yugoslavia in 1954.", "handedOverTo", {"territory": ZONE_F}),
    ("In 1954 Zone F went to Yugoslavia.", "handedOverTo", {"territory": ZONE_F}),
    (
        "Zone F, which Italy had administered, passed to Yugoslavia in 1954.",
        "handedOverTo",
        {"territory": ZONE_F},
    ),
    (
        "Zone F of the Free Territory of Trieste went to Yugoslavia.",
        "partOf",
        {"part": ZONE_F},
    ),
    ("Zone F is part of the Free Territory of Trieste.", "partOf", {"part": ZONE_F}),
    ("Egypt and Israel both claim Pillar 63.", "claims", {"territory": PILLAR}),
    ("Pillar 63 is claimed by both Egypt and Israel.", "claims", {"territory": PILLAR}),
    (
        "Site 417 was handed over to Kazakhstan by Russia on Monday.",
        "handedOverTo",
        {"territory": SITE},
    ),
    ("Russia handed Site 417 to Kazakhstan on Monday.", "handedOverTo", {"territory": SITE}),
]


@pytest.mark.parametrize(("text", "rel", "roles"), TOLD)
def test_designated_place(text, rel, roles):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# the name is the noun and its designation, a sentence's last full stop left out
NAMED = [
    ("The complex, known as Site 417, was leased to Russia.", "Site 417"),
    ("The marker, known as Pillar 63, stood on a granite knoll.", "Pillar 63"),
    ("Work in the zone, known as Block 12, has been halted since 1986.", "Block 12"),
    ("Israel controls most of the valley, which lies in Area D.", "Area D"),
    ("Zone A went to Italy, while Zone F passed to Yugoslavia.", "Zone F"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_designated_name(text, name):
    assert entity_kinds(text).get(name) == "Territory", entity_kinds(text)


# a number after another noun, a lower-case noun or a number that is no designation names no land
NOT_NAMED = [
    "The Security Council adopted Resolution 242 in 1967.",
    "Article 5 of the treaty obliges both sides to consult.",
    "Phase 2 of the withdrawal began on Monday.",
    "The zone 12 miles wide was closed to fishing.",
    "The Zone 12 miles off the coast was closed to fishing.",
    "Troops left block 7 of the camp on Monday.",
]


@pytest.mark.parametrize("text", NOT_NAMED)
def test_no_designated_land(text):
    kinds = entity_kinds(text)
    assert not [k for k, v in kinds.items() if v == "Territory"], kinds
