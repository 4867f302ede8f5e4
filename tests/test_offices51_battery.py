"""Offices news tells beside a name in ways the title readers missed (issue 12, offices51).

- A name after a title and a comma that the parser hung elsewhere: apposed to the far note the
  clause is about ("The note, handed to Syria's charge d'affaires in Amman, X, after he was called
  in, ...": not the note's name), or made the verb's subject where the title hangs as an apposition
  of the place set before it ("In Quito, the Minister of State for Border Affairs, Mr X, said")
  (kg.ingest.nlp.misread_appositions).
- A portfolio in brackets closes the title's words ("the Minister of State for Border Affairs
  (Southern Region), Mr X"; "Joint Secretary (Borders) X"); the bracketed words are no name
  (kg.ingest.nlp.titles).
- A bare title's state from the delegation (side, team) its holder leads: "The Peruvian delegation
  was led by Joint Secretary X, while the Chilean side was headed by director-general Y"
  (kg.ingest.nlp.rules.led_sides, ``led_sides`` of data/lexicon.yaml); not where the lead is denied.
- A title's body after "in" ("joint secretary in the Ministry of External Affairs": the ministry's
  official; kg.ingest.nlp.office_phrase), and "joint secretary" as an office
  (data/gazetteer/offices.yaml).

- "the defence minister of South Korea" after "Japan's Ministry of Defence": "the defence" is no
  short name of the ministry (kg.ingest.nlp.bodies: a description "ministry of X" is called "the
  ministry", not "the X"), so the title is South Korea's, not Japan's ministry's; "a ministry
  spokesman" still names the ministry told before.

- "opposition leader" (or "leader of the opposition") is an office of its own, a state's home office
  (data/gazetteer/offices.yaml, home_offices of data/lexicon.yaml): bare, it is the dateline
  state's, as "the foreign minister" is; "leader" alone stays too vague to guess.

- A portfolio word right before the name closes the title, not opens the name ("Deputy Prime
  Minister for Reintegration X": ``non_name_words`` of data/lexicon.yaml).

Not read: a bracketed name after a title, a delegation no state is named with, a note's own phrase.

Texts written for these tests (Levant, Andes, West Africa, Caucasus, South Asia), not from any batch.
"""

from __future__ import annotations

import pytest
from helpers import roles_read

_roles = roles_read


# (person, role words, of's label, sentence)
READ: list[tuple[str, str, str, str]] = [
    (
        "Ahmad Yousef al-Hamdani",
        "charge d'affaires",
        "Syria",
        "The note, handed to Syria's charge d'affaires in Amman, Ahmad Yousef al-Hamdani, after he "
        "was called in to the ministry, demanded an apology.",
    ),
    (
        "Pablo Andrade",
        "minister of state for border affairs",
        "Ecuador",
        "In Quito, the Minister of State for Border Affairs (Southern Region), Mr Pablo Andrade, "
        "said Ecuador would respect the ruling.",
    ),
    (
        "Luis Vargas",
        "joint secretary",
        "Peru",
        "The Peruvian delegation was led by Joint Secretary (Borders) Luis Vargas, while the "
        "Chilean side was headed by director-general Ana Soto.",
    ),
    (
        "Ana Soto",
        "director-general",
        "Chile",
        "The Peruvian delegation was led by Joint Secretary (Borders) Luis Vargas, while the "
        "Chilean side was headed by director-general Ana Soto.",
    ),
    (
        "Nino Beridze",
        "deputy director",
        "Georgia",
        "The Georgian team was headed by Deputy Director Nino Beridze.",
    ),
    (
        "Luis Vargas",
        "joint secretary",
        "Ministry of Foreign Affairs of Bolivia",
        "The Bolivian delegation was led by Luis Vargas, joint secretary (South America) in the "
        "Ministry of Foreign Affairs of Bolivia.",
    ),
    (
        "Ravi Kumar",
        "joint secretary",
        "Indian Ministry of External Affairs",
        "Ravi Kumar, a joint secretary in the Ministry of External Affairs, said the talks would "
        "resume.",
    ),
]


@pytest.mark.parametrize(("person", "role", "of", "text"), READ)
def test_office_read(person: str, role: str, of: str, text: str) -> None:
    assert (role, of) in _roles(text).get(person, set())


def test_bracketed_words_are_no_person() -> None:
    roles = _roles(
        "The Bolivian delegation was led by Luis Vargas, joint secretary (South America) in the "
        "Ministry of Foreign Affairs of Bolivia."
    )
    assert "South America" not in roles and "America" not in roles


def test_a_delegation_of_no_state_gives_none() -> None:
    roles = _roles("The delegation was led by Joint Secretary Luis Vargas.")
    assert not roles.get("Luis Vargas")


def test_the_note_is_not_titled() -> None:
    text = (
        "The note, handed to Syria's charge d'affaires in Amman, Ahmad Yousef al-Hamdani, after he "
        "was called in to the ministry, demanded an apology."
    )
    assert set(_roles(text)) == {"Ahmad Yousef al-Hamdani"}


BODY_WORDS: list[tuple[str, str, str, str]] = [
    (
        "Lee Jun",
        "defence minister",
        "South Korea",
        "Japan's Ministry of Defence said the drills were planned.\n\nLee Jun, the defence "
        "minister of South Korea, said the drills were routine.",
    ),
    (
        "Omar Haddad",
        "interior minister",
        "Libya",
        "Egypt's Ministry of the Interior closed the road.\n\nOmar Haddad, the interior minister of "
        "Libya, said the crossing would reopen.",
    ),
    (
        "Lim Soo-suk",
        "a ministry spokesman",
        "Ministry of Foreign Affairs of South Korea",
        "South Korea's foreign ministry protested. A ministry spokesman, Lim Soo-suk, said Seoul "
        "would respond.",
    ),
]


@pytest.mark.parametrize(("person", "role", "of", "text"), BODY_WORDS)
def test_a_description_is_called_by_its_head(person: str, role: str, of: str, text: str) -> None:
    assert (role, of) in _roles(text).get(person, set())


OPPOSITION: list[tuple[str, str, str, str]] = [
    (
        "Tashi Wangmo",
        "opposition leader",
        "Bhutan",
        "THIMPHU, Nov. 19 (Kuensel) - Bhutan and China agreed to send a survey team.\n\nThe "
        "opposition leader, Tashi Wangmo, welcomed the minutes.",
    ),
    (
        "Grace Njeri",
        "opposition leader",
        "Kenya",
        "Kenya's opposition leader Grace Njeri said the deal was bad.",
    ),
]


@pytest.mark.parametrize(("person", "role", "of", "text"), OPPOSITION)
def test_opposition_leader(person: str, role: str, of: str, text: str) -> None:
    assert (role, of) in _roles(text).get(person, set())


def test_a_bare_leader_is_not_guessed() -> None:
    text = (
        "THIMPHU, Nov. 19 (Kuensel) - Bhutan and China agreed to send a survey team.\n\nThe "
        "leader, Tashi Wangmo, welcomed the minutes."
    )
    assert not _roles(text).get("Tashi Wangmo")


def test_a_portfolio_word_is_no_given_name() -> None:
    roles = _roles(
        "Armenia's Deputy Prime Minister for Reconciliation Aram Petrosyan said the villages "
        "would be returned."
    )
    assert "Aram Petrosyan" in roles and not any(p.startswith("Reconciliation") for p in roles)
    assert any(of == "Armenia" for _, of in roles["Aram Petrosyan"])
