"""Rejections and recognitions credited to the wrong party (issue 12, precision34).

Every sentence was written for this module, about disputes the never-read batches do not cover.
- "A, B and C issued statements condemning the move": the statements are the condemners (the
  subject of the active participle), so every issuer rejects the move and none of them is the
  claimant of the thing rejected; "a note which rejected the plan" likewise. A thing made by
  another and rejected in a relative clause ("Japan lodged a protest, which China rejected") still
  has its maker for claimant.
- "The accord was signed by A and B, and it recognised C": the subject "it" of a clause conjoined
  to one whose subject is a document is that document, never a state named in the passive's agent;
  so is a subject "It" opening the sentence after one about a document. "A signed the accord, and
  it recognised C" still credits A.
- "the Argentine occupation of Chilean islands", "Venezuela's claim to Brazilian land": the state
  the thing's own possessor or adjective names made it; a state named in its complements is what
  it is about, no second claimant.
- "Japan sent a note to China rejecting the plan", "delivered a letter to the embassy protesting
  the drilling": the participle the parser hangs on the addressee is the sender's act.
- "sent a diplomatic note to Lima objecting to a Chilean survey": a message sent to object is a
  protest against the one whose act it objects to; "objected to the map" alone is no protest.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

ARGENTINA, CHILE, URUGUAY = "state/argentina", "state/chile", "state/uruguay"
SPAIN, PORTUGAL, MOROCCO = "state/spain", "state/portugal", "state/morocco"
SERBIA, CROATIA = "state/serbia", "state/croatia"
JAPAN, CHINA = "state/japan", "state/china"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # every issuer of statements condemning a thing rejects it
    (
        "rejectsClaim",
        {"state": ARGENTINA, "what": "the move"},
        "Britain extended its fishing zone. Argentina, Chile and Uruguay issued statements "
        "condemning the move.",
    ),
    (
        "rejectsClaim",
        {"state": URUGUAY, "what": "the move"},
        "Britain extended its fishing zone. Argentina, Chile and Uruguay issued statements "
        "condemning the move.",
    ),
    (
        "rejectsClaim",
        {"state": SPAIN, "what": "the decision"},
        "Morocco closed the border. Spain and Portugal released statements denouncing the decision.",
    ),
    (
        "rejectsClaim",
        {"state": PORTUGAL, "what": "the decision"},
        "Morocco closed the border. Spain and Portugal released statements denouncing the decision.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "what": "the plan"},
        "Chile sent a note which rejected the plan.",
    ),
    # a thing another made, rejected in a relative clause: its maker is the claimant
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN},
        "Japan lodged a protest, which China rejected.",
    ),
    # the thing's own possessor or adjective names its maker
    (
        "rejectsClaim",
        {"state": "state/united-kingdom", "claimant": ARGENTINA},
        "Britain has never accepted the Argentine occupation of Chilean islands.",
    ),
    (
        "rejectsClaim",
        {"state": "state/guyana", "claimant": "state/venezuela"},
        "Guyana rejected Venezuela's claim to Brazilian land on Monday.",
    ),
    # a participle hung on the addressee of a message: the sender's act
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": ARGENTINA},
        "Chile sent a note to Peru rejecting the Argentine plan.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": ARGENTINA},
        "Santiago handed a note to Lima on Monday rejecting the Argentine plan.",
    ),
    (
        "protests",
        {"party": "state/guyana", "against": "state/venezuela"},
        "Guyana delivered a letter to the Brazilian embassy protesting Venezuela's new law.",
    ),
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA, "date": "2020-05-05"},  # "has sent": the day's
        "Chile has sent a diplomatic note to the United Nations protesting against Argentina's "
        "bid to extend its shelf.",
    ),
    # a message sent to object is a protest
    (
        "protests",
        {"party": "state/peru", "against": CHILE, "date": "2020-05-05"},
        "Peru sent a diplomatic note to Santiago on Tuesday objecting to a Chilean survey off "
        "its coast.",
    ),
    (
        "protests",
        {"party": "state/peru", "against": CHILE},
        "Peru handed a letter to the ambassador, objecting to Chile's new fishing law.",
    ),
    (
        "protests",
        {"party": "state/peru", "against": CHILE},
        "Lima delivered a note to Santiago on Monday, objecting to the Chilean survey.",
    ),
    # a state that signed and then recognised
    (
        "recognizes",
        {"party": SERBIA},
        "Serbia signed the accord in 1995, and it recognised Bosnia.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # a co-issuer of the condemning statements is no claimant
    (
        "Britain extended its fishing zone. Argentina, Chile and Uruguay issued statements "
        "condemning the move.",
        "rejectsClaim",
        {"claimant": ARGENTINA},
    ),
    (
        "Morocco closed the border. Spain and Portugal released statements denouncing the decision.",
        "rejectsClaim",
        {"claimant": SPAIN},
    ),
    (
        "Chile sent a note which rejected the plan.",
        "rejectsClaim",
        {"claimant": CHILE},
    ),
    (
        "Serbia and Croatia remain bound by the Erdut agreement. It was signed in 1995 by the "
        "presidents of Serbia and Croatia, and it recognised Bosnia within its borders.",
        "recognizes",
        {"party": SERBIA},
    ),
    # a state in the thing's complement is what it is about
    (
        "Britain has never accepted the Argentine occupation of Chilean islands.",
        "rejectsClaim",
        {"claimant": CHILE},
    ),
    (
        "Guyana rejected Venezuela's claim to Brazilian land on Monday.",
        "rejectsClaim",
        {"claimant": "state/brazil"},
    ),
    # the addressee of the message is not the one who rejects or protests
    (
        "Chile sent a note to Peru rejecting the Argentine plan.",
        "rejectsClaim",
        {"state": "state/peru"},
    ),
    (
        "Guyana delivered a letter to the Brazilian embassy protesting Venezuela's new law.",
        "protests",
        {"party": "state/brazil"},
    ),
    # objecting alone, with no message sent, is no protest
    (
        "Peru objected to the Chilean survey off its coast.",
        "protests",
        {},
    ),
    # the document recognises, not a state its signing names
    (
        "The accord was signed in Paris by the presidents of Serbia and Croatia, and it "
        "recognised Bosnia within its borders.",
        "recognizes",
        {"party": SERBIA},
    ),
    (
        "The treaty was signed by Serbia and Croatia in 1995 and it recognized Bosnia as a "
        "single state.",
        "recognizes",
        {"party": SERBIA},
    ),
    (
        "The treaty was signed by Serbia and Croatia in 1995 and it recognized Bosnia as a "
        "single state.",
        "recognizes",
        {"party": CROATIA},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)
