"""Statements: a bare "the ministry said" after a title alone named the ministry (issue 12, round
31, second pass, speech51b).

- '"...," foreign ministry spokeswoman X told a briefing. ... The commission will meet in Y, the
  ministry said': wire copy names the ministry once, inside its spokesperson's title, and later
  lets "the ministry" speak. The ministry is the body the title names (its description is in the
  title's words), of the state whose capital the dateline names, as a ministry told only by "the
  foreign ministry" is (rules/actor_bodies.py); h445.
- Where no title (and no mention) named a ministry, "the ministry said" still finds no one: a
  minister's title ("Foreign Minister X") names no ministry.

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import statement_labels

TITLED = [
    (
        'LIMA, March 3 (Reuters) - "The sea boundary was settled by the court," foreign ministry '
        "spokeswoman Ana Ruiz told a briefing in Lima.\n\n"
        "The two countries' border commission will meet in Tacna on April 2, the ministry said.",
        "Ministry of Foreign Affairs of Peru",
        "The two countries' border commission will meet",
    ),
    (
        "SANTIAGO, May 9 (EFE) - Chile will not take part in the survey, foreign ministry "
        "spokesman Pedro Soto said on Friday.\n\n"
        "Chilean officials will instead visit the islets next month, the ministry said in a "
        "statement.",
        "Ministry of Foreign Affairs of Chile",
        "Chilean officials will instead visit the islets",
    ),
    (
        'ACCRA, June 4 (AFP) - "We will defend every metre of our waters," defence ministry '
        "spokesman Kofi Mensah said.\n\n"
        "According to the ministry, two patrol boats were sent to the area. Navy divers would "
        "follow, the ministry added.",
        "Ministry of Defence of Ghana",
        "Navy divers would follow",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), TITLED)
def test_bare_ministry_is_the_body_a_title_named(text: str, speaker: str, words: str) -> None:
    found = statement_labels("Border row\n\n" + text)
    assert any(sp == speaker and w.startswith(words) for sp, w in found), found


def test_a_ministers_title_names_no_ministry() -> None:
    text = (
        "Border row\n\nLIMA, March 3 (Reuters) - Foreign Minister Ana Ruiz said the boundary was "
        "settled.\n\nThe commission will meet in Tacna on April 2, the ministry said."
    )
    found = statement_labels(text)
    assert not any("Ministry" in sp for sp, _ in found), found


def test_the_body_of_a_title_of_another_kind_is_not_taken() -> None:
    """A defence ministry spokesman's title does not make "the embassy" his ministry."""
    text = (
        'Border row\n\nACCRA, June 4 (AFP) - "We will defend our waters," defence ministry '
        "spokesman Kofi Mensah said.\n\nThe patrols will go on, the embassy said."
    )
    found = statement_labels(text)
    assert not any(
        sp == "Ministry of Defence of Ghana" and w.startswith("The patrols") for sp, w in found
    ), found
