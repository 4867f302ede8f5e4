"""The claimant's own protest, rejected, carries what it was over (issue 12, rejects47).

Every sentence was written for this module. "Argentina lodged a protest over krill licences off
South Georgia ... We reject Argentina's protest" (or "the Thai note", "the Greek Cypriot complaint"):
a protest noun with only the claimant's name or demonym before it is the protest told before, as a
bare "the protest" is (seen in h363, h374, h375), so its subject joins the rejected words and its
one land is the rejection's land. A name read only within a longer land name ("the Gulf" in "the
Gulf of Fonseca", "South Georgia" in "South Georgia and the South Sandwich Islands") is part of
that land, not a second one. Rewrites: possessive, demonym, compound noun, passive, inserted
clause. Near misses: a third state's protest, a protest with words of its own ("a formal protest
over fishing"), a subject naming two separate lands.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

from kg.model import Entity

ESTONIA, RUSSIA = "state/estonia", "state/russia"

PROTEST = (
    "Estonia lodged a formal protest with Russia after Russian border guards removed 17 buoys "
    "on the Narva River. "
)


def _rejections(text: str, state: str) -> list:
    return [
        f
        for f in facts(text)
        if f.rel == "rejectsClaim"
        and not f.negated
        and getattr(f.args.get("state"), "key", None) == state
    ]


OWN: list = [
    PROTEST + "Moscow rejected Estonia's protest.",
    PROTEST + "Estonia's protest was rejected by Moscow.",  # passive
    PROTEST + "Moscow, which says the buoys sat on its side, dismissed the Estonian protest.",
    PROTEST + "The Russian foreign ministry rejected the Estonian note.",  # demonym
    PROTEST + "Russia rejected the Estonian protest note on Tuesday.",  # compound noun, a day
    PROTEST + "Russia turned down Tallinn's complaint.",  # the capital for the state
]


@pytest.mark.parametrize("text", OWN)
def test_claimants_own_protest_carries_subject_and_land(text: str) -> None:
    found = _rejections(text, RUSSIA)
    assert len(found) == 1, shown(found)
    args = found[0].args
    assert "buoys" in str(args.get("what")), shown(found)
    assert getattr(args.get("claimant"), "key", None) == ESTONIA, shown(found)
    land = args.get("territory")
    assert isinstance(land, Entity) and "Narva" in land.label, shown(found)


def test_third_states_protest_takes_nothing_of_it() -> None:
    found = _rejections(PROTEST + "Moscow rejected Latvia's protest.", RUSSIA)
    assert all("buoys" not in str(f.args.get("what")) for f in found), shown(found)
    assert all("territory" not in f.args for f in found), shown(found)


def test_protest_with_words_of_its_own_keeps_them() -> None:
    text = PROTEST + "Moscow rejected Estonia's protest over fishing quotas in Lake Peipus."
    found = _rejections(text, RUSSIA)
    assert all("buoys" not in str(f.args.get("what")) for f in found), shown(found)


def test_protest_over_two_lands_names_no_one_land() -> None:
    text = (
        "Estonia lodged a formal protest with Russia after Russian border guards removed buoys on "
        "the Narva River and on Lake Peipus. Moscow rejected Estonia's protest."
    )
    found = _rejections(text, RUSSIA)
    assert len(found) == 1, shown(found)
    assert "buoys" in str(found[0].args.get("what")), shown(found)
    assert "territory" not in found[0].args, shown(found)


NESTED: list = [
    (
        "Argentina lodged a formal protest with Britain over fishing licences issued by the "
        "government of South Georgia and the South Sandwich Islands. London rejected the protest.",
        "state/united-kingdom",
        "South Georgia and the South Sandwich Islands",
    ),
    (
        "Honduras protested to El Salvador after a Salvadoran patrol boat detained two Honduran "
        "skiffs in the Gulf of Fonseca. The protest was dismissed by El Salvador.",
        "state/el-salvador",
        "Gulf of Fonseca",
    ),
]


@pytest.mark.parametrize(("text", "state", "land"), NESTED)
def test_name_within_a_longer_land_name_is_that_land(text: str, state: str, land: str) -> None:
    found = _rejections(text, state)
    assert len(found) == 1, shown(found)
    got = found[0].args.get("territory")
    assert isinstance(got, Entity) and got.label == land, shown(found)
