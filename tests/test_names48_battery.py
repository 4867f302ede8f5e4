"""A place's one-word name inside a person's name is a word of that name, not the place (issue 12,
entities).

The gazetteer's "Sang" (a Himalayan territory) is the first syllable of many Korean given names
("Kim Sang-hoon"), and Thailand's old name "Siam" ends the name of a Bangladeshi official
("Foreign Secretary Asad Alam Siam"). Read alone as places, they leave the person unread and lose
every fact the person is in. A place's own name right after a name ("told Foreign Minister Li Wei
Taiwan was part of China") and a place joined to a verb ("Russia-backed") stay places. The texts
are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import speaker_labels

from kg.ingest import article


def _extract(body: str):
    text = f"Eastland protests Westland border post\n\nOSLOBURG, March 3, 2026 - {body}\n"
    return article.extract(article.parse(text, name="test", published="2026-03-03"))


def _labels(ex, kind: str) -> set[str]:
    return {e.label for e in ex.entities if e.kind == kind}


def _roles(ex) -> dict[str, str]:
    return {
        f.args["person"].label: f.args["of"].label
        for f in ex.facts
        if f.rel == "holdsRole" and hasattr(f.args.get("of"), "label")
    }


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Japan summoned South Korea's deputy ambassador, Kim Sang-hoon, and lodged a protest "
            "over the vote.",
            "Kim Sang-hoon",
        ),
        (
            "South Korea's deputy ambassador Kim Sang-hoon was summoned by Japan on Monday.",
            "Kim Sang-hoon",
        ),
        (
            "Director-General Lee Sang-hoon of the South Korean foreign ministry summoned a "
            "Chinese diplomat on Monday.",
            "Lee Sang-hoon",
        ),
        (
            "Park Sang-woo, South Korea's ambassador to Japan, was called in by Tokyo.",
            "Park Sang-woo",
        ),
    ],
)
def test_a_syllable_of_a_hyphenated_given_name_is_no_place(body, person):
    ex = _extract(body)
    assert person in _labels(ex, "Person")
    assert "Sang" not in _labels(ex, "Territory")


@pytest.mark.parametrize(
    "body",
    [
        "Foreign Secretary Asad Alam Siam summoned Myanmar's ambassador to Bangladesh on Tuesday.",
        "Myanmar's ambassador was summoned by Foreign Secretary Asad Alam Siam in Dhaka.",
        "Bangladeshi Foreign Secretary Asad Alam Siam said Myanmar had violated the border.",
    ],
)
def test_an_old_name_of_a_state_ending_a_titled_name_is_the_name(body):
    ex = _extract(body)
    assert "Asad Alam Siam" in _labels(ex, "Person")
    assert "Thailand" not in _labels(ex, "State")


def test_a_state_named_by_its_own_name_after_a_name_stays_a_state():
    ex = _extract("Beijing told Foreign Minister Li Wei Taiwan was part of China.")
    assert "Taiwan" in _labels(ex, "State") | _labels(ex, "Territory")
    assert not any("Taiwan" in p for p in _labels(ex, "Person"))


def test_a_place_joined_to_a_participle_stays_a_place():
    ex = _extract("Eastland accused the Russia-backed militia of seizing the Sang valley.")
    assert "Russia" in _labels(ex, "State")
    assert "Sang" in _labels(ex, "Territory")


@pytest.mark.parametrize(
    "later",
    [
        '"We will not accept facts on the ground," Hill told reporters.',
        "Hill said the treaty was clear.",
    ],
)
def test_a_double_surname_is_shortened_to_its_first(later):
    ex = _extract(
        f"Foreign Minister Alexandra Hill Tinoco said Westland had broken the treaty. {later}"
    )
    assert speaker_labels(ex) == {"Alexandra Hill Tinoco"}
    assert "Hill" not in _labels(ex, "Person")


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Armed forces chief Air Marshal Hadi Wiranto said warships had been deployed.",
            "Hadi Wiranto",
        ),
        ("Air Vice Marshal Prasert Wongsa said the jets had left the area.", "Prasert Wongsa"),
        (
            "Seoul summoned Minister-Counselor Zhou Lin of the Chinese embassy on Monday. "
            "Minister-Counselor Zhou replied that the Chinese side would verify the facts.",
            "Zhou Lin",
        ),
    ],
)
def test_a_rank_before_a_name_is_no_person(body, person):
    people = _labels(_extract(body), "Person")
    assert person in people
    assert not any(p.split()[0] in ("Air", "Minister-Counselor") for p in people)


@pytest.mark.parametrize(
    "body",
    [
        "Regional governor of Loreto Rene Chavez welcomed the agreement in a statement.",
        "The agreement was welcomed by the governor of Loreto Rene Chavez on Monday.",
    ],
)
def test_the_place_of_an_office_before_its_holder_is_no_word_of_the_name(body):
    people = _labels(_extract(body), "Person")
    assert "Rene Chavez" in people
    assert "Loreto Rene Chavez" not in people


def test_a_three_word_name_after_a_word_that_is_no_office_is_whole():
    people = _labels(_extract("The widow of Juan Carlos Perez said the land was his."), "Person")
    assert "Juan Carlos Perez" in people


def test_a_titled_lone_word_is_not_the_middle_of_a_name_before():
    """An Arabic middle name is a father's name, not a surname: "Crown Prince Abdullah" after
    "Ali Abdullah Saleh" is another man."""
    ex = _extract(
        "President Ali Abdullah Saleh, who met Crown Prince Abdullah in Riyadh in January, "
        "said relations were excellent."
    )
    assert {"Ali Abdullah Saleh", "Abdullah"} <= _labels(ex, "Person")


def test_a_portfolio_of_two_words_after_of_is_not_cut_to_a_name():
    people = _labels(
        _extract("Minister of Land Reform Utoni Nujoma told reporters the border was unfair."),
        "Person",
    )
    assert "Reform Utoni Nujoma" not in people
