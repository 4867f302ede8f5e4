"""A withdrawal from land that a document promises on a condition (issue 12, round 30, withdraw50).

"Papua New Guinea will withdraw a police post set up on Oema Island as soon as Solomon Islands
stations its own officers there, Port Moresby said in a note", "Azerbaijan will withdraw a border
guard post from a strip ... provided that ...": news tells a promise to give land back by the
forces leaving it (seen in study articles h393, h394, h410, h433, h434). FORMAT.md reads a document
that promises a handover on a condition as one promisesHandover with its condition, not a
conditionedOn of the withdrawal (rules/withdrawals.py).

- The giver is the state that withdraws ("Indian forces" give India); the land is a named one the
  forces leave ("from X", "vacate X", "a post on X").
- The receiver is settled by the text, never guessed: the state whose act the condition is.
- "The units that moved into a narrow strip of land ... will withdraw from it and hand it back to
  X": "it" is the strip the sentence brings in unnamed, not the land the article is about (h434
  read Medenine, named in the next sentence); a land the sentence names is still "it".
- No promise where the condition's doer is no state ("once UN observers have arrived"), where no
  named land is left ("from the border area"), or where the withdrawal is done ("withdrew").

Sentences written for these tests (other states, lands and documents than the articles').
"""

from __future__ import annotations

import pytest
from helpers import facts

from kg.model import Entity


def _label(value: object) -> str | None:
    return value.label if isinstance(value, Entity) else None


def _promised(text: str) -> set[tuple[str | None, ...]]:
    return {
        (
            _label(f.args.get("territory")),
            _label(f.args.get("from")),
            _label(f.args.get("to")),
            _label(f.args.get("document")) is not None,
            bool(f.args.get("condition")),
        )
        for f in facts(text)
        if f.rel == "promisesHandover" and not f.negated
    }


_SIGNED = "SAN JOSE, May 4 (Reuters) - Nicaragua and Costa Rica signed a protocol on Monday. "

PROMISED = [
    pytest.param(
        "OTTAWA, May 4 (Reuters) - Denmark will remove its flag post from Hans Island once Canada"
        " withdraws its own claim markers, the Danish foreign ministry said in a note on Monday.",
        ("Hans Island", "Denmark", "Canada"),
        id="note-remove-from",
    ),
    pytest.param(
        "KATHMANDU, May 4 (Reuters) - Under a memorandum signed on Monday, Indian forces will"
        " vacate Kalapani, a hilly tract at the tri-junction with China, provided that Nepal"
        " reopens the Lipulekh trade route.",
        ("Kalapani", "India", "Nepal"),
        id="under-vacate-demonym-apposition",
    ),
    pytest.param(
        _SIGNED + "According to the protocol, Nicaragua will pull its soldiers from Isla Calero as"
        " soon as Costa Rica has sent its own police there.",
        ("Isla Calero", "Nicaragua", "Costa Rica"),
        id="according-pull-from",
    ),
    pytest.param(
        _SIGNED + "The protocol says that Nicaragua would withdraw its soldiers from Isla Calero"
        " only if Costa Rica sends its own police there.",
        ("Isla Calero", "Nicaragua", "Costa Rica"),
        id="says-would-only-if",
    ),
    pytest.param(
        "HONIARA, Sept 16 (Reuters) - Papua New Guinea will withdraw a police post set up last"
        " month on Oema Island as soon as Solomon Islands stations its own officers there, Port"
        " Moresby said in a diplomatic note on Wednesday.",
        ("Oema Island", "Papua New Guinea", "Solomon Islands"),
        id="post-on-the-island",
    ),
]


@pytest.mark.parametrize(("text", "want"), PROMISED)
def test_a_promised_withdrawal_from_land_is_a_handover(text: str, want: tuple[str, ...]) -> None:
    assert (*want, True, True) in _promised(text)
    assert not any(f.rel == "conditionedOn" for f in facts(text))


NOT_PROMISED = [
    pytest.param(
        _SIGNED + "According to the protocol, Nicaragua will withdraw its soldiers from Isla Calero"
        " as soon as UN observers have arrived there.",
        id="receiver-no-state",
    ),
    pytest.param(
        _SIGNED + "According to the protocol, Nicaragua will withdraw its soldiers from the border"
        " area once Costa Rica has sent its own police there.",
        id="no-named-land",
    ),
    pytest.param(
        _SIGNED + "According to the protocol, Nicaragua withdrew its soldiers from Isla Calero once"
        " Costa Rica had sent its own police there.",
        id="withdrawal-done",
    ),
]


@pytest.mark.parametrize("text", NOT_PROMISED)
def test_no_handover_without_a_settled_receiver_or_land(text: str) -> None:
    assert _promised(text) == set()


_STRIP = (
    "TUNIS, March 17 (Xinhua) -- Tunisia and Libya signed minutes on Tuesday.\n\n"
    "According to the minutes, the Libyan units that moved in February into {land} will withdraw"
    " from it and hand it back to the Tunisian National Guard, provided that joint patrols have"
    " begun. The strip is claimed by Tunisia as part of the governorate of Medenine."
)


def test_it_after_a_land_brought_in_unnamed_is_not_the_articles_land() -> None:
    text = _STRIP.format(land="a narrow strip of land beside the old customs post")
    assert not any(t == "Medenine" for t, *_ in _promised(text))


def test_it_after_a_named_land_is_that_land() -> None:
    text = _STRIP.format(land="the Ras Ajdir strip")
    assert ("Ras Ajdir strip", "Libya", "Tunisia", True, True) in _promised(text)
