"""Names as news spells them, and places a name reader took for people (issue 12, entities).

A name whose words open with a Latin capital that carries a mark ("Maroš Šefčovič", "Łukasz
Wiśniewski") was cut at that word, and the person lost every fact he was in. A run of capitals that
owns a piece of land in the possessive ("Ubon Ratchathani's Nam Yuen district") is a province or
region, not a person. A short acronym must stand in capitals ("Nam Yuen" is no NAM). An alias that
keeps capitals after "the" ("the Rock", Gibraltar) must be written so ("on the rock" is no place).
Island groups, regions and their governments the gazetteer lacked (the Azores, Gagauzia, Akrotiri,
the Government of Åland) are world knowledge in data/gazetteer; "the Ionian" alone is the sea. A
cape ("Cape Nosappu", Malay "Tanjung Datu") is land, named by its first word as a lake is. The texts
are written for these tests.
"""

from __future__ import annotations

import pytest

from kg.ingest import article


def _extract(body: str):
    text = f"Eastland protests Westland border post\n\nOSLOBURG, March 3, 2026 - {body}\n"
    return article.extract(article.parse(text, name="test", published="2026-03-03"))


def _kinds(ex) -> dict[str, str]:
    return {e.label: e.kind for e in ex.entities}


def _roles(ex) -> set[tuple[str, str, str]]:
    return {
        (f.args["person"].label, str(f.args.get("office")), f.args["of"].label)
        for f in ex.facts
        if f.rel == "holdsRole" and "of" in f.args
    }


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("The deal was signed by Maroš Šefčovič, the EU's trade commissioner.", "Maroš Šefčovič"),
        (
            "Polish Foreign Minister Łukasz Wiśniewski said the border was closed.",
            "Łukasz Wiśniewski",
        ),
        ("Serbia's envoy, Đorđe Đurić, rejected the protest on Monday.", "Đorđe Đurić"),
        ("Croatia summoned Slovenia's ambassador, Žiga Čebašek, over the bay.", "Žiga Čebašek"),
    ],
)
def test_a_name_opening_with_a_marked_capital_is_read_whole(body, person):
    assert _kinds(_extract(body)).get(person) == "Person"


def test_a_marked_name_holds_the_office_its_apposition_gives():
    ex = _extract("The treaty was signed by Maroš Šefčovič, the EU's commissioner for trade.")
    assert any(p == "Maroš Šefčovič" and of == "European Union" for p, _, of in _roles(ex))


def test_a_marked_surname_alone_is_the_person_named_before():
    ex = _extract(
        "Czech Foreign Minister Tomáš Šťastný visited the border. "
        '"The line is settled," Šťastný said.'
    )
    assert any(
        f.rel == "statement" and f.args["speaker"].label == "Tomáš Šťastný" for f in ex.facts
    )


@pytest.mark.parametrize(
    ("body", "land"),
    [
        (
            "Chong Mek, a pass in Ubon Ratchathani's Nam Yuen district, is claimed by both.",
            "Ubon Ratchathani",
        ),
        ("Troops entered a village in Gorno Badakhshan's Murghob district.", "Gorno Badakhshan"),
        ("Soldiers dug in near Sa Kaeo's Khok Sung district, the army said.", "Sa Kaeo"),
    ],
)
def test_a_run_owning_a_district_is_land_not_a_person(body, land):
    assert _kinds(_extract(body)).get(land) == "Territory"


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("John Harker's farm lies near the border, Norway said.", "John Harker"),
        ("Governor Anna Lind's district was flooded.", "Anna Lind"),
    ],
)
def test_a_person_owning_no_land_noun_stays_a_person(body, person):
    assert _kinds(_extract(body)).get(person) == "Person"


def test_a_short_acronym_in_lower_case_is_no_body():
    ex = _extract("The pass lies in Ubon Ratchathani's Nam Yuen district near Laos.")
    assert "Non-Aligned Movement" not in _kinds(ex)


def test_a_short_acronym_in_capitals_is_the_body():
    assert "Non-Aligned Movement" in _kinds(_extract("The NAM summit backed Eastland's claim."))


def test_the_rock_is_gibraltar():
    ex = _extract(
        "Spain renounces none of its claim to the Rock, which it ceded to Britain in 1713."
    )
    claims = {
        (f.args["claimant"].label, f.args["territory"].label) for f in ex.facts if f.rel == "claims"
    }
    assert ("Spain", "Gibraltar") in claims


def test_a_rock_in_lower_case_is_no_gibraltar():
    ex = _extract("Norway built a lighthouse on the rock, and Eastland protested.")
    assert "Gibraltar" not in _kinds(ex)


@pytest.mark.parametrize(
    ("body", "label", "kind"),
    [
        ("Portugal said its navy would patrol the waters off the Azores.", "Azores", "IslandGroup"),
        ("Moldova said Gagauzia had no right to hold the vote.", "Gagauzia", "Territory"),
        ("Cyprus protested over works at Akrotiri, the British base.", "Akrotiri", "Territory"),
        (
            "Finland said the Aland Islands would stay demilitarised.",
            "Åland Islands",
            "IslandGroup",
        ),
        ("Morocco claims Perejil, a rock off its coast held by Spain.", "Perejil Island", "Island"),
    ],
)
def test_island_groups_and_regions_the_gazetteer_knows(body, label, kind):
    assert _kinds(_extract(body)).get(label) == kind


def test_an_autonomous_islands_government_is_a_body():
    ex = _extract("The talks included the head of Åland's autonomous government, Katrin Sjögren.")
    assert _kinds(ex).get("Government of Åland") == "Organization"


def test_the_ionian_alone_is_the_sea_not_the_islands():
    kinds = _kinds(_extract("Greece extended its territorial waters in the Ionian to 12 miles."))
    assert "Ionian Islands" not in kinds


@pytest.mark.parametrize(
    ("body", "land"),
    [
        (
            "The islet lies four kilometres from Cape Nosappu, Eastland's easternmost point.",
            "Cape Nosappu",
        ),
        ("Surveyors will walk the watershed between Tanjung Datu and the hills.", "Tanjung Datu"),
    ],
)
def test_a_cape_is_land_not_a_person(body, land):
    assert _kinds(_extract(body)).get(land) == "Territory"


def test_cape_town_stays_the_gazetteers_city():
    assert _kinds(_extract("The ship sailed from Cape Town on Monday.")).get("Cape Town") == "City"
