"""Names and bodies, round 54.

(1) Lands named in a list by a naming participle: "the islets, known locally as A and B" gives
two islands, each a land of its own, where only the first name was read (the second was taken for
a person, and every claim made of "the islets" lost it). A list named after a singular noun is
the noun's names too; a naming participle after a person's noun names no land.

(2) A body told by where it sits: "the UK-based group X", "a Geneva-based foundation X" name a
body, as "the rights group X" does; without it the run of capitals was a person ("Chagossian
Voices"). A group of people that is not named ("a Tokyo-based group of fishermen") makes none.

(3) World knowledge as data: Russia's military districts are commands, not districts of land
("according to Russia's Eastern Military District ... the district said": the command speaks),
and the Falkland Islands Government is the islands' own government, a body.

(4) "Ma." (Maria) after a title or an honorific opens a name ("DFA Secretary Ma. Theresa
Lazaro"): no sentence ends there and no person "Ma" is made; after a given name it is the surname
Ma, which may end a sentence. Palaces, airports, amendments and storms are no people's names.

Texts written for the test.
"""

from __future__ import annotations

from helpers import entity_kinds, facts

from kg.model import Entity


def _labels(found, rel: str, role: str) -> set[str]:
    out = set()
    for f in found:
        v = f.args.get(role)
        for e in v if isinstance(v, tuple) else (v,):
            if f.rel == rel and isinstance(e, Entity):
                out.add(e.label)
    return out


def test_two_islets_named_by_a_participle_are_two_islands():
    text = (
        "The two islets, known locally as Punta Verde Norte and Loma Baja Sur, lie some 40 "
        "kilometres upstream from the river's mouth. Guatemala has always said these islets are "
        "Guatemalan."
    )
    kinds = entity_kinds(text)
    assert kinds.get("Loma Baja Sur") in ("Island", "Territory")
    assert "Loma Baja Sur" in _labels(facts(text), "assertsSovereignty", "territory")


def test_three_villages_called_by_their_names():
    text = (
        "The villages, called Dorna Veche, Sarul Mic and Piatra Alba, were handed over to Moldova "
        "in 1994."
    )
    kinds = entity_kinds(text)
    assert kinds.get("Sarul Mic") == "Territory"
    assert kinds.get("Piatra Alba") == "Territory"


def test_one_land_named_by_a_participle_keeps_its_whole_phrase():
    text = "Nepal claims the strip of land, known as Kala Tohar, which India controls."
    assert "Kala Tohar" in _labels(facts(text), "claims", "territory")


def test_people_known_by_names_stay_people():
    text = (
        "The two envoys, known as Maria Lopez and Juan Ortega, met in Lima on Monday. "
        '"We will talk again," Maria Lopez said.'
    )
    kinds = entity_kinds(text)
    assert kinds.get("Maria Lopez") == "Person"
    assert kinds.get("Juan Ortega") != "Island"


def test_a_based_group_is_a_body():
    text = (
        "The London-based group Islander Voices, which says it was never consulted, rejected the "
        'plan as "a project decided without us".'
    )
    assert entity_kinds(text).get("Islander Voices") == "Organization"


def test_a_based_foundation_that_speaks_is_a_body():
    text = (
        'A Geneva-based foundation, Alpine Border Watch, said the new posts were "illegal". '
        "Switzerland rejected the report."
    )
    kinds = entity_kinds(text)
    assert kinds.get("Alpine Border Watch") != "Person"


def test_a_based_group_of_people_makes_no_body():
    text = "A Tokyo-based group of fishermen said the Russian patrols had seized two boats."
    kinds = entity_kinds(text)
    assert not any(kind == "Organization" and "fishermen" in label for label, kind in kinds.items())


def test_a_military_district_is_a_command_that_speaks():
    text = (
        "Some 1,000 troops began drills on Iturup on Tuesday, according to Russia's Southern "
        "Military District. The soldiers are practicing how to repel a landing, the district said."
    )
    found = facts(text)
    assert entity_kinds(text).get("Southern Military District") == "Organization"
    assert "Southern Military District" in _labels(found, "statement", "speaker")
    assert "Southern Military District" not in _labels(found, "partOf", "part")


def test_a_land_district_stays_land():
    text = "Troops entered the Nam Yuen district, which Thailand controls."
    assert entity_kinds(text).get("Nam Yuen district") == "Territory"


def test_the_falkland_islands_government_is_a_body():
    text = (
        "A Foreign Office spokesperson said the licences were a matter for the Falkland Islands "
        "Government alone."
    )
    assert entity_kinds(text).get("Falkland Islands Government") == "Organization"


def test_an_abbreviated_given_name_after_a_title_is_part_of_the_name():
    text = (
        'MANILA, May 4 (AFP) - "The shoal is ours," Senator Ma. Elena Cruz said on Monday. '
        "Cruz spoke after a meeting in Manila."
    )
    people = {label for label, kind in entity_kinds(text).items() if kind == "Person"}
    assert "Ma" not in people
    assert any(p.endswith("Elena Cruz") for p in people)
    assert any(s.endswith("Elena Cruz") for s in _labels(facts(text), "statement", "speaker"))


def test_the_surname_ma_still_ends_a_sentence():
    from kg.ingest.nlp.segment import Span, sentences

    text = "The envoy met the businessman Jack Ma. The talks went well."
    assert len(sentences(text, Span(0, len(text), text))) == 2


def test_palaces_airports_amendments_and_storms_are_no_people():
    text = (
        "The envoy was received at Qasr Nour Palace "
        "after landing at Tervola Airport, days after Hurricane Belinda struck. The Tollan "
        "Amendment was repealed."
    )
    people = {label for label, kind in entity_kinds(text).items() if kind == "Person"}
    assert not people & {
        "Qasr Nour Palace",
        "Tervola Airport",
        "Hurricane Belinda",
        "Tollan Amendment",
    }


def test_a_person_beside_a_palace_stays_a_person():
    text = "Austrian Foreign Minister Clara Weiss met the envoy at Belvar Palace on Monday."
    assert "Clara Weiss" in _labels(facts(text), "holdsRole", "person")
    assert entity_kinds(text).get("Belvar Palace") != "Person"
