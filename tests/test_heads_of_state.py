"""A guessed office fits its state's form: no king of a republic, no president of a reigning
monarchy (data/gazetteer/monarchies.yaml, kg/ingest/nlp/heads_of_state.py)."""

from __future__ import annotations

import pytest
from helpers import facts, find

from kg.gazetteer import load
from kg.ingest.nlp import heads_of_state
from kg.paths import GAZETTEER_DIR, read_yaml

MOROCCO, ALGERIA = "state/morocco", "state/algeria"


def test_every_state_the_list_names_is_a_state_of_the_gazetteer():
    data = read_yaml(GAZETTEER_DIR / "monarchies.yaml")
    known = {e.label for e in load().entities.values() if e.kind == "State"}
    assert set(data["reigning"]) | set(data["former"]) <= known


@pytest.mark.parametrize(
    "text",
    [
        "Morocco and Algeria fought over Tindouf in 1963. King Hassan II and President Houari "
        "Boumediene signed the border convention in 1972.",
        "In 1972 King Hassan II and President Houari Boumediene signed the convention that ended "
        "the war between Algeria and Morocco.",
        "The convention between Algeria and Morocco was signed in 1972 by President Houari "
        "Boumediene and King Hassan II.",
    ],
)
def test_a_king_and_a_president_named_together_take_the_monarchy_and_the_republic(text):
    found = facts(text)
    assert find(found, "holdsRole", person="person/hassan-ii", of=MOROCCO)
    assert find(found, "holdsRole", person="person/houari-boumediene", of=ALGERIA)
    assert not find(found, "holdsRole", person="person/hassan-ii", of=ALGERIA)
    assert not find(found, "holdsRole", person="person/houari-boumediene", of=MOROCCO)


def test_a_king_is_never_of_the_one_republic_a_sentence_names():
    found = facts(
        "The reefs were annexed by King Taufa'ahau Tupou IV in 1972, months after American "
        "libertarians tried to found a micronation on them."
    )
    assert not find(
        found, "holdsRole", person="person/taufa-ahau-tupou-iv", of="state/united-states"
    )


def test_a_title_that_names_its_state_is_taken_as_written():
    found = facts("Spanish President Pedro Sanchez said Gibraltar talks would resume.")
    assert find(found, "holdsRole", person="person/pedro-sanchez", of="state/spain")


@pytest.mark.parametrize(
    ("office", "state", "fits"),
    [
        ("king", "state/jordan", True),
        ("king", "state/egypt", True),  # King Farouk: a former monarchy
        ("king", "state/united-states", False),
        ("emir", "state/qatar", True),
        ("president", "state/morocco", False),
        ("president", "state/egypt", True),
        ("foreign minister", "state/morocco", True),
    ],
)
def test_the_form_of_a_state_decides_which_head_it_can_have(office, state, fits):
    assert heads_of_state.fits(office, load().get(state)) is fits


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, King Willem-Alexander visited the Belgian village of Lanaye.",
        "The treaty was signed in the presence of King Philippe and King Willem-Alexander, who is "
        "on a state visit to Belgium.",
        pytest.param(
            "King Willem-Alexander visited the Belgian village of Lanaye on Monday.",
            marks=pytest.mark.xfail(
                strict=True, reason="a hyphenated name right after a title opening the sentence"
            ),
        ),
    ],
)
def test_a_reigning_monarch_the_gazetteer_knows_is_his_own_state_s_wherever_he_is(text):
    """People.yaml's monarchs: the king visiting another monarchy is still his own state's."""
    found = facts(text)
    assert find(found, "holdsRole", person="person/willem-alexander", of="state/netherlands")
    assert not find(found, "holdsRole", person="person/willem-alexander", of="state/belgium")
