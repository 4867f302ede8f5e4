"""Speakers, offices and meetings of people (issue 12, twenty-fourth round, people44).

1. A group word of people that names no one told of ("Diplomats said", "diplomats in Doha said",
"which many diplomats saw as ...") was read as the people who had met just before, so their words
became a joint statement of the two ministers. Only a told group ("the two leaders", "both
ministers", "the ministers") stands for those who met. Seen in study articles of two batches
(h221, h249, h291). Sentences written for these tests, about disputes outside the never-read
batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statements

from kg.model import Entity

_MET = (
    "Slovenian Prime Minister Robert Golob met Croatian Prime Minister Andrej Plenkovic in "
    "Zagreb on Monday. "
)


def _joint_speakers(text: str) -> list[str]:
    """The words credited to two or more speakers together."""
    return [q for k, q in statements(HEADLINE + text) if isinstance(k, frozenset)]


# any of a kind: at the head of the sentence, placed, after a quantifier, set after the words,
# in a relative clause, another group noun
ANY_OF_A_KIND = [
    "Diplomats said the two sides had also reached an understanding on fishing rights.",
    "Diplomats in the region said the meeting could ease tension along the Dragonja river.",
    "The agreement, many diplomats said, would hold only if both parliaments approved it.",
    "The meeting could ease tension along the Dragonja river, envoys said.",
    "The talks produced a map that several diplomats described as a breakthrough.",
    "Negotiators said the commission would meet again in May.",
]


@pytest.mark.parametrize("sentence", ANY_OF_A_KIND)
def test_a_group_of_any_kind_is_not_who_met(sentence: str) -> None:
    assert _joint_speakers(_MET + sentence) == []


# told of: "the two leaders", "both ministers", "the leaders", tag before or after the words
TOLD = [
    ("The two leaders said the border question would be settled by talks.", "the border question"),
    ("Both ministers said the commission would meet again in May.", "the commission"),
    ("The border question would be settled by talks, the two leaders said.", "The border question"),
    ("The leaders said the commission would meet again in May.", "the commission"),
]


@pytest.mark.parametrize(("sentence", "words"), TOLD)
def test_a_told_group_is_who_met(sentence: str, words: str) -> None:
    said = statements(HEADLINE + _MET + sentence)
    assert any(isinstance(k, frozenset) and len(k) == 2 and q.startswith(words) for k, q in said), (
        said
    )


def _said(text: str) -> list[tuple[str, str]]:
    """(speaker label, words) of each statement read from ``text``."""
    from helpers import facts

    return [
        (f.args["speaker"].label, f.args["quote_start"])
        for f in facts(HEADLINE + text)
        if f.rel == "statement" and isinstance(f.args["speaker"], Entity)
    ]


# the name inside the reported words: "that" clause, clause set before the tag, a participle's
# clause, another naming verb, a passive reported clause
NESTED = [
    (
        'Nikolai Patrushev said that Moscow would respond to what he called "hostile actions".',
        "hostile actions",
    ),
    (
        'Moscow would respond to what he called "hostile actions", Nikolai Patrushev said.',
        "hostile actions",
    ),
    (
        "Premier Andrew Furey welcomed the protest, saying the province would not accept "
        'drilling on what he termed "our side of the line".',
        "our side of the line",
    ),
    (
        "Foreign Minister Nasser Bourita told parliament that talks would resume only if Spain "
        'ended what he labelled "unilateral gestures".',
        "unilateral gestures",
    ),
    (
        "Geng Shuang said the vessels had been sent to what he called "
        '"China\'s traditional fishing grounds" by the coast guard.',
        "China's traditional fishing grounds",
    ),
]


@pytest.mark.parametrize(("text", "name"), NESTED)
def test_a_name_inside_reported_words_is_not_said_apart(text: str, name: str) -> None:
    said = _said(text)
    assert said, said
    assert not any(q.strip('"') == name for _, q in said), said
    assert any(name in q for _, q in said), said


# the name beside the words, or the verb's own object: a statement of its own
BESIDE = [
    (
        'Ambassador MaryKay Carlson condemned what she called "dangerous and escalatory actions" '
        "and said Washington stood with its ally.",
        "dangerous and escalatory actions",
    ),
    (
        'President Ibrahim Solih said his government would respect the ruling, which he called "fair '
        'to both nations".',
        "fair to both nations",
    ),
    (
        "The foreign ministry in Seoul urged Tokyo to withdraw the claim, calling it "
        '"unjust and groundless".',
        "unjust and groundless",
    ),
]


@pytest.mark.parametrize(("text", "name"), BESIDE)
def test_a_name_beside_the_words_is_said(text: str, name: str) -> None:
    said = _said(text)
    assert any(q.strip('"') == name for _, q in said), said
