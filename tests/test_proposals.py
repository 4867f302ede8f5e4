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
