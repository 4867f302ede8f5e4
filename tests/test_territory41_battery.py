"""Territory transfers in wording not read right before (issue 12, territory41).

Sentences written for this module, in wire-copy wording; each reading has rewrites and near-misses:
- a boundary that "gives" a state land ("the new line gives Peru the valley", "the border ...,
  which would give it the island") allots it: no state hands anything over, so no handover and no
  promised one (seen in T9, T22 and T52); a state or a treaty that gives, cedes or transfers land
  still does;
- the taker's or the loser's side told as to come or as an aim ("force to take it back", "will be
  taken back", "only to lose it to Japan") borrows no document told before as its promise: an aim
  or an outcome, no document's terms (seen in T9, T18 and T37); framed by the document ("Under it,
  Japan would take back ...") or with the giver's verb, the promise stands.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

PERU, ECUADOR, CHILE, BOLIVIA = "state/peru", "state/ecuador", "state/chile", "state/bolivia"
HONDURAS, NICARAGUA = "state/honduras", "state/nicaragua"

# A boundary as the giver: allotment, no transfer (the verb, the voice and the clause vary)
LINES = [
    "Opposition deputies say the new line gives Peru about 900 hectares of Ecuadorean land.",
    "Critics in Quito argue that the boundary gives Peru the Cenepa valley, which Ecuador claims.",
    "Ecuador holds that the frontier should follow the old river bed, which would give it the "
    "Cenepa valley.",
    "Under the draft, the new border would give Peru the disputed ridge.",
    "The map the commission drew gives Chile the salt flats that Bolivia claims.",
    "Nicaraguan lawmakers said the maritime boundary transfers the cays to Honduras.",
]


@pytest.mark.parametrize("text", LINES)
def test_a_boundary_gives_no_land_away(text):
    for rel in ("handedOverTo", "promisesHandover"):
        none_told(text, rel, {})


# A state or a document as the giver: still a handover (or a promise)
GIVERS = [
    ("handedOverTo", {"to": PERU, "from": ECUADOR}, "In 1942 Ecuador gave Peru the Cenepa valley."),
    (
        "handedOverTo",
        {"to": HONDURAS, "from": NICARAGUA},
        "Nicaragua transferred the Swan Islands to Honduras in 1961.",
    ),
    (
        "handedOverTo",
        {"to": PERU, "from": ECUADOR},
        "Ecuador, whose army had lost the war, ceded the Cenepa valley to Peru in 1942.",
    ),
    (
        "promisesHandover",
        {"to": PERU},
        "The 1942 protocol gives Peru the Cenepa valley, Ecuadorean officials said.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), GIVERS)
def test_a_state_or_document_still_gives(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


DECLARED = "The 1942 protocol was signed in Rio de Janeiro. "

# The taker's aim or the loser's outcome after a document was told: no promise of that document
AIMS = [
    DECLARED + "Quito has refused to rule out force to take the Cenepa valley back.",
    DECLARED + "The Cenepa valley will be taken back, the Ecuadorean general told reporters.",
    DECLARED + "Ecuadorean nationalists vowed that Ecuador would take back the Cenepa valley.",
    DECLARED
    + "Ecuador held the valley for decades, only to lose the Cenepa valley to Peru in 1995.",
]


@pytest.mark.parametrize("text", AIMS)
def test_an_aim_to_take_land_back_is_no_promise(text):
    none_told(text, "promisesHandover", {})


# Framed by the document, or told from the giver's side: the document's promise
PROMISES = [
    DECLARED + "Under it, Peru would take back the Cenepa valley.",
    DECLARED + "Under the protocol, Peru would receive the Cenepa valley.",
    DECLARED + "Ecuador would hand the Cenepa valley over to Peru.",
]


@pytest.mark.parametrize("text", PROMISES)
def test_a_document_framed_promise_stands(text):
    found = facts(text)
    assert has(found, "promisesHandover", to=PERU), shown(found)
