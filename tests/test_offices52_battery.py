"""Offices whose state or words the title readers got wrong or missed (issue 12, offices52).

- A bare title's state is not the other side its holder's words name: a state that acts on "us"
  or on what is "ours" in the reported words ('"Moscow is provoking us," Foreign Minister X
  said') is not the speaker's (kg.ingest.nlp.rules.quoted_sides, read by rules.people and
  rules.spoken_states).
  A state the speaker names as the one acting for "we" ('"Estonia will defend its border"') still
  gives the title its state.
- Heads of state and government, foreign and defence ministers and spokespeople in office
  (data/gazetteer/people.yaml) keep their state where a bare title and another dateline meet
  ("Prime Minister Jeremiah Manele" in a Port Moresby report); a known spokesman still speaks for the
  ministry the sentences before tell (rules.people._spoken_body).
- A title that names its body's kind ("foreign ministry spokesman") takes only a body of that
  kind from the sentences around it, never "the coast guard" the spokesman speaks of
  (rules.body_holders, rules.people._spoken_for).
- "Minister of Foreign Affairs and Trade X", "Minister of Mines and Energy X": a portfolio of two
  coordinated parts before the name is the title's, whichever way the parser hangs its last part
  (titles_before._named_person: portfolio words head no name; titles_before.compound_before: the
  office noun before an "of"/"for" where the last word hung on the name gives no office), and "Reform",
  "Lands", "Works", "Sanitation", "Development" close a title, they open no name
  (``non_name_words`` of data/lexicon.yaml).

Texts written for these tests (Baltic, South China Sea, southern Africa, Pacific), not
from any batch.
"""

from __future__ import annotations

import pytest
from helpers import roles_read

_roles = roles_read

_TALLINN = "TALLINN, Jan 14 (Reuters) - Estonia on Wednesday handed Russia a note of protest.\n\n"
_WINDHOEK = "WINDHOEK, Jan 3 (Reuters) - Namibia protested to Botswana on Tuesday.\n\n"

# (person, role words, of's label, text)
QUOTED: list[tuple[str, str, str, str]] = [
    (
        "Kalle Tamm",
        "foreign minister",
        "Estonia",
        _TALLINN + '"Moscow is provoking us again, and we will answer calmly," Foreign Minister '
        "Kalle Tamm said in a statement.",
    ),
    (
        "Kalle Tamm",
        "foreign minister",
        "Estonia",
        _TALLINN + '"Russia has taken our land," Foreign Minister Kalle Tamm told reporters.',
    ),
    (  # the state the speaker's words make the doer for "we": the speaker's own
        "Kalle Tamm",
        "foreign minister",
        "Estonia",
        "TALLINN, Jan 14 (Reuters) - Russia on Wednesday handed Estonia a note of protest.\n\n"
        '"Estonia will defend its border," Foreign Minister Kalle Tamm said in a statement.',
    ),
]


@pytest.mark.parametrize(("person", "role", "of", "text"), QUOTED)
def test_quoted_states_are_not_the_speakers(person: str, role: str, of: str, text: str) -> None:
    assert (role, of) in _roles(text).get(person, set())


def test_a_quoted_state_acting_on_us_is_not_the_speakers() -> None:
    text = _TALLINN + '"Russia has taken our land," Foreign Minister Kalle Tamm told reporters.'
    assert not any(of == "Russia" for _, of in _roles(text).get("Kalle Tamm", set()))


_MANILA = (
    "MANILA, February 12 (Reuters) - The Philippines has lodged a protest with China over the "
    "harassment of a survey ship at Reed Bank, the foreign ministry said on Thursday.\n\n"
    "The protest followed a standoff on Monday, according to the Philippine Coast Guard.\n\n"
)


def test_a_ministry_spokesman_is_no_coast_guards() -> None:
    text = _MANILA + (
        "China rejected the protest within hours. Foreign ministry spokesman Guo Jiakun told a "
        "regular briefing in Beijing that the coast guard had acted lawfully."
    )
    roles = _roles(text).get("Guo Jiakun", set())
    assert roles and not any(of == "Philippine Coast Guard" for _, of in roles)
    assert any("Foreign Affairs" in of for _, of in roles)


def test_a_coast_guard_spokesman_keeps_his_body() -> None:
    text = _MANILA + (
        "Commodore Jay Tarriela, spokesman of the Philippine Coast Guard, said the survey vessel "
        "would return."
    )
    assert any(of == "Philippine Coast Guard" for _, of in _roles(text).get("Jay Tarriela", set()))


# (title before the name, role words read)
PORTFOLIOS: list[tuple[str, str]] = [
    ("Minister of Foreign Affairs and Trade", "minister of foreign affairs and trade"),
    (
        "Minister of Foreign Affairs and International Cooperation",
        "minister of foreign affairs and international cooperation",
    ),
    ("Minister for Foreign Affairs and Diaspora", "minister for foreign affairs"),
    ("Minister of Mines and Energy", "minister of mines and energy"),
    ("Minister of Public Works", "minister of public works"),
    ("Minister of Regional Development", "minister of regional development"),
]


@pytest.mark.parametrize(("title", "role"), PORTFOLIOS)
def test_a_coordinated_portfolio_before_the_name(title: str, role: str) -> None:
    text = _WINDHOEK + f"{title} Carl Schlettwein said the farmers would be paid."
    roles = _roles(text)
    assert set(roles) == {"Carl Schlettwein"}
    assert (role, "Namibia") in roles["Carl Schlettwein"]


def test_two_titled_names_stay_two() -> None:
    text = _WINDHOEK + (
        "President Nangolo Mbumba and Prime Minister Saara Kuugongelwa met the farmers on Friday."
    )
    roles = _roles(text)
    assert ("president", "Namibia") in roles.get("Nangolo Mbumba", set())
    assert any(role == "prime minister" for role, _ in roles.get("Saara Kuugongelwa", set()))


def test_a_known_spokesman_speaks_for_the_ministry_told() -> None:
    text = (
        "BEIJING, May 3 (Reuters) - The Chinese foreign ministry rejected the ruling on Monday. "
        '"The award is null and void," spokesman Guo Jiakun said.'
    )
    assert ("spokesman", "Chinese Ministry of Foreign Affairs") in _roles(text)["Guo Jiakun"]


def test_a_known_leader_keeps_his_state_under_another_dateline() -> None:
    text = (
        "PORT MORESBY, Nov 20 (Reuters) - Papua New Guinea will send its police minister to "
        "Honiara next week, the government said on Thursday.\n\n"
        "The minister is to hand a letter to Prime Minister Jeremiah Manele asking for the "
        "fishermen to be freed, a government spokesman said."
    )
    assert ("prime minister", "Solomon Islands") in _roles(text)["Jeremiah Manele"]
