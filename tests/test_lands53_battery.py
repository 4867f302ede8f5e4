"""Land put on one's side of the line, forces that stay on land, land its holder calls its own
(issue 12, lands53).

News places disputed land with its side of a line as it does with its soil ("the islet lies on the
Ugandan side of the line", as "on Libyan territory"): the speaker's state asserts its title. A
state's troops, police or guards that remain or stay on land hold it, as those stationed or
posted there do (not tourists, not "would remain"). "Considers X its own" claims land another
holds; said by the holder it asserts its title. Sentences written for these tests, on several
regions.
"""

from __future__ import annotations

import pytest
from helpers import facts, land_stance, none_told, shown

# (relation, role, state, land, text)
READ: list[tuple[str, str, str, str, str]] = [
    (
        "assertsSovereignty",
        "state",
        "Cameroon",
        "Bakassi",
        "Nigeria protested over a new Cameroonian post. Cameroon's foreign minister said Bakassi "
        "lies on the Cameroonian side of the border.",
    ),
    (
        "assertsSovereignty",
        "state",
        "Uganda",
        "Migingo Island",
        "Ugandan police have remained on Migingo since 2009. Uganda's foreign minister said the "
        'island lay "on the Ugandan side of the line".',
    ),
    (
        "claims",
        "claimant",
        "Nepal",
        "Kalapani",
        "India built a road last year. Nepal's foreign ministry said on Monday that Kalapani was "
        "on Nepal's side of the boundary.",
    ),
    (
        "controls",
        "state",
        "Uganda",
        "Migingo Island",
        "A joint survey placed Migingo inside Kenya in 2009, but Ugandan police have remained on "
        "the island ever since.",
    ),
    (
        "controls",
        "state",
        "Egypt",
        "Tiran",
        "Egypt agreed to cede the islands in 2016. Egyptian troops have stayed on Tiran since then.",
    ),
    (
        "controls",
        "state",
        "Egypt",
        "Tiran",
        "Egyptian soldiers remained on Tiran, which Saudi Arabia claims.",
    ),
    (
        "assertsSovereignty",
        "state",
        "Russia",
        "Kunashir",
        "Japan wants the island back. Russia, which holds Kunashir, considers it its own.",
    ),
    (
        "assertsSovereignty",
        "state",
        "Morocco",
        "Western Sahara",
        "Morocco has held most of Western Sahara since 1975 and regards the territory as its own.",
    ),
]


@pytest.mark.parametrize("rel, role, state, land, text", READ)
def test_the_stance_is_read(rel, role, state, land, text):
    found = facts(text)
    assert land_stance(found, rel, role, state, land), shown(found)


def test_land_another_holds_called_ones_own_is_only_claimed():
    found = facts("Japan considers Kunashir its own.")
    assert land_stance(found, "claims", "claimant", "Japan", "Kunashir"), shown(found)
    assert not land_stance(found, "assertsSovereignty", "state", "Japan", "Kunashir"), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "The delegation from Nepal crossed to the Indian side of the border at Kalapani.",
        "Nepalese tourists remained on Kalapani for a week after the road opened.",
    ],
)
def test_no_stance_of_a_crossing_or_a_visit(text):
    none_told(text, "assertsSovereignty", {})
    none_told(text, "controls", {})


def test_troops_that_would_remain_hold_nothing_yet():
    none_told("Egypt said its troops would remain on Tiran until the handover.", "controls", {})


# A view told as the content of a claim: kept where its ending verb is denied, gone where it ended
KEPT_CLAIMS = [
    "Ukraine holds Maican Island. Romania has never renounced its claim that Maican Island lies "
    "on the Romanian side of the thalweg.",
    "Britain holds the Falklands. Argentina has not dropped its claim that the Falklands are Argentine.",
    "Britain holds the Falklands. Argentina will never abandon its claim that the Falklands are "
    "Argentine, the foreign minister said.",
]


@pytest.mark.parametrize("text", KEPT_CLAIMS)
def test_a_claim_never_dropped_is_held(text):
    found = facts(text)
    assert any(f.rel == "claims" and not f.negated for f in found), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine holds Maican Island. Romania renounced its claim that Maican Island lies on the "
        "Romanian side of the thalweg in 1997.",
        "Britain holds the Falklands. Argentina has dropped its claim that the Falklands are Argentine.",
    ],
)
def test_a_claim_dropped_is_no_claim(text):
    none_told(text, "claims", {})
