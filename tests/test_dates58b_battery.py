"""Battery for deeds dated from another day (rules/counted_from.py): "hours after the drill
started", "two days after the boat was seized" count from the day the article told for the deed
the clause names; "said on Wednesday it had protested a day earlier" counts back from the day told.
Without a measure ("after the ship entered") the gap is unknown and no day is invented."""

from __future__ import annotations

from tests.helpers import facts

WEDNESDAY = "2020-05-06"  # Tuesday is 2020-05-05, Monday 2020-05-04


def _dates(text: str, rel: str = "protests") -> list[object]:
    return [f.args.get("date") for f in facts(text, WEDNESDAY) if f.rel == rel and not f.negated]


def test_hours_after_the_drill_started_is_the_drill_day() -> None:
    text = (
        "SEOUL, May 6 (Yonhap) - South Korea on Wednesday defended its naval drill near Dokdo.\n\n"
        "The two-day drill began on Tuesday, the navy said.\n\n"
        "Hours after the drill started, a senior official at Japan's Foreign Ministry lodged a "
        "protest with the South Korean Embassy in Tokyo."
    )
    assert "2020-05-05" in _dates(text)
    assert WEDNESDAY not in _dates(text)


def test_days_after_a_passive_seizure() -> None:
    text = (
        "MANILA, May 6 (Reuters) - A Chinese coast guard ship seized a Philippine fishing boat "
        "near Scarborough Shoal on Sunday.\n\n"
        "Two days after the boat was seized, the Philippines lodged a diplomatic protest with China."
    )
    assert _dates(text) == ["2020-05-05"]  # Sunday May 3, two days on


def test_inserted_clause_after_the_subject() -> None:
    text = (
        "BUENOS AIRES, May 6 (Reuters) - Britain announced new oil licences around the Falkland "
        "Islands on Monday.\n\n"
        "Argentina, a day after the licences were announced, protested to Britain."
    )
    assert _dates(text) == ["2020-05-05"]


def test_minutes_after_with_the_day_in_the_lede() -> None:
    text = (
        "ATHENS, May 6 (AP) - A Turkish survey ship entered waters off Kastellorizo on May 4.\n\n"
        "Minutes after the ship entered the zone, Greece protested to Turkey."
    )
    assert _dates(text) == ["2020-05-04"]


def test_no_measure_invents_no_day() -> None:
    text = (
        "ATHENS, May 6 (AP) - A Turkish survey ship entered waters off Kastellorizo on May 4.\n\n"
        "After the ship entered the zone, Greece protested to Turkey."
    )
    assert "2020-05-04" not in _dates(text)


def test_a_day_earlier_counts_back_from_the_day_said() -> None:
    text = (
        "NASSAU, May 6 (AP) - Foreign Minister Fred Mitchell said on Wednesday that the Bahamas "
        "had lodged a protest with Cuba a day earlier over the boarding of a fishing boat."
    )
    assert _dates(text) == ["2020-05-05"]


def test_two_days_earlier_with_the_weekday_misattached() -> None:
    text = (
        "HANOI, May 6 (Reuters) - Vietnam said on Wednesday it had protested to China two days "
        "earlier over the seizure of a fishing boat near the Paracel Islands."
    )
    assert _dates(text) == ["2020-05-04"]


def test_own_date_after_the_measure_is_kept() -> None:
    text = (
        "ADDIS ABABA, May 6 (Reuters) - Ethiopia said on Wednesday that Sudan had moved troops "
        "into al-Fashaga.\n\n"
        "Two days earlier, on May 2, Ethiopia had protested to Sudan over the incursion."
    )
    assert "2020-05-02" in _dates(text)
    assert "2020-04-30" not in _dates(text)
