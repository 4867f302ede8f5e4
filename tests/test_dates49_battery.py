"""Dates of facts told by a weekday with its written day, or counted from the day told before.

A written date beats a weekday guess: "on Monday, Nov. 30" is Nov. 30 of the year in which it is a
Monday, and in a report whose dateline has no date it also fixes the report's week, so that its
other weekdays are of that week, not counted back from a day of the story's history ("minutes
dated Aug. 14, 2026"). A relative day ("the next day", "a day later", "two days later") counts
from the day the main clause of the sentence before told, not from a day told deeper in it ("voted
to revive an ordinance declaring June 19 'Tsushima Day'"). Texts written for this test."""

from __future__ import annotations

import datetime as dt

from kg.ingest.article import extract, parse
from kg.ingest.nlp.dates import find_dates
from tests.helpers import find

REF = dt.date(2026, 8, 14)


def _dates(text: str, ref: dt.date = REF) -> list[tuple[str, str]]:
    return [(d.text, d.iso) for d in find_dates(text, ref=ref)]


def _dated(text: str, rel: str) -> list[str | None]:
    facts = extract(parse(text)).facts
    return [f.args.get("date") for f in facts if f.rel == rel and not f.negated]  # type: ignore[misc]


def test_a_weekday_with_its_day_is_one_date_of_the_year_it_fits():
    # 30 November 2026 is a Monday: the year after the reference's day is not reached back from
    assert _dates("lodged a protest on Monday, Nov. 30, over the works") == [
        ("Monday, Nov. 30", "2026-11-30")
    ]
    assert _dates("The note was handed over on Wednesday, 2 December.") == [
        ("Wednesday, 2 December", "2026-12-02")
    ]


def test_a_written_year_beats_the_weekday():
    # the date as written, even where the weekday was misprinted (19 May 2026 is a Tuesday)
    assert _dates("The summary was issued on Friday, May 19, 2026.") == [
        ("Friday, May 19, 2026", "2026-05-19")
    ]


def test_a_weekday_alone_still_counts_back_from_the_report():
    assert _dates("The envoy was summoned on Monday.") == [("Monday", "2026-08-10")]


def test_an_undated_dateline_takes_the_week_of_the_weekday_day():
    text = (
        "Honduras protests Nicaraguan works on the Coco River\n\n"
        "TEGUCIGALPA, Honduras (AP) _ Honduras lodged a formal protest with Nicaragua on "
        "Monday, Nov. 30, over works on the Coco River.\n\n"
        "The two states had signed minutes, dated Aug. 14, 2026, on a joint survey of the river."
    )
    assert "2026-11-30" in _dated(text, "protests")


def test_a_protest_told_on_the_weekday_of_a_later_day_in_the_body():
    text = (
        "Latvia protests after buoys vanish from Daugava\n\n"
        "RIGA, Latvia (AP) _ Latvia lodged a formal protest with Belarus on Monday after "
        "border buoys were pulled from the river.\n\n"
        "The buoys disappeared overnight on Nov. 28, 2026, the border guard said. The ministry "
        "handed a protest note to the Belarusian envoy on Monday, Nov. 30."
    )
    dates = _dated(text, "protests")
    assert "2026-11-30" in dates and "2026-11-23" not in dates


def test_the_next_day_counts_from_the_main_clause_day():
    text = (
        "Dispute over a day\n\n"
        "SEOUL, Oct. 25, 2026 (AP) - On Oct. 20, 2026, a city council in Japan adopted an "
        "ordinance declaring June 19 a day of the islands. The next day, South Korea lodged a "
        "protest with Japan over the council's vote."
    )
    assert _dated(text, "protests") == ["2026-10-21"]


def test_a_day_later_and_days_later():
    text = (
        "Row over a river\n\n"
        "LIMA, March 20, 2026 (AP) - Bolivia announced on March 10, 2026, that it would dredge "
        "the river. A day later, Peru lodged a protest with Bolivia over the dredging."
    )
    assert _dated(text, "protests") == ["2026-03-11"]
    text2 = text.replace("A day later", "Three days later")
    assert _dated(text2, "protests") == ["2026-03-13"]


def test_no_relative_day_keeps_the_protest_of_its_own_date():
    # no "next day": the protest is of its own written day, not shifted
    text = (
        "Row over a river\n\n"
        "LIMA, March 20, 2026 (AP) - Bolivia announced on March 10, 2026, that it would dredge "
        "the river. Peru lodged a protest with Bolivia on March 12, 2026."
    )
    assert _dated(text, "protests") == ["2026-03-12"]
    assert not find(extract(parse(text)).facts, "protests", date="2026-03-11")


def test_a_note_handed_on_its_day_dates_the_protest_of_the_lead():
    # 24 November 2026 is a Tuesday, the day before the wire's Wednesday
    text = (
        "Peru protests Bolivian dredging\n\n"
        "LIMA, Nov 25 (Reuters) - Peru has formally protested to Bolivia over dredging on the "
        "Desaguadero River, Peru's foreign ministry said on Wednesday.\n\n"
        "The ministry said a note handed to the Bolivian embassy in Lima on Tuesday, Nov. 24, "
        "2026, asked La Paz to halt the works."
    )
    assert _dated(text, "protests") == ["2026-11-24"]
    active = text.replace(
        "The ministry said a note handed to the Bolivian embassy in Lima on Tuesday, Nov. 24, 2026, "
        "asked La Paz to halt the works.",
        "The ministry delivered a note of protest to the Bolivian envoy on Tuesday.",
    )
    assert set(_dated(active, "protests")) == {"2026-11-24"}


def test_a_note_of_another_day_long_before_leaves_the_lead_its_day():
    # a note of the year before is history, not the deed the lead reports
    text = (
        "Peru protests Bolivian dredging\n\n"
        "LIMA, Nov 25 (Reuters) - Peru has formally protested to Bolivia over dredging on the "
        "Desaguadero River, Peru's foreign ministry said on Wednesday.\n\n"
        "A note handed to the Bolivian embassy on March 2, 2025, had asked La Paz to halt the works."
    )
    assert "2025-03-02" not in _dated(text, "protests")
