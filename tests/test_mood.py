"""Negation, modality and conditions are read from the parse, with the words that mark them kept
as data (data/lexicon/mood.yaml, read by kg.ingest.nlp.grammar.mood).

Each group is one reading told several ways, in sentences written for these tests: a rule that
looks for "not" or "if" next to the trigger passes some lines and fails the others.
"""

from __future__ import annotations

import pytest
from helpers import ARGENTINA, JAPAN, SHIKOTAN, UK, USSR, facts, has

KOSOVO, SERBIA = "Kosovo", "state/serbia"
PEACE = "a peace treaty"


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain does not accept Argentina's claim to the Falkland Islands.",
        "Britain has never accepted Argentina's claim to the Falkland Islands.",
        "Britain no longer accepts Argentina's claim to the Falkland Islands.",
        "Britain refused to accept Argentina's claim to the Falkland Islands.",
        "Britain has yet to accept Argentina's claim to the Falkland Islands.",
        "Britain, in a note on Monday, ruled out accepting Argentina's claim to the Falkland Islands.",
        "Britain is unwilling to accept Argentina's claim to the Falkland Islands.",
    ],
)
def test_a_negated_acceptance_rejects_the_claim(sentence):
    assert has(facts(sentence), "rejectsClaim", state=UK, claimant=ARGENTINA)


def test_an_acceptance_is_no_rejection():
    found = facts("Britain accepts Argentina's claim to the Falkland Islands.")
    assert not [f for f in found if f.rel == "rejectsClaim"], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Serbia does not recognise Kosovo.",
        "Serbia never recognised Kosovo.",
        "Serbia no longer recognises Kosovo.",
        "Serbia has yet to recognise Kosovo.",
        "Serbia is yet to recognise Kosovo.",
        "Serbia refused to recognise Kosovo.",
        "Serbia remains unwilling to recognise Kosovo.",
    ],
)
def test_a_negated_recognition_is_no_recognition(sentence):
    found = [f for f in facts(sentence) if f.rel == "recognizes" and not f.negated]
    assert found == [], found
    assert has(facts("Serbia recognised Kosovo in 2008."), "recognizes", party=SERBIA, what=KOSOVO)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Soviet Union would hand over Shikotan to Japan.",
        "The Soviet Union will hand over Shikotan to Japan.",
        "The Soviet Union was ready to hand over Shikotan to Japan.",
        "The Soviet Union plans to hand over Shikotan to Japan.",
        "Shikotan is to be handed over to Japan.",
        "The Soviet Union is yet to hand over Shikotan to Japan.",
    ],
)
def test_a_plan_or_a_promise_is_no_handover(sentence):
    found = [f for f in facts(sentence) if f.rel == "handedOverTo"]
    assert found == [], found
    assert has(
        facts("The Soviet Union handed over Shikotan to Japan."),
        "handedOverTo",
        territory=SHIKOTAN,
        to=JAPAN,
    )


def test_an_unwilling_party_does_not_adhere():
    """An adjective that cancels its infinitive as "refuse" does: no adherence, unlike "committed to"."""
    unwilling = facts("Russia is unwilling to honour the 1956 declaration, Lavrov said on Monday.")
    assert not [f for f in unwilling if f.rel == "adheresTo" and not f.negated], unwilling
    committed = facts("Russia remains committed to the 1956 declaration, Lavrov said on Monday.")
    assert [f for f in committed if f.rel == "adheresTo" and not f.negated], committed


DECLARATION = "The 1956 declaration said the Soviet Union would hand over Shikotan to Japan "


@pytest.mark.parametrize(
    "clause",
    [
        "once a peace treaty was signed.",
        "if a peace treaty was signed.",
        "as soon as a peace treaty was signed.",
        "provided that a peace treaty was signed.",
        "on condition that a peace treaty was signed.",
        "only after a peace treaty was signed.",
        "in exchange for a peace treaty.",
        "subject to the signing of a peace treaty.",
        "upon the signing of a peace treaty.",
    ],
)
def test_a_condition_clause_is_the_promises_condition(clause):
    promises = [f for f in facts(DECLARATION + clause) if f.rel == "promisesHandover"]
    assert len(promises) == 1, promises
    args = promises[0].args
    assert args["territory"].key == SHIKOTAN and args["from"].key == USSR, args
    assert "peace treaty" in args.get("condition", ""), args
