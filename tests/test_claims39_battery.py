"""Claims and disputes as news in general words them (issue 12, nineteenth round, claims39).

- Land a pronoun regards as its own ("a territory it had regarded as its own", "lands it regarded
  as its own"): the pronoun's state claims it, as a named regarder does. A pronoun regarder is seen
  in four articles of four study batches (T27, T35, T40, T48); the "its own" reader left it out.

Sentences written for these tests, in news style.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

INDIA, AKSAI_CHIN = "state/india", "territory/aksai-chin"
MOROCCO, CEUTA = "state/morocco", "territory/ceuta"
NEPAL, KALAPANI = "state/nepal", "territory/kalapani"

# (sentence, claimant, territory): a pronoun regards the land as its own
REGARDED_BY_PRONOUN = [
    ("India lodged a protest over Aksai Chin, a plateau it regards as its own.", INDIA, AKSAI_CHIN),
    (
        "India lodged a protest over Aksai Chin, a plateau that it regards as its own.",
        INDIA,
        AKSAI_CHIN,
    ),
    ("Morocco protested over Ceuta, which it has long considered its own.", MOROCCO, CEUTA),
    (
        "On Monday Morocco again protested over Ceuta, which it regards as its own.",
        MOROCCO,
        CEUTA,
    ),
    ("Nepal protested over Kalapani, a strip of land it sees as its own.", NEPAL, KALAPANI),
    ("Nepal protested over Kalapani, which it deems its own.", NEPAL, KALAPANI),
]


@pytest.mark.parametrize(("text", "claimant", "territory"), REGARDED_BY_PRONOUN)
def test_a_pronoun_that_regards_land_as_its_own_claims_it(text, claimant, territory):
    found = facts(text)
    assert has(found, "claims", claimant=claimant, territory=territory), shown(found)


def test_a_pronoun_that_does_not_regard_land_as_its_own_claims_nothing():
    none_told(
        "Morocco protested over Ceuta, which it does not regard as its own.",
        "claims",
        {"claimant": MOROCCO, "territory": CEUTA},
    )
