"""Organisations as claimants (issue 12, orgclaim41).

Every sentence was written for this module. A movement, a separatist council or a regional bloc
claims land in its own name, through the grammar that finds a state's claims: the subject of
"claims", a relative clause, a passive's agent, "lays claim to", the noun's possessor or by-phrase,
and the maker of a claim or demand another party rejects (mention kind ``G`` of
data/lexicon/relations.yaml, kg/ingest/nlp/rules/claimant_bodies.py). The near-misses: a state's
organ (a ministry, a parliament, a court) still acts for its state, whose name it carries or not,
and claims nothing of its own; a court's ruling has no claimant.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

POLISARIO = "organization/polisario-front"
STC = "organization/southern-transitional-council"
GCC = "organization/gulf-cooperation-council"
MRC = "organization/mombasa-republican-council"
WSAHARA = "territory/western-sahara"
SOCOTRA = "territory/socotra-archipelago"
DURRA = "territory/durra-field"
MOROCCO, IRAN, KENYA = "state/morocco", "state/iran", "state/kenya"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    (
        "claims",
        {"claimant": POLISARIO, "territory": WSAHARA},
        "The Polisario Front claims Western Sahara.",
    ),
    (
        "claims",
        {"claimant": POLISARIO, "territory": WSAHARA},
        "The Polisario Front, which claims Western Sahara, stayed away from the talks.",
    ),
    (
        "claims",
        {"claimant": POLISARIO, "territory": WSAHARA},
        "Western Sahara is claimed by the Polisario Front.",
    ),
    (
        "claims",
        {"claimant": POLISARIO, "territory": WSAHARA},
        "The Polisario Front's claim to Western Sahara has Algerian backing.",
    ),
    (
        "claims",
        {"claimant": STC, "territory": SOCOTRA},
        "The separatist Southern Transitional Council has laid claim to the Socotra archipelago.",
    ),
    (
        "claims",
        {"claimant": STC, "territory": SOCOTRA},
        "The Southern Transitional Council, which claims the Socotra archipelago, holds Aden.",
    ),
    # the maker of a rejected claim or demand
    (
        "rejectsClaim",
        {"state": MOROCCO, "claimant": POLISARIO, "territory": WSAHARA},
        "Morocco rejects the Polisario Front's demand for a referendum in Western Sahara.",
    ),
    (
        "rejectsClaim",
        {"state": MOROCCO, "claimant": POLISARIO},
        "Morocco has rejected a demand by the Polisario Front for a vote in Western Sahara.",
    ),
    (
        "rejectsClaim",
        {"state": IRAN, "claimant": GCC, "territory": DURRA},
        "Iran dismissed the Gulf Cooperation Council's claim to the Durra field.",
    ),
    (
        "rejectsClaim",
        {"state": "state/indonesia", "claimant": "organization/west-timor-care-foundation"},
        "Indonesia rejected a claim to Ashmore Reef by the West Timor Care Foundation.",
    ),
    (
        "rejectsClaim",
        {"claimant": MRC},
        "A Kenyan court turned down the Mombasa Republican Council's claim to the coastal strip.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# -- a state's organs act for their state; courts claim nothing ----------------------------------

NEAR_MISSES: list = [
    # a body whose name names its state: the state claims, not the body
    (
        "claims",
        {"claimant": "organization/parliament-of-morocco"},
        "The Moroccan parliament claims Western Sahara.",
    ),
    # an organ whose name names no state claims nothing of its own
    ("claims", {"claimant": "organization/high-court"}, "The High Court claims Wake Island."),
    (
        "claims",
        {"claimant": "organization/us-state-department"},
        "The State Department claims Wake Island.",
    ),
    # "its" standing for an organ: no claimant, and no claim of the organ's
    (
        "rejectsClaim",
        {"claimant": "organization/european-commission"},
        "The European Commission backed the bridge. A Croatian court later threw out its appeal.",
    ),
    # a court's ruling has no claimant: the court made it, it claims nothing
    (
        "rejectsClaim",
        {"claimant": "organization/international-court-of-justice"},
        "Venezuela rejected the International Court of Justice's ruling on the Essequibo.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), NEAR_MISSES)
def test_near_miss(rel, roles, text):
    none_told(text, rel, roles)


def test_a_states_parliament_claims_for_its_state():
    found = facts("The Moroccan parliament claims Western Sahara.")
    assert has(found, "claims", claimant=MOROCCO, territory=WSAHARA), shown(found)


def test_a_court_named_with_its_state_rejects_for_it():
    found = facts("The Supreme Court of Kenya rejected the Mombasa Republican Council's claim.")
    assert has(found, "rejectsClaim", state=KENYA, claimant=MRC), shown(found)
