"""Statements: words told before their tag, partly quoted (issue 12, round 33, speech53b).

'The minutes "confirm that the area is disputed", X wrote on Facebook': the quotation mark
between a subject and its verb leads the tagger to read a plural present verb ("confirm",
"prove") as a bare form, which the check for a demand's subjunctive ("demanded that Croatia
withdraw") took for a mandative, so the statement was dropped. A demand's clause follows its verb;
a complement told before its tag is what was said (rules/unasserted.py). A demand after its verb
is still no statement.

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statement_labels

FRONTED = [
    (
        'PHNOM PENH, July 27 - The signed minutes "confirm that the temple area is disputed and '
        'must be settled by law", Cambodian Foreign Minister Prak Sokhonn wrote on Facebook.',
        "Prak Sokhonn",
        "confirm that the temple area is disputed",
    ),
    (
        'LIMA, May 2 - The old maps "prove that the islands were always Peruvian," Peruvian '
        "Foreign Minister Elmer Schialer told reporters on Tuesday.",
        "Elmer Schialer",
        "prove that the islands were always Peruvian",
    ),
    (  # another verb, a title after the name
        'BAKU, May 2 (AP) - The new border posts "stand on Azerbaijani soil," Hikmet Hajiyev, '
        "the Azerbaijani presidential aide, said.",
        "Hikmet Hajiyev",
        "stand on Azerbaijani soil",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FRONTED)
def test_words_told_before_their_tag_are_said(text: str, speaker: str, words: str) -> None:
    found = statement_labels(HEADLINE + text)
    assert any(sp == speaker and words in w for sp, w in found), found


@pytest.mark.parametrize(
    "text",
    [
        "ZAGREB, May 2 - Slovenian Foreign Minister Tanja Fajon demanded that Croatia withdraw "
        "its police from the bay.",
        "ZAGREB, May 2 - Slovenia demanded on Tuesday that the accord be revised before any "
        "vote in parliament.",
    ],
)
def test_a_demand_after_its_verb_is_no_statement(text: str) -> None:
    assert statement_labels(HEADLINE + text) == []
