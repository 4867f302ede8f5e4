"""The day of a press release whose header block names the issuer and ends on a date line (issue
12, round 27: agreedTo, signed).

A ministry's release opens with a block of short lines, the issuing office and a line that places
and dates it ("Ministry of Information, State of Eritrea / Asmara, 2 December 2026", "Press Release
No. 26-417 | September 22, 2026"): that date is the release's day, from which the days it names
("on Monday", "September 21") are read. Texts written for these tests in the style of government
press releases, on disputes of other regions.
"""

from __future__ import annotations

import pytest

from kg.ingest import article

_BODY = (
    "The Government today lodged a formal protest with the Republic of Chile. "
    "Foreign Minister Lucia Beltramo met the Chilean ambassador on Monday, and the two sides "
    "agreed to convene the joint boundary commission in March."
)

# (header block, the release's day)
HEADERS = [
    (
        "Ministry of Foreign Affairs, Argentine Republic\nBuenos Aires, 2 December 2026",
        "2026-12-02",
    ),
    ("Ministry of Foreign Affairs\nPress Release No. 26-417 | September 22, 2026", "2026-09-22"),
    ("Office of the President\nCasa Rosada, Buenos Aires, 3 December 2026", "2026-12-03"),
    ("Press Release No. 114 | Oct. 7, 2025", "2025-10-07"),  # the bar alone splits the lines
    (
        "Ministry of Foreign Affairs, Argentine Republic\nBuenos Aires, November 30, 2026",
        "2026-11-30",
    ),
]


@pytest.mark.parametrize(("header", "day"), HEADERS)
def test_header_block_dates_the_release(header: str, day: str) -> None:
    text = f"Argentina protests to Chile over border post\n\n{header}\n\n{_BODY}\n"
    assert article.parse(text, name="t").source.published == day


@pytest.mark.parametrize(
    "block",
    [
        # a paragraph of sentences that ends on a date is no header
        "The ministry said the talks would resume.\nThey ended on 2 December 2026.",
        # two dates: which one is the release's is not told
        "Ministry of Foreign Affairs\n1 December 2026\nBuenos Aires, 2 December 2026",
        # a long line is text, not a header
        "Ministry of Foreign Affairs of the Argentine Republic and of Worship and Trade\n"
        "Buenos Aires, 2 December 2026",
    ],
)
def test_no_header_no_day(block: str) -> None:
    text = f"Argentina protests to Chile over border post\n\n{block}\n\n{_BODY}\n"
    assert article.parse(text, name="t").source.published != "2026-12-02"


def test_days_of_the_release_read_from_its_date() -> None:
    """The agreement the release tells "on Monday" is of the Monday before its day."""
    text = (
        "Argentina protests to Chile over border post\n\n"
        "Ministry of Foreign Affairs, Argentine Republic\nBuenos Aires, 2 December 2026\n\n"
        "Argentine Foreign Minister Lucia Beltramo and Chilean Foreign Minister Andres "
        "Valdivieso spoke by telephone on Monday and agreed to convene the joint boundary "
        "commission in March.\n"
    )
    ex = article.extract(article.parse(text, name="t"))
    dates = {f.args.get("date") for f in ex.facts if f.rel == "agreedTo"}
    assert dates == {"2026-11-30"}
