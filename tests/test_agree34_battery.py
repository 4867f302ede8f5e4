"""Who signed, and when an agreement told in the present perfect was made (issue 12, sixteenth
round, agree34).

Officials who sign a document are its signatories beside the states they serve ("signed by
foreign ministers A of X and B of Y"): seen in T13-T29 (h154, h155, h179, h186, h199, h201, h213,
h220-h222), whose gold names the officials where the text does. One state's official beside it is
no second side ("President X signed a decree"). A signing told by its states and again by its
officials is one signing. A perfect lede ("have reached a deal", "have signed an accord") dated to
the report's day takes the day the next sentence's signing gives (h213, h221, h222).
Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, signings

BOTH = {"Peru", "Chile", "Ana Torres", "Pablo Rojas"}

# (article, the date the signing must carry)
BY_OFFICIALS = [
    # passive, titles before the names
    (
        "The treaty was signed in Lima on Monday by Peruvian Foreign Minister Ana Torres and "
        "Chilean Foreign Minister Pablo Rojas.",
        "2020-05-04",
    ),
    # active
    (
        "Peruvian Foreign Minister Ana Torres and Chilean Foreign Minister Pablo Rojas signed the "
        "border treaty in Lima on Monday.",
        "2020-05-04",
    ),
    # titles after the names, "her counterpart"
    (
        "Ana Torres, Peru's foreign minister, and Pablo Rojas, her Chilean counterpart, signed "
        "the border treaty on Monday.",
        "2020-05-04",
    ),
    # a relative clause inside the subject
    (
        "The border treaty, which was signed on Monday by Peruvian Foreign Minister Ana Torres "
        "and Chilean Foreign Minister Pablo Rojas, fixes the sea line.",
        "2020-05-04",
    ),
    # another verb of the class
    (
        "The fisheries accord was inked on Monday by Peruvian Foreign Minister Ana Torres and "
        "Chilean Foreign Minister Pablo Rojas.",
        "2020-05-04",
    ),
]


@pytest.mark.parametrize("text, date", BY_OFFICIALS)
def test_officials_sign_beside_their_states(text, date):
    found = signings(text)
    assert (BOTH, date) in found, found


def test_one_states_official_is_no_second_side():
    assert signings("Chilean President Pablo Rojas signed a decree on Monday.") == []


def test_a_signing_told_by_states_then_by_officials_is_one():
    found = signings(
        "Peru and Chile on Tuesday signed an agreement that ends a border dispute. Ana Torres, "
        "Peru's foreign minister, and Pablo Rojas, her Chilean counterpart, put their signatures "
        "to the accord at a ceremony."
    )
    assert found and all(f == (BOTH, "2020-05-05") for f in found), found


def test_officials_told_after_their_states_signing_add_nothing_apart():
    found = signings(
        "Peru and Chile signed a fisheries accord in 1999. That accord, signed by foreign ministers "
        "Ana Torres and Pablo Rojas, set quotas."
    )
    assert found and all(p >= {"Peru", "Chile"} and d == "1999" for p, d in found), found


def _agreements(text: str, published: str) -> list[str | None]:
    return [f.args.get("date") for f in facts(text, published) if f.rel == "agreedTo"]  # type: ignore[misc]


# (article, its publication day, the day of the agreement and of its signing)
PERFECT = [
    (
        "Peru and Chile have reached a deal to reopen the border crossing, officials said on "
        "Tuesday. The agreement was signed on Monday by Peruvian Foreign Minister Ana Torres and "
        "Chilean Foreign Minister Pablo Rojas.",
        "2020-05-05",
        "2020-05-04",
    ),
    (
        "Peru and Chile have struck a deal on fishing. The deal was inked on Saturday by the two "
        "foreign ministers.",
        "2020-05-05",
        "2020-05-02",
    ),
]


@pytest.mark.parametrize("text, published, day", PERFECT)
def test_a_perfect_deal_is_of_its_signing_day(text, published, day):
    assert _agreements(text, published) == [day]
    assert {d for _, d in signings(text, published)} == {day}


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile have signed an accord on fishing, the Peruvian foreign ministry said on "
        "Tuesday. The accord, signed on Sunday in Lima, sets quotas.",
        "Peru and Chile have signed an accord on fishing. The accord was signed on Sunday in Lima "
        "by the two foreign ministers.",
    ],
)
def test_a_perfect_signing_is_of_the_day_the_next_sentence_gives(text):
    found = signings(text)
    assert found and {d for _, d in found} == {"2020-05-03"}, found


def test_a_signing_weeks_back_is_no_perfect_agreements_day():
    found = _agreements(
        "Peru and Chile have agreed to reopen the border crossing, officials said on Tuesday. A "
        "fisheries accord was signed on April 10 in Lima.",
        "2020-05-05",
    )
    assert found == ["2020-05-05"], found
