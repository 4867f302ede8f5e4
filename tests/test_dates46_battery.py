"""The year of a dateline that names none, and the day of a deed told apart from its doer
(issue 12, dates46).

Every text was written for this module. A wire dateline often gives a month and a day alone
("CAIRO, Nov. 24 (Xinhua) --"), while the report names a year still to come ("fieldwork will
begin in January 2027", "by the end of June 2027"). That year is no floor for the report's own:
a full date the text tells on the dateline's day or in the week before it ("the protocol, dated
Nov. 24, 2026") gives the year, and where none is told, the latest year before the one to come on
whose day falls the weekday the report names. A date on the same day years before a later year
the report names (an anniversary's "April 20, 1921" in a text that goes on to 1976) gives no year.

A document is signed once: a signing the article dates by the document's year alone ("under the
1938 boundary treaty between El Salvador and Guatemala") took place on the day a participle on the
document's name tells elsewhere ("The 1938 treaty, signed in Guatemala City on April 9 of that
year, settled ..."), a day told without its year read in that year. A weekday, a day of another
year, or a ratification's day dates no signing.
"""

from __future__ import annotations

import pytest
from helpers import shown, signings

from kg.ingest import article

ABDELATTY, BAOUR = "person/badr-abdelatty", "person/taher-al-baour"


def _read(text: str):
    art = article.parse(text, name="test")
    return art, article.extract(art).facts


# (text, the report's day)
DATELINES = [
    # a full date on the dateline's day, a year to come, a weekday
    (
        "Egypt, Libya sign border protocol\n\nCAIRO, Nov. 24 (Xinhua) -- Egyptian Foreign Minister "
        "Badr Abdelatty met Libyan Foreign Minister Taher al-Baour in Cairo on Tuesday. The two "
        "ministers agreed to form a committee that will begin fieldwork in January 2027.\n\n"
        "Under the protocol, dated Nov. 24, 2026, the committee will report within a year.",
        "2026-11-24",
    ),
    # the full date a day before the dateline, no weekday (another wording, the date first)
    (
        "Egypt, Libya sign border protocol\n\nCAIRO, Nov. 24 (Xinhua) -- A committee set up by "
        "Egypt and Libya will begin its fieldwork in January 2027, officials said.\n\n"
        "According to the memorandum of 23 November 2026, the committee will report in 2028.",
        "2026-11-24",
    ),
    # no full date: the weekday, searched back from the year to come
    (
        "Romania, Ukraine agree on island\n\nBUCHAREST, Nov 26 (Reuters) - Romania and Ukraine "
        "agreed on Thursday to let a commission decide the status of the island. The commission "
        "will re-survey the channel by the end of June 2027.",
        "2026-11-26",
    ),
    (
        "Namibia, Angola agree survey\n\nWINDHOEK, Nov. 18 (Xinhua) -- Officials of Namibia and "
        "Angola said on Wednesday that the Joint Permanent Commission would meet in Luanda in "
        "February 2027 to hear the survey's findings.",
        "2026-11-18",
    ),
]


@pytest.mark.parametrize(("text", "day"), DATELINES)
def test_the_dateline_year_is_not_the_year_to_come(text, day):
    art, _ = _read(text)
    assert art.source.published == day


def test_meeting_of_the_day_takes_the_dateline_year():
    art, found = _read(DATELINES[0][0])
    meetings = [f for f in found if f.rel == "meeting"]
    assert meetings and all(f.args.get("date") == "2026-11-24" for f in meetings), shown(found)


def test_an_anniversary_date_gives_no_year():
    text = (
        "Colombia, Panama mark treaty centenary\n\nBOGOTA, April 20 (Xinhua) -- Colombia and "
        "Panama on Tuesday marked 100 years since the U.S. Senate approved the treaty on April 20, "
        "1921. The treaty was signed on April 6, 1914, and a maritime treaty followed in 1976."
    )
    art, _ = _read(text)
    assert art.source.published is not None
    assert not art.source.published.startswith("1921"), art.source.published


SALVADOR, GUATEMALA = "El Salvador", "Guatemala"
LEAD = (
    "El Salvador said it considers the sandbar its territory under the 1938 boundary treaty "
    "between El Salvador and Guatemala.\n\nThe two governments met in 2024.\n\n"
)
# (the later sentence on the treaty, the signing's day)
SIGNED_DAYS = [
    (
        "The 1938 treaty, signed in Guatemala City on April 9 of that year, settled the border.",
        "1938-04-09",
    ),
    (
        "The 1938 treaty, signed on 9 April 1938 in Guatemala City, settled the border.",
        "1938-04-09",
    ),
    (
        "The 1938 treaty, which the two sides later amended, was a compromise. The 1938 treaty, "
        "inked in Guatemala City on April 9, settled the border.",
        "1938-04-09",
    ),
    (
        "Officials recalled that the 1938 treaty, signed by both foreign ministers in Guatemala City "
        "on April 9 that year, settled most of the border.",
        "1938-04-09",
    ),
]
NO_DAY = [
    "The 1938 treaty, signed in Guatemala City on a Tuesday, settled the border.",
    "The 1938 treaty, ratified in Guatemala City on May 5 of that year, settled the border.",
    "The 1938 treaty, signed in Guatemala City, was revised on May 2, 1940.",
]


@pytest.mark.parametrize(("later", "day"), SIGNED_DAYS)
def test_a_participle_on_the_document_dates_its_signing(later, day):
    found = signings(LEAD + later, published="2026-11-30")
    assert ({SALVADOR, GUATEMALA}, day) in found, found


@pytest.mark.parametrize("later", NO_DAY)
def test_no_day_from_another_act_or_a_weekday(later):
    found = signings(LEAD + later, published="2026-11-30")
    assert ({SALVADOR, GUATEMALA}, "1938") in found, found
