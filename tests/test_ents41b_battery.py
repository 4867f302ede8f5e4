"""A run of capitals the grammar places after a preposition of place is a town, not a person
(issue 12, twenty-first round, ents41b).

"clashed near Ras Kamboni", "the villages around Hawsh al-Sayyed Ali", "anchored off X":
readable articles of several batches read such names as people, for the run of capitals looks
like one. The preposition says where, as it does for a lone name ("in Ndola"); only those said of
places alone ("near", "off", "around", "outside", "inside"): "at" takes bodies as often ("an
analyst at Chatham House"), and "in", "from" and "to" take people too. A title, a name the gazetteer or
the article already gave a person, or a body's word keeps what it says. Sentences written for
these tests, about places outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import entity_kinds

PLACED = [
    ("Government troops and rebel fighters clashed near Kilo Moto on Sunday.", "Kilo Moto"),
    (
        "Rebel fighters were reported on Sunday to have clashed with troops near Kilo Moto.",
        "Kilo Moto",
    ),
    ("Inspectors took water samples outside Nueva Palmira, the ministry said.", "Nueva Palmira"),
    (
        "The ministry said inspectors had taken water samples just outside Nueva Palmira.",
        "Nueva Palmira",
    ),
    (
        "Two fishing boats were searched outside Bandar Kassim, the coast guard said.",
        "Bandar Kassim",
    ),
    ("The coast guard searched fishing boats anchored off Bandar Kassim.", "Bandar Kassim"),
    ("Both armies will withdraw from the hills around Tell Kazan by March.", "Tell Kazan"),
    ("Two dams, near Lower Bend and Vela Koru, straddle the river.", "Vela Koru"),
    ("Residents living around Vela Koru voted against the plan.", "Vela Koru"),
]


@pytest.mark.parametrize(("text", "name"), PLACED)
def test_placed_run_is_a_town(text: str, name: str) -> None:
    kinds = entity_kinds(text)
    assert kinds.get(name) in ("City", "Territory"), kinds  # a place, whichever: no person


KEPT = [
    # a person the article named before stays that person where a preposition places him
    (
        "Ambassador Tomas Perez met the minister. Protesters gathered around Tomas Perez.",
        "Tomas Perez",
    ),
    # a letter "from" or a visit "to" a person: no place
    ("The foreign minister received a letter from Marta Ruiz on Monday.", "Marta Ruiz"),
    ("Diplomats said a note was delivered to Marta Ruiz on Monday.", "Marta Ruiz"),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_person_stays_a_person(text: str, name: str) -> None:
    kinds = entity_kinds(text)
    assert kinds.get(name) != "City", kinds


def test_body_stays_a_body() -> None:
    kinds = entity_kinds("She studied law at Kampala University before joining the ministry.")
    assert kinds.get("Kampala University") != "City", kinds


# A one-word name the recogniser calls an organisation, where the grammar puts a town: "in" after
# a verb, or a preposition said of places alone.
MET_IN = [
    ("The two delegations last met in Aosta in May.", "Aosta"),
    ("In May the two delegations met in Aosta, officials said.", "Aosta"),
    ("Talks between the two delegations were held near Aosta on Friday.", "Aosta"),
]


@pytest.mark.parametrize(("text", "name"), MET_IN)
def test_placed_one_word_name_is_no_body(text: str, name: str) -> None:
    kinds = entity_kinds(text)
    assert kinds.get(name) != "Organization", kinds


def test_body_with_article_stays_a_body() -> None:
    kinds = entity_kinds("The bill was debated in the Knesset on Monday.")
    assert kinds.get("Knesset") != "City", kinds
