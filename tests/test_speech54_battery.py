"""Statements: "from" after a speaker's noun, and a presidency's account of its president (issue 12, round 34, speech54).

- "fishermen from Sori and Muhuru Bay reported that their boats had been impounded": the place
  after "from" is where the people come from, not a body whose words they carry, so no one the
  graph knows speaks (no statement of the place's government, nor of a state).
- What "from" still names: a text put out by a body ("a statement from the foreign ministry
  said", ``spoken_nouns`` of data/lexicon.yaml) and people who speak for a body ("officials from
  the defence ministry said", ``spokespeople``): the body speaks (rules/tag_speakers.issuers).
- "President X received Y at the palace, the presidency said": a bureau that serves one person
  tells of that person's deeds, no words of its own (rules/voices.head_narrated); the
  presidency's own words ('would be "a gesture of brotherhood", the presidency said') stay.

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


@pytest.mark.parametrize(
    "text",
    [
        "CAIRO, Nov. 24 (Xinhua) -- Egypt and Libya signed a border protocol on Tuesday. Egypt's "
        "President Abdel Fattah al-Sisi received the Libyan minister at Ittihadiya Palace later "
        "on Tuesday, the presidency said.",
        "N'DJAMENA, Nov 20 (AFP) - Chad summoned Libya's envoy on Thursday. President Mahamat "
        "Idriss Deby discussed the situation by telephone on Wednesday with Khalifa Haftar, the "
        "Chadian presidency said.",
        "LIBREVILLE, May 3 (AFP) - Gabon accepted the ruling on the islets. President Brice "
        "Oligui Nguema will travel to Malabo next week to sign the handover, the presidency said.",
    ],
)
def test_a_presidency_telling_of_its_president_says_nothing(text: str) -> None:
    found = statement_labels(HEADLINE + text)
    assert not [sp for sp, _ in found if sp.startswith("Presidency")], found


def test_a_presidency_speaking_for_itself_is_a_statement() -> None:
    found = statement_labels(
        HEADLINE + "LIBREVILLE, May 3 (AFP) - Gabon accepted the ruling on the islets. The "
        'handover of Mbanie would be "a gesture of brotherhood between two peoples", the '
        "Gabonese presidency said in a statement."
    )
    assert any(sp == "Presidency of Gabon" and w.startswith("The handover") for sp, w in found), (
        found
    )
