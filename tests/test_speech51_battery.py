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
