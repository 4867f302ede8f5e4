"""Names the gazetteer does not know come from spaCy's entity recogniser (kg.ingest.nlp.proposals)."""

from __future__ import annotations

from helpers import facts


def _speakers(text: str) -> list[str]:
    return [f.args["speaker"].key for f in facts(text) if f.rel == "statement"]


def test_an_untitled_person_and_an_unknown_body_are_proposed():
    assert _speakers("Diana Mondino said the talks with Britain had been useful.") == [
        "person/diana-mondino"
    ]
    assert _speakers(
        "The Korean Maritime Institute said the talks with Japan had been useful."
    ) == ["organization/korean-maritime-institute"]


def test_the_gazetteer_stays_the_authority():
    """A name the gazetteer knows keeps its canonical entity; a weekday is no name."""
    assert _speakers("Sergei Lavrov said on Friday the talks with Japan had been useful.") == [
        "person/sergey-lavrov"
    ]


def test_a_person_named_before_stays_a_person_when_the_recogniser_calls_the_surname_a_body():
    """'Zakharova said ...' after 'Maria Zakharova': the recogniser may tag the lone surname ORG;
    only a longer span ("the Korean Maritime Institute") takes a guessed person's place."""
    text = (
        "The official, Maria Zakharova, spoke at a news conference. Speaking to reporters, "
        "Zakharova said all questions, security among them, belong on the agenda of the talks."
    )
    assert _speakers(text) == ["person/maria-zakharova"]


def _recognised(text: str, monkeypatch) -> list[str]:
    """The sentences put to the recogniser while ``text`` is read."""
    from kg.ingest.nlp import proposals

    seen: list[str] = []
    real = proposals.recognise

    def recognise(doc):
        seen.append(doc.text)
        return real(doc)

    monkeypatch.setattr(proposals, "recognise", recognise)
    facts(text)
    return seen


def test_the_surname_of_a_person_named_in_full_is_not_put_to_the_recogniser(monkeypatch):
    """'Okafor said ...' after 'Chidi Okafor': the recogniser could only give the lone surname a
    longer span, which it has not; a new name in the sentence still is put to it (issue 12)."""
    first = "Chidi Okafor, a lawyer, spoke at a news conference in Abuja."
    later = "Okafor said the talks with Cameroon on the peninsula had been useful."
    assert _recognised(f"{first} {later}", monkeypatch) == [first]
    assert _speakers(f"{first} {later}") == ["person/chidi-okafor"]
    also = "Okafor and Amina Bello said the talks with Cameroon had been useful."
    assert _recognised(f"{first} {also}", monkeypatch) == [first, also]
    body = "The Okafor Foundation said the talks with Cameroon had been useful."
    # the body's name is read by its head noun (kg/ingest/nlp/owned_bodies.py): no recogniser needed
    assert _recognised(f"{first} {body}", monkeypatch) == [first]
    assert _speakers(f"{first} {body}") == ["organization/okafor-foundation"]
