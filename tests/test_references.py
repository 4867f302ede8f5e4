"""Descriptive references read from the parse survive rewrites that keep the meaning.

"the islands", "both regions", "the country", "a group of small islands", "the border between A and
B", "sovereign Ukrainian territory", "Kunashir, one of four islands", "the islands, which Japan
calls the Senkaku": each group below is one fact that only a resolved reference can carry, told
several ways (passive, an inserted clause or apposition, another head noun of the same class in
data/lexicon/references.yaml, a nominalisation). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import (
    ARGENTINA,
    CHINA,
    FALKLANDS,
    HABOMAI,
    JAPAN,
    KUNASHIR,
    RUSSIA,
    SENKAKU,
    UK,
    has,
    shown,
)
from helpers import facts as read

from kg.ingest.nlp import phrases

ABKHAZIA, SOUTH_OSSETIA = "territory/abkhazia", "territory/south-ossetia"
UKRAINE, UKRAINE_LAND = "state/ukraine", "territory/ukraine-territory"
SOUTHERN_KURILS = "territory/southern-kuril-islands"
BORDER = "territory/armenia-azerbaijan-border"
ESSEQUIBO, VENEZUELA = "territory/guayana-esequiba", "state/venezuela"
DECLARATION = "document/soviet-japanese-joint-declaration"

FALKLANDS_FIRST = "Argentina claims the Falkland Islands. "
GEORGIA_FIRST = "Georgia lost Abkhazia and South Ossetia in the 1990s. "
BORDER_FIRST = "Armenia and Azerbaijan disputed the border between Armenia and Azerbaijan. "
ESSEQUIBO_FIRST = "Guyana administers the Essequibo region. "

REWRITES = {
    "the islands last talked about": (
        ("controls", {"state": UK, "territory": FALKLANDS}),
        [
            FALKLANDS_FIRST + "Britain has controlled the islands since 1833.",
            FALKLANDS_FIRST + "The islands have been controlled by Britain since 1833.",
            FALKLANDS_FIRST + "The remote South Atlantic archipelago is controlled by Britain.",
            FALKLANDS_FIRST + "Britain, which fought a war there in 1982, controls the territory.",
            FALKLANDS_FIRST + "Britain's control of the islands dates from 1833.",
        ],
    ),
    "as many territories as the phrase counts": (
        ("controls", {"state": RUSSIA, "territory": SOUTH_OSSETIA}),
        [
            GEORGIA_FIRST + "Russia controls the two breakaway regions.",
            GEORGIA_FIRST + "Both regions are controlled by Russia.",
            GEORGIA_FIRST
            + "Russia, which fought a war there in 2008, controls both breakaway regions.",
            GEORGIA_FIRST + "Russia's control of the two regions is complete.",
        ],
    ),
    "the country": (
        ("claims", {"claimant": ARGENTINA, "territory": FALKLANDS}),
        [
            "Argentina held a vote, and the country claims the Falkland Islands.",
            "Argentina said on Monday that the country still claims the Falkland Islands.",
            "Argentina held a vote, and the Falkland Islands are claimed by the country.",
        ],
    ),
    "a group of small islands beside a named island": (
        ("promisesHandover", {"document": DECLARATION, "territory": HABOMAI, "to": JAPAN}),
        [
            "Under the 1956 Joint Declaration, the Soviet Union promised to hand over Shikotan and a "
            "group of small islands to Japan.",
            "The 1956 Joint Declaration said that Shikotan and a group of small islands would be "
            "handed over to Japan.",
            "Under the 1956 Joint Declaration, the Soviet Union, then still at war with Japan, "
            "promised to return Shikotan and a group of tiny islets to Japan.",
        ],
    ),
    "the border between two states, and the border": (
        ("controls", {"state": RUSSIA, "territory": BORDER}),
        [
            BORDER_FIRST + "Russia controls the border.",
            BORDER_FIRST + "The border is controlled by Russia.",
            BORDER_FIRST + "Russia controls their long border.",
            "Russia, in a statement on Monday, said it controls the disputed border between "
            "Armenia and Azerbaijan.",
        ],
    ),
    "sovereign territory of a state": (
        ("partOf", {"part": UKRAINE_LAND, "whole": UKRAINE}),
        [
            "Russia tried to annex sovereign Ukrainian territory.",
            "Sovereign Ukrainian territory was annexed by Russia, Kyiv said.",
            "The United States condemned the attempt to annex sovereign Ukrainian territory, "
            "which Russia occupies.",
        ],
    ),
    "one of the islands of a group": (
        ("partOf", {"part": KUNASHIR, "whole": SOUTHERN_KURILS}),
        [
            "Medvedev visited Kunashir, one of four Russian-held islands off Hokkaido.",
            "Medvedev, the Russian leader, flew to Kunashir, one of the four islands off Hokkaido, "
            "on Monday.",
            "Kunashir, one of four islands that Japan wants back, was visited by Medvedev.",
        ],
    ),
    "the islands a state calls by a name": (
        ("claims", {"claimant": CHINA, "territory": SENKAKU}),
        [
            "China claims the uninhabited islands, which Japan calls the Senkaku.",
            "China claims the islands Japan calls the Senkaku.",
            "The islands, which Japan calls the Senkaku, are claimed by China.",
            "China, in a statement on Friday, claimed the five rocky islets that Japan calls the "
            "Senkaku.",
            "China claims three of the islands that Tokyo names the Senkaku.",
            "China claims the islands known in Japan as the Senkaku.",
            "The islands, known in Japan as the Senkaku, are claimed by China.",
        ],
    ),
    "the region named before": (
        ("claims", {"claimant": VENEZUELA, "territory": ESSEQUIBO}),
        [
            ESSEQUIBO_FIRST + "Venezuela claims the region.",
            ESSEQUIBO_FIRST + "The whole region is claimed by Venezuela.",
            ESSEQUIBO_FIRST + "Venezuela, which lost an arbitration in 1899, claims the region.",
            "Guyana administers the region of Essequibo. Venezuela claims the region.",
        ],
    ),
    "the claim told of before": (
        ("rejectsClaim", {"state": UK, "claimant": ARGENTINA, "territory": FALKLANDS}),
        [
            FALKLANDS_FIRST + "Britain rejected the claim.",
            FALKLANDS_FIRST + "Britain, in a note on Monday, firmly rejected this claim.",
            FALKLANDS_FIRST + "The claim was rejected by Britain.",
            FALKLANDS_FIRST + "Britain dismissed such claims.",
            FALKLANDS_FIRST + "Britain urged Argentina to drop the claim.",
        ],
    ),
}

CASES = [
    pytest.param(rel, roles, sentence, id=f"{kind}-{i}")
    for kind, ((rel, roles), sentences) in REWRITES.items()
    for i, sentence in enumerate(sentences)
]


@pytest.mark.parametrize(("rel", "roles", "sentence"), CASES)
def test_a_reference_survives_its_rewrites(rel, roles, sentence):
    found = read(sentence)
    assert has(found, rel, **roles), shown(found)


def test_a_count_reaches_both_territories_last_named():
    found = read(GEORGIA_FIRST + "Both regions are controlled by Russia.")
    assert has(found, "controls", state=RUSSIA, territory=ABKHAZIA)
    assert has(found, "controls", state=RUSSIA, territory=SOUTH_OSSETIA)


@pytest.mark.parametrize(
    ("text", "rel", "roles"),
    [
        (  # "of" after the head: other islands, no reference back
            FALKLANDS_FIRST + "Britain controls the islands of the Caribbean.",
            "controls",
            {"state": UK, "territory": FALKLANDS},
        ),
        (  # a state's own border is another border
            BORDER_FIRST + "Russia controls the Russian border.",
            "controls",
            {"state": RUSSIA, "territory": BORDER},
        ),
        (  # a land never called a region is not "the region"
            "Guyana administers Essequibo. Venezuela claims the region.",
            "claims",
            {"claimant": VENEZUELA, "territory": ESSEQUIBO},
        ),
        (  # "the region of X" names a region of its own
            ESSEQUIBO_FIRST + "Venezuela claims the region of Guayana.",
            "claims",
            {"claimant": VENEZUELA, "territory": ESSEQUIBO},
        ),
    ],
)
def test_no_reference_where_the_phrase_names_something_else(text, rel, roles):
    assert not has(read(text), rel, **roles)


def test_islands_the_text_ties_to_nothing_named_are_local_to_their_source():
    claims = [f for f in read("France claims a group of small islands.") if f.rel == "claims"]
    assert len(claims) == 1
    key = claims[0].args["territory"].key
    assert key.startswith("territory/group-of-small-islands/in/"), key


def test_the_head_nouns_are_data():
    """Every class noun, and its plural, is a form the reader knows."""
    n = phrases.nouns()
    for noun in n.lands.nouns | n.borders.nouns | n.groups.nouns | n.states.nouns:
        assert noun in n.forms
    assert n.forms["territories"] == ("territory", True) and "regions" in n.forms


def test_a_name_is_not_a_reference_back():
    """ "the Kuril Islands" is the chain itself, never the territory last talked about."""
    found = read(FALKLANDS_FIRST + "Russia controls the Kuril Islands.")
    assert not has(found, "controls", state=RUSSIA, territory=FALKLANDS)
    assert has(found, "controls", state=RUSSIA, territory="territory/kuril-islands")


@pytest.mark.parametrize(
    ("sentence", "sea"),
    [
        ("China claims the uninhabited East China Sea islands.", "territory/east-china-sea"),
        ("China claims a chain of South China Sea reefs.", "territory/south-china-sea"),
        ("The Aegean islets are claimed by Turkey.", "territory/aegean-sea"),
        ("Turkey, in a note on Monday, claimed the small Aegean islets.", "territory/aegean-sea"),
        ("Russia controls the Black Sea coast.", "territory/black-sea"),
    ],
)
def test_a_place_that_modifies_a_noun_is_not_the_place(sentence, sea):
    """ "the East China Sea islands" are islands in the sea, not the sea (the nouns are data)."""
    assert not [
        f for f in read(sentence) if sea in {getattr(v, "key", None) for v in f.args.values()}
    ]


def test_a_place_named_alone_is_the_place():
    assert has(
        read("China claims the South China Sea."), "claims", territory="territory/south-china-sea"
    )
