"""Statements: words told through a noun of saying (issue 12, round 33, speech53).

- "rejected a statement by Defence Minister X that troops would stay", "the claim made by KCNA
  that A and that B", "the assertion, made by Ethiopian officials, that ...": the that-clause of a
  noun of saying is what the by-phrase's maker said (rules/said_nouns.py; data/lexicon.yaml
  said_nouns). Not read: a possessive alone ("Suriname's argument that ..."), a claim with no
  maker named, and a statement the speech verb's own words are put in ("stressed in a statement
  that the claim is rejected by Japan": no statement by Japan).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statement_labels

SAID_NOUNS = [
    (
        "DAMASCUS, Aug 20 (Reuters) - Syria on Thursday rejected a statement by Israeli Defence "
        "Minister Israel Katz that Israeli troops would stay on the summit of Mount Hermon, "
        "calling it a violation of the 1974 agreement.",
        "Israel Katz",
        "Israeli troops would stay on the summit of Mount Hermon",
    ),
    (
        "ASMARA, Nov 28 - The Government of Eritrea rejects the assertion, made by Ethiopian "
        "officials on 25 November, that the Alitena area must be shared before any transfer.",
        "Ethiopia",
        "the Alitena area must be shared before any transfer",
    ),
    (
        "MANILA, May 2 (AP) - The Philippines rejected a claim by Chinese Foreign Ministry "
        "spokesperson Mao Ning that the shoal has always belonged to China.",
        "Mao Ning",
        "the shoal has always belonged to China",
    ),
    (  # another noun of the class, the title after the name
        "BAKU, May 2 (AP) - Armenia dismissed a warning by Hikmet Hajiyev, the Azerbaijani "
        "presidential aide, that the talks would collapse without a new map.",
        "Hikmet Hajiyev",
        "the talks would collapse without a new map",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), SAID_NOUNS)
def test_a_noun_of_saying_tells_its_makers_words(text: str, speaker: str, words: str) -> None:
    found = statement_labels(HEADLINE + text)
    assert (speaker, words) in found, found


def test_two_clauses_of_one_claim() -> None:
    found = statement_labels(
        HEADLINE + "SEOUL, Sept 22 (Yonhap) - The Government also rejects the claim made by "
        "North Korea's Korean Central News Agency (KCNA) on September 20 that the estuary "
        "belongs entirely to the North and that the joint police team would be a provocation."
    )
    words = [w for sp, w in found if sp.startswith("Korean Central News Agency")]
    assert "the estuary belongs entirely to the North" in words, found
    assert "the joint police team would be a provocation" in words, found


NO_MAKER = [
    (  # a possessive alone: a court's summary of a case
        "THE HAGUE, May 2 (AP) - The tribunal rejected Suriname's argument that the boundary "
        "should run along a bearing of 10 degrees.",
        "the boundary should run",
    ),
    (  # no maker named
        "LIMA, May 2 (AP) - Peru rejected the claim that the islet lies on the Chilean side.",
        "the islet lies",
    ),
]


@pytest.mark.parametrize(("text", "words"), NO_MAKER)
def test_no_maker_no_statement(text: str, words: str) -> None:
    found = statement_labels(HEADLINE + text)
    assert not any(w.startswith(words) for _, w in found), found


def test_the_medium_of_a_speech_verb_names_no_maker() -> None:
    found = statement_labels(
        HEADLINE + "TOKYO, May 2 (Kyodo) - Foreign Minister Taro Kono stressed in a statement "
        "that the claim to the islands is rejected by Japan."
    )
    assert [sp for sp, _ in found] == ["Taro Kono"], found
