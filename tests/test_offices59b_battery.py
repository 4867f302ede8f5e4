"""Offices read in round 59b: a plural title after titled names is a second office of each, and a
vague office keeps the owner's name written before it as the role's words."""

from __future__ import annotations

import pytest

from tests.helpers import facts


def _held(found) -> list[tuple[str, str, str, str]]:
    return [
        (f.args["person"].key, f.args["role"], f.args["office"], f.args["of"].key)
        for f in found
        if f.rel == "holdsRole"
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Indian National Security Adviser Ajit Doval and Chinese Foreign Minister Wang Yi, "
            "the special representatives on the boundary question, met in New Delhi.",
            [("person/ajit-doval", "state/india"), ("person/wang-yi", "state/china")],
        ),
        (
            "Russian Foreign Minister Sergei Lavrov and Japanese Foreign Minister Taro Kono, the "
            "special envoys for the peace treaty talks, met in Moscow on Monday.",
            [("person/sergey-lavrov", "state/russia"), ("person/taro-kono", "state/japan")],
        ),
        (
            "On Tuesday Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham "
            "Aliyev, the chief negotiators in the talks, agreed on a first stretch.",
            [
                ("person/nikol-pashinyan", "state/armenia"),
                ("person/ilham-aliyev", "state/azerbaijan"),
            ],
        ),
    ],
)
def test_a_plural_title_after_titled_names_is_each_ones_second_office(text, people):
    held = _held(facts(text))
    for person, state in people:
        offices = {office for p, _, office, of in held if p == person and of == state}
        assert len(offices) >= 2, held


def test_a_plural_title_after_titled_names_keeps_their_first_offices():
    held = _held(
        facts(
            "Indian National Security Adviser Ajit Doval and Chinese Foreign Minister Wang Yi, "
            "the special representatives on the boundary question, met in New Delhi."
        )
    )
    assert ("person/wang-yi", "foreign minister", "foreign minister", "state/china") in held
    assert not any(p == "person/wang-yi" and of == "state/india" for p, _, _, of in held), held


def test_a_vague_title_after_untitled_names_stays_theirs_alone():
    held = _held(facts("Wang Yi and Ajit Doval, the two leaders, met in New Delhi."))
    assert not any(o == "leader" for _, _, o, _ in held), held


@pytest.mark.parametrize(
    ("text", "person", "role", "of"),
    [
        (
            "Turkish Cypriot leader Tufan Erhurman struck a more cautious note.",
            "person/tufan-erhurman",
            "Turkish Cypriot leader",
            "state/turkish-republic-of-northern-cyprus",
        ),
        (
            "The Turkish Cypriot leader, Tufan Erhurman, said the talks would resume.",
            "person/tufan-erhurman",
            "Turkish Cypriot leader",
            "state/turkish-republic-of-northern-cyprus",
        ),
        (
            "Polisario Front leader Brahim Ghali said the fight would go on.",
            "person/brahim-ghali",
            "polisario front leader",
            "organization/polisario-front",
        ),
        (
            "U.N. spokesman Stephane Dujarric said the position was unchanged.",
            "person/stephane-dujarric",
            "u.n. spokesman",
            "organization/united-nations",
        ),
    ],
)
def test_a_vague_office_keeps_its_owners_name_in_the_role(text, person, role, of):
    held = _held(facts(text))
    assert any(p == person and r == role and o == of for p, r, _, o in held), held


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Cyprus's leader, Nikos Christodoulides, said the talks would resume.",
            "person/nikos-christodoulides",
            "leader",
        ),
        (
            "Chinese Foreign Minister Wang Yi said the border was calm.",
            "person/wang-yi",
            "foreign minister",
        ),
    ],
)
def test_a_possessive_or_a_specific_office_keeps_its_own_words(text, person, role):
    held = _held(facts(text))
    assert any(p == person and r == role for p, r, _, _ in held), held


@pytest.mark.parametrize(
    "text",
    [
        "Foreign ministers Sergey Lavrov and Taro Kono oversee the negotiations conducted by "
        "Igor Morgulov and Takeo Mori, their deputies.",
        "Egyptian foreign minister Sameh Shoukry, Nikos Dendias and Nikos Christodoulides, his "
        "Greek and Cypriot counterparts, gathered in Cairo.",
    ],
)
def test_a_plural_stand_in_after_names_gives_no_second_office(text):
    held = _held(facts(text))
    assert not any(o in ("deputy", "counterpart") for _, _, o, _ in held), held


@pytest.mark.parametrize(
    ("text", "person", "of"),
    [
        (
            "The Chinese director general of boundary affairs, Hong Liang, met Indian officials.",
            "person/hong-liang",
            "state/china",
        ),
        (
            "Japan's director general of the Asian and Oceanian Affairs Bureau, Masaaki Kanai, "
            "protested to the embassy.",
            "person/masaaki-kanai",
            "state/japan",
        ),
    ],
)
def test_director_general_keeps_its_of_phrase(text, person, of):
    held = _held(facts(text))
    assert any(
        p == person and r.startswith("director general of") and o == of for p, r, _, o in held
    ), held
