"""Adherence told by a verb the parser reads as a plural noun, or in a clause the parser hangs on
the clause after a semicolon (issue 12, round 36, handover56).

"Estonia abides by the 2014 treaty": spaCy tags "abides" (and "adheres" in some sentences) a
plural noun with the name as its compound, so the sentence has no verb and the adherence is lost.
kg.ingest.nlp.grammar.prep_verbs mends such a noun into the verb, with the name its subject, where
the noun's lemma is a verb of keeping to a document and its own preposition follows it ("abide by",
"comply with", "adhere to"). A negated one stays negated, and a plural noun of another word after a
name ("the Russia-Ukraine talks by the lake") is left a noun.

"Guyana has asked the court to uphold the 1899 award; Venezuela does not recognize the court's
jurisdiction": the parser hangs the first clause on the second verb as its content, so Guyana's
request was read under Venezuela's negation and lost. kg.ingest.nlp.grammar.semicolon_clauses
makes a clause with its own subject, ended by a semicolon, head the sentence; a clause negated in
its own words stays negated.

Sentences written for these tests (other states and documents than the articles').
"""

from __future__ import annotations

import pytest
from helpers import adherence

CASES = [
    pytest.param(
        "TALLINN, May 4 (Reuters) - Latvia abides by the 2007 border treaty.",
        ("Latvia", "border treaty of 2007"),
        id="plain",
    ),
    pytest.param(
        'RIGA, May 4 (Reuters) - "Latvia abides by the 2007 border treaty and will go on doing'
        ' so," Foreign Minister Baiba Braze said on Monday.',
        ("Latvia", "border treaty of 2007"),
        id="quoted-with-a-conjoined-verb",
    ),
    pytest.param(
        "LIMA, May 4 (Reuters) - Peru abides by the 1929 treaty with Chile, the foreign minister"
        " said on Tuesday.",
        ("Peru", "treaty of 1929"),
        id="before-a-speech-tag",
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_adherence_read_past_a_plural_misreading(text: str, want: tuple[str, str]) -> None:
    assert want in adherence(text)


def test_a_negated_adherence_is_no_adherence() -> None:
    text = "LIMA, May 4 (Reuters) - Chile never abides by the 1929 treaty, Peru said on Tuesday."
    assert not {p for p, _ in adherence(text)} & {"Chile", "Peru"}


def test_another_plural_after_a_name_stays_a_noun() -> None:
    text = "GENEVA, May 4 (Reuters) - The Russia-Ukraine talks by the lake ended on Monday."
    assert adherence(text) == set()


SEMICOLON_CASES = [
    pytest.param(
        "GEORGETOWN, May 4 (Reuters) - Belize has asked the International Court of Justice to"
        " uphold the 1859 treaty; Guatemala does not recognize the treaty's line.",
        ("Belize", "treaty of 1859"),
        id="a-negated-clause-after-the-semicolon",
    ),
    pytest.param(
        "MANAGUA, May 4 (Reuters) - Nicaragua urged the International Court of Justice on"
        " Monday to confirm the 1858 treaty; Costa Rica administers the disputed river bank.",
        ("Nicaragua", "treaty of 1858"),
        id="another-verb-after-the-semicolon",
    ),
]


@pytest.mark.parametrize(("text", "want"), SEMICOLON_CASES)
def test_a_clause_before_a_semicolon_is_its_own(text: str, want: tuple[str, str]) -> None:
    """ "A has asked the court to uphold X; B does not recognize ...": the parser hangs the first
    clause on the second verb as its content (grammar/semicolon_clauses.py mends it)."""
    assert want in adherence(text)


def test_a_clause_denied_within_its_own_sentence_stays_denied() -> None:
    text = (
        "GEORGETOWN, May 4 (Reuters) - Belize has not asked the International Court of Justice"
        " to uphold the 1859 treaty; Guatemala rejects the treaty's line."
    )
    assert ("Belize", "treaty of 1859") not in adherence(text)
