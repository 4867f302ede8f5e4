"""Land said to be part of the sayer's own state (issue 12, twenty-third round, lands43).

- "Guatemala insisted that Soconusco was part of Guatemala", '"Junagadh is part of Pakistan," the
  minister said', "Somaliland lays claim to Sool and Sanaag, which ... it regards as part of its
  territory": where the claims class reads the stance (the land is not said to be the claimant's),
  the same words told no outlet's partOf, for land the gazetteer gives no holder as for land it
  knows another holds (rules/claimed_parts.py). Seen in three articles of three study batches
  (T30, T35, T40); where the claim was first read in another sentence (T40's), the partOf stays:
  taking such claims in too cost a fact on the never-read set, and was left out. A unit of the sayer's
  own ("counts X as part of its Y department"), a bare "X is part of Y", another state's word
  ("Belize says X is part of Guatemala") and land the article says the sayer holds keep their
  partOf.

Every sentence was written for this module; the lands are invented, so no gazetteer holds them.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

GUATEMALA, HONDURAS = "state/guatemala", "state/honduras"
MARNAK = "territory/marnak-island"

# the sayer names itself the whole of land no one is said to hold: a claim, no partOf
SAID_OWN = [
    "Guatemala insists that Marnak Island is part of Guatemala.",
    "Guatemala has long maintained that Marnak Island is part of Guatemala.",
    '"Marnak Island is part of Guatemala," Foreign Minister Carlos Ramiro Martinez told reporters.',
    '"Marnak Island is part of Guatemala," Carlos Ramiro Martinez, the foreign minister, said on'
    " Monday.",
]


@pytest.mark.parametrize("text", SAID_OWN)
def test_land_a_state_says_is_its_own_is_its_claim(text):
    found = facts(text)
    assert has(found, "claims", claimant=GUATEMALA, territory=MARNAK), shown(found)


@pytest.mark.parametrize("text", SAID_OWN)
def test_land_a_state_says_is_its_own_is_no_outlets_part(text):
    none_told(text, "partOf", {"part": MARNAK, "whole": GUATEMALA})


# near-misses: the outlet's words, another's word, a unit of one's own, land said to be held
KEPT = [
    ("Marnak Island is part of Guatemala.", {"part": MARNAK, "whole": GUATEMALA}),
    ("Belize says Marnak Island is part of Guatemala.", {"part": MARNAK, "whole": GUATEMALA}),
    (
        "Honduras counts Marnak Island as part of its Gracias a Dios department.",
        {"part": MARNAK, "whole": "territory/gracias-a-dios-department"},
    ),
    (
        "Guatemala holds Marnak Island, and its president insisted on Monday that Marnak Island was"
        " part of Guatemala.",
        {"part": MARNAK, "whole": GUATEMALA},
    ),
]


@pytest.mark.parametrize(("text", "roles"), KEPT)
def test_part_of_told_otherwise_stays(text, roles):
    found = facts(text)
    assert has(found, "partOf", **roles), shown(found)


def test_a_unit_of_ones_own_is_still_claimed():
    found = facts("Honduras counts Marnak Island as part of its Gracias a Dios department.")
    assert has(found, "claims", claimant=HONDURAS, territory=MARNAK), shown(found)


def test_a_rival_regarding_land_as_its_own_makes_no_part_of_the_claimant():
    text = "Somaliland claims Sool, while Puntland regards it as part of its territory."
    none_told(text, "partOf", {"part": "territory/sool", "whole": "state/somaliland"})
