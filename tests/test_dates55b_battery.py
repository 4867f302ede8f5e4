"""The year of a dateline with no year, from all the weekdays the text gives past deeds.

A dateline such as "VILNIUS, March 18" gives no year; the ingester reads it from the years the text
mentions and the weekdays it names. A wire report names the days of its week's deeds ("detained on
Monday", "said on Wednesday"): the report's day falls on one of them (or the day after), and none
lies more than five days before it. Reading only the first weekday set reports of 2026 back a year
where the first one fitted as the day before ("detained on Monday" with March 18, 2025 a Tuesday),
though the report's own "said on Wednesday" fits March 18, 2026. A weekday of a deed to come ("is
scheduled to visit ... on Thursday") or one with its own date ("on Thursday, Feb. 26") is no day of
the week before the report. Texts written for this test.
"""

from __future__ import annotations

from helpers import facts, published_read

from kg.ingest.nlp.dateline_years import infer_year


def _report(dateline: str, *sentences: str) -> str:
    return f"Lithuania protests detention of fishermen\n\n{dateline} (Reuters) - " + " ".join(
        sentences
    )


def test_the_report_s_own_weekday_later_in_the_text():
    """March 18 is a Wednesday in 2026, a Tuesday in 2025: "detained on Monday" alone fits 2025
    as the day after; "said on Wednesday" is the report's own day in 2026."""
    text = _report(
        "VILNIUS, March 18",
        "Lithuania has demanded that Belarus free two fishermen detained on Monday on the Neris "
        "river, foreign ministry spokesman Paulius Vaitkus said on Wednesday.",
        "A fisheries accord between the two countries expired in 2019.",
    )
    assert published_read(text) == "2026-03-18"


def test_the_same_with_the_deed_in_the_passive_and_the_speaker_first():
    text = _report(
        "VILNIUS, March 18",
        "The two fishermen were detained by Belarusian border guards on Monday, Lithuania's "
        "foreign minister told reporters.",
        "He said on Wednesday that the boat had been fishing on the Lithuanian side of the line "
        "agreed in 2019.",
    )
    assert published_read(text) == "2026-03-18"


def test_a_weekday_six_days_before_rules_a_year_out():
    """April 13 is a Sunday in 2025 and a Monday in 2026: a helicopter that flew "on Sunday"
    fits 2025 as the day itself, but the minister "told reporters on Monday" then lies six days
    after the report's day; 2026 fits both."""
    text = _report(
        "TOKYO, April 13",
        "A Chinese coast guard helicopter flew over the islets on Sunday, the government said.",
        "Defense Minister Taro Ono told reporters on Monday it was the first such flight since "
        "May 2025.",
    )
    assert published_read(text) == "2026-04-13"
    assert infer_year(4, 13, "Sunday", [2025], others=("Monday",)) == 2026


def test_a_weekday_to_come_is_no_day_of_the_week_before():
    """December 18 is a Wednesday in 2024 and a Thursday in 2025; with no recent year the report's
    day is a weekday it names: the visit "scheduled" for Thursday is to come, so only the talks "on
    Wednesday" date the report."""
    text = _report(
        "BEIJING, Dec 18",
        "China and India held talks on their border on Wednesday, the first in five years.",
        "The Indian envoy is scheduled to call on the vice-president on Thursday, officials said.",
        "The border has been disputed since a war in 1962.",
    )
    assert published_read(text) == "2024-12-18"


def test_a_weekday_with_its_own_date_is_not_counted():
    """ "on Thursday, Feb. 26" is dated by its own words: it sets no day of the report's week, so
    the report of March 4 is read from "said on Wednesday" alone (a Wednesday in 2026)."""
    text = _report(
        "MONTEVIDEO, March 4",
        "Argentina has sent Uruguay a note over a pier, diplomatic sources said on Wednesday.",
        "The matter was raised at the commission's plenary held on Thursday, Feb. 26, on the "
        "island, set up under a 1973 treaty.",
    )
    assert published_read(text) == "2026-03-04"


def test_one_weekday_reads_as_before():
    """With no other weekday named, the lead's weekday alone decides, as it did."""
    assert infer_year(3, 18, "Monday", [2019]) == 2025
    assert infer_year(3, 18, "Monday", [2019], others=("Monday",)) == 2025


# The day a quoted speaker spoke: the tag of a quotation that tells its day ('"...," X told
# parliament on Tuesday') dates the speaker's next words told without one ("Madagascar, X added,
# was suspending ..."), as a reported statement's day already did.

_QUOTED_DAY = (
    "Madagascar protests French drill\n\nANTANANARIVO, Aug 5, 2026 (Reuters) - Madagascar has "
    "protested to France over a military exercise on Europa Island, the ministry said on "
    "Wednesday.\n\n{quote}\n\n{deed}\n"
)


def _suspension_dates(quote: str, deed: str) -> list[str | None]:
    found = facts(_QUOTED_DAY.format(quote=quote, deed=deed), published=None)
    return [f.args.get("date") for f in found if f.rel == "suspends"]  # type: ignore[misc]


def test_a_quoted_speaker_s_day_dates_his_next_words():
    dates = _suspension_dates(
        '"Europa belongs to Madagascar, and nothing has changed the law," Foreign Minister Hery '
        "Rasoamanana told parliament on Tuesday.",
        "Madagascar, Rasoamanana added, was suspending its participation in the joint commission.",
    )
    assert dates == ["2026-08-04"]


def test_the_same_with_the_tag_first_and_another_deed_word():
    dates = _suspension_dates(
        'Foreign Minister Hery Rasoamanana said on Tuesday: "Europa belongs to Madagascar, and '
        'nothing has changed the law."',
        "Rasoamanana added that Madagascar was suspending the joint patrols around the island.",
    )
    assert dates == ["2026-08-04"]


def test_a_year_recalled_beside_the_quotation_is_no_day_of_speaking():
    """The 1979 of 'recalling the 1979 resolution' is no day the minister spoke: his next words
    take no date from it."""
    dates = _suspension_dates(
        '"Europa belongs to Madagascar, and nothing has changed the law," Foreign Minister Hery '
        "Rasoamanana told parliament, recalling a United Nations resolution of 1979.",
        "Madagascar, Rasoamanana added, was suspending its participation in the joint commission.",
    )
    assert "1979" not in dates
