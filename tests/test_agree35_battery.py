"""Agreements by one side taking up another's request, and treaties left (issue 12, agree35).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (the Itaipu dam, the Leticia trapezium, the River Uruguay, the Lauca). Each
reading has its rewrites and its near-misses:
- one state accepting (agreeing, consenting, acceding to) another's request, offer or suggestion
  agrees with that state (T24's "Brasilia had accepted Paraguay's request", T34's "Colombia has
  agreed to a Peruvian request"); an offer (of mediation, of aid) is left out; a request of no one named, a refusal, a request only hoped to
  be taken up agree nothing;
- a participle with its own subject and "have" is a perfect, active however the parser hung it
  ("said in a statement that Brasilia had accepted ...", read as the statement's clause);
- a state that quits (leaves, withdraws from, pulls out of) a body (a council, a union, a
  community of states) suspends its membership, as the gold of T21 and T29 reads "withdrew from
  the Pact of Bogota" and "quit the Economic Community of West African States"; a town or a zone
  left is none;
- a state that withdraws from (pulls out of, abandons) an understanding leaves a document, as it
  leaves a treaty; talks left beside an understanding leave no document.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

BRAZIL, PARAGUAY, COLOMBIA, PERU = "state/brazil", "state/paraguay", "state/colombia", "state/peru"
URUGUAY, ARGENTINA, CHILE, BOLIVIA = (
    "state/uruguay",
    "state/argentina",
    "state/chile",
    "state/bolivia",
)

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # one side takes up the other's request: both agree
    (
        "agreedTo",
        {"parties": {BRAZIL, PARAGUAY}},
        "Brazil accepted Paraguay's request to sell surplus power from the Itaipu dam.",
    ),
    (
        "agreedTo",
        {"parties": {BRAZIL, PARAGUAY}},
        "Brazil's foreign ministry said in a statement that Brasilia had accepted Paraguay's "
        "request to revise the dam's tariff.",
    ),
    (
        "agreedTo",
        {"parties": {BRAZIL, PARAGUAY}},
        "Paraguay's request for a new tariff was accepted by Brazil on Monday, officials said.",
    ),
    (
        "agreedTo",
        {"parties": {COLOMBIA, PERU}},
        "Colombia has agreed to a Peruvian request for joint river patrols on the Putumayo.",
    ),
    (
        "agreedTo",
        {"parties": {COLOMBIA, PERU}},
        "Colombia, the ministry said, consented on Friday to a Peruvian proposal for joint patrols.",
    ),
    (
        "agreedTo",
        {"parties": {CHILE, BOLIVIA}},
        "Chile acceded to a Bolivian suggestion that the two sides share flow data from the Lauca.",
    ),
    (
        "agreedTo",
        {"parties": {URUGUAY, ARGENTINA}},
        "Uruguay agreed to Argentina's proposal for joint monitoring of the mill.",
    ),
    # a body left (its membership): a suspension
    (
        "suspends",
        {"party": BOLIVIA},
        "Bolivia withdrew from the council of the Organization of American States in 1962.",
    ),
    (
        "suspends",
        {"party": BOLIVIA},
        "Bolivia, angered by the diversion, pulled out of the regional council in 1962.",
    ),
    (
        "suspends",
        {"party": PARAGUAY},
        "Paraguay quit the South American union in protest, its foreign minister said.",
    ),
    # a state leaves an understanding as it leaves a treaty
    (
        "withdrewObligation",
        {"state": URUGUAY},
        "Uruguay withdrew from a 2006 understanding under which building work was halted.",
    ),
    (
        "withdrewObligation",
        {"state": URUGUAY},
        "In 2007 Uruguay pulled out of the understanding it had reached with Buenos Aires.",
    ),
    (
        "withdrewObligation",
        {"state": BOLIVIA},
        "Bolivia abandoned the 1939 understanding with Chile on the river's waters.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # a request of no one named: one party alone agrees nothing
    ("Colombia agreed to a request for joint patrols.", "agreedTo", {}),
    # refused, or only hoped for
    ("Brazil refused to accept Paraguay's request to sell power.", "agreedTo", {}),
    ("Colombia did not agree to a Peruvian request for joint patrols.", "agreedTo", {}),
    ("Paraguay hopes Brazil will agree to its request for a new tariff.", "agreedTo", {}),
    # agreeing to talks, to a meeting: no plan of another's taken up
    ("Chile agreed to the talks in La Paz.", "agreedTo", {}),
    # troops leaving a town, a state leaving a zone: no body left
    ("Bolivian troops left the town of Charana in 1978.", "suspends", {}),
    ("Peru withdrew from Leticia in June 1933.", "suspends", {}),
    ("Bolivia did not leave the council.", "suspends", {}),
    # talks left, an understanding only beside them: no document left
    (
        "Uruguay withdrew from the talks despite the understanding reached in 2006.",
        "withdrewObligation",
        {},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)
