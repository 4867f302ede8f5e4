"""The year of a dateline that names none ("KATHMANDU, June 3 - ... on Tuesday").

A wire dated June 3 most often tells the day before ("sent notes on Tuesday", filed on Wednesday),
so the weekday its lead names is the dateline's day or the day before it; the year the text
mentions last keeps it when either fits, instead of going back to a year whose June 3 is a Tuesday.
Texts written for this test."""

from __future__ import annotations

import datetime as dt

from helpers import published_read

from kg.ingest.nlp.dateline_years import infer_year

TODAY = dt.date(2026, 12, 6)


def test_the_weekday_before_the_dateline_keeps_the_latest_year():
    # 3 June 2026 is a Wednesday: "on Tuesday" is the day before, not a sign of 2025
    assert infer_year(6, 3, "Tuesday", [1816, 2026], TODAY) == 2026
    # 14 October 2026 is a Wednesday
    assert infer_year(10, 14, "Tuesday", [1991, 2026, 2008], TODAY) == 2026


def test_the_weekday_of_the_dateline_itself_still_fits():
    assert infer_year(4, 16, "Thursday", [2012, 2026], TODAY) == 2026


def test_a_weekday_two_days_off_looks_for_another_year():
    # 3 June 2026 is a Wednesday; a Friday is neither it nor the day before: not 2026 but 2023,
    # whose June 3 is the Saturday after a Friday
    assert infer_year(6, 3, "Friday", [2026], TODAY) == 2023


def test_a_year_to_come_does_not_take_the_day_after():
    # "enters into force in 2027": 20 May 2027 is the Thursday after "Wednesday", but the year to
    # come is not the report's; 20 May 2026 is the Wednesday itself
    assert infer_year(5, 20, "Wednesday", [1816, 2027], TODAY) == 2026


def test_without_a_recent_year_the_weekday_is_the_dateline_day():
    # no recent year mentioned: 15 April 2026 (a Wednesday) is not read as the day after "Tuesday";
    # 15 April 2025 is the Tuesday itself
    assert infer_year(4, 15, "Tuesday", [1939], TODAY) == 2025


def test_an_article_whose_lead_tells_the_day_before():
    text = (
        "Bhutan protests Chinese road near Doklam plateau\n\n"
        "THIMPHU, June 3 - Bhutan lodged a protest with China on Tuesday over a road built near "
        "the Doklam plateau during the 2026 thaw, the foreign ministry said.\n\n"
        "The ministry said the road crossed a line agreed in 1998.\n"
    )
    assert published_read(text) == "2026-06-03"


def test_a_passive_lead_with_an_agency():
    text = (
        "Kyrgyzstan and Tajikistan sign protocol on Vorukh road\n\n"
        "BISHKEK, Oct 14 (Kabar) - A protocol on the Vorukh road was signed by the heads of the "
        "two border delegations on Tuesday, after talks that began on October 5, 2026.\n\n"
        "The two states settled most of their frontier in 2025.\n"
    )
    assert published_read(text) == "2026-10-14"
