"""Statements: words told before their tag, partly quoted (issue 12, round 33, speech53b).

'The minutes "confirm that the area is disputed", X wrote on Facebook': the quotation mark
between a subject and its verb leads the tagger to read a plural present verb ("confirm",
"prove") as a bare form, which the check for a demand's subjunctive ("demanded that Croatia
withdraw") took for a mandative, so the statement was dropped. A demand's clause follows its verb;
a complement told before its tag is what was said (rules/unasserted.py). A demand after its verb
is still no statement.

'X will hand the hamlets over, but only once Zagreb starts implementing the award, the government
said': the parser hangs the "once" clause on the tag and makes the tag a conjunct of the words
through "but", so the tag was taken for a second verb and nothing was said. A "but" right before
a clause hung on the tag joins that clause to the words (rules/tags.py words_hung_on_tag); a
"but" that joins two clauses of the words still leaves the tag after them.

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


CONDITIONED = [
    (
        "LJUBLJANA, Jan 15 (dpa) - Slovenia is prepared to hand the four hamlets over to Croatia, "
        "but only once Zagreb starts implementing the award, Slovenian Prime Minister Robert "
        "Golob said on Thursday.",
        "Slovenia is prepared to hand the four hamlets over to Croatia, but only once Zagreb",
    ),
    (  # another condition word, another verb
        "LJUBLJANA, Jan 15 (dpa) - Slovenia will return the two villages to Croatia, but only if "
        "Zagreb accepts the tribunal's line in the bay, Slovenian Prime Minister Robert Golob "
        "said on Thursday.",
        "Slovenia will return the two villages to Croatia, but only if Zagreb accepts",
    ),
    (  # other states, a body told by its seat
        "ASMARA, Jan 15 - Eritrea is ready to withdraw its troops from the village, but only "
        "once Ethiopia accepts the commission's map, the government in Asmara said on Monday.",
        "Eritrea is ready to withdraw its troops from the village, but only once Ethiopia",
    ),
    (  # "but" joining two clauses of the words: the tag after them as before
        "ZAGREB, Jan 15 - Slovenia will keep the villages, but Croatia has rejected the award, "
        "Croatian Foreign Minister Gordan Grlic Radman said.",
        "Slovenia will keep the villages, but Croatia has rejected the award",
    ),
]


@pytest.mark.parametrize(("text", "words"), CONDITIONED)
def test_a_condition_hung_on_the_tag_is_said(text: str, words: str) -> None:
    found = statement_labels(HEADLINE + text)
    assert any(w.startswith(words) for _, w in found), found
