"""What a rejection rejects when a noun sums up the clause before it (issue 12, rejroles40b).

Every sentence was written for this module. "X sought a secret ballot, a request Y turned down",
"the ministry said ships would pay no fees, a claim Z denied", "X unveiled a map ..., a move Y
denounced": the summing noun ("a request", "a claim", "a move") says only what kind of thing was
rejected; the clause it sums up says which, so the rejection's ``what`` carries both. A noun that
sums up no clause ("rejected the request") keeps its own words alone.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

ECUADOR, PERU = "state/ecuador", "state/peru"
VENEZUELA, GUYANA = "state/venezuela", "state/guyana"
ARGENTINA, UK, CHILE = "state/argentina", "state/united-kingdom", "state/chile"

# (text, the rejecter, the words the rejected thing must carry)
SUMMED: list = [
    (
        "Venezuela had sought a joint commission, a request Guyana turned down on Monday.",
        GUYANA,
        ("joint commission",),
    ),
    (
        "Venezuela had sought a joint commission, a request that Guyana has rejected.",
        GUYANA,
        ("joint commission",),
    ),
    pytest.param(
        "The Peruvian navy said Ecuadorean boats would no longer pay port fees, a claim Ecuador "
        "denied.",
        ECUADOR,
        ("claim", "no longer pay port fees"),
        marks=pytest.mark.xfail(strict=True, reason="the parse makes the summing noun a ccomp"),
    ),
    (
        "Argentina on Friday published a new map that shows the Falklands as Argentine territory, "
        "a move Britain swiftly condemned.",
        UK,
        ("move", "new map"),
    ),
    (
        "Argentina has long claimed the waters south of the Beagle Channel, a position Chile has "
        "always rejected.",
        CHILE,
        ("position", "waters south of the Beagle Channel"),
    ),
    # the parse makes the summing noun a second object of the clause's verb
    (
        "Ecuador says the 1942 protocol leaves it the Cenepa valley, a reading that Peru has "
        "always rejected.",
        PERU,
        ("reading", "1942 protocol"),
    ),
    (
        "The Venezuelan government has said the 1899 award breaches the 1897 treaty, a view that "
        "Guyana has rejected.",
        GUYANA,
        ("view", "1899 award breaches"),
    ),
    (
        "Peru proposed a shared border post, a plan which Ecuador rejects.",
        ECUADOR,
        ("plan", "shared border post"),
    ),
]


@pytest.mark.parametrize(("text", "state", "words"), SUMMED)
def test_summed_clause_is_what_was_rejected(text, state, words):
    found = [f for f in facts(text) if f.rel == "rejectsClaim" and not f.negated]
    whats = [
        str(f.args.get("what")) for f in found if getattr(f.args.get("state"), "key", None) == state
    ]
    assert any(all(w in what for w in words) for what in whats), shown(found)


# a noun that sums up no clause before it keeps its own words
PLAIN: list = [
    (
        "Venezuela sought a joint commission. Guyana turned the request down on Monday.",
        GUYANA,
        "joint commission",
    ),
    (
        "Argentina has published a new map. Britain condemned the map, a step it called futile.",
        UK,
        "futile",
    ),
]


@pytest.mark.parametrize(("text", "state", "absent"), PLAIN)
def test_no_clause_where_none_is_summed(text, state, absent):
    found = [f for f in facts(text) if f.rel == "rejectsClaim" and not f.negated]
    for f in found:
        if getattr(f.args.get("state"), "key", None) == state:
            assert absent not in str(f.args.get("what")), shown(found)
