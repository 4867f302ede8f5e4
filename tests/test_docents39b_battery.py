"""A document named with a word no list holds between its determiner and its noun ("the 1997
partition treaty", "the reversion agreement", "a royal decree", "a 2018 inter-Korean military
agreement") is a document, dated by its year (issue 12, nineteenth round, docents39b).

Seen in eleven articles of seven study batches (TT, TTT, TTTTTT, TTTTTTT, TTTTTTTT, TTTTTTTTT and
G): the document pattern took only the subject words of its list, so the noun after an unknown one
had no determiner and was skipped, or lost its year. Such a word tells the document's subject, so
the mention is no well-known document of its year and states either. Function words, verbs' past
and third-person forms ("the sides reached agreement"), capitalised name words and "draft" are no
such word. Sentences written for these tests, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _documents(text: str) -> dict[str, str | None]:
    """Each document the extractor reads, by its label, with its date."""
    from kg.ingest import article

    ex = article.extract(article.parse(text, name="test", published="2020-05-05"))
    return {e.label: e.date for e in ex.entities if e.kind == "Document"}


# (article, a word the document's label holds, its year or None)
NAMED = [
    (
        "Under the 1997 partition treaty, the fleet was to leave the port by 2017.",
        "partition",
        "1997",
    ),
    (
        "The fleet was to leave the port by 2017 under the 1997 partition treaty.",
        "partition",
        "1997",
    ),
    (
        "The port, under the 1997 partition treaty, was to be left by the fleet.",
        "partition",
        "1997",
    ),
    (
        "The reversion agreement, signed on June 17, 1971, returned the islands.",
        "reversion",
        "1971",
    ),
    ("Ecuador and Peru signed a 1998 frontier settlement pact in Brasilia.", "settlement", "1998"),
    ("The sultan ratified the border deal in a royal decree issued last month.", "royal", None),
    (
        "North Korea scrapped a 2018 inter-Korean military agreement in November.",
        "agreement",
        "2018",
    ),
]


@pytest.mark.parametrize("text, word, year", NAMED)
def test_a_document_with_an_unlisted_subject_word_is_found(text, word, year):
    docs = _documents(text)
    hit = [label for label in docs if word in label.lower()]
    assert hit, docs
    if year:
        assert any((docs[label] or "").startswith(year) for label in hit), docs


def test_the_signing_of_a_document_with_a_subject_word():
    for text in (
        "Japan and Palau signed the 2009 fisheries access agreement in Tokyo.",
        "The 2009 undersea cable agreement was signed by Japan and Palau in Tokyo.",
    ):
        signed = [f for f in facts(text) if f.rel == "signed"]
        assert signed, text
        assert any(f.args["document"].date == "2009" for f in signed), text


def test_a_subject_word_keeps_a_document_off_the_well_known_one_of_its_year():
    # the Russian-Ukrainian friendship treaty is of 1997 too; a partition treaty is not it
    docs = _documents("Russia and Ukraine signed the 1997 partition treaty in Kyiv.")
    assert any("partition" in label for label in docs), docs
    assert not any("Friendship" in label for label in docs), docs


# near-misses: no document, or not one named by the free word
NOT_NAMED = [
    ("The two sides reached agreement on the fishing season.", "reached"),
    ("Officials said the draft treaty would be ready next year.", "draft"),
    ("The court rules treaty disputes between the two states.", "rules"),
    ("The ministry issued a statement calling the agreement void.", "calling"),
    ("The ministry published an article about the fisheries treaty.", "article"),
]


@pytest.mark.parametrize("text, word", NOT_NAMED)
def test_no_verb_nor_draft_names_a_document(text, word):
    assert not any(word in label.lower() for label in _documents(text)), _documents(text)


def test_a_capitalised_name_stays_a_proper_name():
    docs = _documents("Peru and Colombia signed the 1922 Salomon-Lozano Treaty in Lima.")
    assert not any(label.islower() and "salomon" in label for label in docs), docs
