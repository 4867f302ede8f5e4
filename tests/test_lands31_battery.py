"""Land facts told in nominal form (issue 12, fourteenth round, lands31).

"Sovereignty" as the subject of a clause that says something of it ("our sovereignty over these
areas is not in question") is what its owner asserts, not a claim: the claims class's noun counts
only under one of its light verbs ("sought sovereignty over X"). Sentences written for these tests,
in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, has

# -- "sovereignty" as the subject of a clause is its owner's assertion, no claim (T14 "British
# sovereignty over the British Antarctic Territory was 'not in doubt'", T21 "our sovereignty over
# these areas is not in question"); under a light verb it stays a claim of land another holds
OWNER_ASSERTS = [
    (
        '"Our sovereignty over the Spratly Islands is not in question," Philippine Foreign Minister '
        "Enrique Manalo told reporters.",
        "state/philippines",
        "territory/spratly-islands",
    ),
    (
        "Argentina's sovereignty over the Falkland Islands is undeniable, Milei said.",
        "state/argentina",
        "territory/falkland-islands",
    ),
    (
        "Mauritius says its sovereignty over the Chagos Archipelago is beyond doubt.",
        "state/mauritius",
        "territory/chagos-archipelago",
    ),
]


@pytest.mark.parametrize("text, state, land", OWNER_ASSERTS)
def test_sovereignty_as_subject_is_asserted_not_claimed(text, state, land):
    found = facts(text)
    assert has(found, "assertsSovereignty", state=state, territory=land), found
    assert not has(found, "claims", claimant=state, territory=land), found


SOUGHT = [
    (
        "Mauritius has long sought sovereignty over the Chagos Archipelago.",
        "state/mauritius",
        "territory/chagos-archipelago",
    ),
    (
        "Argentina has pressed for sovereignty over the Falkland Islands for decades.",
        "state/argentina",
        "territory/falkland-islands",
    ),
]


@pytest.mark.parametrize("text, state, land", SOUGHT)
def test_sovereignty_sought_is_a_claim(text, state, land):
    assert has(facts(text), "claims", claimant=state, territory=land)


# -- a breakaway state is also land its parent state claims (as Kosovo, Transnistria and Taiwan
# are in data/gazetteer/territories.yaml): Somaliland was a state only, so "regards Somaliland
# as part of its territory" claimed nothing
SOMALILAND = [
    "Somalia, which regards Somaliland as part of its territory, recalled its ambassador.",
    "Somalia says Somaliland is part of its territory.",
    "Mogadishu considers Somaliland part of Somalia and rejected the port deal.",
]


@pytest.mark.parametrize("text", SOMALILAND)
def test_breakaway_state_claimed_as_land(text):
    found = facts(text)
    assert has(found, "claims", claimant="state/somalia", territory="territory/somaliland"), found


def test_breakaway_state_still_signs():
    found = facts("Ethiopia signed a memorandum of understanding with Somaliland on Monday.")
    assert has(found, "signed", parties={"state/ethiopia", "state/somaliland"}), found
