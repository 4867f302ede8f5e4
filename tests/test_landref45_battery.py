""" "The lake" is the lake the article named ("Pangong Lake", "Lake Mweru") (issue 12, round 25,
landref45).

A fact told with "the lake" ("China controls roughly two thirds of the lake", "dispatched surveyors
to the lake") belongs to the lake named before. "lake" joins the ``region`` class of
data/lexicon/references.yaml: the later "the lake" is the land the article last named with that
word, never another land named since ("the Ruvuma region") and never a lake the text did not name.
Seen in study articles of two batches (h158, h292, h303). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

_TANZANIA, _KENYA = "state/tanzania", "state/kenya"
_NYASA, _VICTORIA = "territory/lake-nyasa", "territory/lake-victoria"


def _lands(text: str, rel: str, role: str, key: str) -> set[str]:
    """The territories of the ``rel`` facts whose ``role`` is the entity ``key``."""
    out = set()
    for f in facts(text):
        who, land = f.args.get(role), f.args.get("territory")
        keys = {e.key for e in who} if isinstance(who, tuple) else {getattr(who, "key", None)}
        if f.rel == rel and not f.negated and key in keys and land is not None:
            out.add(getattr(land, "key", None))
    return out


# the same claim: active, passive, an inserted clause, a share of the lake, the name after "Lake"
CLAIMED = [
    "Malawi and Tanzania both border Lake Nyasa. Tanzania claims the lake.",
    "Malawi and Tanzania both border Lake Nyasa. The lake is claimed by Tanzania.",
    "Malawi and Tanzania both border Lake Nyasa. Tanzania, which signed no treaty, claims the lake.",
    "Lake Nyasa lies between Malawi and Tanzania. Tanzania claims half of the lake.",
    "Malawi and Tanzania both border Lake Malawi. Tanzania claims the lake.",
]


@pytest.mark.parametrize("text", CLAIMED)
def test_the_lake_is_the_lake_named(text: str) -> None:
    assert _NYASA in _lands(text, "claims", "claimant", _TANZANIA), shown(facts(text))


def test_another_relation_told_of_the_lake() -> None:
    text = "Malawi and Tanzania both border Lake Nyasa. Tanzania controls the north of the lake."
    assert _NYASA in _lands(text, "controls", "state", _TANZANIA), shown(facts(text))


def test_the_lake_named_last() -> None:
    text = "Kenya fishes on Lake Victoria, far from Lake Nyasa. Kenya claims the lake."
    lands = _lands(text, "claims", "claimant", _KENYA)
    assert _NYASA in lands and _VICTORIA not in lands, shown(facts(text))


def test_no_lake_named_no_lake() -> None:
    text = "Malawi and Tanzania met in Dar es Salaam on Monday. Tanzania claims the lake."
    assert not _lands(text, "claims", "claimant", _TANZANIA), shown(facts(text))


def test_a_land_of_another_word_is_not_the_lake() -> None:
    """ "the lake" agrees with a land named "lake", not with the region named after it."""
    text = (
        "Tanzania borders Lake Nyasa. Its Ruvuma region lies to the east. Tanzania claims the lake."
    )
    lands = _lands(text, "claims", "claimant", _TANZANIA)
    assert _NYASA in lands and not lands - {_NYASA}, shown(facts(text))
