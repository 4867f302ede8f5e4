"""A court's ruling told by its verb alone ("The court ruled on Monday that ...") is the document
the article then calls by its own word: "the award", "the judgment", "the verdict", "a unanimous
judgment of ...", "its advisory opinion" (issue 12, fourteenth round, agree29).

Seen in five writers' articles (T8, T11, T14, T16, T17 and T6): the ruling minted as "X ruling of
<date>" never met the gold's "award" or "judgment". The ruling nouns are those
``data/lexicon/documents.yaml`` gives the subclass ``Ruling``; "order" is left out ("in order to").
Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _ruling_names(text: str) -> list[set[str]]:
    """The names (label and aliases, lower case) of each document a court issued."""
    return [
        {f.args["document"].label.lower(), *(a.lower() for a in f.args["document"].aliases)}
        for f in facts(text)
        if f.rel == "issued" and not f.negated
    ]


# (article, the word the ruling must also be called by)
CALLED = [
    # -- "the award": told after the verb, in a second sentence, by another speaker
    (
        "An arbitral tribunal ruled in 1992 that the islands in the gulf belong to El Salvador. "
        "Honduras said it accepted the award.",
        "award",
    ),
    (
        "The arbitration panel ruled on Thursday that the disputed beach belongs to Belize. "
        "Guatemala's foreign minister called the award unjust.",
        "award",
    ),
    (
        "A five-member tribunal ruled in The Hague on Friday that the reef lies in Malaysian "
        "waters, and Kuala Lumpur welcomed its award.",
        "award",
    ),
    (
        "The tribunal ruled on Monday that the river is the boundary. Both governments pledged "
        "to respect this award.",
        "award",
    ),
    # -- "the judgment": the word before the verb, in a phrase of the same sentence, after it
    (
        "The International Court of Justice ruled on Monday that Pedra Branca belongs to "
        "Singapore. Malaysia's foreign minister said his government would respect the judgment.",
        "judgment",
    ),
    (
        "In a unanimous judgment, the International Court of Justice ruled on Tuesday that the "
        "Snake Island coast counts for little in drawing the line.",
        "judgment",
    ),
    (
        "The International Court of Justice ruled on Tuesday that the Snake Island coast counts "
        "for little, and Romania hailed the judgment as fair.",
        "judgment",
    ),
    # -- "the verdict", "the decision": the other words of the class
    (
        "The World Court ruled on Thursday that the cays belong to Honduras. Nicaragua called "
        "the verdict a victory all the same.",
        "verdict",
    ),
    (
        "The International Court of Justice ruled on Monday that the middle rocks belong to "
        "Malaysia. Singapore said it would study the decision.",
        "decision",
    ),
]


@pytest.mark.parametrize("text, word", CALLED)
def test_a_ruling_is_called_by_the_articles_word(text, word):
    names = _ruling_names(text)
    assert names, "no ruling issued"
    assert any(word in n for n in names), names


# (article, a word the ruling must NOT be called by)
NOT_CALLED = [
    # "order" is no word for the ruling: "in order to" and police orders are everywhere
    (
        "The International Court of Justice ruled on Monday that the island belongs to Belize. "
        "Guatemala sent troops to the border in order to calm the villagers.",
        "order",
    ),
    # no word of the class: only the ruling's own name
    (
        "The tribunal ruled on Monday that the river is the boundary. Both governments welcomed "
        "it.",
        "award",
    ),
]


@pytest.mark.parametrize("text, word", NOT_CALLED)
def test_no_other_word_is_taken(text, word):
    names = _ruling_names(text)
    assert names, "no ruling issued"
    assert not any(word in n for n in names), names


# near-misses: no court ruled, so no ruling at all, whatever the article calls it later
NO_RULING = [
    "The International Court of Justice is expected to rule next month on the reef. Both sides "
    "said they would respect the judgment.",
    "The tribunal did not rule on the boundary on Monday. Both sides awaited the award.",
    "Malaysia said the court should have ruled that the rock was Malaysian, and rejected the "
    "verdict.",
]


@pytest.mark.parametrize("text", NO_RULING)
def test_no_ruling_without_a_court_ruling(text):
    assert not [f for f in facts(text) if f.rel == "issued" and not f.negated]


# -- "agree" with an object: a statute, a status, a section or a stretch of a border is agreed as a
# ceasefire or a line is (seen in T2 "two sections of the border the neighbours had agreed in a 1987
# protocol" and T11 "a European statute agreed by France and West Germany in 1954")
AGREED = [
    # (sentence, a word of what was agreed, the two parties)
    (
        "Serbia and Kosovo agreed a statute for the Serb-majority municipalities in 2013.",
        "statute",
        ("state/serbia", "state/kosovo"),
    ),
    (
        "The statute, agreed by Serbia and Kosovo in 2013, has never been implemented.",
        "statute",
        ("state/serbia", "state/kosovo"),
    ),
    (
        "Belgrade's opposition rejected a statute agreed by Serbia and Kosovo in Brussels in 2013.",
        "statute",
        ("state/serbia", "state/kosovo"),
    ),
    (
        "A special status for the district was agreed by Serbia and Kosovo in 2013.",
        "status",
        ("state/serbia", "state/kosovo"),
    ),
    (
        "Guyana and Suriname agreed two sections of the river border in a 2019 protocol.",
        "sections",
        ("state/guyana", "state/suriname"),
    ),
    (
        "Two sections of the border were agreed by Guyana and Suriname in 2019.",
        "sections",
        ("state/guyana", "state/suriname"),
    ),
    (
        "The two sections, agreed by Guyana and Suriname in 2019, were left out of the case.",
        "sections",
        ("state/guyana", "state/suriname"),
    ),
    (  # a relative clause whose subject is a pair word, told by the sentence before
        "Guyana and Suriname went to court in 2021. The court declined to rule on three sections "
        "of the border that the two neighbours had agreed in a 2019 protocol.",
        "sections",
        ("state/guyana", "state/suriname"),
    ),
    (
        "A 40-km stretch of the frontier was agreed by Kyrgyzstan and Uzbekistan in 2021.",
        "stretch",
        ("state/kyrgyzstan", "state/uzbekistan"),
    ),
    (
        "Kyrgyzstan and Uzbekistan agreed the last stretch of their frontier in 2021.",
        "stretch",
        ("state/kyrgyzstan", "state/uzbekistan"),
    ),
    (
        "The last stretch of the frontier, agreed by Kyrgyzstan and Uzbekistan in 2021, runs "
        "through the Fergana valley.",
        "stretch",
        ("state/kyrgyzstan", "state/uzbekistan"),
    ),
]


def _agreed(text: str) -> list[tuple[str, frozenset[str]]]:
    return [
        (str(f.args["what"]).lower(), frozenset(e.key for e in f.args["parties"]))
        for f in facts(text)
        if f.rel == "agreedTo" and not f.negated
    ]


@pytest.mark.parametrize("text, word, parties", AGREED)
def test_an_object_of_the_class_is_agreed(text, word, parties):
    assert any(word in w and set(parties) <= ps for w, ps in _agreed(text)), _agreed(text)


NOT_AGREED = [
    "Kyrgyzstan and Uzbekistan did not agree the last stretch of their frontier in 2021.",
    "Kyrgyzstan and Uzbekistan could agree the last stretch of their frontier next year.",
    "Serbia and Kosovo failed to agree a statute for the municipalities.",
    "Kosovo agreed a statute for the municipalities on Monday.",  # one party alone agrees nothing
    pytest.param(
        "Serbia said Kosovo and the EU had agreed no statute for the municipalities.",
        marks=pytest.mark.xfail(strict=True, reason="an object's 'no' is not read as negation"),
    ),
]


@pytest.mark.parametrize("text", NOT_AGREED)
def test_no_agreement_without_one(text):
    assert not _agreed(text)
