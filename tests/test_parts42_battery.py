"""Where news says one land is part of another (issue 12, twenty-second round, parts42).

Every sentence was written for this module; the names are invented or general ones. Each reading
has its rewrites and its near-misses:
- "the West Bank, including East Jerusalem", "Litoral, including the island of X": what a land's
  own including-phrase lists is part of it (hung by the parser on the land's noun, or on the verb
  whose object the land is); a state's list ("Ukraine, including Crimea") is no land's;
- "A and B in the X Islands", "A and B, both in the X Islands", "visited A in the X Islands":
  an in-phrase that places one land of a coordinated list places each, whether the parser hangs it
  on the last name or on the verb whose object the list is; not the two ends of "between A and B
  in X", each placed on its own;
- "Puntland regards it as part of its territory": a verb's object pronoun is never its own
  subject (that would be "itself"), so "it" is not Puntland.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

VELTA, MARNAK, TOLVI = (
    "territory/velta-islands",
    "territory/marnak-island",
    "territory/tolvi-island",
)
ESSEN = "territory/essen-reef"
WEST_BANK, EAST_JERUSALEM = "territory/west-bank", "territory/east-jerusalem"
SPRATLYS, ITU_ABA, THITU = (
    "territory/spratly-islands",
    "territory/itu-aba",
    "territory/thitu-island",
)

# (roles the partOf fact has, text)
BATTERY: list = [
    # a land's own including-phrase
    (
        {"part": EAST_JERUSALEM, "whole": WEST_BANK},
        "Israel captured the West Bank, including East Jerusalem, from Jordan in 1967.",
    ),
    (
        {"part": EAST_JERUSALEM, "whole": WEST_BANK},
        "The West Bank, including East Jerusalem, was captured by Israel in 1967.",
    ),
    (
        {"part": ITU_ABA, "whole": SPRATLYS},
        "The Spratly Islands, including Itu Aba and Thitu Island, are claimed by six governments.",
    ),
    (
        {"part": THITU, "whole": SPRATLYS},
        "Six governments claim the Spratly Islands, including Itu Aba and Thitu Island.",
    ),
    (
        {"part": TOLVI, "whole": VELTA},
        "Korvania lost the Velta Islands, including the island of Tolvi Island, in the war.",
    ),
    # a coordinated list placed by one in-phrase: each of it
    (
        {"part": TOLVI, "whole": VELTA},
        "Korvania claims Marnak Island and Tolvi Island in the Velta Islands.",
    ),
    (
        {"part": MARNAK, "whole": VELTA},
        "Korvania claims Marnak Island and Tolvi Island in the Velta Islands.",
    ),
    (
        {"part": TOLVI, "whole": VELTA},
        "Marnak Island and Tolvi Island, both in the Velta Islands, are claimed by Korvania.",
    ),
    (
        {"part": ESSEN, "whole": VELTA},
        "Officials visited Marnak Island, Tolvi Island and Essen Reef in the Velta Islands.",
    ),
    (
        {"part": MARNAK, "whole": VELTA},
        "Marnak Island, Tolvi Island and Essen Reef in the Velta Islands are claimed by Korvania.",
    ),
    # the verb's in-phrase after its one object land
    (
        {"part": MARNAK, "whole": VELTA},
        "The minister visited Marnak Island in the Velta Islands on Monday.",
    ),
]


@pytest.mark.parametrize(("roles", "text"), BATTERY)
def test_part_read(roles, text):
    found = facts(text)
    assert has(found, "partOf", **roles), shown(found)


# (text, roles no partOf fact may have)
DENIED: list = [
    # a state's list is a view of its extent, no land's part
    ("Kyiv says Ukraine, including Crimea, must be restored.", {"part": "territory/crimea"}),
    # the two ends of "between": each placed on its own
    (
        "The channel runs between the Marnak peninsula and the Tolvi peninsula in the Velta "
        "Islands.",
        {"part": "territory/marnak-peninsula", "whole": VELTA},
    ),
    # a verb's object pronoun is not its subject
    (
        "Somaliland claims Sool, while Puntland regards it as part of its territory.",
        {"part": "territory/puntland"},
    ),
]


@pytest.mark.parametrize(("text", "roles"), DENIED)
def test_no_part_where_none_is_told(text, roles):
    none_told(text, "partOf", roles)


def test_object_pronoun_is_not_the_subject():
    text = "Somaliland claims Sool, while Puntland regards it as part of its territory."
    none_told(text, "claims", {"territory": "territory/puntland"})
    none_told(text, "partOf", {"part": "territory/puntland"})
    # ("its territory" is Puntland's, no state: the partOf Sool -> Somaliland once read here was
    # the claimant's own word, which tests/test_lands43_battery.py now leaves a claim)
    assert has(facts(text), "claims", claimant="state/somaliland", territory="territory/sool")
