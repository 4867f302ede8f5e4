"""Speech tags beside what was said, a battery of issue 12 (people43). Sentences written for this
test in wire style, none copied from an article.

The reading: where the words said stand before the tag ('"...," X said', "A ..., X said") and the
parser also made a participle or a subordinate clause set off after the tag by a comma a complement
of the verb ("X said in a statement, echoing remarks made by Y", "X said on Tuesday, as Moscow
shrinks its presence", "X said, repeating ..."), what X said is the words before the tag; the
clause after the comma tells what went with the saying, not what was said
(``said_clauses.said_after``). A clause after the tag opened by "that" is still what was said.

A verb that puts a case ("argued that A and that B", "held", "reiterated", "replied":
``argued_whole`` of data/lexicon.yaml) says one thing, its grounds together; "said that A and that
B" still tells each clause apart as well (``rules.said_twice``).
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statements

KONO, LAVROV, ORBAN = "person/taro-kono", "person/sergey-lavrov", "person/viktor-orban"

_ASIDES = [
    ", echoing remarks made a day earlier by Prime Minister Fumio Kishida",
    ", as Tokyo prepares for a new round of talks with Moscow",
    ", repeating a position held since 1956",
    ", while Moscow said the islands were Russian",
]


def _words(text: str, speaker: str) -> list[str]:
    return [q for k, q in statements(HEADLINE + text) if k == speaker]


@pytest.mark.parametrize("aside", _ASIDES, ids=["echoing", "as", "repeating", "while"])
@pytest.mark.parametrize(
    "frame",
    [
        "Japan will never give up its claim to the islands, Foreign Minister Taro Kono said{}.",
        "Japan will never give up its claim to the islands, Foreign Minister Taro Kono said in a"
        " statement on Tuesday{}.",
        '"Japan will never give up its claim to the islands," Foreign Minister Taro Kono told'
        " reporters in Tokyo{}.",
    ],
    ids=["bare", "adjunct", "quoted"],
)
def test_the_words_before_the_tag_are_what_was_said(frame: str, aside: str) -> None:
    words = _words(frame.format(aside), KONO)
    assert words and all(w.startswith("Japan will never give up") for w in words), words


@pytest.mark.parametrize(
    "text, speaker, first",
    [
        (
            '"We will not give up a single inch," Foreign Minister Sergey Lavrov said, echoing'
            " remarks President Vladimir Putin made last week.",
            LAVROV,
            "We will not give up",
        ),
        (
            '"Sopron is the most faithful town," Prime Minister Viktor Orban said, repeating the'
            " title the Hungarian parliament gave it in 1922.",
            ORBAN,
            "Sopron is the most faithful town",
        ),
    ],
    ids=["lavrov", "orban"],
)
def test_a_participle_after_a_quotation_is_no_statement(text: str, speaker: str, first: str):
    words = _words(text, speaker)
    assert words and all(w.startswith(first) for w in words), words


def test_a_that_clause_after_the_tag_is_still_said() -> None:
    text = (
        "Foreign Minister Taro Kono told the Russian ambassador, in a meeting on Friday, that Japan"
        " would not accept the visit."
    )
    assert any(w.startswith("Japan would not accept") for w in _words(text, KONO))


def test_a_clause_said_after_its_own_tag_stays_the_speakers() -> None:
    text = "Moscow rejects the protest, Foreign Minister Taro Kono says the islands are Japanese."
    assert any(w.startswith("the islands are Japanese") for w in _words(text, KONO))


PAKISTAN = "state/pakistan"
_CASES = [
    "Pakistan argued that the Rann was a landlocked sea and that the border should run through"
    " its middle.",
    "Pakistan has long argued that the Rann was a landlocked sea, and that the border should run"
    " through its middle.",
    "Pakistan held that the Rann was a landlocked sea and that the border should run through its"
    " middle.",
    "Pakistan, in a note to the tribunal, reiterated that the Rann was a landlocked sea and that"
    " the border should run through its middle.",
    "Pakistan replied that the Rann was a landlocked sea but that the border should run through"
    " its middle.",
]


@pytest.mark.parametrize("text", _CASES, ids=["argued", "comma", "held", "reiterated", "replied"])
def test_a_case_argued_is_one_statement(text: str) -> None:
    words = _words(text, PAKISTAN)
    assert words and all(w.startswith("the Rann was a landlocked sea") for w in words), words


def test_two_things_said_are_each_read() -> None:
    text = (
        "Pakistan said that the Rann was a landlocked sea and that the border should run through"
        " its middle."
    )
    words = _words(text, PAKISTAN)
    assert any(w.startswith("the Rann") for w in words), words
    assert any(w.startswith("the border should run") for w in words), words
