"""Land made a unit of a state's region, and lands declared part of a state by a phrase the
parser glues to the predicate noun (issue 12, fourteenth round, lands30).

Seen in several writers' text (T15's Loreto district, T11's Hatay province, T20's Kalayaan
municipality and the islands a decree declares part of a state's territory):
- "made X a district (municipality, province) of the Y region": the region is land, not a state,
  so the state X is taken into is the region's holder (the gazetteer's) or the state of whoever
  made it so ("Peru's Congress", "the National Assembly of Nicaragua"); the predicate noun's
  subject is a passive's subject ("X was made a district of ...") and, where the parser hangs the
  relative pronoun elsewhere, the noun the relative clause describes;
- "declared the islands part of X's territory", parsed with "the islands" a compound of "part":
  the definite phrase is the small clause's subject, as a glued proper name is;
- "Presidential Decree 1596": a decree's number is no year.
Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown


def _label(value: object) -> object:
    return getattr(value, "label", value)


def _has(text: str, rel: str, **want: str) -> bool:
    found = facts(text)
    return any(
        f.rel == rel
        and not f.negated
        and all(str(_label(f.args.get(k)) or "").startswith(v) for k, v in want.items())
        for f in found
    )


# (text, relation, roles by the label's start)
BATTERY: list = [
    # -- made a unit of a region: the maker's state, active, passive, relative, another noun
    (
        "Nicaragua's National Assembly made Calero Island a district of the Rio San Juan "
        "department last year.",
        "incorporates",
        {"territory": "Calero Island", "into": "Nicaragua"},
    ),
    (
        "Calero Island was made a district of the Rio San Juan department by Nicaragua's "
        "National Assembly in 2021.",
        "incorporates",
        {"territory": "Calero Island", "into": "Nicaragua", "date": "2021"},
    ),
    (
        "Ortega flew to Calero Island, which Nicaragua's National Assembly made a district of "
        "the Rio San Juan department in 2021.",
        "incorporates",
        {"territory": "Calero Island", "into": "Nicaragua"},
    ),
    (
        "Ortega flew to Calero Island, which the National Assembly of Nicaragua made a "
        "municipality of the Rio San Juan department in 2021.",
        "incorporates",
        {"territory": "Calero Island", "into": "Nicaragua"},
    ),
    (
        "Ortega flew to Calero Island, which the National Assembly of Nicaragua made a "
        "municipality of the Rio San Juan department in 2021.",
        "partOf",
        {"part": "Calero Island", "whole": "Rio San Juan"},
    ),
    # -- the region's holder, where the gazetteer knows it
    (
        "Beijing made Woody Island a municipality of Hainan province in 2012.",
        "incorporates",
        {"territory": "Woody Island", "into": "China", "date": "2012"},
    ),
    (
        "Russia made Tuzla a district of Crimea in 2014.",
        "incorporates",
        {"territory": "Tuzla", "into": "Russia"},
    ),
    # -- "declared the islands part of ...": the glued definite phrase
    (
        "The Senkaku Islands were surveyed by Japan. A cabinet decision in 1895 declared the "
        "islands part of Japanese territory.",
        "incorporates",
        {"territory": "Senkaku", "into": "Japan", "date": "1895"},
    ),
    (
        "Honduran marines landed on the Swan Islands. The 1957 law declared the islands part of "
        "Honduran territory.",
        "incorporates",
        {"territory": "Swan Islands", "into": "Honduras", "date": "1957"},
    ),
    (
        "Honduran marines landed on the Swan Islands. The 1957 law declared the islands part of "
        "Honduran territory.",
        "partOf",
        {"part": "Swan Islands", "whole": "Honduras"},
    ),
    # -- a decree's number is no year
    (
        "Marcos issued Presidential Decree 1596 in June 1978.",
        "issued",
        {"document": "Presidential Decree 1596", "date": "1978-06"},
    ),
    (
        "In June 1978 Marcos issued Presidential Decree 1596.",
        "issued",
        {"document": "Presidential Decree 1596", "date": "1978-06"},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), BATTERY)
def test_reading(text, rel, roles):
    assert _has(text, rel, **roles), shown(facts(text))


# (text, relation, roles no fact of it may have)
DENIED: list = [
    # only possible, negated: none made
    (
        "Nicaragua's National Assembly could make Calero Island a district of the Rio San Juan "
        "department.",
        "incorporates",
        {"territory": "Calero Island"},
    ),
    (
        "Nicaragua's National Assembly did not make Calero Island a district of the Rio San Juan "
        "department.",
        "incorporates",
        {"territory": "Calero Island"},
    ),
    # a decree's number gives no date
    ("Marcos issued Presidential Decree 1596.", "issued", {"date": "1596"}),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    assert not _has(text, rel, **roles), shown(facts(text))
