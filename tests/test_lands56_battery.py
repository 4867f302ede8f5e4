"""Lands told by a plural pronoun, by a predicate the parser misreads, by another name a relative
clause gives, and land run by a town named in a by-phrase (issue 12, round 36, lands56).

"The islets belong to X County, and Seoul has controlled them since 1945": "them" stands for a
land named in the plural before it, not for the county named after it
(rules/pronoun_lands.land_before); a singular "it" is read as before.

"calling the islands an inherent part of China's territory": the parser reads the predicate as a
second object of "calling", and "part of China's territory" was taken for a share of that land
(land_shares.share_of), so no assertion was read. A second object, like a predicate noun, says what
the first is. A share that is the only object ("claims more than half of Belize's territory") is
still a land of its own. 'called Scarborough Shoal "an inherent part of ..."' is parsed with both
nouns predicates (oprd): the first is the small clause's subject (grammar/predicate_nouns).

"Situngu, a small island ... that villagers on the Namibian bank know as Kasika island": the name a
relative clause of naming (know as, call) gives the noun in apposition to a land is that land's
other name (land_aliases), so a fact told with it is the land's; a relative clause that names
nothing keeps the two apart.

"Bach Long Vi is administered by the port city of Hai Phong": land run by a town, a region or a
ministry named in a by-phrase is held by that town's state, as its active form says
(rules/local_holders.py); a denied running holds nothing, and a town of one state that runs, in
name only, land another state holds ("the city of Nemuro" and the Habomai) holds nothing.

Sentences written for these tests (other lands and towns than the study articles).
"""

from __future__ import annotations

import pytest
from helpers import facts, land_stance, none_told, shown

# (relation, state, land, text)
READ: list[tuple[str, str, str, str]] = [
    (
        "controls",
        "Taiwan",
        "Pratas Islands",
        "Reporters toured the Pratas Islands on Monday. The islands belong to Kaohsiung's Cijin "
        "district, and Taiwan has administered them since 1949.",
    ),
    (
        "assertsSovereignty",
        "China",
        "Scarborough Shoal",
        "Beijing protested on Monday, calling Scarborough Shoal an inherent part of China's "
        "territory.",
    ),
    (
        "assertsSovereignty",
        "China",
        "Paracel Islands",
        "China's foreign ministry lodged a protest, calling the Paracel Islands \"an integral part "
        "of China's territory\".",
    ),
    (
        "assertsSovereignty",
        "South Korea",
        "Liancourt Rocks",
        "Seoul protested, calling Dokdo an integral part of South Korea's territory.",
    ),
    (
        "assertsSovereignty",
        "China",
        "Scarborough Shoal",
        "China's foreign ministry on Monday called Scarborough Shoal \"clearly an inherent part of"
        " China's territory.\"",
    ),
    (
        "controls",
        "China",
        "Paracel Islands",
        "The Paracel Islands are administered by the city of Sansha.",
    ),
    (
        "controls",
        "Vietnam",
        "Spratly Islands",
        "Hanoi said the reef, like the rest of the Spratly Islands, lies near the middle of the "
        "sea. The Spratly Islands, it added, have long been governed by the port city of Da Nang.",
    ),
    (
        "assertsSovereignty",
        "Zambia",
        "Lumbo",
        "Namibia protested after soldiers arrested four fishermen on Lumbo, a small island in the"
        " Zambezi that villagers on the Zambian bank know as Kalundu island. Zambia's president"
        " said Kalundu island had always been Zambian.",
    ),
    (
        "assertsSovereignty",
        "Ethiopia",
        "Tarek",
        "Eritrea protested after Ethiopian troops camped on Tarek, a small islet that Ethiopian"
        " herders call Debre Island. Ethiopia's foreign minister said Debre Island was Ethiopian.",
    ),
]


@pytest.mark.parametrize("rel, state, land, text", READ)
def test_land_read(rel: str, state: str, land: str, text: str) -> None:
    found = facts("HANOI, May 4 (Reuters) - " + text)
    role = "claimant" if rel == "claims" else "state"
    assert land_stance(found, rel, role, state, land), shown(found)


def test_a_share_alone_is_still_a_land() -> None:
    """ "more than half of Belize's territory" as the only object names a share of land."""
    found = facts("BELIZE CITY (AP) - Guatemala claims more than half of Belize's territory.")
    assert any(f.rel == "claims" for f in found), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Paracel Islands are not administered by the city of Sansha.", id="denied-running"
        ),
        pytest.param(
            "The Habomai islets are administered by the city of Nemuro.", id="in-name-only"
        ),
    ],
)
def test_no_holding_where_none_is_told(text: str) -> None:
    none_told("BEIJING (Xinhua) - " + text, "controls", {})


def test_a_relative_clause_that_names_nothing_keeps_two_lands() -> None:
    found = facts(
        "LUSAKA (AP) - Soldiers arrested four fishermen on Lumbo, a small island in the Zambezi"
        " that villagers know well. Zambia's president said Kalundu island had always been Zambian."
    )
    assert not land_stance(found, "assertsSovereignty", "state", "Zambia", "Lumbo"), shown(found)


def test_plural_pronoun_skips_a_singular_land_named_after() -> None:
    """ "them" is the islets, so the county they belong to is held by no one in this sentence."""
    found = facts(
        "SEOUL (Yonhap) - The Pratas Islands belong to Kaohsiung's Cijin district, and Taiwan"
        " has administered them since 1949."
    )
    assert not land_stance(found, "controls", "state", "Taiwan", "Cijin district"), shown(found)
