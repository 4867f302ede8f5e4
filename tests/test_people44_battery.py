"""Speakers, offices and meetings of people (issue 12, twenty-fourth round, people44).

A group word of people that names no one told of ("Diplomats said", "diplomats in Doha said",
"which many diplomats saw as ...") was read as the people who had met just before, so their words
became a joint statement of the two ministers. Only a told group ("the two leaders", "both
ministers", "the ministers") stands for those who met. Seen in study articles of two batches
(h221, h249, h291). Sentences written for these tests, about disputes outside the never-read
batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statements

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
