"""What a rejected protest is about, and whose a rejected note is (issue 12, rejects48).

Every sentence was written for this module. A rejected bare "the protest" takes the land its
protest was over: the one land the protest's subject mentions, or the one island among several
(the lands and waters around an island place it), an island the text only describes ("a newly
emerged sandbank in the X River", local to the source) included; a river alone still is the land
("removed buoys on the Narva River"), and a water named after a land only places it. Seen in
h363, h370, h371, h377. Rewrites: another trigger, an inserted clause, passive, other states and
rivers. Near misses: a subject naming two lands, a third state's protest.

The subject of a relative clause opened by "in which" on a rejected thing ("a note in which Turkey
objected to the park", "a decree in which Nicaragua redrew its baselines") is the thing's maker,
so the rejection's claimant (h185, h396); another state inside that clause is what it is about.

A land that is the subject of a rejected claim's that-clause ("the claim that the estuary belongs
to the DPRK", "the view that the sandbar was Brazilian") is the land the claim is about, so the
rejection's land (h372, h373); a land an event in the clause happens at ("claims that soldiers
crossed into the Sarstoon") stays none.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

from kg.model import Entity

GHANA, TOGO = "state/ghana", "state/togo"


def _rejections(text: str, state: str) -> list:
    return [
        f
        for f in facts(text)
        if f.rel == "rejectsClaim"
        and not f.negated
        and getattr(f.args.get("state"), "key", None) == state
    ]


def _land(found: list) -> str:
    land = found[0].args.get("territory") if found else None
    return land.label if isinstance(land, Entity) else ""


DESCRIBED = [
    "Ghana lodged a formal protest with Togo on Monday over a police post that Togolese "
    "gendarmes have set up on a newly emerged sandbank in the Volta River. "
    "Togo rejected the protest within hours.",
    "Ghana protested to Togo over a camp built on a small island in the Volta River. "
    "Lome, which says the island has always been Togolese, dismissed the protest.",
    "Ghana lodged a protest with Togo over a flag raised on a newly formed islet in the Volta "
    "River. The protest was rejected by Togo on Tuesday.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_protests_described_island_is_the_land(text: str) -> None:
    found = _rejections(text, TOGO)
    assert len(found) == 1, shown(found)
    assert getattr(found[0].args.get("claimant"), "key", None) == GHANA, shown(found)
    label = _land(found)
    assert label and "river" not in label.lower(), shown(found)


def test_river_alone_is_the_land() -> None:
    text = (
        "Estonia lodged a formal protest with Russia after Russian border guards removed 17 buoys "
        "on the Narva River. Moscow rejected the protest."
    )
    found = _rejections(text, "state/russia")
    assert len(found) == 1, shown(found)
    assert "Narva" in _land(found), shown(found)


def test_two_lands_in_the_subject_give_none() -> None:
    text = (
        "Ghana lodged a protest with Togo over patrols between a small island in the Volta River "
        "and the Keta Lagoon. Togo rejected the protest."
    )
    found = _rejections(text, TOGO)
    assert len(found) == 1, shown(found)
    assert "island" not in _land(found), shown(found)


def test_third_states_protest_gives_no_land() -> None:
    text = (
        "Benin lodged a protest with Togo over a camp built on a small island in the Volta River. "
        "Togo rejected Ghana's protest."
    )
    found = _rejections(text, TOGO)
    assert all(not _land([f]) for f in found), shown(found)


WHEREIN = [
    "Greece on Tuesday rejected a diplomatic note in which Turkey objected to a planned marine "
    "park around Agathonisi.",
    "Athens rejected a note verbale in which Ankara disputed the status of the islets.",  # capitals
    "A note in which Turkey objected to the park was rejected by Greece on Friday.",  # passive
    "Greece, which administers the islets, dismissed a statement in which Turkey said their "
    "status was undetermined.",  # inserted clause, another trigger
]


@pytest.mark.parametrize("text", WHEREIN)
def test_subject_of_in_which_clause_is_the_claimant(text: str) -> None:
    found = _rejections(text, "state/greece")
    assert found, shown(found)
    assert all(getattr(f.args.get("claimant"), "key", None) == "state/turkey" for f in found), (
        shown(found)
    )


def test_state_inside_in_which_clause_not_its_subject_is_no_claimant() -> None:
    text = "Greece rejected a report in which the agency said Turkey had sent ships to the islets."
    found = _rejections(text, "state/greece")
    assert all(getattr(f.args.get("claimant"), "key", None) != "state/turkey" for f in found), (
        shown(found)
    )


def test_water_named_after_a_land_only_places_it() -> None:
    text = (
        "Croatia lodged a protest with Italy after Italian trawlers fished inside the Jabuka Pit, "
        "a spawning ground in the middle of the Adriatic Sea. Italy dismissed the protest."
    )
    found = _rejections(text, "state/italy")
    assert len(found) == 1, shown(found)
    assert _land(found) == "Jabuka Pit", shown(found)


CLAUSE_ABOUT = [
    (
        "South Korea rejected North Korea's claim that Gyodong Island belongs to the DPRK.",
        "Gyodong",
    ),
    (
        "Seoul dismissed the claim, made by KCNA on Monday, that Gyodong Island is North Korean.",
        "Gyodong",
    ),
    ("Peru rejected Brazil's view that Isla Santa Rosa was Brazilian.", "Santa Rosa"),
    ("Brazil's assertion that Isla Santa Rosa belongs to it was rejected by Peru.", "Santa Rosa"),
]


@pytest.mark.parametrize(("text", "land"), CLAUSE_ABOUT)
def test_land_a_claims_clause_is_about_is_its_land(text: str, land: str) -> None:
    found = [f for f in facts(text) if f.rel == "rejectsClaim" and not f.negated]
    assert found, shown(found)
    assert any(land in _land([f]) for f in found), shown(found)


def test_land_an_event_is_told_in_is_no_land_of_the_claim() -> None:
    text = (
        "Belize rejected Guatemala's claims that Belizean soldiers had crossed into the Sarstoon."
    )
    found = _rejections(text, "state/belize")
    assert found, shown(found)
    assert all(not _land([f]) for f in found), shown(found)
