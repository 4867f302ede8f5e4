"""Statements: quoted words set inside the outlet's words of a naming or a demand (issue 12, round
31, speech51).

- 'rejected what he called Madrid's "recycled" claim', 'over what the ministry described as the
  "illegal installation" of a post', 'citing what it called Tokyo's "unfriendly" sanctions': a
  naming verb whose object the outlet words around the speaker's quoted words still tells those
  words as the speaker's, as 'called the accord "null and void"' does (h395, h413, h448, h453).
  Unquoted ("what he called a provocation") the naming stays the outlet's account.
- 'urged Islamabad not to use the crossing "as a means of pressure"', 'asked the ministry to raise
  the matter "at the highest level"': the quoted words of a demand are the speaker's though they
  do not open its clause (h360, h416); a quotation under another verb of saying inside the demand
  ('urged Seoul to withdraw the claim, calling it "unjust"') is that verb's, and what a note asks
  is read once, not again by its sender's rule (h409).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statement_labels

NAMED_INSIDE = [
    (
        "Gibraltar's Chief Minister Fabian Picardo on Monday rejected what he called Madrid's "
        '"recycled" claim to the Rock.',
        "Fabian Picardo",
        "recycled",
    ),
    (
        "Chad on Thursday summoned Libya's charge d'affaires over what N'Djamena described as the "
        '"illegal installation" of an armed post inside the Kouri Bougoudi area.',
        "Chad",
        "illegal installation",
    ),
    (
        "Russia stopped issuing fishing permits in 2025, citing what it called Tokyo's "
        '"unfriendly" sanctions.',
        "Russia",
        "unfriendly",
    ),
    (
        "Venezuelan Foreign Minister Yvan Gil denounced what he described as the "
        '"illegal and provocative" concession granted by Georgetown.',
        "Yvan Gil",
        "illegal and provocative",
    ),
    (
        'Colombia\'s foreign minister, Laura Sarabia, who called the decree a "grave affront" to '
        "the ruling, said the navy would stay.",
        "Laura Sarabia",
        "grave affront",
    ),
]


@pytest.mark.parametrize(("text", "who", "words"), NAMED_INSIDE)
def test_quoted_words_inside_a_naming_are_the_namers(text: str, who: str, words: str) -> None:
    said = statement_labels(HEADLINE + text)
    assert any(s == who and w.endswith(words) for s, w in said), said


def test_a_naming_in_the_outlets_words_is_no_statement() -> None:
    text = HEADLINE + "Picardo, Gibraltar's Chief Minister, rejected what he called a provocation."
    assert not statement_labels(text)


DEMANDED = [
    (
        "Afghanistan's acting commerce minister, Nooruddin Azizi, urged Islamabad earlier this "
        'month not to use the crossing "as a means of pressure".',
        "Nooruddin Azizi",
        "not to use the crossing as a means of pressure",
    ),
    (
        "Home Minister Rajendra Khadka has asked the foreign ministry to raise the matter "
        '"at the highest level."',
        "Rajendra Khadka",
        "to raise the matter at the highest level",
    ),
    (
        'Honduras called on Nicaragua to halt the patrols in the gulf "without further delay".',
        "Honduras",
        "to halt the patrols in the gulf without further delay",
    ),
]


@pytest.mark.parametrize(("text", "who", "words"), DEMANDED)
def test_quoted_words_inside_a_demand_are_the_demanders(text: str, who: str, words: str) -> None:
    said = statement_labels(HEADLINE + text)
    assert any(s == who and w.endswith(words) for s, w in said), said


def test_a_quotation_of_another_verb_inside_a_demand_is_that_verbs() -> None:
    said = statement_labels(
        HEADLINE + 'Japan urged Seoul to withdraw the claim, calling it "unjust".'
    )
    assert ("Japan", "unjust") in said, said
    assert not any(w.startswith("Seoul") or "withdraw" in w for _, w in said), said


def test_a_demand_in_the_outlets_words_is_no_statement() -> None:
    text = HEADLINE + "Honduras urged Nicaragua to halt the patrols in the gulf."
    assert not statement_labels(text)


def test_what_a_note_asks_is_read_once() -> None:
    text = HEADLINE + (
        "Rabat's Foreign Ministry summoned Spanish Ambassador Enrique Ojeda on Monday and handed "
        'him a verbal note. The note asks Madrid to halt the works "pending dialogue".'
    )
    said = [w for s, w in statement_labels(text) if s == "Morocco"]
    assert len([w for w in said if "halt the works" in w]) == 1, said


# A participle of saying after the whole object is the sentence's subject's, though the parser
# hung it inside a clause on that object (h445, h396).
SAYING_AFTER_OBJECT_CLAUSE = [
    (
        "Indonesia on Friday rejected a resolution filed in the Philippine House of "
        'Representatives that calls on Manila to "revisit" the status of Miangas, saying the '
        "question of sovereignty had been settled almost a century ago.",
        "Indonesia",
        "the question of sovereignty had been settled",
    ),
    (
        "Greece on Tuesday rejected a diplomatic note in which Turkey objected to a planned marine "
        "park around the island of Agathonisi, insisting that the sovereignty of the area was not "
        "up for discussion.",
        "Greece",
        "the sovereignty of the area was not up for discussion",
    ),
    (
        "Vietnam dismissed a map published by a Chinese agency that places the Paracel Islands "
        "inside China's line, saying the islands had belonged to Vietnam for centuries.",
        "Vietnam",
        "the islands had belonged to Vietnam",
    ),
]


@pytest.mark.parametrize(("text", "who", "words"), SAYING_AFTER_OBJECT_CLAUSE)
def test_saying_after_an_object_clause_is_the_subjects(text: str, who: str, words: str) -> None:
    said = statement_labels(HEADLINE + text)
    assert any(s == who and w.startswith(words) for s, w in said), said
    assert not any(s in ("Philippines", "Turkey", "China") for s, _ in said), said


# "His ministry said" after a minister: the ministry he heads, of his state (h409, h443).
HIS_MINISTRY = [
    (
        '"The Kerch Strait is not Russian waters," Ukrainian Foreign Minister Andrii Sybiha wrote '
        "on X. In a separate statement, his ministry said Kyiv would raise the decree at the IMO.",
        "Ministry of Foreign Affairs of Ukraine",
        "Kyiv would raise the decree at the IMO",
    ),
    (
        "Moroccan Foreign Minister Nasser Bourita has not commented. His ministry said in a brief "
        'statement that Morocco remained "attached to the 2022 roadmap".',
        "Ministry of Foreign Affairs of Morocco",
        "Morocco remained",
    ),
    (
        "Indian Defence Minister Rajnath Singh visited the post on Monday. His ministry said the "
        "troops would stay until the talks ended.",
        "Ministry of Defence of India",
        "the troops would stay",
    ),
]


@pytest.mark.parametrize(("text", "who", "words"), HIS_MINISTRY)
def test_his_ministry_is_the_one_the_minister_heads(text: str, who: str, words: str) -> None:
    said = statement_labels(HEADLINE + text)
    assert any(s == who and w.startswith(words) for s, w in said), said


def test_his_ministry_of_no_minister_is_no_speaker() -> None:
    text = HEADLINE + (
        "President Gustavo Petro visited the island on Monday. His ministry said the navy would "
        "stay."
    )
    assert not any(w.startswith("the navy") for _, w in statement_labels(text))


def test_a_naming_after_a_noun_of_speech_is_its_own() -> None:
    """ "a sharp reply from X, who rejected what he called ...": "reply" is a noun there, no verb
    of saying whose report would hold the naming (h453)."""
    text = HEADLINE + (
        "Gibraltar's Chief Minister Fabian Picardo spoke on Wednesday. Spain's claim drew a sharp "
        'reply from Picardo, who rejected what he called Madrid\'s "recycled" claim.'
    )
    assert ("Fabian Picardo", "recycled") in statement_labels(text)


def test_a_naming_inside_reported_words_is_no_statement_apart() -> None:
    text = HEADLINE + (
        "Russian Foreign Minister Sergei Lavrov said Moscow would respond to what he called "
        '"hostile actions" by Tokyo.'
    )
    said = statement_labels(text)
    assert not any(w == "hostile actions" for _, w in said), said
    assert any(s == "Sergey Lavrov" and w.startswith("Moscow would respond") for s, w in said), said
