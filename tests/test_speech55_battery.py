"""Statements: an official's words in a body's account, unnamed spokespeople told of by a pronoun,
"warned off", and a harbour that is no speaker (issue 12, round 35, speech55).

- "X, director-general of the ministry's bureau, told the envoy the flight was \"a violation\", the
  ministry said": a body's account of what its named official told someone reports his words, so
  the official said them (rules/official_words.py); the body's statement of the whole stays. A
  person's report of another's words ("Lavrov said Kono told him ...") and a pronoun's stay the
  outer speaker's.

- "A spokesperson for the British High Commission said ... \\"...,\\" she said": the pronoun is the
  unnamed spokesperson, whose words are the body's, never a person named paragraphs before
  (``person_epithets.unnamed`` of data/lexicon/references.yaml, read by epithets._indefinite).
- "According to the coast guard, the patrol ship was warning off the boats when ...": "warn off"
  drives ships away and says nothing, so the clause it heads is the coast guard's account, not a
  speech tag that would pass the words on (``particle_not`` of the statement verbs).
- "at Mare Harbour": a harbour is a place, never a person's name (data/lexicon.yaml non_name_words).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statement_labels

SPOKESPERSON = [
    (
        "PORT LOUIS, April 2 (Reuters) - Prime Minister Navin Ramgoolam told parliament on "
        "Tuesday that Mauritius would not accept any change to the payments.\n\n"
        "A spokesperson for the British High Commission in Port Louis said the letter had "
        'offered new options for the practical arrangements. "The United Kingdom remains fully '
        'committed to the treaty," she said.',
        "The United Kingdom remains fully committed to the treaty",
        "Navin Ramgoolam",
    ),
    (
        "ASUNCION, March 9 (AFP) - President Santiago Pena opened the new bridge on Monday.\n\n"
        "A spokesman for the Bolivian foreign ministry said the works had not been notified to "
        'La Paz. "We expect to be consulted before any structure is built on the river," he '
        "said.",
        "We expect to be consulted before any structure is built on the river",
        "Santiago Pena",
    ),
]


@pytest.mark.parametrize(("text", "words", "not_speaker"), SPOKESPERSON)
def test_pronoun_after_an_unnamed_spokesperson_is_not_the_last_named(
    text: str, words: str, not_speaker: str
) -> None:
    found = statement_labels(HEADLINE + text)
    speakers = [sp for sp, w in found if w.startswith(words)]
    assert speakers, found
    assert not_speaker not in speakers, found


def test_a_spokesperson_for_a_body_speaks_for_the_body() -> None:
    found = statement_labels(HEADLINE + SPOKESPERSON[0][0])
    assert (
        "High Commission of United Kingdom",
        "The United Kingdom remains fully committed to the treaty",
    ) in found, found


def test_a_pronoun_after_a_named_person_stays_that_person() -> None:
    text = (
        "PORT LOUIS, April 2 (Reuters) - A spokesperson for the British High Commission said the "
        "letter had offered new options.\n\nForeign Minister Dhananjay Ramful said Mauritius "
        'would study it. "We will not be rushed," he said.'
    )
    found = statement_labels(HEADLINE + text)
    assert ("Dhananjay Ramful", "We will not be rushed") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO, Sept 8 (Kyodo) - Japan has protested to North Korea. According to the Japan Coast "
        "Guard, the patrol ship Kaga was warning off about 30 squid boats on Sunday afternoon when "
        "a grey vessel approached to within 500 meters.",
        "MANILA, May 2 (AP) - The Philippines protested to China. According to the Philippine "
        "Coast Guard, the cutter Teresa Magbanua warned off two Chinese trawlers near the shoal "
        "on Friday.",
    ],
)
def test_warned_off_is_no_speech_tag(text: str) -> None:
    found = statement_labels(HEADLINE + text)
    assert any("Coast Guard" in sp and "warn" in w for sp, w in found), found


def test_warned_that_is_still_said() -> None:
    text = (
        "MANILA, May 2 (AP) - The Philippine Coast Guard warned that Chinese ships would be "
        "boarded if they entered the lagoon."
    )
    found = statement_labels(HEADLINE + text)
    assert any(w.startswith("Chinese ships would be boarded") for _, w in found), found


def test_a_harbour_is_no_speaker() -> None:
    text = (
        "BUENOS AIRES, April 2 (Reuters) - Argentina protested on Tuesday against the arrival of "
        'a British warship at Mare Harbour. "The UK has no doubt about its sovereignty," she said.'
    )
    found = statement_labels(HEADLINE + text)
    assert not [sp for sp, _ in found if "Harbour" in sp], found


OFFICIAL_TOLD = [
    (
        "TOKYO, May 3 (Kyodo) - Japan protested to China on Monday. Taro Sato, director-general of "
        "the Foreign Ministry's Asian Affairs Bureau, called the Chinese embassy's deputy chief of "
        'mission to the ministry late on Sunday and told him the patrol was "a grave violation of '
        'Japan\'s sovereignty" and "absolutely unacceptable", the ministry said in a statement.',
        "Taro Sato",
        "the patrol was a grave violation",
    ),
    (
        "TOKYO, May 3 (Kyodo) - Japan protested to China on Monday. Taro Sato, director-general of "
        "the Foreign Ministry's Asian Affairs Bureau, told the Chinese envoy that the patrol was "
        '"a grave violation of Japan\'s sovereignty", the ministry said in a statement.',
        "Taro Sato",
        "the patrol was a grave violation",
    ),
    (
        "TOKYO, May 3 (Reuters) - Japan's Foreign Ministry said in a statement that Taro Sato, its "
        "director-general for Asian affairs, had called a senior official at the Chinese Embassy "
        'and told him the patrols were "deeply regrettable".',
        "Taro Sato",
        "the patrols were deeply regrettable",
    ),
    (
        "SEOUL, Feb 23 (Yonhap) - South Korea's foreign ministry said Deputy Minister Park Yoon-joo "
        "told the Japanese ambassador on Monday that the ceremony was unacceptable.",
        "Park Yoon-joo",
        "the ceremony was unacceptable",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), OFFICIAL_TOLD)
def test_an_official_told_in_a_bodys_account_says_it(text: str, speaker: str, words: str) -> None:
    found = statement_labels(HEADLINE + text)
    assert any(sp == speaker and w.startswith(words) for sp, w in found), found


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, May 3 (TASS) - Foreign Minister Sergei Lavrov said Taro Kono told him the "
        "islands were Japanese.",
        "TOKYO, May 3 (Kyodo) - Japan protested to China. The ministry said he told the envoy "
        "that the patrol was illegal.",
    ],
)
def test_words_told_in_a_persons_report_or_by_a_pronoun_are_not_apart(text: str) -> None:
    found = statement_labels(HEADLINE + text)
    assert not [w for sp, w in found if sp == "Taro Kono" or w.startswith("the patrol was")], found


def test_the_minister_is_the_minister_who_acted_last() -> None:
    """ "X struck a more urgent tone. \"...,\" the minister said": the bare office is the minister
    who is the subject just before, not another one whose office the text worded "minister of
    ..." (kg/ingest/nlp/references._holder)."""
    text = (
        "HERAT, May 3 (AFP) - Iran and Afghanistan signed a water memorandum on Monday. It was "
        "signed by Iranian Energy Minister Abbas Aliabadi and Abdul Latif Mansoor, the acting "
        "minister of energy and water in Kabul. Mansoor told reporters the dam would stay open."
        '\n\nAliabadi struck a more urgent tone before flying back to Tehran. "Mashhad cannot '
        'wait for another dry summer," the minister said.'
    )
    found = statement_labels(HEADLINE + text)
    assert ("Abbas Aliabadi", "Mashhad cannot wait for another dry summer") in found, found
    assert ("Abdul Latif Mansoor", "the dam would stay open") in found, found
