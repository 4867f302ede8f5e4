"""An objection told as the content of a message (issue 12, round 37, protests57b).

"Greece rejected a diplomatic note in which Turkey objected to a planned marine park": a note, a
letter or a message in which a state objects to something is a protest, as "sent a note objecting
to" is (study article h396 read only a rejection). Whom it protests against is the owner of what it
objects to ("Indian road building") or the one who turned the message down or received it.

- The protester is the subject of "objected"; what is protested is its to-phrase.
- "objected to the British plan" alone stays a rejection, no protest: nothing was sent.

Sentences written for these tests (other states and lands than the articles').
"""

from __future__ import annotations

from helpers import facts_by_label


def _protests(text: str) -> set[tuple[object, object]]:
    return {(f["party"], f["against"]) for f in facts_by_label(text, "protests")}


def test_note_rejected_by_its_receiver() -> None:
    text = (
        "Greece on Tuesday rejected a diplomatic note in which Turkey objected to a planned "
        "marine park around the Aegean island of Agathonisi."
    )
    assert _protests(text) == {("Turkey", "Greece")}


def test_note_dismissed_in_another_region() -> None:
    text = (
        "Tokyo on Monday dismissed a note in which Moscow objected to a Japanese survey off "
        "Shikotan."
    )
    assert ("Russia", "Japan") in _protests(text)


def test_letter_received_owner_of_the_deed() -> None:
    text = (
        "India received a letter in which China objected to Indian road building near the "
        "border in Ladakh."
    )
    assert _protests(text) == {("China", "India")}


def test_plain_objection_is_no_protest() -> None:
    text = "Argentina objected to the British plan to drill near the Falklands."
    assert _protests(text) == set()


def test_objection_in_a_speech_is_no_protest() -> None:
    text = (
        "Argentina issued a statement on Monday. In a speech in which the minister objected to "
        "the British plan, he called for talks."
    )
    assert _protests(text) == set()
