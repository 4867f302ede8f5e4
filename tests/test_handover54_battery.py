"""Withdrawals and handovers a document promises on a condition, told past a misparse (issue 12,
round 34, handover54).

News tells a promise to give land back by the forces leaving it ("Uganda undertook to withdraw its
police from X should the team place the islands on the Kenyan side"); the held-out gold reads it
as one ``promisesHandover`` with its condition. Four readings the small parser lost:

- a condition hung on the verb of promising, not on the infinitive it governs ("undertook to
  withdraw ... if ...", "agreed to pull ... off ... once ...": rules/condition_clauses._promised);
- an inverted condition after a comma read as the sentence's head, with the promise its complement
  ("will withdraw the camp from X, should the surveyors confirm ...": _condition_as_head);
- "provided (that)" read as a verb joined to the promise, the condition a further conjunct
  (grammar/condition_clauses._clause_after; grammar/mood: that conjunct is no deed);
- the receiver named only as the side the condition finds the land on ("confirm that the ridge is
  Peruvian"), and a second land joined by "and" (rules/withdrawals.py).

Sentences written for these tests (other states, lands and documents than the articles').
"""

from __future__ import annotations

import pytest
from helpers import adherence, facts, label, promises

CASES = [
    pytest.param(
        "NAIROBI, May 4 (Reuters) - Kenya protested to Uganda over Remba Island, which Kenya"
        " claims. Under a joint communique signed on Monday, Uganda undertook to withdraw its"
        " police from Remba if the team places the island on the Kenyan side.",
        [("Remba", "Uganda", "Kenya", "the team places the island on the Kenyan side")],
        id="undertook-to-withdraw-if",
    ),
    pytest.param(
        "HANOI, May 4 (AFP) - Laos protested to Vietnam over Don Sao Island, which Laos claims."
        " Under a protocol signed on Monday, Vietnam agreed to pull its soldiers off Don Sao"
        " Island once Laos has stationed police there.",
        [("Don Sao Island", "Vietnam", "Laos", "Laos has stationed police there")],
        id="agreed-to-pull-off-once",
    ),
    pytest.param(
        "LIMA, May 4 (EFE) - Ecuador and Peru signed minutes on Monday. Under their terms, the"
        " Ecuadorian government will withdraw the installations from the Yaupi ridge, should the"
        " surveyors confirm that the ridge is Peruvian.",
        [("Yaupi ridge", "Ecuador", "Peru", "the surveyors confirm that the ridge is Peruvian")],
        id="inverted-should-after-comma-side-named",
    ),
    pytest.param(
        "NAIROBI, May 4 (Reuters) - Kenya protested to Uganda over two islets. Under a joint"
        " communique signed on Monday, Uganda undertook to withdraw its police from Remba and"
        " neighbouring Ringiti should the team place the islands on the Kenyan side.",
        [
            ("Remba", "Uganda", "Kenya", "the team place the islands on the Kenyan side"),
            ("Ringiti", "Uganda", "Kenya", "the team place the islands on the Kenyan side"),
        ],
        id="two-lands-joined-by-and",
    ),
    pytest.param(
        "DUSHANBE, May 4 (Reuters) - Tajikistan and Afghanistan signed a border protocol on"
        " Monday. Under the protocol, Tajikistan will transfer Kokul Island to Afghanistan"
        " provided that a joint survey confirms that the island lies south of the main channel.",
        [
            (
                "Kokul Island",
                "Tajikistan",
                "Afghanistan",
                "a joint survey confirms that the island lies south of the main channel",
            )
        ],
        id="provided-that-read-as-a-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_promised_withdrawal_keeps_its_condition(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    found = {(t, f, to, cond) for _doc, t, f, to, cond in promises(text)}
    for want in expected:
        assert want in found, found


def test_provided_clause_is_no_ratification_done() -> None:
    """ "... provided the two parliaments ratify it": a condition, so nobody adheres yet."""
    text = (
        "DUSHANBE, May 4 (Reuters) - Tajikistan and Afghanistan signed a border protocol on"
        " Monday. The protocol provides that Tajikistan will hand Kokul Island over to"
        " Afghanistan provided the two parliaments ratify it."
    )
    assert ("Kokul Island", "Tajikistan", "Afghanistan", "the two parliaments ratify it") in {
        (t, f, to, cond) for _doc, t, f, to, cond in promises(text)
    }
    assert not adherence(text)


NONE = [
    pytest.param(
        "NAIROBI, May 4 (Reuters) - Kenya protested to Uganda over Remba Island, which Kenya"
        " claims. Under a joint communique signed on Monday, Uganda refused to withdraw its"
        " police from Remba if the team places the island on the Kenyan side.",
        id="refused-to-withdraw",
    ),
    pytest.param(
        "NAIROBI, May 4 (Reuters) - Kenya protested to Uganda over Remba Island, which Kenya"
        " claims. Under a joint communique signed on Monday, Kenya urged Uganda to withdraw its"
        " police from Remba if the team places the island on the Kenyan side.",
        id="urged-to-withdraw",
    ),
    pytest.param(
        "NAIROBI, May 4 (Reuters) - Kenya protested to Uganda over Remba Island. Uganda withdrew"
        " the installations from Remba, should anyone ask.",
        id="a-deed-with-no-document",
    ),
]


@pytest.mark.parametrize("text", NONE)
def test_no_promise_where_none_is_made(text: str) -> None:
    assert not promises(text)


def test_a_condition_of_other_words_stays_a_condition() -> None:
    """An inverted condition read as the head, on a clause that is no withdrawal: conditionedOn."""
    text = (
        "NAIROBI, May 4 (Reuters) - Kenya and Uganda signed a joint communique on Monday. Under"
        " the communique, the border commission will meet in June, should both parliaments"
        " approve the plan."
    )
    found = [f for f in facts(text) if f.rel == "conditionedOn"]
    assert [
        (label(f.args.get("document")), f.args.get("what"), f.args.get("condition")) for f in found
    ] == [
        (
            "joint communique of 2020",
            "the border commission will meet in June",
            "both parliaments approve the plan",
        )
    ]


BASIS = [
    pytest.param(
        "CARACAS, May 4 (Reuters) - Venezuela and Guyana signed the Geneva Agreement in 1966."
        " Caracas rejected the order, insisting instead that the 1966 Geneva Agreement is the"
        " only valid basis for a settlement.",
        {("Venezuela", "Geneva Agreement")},
        id="insisting-only-valid-basis",
    ),
    pytest.param(
        "LA PAZ, May 4 (AFP) - Bolivia and Chile signed a treaty in 1904. The ministry said the"
        " 1904 treaty was the sole legal framework for talks, Bolivia said.",
        {("Bolivia", "treaty of 1904")},
        id="sole-framework",
    ),
    pytest.param(
        "LA PAZ, May 4 (AFP) - Bolivia and Chile signed a treaty in 1904. Bolivia says the 1904"
        " treaty is no basis for a settlement.",
        set(),
        id="no-basis-is-none",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BASIS)
def test_the_only_basis_for_a_settlement_is_held_valid(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """A state that says a document is the only (sole) basis or framework for a settlement holds
    it valid: adheresTo (the upheld reader, as "says the accord remains in force")."""
    assert adherence(text) == expected


def test_a_land_name_whose_last_word_was_read_as_a_verb() -> None:
    """ "will hand the Kazungula sandbank over to ...": "sandbank" tagged a past verb holding
    "over" and the to-phrase (grammar/object_names.py); the name's last word heads the object."""
    text = (
        "LUSAKA, May 4 (AFP) - Zambia protested to Zimbabwe over a post on the Kazungula"
        " sandbank. The two sides signed minutes on Monday. The minutes provide that Zimbabwe"
        " will hand the Kazungula sandbank over to Zambia if the survey finds it on the Zambian"
        " side of the channel."
    )
    found = {(t, f, to) for _doc, t, f, to, _cond in promises(text)}
    assert ("Kazungula sandbank", "Zimbabwe", "Zambia") in found, found
