"""A valley or a peninsula named again by its name alone (issue 12, lands52b).

News names a valley or a peninsula once with its noun ("the Tsarigang valley", "the Vesinokka
peninsula") and then by its name alone ("Tsarigang has always been Bhutanese", "Russia claims
Vesinokka"): the name alone is that land, as it already was for an area, a district or a
municipality. A people's adjective before the noun ("the Korean peninsula") names the people
alone, never the land. A dam keeps sharing its name with the lake or town it is named after.
Sentences written for these tests, on several regions.
"""

from __future__ import annotations

import pytest
from helpers import facts, label, land_stance, none_told, shown

# (relation, role, state, land, text): a land named again by its name alone
NAMED_ALONE: list[tuple[str, str, str, str, str]] = [
    (
        "assertsSovereignty",
        "state",
        "Bhutan",
        "Tsarigang valley",
        "Chinese workers have built two settlements in the upper Tsarigang valley. "
        '"Tsarigang has always been Bhutanese," Bhutan\'s foreign minister, Tandi Dorji, said.',
    ),
    (
        "claims",
        "claimant",
        "Russia",
        "Vesinokka peninsula",
        "Finland has held the Vesinokka peninsula since 1956. Russia, which lost it in the war, "
        "has claimed Vesinokka ever since.",
    ),
    (
        "controls",
        "state",
        "Estonia",
        "Kallaste valley",
        "Russia says the Kallaste valley is Russian land. Estonia has administered Kallaste since 1991.",
    ),
]


@pytest.mark.parametrize("rel, role, state, land, text", NAMED_ALONE)
def test_a_valley_or_peninsula_named_alone_is_that_land(rel, role, state, land, text):
    found = facts(text)
    assert land_stance(found, rel, role, state, land), shown(found)


def test_a_peoples_adjective_names_no_land_alone():
    found = facts(
        "Tension rose on the Korean peninsula. Korean officials said on Monday that Dokdo is Korean."
    )
    assert not [
        f
        for f in found
        if f.rel in ("claims", "assertsSovereignty")
        and label(f.args.get("territory")) == "Korean peninsula"
    ], shown(found)


def test_a_dam_shares_its_name():
    none_told(
        "Kosovo police guard the Ujmani dam. Serbia says Ujmani is Serbian.",
        "claims",
        {"territory": "territory/ujmani-dam"},
    )
