"""Lands at stake told by description (issue 12, lands54).

- A stretch "of land" placed by the phrase after it is a land of its own: "the strip of land along
  the shore of the X reservoir that Uzbek border guards have patrolled", "a strip of grazing land
  beside the old customs post" (data/lexicon/places.yaml described_lands ``of``). News names the
  land at stake this way where it has no name; without a mention the holding, the claim and the
  handover told of it were lost. A bare "the strip" with nothing before it stays no land.

Sentences written for these tests (other states, rivers and islands than the study articles).
"""

from __future__ import annotations

import pytest
from helpers import facts, land_stance, none_told, shown

# (relation, role, state, land label, text)
STRIPS: list[tuple[str, str, str, str, str]] = [
    (
        "controls",
        "state",
        "Rwanda",
        "strip of land",
        "The strip of land along the western shore of Lake Kivu that Rwandan soldiers have "
        "patrolled for two decades is to be handed over to Congo.",
    ),
    (
        "controls",
        "state",
        "Kenya",
        "strip of land",
        "Kenyan police have guarded a strip of land beside the old customs post since 2019.",
    ),
    (
        "claims",
        "claimant",
        "Tunisia",
        "strip of land",
        "Tunisia claims a strip of land beside the old customs post at the border.",
    ),
]


@pytest.mark.parametrize("rel, role, state, land, text", STRIPS)
def test_a_strip_of_land_is_a_land_of_its_own(rel, role, state, land, text):
    found = facts(text)
    labels = {getattr(f.args.get("territory"), "label", "") for f in found}
    got = next((x for x in labels if x and x.startswith(land)), None)
    assert got is not None and land_stance(found, rel, role, state, got), shown(found)


def test_a_bare_strip_is_no_land():
    none_told("Kenyan police have guarded the strip since 2019.", "controls", {})
