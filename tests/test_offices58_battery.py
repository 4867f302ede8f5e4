"""A region's head holds an office of the state the region is in, where the article does not say
which (issue 12, round 38, offices58).

"Busia Governor X", "the governor of the Kagera region, X", "the chief minister of Sabah's
neighbour ...": news names a county's or a province's state no more than a city's, and the
holding fell to the region's own government. A region the gazetteer lists
(data/gazetteer/regions.yaml) is placed in its state when the article names none
(kg.ingest.nlp.region_states); an article that places it ("Russia's Amur region") still decides,
a city's mayor stays the city's, and a region the gazetteer does not list keeps its government.
A lieutenant governor and a magistrate are a region's heads like a governor (``reported: state``).

Sentences written for these tests (other regions and people than the study articles).
"""

from __future__ import annotations

import pytest
from helpers import facts, label

# (text, person, state the office is of)
HELD: list[tuple[str, str, str]] = [
    (
        "Busia Governor Paul Otuoma, whose county borders the lake, said fishermen had been "
        "harassed near the islet on Monday.",
        "Paul Otuoma",
        "Kenya",
    ),
    (
        "The governor of the Kagera region, Albert Chalamila, told reporters in Bukoba that "
        "patrols on the lake would be stepped up.",
        "Albert Chalamila",
        "Tanzania",
    ),
    (
        "Fishermen were detained near the reef, said Palawan Governor Victorino Socrates, who "
        "called for more coast guard patrols.",
        "Victorino Socrates",
        "Philippines",
    ),
    (
        "The border post was reopened on Friday, the governor of Batken province, Abdikadyr "
        "Sadykov, told reporters.",
        "Abdikadyr Sadykov",
        "Kyrgyzstan",
    ),
]


def _held(text: str) -> dict[str, str | None]:
    return {
        f.args["person"].label: label(f.args.get("of"))
        for f in facts(text)
        if f.rel == "holdsRole" and not f.negated
    }


@pytest.mark.parametrize(("text", "person", "state"), HELD)
def test_a_listed_regions_head_holds_its_states_office(text, person, state):
    held = _held(text)
    assert held.get(person) == state, held


def test_the_article_placing_the_region_still_decides():
    """ "Russia's Amur region": the possessor places the region, as before."""
    held = _held(
        "The governor of Russia's Amur region, Vasily Orlov, said the island would be developed "
        "jointly with Chinese partners."
    )
    assert held.get("Vasily Orlov") == "Russia", held


def test_an_unlisted_region_keeps_its_government():
    """A region the gazetteer does not list and the article does not place: its own government,
    not a guessed state."""
    held = _held(
        "Tarkwa Governor Samuel Mensah said on Tuesday that the survey team had left the area."
    )
    assert held.get("Samuel Mensah") not in ("Ghana", "Kenya", "Nigeria"), held


def test_a_mayor_stays_the_towns():
    """A town's mayor is no region's head: a listed region's name as a town's does not make its
    mayor the state's."""
    held = _held(
        "The mayor of Zalau, Ionel Ciunt, said the bridge would stay closed until the survey "
        "was finished."
    )
    assert held.get("Ionel Ciunt") != "Romania", held


def test_every_listed_region_names_a_known_state():
    """regions.yaml is read outside the gazetteer's check: each state it names must resolve."""
    from kg.gazetteer import load
    from kg.paths import GAZETTEER_DIR, read_yaml

    gz = load()
    rows = read_yaml(GAZETTEER_DIR / "regions.yaml")
    assert [r["state"] for r in rows if gz.state_by_name(r["state"]) is None] == []


@pytest.mark.parametrize(
    "text",
    [
        "Neil Villamizar, the governor of Venezuela's Guayana Esequiba, said the new "
        "municipalities would be run from Tumeremo.",
        "Neil Villamizar, governor of the Venezuelan state of Guayana Esequiba, said the new "
        "municipalities would be run from Tumeremo.",
    ],
)
def test_a_disputed_regions_office_is_the_placing_states(text):
    """A disputed land's office is the state's the article places it in, not the gazetteer's
    holder's (Guyana holds Guayana Esequiba; the governor Venezuela installs is Venezuela's)."""
    held = _held(text)
    assert held.get("Neil Villamizar") == "Venezuela", held


def test_a_disputed_region_placed_nowhere_keeps_its_holder():
    """Where the article names no state for the disputed region, the holder answers as before."""
    held = _held(
        "Ladakh Lieutenant Governor Kavinder Gupta said every inch of Ladakh would be defended."
    )
    assert held.get("Kavinder Gupta") == "India", held
