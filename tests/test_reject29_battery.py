"""Rejections and recognitions in wording not seen before (issue 12, reject29).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (the Essequibo, the Falklands, Peru-Ecuador, Guatemala-Belize). Each reading
has its rewrites and its near-misses:
- a document recognised (accepted, acknowledged) "as final", "as valid", "as binding" grants it a
  standing: recognizes; the document without its "as" ("accepted the ruling": compliance), a
  letter acknowledged, a recognition negated, refused or only possible, recognises nothing;
- "X argued (contended) that ... Y rejected that argument": the arguer is the claimant of the
  rejection, as the maker of a demand is of "that demand";
- "a station built by Britain ... Argentina objected to the station (to it)": the doer of the
  participle made the thing rejected, so it is the claimant; a station built by no one named, or
  by the rejecter itself, gives none;
- "the sovereignty that Peru claims (the rights Bolivia asserts)": the subject of a claiming verb
  in a relative clause made the thing rejected; a content clause with an object of its own ("the
  report that Venezuela claims the whole river") tells what the thing says, not who made it.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

ECUADOR, PERU, GUATEMALA = "state/ecuador", "state/peru", "state/guatemala"
VENEZUELA, GUYANA = "state/venezuela", "state/guyana"
ARGENTINA, UK = "state/argentina", "state/united-kingdom"
COLOMBIA, CHILE, BOLIVIA = "state/colombia", "state/chile", "state/bolivia"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # the subject of a claiming verb in a relative clause made the thing
    (
        "rejectsClaim",
        {"state": COLOMBIA, "claimant": PERU},
        "Colombia does not recognize the sovereignty that Peru claims over the island.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": BOLIVIA},
        "Chile rejects the rights Bolivia asserts over the Silala waters.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA},
        "Guyana rejected the rights which Venezuela asserts over the river.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA},
        "Britain rejected the sovereignty Argentina claims over the Falkland Islands.",
    ),
    # a document's standing granted "as ...": recognizes
    (
        "recognizes",
        {"party": ECUADOR, "what": "the 1998 award", "as": "final and binding"},
        "Ecuador recognised the 1998 award as final and binding.",
    ),
    (
        "recognizes",
        {"party": ECUADOR, "what": "the Rio Protocol", "as": "valid"},
        "The Brasilia accord, under which Ecuador accepted the Rio Protocol as valid, ended the "
        "dispute.",
    ),
    (
        "recognizes",
        {"party": PERU, "what": "the ruling", "as": "final"},
        "Peru, which accepted the ruling as final, pulled its troops back.",
    ),
    (
        "recognizes",
        {"party": GUATEMALA, "what": "the judgment", "as": "binding"},
        "Guatemala has accepted the judgment as binding, the foreign ministry said.",
    ),
    (
        "recognizes",
        {"party": ECUADOR, "what": "the award", "as": "final and binding"},
        "In Quito, President Jamil Mahuad said Ecuador recognised the award as final and binding "
        "and would abide by it.",
    ),
    pytest.param(
        "recognizes",
        {"party": ECUADOR, "what": "the arbitral award", "as": "binding"},
        "Ecuador's government acknowledged the arbitral award as binding on Tuesday.",
        marks=pytest.mark.xfail(strict=True, reason="the day is read into the as-phrase"),
    ),
    # "X argued ... Y rejected that argument": X is the claimant
    (
        "rejectsClaim",
        {"claimant": VENEZUELA, "what": "that argument"},
        "Venezuela argued that the line followed the Essequibo river. The arbitral tribunal "
        "rejected that argument in 1899.",
    ),
    (
        "rejectsClaim",
        {"claimant": VENEZUELA, "what": "that argument"},
        "The line Venezuela had argued was the true boundary runs further east. Rejecting that "
        "argument, the tribunal drew the line along the river.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "what": "the contention"},
        "Venezuela contended that the 1899 award was void. Guyana dismissed the contention on "
        "Monday.",
    ),
    # a thing built by a state, rejected by another: the builder is the claimant
    (
        "rejectsClaim",
        {  # the station as told before (rejects51: rules/told_things.py)
            "state": ARGENTINA,
            "claimant": UK,
            "what": "the station (a radar station built by Britain on Mount Kent)",
        },
        "The Falkland Islands host a radar station built by Britain on Mount Kent. Argentina has "
        "objected to the station since 1985.",
    ),
    (
        "rejectsClaim",
        {  # the runway as told before (rejects51: rules/told_things.py)
            "state": GUATEMALA,
            "claimant": "state/belize",
            "what": "the runway (a runway built by Belize on the cay)",
        },
        "Guatemala protested against a runway built by Belize on the cay. Guatemala rejected the "
        "runway.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK, "what": "The station"},
        "The islands host a steel platform built by Britain on the reef. The station, completed "
        "in 2003, gathers weather data. Argentina has objected to it since 1995.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "what": "the law"},
        "The new law by Venezuela angered Guyana. Guyana rejected the law on Tuesday.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # a content clause with an object of its own: what the thing says
    (
        "Guyana rejected the report that Venezuela claims the whole river.",
        "rejectsClaim",
        {"claimant": VENEZUELA},
    ),
    ("Ecuador accepted the ruling on Tuesday.", "recognizes", {}),
    ("Ecuador acknowledged the letter as received.", "recognizes", {}),
    ("Ecuador does not recognise the award as valid.", "recognizes", {}),
    ("Ecuador might recognise the award as binding.", "recognizes", {}),
    ("Ecuador refused to recognise the award as binding.", "recognizes", {}),
    ("Ecuador could accept the treaty as a basis for talks.", "recognizes", {}),
    ("Ecuador recognised the treaty.", "recognizes", {}),
    # an argument rejected with no arguer told has no claimant
    ("Guyana has always rejected that argument.", "rejectsClaim", {"claimant": VENEZUELA}),
    # built by no one named, or by the rejecter itself
    (
        "A station built near the islands angered Argentina. Argentina rejected the station.",
        "rejectsClaim",
        {"claimant": UK},
    ),
    (
        "Argentina built a station on the shelf in 1985. Argentina rejected the station.",
        "rejectsClaim",
        {"claimant": ARGENTINA},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)
