"""Rejections in wording not seen before (issue 12, reject39).

Every sentence was written for this module, in wire-copy wording about the Essequibo, the
Falklands and Peru-Ecuador. Each reading has its rewrites and its near-misses:
- "rejects that reading (that ruling)": after a verb in the present the parser reads a
  demonstrative and an "-ing" noun as a clause ("that" its subject); it is the verb's object, and
  a bare "that reading" ("that interpretation") is what the latest other state's speaker said, as
  "that view" is; a reading nobody was told to voice has no claimant;
- "denied the charge", "a charge Quito denies": a denial of what one is said to have done answers a
  charge about oneself, as "denied any wrongdoing" does, and rejects no claim of another's; "rejected
  the charge" turns it down, and "denied Lima's claim (demand)" still rejects the claim.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

VENEZUELA, GUYANA = "state/venezuela", "state/guyana"
ARGENTINA, UK = "state/argentina", "state/united-kingdom"
ECUADOR, PERU = "state/ecuador", "state/peru"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # a demonstrative and an "-ing" noun after a verb in the present: the verb's object
    (
        "rejectsClaim",
        {
            "state": GUYANA,
            "claimant": VENEZUELA,
            "what": "that reading (the Geneva Agreement had voided the 1899 award)",
        },
        "Venezuelan Foreign Minister Yvan Gil said the Geneva Agreement had voided the 1899 award. "
        "Guyana rejects that reading.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "what": "that reading (the award was a fraud)"},
        "Venezuela's foreign minister has said that the award was a fraud. Guyana firmly rejects "
        "that reading.",
    ),
    pytest.param(
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "what": "that reading"},
        "Venezuela's foreign minister has said that the award was a fraud. Georgetown firmly rejects "
        "that reading, the Guyanese government said.",
        marks=pytest.mark.xfail(
            strict=True, reason="with a speech tag after it the noun is read as a preposition"
        ),
    ),
    (
        "rejectsClaim",
        {
            "state": GUYANA,
            "claimant": VENEZUELA,
            "what": "that interpretation (the Geneva Agreement had voided the 1899 award)",
        },
        "Venezuelan Foreign Minister Yvan Gil said the Geneva Agreement had voided the 1899 award. "
        "Guyana rejected that interpretation.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "what": "that reading of the 1971 accord"},
        "Britain rejects that reading of the 1971 accord.",
    ),
    (
        "rejectsClaim",
        {"state": PERU, "what": "that ruling"},
        "The commission found that the river marks the border. Peru rejects that ruling.",
    ),
    (
        "rejectsClaim",
        {"state": ECUADOR, "what": "this reading"},
        "Ecuador rejects this reading.",
    ),
    # "deny" with another's claim or demand: still a rejection
    (
        "rejectsClaim",
        {"state": ECUADOR, "claimant": PERU, "what": "Lima's claim to the Cenepa valley"},
        "Ecuador denied Lima's claim to the Cenepa valley.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA},
        "Britain has always denied Argentina's demand for sovereignty talks.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "what": "Venezuela's accusation"},
        "Venezuela accused Guyana of provoking the navy. Guyana rejected the accusation.",
    ),
    (
        "rejectsClaim",
        {
            "state": UK,
            "claimant": ARGENTINA,
            "what": "that reading (the 1965 resolution obliged London to negotiate)",
        },
        "Argentine Foreign Minister Santiago Cafiero said the 1965 resolution obliged London to "
        "negotiate. The British government rejects that reading.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # a content clause whose "-ing" word has a clause's own parts stays a clause
    ("Guyana says that fishing is banned near the river.", "rejectsClaim", {}),
    ("Guyana warns that dredging the river harms the fishermen.", "rejectsClaim", {}),
    # a charge about oneself denied: no claim of another's rejected
    ("Peru accused Ecuador of moving troops, a charge Quito denies.", "rejectsClaim", {}),
    ("Ecuador denied the charges on Friday.", "rejectsClaim", {}),
    (
        "Venezuela accused Guyana of provoking the navy. Guyana denied the accusation.",
        "rejectsClaim",
        {},
    ),
    ("Britain denied allegations that its ships had entered Argentine waters.", "rejectsClaim", {}),
    # a reading nobody was told to voice: no claimant
    ("Guyana has always rejected that reading.", "rejectsClaim", {"claimant": VENEZUELA}),
    # the rejecter's own speaker voiced it: no claimant of its own
    (
        "Guyanese Foreign Minister Hugh Todd said the award was final. Guyana rejects that "
        "reading.",
        "rejectsClaim",
        {"claimant": GUYANA},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)
