"""A bureau, department or office of a ministry is a unit of it: its head holds an office of the
ministry, titled by the unit (issue 12, round 39, offices59).

"X, director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau": the capitalised
"of the Foreign Ministry" was taken for the office's portfolio, the title cut there ("director
general of the foreign ministry") and the holding given to the bureau. A possessive before the unit
names its whole: the ministry (whose state the phrase or the article gives) or the government ("the
Serbian government's Office for ...": Serbia's). A body a state or a capital owns in its own name
("Beijing's Taiwan Affairs Office") stays the owner.

Sentences written for these tests (other people and bureaus than the study articles).
"""

from __future__ import annotations

import pytest
from helpers import facts, label

# (text, person, words the role keeps, the owner's label)
HELD: list[tuple[str, str, str, str]] = [
    (
        "TOKYO, March 3 (Kyodo) - Takeshi Ono, director-general of the Foreign Ministry's "
        "European Affairs Bureau, lodged the protest by telephone on Tuesday.",
        "Takeshi Ono",
        "European Affairs Bureau",
        "Japanese Ministry of Foreign Affairs",
    ),
    (
        "SEOUL, May 3 (Yonhap) -- Kim Ji-hoon, director-general of the foreign ministry's "
        "Northeast Asian Affairs Bureau, summoned a Japanese diplomat on Friday.",
        "Kim Ji-hoon",
        "Northeast Asian Affairs Bureau",
        "Ministry of Foreign Affairs of South Korea",
    ),
    (
        "BEIJING (Reuters) - Li Wei, director-general of the Chinese foreign ministry's "
        "Department of Treaty and Law, met the delegation on Monday.",
        "Li Wei",
        "Department of Treaty and Law",
        "Chinese Ministry of Foreign Affairs",
    ),
    (
        "BELGRADE (AP) - Milan Jovic, director of the Serbian government's Office for Kosovo "
        "and Metohija, rejected the opening of the crossing.",
        "Milan Jovic",
        "Office for Kosovo and Metohija",
        "Serbia",
    ),
]


def _held(text: str) -> dict[str, tuple[str, str | None]]:
    return {
        f.args["person"].label: (f.args["role"], label(f.args.get("of")))
        for f in facts(text)
        if f.rel == "holdsRole" and not f.negated
    }


@pytest.mark.parametrize(("text", "person", "unit", "owner"), HELD)
def test_a_units_head_holds_an_office_of_its_ministry(text, person, unit, owner):
    role, of = _held(text)[person]
    assert unit in role, role
    assert of == owner


def test_a_body_a_capital_names_stays_the_owner():
    held = _held(
        "TAIPEI (Reuters) - Zhu Fenglian, a spokeswoman for Beijing's Taiwan Affairs Office, "
        "said the island was part of China."
    )
    role, of = held["Zhu Fenglian"]
    assert of == "Taiwan Affairs Office"
