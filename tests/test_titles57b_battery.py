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
from helpers import entity_kinds, roles_read

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
    assert any(role in words.lower() and place in of for words, of in held), held


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
    assert any(role in words.lower() and place in of for words, of in held), held
