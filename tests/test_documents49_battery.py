"""Signings and the meetings around them (issue 12, documents and meetings, round 29).

News tells a signing right after the meeting it closed: "A met his counterpart B in X on June 10.
They signed a memorandum on ... and agreed to hold a first meeting of an expert group in Y in
September". Two readings are tested:

- the group word ("They", "the two ministers") names those who met, so they sign beside the
  states they serve (the parties list holds both; a report may name either);
- a date inside what a joined verb plans ("agreed to hold talks in July") is that later event's,
  not the signing's; the signing keeps its own date, else the meeting's day.

States named as the subject sign alone, a signing denied is none, and "They" with no meeting
before names no people. Two readings of meetings follow: a summons that names no place was held in
the summoning state's capital, and a signing "at the close of a session" tells that those who signed
met there on that day. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import facts, signings

LEAD = "ACCRA, March 20, 2026 - "
MET = (
    "Ghana's Foreign Minister Samuel Ablakwa met his Togolese counterpart, Robert Dussey, "
    "in Lome on March 12. "
)
BOTH = {"Ghana", "Togo", "Samuel Ablakwa", "Robert Dussey"}
DAY = "2026-03-20"

AFTER_A_MEETING = [
    MET + "They signed a protocol on border markers and agreed to hold talks in Accra in July.",
    MET + "They signed a protocol on border markers.",
    MET + "The two ministers signed a memorandum on fisheries and agreed to meet again in October.",
    "Togolese Foreign Minister Robert Dussey met Ghana's Foreign Minister Samuel Ablakwa in Lome "
    "on March 12. They also signed an agreement on the lagoon and agreed to set up a commission "
    "in September.",
]


@pytest.mark.parametrize("text", AFTER_A_MEETING)
def test_those_who_met_sign_beside_their_states_on_the_meeting_day(text: str) -> None:
    assert (BOTH, "2026-03-12") in signings(LEAD + text, DAY)


def test_states_named_as_subject_sign_alone() -> None:
    text = LEAD + MET + "Ghana and Togo signed a protocol on border markers."
    assert signings(text, DAY) == [({"Ghana", "Togo"}, "2026-03-12")]


def test_a_signing_denied_is_none() -> None:
    text = LEAD + MET + "They did not sign the protocol on border markers."
    assert signings(text, DAY) == []


def test_they_with_no_meeting_names_no_people() -> None:
    text = (
        LEAD + "Ghana and Togo have quarrelled over the lagoon for years. They signed a protocol "
        "on border markers on Thursday."
    )
    found = signings(text, DAY)
    assert found and all(not parties & {"Samuel Ablakwa", "Robert Dussey"} for parties, _ in found)


def test_a_signing_keeps_its_own_date_beside_a_plan() -> None:
    text = LEAD + "Ghana and Togo signed a protocol in 2019 and agreed to hold a census in 2027."
    assert signings(text, DAY) == [({"Ghana", "Togo"}, "2019")]


# A summons that names no place is held at the summoning state's foreign ministry, in its capital
# (kg/ingest/nlp/rules/summons_places.py); a place the sentence gives wins, a meeting is no summons.
SUMMONS_LEAD = "ROME, Nov 5, 2026 - "
SUMMONED = [
    "Solomon Islands Foreign Minister Peter Shanel Agovaka summoned Papua New Guinea's acting high "
    "commissioner, Joseph Kaumi, on Monday.",
    "Papua New Guinea's acting high commissioner, Joseph Kaumi, was summoned on Monday by Solomon "
    "Islands Foreign Minister Peter Shanel Agovaka.",
    "On Monday, Solomon Islands Foreign Minister Peter Shanel Agovaka, who has called the post "
    "illegal, summoned Papua New Guinea's acting high commissioner, Joseph Kaumi.",
    "Foreign Minister Peter Shanel Agovaka summoned Papua New Guinea's acting high commissioner, "
    "Joseph Kaumi, on Monday. Agovaka, Solomon Islands' foreign minister, said the post must go.",
]


def _meetings(text: str) -> list[tuple[set[str], str | None]]:
    return [
        ({e.label for e in f.args["participants"]}, getattr(f.args.get("place"), "label", None))
        for f in facts(text, "2026-11-05")
        if f.rel == "meeting" and not f.negated
    ]


@pytest.mark.parametrize("text", SUMMONED)
def test_a_summons_is_held_in_the_summoners_capital(text: str) -> None:
    assert ({"Peter Shanel Agovaka", "Joseph Kaumi"}, "Honiara") in _meetings(SUMMONS_LEAD + text)


def test_a_summons_keeps_the_place_told() -> None:
    text = (
        SUMMONS_LEAD + "Bangladesh's Foreign Secretary Asad Alam Siam summoned Myanmar's "
        "ambassador Kyaw Soe Moe in Chittagong on Monday."
    )
    assert _meetings(text) == [({"Asad Alam Siam", "Kyaw Soe Moe"}, "Chittagong")]


def test_a_meeting_is_no_summons() -> None:
    text = (
        SUMMONS_LEAD + "Bangladesh's Foreign Secretary Asad Alam Siam met Myanmar's ambassador "
        "Kyaw Soe Moe on Monday."
    )
    assert _meetings(text) == [({"Asad Alam Siam", "Kyaw Soe Moe"}, None)]


# A signing at the close of a meeting tells the meeting: those who signed met, on the signing's day
# and in its city (kg/ingest/nlp/rules/signing_meetings.py); a signing denied or planned tells none.
CLOSING_LEAD = "QUITO, March 20, 2026 - "
CLOSED = [
    (
        "Ecuador and Colombia signed a protocol on the river islands on Thursday. The document was "
        "signed in Quito at the close of a two-day session of the joint border commission.",
        {"Ecuador", "Colombia"},
    ),
    (
        "At the end of a two-day meeting in Quito, Ecuador and Colombia signed a protocol on the "
        "river islands on Thursday.",
        {"Ecuador", "Colombia"},
    ),
    (
        "Ecuadorean Foreign Minister Gabriela Sommerfeld and her Colombian counterpart Luis Gilberto "
        "Murillo signed a memorandum in Quito on Thursday, at the end of a meeting of the bilateral "
        "commission.",
        {"Ecuador", "Colombia", "Gabriela Sommerfeld", "Luis Gilberto Murillo"},
    ),
]


def _met(text: str) -> list[tuple[set[str], str | None, str | None]]:
    return [
        (
            {e.label for e in f.args["participants"]},
            getattr(f.args.get("place"), "label", None),
            f.args.get("date"),
        )
        for f in facts(text, "2026-03-20")
        if f.rel == "meeting" and not f.negated
    ]


@pytest.mark.parametrize(("text", "who"), CLOSED)
def test_a_signing_at_the_close_of_a_meeting_tells_it(text: str, who: set[str]) -> None:
    assert (who, "Quito", "2026-03-19") in _met(CLOSING_LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador and Colombia did not sign the protocol at the close of the session in Quito on "
        "Thursday.",
        "Ecuador and Colombia will sign a protocol at the close of a session in Quito next week.",
        "Ecuador and Colombia signed a protocol on Thursday. The close of the session was marked "
        "by a dinner.",
    ],
)
def test_no_signing_at_a_close_tells_no_meeting(text: str) -> None:
    assert _met(CLOSING_LEAD + text) == []
