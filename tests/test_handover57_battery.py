"""Handovers of sites named by their noun alone, promises told by a participle beside the
infinitive of a promise, and conditions whose verb of finding takes a clause without "that"
(issue 12, round 37: sentences written for the purpose, several regions)."""

from __future__ import annotations

from tests.helpers import facts


def _rows(text: str, rel: str) -> list[dict[str, str]]:
    return [
        {k: getattr(v, "label", v) for k, v in f.args.items()} for f in facts(text) if f.rel == rel
    ]


def test_site_handed_over_by_its_noun() -> None:
    text = (
        "Iraq and Kuwait signed minutes on Monday. The minutes provide that Iraq will dismantle "
        "the platform and hand the site over to Kuwait should the survey find it south of the line."
    )
    rows = _rows(text, "promisesHandover")
    assert [(r["territory"], r["from"], r["to"]) for r in rows] == [("site", "Iraq", "Kuwait")]


def test_site_handed_over_passive_and_demonstrative() -> None:
    text = (
        "Sweden and Finland signed a memorandum on Thursday. Under the memorandum, that ledge "
        "will be handed over to Finland by Sweden once both parliaments approve the swap."
    )
    rows = _rows(text, "promisesHandover")
    assert [(r["territory"], r["to"]) for r in rows] == [("ledge", "Finland")]


def test_site_noun_after_a_named_land_is_that_land() -> None:
    text = (
        "Israel controls the Gaza Strip. Under the deal, Israel will hand the strip over to Egypt."
    )
    rows = _rows(text, "promisesHandover")
    assert [r["territory"] for r in rows] == ["Gaza Strip"]


def test_site_noun_outside_a_handover_is_no_land() -> None:
    text = "Peru said on Monday that the bridge over the river would be repaired by March."
    assert not [f for f in facts(text) if f.rel in ("promisesHandover", "handedOverTo")]
    assert not any(f.args.get("territory") for f in facts(text))


def test_participle_beside_a_promise_is_promised() -> None:
    text = (
        "Under the memorandum, Russia undertook to pull the fence back to its old line, "
        "returning the orchards to Georgia, if a joint visit showed it had been moved."
    )
    assert not _rows(text, "handedOverTo")
    rows = _rows(text, "promisesHandover")
    assert [(r["territory"], r["from"], r["to"]) for r in rows] == [
        ("orchards", "Russia", "Georgia")
    ]


def test_participle_beside_a_deed_is_done() -> None:
    text = (
        "Armenia pulled its troops out of the hills in March, handing the post over to Azerbaijan."
    )
    assert [r["territory"] for r in _rows(text, "handedOverTo")] == ["post"]
    assert not _rows(text, "promisesHandover")


def test_finding_clause_without_that_is_the_condition() -> None:
    text = "Under the memorandum, Iraq will withdraw its boats if a joint survey confirms the area is Kuwaiti."
    rows = _rows(text, "conditionedOn")
    assert rows and rows[0]["condition"] == "a joint survey confirms the area is Kuwaiti"
    assert rows[0]["what"] == "Iraq will withdraw its boats"


def test_finding_verb_in_another_region() -> None:
    text = (
        "According to the accord, Guatemala would open the crossing to trade only if a joint "
        "commission finds the road is safe."
    )
    rows = _rows(text, "conditionedOn")
    assert rows and "the road is safe" in rows[0]["condition"]
    assert all("the road is safe" not in r["what"] for r in rows)


def test_condition_after_a_later_conjunct_set_off_by_commas() -> None:
    text = (
        "Bangladesh and Myanmar met on Monday over a newly formed char in the Naf river. The "
        "minutes provide that Myanmar will hand the char over to Bangladesh, and remove the post "
        "within 30 days, if the survey finds that it lies on the Bangladeshi side."
    )
    rows = _rows(text, "promisesHandover")
    assert rows and rows[0]["condition"] == "the survey finds that it lies on the Bangladeshi side"


def test_site_named_by_an_of_phrase_is_no_bare_site() -> None:
    text = (
        "Under the accord, Ecuador would return the hamlet of Pampa to Peru, and pull its police "
        "back, once the boundary commission has marked the line."
    )
    assert all(r["territory"] != "hamlet" for r in _rows(text, "promisesHandover"))


def test_land_included_in_a_handover_is_handed_over_too() -> None:
    text = "Japan handed the Ryukyu Islands, including Okinawa, to the United States in 1946."
    rows = _rows(text, "handedOverTo")
    assert {r["territory"] for r in rows} == {"Ryukyu Islands", "Okinawa"}


def test_land_included_in_a_promise_other_region() -> None:
    text = (
        "Under the treaty, the United Kingdom will cede the Chagos Archipelago, including Diego "
        "Garcia, to Mauritius when the agreement enters into force."
    )
    rows = _rows(text, "promisesHandover")
    assert {r["territory"] for r in rows} == {"Chagos Archipelago", "Diego Garcia"}
    assert all(r["to"] == "Mauritius" for r in rows)


def test_including_outside_a_handover_adds_nothing() -> None:
    text = "Russia controls the Kuril Islands, including Iturup, and Japan claims them."
    assert not [f for f in facts(text) if f.rel in ("promisesHandover", "handedOverTo")]
