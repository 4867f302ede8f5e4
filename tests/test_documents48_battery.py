"""A document's making told in a participle aside after it (issue 12, documents issued and signed).

News tells when and by whom a document was made in an aside set off by a comma right after it:
"the award of the Swiss Federal Council, handed down in Bern on Dec. 1, 1900", "under the Treaty
of Osimo, signed on Nov. 10, 1975, by Italy and Yugoslavia". The parser often hangs such a
participle on the clause's verb (an adverbial clause, as it would "..., flanked by his
ministers"), and the document lost its day and its makers; the parse is mended so the participle
is the document's (kg/ingest/nlp/grammar/document_participles.py). An aside of another verb, or
one after no document, stays the clause's.

A document first told with its year alone and then, again, with its full day ("a French decree of
2026 ... The decree, published on March 2, 2026") is one issue, of that day: the collector dates
the first telling with the fuller date (kg/ingest/nlp/rules/common.py), not a second fact. A day of
another year is another event. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import PUBLISHED, facts

LEAD = "PARIS, Oct. 2, 2026 (AFP) - France and Brazil argued over the islet on Friday. "


def _issued(text: str, published: str = PUBLISHED) -> list[tuple[str, str, str | None]]:
    return [
        (f.args["issuer"].label, f.args["document"].label, f.args.get("date"))
        for f in facts(text, published)
        if f.rel == "issued" and not f.negated
    ]


def _signed(text: str) -> list[tuple[set[str], str | None]]:
    return [
        ({e.label for e in f.args["parties"]}, f.args.get("date"))
        for f in facts(text)
        if f.rel == "signed" and not f.negated
    ]


ISSUED = [
    "The boundary follows the award of the Swiss Federal Council, handed down in Bern on Dec. 1, "
    "1900.",
    "The river line still follows the award of the Swiss Federal Council, handed down on Dec. 1, "
    "1900, which gave the land to Brazil.",
    "Brazil has long relied on the award of the Swiss Federal Council, issued in Bern on Dec. 1, "
    "1900.",
]


@pytest.mark.parametrize("text", ISSUED)
def test_an_aside_dates_the_issue(text: str) -> None:
    found = _issued(LEAD + text)
    assert ("Federal Council of Switzerland", "award", "1900-12-01") in found


SIGNED = [
    "The line became a permanent border under the Treaty of Osimo, signed on Nov. 10, 1975, by "
    "Italy and Yugoslavia.",
    "The border was fixed for good in the Treaty of Osimo, signed on Nov. 10, 1975, by Italy and "
    "Yugoslavia.",
    "Slovenia inherited the frontier drawn under the Treaty of Osimo, concluded on Nov. 10, 1975, "
    "by Italy and Yugoslavia.",
]


@pytest.mark.parametrize("text", SIGNED)
def test_an_aside_tells_the_signing(text: str) -> None:
    lead = "TRIESTE, Oct. 5, 2024 (AFP) - Italy and Slovenia marked the day on Saturday. "
    assert ({"Italy", "Yugoslavia"}, "1975-11-10") in _signed(lead + text)


def test_an_aside_of_another_verb_stays_the_clause() -> None:
    """ "..., flanked by ...": no verb that makes a document, so no one issued or signed it."""
    text = LEAD + (
        "The president read out the award of the Swiss Federal Council, flanked by his ministers "
        "on Dec. 1, 2025."
    )
    assert not [x for x in _issued(text) if x[2] == "2025-12-01"]
    assert not _signed(text)


def test_an_aside_after_no_document_is_no_making() -> None:
    """ "The ministers met in Bern, signed ...": the aside after a place makes nothing of it."""
    text = LEAD + "The envoys stayed in Bern for the talks, delayed by the snow on Dec. 1, 2025."
    assert not _issued(text)
    assert not _signed(text)


DECREE = "ANTANANARIVO, March 10, 2026 (AFP) - Madagascar on Monday rejected a French decree "
RETOLD = [
    DECREE + "that extends a marine reserve to the bank. The decree, published in the Journal "
    "Officiel on March 2, 2026, places the bank under the park authority.",
    DECREE + "on the bank. The decree, which was published on March 2, 2026, places the bank "
    "under the park authority.",
    "PARIS, March 10, 2026 (AFP) - France issued a decree in 2026 on the reserve. The decree, "
    "published in the Journal Officiel on March 2, 2026, covers the bank.",
]


@pytest.mark.parametrize("text", RETOLD)
def test_a_year_told_again_with_its_day_is_one_issue(text: str) -> None:
    found = {
        x for x in _issued(text, "2026-03-10") if x[0] == "France"
    }  # (each telling is evidence of one)
    assert {x[2] for x in found} == {"2026-03-02"}


def test_a_day_of_another_year_is_another_issue() -> None:
    """ "issued a decree in 2025 ... published on March 2, 2026": no day of 2025 is read."""
    text = (
        "PARIS, March 10, 2026 (AFP) - France issued a decree in 2025 on the reserve. A second "
        "decree, published in the Journal Officiel on March 2, 2026, covers the bank."
    )
    dates = [x[2] for x in _issued(text, "2026-03-10") if x[0] == "France"]
    assert "2025" in dates
    assert not any(d and d.startswith("2025-") for d in dates)
