"""Meetings of an undated report, a battery of issue 12 (meetings47). Sentences written for this
test, about an invented river islet row between two invented ministers, in wire style.

A report whose dateline gives no day ("OYAPOCK, French Guiana (AP) _") is of the first full day
its body tells in its latest year (kg/ingest/article.py): its weekdays ("spoke by telephone on
Monday", "late Wednesday") and days without a year ("met on September 21") are of that week. A
meeting told with no day of its own does not take a day of the report's history ("the award of
Dec. 1, 1900"): rules/meetings.py. Seen in the gold of several writers (a call of two ministers
about a river islet, a trawler row in the Adriatic, an ambassador met about an estuary).
"""

from __future__ import annotations

import pytest
from helpers import facts, find

RIVA, BRANDT = "person/tomas-riva", "person/karl-brandt"
_LEAD = (
    "OYAPOCK, French Guiana (AP) _ France lodged a protest with Brazil on Tuesday over an army "
    "post on a river islet.\n\n"
    "The French Foreign Ministry summoned Brazil's ambassador on Oct. 13, 2026, and told him the "
    "islet lies on the French side of the channel.\n\n"
)
_HISTORY = (
    "The boundary follows an award handed down in Bern on Dec. 1, 1900, which both governments "
    "say binds them.\n\n"
)


def _undated(text: str) -> list:
    return facts(text, published=None)  # type: ignore[arg-type]


CALLS = [
    pytest.param(
        "Foreign Minister Tomas Riva and his German counterpart Karl Brandt spoke by telephone on "
        "Monday and agreed to keep the dispute calm.",
        "2026-10-12",
        id="weekday",
    ),
    pytest.param(
        "Foreign Minister Tomas Riva and his German counterpart Karl Brandt spoke by telephone late "
        "Monday, a diplomat said.",
        "2026-10-12",
        id="late-weekday",
    ),
    pytest.param(
        "On Monday, Foreign Minister Tomas Riva met his German counterpart Karl Brandt and agreed "
        "to keep the dispute calm.",
        "2026-10-12",
        id="fronted-met",
    ),
    pytest.param(
        "Foreign Minister Tomas Riva met his German counterpart Karl Brandt on October 9 and "
        "conveyed the government's concern.",
        "2026-10-09",
        id="day-without-year",
    ),
]


@pytest.mark.parametrize(("sentence", "day"), CALLS)
def test_undated_report_dates_its_weekdays(sentence: str, day: str) -> None:
    found = _undated(_LEAD + _HISTORY + sentence)
    assert find(found, "meeting", participants={RIVA, BRANDT}, date=day)


def test_history_day_is_no_meeting_day() -> None:
    """An undated report with no day of its year: a meeting told without a day takes none of the
    history's ("the award of Dec. 1, 1900")."""
    text = (
        "OYAPOCK, French Guiana (AP) _ France lodged a protest with Brazil over an army post on a "
        "river islet in 2026.\n\n" + _HISTORY + "Foreign Minister Tomas Riva and his German "
        "counterpart Karl Brandt spoke by telephone and agreed to keep the dispute calm."
    )
    met = find(_undated(text), "meeting", participants={RIVA, BRANDT})
    assert met
    assert all(f.args.get("date") != "1900-12-01" for f in met)


def test_dated_report_keeps_its_own_day() -> None:
    """A report with its own day: the body's first day does not replace it."""
    text = _LEAD + (
        "Foreign Minister Tomas Riva and his German counterpart Karl Brandt spoke by telephone on "
        "Monday."
    )
    assert find(facts(text, published="2026-10-20"), "meeting", date="2026-10-19")
