"""Quoted predicates whose subject stands outside the quotation (issue 12, round 33, handover53).

News quotes a stance verb and leaves its subject outside the marks: 'Peru "remains committed" to
the 1922 treaty', 'Ghana, like Togo, "fully respects the border fixed in 1914"', 'Riyadh "firmly
rejects" the decree'. The small parser, reading the opening mark, hangs the quotation as a bare
"dep" or an object and the verb loses its subject, so the adherence went unread. The parser now
reads such a sentence without the two marks (kg/ingest/nlp/parse.py, ``quoted_predicate_openers``
in data/lexicon.yaml: stance verbs and their adverbs only); the quotation itself is still found in
the text. A quoted name or noun phrase ('the "Blue Line"', 'called it "a betrayal"') and a quoted
copula keep their marks.

Also: a ratification in a temporal clause of the present ("signed a treaty ... once both
parliaments have ratified it") is still awaited, so no adherence (grammar/mood.py, ``awaiting``
in mood.yaml); one told in the past still is.

Sentences written for these tests (other states, lands and documents than the articles').
"""

from __future__ import annotations

import pytest
from helpers import adherence

from kg.ingest.nlp.parse import _parsed_text

QUOTED = [
    pytest.param(
        "LIMA, May 4 (Reuters) - Under a 1922 treaty signed in Lima, Peru and Colombia fixed"
        ' their border. Foreign Minister Ana Soto said Peru "remains committed" to that treaty.',
        [("Peru", "treaty of 1922")],
        id="short-quote-remains-committed",
    ),
    pytest.param(
        "ACCRA, May 4 (Reuters) - Ghana protested to Togo on Monday over a post on the Oti river."
        " The 1914 agreement between Britain and Germany drew the line along the river. A"
        ' spokesman said Ghana "fully respects the 1914 agreement," but that the post must go.',
        [("Ghana", "agreement of 1914")],
        id="adverb-opens-long-quote",
    ),
    pytest.param(
        "ASUNCION, May 4 (AFP) - Paraguay and Bolivia signed a boundary treaty in 1938."
        ' Asked about the dispute, the minister said Bolivia, like Paraguay, "remains bound by'
        ' the 1938 treaty," and would not reopen it.',
        [("Bolivia", "boundary treaty of 1938")],
        id="subject-before-aside-remains-bound",
    ),
    pytest.param(
        "DAKAR, May 4 (AFP) - Senegal and Gambia signed a border protocol in 1975. Officials"
        " said Gambia \u201cremains committed to the 1975 protocol\u201d and expects Senegal to do"
        " the same.",
        [("Gambia", "border protocol of 1975")],
        id="curly-quotes-remains-committed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_a_quoted_stance_keeps_its_subject(text: str, expected: list[tuple[str, str]]) -> None:
    found = adherence(text)
    for pair in expected:
        assert pair in found, found


@pytest.mark.parametrize(
    "text",
    [
        'He called the "shall transfer" clause vague, and said "we will see" later.',
        'Israel says the "Blue Line" is not the border.',
        'The island "is not up for negotiation," he said.',
        'Officials called the move "a betrayal" of the 1922 treaty.',
        'The minister said "respect" was owed to the 1922 treaty.',
    ],
)
def test_a_quoted_name_noun_or_copula_keeps_its_marks(text: str) -> None:
    assert _parsed_text(text) == text


def test_the_marks_become_spaces_and_offsets_stay() -> None:
    text = 'Quito said Ecuador "remains committed" to the 1998 accord.'
    read = _parsed_text(text)
    assert len(read) == len(text)
    assert '"' not in read
    assert read.split() == text.replace('"', "").split()


def test_a_quoted_rejection_is_no_adherence() -> None:
    text = (
        "DAKAR, May 4 (AFP) - Senegal and Gambia signed a border protocol in 1975. Officials"
        ' said Gambia "firmly rejects the 1975 protocol" and will not apply it.'
    )
    assert ("Gambia", "protocol of 1975") not in adherence(text)


# Ratification awaited: a temporal clause in the present tells a time to come, no deed
# (kg/ingest/nlp/grammar/mood.py, mood.yaml ``awaiting``): "signed a treaty ... once both
# parliaments have ratified it" binds no one by ratification yet; a ratification told in the past
# still does.
AWAITED = [
    pytest.param(
        "LIMA, May 4 (Reuters) - Peru and Ecuador on Monday signed a treaty that provides for the"
        " handover of Tiwinza to Ecuador once both countries' parliaments have ratified it.",
        id="present-perfect-once",
    ),
    pytest.param(
        "LIMA, May 4 (Reuters) - Peru and Ecuador on Monday signed a treaty. Tiwinza will pass to"
        " Ecuador after both parliaments ratify the treaty.",
        id="present-after",
    ),
]


@pytest.mark.parametrize("text", AWAITED)
def test_a_ratification_still_awaited_is_no_adherence(text: str) -> None:
    assert not any(d is not None and "treaty" in d for _, d in adherence(text))


def test_a_ratification_told_done_is_adherence() -> None:
    text = (
        "LIMA, May 4 (Reuters) - Peru and Ecuador signed a border treaty in March. Ecuador's"
        " parliament ratified the treaty on Monday, once the committee had approved it."
    )
    assert any(p == "Ecuador" and d is not None and "treaty" in d for p, d in adherence(text))
