"""Date expressions normalised against the publication date, at the precision the words give."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest.nlp.dateline_years import infer_year
from kg.ingest.nlp.dates import find_dates

FRIDAY = dt.date(2019, 5, 10)  # the first article's publication date, a Friday


def _iso(text: str, ref: dt.date | None = FRIDAY) -> list[tuple[str, str]]:
    found = find_dates(text, ref=ref)
    for d in found:
        assert text[d.start : d.end] == d.text
    return [(d.text, d.iso) for d in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met on Friday.", [("Friday", "2019-05-10")]),  # the day itself
        ("The ministers met on Saturday.", [("Saturday", "2019-05-04")]),  # the Saturday before
        ("They met on Monday.", [("Monday", "2019-05-06")]),
        ("He said so last month.", [("last month", "2019-04")]),
        ("It happened last year.", [("last year", "2018")]),
        ("at yesterday's talks", [("yesterday's", "2019-05-09")]),
        ("A memorandum dated Jan. 27, 1960, said", [("Jan. 27, 1960", "1960-01-27")]),
        ("signed on 27 January 1960 in Moscow", [("27 January 1960", "1960-01-27")]),
        ("on November 14, 2018, in Singapore", [("November 14, 2018", "2018-11-14")]),
        ("Sept. 11, 2001", [("Sept. 11, 2001", "2001-09-11")]),
        ("They met on May 10.", [("May 10", "2019-05-10")]),
        ("They met on Dec. 7.", [("Dec. 7", "2018-12-07")]),  # a December before May: last year's
        ("at our February meetings", [("February", "2019-02")]),
        ("in June they met", [("June", "2018-06")]),  # the most recent June before May 2019
        ("on 2018-11-14 they met", [("2018-11-14", "2018-11-14")]),
        ("in March 2019", [("March 2019", "2019-03")]),
        ("In 1956, the two countries", [("1956", "1956")]),
    ],
)
def test_normalised_against_the_publication_date(text, expected):
    assert _iso(text) == expected


def test_relative_dates_need_a_reference():
    assert _iso("They met on Friday in February, on May 10, last month.", ref=None) == []
    assert _iso("signed on 27 January 1960", ref=None) == [("27 January 1960", "1960-01-27")]


def test_counts_and_invalid_days_are_not_dates():
    assert _iso("2,000 troops and 1,000 people") == []
    assert _iso("the 2000 troops") == []
    assert all(len(iso) != 10 for _, iso in _iso("on Feb. 30, 2019"))  # no impossible day
    assert _iso("They may meet again.") == []  # the modal is not the month


def test_several_dates_in_reading_order_without_overlaps():
    text = (
        "After the 1956 declaration and the Jan. 27, 1960, memorandum, talks resumed in February."
    )
    assert [iso for _, iso in _iso(text)] == ["1956", "1960-01-27", "2019-02"]


def test_a_date_a_few_days_ahead_is_this_year():
    assert _iso("The ministers will meet again on May 14.") == [("May 14", "2019-05-14")]


def test_infer_year_from_the_weekday_and_the_years_mentioned():
    today = dt.date(2025, 1, 1)
    # "MOSCOW, May 10" and "on Friday", with 1956, 1960 and 2018 in the text: 10 May 2019 is a Friday
    assert infer_year(5, 10, "Friday", [1956, 1960, 2018], today) == 2019
    # a year the text recalls is past: the year after it is the report's only where the weekday
    # is the dateline's own day (1 November 2011 was a Tuesday) ...
    assert infer_year(11, 1, "Tuesday", [2010], today) == 2011
    # ... a fit only as the day before ("on Monday" for a Tuesday's report) is as often chance:
    # the latest year up to this one whose November 1 is a Tuesday (2022)
    assert infer_year(11, 1, "Monday", [2010], today) == 2022
    # no weekday: the latest year the text mentions
    assert infer_year(5, 10, None, [1956, 1960, 2018], today) == 2018
    # nothing to go on: this year
    assert infer_year(5, 10, None, [], today) == 2025


def test_an_undated_report_that_recalls_older_years_is_recent_news():
    """A year the text recalls gives the report's year only if the weekday fits it or the next
    year; else the latest year up to the present that fits (news is recent)."""
    today = dt.date(2026, 12, 31)
    # "THIMPHU, Nov. 19" ... "signed on Wednesday", recalling a 2021 roadmap and talks since 2020:
    # Thursday 19 November 2026 (Wednesday was the day before), not Wednesday 19 November 2025
    assert infer_year(11, 19, "Wednesday", [1984, 2017, 2020, 2021], today) == 2026
    # "KYIV, Oct. 6" ... "on Tuesday", recalling 2003, 2014 and 2018: Tuesday 6 October 2026
    assert infer_year(10, 6, "Tuesday", [1936, 2003, 2014, 2018], today) == 2026
    # the year the text mentions still wins where the weekday fits it
    assert infer_year(5, 10, "Friday", [1956, 1960, 2018], today) == 2019


def test_centuries_are_approximate_years():
    from kg.ingest.nlp.dates import find_dates

    found = {
        d.text.strip(): d.iso
        for d in find_dates(
            "Since the mid-20th century and the early 19th century, "
            "through the late 18th century and the 21st century."
        )
    }
    assert found["the mid-20th century"] == "1950"
    assert found["the early 19th century"] == "1810"
    assert found["the late 18th century"] == "1780"
    assert found["the 21st century"] == "2000"
