"""Who met and where, as news words a meeting (issue 12, documents and meetings, round 31).

"A and B met in X" names both people who met in its subject; the parser often hangs the second
one's phrase oddly ("Foreign Minister A and her Ghanaian counterpart B met": A as the subject of
B's given name; "President A and Ghana's then-president B met": B under a state's possessive), so
the meeting read one person and none was told (rules/met_together.py reads every person the
subject names, through conjuncts, appositions, titles and possessors, not through a clause).
"Met X in the Ghanaian capital" is held in the capital of the state the phrase names
(rules/meeting_places.py, the gazetteer's capital). A group word a body's name qualifies ("the
African Union Peace Council defence ministers' meeting") names that body's members, not the pair last named. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import meetings_read

LEAD = "ACCRA, June 12, 2026 - Ghana and Togo have argued for months over the border villages. "
DAY = "2026-06-12"


def meetings(text: str) -> list[tuple[set[str], str | None, str | None]]:
    return meetings_read(LEAD + text, DAY)


PAIR = {"Kwame Osei", "Kodjo Adjovi"}

BOTH_IN_THE_SUBJECT = [
    "Ghanaian Foreign Minister Kwame Osei and Togolese Foreign Minister Kodjo Adjovi met in Lome on Wednesday.",
    "Ghanaian Foreign Minister Kwame Osei and his Togolese counterpart Kodjo Adjovi met in Lome on Wednesday.",
    "Foreign Minister Kwame Osei of Ghana and Togo's foreign minister Kodjo Adjovi met in Lome on Wednesday.",
    "Kwame Osei, Ghana's foreign minister, and Kodjo Adjovi, Togo's foreign minister, met in Lome on Wednesday.",
    "Ghana's Kwame Osei and his Togolese counterpart Kodjo Adjovi met in Lome on Wednesday and signed a memorandum.",
]


@pytest.mark.parametrize("text", BOTH_IN_THE_SUBJECT)
def test_people_the_subject_names_met(text: str) -> None:
    assert (PAIR, "Lomé", "2026-06-10") in meetings(text) or (
        PAIR,
        "Lome",
        "2026-06-10",
    ) in meetings(text)


CAPITALS = [
    "Ghanaian Foreign Minister Kwame Osei met Togolese Foreign Minister Kodjo Adjovi in the Togolese capital on Wednesday.",
    "Ghanaian Foreign Minister Kwame Osei met Togolese Foreign Minister Kodjo Adjovi in Togo's capital on Wednesday.",
]


@pytest.mark.parametrize("text", CAPITALS)
def test_the_capital_a_state_phrase_names_is_the_place(text: str) -> None:
    (who, place, date) = meetings(text)[0]
    assert who == PAIR and place in ("Lomé", "Lome") and date == "2026-06-10"


NO_PAIR = [
    # a person told of inside a clause of the subject did not meet the other there
    "Ghanaian Foreign Minister Kwame Osei, who has often criticised Kodjo Adjovi, met reporters in Lome on Wednesday.",
    # only planned
    "Ghanaian Foreign Minister Kwame Osei and his Togolese counterpart Kodjo Adjovi will meet in Lome next month.",
]


@pytest.mark.parametrize("text", NO_PAIR)
def test_no_meeting_of_the_pair(text: str) -> None:
    assert not any(who == PAIR for who, _, _ in meetings(text))


def test_a_meeting_with_someone_named_after_the_verb_is_unchanged() -> None:
    text = (
        "Ghanaian Foreign Minister Kwame Osei and his deputy Ama Mensah met Togolese Foreign "
        "Minister Kodjo Adjovi in Lome on Wednesday."
    )
    assert all("Kodjo Adjovi" in who for who, _, _ in meetings(text))


def test_a_bodys_members_meeting_is_not_the_pair_last_named() -> None:
    text = (
        "Ghana's delegation was led by Kwame Osei, while the Togolese side was headed by Kodjo "
        "Adjovi. Defence Minister Yaw Boateng is expected to meet his Togolese counterpart on the "
        "sidelines of the African Union Peace Council defence ministers' meeting in Abuja next "
        "month, sources said."
    )
    assert not any(place == "Abuja" for _, place, _ in meetings(text))


def test_the_two_ministers_still_stand_for_the_pair() -> None:
    text = (
        "Ghanaian Foreign Minister Kwame Osei and Togolese Foreign Minister Kodjo Adjovi arrived "
        "on Tuesday. The two ministers met in Lome on Wednesday."
    )
    assert any(who == PAIR for who, _, _ in meetings(text))
