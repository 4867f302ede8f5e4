"""The parser runs only where a trigger could be filled (kg.ingest.nlp.candidates)."""

from __future__ import annotations

from kg.ingest.nlp.candidates import worth_parsing
from kg.ingest.nlp.mentions import Mention


def _m(tag: str) -> Mention:
    return Mention(0, 1, "x", tag)


def test_no_trigger_no_parse():
    assert not worth_parsing(
        "The weather in the region was mild and sunny for most of the week.", [_m("T")]
    )


def test_a_trigger_whose_roles_nothing_could_fill_is_not_parsed():
    # "is" may be an office ("X is Russia's foreign minister"), which needs a person
    assert not worth_parsing("The Kuril chain is long.", [_m("T")])
    assert worth_parsing("Lavrov is Russia's foreign minister.", [_m("P"), _m("S")])


def test_irregular_and_inflected_forms_are_triggers():
    assert worth_parsing("The islands were held by Russia.", [_m("T"), _m("S")])
    assert worth_parsing("Japan has long coveted the islands.", [_m("T"), _m("S")])
    assert worth_parsing("Russia occupied the islands in 1945.", [_m("T"), _m("S")])
    assert worth_parsing("Moscow stopped the visa-free programme.", [_m("S")])


def test_a_pronoun_can_fill_a_role():
    assert worth_parsing("It rejected the claim.", [])
    assert not worth_parsing("A claim was made.", [])
