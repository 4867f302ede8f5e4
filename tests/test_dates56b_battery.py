"""The year of a dateline that gives none, read from weekdays told after the lead.

A wire's lead often tells the news with no weekday ("X has lodged a protest with Y") and the
next paragraphs tell the deeds of the past week by weekday ("were detained on Sunday", "was
called in on Tuesday"). Those weekdays fall before the report's day, not on it: they bound the
year (the dateline's day must fall within the week after each), but none of them is the
report's own day. Texts are written for this test."""

from __future__ import annotations

import datetime as dt

from kg.ingest.article import parse
from kg.ingest.nlp.dateline_years import infer_year


def _published(text: str) -> str | None:
    return parse(text, name="t.txt").source.published


def test_weekdays_after_a_lead_without_one_fall_in_the_week_before() -> None:
    # 5 February 2026 is a Thursday: Sunday, Tuesday and Wednesday all fall in the week before it.
    text = (
        "Lesotho protests arrests on river island\n\n"
        "MASERU, 5 February – Lesotho has lodged a protest with South Africa after police arrested "
        "three herders on a sandbar in the Caledon River.\n\n"
        "The herders were detained on Sunday and charged with trespass in 2018 under a law of 1999.\n\n"
        "The South African envoy was summoned on Tuesday, and the ministry said on Wednesday that "
        "it expected an answer.\n"
    )
    assert _published(text) == "2026-02-05"


def test_passive_and_other_verbs_after_the_lead() -> None:
    # 12 March 2026 is a Thursday; "was seized on Monday" and "met on Tuesday" are of its week.
    text = (
        "Fishing boat seized off disputed cay\n\n"
        "PORT OF SPAIN, March 12 (Reuters) - Trinidad and Tobago has complained to Venezuela over "
        "the seizure of a trawler near a disputed cay, officials said.\n\n"
        "The trawler was seized on Monday, and cabinet ministers met on Tuesday. A similar "
        "seizure in 2017 ended with a fine.\n"
    )
    assert _published(text) == "2026-03-12"


def test_lead_weekday_still_sets_the_day() -> None:
    # "on Friday" in the lead is the report's day: 13 November 2026 is a Friday.
    text = (
        "Envoy summoned\n\n"
        "RIGA, Nov. 13 (Reuters) - Latvia on Friday summoned Russia's charge d'affaires over a "
        "border marker moved in 2019.\n"
    )
    assert _published(text) == "2026-11-13"


def test_weekdays_alone_do_not_pick_a_year_after_a_recalled_one() -> None:
    # Without a lead weekday the year after a recalled one (2012) is not tried first.
    assert infer_year(10, 22, None, [2011], others=("Wednesday", "Monday")) == 2026


def test_no_weekday_keeps_the_recalled_floor() -> None:
    # Nothing to fit: a text of 2018 with no weekday at all keeps that year (as before).
    assert infer_year(2, 5, None, [1999, 2018]) == 2018


def test_a_weekday_to_come_bounds_nothing() -> None:
    # "will resume on Monday" is no past deed: the later paragraph gives no day to fit.
    text = (
        "Talks on river border\n\n"
        "MASERU, 6 February – Lesotho has asked South Africa to resume talks on the Caledon River "
        "border agreed in 2018.\n\n"
        "The talks will resume on Monday, the ministry said.\n"
    )
    published = _published(text)
    assert published is not None and len(published) == 10
    assert dt.date.fromisoformat(published).weekday() != 0  # not a Monday: no day of the report


# A report whose dateline gives no date ("CITY, Country (AP) _") and whose lead names a weekday:
# a day to come that falls on that weekday ("scheduled to end Dec. 12", a Saturday) is at least
# a week on, so the report is of that weekday a week before it.


def _report_day(text: str) -> dt.date | None:
    from kg.ingest.news_day import report_day

    article = parse(text, name="t.txt")
    assert article.source.published == "2026"
    return report_day(article.source.text, article.body, article.source.published)


def test_a_day_to_come_on_the_leads_weekday_is_a_week_on() -> None:
    text = (
        "Belize protests Guatemalan naval drills\n\n"
        "BELMOPAN, Belize (AP) _ Belize protested to Guatemala on Saturday over naval drills near "
        "the Sarstoon River that began a day earlier.\n\n"
        "Guatemala said the drills, scheduled to end Dec. 12, were held in its own waters. Both "
        "governments signed a pact in December 2023.\n"
    )
    assert _report_day(text) == dt.date(2026, 12, 5)


def test_talks_planned_for_a_day_to_come() -> None:
    text = (
        "Serbia rejects offer on dam\n\n"
        "BELGRADE, Serbia (AP) _ Serbia's government on Thursday rejected an offer by Kosovo over "
        "the lake's dam, officials said.\n\n"
        "The talks, planned in Brussels for Nov. 19, will go ahead, a spokesman said. Police "
        "have guarded the dam since November 2024.\n"
    )
    assert _report_day(text) == dt.date(2026, 11, 12)


def test_a_past_day_on_the_weekday_gives_no_week_before() -> None:
    # "was signed Nov. 19" is no day to come: the report is not read as the week before it.
    text = (
        "Serbia rejects offer on dam\n\n"
        "BELGRADE, Serbia (AP) _ Serbia's government on Thursday rejected an offer by Kosovo over "
        "the lake's dam, officials said.\n\n"
        "The offer, sent in a letter dated Nov. 19, was made public by Kosovo. Police have "
        "guarded the dam since November 2024.\n"
    )
    assert _report_day(text) != dt.date(2026, 11, 12)
