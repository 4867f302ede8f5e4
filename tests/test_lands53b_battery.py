"""Land a state administers, told in a relative clause whose verb the parser read as a plural noun
(issue 12, lands53b).

News names the holder of disputed land in a relative clause after the land: "the region that X
administers", "a cay, which X administers". The small model reads "X administers" at the end of
the phrase as one noun phrase (or "X" as the verb and "administers" its object), so the holder was
lost. A relative pronoun, a state's name and a word in "-s" that ends the phrase is that clause
(kg.ingest.nlp.grammar.relative_plurals). Sentences written for these tests, on several regions
and with other verbs of holding; a plural noun that is no verb and a clause with no state as its
subject must tell no holding.
"""

from __future__ import annotations

import pytest
from helpers import facts, land_stance, none_told, shown

# (state, land, text)
HELD: list[tuple[str, str, str]] = [
    (
        "Belize",
        "Sapodilla Cayes",
        "Guatemala renewed its claim to the Sapodilla Cayes, a string of reefs that Belize "
        "administers.",
    ),
    (
        "Belize",
        "Sapodilla Cayes",
        "Guatemala claims the Sapodilla Cayes, which Belize administers.",
    ),
    ("Eritrea", "Badme", "Ethiopia opened a road to Badme, a town that Eritrea administers."),
    (
        "Colombia",
        "Bajo Nuevo Bank",
        "Nicaragua sent boats to Bajo Nuevo, a cay that Colombia administers.",
    ),
    (
        "Guyana",
        "Guayana Esequiba",
        "Venezuela named a governor for the Essequibo region that Guyana administers, drawing a "
        "protest from Georgetown.",
    ),
    ("Guyana", "Guayana Esequiba", "Venezuela claims the Essequibo region that Guyana governs."),
]


@pytest.mark.parametrize("state, land, text", HELD)
def test_the_holder_in_a_relative_clause_is_read(state, land, text):
    found = facts(text)
    assert land_stance(found, "controls", "state", state, land), shown(found)


def test_the_claim_beside_it_is_kept():
    found = facts("Venezuela claims the Essequibo region that Guyana administers.")
    assert land_stance(found, "claims", "claimant", "Venezuela", "Guayana Esequiba"), shown(found)
    assert land_stance(found, "controls", "state", "Guyana", "Guayana Esequiba"), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # a plural noun after a name, with no relative pronoun: no clause
        "Ethiopia and Eritrea exchanged prisoners near Badme after the Eritrea talks.",
        # the relative clause's subject is a person: no state holds the land
        "Ethiopia opened a road to Badme, a town that the farmers cross.",
    ],
)
def test_no_holder_without_a_state_clause(text):
    none_told(text, "controls", {})
