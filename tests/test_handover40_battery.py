"""Handovers as news tells them across writers (issue 12, twentieth round, handover40).

A land given back with no receiver named ("marks 50 years since Britain handed back X", "Soviet
forces returned X", "gave X back"): a land given back goes to whom it belonged, the state the
gazetteer says holds it now (anniversary stories tell it so in their headline or lead: four
articles of four study batches, h191, h207, h226, h243). None where that holder is the giver
("will hand back the exclave": whose it is now names no receiver), and none for a wish told by
another verb ("the islands Tokyo wants returned").

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

UK, CHINA, HONG_KONG = "state/united-kingdom", "state/china", "territory/hong-kong"
ISRAEL, EGYPT, SINAI = "state/israel", "state/egypt", "territory/sinai"
USA, JAPAN, OKINAWA = "state/united-states", "state/japan", "territory/okinawa"
PORTUGAL, MACAU = "state/portugal", "territory/macau"

GIVEN_BACK = [
    # -- the anniversary lead, the plain past, the particle after the object, another verb
    (
        "Egypt on Thursday marked 42 years since Israel handed back the Sinai Peninsula.",
        {"territory": SINAI, "to": EGYPT, "from": ISRAEL},
    ),
    (
        "Israel handed back the last part of the Sinai Peninsula in April 1982.",
        {"territory": SINAI, "to": EGYPT, "from": ISRAEL, "date": "1982-04"},
    ),
    (
        "Israel handed the Sinai Peninsula back in 1982, three years after the peace treaty.",
        {"territory": SINAI, "to": EGYPT, "from": ISRAEL},
    ),
    (
        "Britain, which had ruled the territory for 156 years, handed back Hong Kong in 1997.",
        {"territory": HONG_KONG, "to": CHINA, "from": UK, "date": "1997"},
    ),
    (
        "The United States returned Okinawa in 1972, 27 years after the battle.",
        {"territory": OKINAWA, "to": JAPAN, "from": USA, "date": "1972"},
    ),
    (
        "Portugal gave Macau back in December 1999, ending more than four centuries of rule.",
        {"territory": MACAU, "to": CHINA, "from": PORTUGAL, "date": "1999-12"},
    ),
]


@pytest.mark.parametrize(("text", "want"), GIVEN_BACK)
def test_land_given_back_goes_to_its_holder(text: str, want: dict) -> None:
    found = facts(text)
    assert has(found, "handedOverTo", **want), shown(found)


NO_RECEIVER = [
    # the holder is the giver itself: whose the land is now names no receiver
    ("China will hand back Hong Kong only once the talks are over.", {}),
    # a wish, told by another verb ("wants"), is no transfer
    ("Chinese leaders visited Hong Kong, which Britain wants returned.", {}),
    ("Tokyo has pressed Washington for years to give Okinawa back.", {}),
]


@pytest.mark.parametrize(("text", "roles"), NO_RECEIVER)
def test_no_receiver_read_where_none_is_told(text: str, roles: dict) -> None:
    none_told(text, "handedOverTo", roles)
