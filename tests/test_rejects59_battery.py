"""rejects59: what drew a protest when the parser hangs its after-clause on an appended noun's
clause; a note verbale's day told by its delivery; a protest turned down on a later day is not dated
by the turning down; what drew a protest is the clause "a move that drew" it sums up."""

from __future__ import annotations

import pytest

from tests.helpers import facts_by_label


def _protests(text: str, published: str) -> list[dict[str, object]]:
    return facts_by_label(text, "protests", published=published)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "MANILA, Jan. 27 (Kyodo) - The Philippines lodged a diplomatic protest with China on "
            "Tuesday after Beijing published rules closing the reserve to all fishing, a move Manila "
            "said was aimed at driving fishermen away.",
            "Beijing published rules closing the reserve to all fishing",
        ),
        (
            "LIMA, Jan. 27 - Peru lodged a formal protest with Ecuador on Monday after Ecuadorian "
            "engineers built an embankment along the canal, a move officials in Lima said was "
            "designed to shift the border.",
            "Ecuadorian engineers built an embankment along the canal",
        ),
    ],
)
def test_an_after_clause_hung_on_an_appended_noun_is_what_drew_the_protest(
    text: str, subject: str
) -> None:
    assert [f["subject"] for f in _protests(text, "2026-01-27")] == [subject]


def test_an_after_clause_of_its_own_is_still_read() -> None:
    text = (
        "TOKYO, Jan. 27 - Japan lodged a protest with Russia on Tuesday after Moscow opened a new "
        "terminal at the airport on Iturup."
    )
    assert [f["subject"] for f in _protests(text, "2026-01-27")] == [
        "Moscow opened a new terminal at the airport on Iturup"
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "ATHENS, June 9 (dpa) - Greece on Tuesday rejected a diplomatic note in which Turkey "
            "objected to a planned marine park around the island of Agathonisi. The Turkish note "
            "verbale, delivered to the Greek embassy in Ankara on Friday, said the status of the "
            "islets had not been determined.",
            "2026-06-05",
        ),
        (
            "NICOSIA, June 9 - Cyprus on Tuesday rejected a note in which Turkey protested against "
            "a Cypriot survey off Paphos. The Turkish note verbale, handed to the Cypriot mission on "
            "Thursday, called the survey illegal.",
            "2026-06-04",
        ),
    ],
)
def test_a_note_verbale_is_dated_by_its_delivery(text: str, day: str) -> None:
    assert [f["date"] for f in _protests(text, "2026-06-09")] == [day]


def test_a_protest_turned_down_a_day_later_keeps_its_own_day() -> None:
    text = (
        "WINDHOEK, 5 February - Namibia has lodged a strong protest with Botswana after soldiers of "
        "the Botswana Defence Force arrested four Namibian fishermen on Situngu. Botswana's high "
        "commissioner was called in to the ministry on Tuesday, where an official handed her a "
        "diplomatic note. In a statement issued late on Wednesday, Botswana's foreign minister "
        "rejected the Namibian protest, saying Situngu is part of Botswana."
    )
    assert {f["date"] for f in _protests(text, "2026-02-05")} == {"2026-02-03"}


def test_the_day_of_the_turning_down_is_no_protests() -> None:
    text = (
        "HANOI, May 8 - Vietnam protested to China over the seizure of a fishing boat near the "
        "Paracels. On Wednesday Beijing dismissed Vietnam's protest as groundless."
    )
    assert "2026-05-06" not in {f.get("date") for f in _protests(text, "2026-05-08")}


def test_a_protest_lodged_on_a_day_of_its_own_keeps_it() -> None:
    text = "TOKYO, Oct. 7 - Russia on Monday dismissed a protest lodged by Japan on Friday over drills."
    assert {f["date"] for f in _protests(text, "2026-10-07")} == {"2026-10-02"}


@pytest.mark.parametrize(
    ("text", "party", "against", "subject"),
    [
        (
            "PHNOM PENH, Nov 4 (Kyodo) -- Thailand's cabinet has revoked a 2001 memorandum with "
            "Cambodia on the Gulf of Thailand, a move that drew a formal protest from Phnom Penh on "
            "Wednesday and put an end to two decades of talks.",
            "Cambodia",
            "Thailand",
            "Thailand's cabinet has revoked a 2001 memorandum with Cambodia on the Gulf of Thailand",
        ),
        (
            "TOKYO, Nov 4 - Russia has opened a new terminal at the airport on Iturup, a step that "
            "prompted a protest from Japan.",
            "Japan",
            "Russia",
            "Russia has opened a new terminal at the airport on Iturup",
        ),
    ],
)
def test_a_clause_an_appended_noun_sums_up_drew_the_protest(
    text: str, party: str, against: str, subject: str
) -> None:
    found = _protests(text, "2026-11-04")
    assert [(f["party"], f["against"], f["subject"]) for f in found] == [(party, against, subject)]


def test_a_relative_on_a_noun_of_its_own_tells_no_clause() -> None:
    text = (
        "TOKYO, Nov 4 - The visit to Iturup by Russian lawmakers, which drew an angry protest from "
        "Japan on Monday, lasted two days."
    )
    assert all("lasted" not in str(f.get("subject")) for f in _protests(text, "2026-11-04"))
