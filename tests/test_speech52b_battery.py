"""Statements: words told before a tag that reports the telling (issue 12, round 32, speech52b).

- "X told the envoy, Y, that the ships must leave, Japanese media reported": the small parser
  hangs both "told" and the that-clause on the tag "reported", so "told" had nothing of its own to
  say and the outlet only passes it on: no statement at all (h449). A clause opened by "that"
  right after the telling verb's own words is what was told (rules/said_clauses.said_before_tag).
- "said A, though she insisted that B": a speech verb in a concessive clause ("though",
  "although") with a subject of its own is a second statement beside the first, as one opened by
  "while" already was, not words inside A (rules/tags.said_beside; h446).
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


CONCEDED = [
    (
        "LIBREVILLE, May 4 (AFP) - Foreign Minister Marie Moussavou said Gabon respected the "
        "ruling in full, though she insisted that fishermen must keep access to the waters.",
        "Marie Moussavou",
        "fishermen must keep access to the waters",
    ),
    (
        "LIMA, May 4 (Reuters) - Prime Minister Ana Ruiz said Peru accepted the award, although "
        "she stressed that the fishing rights of Peruvians would be protected.",
        "Ana Ruiz",
        "the fishing rights of Peruvians would be protected",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CONCEDED)
def test_a_speech_verb_after_though_is_a_second_statement(
    text: str, speaker: str, words: str
) -> None:
    found = statement_labels(HEADLINE + text)
    assert (speaker, words) in found, found
    assert not any(w.endswith(words) and w != words for _, w in found), found
