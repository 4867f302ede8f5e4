"""Report days read from how news tells them, so that its signings and meetings are dated (documents55).

1. An undated dateline is of the present where its day falls this year on a weekday the text names
   ("LIMA, May 7 (EFE) - ... signed on Tuesday ... made public on Thursday"): the report's own day.
   A recalled year whose weekdays fit as the day before ("set up in late 2025") does not outweigh
   it; where this year's day is no weekday the text names, the recalled year's fit still counts.
2. A report with no date at all ("GEORGETOWN, Guyana (AP) -") whose years are all recalled (no full
   day of the latest one) is of the present; one that tells a full day of its latest year is of
   that year.
3. The ministers of two states, unnamed, who met are their states' meeting, as their joint
   commission is: "The two countries' foreign ministers last met in Kuala Lumpur in March", "Their
   deputy foreign ministers last met in Beijing" (the two states in play), "The foreign ministers
   of A and B met"; one state's minister, and a record of meetings ("have met only twice"), none.

The texts are written for the test (other states, places and weekdays).
"""

from __future__ import annotations

import pytest

from kg.model import Entity
from tests.helpers import facts, published_read


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Lima, May 7 (EFE).- Bolivia has undertaken to remove a camp from a disputed ridge, "
            "according to minutes signed by the two countries' foreign ministers in Lima on "
            "Tuesday.\n\nThe document, made public by Chile's Foreign Ministry on Thursday, "
            "was signed at the end of a meeting. The camp was set up in late 2025.",
            "2026-05-07",
        ),
        (
            "HANOI, March 18 (Reuters) - Vietnam on Monday protested against Chinese survey "
            "work near its island, and officials said on Wednesday that talks, stalled since "
            "the 2019 standoff, would resume.",
            "2026-03-18",
        ),
        (
            "ACCRA, Nov. 4 (Kyodo) -- Ghana's cabinet has revoked a 2001 accord with Togo, a move "
            "that drew a protest from Lome on Wednesday. Talks on the zone broke down in 2014.",
            "2026-11-04",
        ),
        (  # Nov. 20 is a Friday in 2026: the Thursday of a recalled year's day still counts
            "DAKAR, Nov 20 (AFP) - Senegal on Thursday summoned Mauritania's charge d'affaires "
            "over a post built in 2024 near the river.",
            "2025-11-20",
        ),
    ],
)
def test_an_undated_dateline_is_of_the_present_on_a_weekday_it_names(text: str, day: str) -> None:
    assert published_read(text) == day


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "GEORGETOWN, Guyana (AP) — Guyana lodged a protest with Venezuela on Saturday over "
            "an exercise near the river, which Venezuela has claimed since 1966. The two leaders "
            "agreed in December 2023 not to use force.",
            "2026",
        ),
        (
            "KATHMANDU, Nepal (AP) _ Nepal protested on Monday against a road India built in "
            "2019 near the pass.",
            "2026",
        ),
        (  # a full day of its latest year: the report is of that year
            "SOPRON, Hungary (AFP) - Austria and Hungary marked on Tuesday, Dec. 14, 2021, the "
            "centenary of the vote held under the 1921 protocol.",
            "2021",
        ),
    ],
)
def test_a_report_with_no_date_is_of_the_present_unless_it_tells_its_day(
    text: str, year: str
) -> None:
    published = published_read(text)
    assert published is not None and published[:4] == year, published


def _meetings(text: str) -> list[tuple[frozenset[str], str | None, str | None]]:
    out = []
    for f in facts(text, "2026-05-05"):
        if f.rel != "meeting":
            continue
        who = f.args["participants"]
        place = f.args.get("place")
        out.append(
            (
                frozenset(e.label for e in who if isinstance(e, Entity)),  # type: ignore[union-attr]
                place.label if isinstance(place, Entity) else None,
                f.args.get("date"),  # type: ignore[arg-type]
            )
        )
    return out


_LEAD = (
    "MANILA, May 5 (Reuters) - The Philippines protested on Tuesday against Malaysian survey "
    "work near the shoal, the foreign ministry said.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two countries' foreign ministers last met in Kuala Lumpur in March.",
        "The two neighbours hold regular talks on sea issues. Their deputy foreign ministers "
        "last met in Kuala Lumpur in March.",
        "The foreign ministers of Malaysia and the Philippines met in Kuala Lumpur in March.",
    ],
)
def test_the_ministers_of_two_states_unnamed_are_their_states_meeting(sentence: str) -> None:
    """News tells a meeting of two states' ministers it does not name by their office and states:
    the gold gives the states as its participants, as for their joint commission."""
    assert (frozenset({"Malaysia", "Philippines"}), "Kuala Lumpur", "2026-03") in _meetings(
        _LEAD + sentence
    ), _meetings(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister of Malaysia met aid donors in Kuala Lumpur in March.",
        "Their foreign ministers have met only twice since 2019.",
    ],
)
def test_one_states_minister_or_a_record_of_meetings_is_no_meeting_of_states(
    sentence: str,
) -> None:
    assert not any(len(who) == 2 for who, _, _ in _meetings(_LEAD + sentence)), _meetings(
        _LEAD + sentence
    )
