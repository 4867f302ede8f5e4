"""Obligations a document lays on a joint body (issue 12, twenty-fourth round, handover44).

"Under the communique, the committee must begin surveying the river line": a document that sets a
body two states share a task obliges that body, as it obliges a state (seen in three readable
articles of three study batches: h178 "the committee must begin", h213 "the committees must
submit", h300 "the commission must complete"; h171's memorandum "directing the Pentagon and the
Department of Homeland Security" reads the same). The modal, "has to", the passive "is required
to", an inserted clause and another body all read so; none where no document is named.

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts

SET_UP = (
    "Cameroon and Nigeria set up a joint technical committee in 2004. The two presidents signed a"
    " communique in Yaounde on Monday. "
)
COMMISSION = "Burkina Faso and Mali set up a joint commission. "


def _obliged(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.args["document"].label, f.args["party"].label, str(f.args["action"]))  # type: ignore[union-attr]
        for f in facts(text)
        if f.rel == "obliges" and not f.negated
    ]


BODY_TASKS = [
    (
        SET_UP + "Under the communique, the committee must begin surveying the river line in May.",
        "joint technical committee",
        "surveying the river line",
    ),
    (  # the passive of a verb of obligation
        SET_UP + "Under the communique, the joint technical committee is required to begin"
        " surveying the river line in May.",
        "joint technical committee",
        "surveying the river line",
    ),
    (  # "has to", with a clause inserted after the body
        SET_UP + "Under the communique, the committee, which met in Abuja last year, has to report"
        " to both heads of state by December.",
        "joint technical committee",
        "report to both heads of state",
    ),
    (  # another body, another modal, the document told with its signers
        COMMISSION + "Under the memorandum signed by the two ministers on Friday, the joint"
        " commission shall complete its survey of the frontier within six months.",
        "joint commission",
        "complete its survey of the frontier",
    ),
]


@pytest.mark.parametrize(("text", "body", "task"), BODY_TASKS)
def test_a_document_obliges_the_joint_body_it_sets_a_task(text: str, body: str, task: str) -> None:
    found = _obliged(text)
    assert any(party == body and task in action for _, party, action in found), found


def test_a_state_is_still_obliged_beside() -> None:
    text = "Lebanon and Syria signed an agreement on Friday. Under the agreement, Syria must hand"
    text += " over any gunmen detained in the area."
    found = _obliged(text)
    assert any(party == "Syria" and "gunmen" in action for _, party, action in found), found


def test_no_document_no_obligation_of_a_body() -> None:
    text = COMMISSION + "The commission must complete its survey of the frontier within six"
    text += " months, officials said."
    assert _obliged(text) == []
