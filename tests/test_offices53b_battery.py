"""Offices the gazetteer lacked, and a name's Portuguese particle (issue 12, offices53b).

(1) Offices news gives local and court officials: a co-president (one of two joint heads of
state), a Uruguayan department's intendant and a village headman (offices of a place, as a mayor),
an agency's or federation's executive director, a state's agent before an international court.
"Co-President X", "Intendant X" and "headman X" are titles, not words of the name.

(2) "Foreign Minister Bendito dos Santos Freitas": the tagger read the particle "dos" as a verb
and split the name around it (kg.ingest.nlp.parse reads it capitalised); the name stays whole.

(3) "Guyana's agent, former foreign minister X": the office held, not the one left
(kg.ingest.nlp.titles reads a title marked "former" only where no other is told).

(4) Not read: "agent" with no one named ("border agents detained two men"), and "do" between
capitals ("Why do Russians ...") is no particle.

Texts written for these tests, not from any batch.
"""

from __future__ import annotations

from helpers import facts, roles_read


def _holds(text: str, person: str) -> set[tuple[str, str]]:
    return roles_read(text).get(person, set())


def _people(text: str) -> set[str]:
    return {
        v.label
        for f in facts(text)
        for v in f.args.values()
        if getattr(v, "kind", None) == "Person"
    }


def test_a_co_president_is_a_title_not_a_name() -> None:
    text = (
        "MANAGUA, May 4 (AP) - Co-President Laura Mendez said Nicaragua would not give away "
        "a single inch of its territory."
    )
    assert ("co-president", "Nicaragua") in _holds(text, "Laura Mendez")
    assert "Co-President Laura Mendez" not in _people(text)


def test_an_intendant_holds_an_office_of_the_department() -> None:
    text = (
        "MONTEVIDEO, May 4 (AP) - The intendant of Rivera department, Carla Pereira, said "
        "ranchers had grazed cattle on the island for a century."
    )
    roles = _holds(text, "Carla Pereira")
    assert any(role.startswith("intendant") and "Rivera" in of for role, of in roles)


def test_a_village_headman_before_the_name() -> None:
    text = (
        'WINDHOEK, May 4 (AP) - "We are fishermen, not soldiers," said Impalila headman '
        "Joseph Sitali."
    )
    roles = _holds(text, "Joseph Sitali")
    assert any(role.startswith("headman") and "Impalila" in of for role, of in roles)


def test_a_states_agent_before_the_court() -> None:
    text = (
        'THE HAGUE, May 4 (AP) - "The award is final," said Ana Ribeiro, Portugal\'s agent '
        "before the court."
    )
    assert ("agent", "Portugal") in _holds(text, "Ana Ribeiro")


def test_agents_with_no_one_named_hold_no_office() -> None:
    text = "DUSHANBE, May 4 (AP) - Border agents detained two fishermen near the reservoir."
    assert not any(role == "agent" for roles in roles_read(text).values() for role, _ in roles)


def test_a_particle_keeps_the_name_whole() -> None:
    text = (
        "JAKARTA, May 4 (AP) - Foreign Minister Sugiono met his Timorese counterpart, "
        "Foreign Minister Joana dos Reis Amaral, on Tuesday."
    )
    people = _people(text)
    assert "Joana dos Reis Amaral" in people
    assert "Reis Amaral" not in people
    assert ("foreign minister", "Timor-Leste") in _holds(text, "Joana dos Reis Amaral")


def test_do_between_capitals_is_no_particle() -> None:
    from kg.ingest.nlp.parse import parse_many

    doc = parse_many(["Why do Russians keep the islands, Tanaka asked."])[0]
    assert [t.text for t in doc][:3] == ["Why", "do", "Russians"]


def test_the_office_held_not_the_one_left() -> None:
    text = (
        "THE HAGUE, May 4 (AP) - The award was final, Belize's agent, former foreign minister "
        "Maria Lopez, told the judges."
    )
    assert _holds(text, "Maria Lopez") == {("agent", "Belize")}


def test_a_former_office_named_after_is_not_held() -> None:
    text = (
        "THE HAGUE, May 4 (AP) - The award was final, former foreign minister Maria Lopez, "
        "Belize's agent, told the judges."
    )
    assert ("foreign minister", "Belize") not in _holds(text, "Maria Lopez")
