"""Lands at stake told by description, lands that share a passive subject, and land run by a
state's local body (issue 12, lands54).

- A stretch "of land" placed by the phrase after it is a land of its own: "the strip of land along
  the shore of the X reservoir that Uzbek border guards have patrolled", "a strip of grazing land
  beside the old customs post" (data/lexicon/places.yaml described_lands ``of``). News names the
  land at stake this way where it has no name; without a mention the holding, the claim and the
  handover told of it were lost. A bare "the strip" with nothing before it stays no land.
- A passive's subject is what it acts on, so a "together with" / "along with" phrase before its
  verb, or set off by commas on that subject, adds its names to the land held or claimed: "Along
  with Etorofu and Shikotan, Kunashir has been controlled by Moscow" (grammar/companions.objects).
  The phrase goes with the role of the word it accompanies: a claim stays a claim.
- A town, region or body that runs land ("the city of Ishigaki in Okinawa prefecture, which
  administers the Senkaku Islands") holds it for its state (rules/local_holders.py); a body of no
  state holds nothing, nor does a town of one state that runs land another holds in name only.

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


# (relation, role, state, lands, text)
COMPANIONS: list[tuple[str, str, str, tuple[str, ...], str]] = [
    (
        "controls",
        "state",
        "Russia",
        ("Kunashir", "Iturup", "Shikotan"),
        "Along with Etorofu and Shikotan, Kunashir has been controlled by Moscow since 1945.",
    ),
    (
        "controls",
        "state",
        "Russia",
        ("Kunashir", "Iturup", "Shikotan"),
        "Kunashir, along with Etorofu and Shikotan, has been administered by Russia since 1945.",
    ),
    (
        "controls",
        "state",
        "Russia",
        ("Gogland", "Lavansaari"),
        "Together with Lavansaari, Gogland has been held by Russia since 1944.",
    ),
]


@pytest.mark.parametrize("rel, role, state, lands, text", COMPANIONS)
def test_a_passive_subjects_companions_share_its_role(rel, role, state, lands, text):
    found = facts(text)
    for land in lands:
        assert land_stance(found, rel, role, state, land), (land, shown(found))


def test_a_companion_of_a_claimed_land_is_claimed_not_held():
    text = "Along with Etorofu, Kunashir has long been claimed by Japan."
    found = facts(text)
    assert land_stance(found, "claims", "claimant", "Japan", "Iturup"), shown(found)
    assert land_stance(found, "claims", "claimant", "Japan", "Kunashir"), shown(found)
    none_told(text, "controls", {})


# Land run by a state's local body: the holding is the state's (rules/local_holders.py).
LOCAL: list[str] = [
    "Japanese officials landed on Uotsuri on Monday, joined by officials of the town of Ishigaki, "
    "which has administered the Senkaku Islands since 1972.",
    "The survey team was accompanied by officials from the city of Ishigaki in Okinawa "
    "prefecture, which administers the Senkaku Islands.",
]


@pytest.mark.parametrize("text", LOCAL)
def test_land_run_by_a_local_body_is_held_by_its_state(text):
    found = facts(text)
    assert land_stance(found, "controls", "state", "Japan", "Senkaku Islands"), shown(found)


@pytest.mark.parametrize(
    "text",
    [  # run in name only (the gazetteer knows Russia holds the Habomai); a body of no state
        "Officials from the city of Nemuro, which administers the Habomai islets under Japanese "
        "law, joined the visit.",
        "The UN mission, which administers the buffer zone, said the fence was removed.",
    ],
)
def test_no_holding_by_a_body_of_no_state_or_in_name(text):
    none_told(text, "controls", {})
