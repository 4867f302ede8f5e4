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
another year is another event.

A signing its sentence leaves undated is news of the report's days: it took place on the latest full
day the article told before it in the report's week ("LIMA, May 14 -- ... Their ministers signed a
memorandum at the palace"), not on a day long past, and a document known by its own name (the
Treaty of the Pyrenees) is history the report looks back to (kg/ingest/nlp/rules/signed_dates.py).
The sentences are written for these tests.
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


def _signed(text: str, published: str = PUBLISHED) -> list[tuple[set[str], str | None]]:
    return [
        ({e.label for e in f.args["parties"]}, f.args.get("date"))
        for f in facts(text, published)
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


NEWS = [
    "LIMA, May 14, 2026 (Xinhua) -- Peru and Brazil agreed on Thursday to survey a sandbar in the "
    "Yavari River.\n\nPeruvian Foreign Minister Elmer Schialer and his Brazilian counterpart Mauro "
    "Vieira signed a memorandum of understanding at the Torre Tagle Palace.",
    "Office of the President, Lima, 15 May 2026\n\nThe President of Peru received Brazil's "
    "foreign minister at the palace on Thursday 14 May 2026. Following the talks, Peru and Brazil "
    "signed an agreement on the survey.",
    "BREGENZ, May 14, 2026 (Reuters) - Peru and Brazil struck a deal on Thursday on the river "
    "survey. The agreement was signed in Bregenz by the two foreign ministers of Peru and Brazil.",
]


@pytest.mark.parametrize("text", NEWS)
def test_an_undated_signing_is_of_the_news_day(text: str) -> None:
    found = [x for x in _signed(text, "2026-05-15") if x[0] >= {"Peru", "Brazil"}]
    assert found
    assert {x[1] for x in found} == {"2026-05-14"}


def test_a_day_long_past_dates_no_news_signing() -> None:
    """Only a day of the report's week dates it: "on Oct. 26, 1994" is history, no day of it."""
    text = (
        "The 1994 peace treaty between the two countries was ratified on Oct. 26, 1994.\n\nPeru "
        "and Brazil signed a memorandum of understanding at the Torre Tagle Palace."
    )
    found = [x for x in _signed(text, "2026-05-15") if x[0] >= {"Peru", "Brazil"}]
    assert found
    assert all(x[1] is None for x in found)


def test_a_named_document_is_no_news_signing() -> None:
    """ "Under the Treaty of the Pyrenees, signed by Spain and France": history, left undated."""
    text = (
        "MADRID, May 14, 2026 (Xinhua) -- The town of Llivia marked an anniversary on Thursday. "
        "Under the Treaty of the Pyrenees, signed by Spain and France on Pheasant Island, Spain "
        "ceded Roussillon to France."
    )
    found = [x for x in _signed(text, "2026-05-15") if x[0] >= {"Spain", "France"}]
    assert found
    assert all(x[1] is None for x in found)


NOTES = [
    "DAKAR, May 14, 2026 (AFP) - Senegal accused Gambia on Thursday of moving border markers. "
    "Senegal sent a diplomatic note to Gambia over the markers.",
    "DAKAR, May 14, 2026 (AFP) - Senegal accused Gambia on Thursday of moving border markers. "
    "Senegal sent a diplomatic note to the Gambian government over the markers.",
]


@pytest.mark.parametrize("text", NOTES)
def test_an_undated_issue_is_of_the_news_day(text: str) -> None:
    found = {x for x in _issued(text, "2026-05-15") if x[0] == "Senegal"}
    assert {x[2] for x in found} == {"2026-05-14"}


def test_another_years_document_takes_no_news_day() -> None:
    """ "the 2019 note it sent": the document's own year, no day of the report's week."""
    text = (
        "DAKAR, May 14, 2026 (AFP) - Senegal accused Gambia on Thursday of moving border markers. "
        "Senegal cited the 2019 note it sent to the Gambian government over the markers."
    )
    dates = {x[2] for x in _issued(text, "2026-05-15") if x[0] == "Senegal"}
    assert dates == {"2019"}


def test_a_state_of_the_past_makes_no_news() -> None:
    """ "The Soviet Union sent a memorandum", told in 2018: no day of the report's week."""
    text = (
        "TOKYO, Dec. 13, 2018 (Kyodo) - Japan and Russia held talks on Thursday on the islands. "
        "The Soviet Union sent a memorandum to Japan, the papers show."
    )
    dates = {x[2] for x in _issued(text, "2018-12-14") if x[0] == "Soviet Union"}
    assert dates == {None}
