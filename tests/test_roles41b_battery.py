"""A rejection's roles told elsewhere than in its own words (issue 12, roles41b).

Every sentence was written for this module, about disputes the never-read batches do not cover
(Bolivia and Chile over the Silala and the Lauca, Peru and Colombia over Santa Rosa):
- "Chile has long argued that ... La Paz rejects that reading": a bare reference to what was
  said means the words said before it, so the rejection carries them, and its claimant is the
  state that said them; a reference with no statement before it keeps its bare words;
- "La Paz rejects", "if La Paz drops its claim": Bolivia's seat of government stands for the
  state as a capital does (data/gazetteer/states.yaml), while "in La Paz" stays a place.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has, shown

BOLIVIA, CHILE, PERU, COLOMBIA = "state/bolivia", "state/chile", "state/peru", "state/colombia"

#: A statement, then a bare reference to it rejected: (text, rejecter, claimant, words said).
SAID_THEN_REJECTED = [
    (
        "Chile has long argued that a joint commission approved the canal in 1939. "
        "Bolivia rejects that reading.",
        BOLIVIA,
        CHILE,
        "commission approved the canal",
    ),
    (
        "Peru says the island is an extension of its own territory. "
        "Colombia has rejected that view, saying the island formed after 1929.",
        COLOMBIA,
        PERU,
        "extension of its own territory",
    ),
    (  # passive, the statement's verb another of its class
        "Bolivia contends that the Silala is a spring, not a river. "
        "That claim was dismissed by Chile as groundless.",
        CHILE,
        BOLIVIA,
        "the Silala is a spring",
    ),
]


@pytest.mark.parametrize(("text", "state", "claimant", "said"), SAID_THEN_REJECTED)
def test_a_bare_reference_carries_what_was_said(text, state, claimant, said):
    found = facts(text)
    hits = find(found, "rejectsClaim", state=state, claimant=claimant)
    assert hits, shown(found)
    assert any(said in str(f.args.get("what")) for f in hits), shown(found)


def test_a_bare_reference_with_nothing_said_before_keeps_its_words():
    found = facts("Bolivia rejects that reading of the 1904 treaty.")
    hits = find(found, "rejectsClaim", state=BOLIVIA)
    assert all("(" not in str(f.args.get("what")) for f in hits), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Santiago has long argued that the 1939 commission approved the project. "
        "La Paz rejects that reading.",
        "Santiago has long argued that the 1939 commission approved the project. "
        "That reading is rejected by La Paz.",
    ],
)
def test_the_seat_of_government_stands_for_bolivia(text):
    found = facts(text)
    assert has(found, "rejectsClaim", state=BOLIVIA, claimant=CHILE), shown(found)


def test_in_la_paz_is_a_place_not_the_state():
    found = facts(
        "Chilean Foreign Minister Ana Rojas and Bolivian Foreign Minister Luis Prado held "
        "talks in La Paz on Monday."
    )
    meetings = find(found, "meeting")
    assert meetings, shown(found)
    assert all(getattr(f.args.get("place"), "key", "") == "city/la-paz" for f in meetings), shown(
        found
    )
