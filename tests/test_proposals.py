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
