"""The year of a dateline with no year, when the text's latest year is told as a start ("since").

A dateline such as "ROME, Sept. 8" gives no year; the ingester reads it from the years the text
mentions and the weekday it names. The year after the latest year mentioned is tried first (a
report recalls last year's events: "a commission set up in 2019" in a report of 2020), but a
latest year told as the start of a gap ("the commission, which has not met since 2019", "the most
serious incident since October 2019", "have never resumed since late 2019": a negation or a
superlative says the thing has not recurred in between) is years back, so the report is of the
latest year up to the present that fits the weekday instead; a plain "suspended since 2019" says
nothing of how long ago. Texts written for this test; 8 September is a Tuesday in 2020 and 2026.

Since documents55 the present's own weekday outranks the year after a recalled one: where the
dateline's day falls this year on a weekday the text names, the report is of this year (of the
readable undated datelines, five were read a recalled year's and none was lost), so the three
reports below with a plain or an older "since" are of 2026 too.
"""

from __future__ import annotations

from helpers import published_read


def _report(sentence: str) -> str:
    return (
        "Italy protests to Malta over trawlers\n\n"
        "ROME, Sept. 8 (ANSA) - Italy lodged a protest with Malta on Tuesday after Maltese patrol "
        "boats escorted trawlers out of waters near the Pelagie islands, the foreign ministry "
        f"said. {sentence}\n"
    )


def test_a_body_that_has_not_met_since_the_latest_year():
    text = _report(
        "The joint fisheries commission, which has not met since 2019, was not consulted."
    )
    assert published_read(text) == "2026-09-08"


def test_the_most_serious_incident_since_a_month_of_the_latest_year():
    text = _report("It was the most serious incident in the area since October 2019.")
    assert published_read(text) == "2026-09-08"


def test_talks_never_resumed_since_late_in_the_latest_year():
    text = _report(
        "Talks on the 1998 fisheries accord have never resumed since late 2019, officials said."
    )
    assert published_read(text) == "2026-09-08"


def test_a_plain_since_says_nothing_of_how_long_ago():
    """ "suspended since 2019" may be told the next year, but this year's Tuesday fits the day."""
    text = _report("Joint patrols have been suspended since 2019, officials said.")
    assert published_read(text) == "2026-09-08"


def test_a_year_told_without_since_is_still_last_years():
    """No "since": the latest year is an event the report recalls; this year's Tuesday fits."""
    text = _report("The joint fisheries commission, set up in 2019, was not consulted.")
    assert published_read(text) == "2026-09-08"


def test_an_older_year_told_with_since_leaves_the_latest_one_last_years():
    """An older "since 2008" says nothing of 2019; this year's Tuesday fits the day."""
    text = _report(
        "Fishermen have complained of arrests since 2008, and a joint survey in 2019 found no "
        "clear line."
    )
    assert published_read(text) == "2026-09-08"
