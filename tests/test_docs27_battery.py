"""Documents, round 27 (issue 12: on unseen text a third of the ``signed`` facts were never read,
and a court's ruling of the day was missed where the report tells only what the court did).

What the readable study batches showed in two writers' text or more, and the method for each:
- "The agreement was signed in Vienna by X, then A's foreign minister, and his B counterpart Y"
  (T7; and the shape in H, T3, T6): the parser hangs ", and Y" on the first signer's title set
  between commas, or on the verb past it; the second signer is the first's conjunct
  (grammar/filler_conjuncts.py ``conjunct_past_apposition``,
  grammar/participle_misreads.py ``more_agents``);
- "The International Court of Justice on Tuesday drew the course of the frontier", "A special
  chamber of ITLOS on Friday drew the maritime boundary" (T2, T8): a court that draws a line
  on a day its clause tells issues that day's ruling (data/lexicon/relations.yaml, ``issued``;
  rules/ruling_days.py ``line_of_the_day``); not "the ruling that drew their boundary" (the
  ruling told), nor a line drawn on no day told (what a ruling decided).

Sentences written for these tests in agency styles, on disputes not among the never-read batches'
topics. Positives give the fact; rewrites give one fact in several shapes; negatives give none.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

KAZAKHSTAN, UZBEKISTAN = "state/kazakhstan", "state/uzbekistan"
ICJ = "organization/international-court-of-justice"
ITLOS = "organization/international-tribunal-for-the-law-of-the-sea"

_TOLD = "Kazakhstan's parliament ratified a border treaty with Uzbekistan on Tuesday. "


def _case(text: str, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, marks=marks, id=text[-70:])


SIGNERS_PAST_A_TITLE = [
    _case(
        _TOLD + "The treaty was signed in Tashkent in September 2022 by Mukhtar Tileuberdi, then "
        "Kazakhstan's foreign minister, and his Uzbek counterpart Vladimir Norov."
    ),
    _case(
        _TOLD + "The treaty was signed in Tashkent in September 2022 by Mukhtar Tileuberdi, then "
        "Kazakhstan's foreign minister and now its deputy prime minister, and his Uzbek "
        "counterpart Vladimir Norov, on the sidelines of a regional summit."
    ),
    _case(
        _TOLD + "It was signed in Tashkent in September 2022 by Mukhtar Tileuberdi, Kazakhstan's "
        "foreign minister at the time, and his Uzbek counterpart Vladimir Norov."
    ),
    _case(
        _TOLD + "The treaty was signed in Tashkent in September 2022 by Kazakh Foreign Minister "
        "Mukhtar Tileuberdi and Vladimir Norov, then Uzbekistan's foreign minister."
    ),
    _case(
        _TOLD + "Mukhtar Tileuberdi, then Kazakhstan's foreign minister, and his Uzbek "
        "counterpart Vladimir Norov signed the treaty in Tashkent in September 2022."
    ),
]


@pytest.mark.parametrize("text", SIGNERS_PAST_A_TITLE)
def test_second_signer_past_the_first_ones_title(text: str) -> None:
    """The signing of September 2022 binds both signers' states."""
    found = facts(text)
    signed = [f for f in find(found, "signed") if f.args.get("date") == "2022-09"]
    assert signed, shown(found)
    parties = {e.key for e in signed[0].args["parties"]}
    assert {KAZAKHSTAN, UZBEKISTAN} <= parties, shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # drafted, not signed; a signing planned; a signing that did not take place
        "The treaty was drafted in Tashkent in September 2022 by Mukhtar Tileuberdi, then "
        "Kazakhstan's foreign minister, and his Uzbek counterpart Vladimir Norov.",
        "The treaty will be signed in Tashkent in September by Mukhtar Tileuberdi, Kazakhstan's "
        "foreign minister, and his Uzbek counterpart Vladimir Norov.",
        "The treaty was not signed in Tashkent in September 2022 by Mukhtar Tileuberdi, then "
        "Kazakhstan's foreign minister, and his Uzbek counterpart Vladimir Norov.",
    ],
)
def test_no_signing_past_a_title(text: str) -> None:
    found = facts(text)
    assert not [f for f in find(found, "signed") if f.args.get("date") == "2022-09"], shown(found)
    assert not find(found, "signed", date="2022-09"), shown(found)


A_LINE_DRAWN_THAT_DAY = [
    _case("The International Court of Justice on Tuesday drew the border between Benin and Niger."),
    _case(
        "The International Court of Justice drew the border between Benin and Niger on Tuesday, "
        "giving Niger most of the disputed river islands."
    ),
    _case(
        "The International Court of Justice on Tuesday fixed the course of the frontier between "
        "Benin and Niger, a ruling both neighbours said they would respect."
    ),
    _case(
        "On Tuesday the International Court of Justice delimited the disputed stretch of the "
        "boundary between Benin and Niger."
    ),
    _case(
        "THE HAGUE, May 5 (AFP) - The International Court of Justice on Tuesday traced the line "
        "of the frontier between Benin and Niger along the main channel of the river."
    ),
]


@pytest.mark.parametrize("text", A_LINE_DRAWN_THAT_DAY)
def test_a_court_drawing_a_line_issues_a_ruling(text: str) -> None:
    found = facts(text)
    assert find(found, "issued", issuer=ICJ, date="2020-05-05"), shown(found)


def test_a_tribunal_drawing_a_maritime_boundary() -> None:
    found = facts(
        "The International Tribunal for the Law of the Sea on Saturday drew the maritime "
        "boundary between Ghana and Ivory Coast."
    )
    assert find(found, "issued", issuer=ITLOS, date="2020-05-02"), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # the ruling told, its anniversary marked today
        "Benin and Niger on Tuesday marked the anniversary of the International Court of Justice "
        "ruling that drew their border.",
        # a line drawn on no day told: what a ruling decided
        "The International Court of Justice drew the line along the main channel of the river.",
        # not drawn, or only to be drawn
        "The International Court of Justice did not draw the border on Tuesday.",
        "The International Court of Justice will fix the border between Benin and Niger on Tuesday.",
        # not a court: a commission or the two states
        "A joint boundary commission on Tuesday drew the border between Benin and Niger.",
        "Benin and Niger on Tuesday fixed the border between them.",
        # a court that drew up no line
        "The International Court of Justice on Tuesday drew attention to the rising tension.",
    ],
)
def test_no_ruling_from_a_line(text: str) -> None:
    found = facts(text)
    assert not find(found, "issued", date="2020-05-05"), shown(found)
