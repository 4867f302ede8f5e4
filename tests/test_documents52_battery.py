"""Documents and meetings as news words them (documents52).

The year of an undated dateline: a year the text mentions is mostly one it recalls ("the court
ruled in May 2025"), so the report is of the year after it where the weekday the lead names fits
that year (the dateline's own day or the day after), else of the latest fitting year up to the
present, and only then of the recalled year itself; a year to come is no later than the present.
A passive signing's by-phrase the parser hung on the last noun of the verb's of-phrases ("signed
at the close of the 26th round of boundary talks by Foreign Minister X and Y") names its signers,
and the meeting that signing closed is in the city an earlier telling of it named.

Texts written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import meetings_read, published_read, signings

from kg.ingest.nlp.dateline_years import infer_year

TODAY = dt.date(2026, 12, 31)


def test_a_recalled_year_gives_the_year_after_it():
    # 8 October 2025 is a Wednesday, 8 October 2026 the Thursday after one: a report recalling a
    # ruling of March 2025 is of 2026
    assert infer_year(10, 8, "Wednesday", [1960, 2025], TODAY) == 2026
    # the dateline's own weekday: 12 March 2026 is a Thursday
    assert infer_year(3, 12, "Thursday", [2025], TODAY) == 2026


def test_a_recalled_year_is_passed_over_for_a_recent_one():
    # 9 July 2021 is the Friday after "Thursday", but 9 July 2022 fits neither; 9 July 2026 is the
    # Thursday itself: recent news, not a report of the year it recalls
    assert infer_year(7, 9, "Thursday", [1845, 2021], TODAY) == 2026


def test_the_recalled_year_itself_where_nothing_after_it_fits():
    # 4 June 2026 (the year the text names) is a Thursday; nothing after it is to come
    assert infer_year(6, 4, "Wednesday", [1990, 2026], TODAY) == 2026
    # 3 June 2026 is a Wednesday, 2025's a Tuesday: neither fits "Friday"; 3 June 2023 is a Saturday
    assert infer_year(6, 3, "Friday", [2026], TODAY) == 2023


def test_a_year_to_come_counts_as_the_present():
    # "talks are to end by 2028": 14 January 2026 is a Wednesday, the day the lead names
    assert infer_year(1, 14, "Wednesday", [1982, 2028], TODAY) == 2026
    assert infer_year(1, 14, None, [1982, 2028], TODAY) == 2026


def test_an_article_recalling_last_years_ruling():
    text = (
        "Senegal and Gambia sign fisheries accord\n\n"
        "DAKAR, Oct. 8 (Reuters) - Senegal and Gambia signed an accord on shared fishing grounds on "
        "Wednesday, months after a tribunal ruled in March 2025 on their maritime boundary.\n\n"
        "The accord takes effect at once, the Senegalese foreign ministry said.\n"
    )
    assert published_read(text) == "2026-10-08"


def test_an_article_dated_by_a_full_date_keeps_it():
    text = (
        "Chile protests Argentine survey\n\n"
        "SANTIAGO, Nov. 25 - Chile on Wednesday handed Argentina a note dated Tuesday, Nov. 24, "
        "2021, protesting a survey near the border, which was settled in 1902.\n"
    )
    assert published_read(text) == "2021-11-25"


# A passive signing's by-phrase the parser hung on the last noun of the verb's of-phrases ("signed
# at the close of the 26th round of boundary talks by Foreign Minister X and Y": "by" on "talks")
# names who signed; and a meeting the signing closed is in the city an earlier telling of that
# signing named, not the dateline's.

_CLOSE = (
    "Kyrgyzstan and Tajikistan sign minutes on Vorukh road\n\n"
    "BISHKEK, Oct. 15 (Kabar) - Kyrgyzstan and Tajikistan have agreed to open the Vorukh road to "
    "traffic, according to minutes signed in Dushanbe on Wednesday, Oct. 14, 2026.\n\n"
    "{second}\n"
)


def _signers(text: str) -> list[set[str]]:
    return [parties for parties, _ in signings(text)]


@pytest.mark.parametrize(
    "second",
    [
        "The minutes were signed at the close of the ninth round of border talks by Foreign Minister "
        "Jeenbek Kulubaev, who led the Kyrgyz delegation, and Sirojiddin Muhriddin, Tajikistan's "
        "foreign minister.",
        "The minutes were initialled at the end of the ninth session of the joint commission by "
        "Deputy Foreign Minister Jeenbek Kulubaev of Kyrgyzstan and Sirojiddin Muhriddin of Tajikistan.",
    ],
)
def test_signers_hung_on_the_meeting_noun(second: str) -> None:
    text = _CLOSE.format(second=second)
    assert any({"Jeenbek Kulubaev", "Sirojiddin Muhriddin"} <= p for p in _signers(text)), signings(
        text
    )
    met = meetings_read(text)
    assert any(
        {"Kyrgyzstan", "Tajikistan"} <= who and place == "Dushanbe" for who, place, _ in met
    ), met


def test_the_signers_hung_on_the_talks_did_not_hold_them_elsewhere() -> None:
    # "talks by X and Y": the by-phrase is the signing's agent, not the talks' doers, so no
    # meeting of the two in the dateline's city beside the one the signing closed
    text = _CLOSE.format(
        second="The minutes were signed at the close of the ninth round of border talks by Foreign "
        "Minister Jeenbek Kulubaev of Kyrgyzstan and Sirojiddin Muhriddin of Tajikistan."
    )
    assert not [m for m in meetings_read(text) if m[1] == "Bishkek"], meetings_read(text)


def test_a_common_noun_after_by_signs_nothing() -> None:
    text = _CLOSE.format(
        second="The minutes were signed at the close of the ninth round of talks by the river."
    )
    assert not any("river" in " ".join(p).lower() for p in _signers(text)), signings(text)


# Those who met and signed: the signing read by the states the sentence names is the people's too
# where the parser tore the subject the signing verb shares with "met".


def test_people_who_met_and_signed() -> None:
    text = (
        "Moldova and Romania sign statement on Prut\n\n"
        "CHISINAU, June 3 (Reuters) - Moldovan Foreign Minister Mihai Popsoi and his Romanian "
        "counterpart Emil Hurezeanu met in Chisinau on Tuesday, June 2, 2026, and signed a joint "
        "statement on the Prut river islands.\n"
    )
    assert any({"Mihai Popsoi", "Emil Hurezeanu"} <= p for p in _signers(text)), signings(text)


def test_people_who_met_do_not_sign_another_days_treaty() -> None:
    text = (
        "Moldova and Romania ministers meet\n\n"
        "CHISINAU, June 3 (Reuters) - Moldovan Foreign Minister Mihai Popsoi and his Romanian "
        "counterpart Emil Hurezeanu met in Chisinau on Tuesday, June 2, 2026, to mark the treaty "
        "Moldova and Romania signed in 2010.\n"
    )
    assert not any("Mihai Popsoi" in p for p in _signers(text)), signings(text)
