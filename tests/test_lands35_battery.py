"""Territory transfers and incorporations in wording not read before (issue 12, lands35).

Sentences written for this module, in wire-copy wording; each reading has rewrites and near-misses:
- a whole state annexed or declared a province of another ("Iraq annexed Kuwait", "Kuwait had been
  declared Iraq's 19th province") is not yet incorporated (strict xfail: the ontology's
  dkg:territory takes a territory, not a state); a state that is not the verb's own object
  ("Germany, which had annexed what is now Namibia") and "the successor state of" incorporate
  nothing;
- the document an annexation was done under ("annexed ... under a 1925 act") is the incorporation's;
- a capitalised unit noun closing a name ("became the short-lived Hatay State") is a name, no unit;
- a run of past passive transfers told by land and date alone ("the Amami Islands were returned
  in 1953, and the Ogasawara Islands were handed over in 1968") goes to the receiver (from the
  giver) of the transfer told just before; a transfer still to come takes none;
- "on Aug. 28 of that year" is that year's day, not the latest one before the article's date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import facts, has, none_told, shown

from kg.ingest.nlp.dates import find_dates

IRAQ, KUWAIT, JAPAN, USA = "state/iraq", "state/kuwait", "state/japan", "state/united-states"
EGYPT, ISRAEL, TURKEY = "state/egypt", "state/israel", "state/turkey"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # a run of transfers told once with their sides, then by land and date alone
    (
        "handedOverTo",
        {"territory": "territory/okinawa", "to": JAPAN, "from": USA, "date": "1972-05-15"},
        "Okinawa was handed back to Japan by the United States on May 15, 1972.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


#: A whole state annexed: active, passive, relative clause, participle, another verb of the class.
WHOLE_STATES: list = [
    ("incorporates", {"territory": KUWAIT, "into": IRAQ}, "Iraq annexed Kuwait in August 1990."),
    (
        "incorporates",
        {"territory": KUWAIT, "into": IRAQ},
        "Kuwait was annexed by Iraq in August 1990.",
    ),
    (
        "incorporates",
        {"territory": KUWAIT, "into": IRAQ},
        "Kuwait, which Iraq annexed in August 1990, regained its independence in February 1991.",
    ),
    (
        "incorporates",
        {"territory": KUWAIT, "into": IRAQ},
        "Kuwait, annexed by Baghdad in August 1990, was freed by a US-led coalition.",
    ),
    (
        "incorporates",
        {"territory": KUWAIT, "into": IRAQ, "date": "1990-08"},
        "Kuwait had been declared Iraq's 19th province by the end of August 1990.",
    ),
    (
        "incorporates",
        {"territory": KUWAIT, "into": IRAQ},
        "In August 1990, Kuwait was declared the 19th province of Iraq.",
    ),
    (
        "incorporates",
        {"territory": KUWAIT, "into": IRAQ},
        "Baghdad declared Kuwait its 19th province in August 1990.",
    ),
]


@pytest.mark.xfail(
    strict=True,
    reason="a whole state annexed is no incorporation yet: dkg:territory takes a dkg:Territory, so "
    "Kuwait as the land of an incorporation breaks the shapes (a known limitation)",
)
@pytest.mark.parametrize(("rel", "roles", "text"), WHOLE_STATES)
def test_a_whole_state_annexed(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


def _handed(text: str) -> dict[str, tuple]:
    """Each land handed over (by label) -> its receiver, giver and date, as keys."""
    return {
        f.args["territory"].label: (
            getattr(f.args.get("to"), "key", None),
            getattr(f.args.get("from"), "key", None),
            f.args.get("date"),
        )
        for f in facts(text)
        if f.rel == "handedOverTo" and not f.negated
    }


@pytest.mark.parametrize(
    ("text", "land", "want"),
    [
        (
            "Okinawa was handed back to Japan by the United States on May 15, 1972. Other islands "
            "came back earlier. The Amami Islands were returned by Washington in December 1953, "
            "and the Ogasawara Islands were handed over in June 1968.",
            "Ogasawara Islands",
            (JAPAN, USA, "1968-06"),
        ),
        (
            "Okinawa was handed back to Japan by the United States in 1972. The Ogasawara Islands "
            "had been returned in June 1968.",
            "Ogasawara Islands",
            (JAPAN, USA, "1968-06"),
        ),
        (
            "The Sinai Peninsula was returned to Egypt by Israel in stages. El Arish was handed "
            "over in May 1979.",
            "El Arish",
            (EGYPT, ISRAEL, "1979-05"),
        ),
        (
            "Israel handed the Sinai Peninsula back to Egypt in stages. El Arish was transferred in "
            "May 1979.",
            "El Arish",
            (EGYPT, ISRAEL, "1979-05"),
        ),
    ],
)
def test_a_bare_transfer_takes_the_sides_told_before(text, land, want):
    got = _handed(text)
    assert got.get(land) == want, got


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # a state that is not the annexing verb's object, a successor state, a name's "State"
    (
        "The line was drawn in 1890 by Britain and Germany, which had annexed what is now Namibia.",
        "incorporates",
        {},
    ),
    ("Slovakia became the successor state of Czechoslovakia in 1993.", "incorporates", {}),
    ("A year later the sanjak became the short-lived Hatay State.", "incorporates", {}),
    # a transfer still to come, or one with no transfer told before it
    (
        "Okinawa was handed back to Japan in 1972. The Ogasawara Islands will be handed over "
        "next year.",
        "handedOverTo",
        {"to": JAPAN, "date": "2021"},
    ),
    ("The Ogasawara Islands were handed over in June 1968.", "handedOverTo", {}),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)


def test_the_state_told_by_its_name_is_kept_apart_from_its_neighbours():
    found = facts("Germany, which had annexed what is now Namibia, signed the treaty in 1890.")
    assert not has(found, "incorporates", territory="state/germany"), shown(found)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "The treaty was signed on June 3, 1929; Tacna was returned on Aug. 28 of that year.",
            "1929-08-28",
        ),
        (
            "Talks ended in 1955, and the base was handed back on 26 January that year.",
            "1955-01-26",
        ),
        ("In 1956 the troops left, and on Jan. 26 of the same year the area was returned.", None),
    ],
)
def test_a_day_of_that_year(text, iso):
    days = [d.iso for d in find_dates(text, ref=dt.date(2025, 8, 28)) if len(d.iso) == 10]
    if iso is None:  # "of the same year" is no "of that year": the day stays the latest one
        assert "1956-01-26" not in days, days
    else:
        assert iso in days, days


def test_annexed_under_a_document():
    found = facts("Russia annexed Crimea in 2014 under a treaty signed in the Kremlin.")
    assert any(f.rel == "incorporates" and f.args.get("document") is not None for f in found), (
        shown(found)
    )


ARMENIA, AZERBAIJAN = "state/armenia", "state/azerbaijan"


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed in April to redraw part of their border. The village of "
        "Kheyrimli was transferred to Azerbaijani control on Friday.",
        "Armenia and Azerbaijan agreed in April to redraw part of their border. On Friday the "
        "village of Kheyrimli was handed over to Azerbaijan.",
        "Azerbaijan welcomed the border deal with Armenia on Friday. Armenian officials said the "
        "village of Kheyrimli had been handed over to Baku.",
    ],
)
def test_a_transfer_with_no_giver_is_from_the_other_state_in_play(text):
    found = facts(text)
    assert has(found, "handedOverTo", to=AZERBAIJAN, **{"from": ARMENIA}), shown(found)


def test_no_giver_where_the_receiver_is_not_one_of_the_two():
    found = facts(
        "Armenia and Azerbaijan agreed in April to redraw part of their border. The village of "
        "Kheyrimli was handed over to Georgia on Friday."
    )
    assert not has(found, "handedOverTo", **{"from": ARMENIA}), shown(found)
    assert not has(found, "handedOverTo", **{"from": AZERBAIJAN}), shown(found)
