"""A condition's own "that" clause, and a note handed over in the passive (issue 12, round 26,
handover46).

"Angola will hand Onembango over to Namibia if the survey finds that the islet lies south of the
main channel": the stipulation reader took the condition's complement ("that the islet lies ...")
for the main clause the parser may hang on a condition's verb, and read it as what the document
conditions, with "the survey finds" as the condition (study articles h208, h352, h353, h358). A
clause opened by "that" or "whether" is the condition verb's complement: the condition is the whole
clause, what it conditions stands above it.

"A diplomatic note was handed to the Croatian ambassador on Tuesday, the Slovenian foreign ministry
said", "The ministry said a note handed to the Argentine embassy on Tuesday objected to ...": a
document delivered to another in the passive with no doer, told by a ministry or a minister, is
that state's (study articles h189, h353, h359), as a protest so told already was. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest
from helpers import facts

from kg.model import Entity


def _label(value: object) -> str | None:
    return value.label if isinstance(value, Entity) else None


def _conditions(found: list) -> list[tuple[str, str]]:
    return [
        (str(f.args.get("what")), str(f.args.get("condition")))
        for f in found
        if f.rel == "conditionedOn" and not f.negated
    ]


def _issuers(found: list) -> list[str | None]:
    return [_label(f.args.get("issuer")) for f in found if f.rel == "issued" and not f.negated]


# a handover promised on a finding: verbs of finding, "once", "provided", another land, passive
PROMISED = [
    "Under the 1956 declaration, the Soviet Union will hand Shikotan over to Japan if a joint "
    "survey finds that the island lies east of the line.",
    "Under the 1956 declaration, the Soviet Union will return Shikotan to Japan once the commission "
    "confirms that the island lies east of the line.",
    "Under the 1956 declaration, Shikotan will be handed over to Japan if a joint survey shows "
    "that the island lies east of the line.",
    "Under the 1956 declaration, the Soviet Union will hand Habomai over to Japan if the experts "
    "establish that the islets lie east of the line.",
]


@pytest.mark.parametrize("text", PROMISED)
def test_a_finding_that_is_the_promise_condition_whole(text):
    found = facts(text)
    promised = [
        f for f in found if f.rel == "promisesHandover" and _label(f.args.get("to")) == "Japan"
    ]
    assert promised, found
    cond = str(promised[0].args.get("condition"))
    assert "that the" in cond and "east of the line" in cond, promised
    assert not any(what.endswith("east of the line") for what, _ in _conditions(found)), found


# what is conditioned is the main clause, the condition the finding with its complement
STIPULATED = [
    "Under the agreement, the crossing would be reopened only if the commission confirms that "
    "the road is clear of mines.",
    "Under the agreement, the crossing would be reopened once the experts find that the road is "
    "clear of mines.",
    "Under the agreement, the crossing would be reopened if the survey shows whether the road is "
    "clear of mines.",
]


@pytest.mark.parametrize("text", STIPULATED)
def test_a_finding_that_is_no_thing_conditioned(text):
    found = _conditions(facts(text))
    assert found, found
    assert all("reopened" in what and "clear of mines" in cond for what, cond in found), found


# a note delivered in the passive with no doer, told by a ministry or minister
SENT = [
    (
        "A diplomatic note was handed to the Croatian ambassador on Tuesday, the Slovenian foreign "
        "ministry said.",
        "Slovenia",
    ),
    (
        "A protest note was delivered to the Croatian ambassador on Tuesday, the Slovenian foreign "
        "ministry said.",
        "Slovenia",
    ),
    (
        "A note had been sent to the Croatian embassy, Slovenia's foreign ministry said on Tuesday.",
        "Slovenia",
    ),
    (
        "Chile's foreign ministry said a note handed to the Argentine embassy on Tuesday objected to "
        "the earthworks.",
        "Chile",
    ),
    (
        "Chile's foreign ministry said the note, delivered to the Argentine embassy on Tuesday, "
        "objected to the earthworks.",
        "Chile",
    ),
]


@pytest.mark.parametrize(("text", "state"), SENT)
def test_a_note_handed_over_is_the_announcer_state_s(text, state):
    assert state in _issuers(facts(text)), facts(text)


# no delivery to anyone, or a doer named: no issue by the teller's state
NOT_SENT = [
    "A decree was published on Tuesday, the Slovenian foreign ministry said.",
    "A note was handed to the Croatian ambassador by the Austrian embassy, the Slovenian foreign "
    "ministry said.",
    "Chile's foreign ministry said a note handed to it by the Argentine embassy on Tuesday "
    "objected to the inspection.",
]


@pytest.mark.parametrize("text", NOT_SENT)
def test_a_note_not_delivered_or_delivered_by_another_is_not_the_teller_s(text):
    issuers = _issuers(facts(text))
    assert "Slovenia" not in issuers and "Chile" not in issuers, issuers
