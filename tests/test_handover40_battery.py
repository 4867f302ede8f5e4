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


# -- A run of past deeds in one paragraph takes the time the paragraph told before them: history
# told once with its date ("... in August 1921. It did not. ..., and Budapest went back on its
# pledge"). Seen in h263 (T44-T48) and h236 (T34-T38) for withdrawals and in h190 (T19-T23) for a
# handover told the sentence after its day; none in a new paragraph, nor for a present perfect.

HUNGARY = "state/hungary"

NARRATED = [
    (
        "Under the treaty Hungary was obliged to leave the district in August 1921. It did not. "
        "Irregular bands drove out the gendarmes, and Budapest went back on its pledge to pull "
        "out.",
        "withdrewObligation",
        {"state": HUNGARY, "date": "1921-08"},
    ),
    (
        "Britain's lease on the New Territories ran out in June 1997. Britain handed Hong Kong "
        "back to China, ending 156 years of colonial rule.",
        "handedOverTo",
        {"territory": HONG_KONG, "to": CHINA, "date": "1997-06"},
    ),
    (
        "The lease expired in 1997, after 99 years. London, which had no choice, handed "
        "Hong Kong to China at midnight.",
        "handedOverTo",
        {"territory": HONG_KONG, "to": CHINA, "date": "1997"},
    ),
]


@pytest.mark.parametrize(("text", "rel", "want"), NARRATED)
def test_past_deed_takes_the_paragraphs_time(text: str, rel: str, want: dict) -> None:
    found = facts(text)
    assert has(found, rel, **want), shown(found)


UNDATED = [
    # a new paragraph starts a new run
    (
        "Britain's lease on the New Territories ran out in June 1997.\n\nBritain handed Hong Kong "
        "back to China.",
        {"date": "1997-06"},
    ),
    # a transfer told already with its day is that one again, not one in the paragraph's time
    (
        "Britain handed Hong Kong to China on July 1, 1997.\n\nTalks on the territory had begun "
        "in 1982. Britain handed Hong Kong to China after 156 years of rule.",
        {"date": "1982"},
    ),
    # a deed in a clause of a present-tense sentence is background, not the run's next deed
    (
        "Talks on the territory began in 1982. The lease remains a sore point since Britain "
        "handed Hong Kong to China.",
        {"date": "1982"},
    ),
    (
        "Talks on the territory began in 1982. The lease is still debated because Hong Kong was "
        "handed over to China by Britain.",
        {"date": "1982"},
    ),
]


@pytest.mark.parametrize(("text", "roles"), UNDATED)
def test_no_time_taken_across_paragraphs(text: str, roles: dict) -> None:
    none_told(text, "handedOverTo", roles)
