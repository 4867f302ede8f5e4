"""Adherence told by a request to a court, and a promise's condition told on past a comma (issue 12,
round 35, handover55).

A side in a case before a court tells that it holds a document valid by asking the court to
uphold it: "Guyana urged the International Court of Justice to uphold the 1899 arbitral award",
"has asked the court to uphold the award". The infinitive is asked of the court, so its own
subject is the court; the one who asks (the ``asker`` of an adheresTo trigger in
data/lexicon/relations.yaml) adheres to the document, but only where the one asked is a court
(rules/trigger_words.asked_of_court): a state asked to honour a document is a demand of it
("urged Japan to honour the communique"), which tells no adherence of the asker nor of the
state asked. A denied request tells none either.

Sentences written for these tests (other states and documents than the articles').
"""

from __future__ import annotations

import pytest
from helpers import adherence, promises

CASES = [
    pytest.param(
        "THE HAGUE, May 4 (Reuters) - Belize urged the International Court of Justice on"
        " Tuesday to uphold the 1859 treaty that fixed its border with Guatemala.",
        "Belize",
        id="urged-the-icj-to-uphold",
    ),
    pytest.param(
        "THE HAGUE, May 4 (Reuters) - Nicaragua has asked the International Court of Justice"
        " to confirm the 1858 treaty with Costa Rica.",
        "Nicaragua",
        id="asked-the-icj-to-confirm",
    ),
    pytest.param(
        "THE HAGUE, May 4 (Reuters) - Chile, which holds the coast, asked the court on"
        " Monday to uphold the 1904 treaty.",
        "Chile",
        id="a-court-named-by-its-noun-after-an-inserted-clause",
    ),
]


@pytest.mark.parametrize(("text", "party"), CASES)
def test_a_side_asking_a_court_to_uphold_a_document_adheres(text: str, party: str) -> None:
    assert party in {p for p, _doc in adherence(text)}


NONE = [
    pytest.param(
        "LA PAZ, May 4 (Reuters) - Bolivia urged Chile on Monday to uphold the 1904 treaty.",
        id="a-state-asked-is-a-demand",
    ),
    pytest.param(
        "THE HAGUE, May 4 (Reuters) - Guatemala did not ask the International Court of"
        " Justice to uphold the 1859 treaty.",
        id="a-denied-request",
    ),
]


@pytest.mark.parametrize("text", NONE)
def test_no_adherence_where_no_court_is_asked(text: str) -> None:
    assert not adherence(text)


FOLLOWING = [
    pytest.param(
        "MALE, May 4 (Reuters) - Under the accord signed in March, India is to transfer the"
        " Agalega Islands to Mauritius once the accord takes effect, following approval by both"
        " parliaments.",
        "the accord takes effect, following approval by both parliaments",
        id="following-after-the-condition",
    ),
    pytest.param(
        "MALE, May 4 (Reuters) - Under the accord signed in March, India is to transfer the"
        " Agalega Islands to Mauritius once the accord takes effect, following approval by both"
        " parliaments, officials said.",
        "the accord takes effect, following approval by both parliaments",
        id="following-before-a-tag",
    ),
    pytest.param(
        "MALE, May 4 (Reuters) - Under the accord signed in March, India is to transfer the"
        " Agalega Islands to Mauritius once the accord takes effect.",
        "the accord takes effect",
        id="no-following-phrase",
    ),
]


@pytest.mark.parametrize(("text", "condition"), FOLLOWING)
def test_a_step_told_after_the_condition_is_the_conditions(text: str, condition: str) -> None:
    assert condition in {p[4] for p in promises(text)}
