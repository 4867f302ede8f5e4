"""Names and bodies, round 55.

(1) A state's body told in its capital: wire copy sets a side's answer where it was given ("In
London, a Foreign Office spokesperson said", "In Tokyo, the Foreign Ministry said"). A body named
there by what a state keeps at home, with no state of its own, is the body of the state whose
capital opens the sentence; unread, "the Foreign Office rejected the claim" was read as the claimant
rejecting its own claim, and "the Foreign Ministry" as the other side's ministry. A city that is no
capital, or a body a state keeps abroad (an embassy), gives no state.

(2) A name other bodies share is kept as the known body's name, never looked up: the bare "Foreign
Office" is Germany's and Pakistan's too, so the gazetteer never reads it alone as the UK's, yet the
UK's Foreign Office, once the text settles it, is also called so (the words a reader would search
for).

(3) Harbours, ports, dams, reservoirs and canals are no people's names: "docked at Mare Harbour"
made a person "Mare Harbour", whom the "she" of a spokeswoman named next then meant.

(4) Groups of people told by who they are, with no name ("Argentine veterans' groups said",
"according to fishermen's associations", "Cambodian opposition groups have argued"): a body of the
article that speaks, where their words went to the state of their demonym or to no one. Groups
told by a word of quantity or of manner ("Several groups", "Rival groups") are no body.

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
            if f.rel == rel and isinstance(e, Entity) and not f.negated:
                out.add(e.label)
    return out


def test_a_body_told_in_its_capital_is_that_states():
    text = "Spain claims Gibraltar. In London, the Foreign Office rejected the claim."
    assert _labels(facts(text), "rejectsClaim", "state") == {"United Kingdom"}


def test_an_indefinite_spokesperson_of_a_body_told_in_its_capital():
    text = (
        "Spain has renewed its claim to Gibraltar. In London, a Foreign Office spokesperson "
        "rejected that position, saying the UK would never give up the territory."
    )
    found = facts(text)
    assert _labels(found, "rejectsClaim", "state") == {"United Kingdom"}
    speakers = [f.args["speaker"] for f in found if f.rel == "statement" and "speaker" in f.args]
    assert speakers and all(isinstance(s, Entity) for s in speakers)
    assert all("Foreign Office" in (s.label, *s.aliases) for s in speakers)  # type: ignore[union-attr]


def test_a_ministry_told_in_the_other_sides_capital():
    text = (
        "China claims the Senkaku Islands. In Tokyo, the Foreign Ministry said the islands were "
        "Japanese territory."
    )
    speakers = _labels(facts(text), "statement", "speaker")
    assert speakers and all("Japan" in s for s in speakers)
    assert not any("Chin" in s for s in speakers)


def test_a_city_that_is_no_capital_gives_no_state():
    text = "Spain claims Gibraltar. In Manchester, the Foreign Office rejected the claim."
    assert "United Kingdom" not in _labels(facts(text), "rejectsClaim", "state")


def test_a_bare_shared_name_is_still_no_one_body():
    text = "Germany's Foreign Office rejected any reopening of the border treaty."
    kinds = entity_kinds(text)
    assert "Foreign, Commonwealth and Development Office" not in kinds
    assert "Foreign Office of Germany" in kinds


def test_a_harbour_is_no_person():
    text = (
        "The frigate docked at Fox Harbour on Saturday. A spokeswoman for the Foreign Office "
        "rejected the complaint."
    )
    kinds = entity_kinds(text)
    assert kinds.get("Fox Harbour") != "Person"
    assert not any(k == "Person" and "Harbour" in label for label, k in kinds.items())


def test_a_dam_and_a_canal_are_no_people():
    text = "Engineers inspected the Kestrel Dam and the Marlow Canal, Minister Ana Ruiz said."
    people = {label for label, kind in entity_kinds(text).items() if kind == "Person"}
    assert not any("Dam" in p or "Canal" in p for p in people)
    assert any(p.endswith("Ana Ruiz") for p in people)


def test_a_peoples_groups_speak_not_their_state():
    text = (
        "Argentina and Britain agreed to resume flights. Argentine fishermen's groups criticised "
        "the deal and said they would stage a protest on Thursday."
    )
    speakers = _labels(facts(text), "statement", "speaker")
    assert speakers == {"Argentine fishermen's groups"}


def test_groups_told_after_according_to():
    text = (
        "Chinese patrol ships have stopped more boats this year, according to Vietnamese "
        "fishermen's associations."
    )
    assert _labels(facts(text), "statement", "speaker") == {"Vietnamese fishermen's associations"}


def test_a_peoples_name_opening_the_sentence():
    text = (
        "Chagossian groups in Mauritius, who were not consulted, said the treaty had been made "
        "without them."
    )
    assert _labels(facts(text), "statement", "speaker") == {"Chagossian groups"}


def test_opposition_groups_argue():
    text = "Nepalese opposition groups have long argued that the treaty was imposed on the country."
    assert _labels(facts(text), "statement", "speaker") == {"Nepalese opposition groups"}


def test_groups_of_no_one_are_no_body():
    for text in (
        "Several groups said the treaty was unfair.",
        "Rival groups said the treaty was unfair.",
        "The groups said the treaty was unfair.",
    ):
        assert not any("groups" in label for label in entity_kinds(text)), text
