"""Statements: what a speech verb reports is a statement only where it asserts something of the
speaker's (issue 12, twenty-first round, speech41).

- A mandative subjunctive ("demanded that the accord be revised", "insists that Syria recognize the
  area") tells what the speaker wants done, not what it says is so: no statement. Seen in six
  articles of six batches (T9, T20, T22, T28, T46, T51) against one gold statement (dev).
- "according to a statement from the ministry", "according to officials": the outlet sources its
  own narration; no one's words (seven articles of six batches: T14, T23, T34 twice, T39, T40, T48).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import statement_labels

MANDATIVE = [
    "Slovenia demanded that Croatia withdraw its soldiers from the summit.",
    "Slovenia has demanded that Croatian soldiers be withdrawn from the summit.",
    "Iraq insisted on Monday that the 1975 accord be revised.",
    "Lebanon insists that Syria recognize the farms as Lebanese in writing.",
    "Seoul demanded on Tuesday that Tokyo immediately retract its claim to the islets.",
    "Peru, which has long disputed the line, proposed that the matter be referred to The Hague.",
    "Taro Kono demanded that Japan never give up the islands.",  # formerly a statement (test_speech)
]


@pytest.mark.parametrize("text", MANDATIVE)
def test_a_demand_in_the_subjunctive_is_no_statement(text: str) -> None:
    assert statement_labels(text) == []


REPORTED = [
    ("Slovenia said Croatia had withdrawn its soldiers from the summit.", "Slovenia", "withdrawn"),
    ("Iraq insisted on Monday that the 1975 accord must be revised.", "Iraq", "revised"),
    ("Japan insists that the islands are an inherent part of Japan.", "Japan", "inherent"),
    ("Slovenia said Croatia and Hungary share the blame for the incident.", "Slovenia", "blame"),
    ("Lebanon insists that Syria recognizes the farms as Lebanese.", "Lebanon", "farms"),
]


@pytest.mark.parametrize(("text", "speaker", "word"), REPORTED)
def test_a_reported_assertion_stays_a_statement(text: str, speaker: str, word: str) -> None:
    said = statement_labels(text)
    assert any(s == speaker and word in q for s, q in said), said


SOURCED = [
    "The villages were seized by Congolese troops, according to Zambian officials.",
    "According to Zambian officials, the villages were seized by Congolese troops.",
    "The accord was reached in Kathmandu on Thursday, according to a statement from Nepal's "
    "Ministry of Energy.",
    "India agreed to hand back the pass, according to papers released by the Ministry of External "
    "Affairs in 2015.",
    "According to a communique issued by the Chilean Foreign Ministry, the engineers reached an "
    "understanding on flow data.",
    # formerly read as the body's or the state's words (speech, speech2, speech3, speech19,
    # speech20, speechB, stmt28, orgs39b): no gold statement in the readable corpus nor a
    # never-read one matched these; seven readable and two never-read system facts were wrong
    "According to Bolivian officials, the talks had failed.",
    "The border was settled in 1957, according to a statement from Ghana's foreign ministry.",
    "The clash left two soldiers dead, according to Indian military sources.",
    "The troops had left the village, according to a Thai army statement.",
    "According to a senior Philippine coast guard official, two Chinese vessels fired water "
    "cannon at a supply boat.",
    "Japan would never give up the islands, according to a statement from the Japanese foreign "
    "ministry.",
    "According to a statement issued by the Japanese foreign ministry on Friday, Japan would never "
    "give up the islands.",
    "According to a statement from the Nepali foreign ministry, the new map reflects the country's "
    "historical boundaries.",
]


@pytest.mark.parametrize("text", SOURCED)
def test_according_to_a_document_or_officials_is_no_statement(text: str) -> None:
    assert statement_labels(text) == []


def test_according_to_a_ministry_stays_its_statement() -> None:
    said = statement_labels(
        "The accord must still be ratified by both parliaments, according to Angola's Ministry of "
        "Foreign Affairs."
    )
    assert any("Angola" in s and "ratified" in q for s, q in said), said


# -- "he" after a sentence whose subject is not the first person it names: the main clause's
# subject is the one talked of (three articles, two batches: T20, T34 twice)
PRONOUN_SPEAKER = [
    (
        "Colombian Foreign Minister Luis Gilberto Murillo visited Lima. In a letter to Murillo, "
        "Peru's Foreign Minister Javier Gonzalez-Olaechea said Lima stood by the protocol. "
        "Neither government has ever walked away from it, he wrote.",
        "Javier Gonzalez-Olaechea",
        "walked away",
    ),
    (
        "Colombian Foreign Minister Luis Gilberto Murillo visited Lima. Peru's Foreign Minister "
        "Javier Gonzalez-Olaechea, in a letter to Murillo, said Lima stood by the protocol. "
        "Neither government has ever walked away from it, he wrote.",
        "Javier Gonzalez-Olaechea",
        "walked away",
    ),
    (
        "Bolivian Foreign Minister Rogelio Mayta spoke on Monday. Chile's foreign minister, "
        "Antonia Urrejola, was invited to La Paz next month and has accepted, Mayta said. "
        '"Nobody here is giving up the river," he added.',
        "Rogelio Mayta",
        "giving up",
    ),
    (
        "Bolivian Foreign Minister Rogelio Mayta spoke on Monday. Mayta said Chile's foreign "
        "minister, Antonia Urrejola, had accepted an invitation to La Paz. "
        '"Nobody here is giving up the river," he added.',
        "Rogelio Mayta",
        "giving up",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "word"), PRONOUN_SPEAKER)
def test_he_is_the_main_clause_subject_before(text: str, speaker: str, word: str) -> None:
    said = statement_labels(text)
    assert any(s == speaker and word in q for s, q in said), said
