"""Statements: words told before a tag that reports the telling (issue 12, round 32, speech52b).

- "X told the envoy, Y, that the ships must leave, Japanese media reported": the small parser
  hangs both "told" and the that-clause on the tag "reported", so "told" had nothing of its own to
  say and the outlet only passes it on: no statement at all (h449). A clause opened by "that"
  right after the telling verb's own words is what was told (rules/said_clauses.said_before_tag).
- Not read: a clause the tag's subject says about an act that is no speech ("X met the envoy,
  and the talks ran late, NHK reported" gives X no words).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statement_labels

TOLD_BEFORE_TAG = [
    (
        "TOKYO, May 4 (Kyodo) - Vice Foreign Minister Keiichi Ono told the acting ambassador of "
        "South Korea, Kim Min-soo, that the survey ship had to turn back at once, the Yomiuri "
        "newspaper reported on Monday.",
        "Keiichi Ono",
        "the survey ship had to turn back at once",
    ),
    (
        "TOKYO, May 4 (Kyodo) - The ministry's Asia chief, Hiroshi Sato, informed the Chinese "
        "charge d'affaires, Yang Yu, that Tokyo could not accept the buoy, public broadcaster NHK "
        "reported.",
        "Hiroshi Sato",
        "Tokyo could not accept the buoy",
    ),
    (
        "MANILA, Feb 2 (AP) - Maria Santos, head of the maritime office, told the "
        "Chinese deputy chief of mission at the embassy in Manila, Li Wen, that the cutter must "
        '"leave the shoal", local media reported.',
        "Maria Santos",
        "the cutter must",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), TOLD_BEFORE_TAG)
def test_words_told_before_a_reporting_tag(text: str, speaker: str, words: str) -> None:
    found = statement_labels(HEADLINE + text)
    assert any(sp == speaker and w.startswith(words) for sp, w in found), found


def test_an_act_before_the_tag_is_not_said() -> None:
    found = statement_labels(
        HEADLINE + "TOKYO, May 4 (Kyodo) - Hiroshi Sato met the Chinese envoy, Yang Yu, on "
        "Friday, and the talks ran late, NHK reported."
    )
    assert not any(sp == "Hiroshi Sato" for sp, _ in found), found
