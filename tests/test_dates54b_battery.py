"""The year of a dateline with no year: which weekdays of the lead count, and how far they weigh.

A dateline such as "ACCRA, Sept. 9" gives no year; the ingester reads it from the years the text
mentions and the weekday its lead names. The year after the latest year mentioned is tried first
(a report recalls last year's events), but only where the lead's weekday falls on the dateline's
own day in that year: a weekday that fits only as the day before is a two-in-seven chance, too
weak to set the report back to the year after a recalled one, so the latest year up to the present
that fits is taken instead. A weekday told right after a past verb with no "on" ("a memorandum
signed Monday", wire style) is the lead's weekday as "said Monday" is. Texts written for this test.
"""

from __future__ import annotations

from helpers import published_read


def _report(lead: str, recalled: str) -> str:
    return f"Ghana and Togo sign fisheries accord\n\nACCRA, Sept. 9 (Reuters) - {lead} {recalled}\n"


def test_a_weekday_that_fits_the_year_after_only_as_the_day_before():
    """9 September is a Thursday in 2021 and a Wednesday in 2026: "on Wednesday" is the day itself
    in 2026, only the day before in 2021."""
    text = _report(
        "Ghana and Togo on Wednesday signed an accord on fishing in their shared waters, the "
        "Ghanaian foreign ministry said.",
        "Talks on the accord had stalled in 2020 over the landing of catches.",
    )
    assert published_read(text) == "2026-09-09"


def test_the_same_with_the_recalled_year_in_a_clause_and_passive():
    text = _report(
        "An accord on fishing in the shared waters was signed by the two foreign ministers on "
        "Wednesday, officials said.",
        "A first draft, which was rejected by Lome in March 2020, had left out the lagoon.",
    )
    assert published_read(text) == "2026-09-09"


def test_a_weekday_on_the_day_itself_keeps_the_year_after():
    """9 September 2021 is a Thursday: "on Thursday" is the dateline's own day, so the report is of
    the year after the recalled 2020 (the reading must NOT move to a later year)."""
    text = _report(
        "Ghana and Togo on Thursday signed an accord on fishing in their shared waters.",
        "Talks on the accord had stalled in 2020 over the landing of catches.",
    )
    assert published_read(text) == "2021-09-09"


def test_a_weekday_after_a_past_verb_without_on():
    """ "a memorandum signed Monday": 1 June is a Monday in 2026 (and a Thursday in 2023, a
    Saturday in 2024); without the weekday the recalled 2023 would be the report's year."""
    text = (
        "Kuwait and Iraq resume waterway talks\n\n"
        "KUWAIT CITY, June 1 (AP) - Iraq will pull its patrol boats back from the channel under a "
        "memorandum signed Monday by the two foreign ministers, ending talks frozen since "
        "September 2023.\n"
    )
    assert published_read(text) == "2026-06-01"


def test_a_weekday_after_said_still_counts():
    text = (
        "Kuwait and Iraq resume waterway talks\n\n"
        "KUWAIT CITY, June 1 (AP) - Iraq will pull its patrol boats back from the channel, its "
        "foreign minister said Monday, after talks frozen in September 2023 resumed.\n"
    )
    assert published_read(text) == "2026-06-01"


def test_a_dateline_that_names_its_weekday():
    """ "KAMPALA, Friday March 13": the dateline's own weekday (13 March 2026 is a Friday, and
    the text's latest year 2025 puts the report after it)."""
    text = (
        "Uganda protests to Nairobi over island arrests\n\n"
        "KAMPALA, Friday March 13 (Monitor) - Uganda has protested to Kenya over the arrest of "
        "twelve fishermen near Migingo, the foreign ministry said yesterday. A joint survey "
        "agreed in October 2025 has not begun.\n"
    )
    assert published_read(text) == "2026-03-13"


def test_a_dateline_weekday_with_a_comma_and_a_day_first():
    text = (
        "Uganda protests to Nairobi over island arrests\n\n"
        "KAMPALA, Friday, 13 March (Monitor) - Uganda has protested to Kenya over the arrest of "
        "twelve fishermen near Migingo, officials said, months after a survey agreed in 2025.\n"
    )
    assert published_read(text) == "2026-03-13"
