"""Statements: "from" after a speaker's noun (issue 12, round 34, speech54).

- "fishermen from Sori and Muhuru Bay reported that their boats had been impounded": the place
  after "from" is where the people come from, not a body whose words they carry, so no one the
  graph knows speaks (no statement of the place's government, nor of a state).
- What "from" still names: a text put out by a body ("a statement from the foreign ministry
  said", ``spoken_nouns`` of data/lexicon.yaml) and people who speak for a body ("officials from
  the defence ministry said", ``spokespeople``): the body speaks (rules/tag_speakers.issuers).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statement_labels

FROM_PLACES = [
    "NAIROBI, May 14 (Xinhua) -- Kenya protested to Uganda on Wednesday, hours after fishermen "
    "from Sori and Muhuru Bay reported that their boats had been impounded.",
    "MANILA, May 2 (AP) - The Philippines lodged a protest with China after fishermen from "
    "Masinloc said a Chinese vessel had fired water cannon at their boats.",
    "DHAKA, Nov 3 (Reuters) - Bangladesh summoned Myanmar's envoy on Tuesday after villagers "
    "from Teknaf told reporters that soldiers had crossed the Naf River.",
    "PANAMA CITY, Jan 9 (EFE) - Residents from the Guna Yala region said the new border posts "
    "had cut them off from their fields.",
]


@pytest.mark.parametrize("text", FROM_PLACES)
def test_people_from_a_place_speak_for_no_body(text: str) -> None:
    found = statement_labels(HEADLINE + text)
    assert not [sp for sp, _ in found if sp not in ("Kenya", "Philippines", "Bangladesh")], found


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "NAIROBI, May 14 (Xinhua) -- Kenya protested to Uganda on Wednesday. A statement "
            "from the Kenyan foreign ministry said the note was delivered on Tuesday.",
            "Ministry of Foreign Affairs of Kenya",
            "the note was delivered on Tuesday",
        ),
        (
            "DHAKA, Nov 3 (Reuters) - Officials from Bangladesh's foreign ministry said the post "
            "stood on a char that belongs to Bangladesh.",
            "Ministry of Foreign Affairs of Bangladesh",
            "the post stood on a char that belongs to Bangladesh",
        ),
    ],
)
def test_a_text_or_an_official_from_a_body_is_the_bodys(
    text: str, speaker: str, words: str
) -> None:
    found = statement_labels(HEADLINE + text)
    assert (speaker, words) in found, found
