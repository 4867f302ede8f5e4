"""Parts of land told in news wording across writers (issue 12, nineteenth round, parts39).

Every sentence was written for this module, in wire-copy wording about places the never-read
batches do not cover. Each reading has its rewrites and its near-misses:
- a unit noun of the partOf class whose possessor or demonym is a state ("Burgenland, Austria's
  easternmost province", "Crete, a Greek island", "Hokkaido is Japan's northernmost island") makes
  the land part of that state (seen in five articles of four batches: dev, T36, T39, T41, T44);
  where the gazetteer knows another state's claim to the land ("Kunashir, Russia's easternmost
  island"), the possessive is a stance and no part-of is told.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

AUSTRIA, JAPAN, GREECE = "state/austria", "state/japan", "state/greece"
SWEDEN, ITALY, RUSSIA = "state/sweden", "state/italy", "state/russia"

# (roles the partOf fact has, text)
BATTERY: list = [
    # the state's possessive on the unit noun: apposition, predicate, after a superlative
    (
        {"part": "territory/burgenland", "whole": AUSTRIA},
        "Burgenland, Austria's easternmost province, held a vote on Sunday.",
    ),
    (
        {"part": "territory/burgenland", "whole": AUSTRIA},
        "Officials said Burgenland is Austria's easternmost province.",
    ),
    (
        {"part": "territory/hokkaido", "whole": JAPAN},
        "Hokkaido is Japan's northernmost island, and its governor met the envoy.",
    ),
    (
        {"part": "territory/crete", "whole": GREECE},
        "Crete, Greece's largest island, was hit by the storm on Monday.",
    ),
    (
        {"part": "territory/gotland", "whole": SWEDEN},
        "Gotland, Sweden's biggest island, has been remilitarised since 2016.",
    ),
    # the same told by "of" (read before) and by a demonym
    (
        {"part": "territory/crete", "whole": GREECE},
        "Storms closed the ports of Crete, the largest island of Greece.",
    ),
    (
        {"part": "territory/sicily", "whole": ITALY},
        "Officials on Sicily, an Italian island, said the ferries had stopped.",
    ),
    # a whole told by "of" stays, though another state claims the land (the gazetteer's holder)
    (
        {"part": "territory/mayotte", "whole": "state/france"},
        "Voters on Mayotte, an overseas department of France, went to the polls on Sunday.",
    ),
]


@pytest.mark.parametrize(("roles", "text"), BATTERY)
def test_part_of_a_state(roles, text):
    found = facts(text)
    assert has(found, "partOf", **roles), shown(found)


# (text, roles no partOf may have)
DENIED: list = [
    # another state claims the land: the possessive is a stance
    (
        "The minister visited Kunashir, Russia's easternmost island, on Friday.",
        {"part": "territory/kunashir", "whole": RUSSIA},
    ),
    (
        "Japan protested the visit to Iturup, a Russian island since 1945.",
        {"part": "territory/iturup", "whole": RUSSIA},
    ),
    (
        "Coast guard cutters patrol the Pratas Islands, a Taiwanese-controlled atoll in the South "
        "China Sea.",
        {"part": "territory/pratas-islands", "whole": "state/taiwan"},
    ),
]


@pytest.mark.parametrize(("text", "roles"), DENIED)
def test_no_part_where_another_claims_it(text, roles):
    none_told(text, "partOf", roles)
