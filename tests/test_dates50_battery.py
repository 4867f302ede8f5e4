"""Datelines of cities whose names begin like a weekday, and a dateline's year without the clock.

"MONTEVIDEO, 18 Mar. (EFE).-" was refused as a weekday line ("Mon, 17 Feb 2022 05:01") because
MON starts like Monday; a place is a weekday line only when it is a weekday's name or abbreviation.
The year of a dateline without one is read against a fixed present (PRESENT), never today's date,
so the same text gives the same facts on any day. Texts written for this test."""

from __future__ import annotations

import datetime as dt
import types

import pytest

from kg.ingest import article
from kg.ingest.article import parse
from kg.ingest.nlp.dateline_years import PRESENT, infer_year


def _source(text: str):
    return parse("Border talks resume between neighbours\n\n" + text).source


@pytest.mark.parametrize(
    ("text", "publisher", "day"),
    [
        (
            "MONTEVIDEO, 18 Mar. (EFE).- Uruguay on Wednesday protested to Brazil over a survey "
            "team on the island, the Foreign Ministry said in 2026.",
            "EFE",
            "2026-03-18",
        ),
        (
            "MONROVIA, May 6 (AFP) - Liberia said on Wednesday it had sent a note to Guinea about "
            "the river post, its second since 2026 began.",
            "AFP",
            "2026-05-06",
        ),
        (
            "MONACO, June 2 (Reuters) - The principality said on Tuesday that talks with France on "
            "the sea boundary would resume in 2026.",
            "Reuters",
            "2026-06-02",
        ),
        (
            "SATU MARE, Romania, Sept 15 (Reuters) - Romania on Tuesday summoned Ukraine's envoy "
            "over the river islets, the ministry said in 2026.",
            "Reuters",
            "2026-09-15",
        ),
    ],
)
def test_a_city_that_begins_like_a_weekday_is_a_dateline(text, publisher, day):
    source = _source(text)
    assert source.published == day
    assert publisher.lower() in source.key


@pytest.mark.parametrize(
    "line",
    ["Mon, 17 Feb 2022 05:01:17", "Thu, 5 March 2026", "Tues, 3 March 2026"],
)
def test_a_weekday_line_is_no_place(line):
    source = _source(line + "\n\nGuyana on Monday protested to Venezuela over the island.")
    assert "mon-" not in source.key and "thu-" not in source.key and "tues-" not in source.key


def test_the_year_is_read_against_a_fixed_present_not_the_clock(monkeypatch):
    class _NoClock(dt.date):
        @classmethod
        def today(cls):
            raise AssertionError("the clock was read")

    monkeypatch.setattr(article, "dt", types.SimpleNamespace(date=_NoClock))
    text = "ANKARA, April 15 (Reuters) - Turkey on Tuesday protested the map, recalling 1939."
    assert _source(text).published == "2025-04-15"  # 15 April 2025 is a Tuesday
    assert infer_year(4, 15, "Tuesday", [1939]) == infer_year(4, 15, "Tuesday", [1939], PRESENT)
