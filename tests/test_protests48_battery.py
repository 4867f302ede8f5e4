"""Whom a protest handed over is against, and what a note protesting something is over (issue 12,
protests48).

Every sentence was written for this module. A protest is lodged against the one it is handed to:
the indirect object or the "to" of the verb that carries the message ("sent Ecuador a note of
protest", "handed him a formal protest" after "summoned X's envoy", "delivered a note to the
embassy of X protesting ..."), whether the trigger is the message noun or a participle on it; a
note protesting something is over what its participle takes ("a note protesting against the
dredging"). Seen in h355, h357, h390, h395. Rewrites: another message noun, another verb of
handing, a pronoun for the envoy, other states. Near misses: a note handed with no word of protest,
a pronoun with no envoy summoned before it.

How long a suspension lasts tells what it answers: an "until" clause on the suspending verb ("halted
the work until the survey is finished") is its reason (h355, h390, h395); "until further notice",
"until March" are times, no reason.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _protests(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (
            getattr(f.args.get("party"), "label", None),
            getattr(f.args.get("against"), "label", None),
            f.args.get("subject"),
        )
        for f in facts(text, published="2026-11-03")
        if f.rel == "protests" and not f.negated
    ]


@pytest.mark.parametrize(
    ("text", "party", "against", "subject"),
    [
        (
            "Peru on Tuesday sent Ecuador a note of protest over a concrete wall built by "
            "Ecuadorian engineers along the border canal.",
            "Peru",
            "Ecuador",
            "a concrete wall built by Ecuadorian engineers along the border canal",
        ),
        (
            "Ghana handed Togo a letter of protest over the arrest of its fishermen.",
            "Ghana",
            "Togo",
            "the arrest of its fishermen",
        ),
        (
            "Chad summoned Libya's charge d'affaires on Thursday and handed him a formal protest "
            "over the installation of an armed post in the mining area.",
            "Chad",
            "Libya",
            "the installation of an armed post in the mining area",
        ),
        (
            "Romania's foreign ministry summoned Ukraine's ambassador and handed him a note "
            "protesting against dredging in the channel.",
            "Romania",
            "Ukraine",
            "dredging in the channel",
        ),
        (
            "The government of Fiji delivered a diplomatic note to the High Commission of Tonga "
            "protesting the detention of six fishermen near the reef.",
            "Fiji",
            "Tonga",
            "the detention of six fishermen",
        ),
        (
            "Hungary sent a diplomatic note to Slovakia, protesting the construction of a dam on "
            "the Danube.",
            "Hungary",
            "Slovakia",
            "the construction of a dam on the Danube",
        ),
    ],
)
def test_protest_handed_to_its_recipient(text: str, party: str, against: str, subject: str) -> None:
    found = _protests(text)
    assert any(
        p == party and a == against and s is not None and subject in s for p, a, s in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Peru on Tuesday sent Ecuador a note on the schedule of the joint clean-up of the canal.",
        "Ghana handed Togo a letter proposing talks on the maritime boundary.",
    ],
)
def test_message_without_protest_is_none(text: str) -> None:
    assert _protests(text) == []


def test_pronoun_without_envoy_names_no_side() -> None:
    """'handed him a protest' with no envoy summoned before: no side to protest against."""
    found = _protests("Chad handed him a formal protest over the installation of an armed post.")
    assert all(a is None for _, a, _ in found)


def _suspensions(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (getattr(f.args.get("party"), "label", None), f.args.get("what"), f.args.get("reason"))
        for f in facts(text, published="2026-11-03")
        if f.rel == "suspends" and not f.negated
    ]


@pytest.mark.parametrize(
    ("text", "party", "reason"),
    [
        (
            "Ukraine halted dredging in the disputed stretch until the survey is finished.",
            "Ukraine",
            "the survey is finished",
        ),
        (
            "Peru announced that it was suspending the joint patrols of the canal until the wall "
            "was inspected.",
            "Peru",
            "the wall was inspected",
        ),
        (
            "The joint river patrols were suspended by Ghana until Togo removes its post.",
            "Ghana",
            "Togo removes its post",
        ),
    ],
)
def test_suspension_until_is_its_reason(text: str, party: str, reason: str) -> None:
    found = _suspensions(text)
    assert any(p == party and r is not None and reason in r for p, _, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Chile suspended the talks until further notice.",
        "Chile suspended the joint patrols until March.",
    ],
)
def test_suspension_until_a_time_has_no_reason(text: str) -> None:
    found = _suspensions(text)
    assert found and all(r is None for _, _, r in found), found
