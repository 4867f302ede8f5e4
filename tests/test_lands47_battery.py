"""An island the text describes and does not name ("a newly emerged sandbank in the Pool Malebo",
"a small island in the Oyapock River", "a newly formed char") is a land local to the source, and a
later "the sandbank", "the islet", "the char" refers back to it, not to a province or a river
named last (issue 12, lands47). Head nouns are data (``new_lands`` and ``lands`` of
data/lexicon/references.yaml); a river is water that places a land, no whole of it.

Sentences written for these tests in wire style, after river-island rows in Africa, South America
and Asia.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

BD, MM = "state/bangladesh", "state/myanmar"
FR, BR = "state/france", "state/brazil"


def _local(found, rel: str, role: str, noun: str) -> list:
    return [
        f for f in found if f.rel == rel and noun in f.args[role].key and "/in/" in f.args[role].key
    ]


# (state, noun, text): the state claims the described island, told again by its noun
CLAIMS: list[tuple[str, str, str]] = [
    (
        BD,
        "char",
        "Bangladesh lodged a protest with Myanmar over a post built on a newly formed char in the "
        "Naf River. Bangladesh says the char belongs to Bangladesh.",
    ),
    (
        BD,
        "char",
        "A border post was built by Myanmar on a newly formed char in the Naf River, officials "
        "said. The char belongs to Bangladesh, the foreign ministry in Dhaka said.",
    ),
    (
        FR,
        "island",
        "France protested on Tuesday over an army post on a small island in the Oyapock River, "
        "near the town of Saint-Georges. France says the islet belongs to France.",
    ),
    (
        BR,
        "sandbank",
        "Brazil and France traded notes over a newly emerged sandbank in the Oyapock River. "
        "Brazil claims the sandbank.",
    ),
    (
        BD,
        "sandbar",
        "Myanmar soldiers camped on a sandbar in the Naf River last week. Bangladesh said the "
        "sandbar belongs to Bangladesh.",
    ),
]


@pytest.mark.parametrize("state, noun, text", CLAIMS)
def test_the_noun_refers_back_to_the_described_island(state, noun, text):
    found = facts(text)
    claims = _local(found, "claims", "territory", noun)
    assert any(f.args["claimant"].key == state for f in claims), shown(found)


def test_a_rejected_claim_names_the_described_island():
    found = facts(
        "Bangladesh lodged a strong protest with Myanmar over a post built on a newly formed char "
        "in the Naf River. Bangladesh says the char belongs to Bangladesh. Myanmar rejected "
        "Bangladesh's claim to the char."
    )
    rejected = _local(found, "rejectsClaim", "territory", "char")
    assert any(f.args["state"].key == MM for f in rejected), shown(found)


def test_the_islet_is_not_the_province_named_last():
    found = facts(
        "France protested over an army post on a small island in the Oyapock River. Brazil, "
        "which once disputed the Amapa territory, says the islet is part of Brazil."
    )
    lands = {f.args["territory"].key for f in found if f.rel in ("claims", "assertsSovereignty")}
    assert lands and all("/in/" in k and "small-island" in k for k in lands), shown(found)


def test_a_river_places_the_island_and_is_no_whole_of_it():
    found = facts("France protested over an army post on a small island in the Oyapock River.")
    assert not [f for f in found if f.rel == "partOf"], shown(found)


# an indefinite island phrase that says what a named land is, or no land of its own
NOT_NEW: list[str] = [
    "Ukraine and Russia argue over Tuzla, a sandy island in the Kerch Strait. Russia claims the "
    "island.",
    "Japan says Okinotori is an island and not a rock. China says the island is a rock.",
    "Japan claims Okinotori as an island under international law.",
]


@pytest.mark.parametrize("text", NOT_NEW)
def test_a_description_of_a_named_land_is_no_new_land(text):
    found = facts(text)
    local = [f for f in found for v in f.args.values() if hasattr(v, "key") and "/in/" in v.key]
    assert not local, shown(found)


def test_islands_in_the_plural_make_no_local_island():
    found = facts("Myanmar built posts on new islands in the Naf River. Bangladesh protested.")
    assert not [f for f in found for v in f.args.values() if hasattr(v, "key") and "/in/" in v.key]
