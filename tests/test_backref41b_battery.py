"""Lands referred back to by a counted plural or by "the feature(s)" (issue 12, twenty-first
round, backref41b).

A phrase that counts its lands ("the two features", "the two territories", "both enclaves")
means the lands the article last named together, never the two states in play ("the two"
before any land noun of data/lexicon/references.yaml). "The feature" is news's word for a reef,
rock or islet. A land named only to place another ("two of the four islands off Hokkaido") is
none of the lands a later "the two islands" counts, nor is the whole the named ones belong to;
an island group named among them ("the Habomai islets") is one of them.

Seen in readable articles of the dev set, T21 and T50: "the two features" read as the two states,
"the feature" as no land, "the two islands" as an island and the landmark beside it. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import facts, has

NICARAGUA, GEORGIA, MOROCCO, CHINA, JAPAN = (
    "state/nicaragua",
    "state/georgia",
    "state/morocco",
    "state/china",
    "state/japan",
)
SERRANILLA, BAJO_NUEVO = "territory/serranilla-bank", "territory/bajo-nuevo-bank"
CEUTA, MELILLA = "territory/ceuta", "territory/melilla"
ABKHAZIA, S_OSSETIA = "territory/abkhazia", "territory/south-ossetia"
SHIKOTAN, HABOMAI = "territory/shikotan", "territory/habomai"

# (text, claimant, the lands it claims)
COUNTED = [
    (
        "Nicaragua's decree covers Serranilla Bank and Bajo Nuevo Bank. Managua has long claimed "
        "the two features.",
        NICARAGUA,
        (SERRANILLA, BAJO_NUEVO),
    ),
    (  # passive
        "Colombia patrols Serranilla Bank and Bajo Nuevo Bank. The two features have long been "
        "claimed by Nicaragua.",
        NICARAGUA,
        (SERRANILLA, BAJO_NUEVO),
    ),
    (  # "both", in a relative clause
        "Colombia patrols Serranilla Bank and Bajo Nuevo Bank. Nicaragua, which claims both "
        "features, protested.",
        NICARAGUA,
        (SERRANILLA, BAJO_NUEVO),
    ),
    (
        "Spain holds Ceuta and Melilla on the North African coast. The two enclaves are claimed "
        "by Morocco.",
        MOROCCO,
        (CEUTA, MELILLA),
    ),
    (
        "Russia recognised Abkhazia and South Ossetia in 2008. Georgia still claims the two "
        "territories.",
        GEORGIA,
        (ABKHAZIA, S_OSSETIA),
    ),
    (  # a group counted among the islands; the landmark and the whole are not
        "Japan claims Shikotan and the Habomai islets, two of the four islands off Hokkaido. "
        "Tokyo has long demanded the two islands.",
        JAPAN,
        (SHIKOTAN, HABOMAI),
    ),
]


@pytest.mark.parametrize("text,claimant,lands", COUNTED)
def test_a_counted_plural_is_the_lands_last_named_together(text, claimant, lands):
    found = facts(text)
    for land in lands:
        assert has(found, "claims", claimant=claimant, territory=land), (text, land)


def test_the_two_features_are_no_pair_of_states():
    """ "the two" before a land noun counts lands, not the two states in play."""
    found = facts(
        "Colombia and Nicaragua have clashed over fishing. Managua has long claimed the two "
        "features."
    )
    assert not any(f.rel == "claims" for f in found)


def test_the_feature_is_the_reef_named_before():
    found = facts("Japan administers Okinotorishima. China rejects Japan's claim to the feature.")
    assert has(
        found,
        "rejectsClaim",
        state=CHINA,
        claimant=JAPAN,
        territory="territory/okinotorishima",
    )


def test_a_feature_of_a_deal_is_no_land():
    found = facts(
        "Japan and China held talks on Tuesday. A key feature of the deal is a hotline, and the "
        "two sides claimed success."
    )
    assert not any(f.rel in ("claims", "controls", "disputes") for f in found)
