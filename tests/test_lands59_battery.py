"""Lands and parties that are no land or party of a dispute (issue 12, lands59): "sovereignty over
the Malvinas ... and the surrounding maritime areas" asserts title to the islands, whose waters
are no land of their own (kg.ingest.nlp.described_lands, ``around_named`` of
data/lexicon/places.yaml); a land the article tells two holders of, one of them the gazetteer's,
is disputed by its claimant with that holder, not with a former occupier
(kg.ingest.nlp.rules.disputed).

Sentences written for these tests in wire style, about the Falklands, the Guyana-Suriname sea,
the Senkakus and the Chagos.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

CHINA, JAPAN, ARGENTINA = "state/china", "state/japan", "state/argentina"
UK, MAURITIUS, FALKLANDS = "state/united-kingdom", "state/mauritius", "territory/falkland-islands"

# sovereignty over named lands "and the surrounding maritime areas": the waters of those lands,
# no land of their own (data/lexicon/places.yaml ``described_lands.around_named``)
AROUND: list[str] = [
    '"Argentina reaffirms its legitimate and imprescriptible sovereignty over the Malvinas, South'
    ' Georgia and South Sandwich Islands and the surrounding maritime areas," the ministry said.',
    "Argentina will not give up its sovereignty rights over the Malvinas and the adjacent maritime"
    " areas.",
]


@pytest.mark.parametrize("sentence", AROUND)
def test_the_waters_around_named_lands_are_no_land_of_their_own(sentence):
    found = facts(sentence)
    assert has(found, "assertsSovereignty", state=ARGENTINA, territory=FALKLANDS), shown(found)
    assert not any("maritime" in getattr(v, "label", "") for f in found for v in f.args.values()), (
        shown(found)
    )


def test_a_described_sea_claimed_alone_is_still_a_land():
    found = facts("Guyana and Suriname both claim the maritime area off the Corentyne River.")
    assert any(f.rel == "claims" and "maritime" in f.args["territory"].label for f in found), shown(
        found
    )


# a land the article tells two holders of, one of them the gazetteer's: a claim disputes it with
# that one, not with a former occupier
FORMER: list[str] = [
    "Japan controls the Senkaku Islands, which China claims. The United States occupied the islands"
    " after the war.",
    "Japan administers the Senkaku Islands, which Beijing claims. The islands were held by the"
    " United States from 1945 to 1972.",
]


@pytest.mark.parametrize("text", FORMER)
def test_a_former_holder_is_no_party_to_the_dispute(text):
    found = facts(text)
    disputes = [f for f in found if f.rel == "disputes"]
    assert disputes, shown(found)
    for f in disputes:
        keys = {e.key for e in f.args["parties"]}
        assert "state/united-states" not in keys, shown(found)
        assert {JAPAN, CHINA} <= keys, shown(found)


def test_a_former_holder_elsewhere_is_no_party_either():
    found = facts(
        "Britain has administered the Chagos since 1965, and Mauritius claims them. France once"
        " held the islands."
    )
    disputes = [f for f in found if f.rel == "disputes"]
    assert disputes, shown(found)
    for f in disputes:
        keys = {e.key for e in f.args["parties"]}
        assert keys == {UK, MAURITIUS}, shown(found)
