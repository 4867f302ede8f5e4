"""Compound titles of a place's head, and saying verbs joined inside a reported clause (issue 12,
round 37, titles57b).

- "Ontario's Lieutenant Governor, Edith Dumont, said ...": "Lieutenant Governor" is one office of
  the place before it; the rank word is no land ("Lieutenant" made a territory and a "Government
  of Lieutenant"), nor is it with the place ("Palawan Vice").
- "the ministry said that Kanai had called the envoy and told him ...": the second saying verb,
  joined to the first inside the reported clause, is said by that clause's subject, not by the
  ministry (h451).

Sentences written for these tests, in wire style, from several regions.
"""

from __future__ import annotations

import pytest
from helpers import entity_kinds, roles_read, statement_labels

#: (text, person, role words the holding must carry, a word of whose office it is)
COMPOUND = [
    (
        "Ontario's Lieutenant Governor, Edith Dumont, said on Monday that the province would not "
        "give up the islands.",
        "Edith Dumont",
        "lieutenant governor",
        "Ontario",
    ),
    (
        "The Lieutenant Governor of Ontario, Edith Dumont, said on Monday that the islands would "
        "stay Canadian.",
        "Edith Dumont",
        "lieutenant governor",
        "Ontario",
    ),
    (
        "Puducherry Lieutenant Governor K. Kailashnathan told reporters on Tuesday that the "
        "enclave was part of India.",
        "K. Kailashnathan",
        "lieutenant governor",
        "Puducherry",
    ),
    (
        "Nunavut's Lieutenant-Governor, Eva Aariak, said the Arctic islands were Canadian.",
        "Eva Aariak",
        "lieutenant",
        "Nunavut",
    ),
    (
        "Palawan Vice Governor Leoncio Ola said on Monday that Chinese vessels had blocked the shoal.",
        "Leoncio Ola",
        "governor",
        "Palawan",
    ),
    (
        "Maharashtra's Deputy Chief Minister, Devendra Fadnavis, said on Monday that the border "
        "villages would stay in the state.",
        "Devendra Fadnavis",
        "deputy chief minister",
        "Maharashtra",
    ),
    (
        "Okinawa's Acting Governor, Kiichiro Jahana, said on Friday that the base would not be "
        "moved.",
        "Kiichiro Jahana",
        "governor",
        "Okinawa",
    ),
    (
        "Ontario's Acting Premier, Sylvia Jones, said the province would not give up the islands.",
        "Sylvia Jones",
        "premier",
        "Ontario",
    ),
    (
        "Tasmania's Deputy Premier Guy Barnett said on Monday that the islands belong to the state.",
        "Guy Barnett",
        "deputy premier",
        "Tasmania",
    ),
    (
        "Sydney's Lord Mayor, Clover Moore, said on Monday that the islands belong to Australia.",
        "Clover Moore",
        "mayor",
        "Sydney",
    ),
    (
        "Cebu Vice Mayor Donaldo Hontiveros said on Monday that the islets belong to the city.",
        "Donaldo Hontiveros",
        "vice mayor",
        "Cebu",
    ),
]

#: Words of a compound title that must never be read as a land or a body's name.
RANKS = ("Lieutenant", "Vice", "Deputy", "Acting", "Lord", "Lt")


@pytest.mark.parametrize(("text", "person", "role", "place"), COMPOUND)
def test_a_compound_title_is_one_office_of_the_place(
    text: str, person: str, role: str, place: str
) -> None:
    held = roles_read(text).get(person, set())
    assert any(
        role in words.lower() and (place in of or place.lower() in words.lower())
        for words, of in held
    ), held  # the place owns the office, or names it ("governor of Okinawa", of Japan)


@pytest.mark.parametrize(("text", "person", "role", "place"), COMPOUND)
def test_the_rank_word_is_no_land(text: str, person: str, role: str, place: str) -> None:
    kinds = entity_kinds(text)
    assert not [
        label for label in kinds if any(r in label.split() for r in RANKS) and label != person
    ], kinds


#: Titles the gazetteer already read whole: they keep their owner.
KEPT = [
    (
        "Canada's Governor General, Mary Simon, said on Monday that the Arctic islands belong to "
        "Canada.",
        "Mary Simon",
        "governor general",
        "Canada",
    ),
    (
        "Japan's Deputy Prime Minister, Taro Aso, said on Monday that the Senkaku Islands belong "
        "to Japan.",
        "Taro Aso",
        "deputy prime minister",
        "Japan",
    ),
    (
        "Sabah's Chief Minister, Hajiji Noor, said on Monday that the Philippines had no claim to "
        "Sabah.",
        "Hajiji Noor",
        "chief minister",
        "Sabah",
    ),
    (
        "Yukon Premier Ranj Pillai said on Monday that the Beaufort Sea boundary was settled.",
        "Ranj Pillai",
        "premier",
        "Yukon",
    ),
]


@pytest.mark.parametrize(("text", "person", "role", "place"), KEPT)
def test_known_titles_keep_their_owner(text: str, person: str, role: str, place: str) -> None:
    held = roles_read(text).get(person, set())
    assert any(
        role in words.lower() and (place in of or place.lower() in words.lower())
        for words, of in held
    ), held  # the place owns the office, or names it ("governor of Okinawa", of Japan)


#: (text, who tells the words, the words' first words, who must not be credited with them)
TOLD_BACK = [
    (
        "The Foreign Ministry said in a statement that Gustavo Pereira, its director of "
        "sovereignty affairs, had summoned the British charge d'affaires and told her the "
        "exercises were a provocation.",
        "Gustavo Pereira",
        "the exercises were a provocation",
        "Foreign Ministry",
    ),
    (
        "China's foreign ministry said that Liu Jinsong, director-general of its Asian affairs "
        "department, had met the Philippine envoy and warned him that the shoal was Chinese "
        "territory.",
        "Liu Jinsong",
        "the shoal was Chinese territory",
        "Chinese Ministry of Foreign Affairs",
    ),
    (
        "Japan's Foreign Ministry said that Kenji Sato, its director-general for European "
        "affairs, had called the Russian ambassador and told him the patrols were unacceptable.",
        "Kenji Sato",
        "the patrols were unacceptable",
        "Japanese Ministry of Foreign Affairs",
    ),
]


@pytest.mark.parametrize(("text", "teller", "words", "not_teller"), TOLD_BACK)
def test_a_verb_joined_inside_the_report_is_its_own_subjects(
    text: str, teller: str, words: str, not_teller: str
) -> None:
    said = statement_labels(text)
    assert any(s == teller and w.startswith(words) for s, w in said), said
    assert not any(s == not_teller and w.startswith(words) for s, w in said), said


#: The reporting speaker's second verb stays the speaker's: no "had" shared, no hearer told back.
ADDED = [
    (
        "Maduro said Guyana had violated the Geneva Agreement and added that Venezuela would "
        "never accept the award.",
        "Nicolás Maduro",
        "Venezuela would never accept the award",
    ),
    (
        "Lavrov said the talks had stalled and told reporters that Moscow would not hand over "
        "the islands.",
        "Sergey Lavrov",
        "Moscow would not hand over the islands",
    ),
    (
        "Venezuela's foreign ministry said the ruling was void and added that Caracas would "
        "never accept it.",
        "Ministry of Foreign Affairs of Venezuela",
        "Caracas would never accept it",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ADDED)
def test_the_speakers_second_verb_stays_the_speakers(text: str, speaker: str, words: str) -> None:
    said = statement_labels(text)
    assert (speaker, words) in said, said
