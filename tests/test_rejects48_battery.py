"""What a rejected protest is about, and whose a rejected note is (issue 12, rejects48).

Every sentence was written for this module. A rejected bare "the protest" takes the land its
protest was over: the one land the protest's subject mentions, or the one island among several
(the lands and waters around an island place it), an island the text only describes ("a newly
emerged sandbank in the X River", local to the source) included; a river alone still is the land
("removed buoys on the Narva River"). Seen in h363, h370, h377. Rewrites: another trigger, an
inserted clause, passive, other states and rivers. Near misses: a subject naming two lands, a
third state's protest.
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


def test_water_named_after_a_land_only_places_it() -> None:
    text = (
        "Croatia lodged a protest with Italy after Italian trawlers fished inside the Jabuka Pit, "
        "a spawning ground in the middle of the Adriatic Sea. Italy dismissed the protest."
    )
    found = _rejections(text, "state/italy")
    assert len(found) == 1, shown(found)
    assert _land(found) == "Jabuka Pit", shown(found)
