"""Places and bodies named by the way news names them, not read as people (issue 12, entities).

News names a province by its name and a capitalised noun ("Myanmar's Rakhine State", "Solomon
Islands' Western Province"), names an area once with its noun and then by its name alone ("the
Kouri Bougoudi gold-mining area ... Kouri Bougoudi is Chadian"), and names a party or a mechanism
by a capitalised head after a description ("the nationalist Homeland Movement"). Read as runs of
capitalised words, each was a person, and every fact it was in was lost. A capitalised "State" of
a body ("the Union State", "Islamic State claimed") or an office ("Secretary of State"), a
direction before a noun in lower case and a feature that shares a town's name ("the Zvornik dam
... Zvornik") stay what they were. The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import speaker_labels

from kg.ingest import article


def _extract(body: str):
    text = f"Eastland protests Westland border post\n\nOSLOBURG, March 3, 2026 - {body}\n"
    return article.extract(article.parse(text, name="test", published="2026-03-03"))


def _kinds(ex) -> dict[str, str]:
    return {e.label: e.kind for e in ex.entities}


def _facts(ex, rel: str) -> set[tuple[str, ...]]:
    out = set()
    for f in ex.facts:
        if f.rel != rel or f.negated:
            continue
        out.add(tuple(getattr(v, "label", v) for v in f.args.values() if hasattr(v, "label")))
    return out


@pytest.mark.parametrize(
    ("body", "land"),
    [
        (
            "The island faces India's Manipur State across the river, officials said.",
            "Manipur State",
        ),
        (
            "A fishing boat from Chuuk State was seized by the Palau police on Monday.",
            "Chuuk State",
        ),
        ("The reef is part of Koror State, the government of Palau said.", "Koror State"),
        ("Gunmen attacked two villages in Zamfara State on Sunday.", "Zamfara State"),
        ("The islet belongs to Ghana's Volta Region, the ministry said.", "Volta Region"),
        (
            "The cay is part of Papua New Guinea's Western Province, officials said.",
            "Western Province",
        ),
    ],
)
def test_a_province_named_by_its_name_and_a_capitalised_noun_is_land(body, land):
    kinds = _kinds(_extract(body))
    assert kinds.get(land) == "Territory", kinds


def test_a_part_of_a_province_so_named_is_read():
    ex = _extract("Officials said Kyauk Island is part of Myanmar's Chin State.")
    assert ("Kyauk Island", "Chin State") in _facts(ex, "partOf"), _facts(ex, "partOf")


@pytest.mark.parametrize(
    "body",
    [
        "Belarus and Russia deepened the Union State on Monday.",
        "Islamic State claimed the attack near the border.",
        "The Secretary of State met the Head of State of Eastland in Oslo.",
    ],
)
def test_a_capitalised_state_of_a_body_or_an_office_is_no_land(body):
    kinds = _kinds(_extract(body))
    assert not any(k.endswith("State") and v == "Territory" for k, v in kinds.items()), kinds


def test_a_direction_before_a_lower_case_noun_is_no_name():
    kinds = _kinds(_extract("Storms hit the western province of Zambia on Monday."))
    assert "western province" not in {k.lower() for k in kinds}, kinds


@pytest.mark.parametrize(
    ("body", "state", "land"),
    [
        (
            "Niger protested over a camp inside the Djado gold-mining area. "
            '"Djado is Nigerien, and it always has been," Foreign Minister Amadou Issa said.',
            "Niger",
            "Djado",
        ),
        (
            "Structures were found in Limi rural municipality on Friday. Nepal says Limi "
            "belongs to Nepal.",
            "Nepal",
            "Limi",
        ),
        (
            "Afghan forces built a post near the Chaman border crossing. Pakistan said on "
            "Tuesday that Chaman is Pakistani territory.",
            "Pakistan",
            "Chaman",
        ),
    ],
)
def test_an_area_named_with_its_noun_is_named_by_its_name_alone_later(body, state, land):
    ex = _extract(body)
    kinds = _kinds(ex)
    assert not any(v == "Person" and land in k for k, v in kinds.items()), kinds
    lands = {e.label for e in ex.entities if land in (e.label, *e.aliases)}
    assert lands and all(kinds[x] == "Territory" for x in lands), kinds
    assert any(
        f.rel in ("assertsSovereignty", "claims")
        and getattr(f.args.get("state") or f.args.get("claimant"), "label", None) == state
        and getattr(f.args.get("territory"), "label", None) in lands
        for f in ex.facts
    ), [(f.rel, {k: getattr(v, "label", v) for k, v in f.args.items()}) for f in ex.facts]


def test_a_feature_sharing_a_town_name_does_not_name_the_town():
    ex = _extract(
        "Serbia repaired the Visegrad dam last year. Officials met in Visegrad on Monday."
    )
    dam = [e for e in ex.entities if e.label == "Visegrad dam"]
    assert dam and "Visegrad" not in dam[0].aliases, [(e.label, e.aliases) for e in ex.entities]


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        (
            "In Zagreb, the nationalist Bridge Movement, a partner in the coalition, said it "
            "would vote against the border treaty.",
            "Bridge Movement",
        ),
        (
            "The separatist Free Papua Movement said the vote on the islands was a sham.",
            "Free Papua Movement",
        ),
        (
            "The Joint Boundary Inspection Mechanism said the pillar had been moved.",
            "Joint Boundary Inspection Mechanism",
        ),
    ],
)
def test_a_movement_or_a_mechanism_is_a_body_that_speaks(body, body_name):
    ex = _extract(body)
    assert _kinds(ex).get(body_name) == "Organization", _kinds(ex)
    assert body_name in speaker_labels(ex)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The two presidents met in St Vincent on Thursday.", "Saint Vincent and the Grenadines"),
        ("Georgian and Russian officials met in Ergneti on Tuesday.", "Ergneti"),
    ],
)
def test_places_news_names_are_known(body, place):
    ex = _extract(body)
    assert place in _kinds(ex), _kinds(ex)
    assert not any(v == "Person" for v in _kinds(ex).values()), _kinds(ex)


def test_a_boundary_line_is_no_person():
    kinds = _kinds(_extract("Kabul has never recognised the Durand Line as the border."))
    assert kinds.get("Durand Line") == "Territory", kinds


@pytest.mark.parametrize(
    ("body", "part", "whole"),
    [
        (
            "Ishigaki lies in the Yaeyama group, some 400 km from the main island.",
            "Ishigaki",
            "Yaeyama Islands",
        ),
        (
            "The new jetty is on Aldabra, part of the Aldabra Group of the Outer Islands.",
            "Aldabra Group",
            "Outer Islands",
        ),
        (
            "A decree of 1946 made the Kaliningrad region part of the Russian Soviet Federative "
            "Socialist Republic.",
            "Kaliningrad",
            "Russian Soviet Federative Socialist Republic",
        ),
    ],
)
def test_island_groups_and_regions_the_gazetteer_knows(body, part, whole):
    ex = _extract(body)
    assert (part, whole) in _facts(ex, "partOf"), _facts(ex, "partOf")


def test_a_region_news_names_as_a_whole_is_land_not_a_town():
    ex = _extract('"Kaliningrad is an integral part of Russia," the spokeswoman said on Monday.')
    assert _kinds(ex).get("Kaliningrad") == "Territory", _kinds(ex)
    assert {"Russia", "Kaliningrad"} in [set(x) for x in _facts(ex, "assertsSovereignty")]


def test_a_compass_word_of_two_points_opens_no_person_name():
    kinds = _kinds(_extract("The Raja Ampat islands are part of Southwest Papua, officials said."))
    assert kinds.get("Southwest Papua") != "Person", kinds


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Activists were removed from the islet by the Guardia Civil on Sunday.", "Guardia Civil"),
        ("Islamic State claimed the attack on the border post.", "Islamic State"),
    ],
)
def test_bodies_news_names_are_no_people(body, name):
    assert _kinds(_extract(body)).get(name) == "Organization", _kinds(_extract(body))
