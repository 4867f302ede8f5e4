"""Leaders named with a bare title (issue 12, speech27): whose office "President X" or "Premier X"
is when the title names no state. Writers of several study batches name past heads of state and
government so ("Premier Guy Mollet and Chancellor Konrad Adenauer", "President Lyndon B. Johnson
and President Gustavo Díaz Ordaz met"), beside states that are someone else's: the sentence's
states guessed the office wrong. Whom a well-known leader served is world knowledge, kept in
data/gazetteer/people.yaml; a surname two of its figures bear (Johnson) is never read alone.

Sentences written for this test in wire style about disputes other than those of the never-read
batches (Saar, Chamizal, Falklands, Belize-Guatemala, Essequibo, Ussuri, Cenepa, Hans Island).
"""

from __future__ import annotations

import pytest
from helpers import facts, find


def _states(text: str, person: str) -> set[str]:
    """The labels of the states (or bodies) ``person`` (a key) is found to hold an office of."""
    return {f.args["of"].label for f in find(facts(text), "holdsRole", person=person)}


MOLLET, ADENAUER = "person/guy-mollet", "person/konrad-adenauer"
LBJ, DIAZ = "person/lyndon-b-johnson", "person/gustavo-diaz-ordaz"
THATCHER, GALTIERI = "person/margaret-thatcher", "person/leopoldo-galtieri"
PEREZ, CHAVEZ = "person/carlos-andres-perez", "person/hugo-chavez"
FUJIMORI, MAHUAD = "person/alberto-fujimori", "person/jamil-mahuad"
KHRUSHCHEV, ZHOU = "person/nikita-khrushchev", "person/zhou-enlai"

LEADERS = [
    # (person key, state label, sentence): three or more shapes of each holding
    (
        MOLLET,
        "France",
        "Premier Guy Mollet and Chancellor Konrad Adenauer met in Bonn on the Saar.",
    ),
    (ADENAUER, "West Germany", "Premier Guy Mollet and Chancellor Konrad Adenauer met in Bonn."),
    (
        MOLLET,
        "France",
        "West Germany agreed to the vote after Chancellor Konrad Adenauer received Premier Guy"
        " Mollet in Bonn.",
    ),
    (
        ADENAUER,
        "West Germany",
        "France returned the Saar after Premier Guy Mollet, who had flown to Bonn, and Chancellor"
        " Konrad Adenauer settled the last points.",
    ),
    (
        MOLLET,
        "France",
        "The Saar, which West Germany had sought for a decade, was settled by Premier Guy Mollet.",
    ),
    (
        ADENAUER,
        "West Germany",
        "France signed the accord, which Chancellor Konrad Adenauer had pressed for since 1954.",
    ),
    (
        DIAZ,
        "Mexico",
        "The land was handed over to Mexico when President Lyndon B. Johnson and President"
        " Gustavo Díaz Ordaz met on the new border.",
    ),
    (
        LBJ,
        "United States",
        "The land was handed over to Mexico when President Lyndon B. Johnson and President"
        " Gustavo Díaz Ordaz met on the new border.",
    ),
    (
        DIAZ,
        "Mexico",
        "The United States returned the tract, and President Gustavo Diaz Ordaz unveiled a marker.",
    ),
    (
        LBJ,
        "United States",
        "Mexico welcomed the return of the land, which President Lyndon Johnson approved in 1964.",
    ),
    (
        DIAZ,
        "Mexico",
        "The tract, returned by the United States, was received by President Gustavo Díaz Ordaz.",
    ),
    (
        LBJ,
        "United States",
        "The Chamizal was returned to Mexico, which President Lyndon B. Johnson visited in 1966.",
    ),
    (
        GALTIERI,
        "Argentina",
        "Britain sent a task force after President Leopoldo Galtieri ordered the landing.",
    ),
    (
        GALTIERI,
        "Argentina",
        "The landing, ordered by President Leopoldo Galtieri, took Britain by surprise.",
    ),
    pytest.param(
        THATCHER,
        "United Kingdom",
        "Argentina's junta misjudged Prime Minister Margaret Thatcher, who sent a task force.",
        marks=pytest.mark.xfail(
            strict=True, reason="the subject's possessor is read as the object title's state"
        ),
    ),
    (
        THATCHER,
        "United Kingdom",
        "The junta in Buenos Aires misjudged Prime Minister Margaret Thatcher, who sent a fleet.",
    ),
    (
        THATCHER,
        "United Kingdom",
        "Argentina surrendered in June, and Prime Minister Margaret Thatcher declared victory.",
    ),
    (
        PEREZ,
        "Venezuela",
        "The accord was signed in Caracas in the presence of President Carlos Andres Perez and"
        " Trinidad's prime minister.",
    ),
    (
        PEREZ,
        "Venezuela",
        "Trinidad and Tobago welcomed the accord, which President Carlos Andrés Pérez signed.",
    ),
    (
        CHAVEZ,
        "Venezuela",
        "Guyana protested after President Hugo Chavez said the Essequibo was Venezuelan.",
    ),
    (
        FUJIMORI,
        "Peru",
        "Ecuador and Peru signed the peace after President Alberto Fujimori and President Jamil"
        " Mahuad met in Brasilia.",
    ),
    (
        MAHUAD,
        "Ecuador",
        "Ecuador and Peru signed the peace after President Alberto Fujimori and President Jamil"
        " Mahuad met in Brasilia.",
    ),
    (
        MAHUAD,
        "Ecuador",
        "Peru accepted the line that President Jamil Mahuad had agreed to in Brasilia.",
    ),
    (
        KHRUSHCHEV,
        "Soviet Union",
        "China pressed its claim on the Ussuri after Premier Nikita Khrushchev visited Beijing.",
    ),
    (
        ZHOU,
        "China",
        "The Soviet Union rejected the map that Premier Zhou Enlai presented in 1960.",
    ),
]


@pytest.mark.parametrize(("person", "state", "sentence"), LEADERS)
def test_a_known_leader_holds_the_office_of_the_state_served(person, state, sentence):
    found = _states(sentence, person)
    assert found == {state}, found


# --- near-misses: what world knowledge must not do ---------------------------------------------
def test_a_shared_surname_alone_is_no_known_leader():
    """ "Johnson" alone is Boris Johnson or Lyndon B. Johnson: neither is read from it."""
    text = "Britain and Ireland signed the accord. Johnson said the border would stay open."
    assert not find(facts(text), "holdsRole", person=LBJ)


def test_a_titled_state_wins_over_the_leader_list():
    """A title that names a state says whose office it is (the list only fills a bare title)."""
    text = "Venezuelan President Hugo Chavez met Guyanese President Bharrat Jagdeo in Caracas."
    assert _states(text, CHAVEZ) == {"Venezuela"}
    assert _states(text, "person/bharrat-jagdeo") == {"Guyana"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Jean Moulin and Chancellor Karl Weber met in Bonn.",  # unknown: no leader list
        "President Rafael Ortuno and President Luis Velarde met on the new border.",
    ],
)
def test_unknown_leaders_borrow_no_known_leaders_state(sentence):
    """Names the list does not hold are read as before: no holding becomes France's or Mexico's
    from the list."""
    states = {f.args["of"].label for f in find(facts(sentence), "holdsRole")}
    assert not states & {"France", "Mexico", "United States", "West Germany"}, states
