"""A document noun that provides is a document (issue 12, documents that promise or condition).

"The minutes also provide that ...", "the letter promises ...", "the minutes make X conditional on
Y": a noun the data lists as a document only where a verb acts on it (data/lexicon.yaml,
``acted_document_nouns``) is one where it is the subject of a provision verb (``provision_verbs``,
``provision_complements``), and it is the document that noun named before in the article. A noun
that carries words said ("a statement promised ...") stays the speech rules' unless it refers back.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import HABOMAI, JAPAN, RUSSIA, facts

MET = "The joint commission of Russia and Japan met in Tokyo on May 2. "
SIGNED_MINUTES = [
    MET + "In minutes signed there, the two governments agreed to a joint survey. ",
    MET + "Both delegations signed minutes committing them to a joint survey. ",
    MET + "The minutes, which were signed by both delegations, set up a joint survey. ",
]
PROVIDES = [
    "The minutes also provide that Russia will hand Habomai over to Japan if the survey finds it "
    "on the Japanese side.",
    "Those minutes provide that Habomai will be handed over to Japan by Russia if the survey "
    "finds it on the Japanese side.",
    "The minutes, seen by reporters, stipulate that Russia will return Habomai to Japan if the "
    "survey finds it on the Japanese side.",
]


def _promises(text: str) -> list:
    return [f for f in facts(text) if f.rel == "promisesHandover" and not f.negated]


def _keys(f, role: str) -> str | None:
    v = f.args.get(role)
    return getattr(v, "key", None)


@pytest.mark.parametrize("first", SIGNED_MINUTES)
@pytest.mark.parametrize("then", PROVIDES)
def test_minutes_that_provide_promise_the_handover(first: str, then: str) -> None:
    found = _promises(first + then)
    assert [(_keys(f, "territory"), _keys(f, "to")) for f in found] == [(HABOMAI, JAPAN)]
    assert _keys(found[0], "from") == RUSSIA
    assert found[0].args["condition"]


@pytest.mark.parametrize("first", SIGNED_MINUTES)
def test_the_minutes_are_the_minutes_signed_before(first: str) -> None:
    got = facts(first + PROVIDES[0])
    signed = [f.args["document"] for f in got if f.rel == "signed"]
    promised = [f.args["document"] for f in got if f.rel == "promisesHandover"]
    assert signed and promised and promised[0] == signed[0]


@pytest.mark.parametrize(
    "then",
    [
        "The minutes also make any new works on the river conditional on prior notice.",
        "Those minutes make any new works conditional on prior notice.",
    ],
)
def test_minutes_that_make_a_thing_conditional(then: str) -> None:
    got = facts(SIGNED_MINUTES[0] + then)
    cond = [f for f in got if f.rel == "conditionedOn"]
    signed = [f.args["document"] for f in got if f.rel == "signed"]
    assert cond and cond[0].args["document"] == signed[0]
    assert "prior notice" in str(cond[0].args["condition"])


def test_a_letter_named_before_that_promises_is_that_letter() -> None:
    text = (
        "The Russian prime minister sent Japan a letter on May 2. The letter promises that Russia "
        "will hand Habomai over to Japan once the survey is finished."
    )
    got = facts(text)
    issued = [f.args["document"] for f in got if f.rel == "issued"]
    found = [f for f in got if f.rel == "promisesHandover"]
    assert issued and found and found[0].args["document"] == issued[0]


@pytest.mark.parametrize(
    "text",
    [
        "The minutes of the meeting were long. Japan said the talks went well.",
        "Reporters saw the minutes. The minutes were long, an official said.",
        "A statement from Moscow promised that Russia would defend its borders.",
    ],
)
def test_no_provision_no_document(text: str) -> None:
    got = facts(text)
    assert not [f for f in got if f.rel in ("signed", "issued", "promisesHandover")]
