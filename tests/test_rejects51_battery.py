"""What a bare reference to a thing told before means in a rejection or a protest (issue 12, rejects51).

Every sentence was written for this module. News first describes a thing ("lawmakers submitted a
motion to the Senate calling for the recovery of the Falkland Islands") and then names it only by
its noun ("London dismissed the motion"; "handed a protest note ... over the motion"). The bare
noun says nothing of what was rejected or protested, nor of which land it is about; the thing as
last described does (rules/told_things.py), as a rejected "the protest" takes the protest's
subject. A participle the parser hung on the verb that made the thing ("submitted a motion ...
calling for") still describes the thing. The land is taken only where the description names one;
a reference with no description before it, or a document known by its name ("the law"), stays as
it is. A rejection is dated as a protest is ("dismissed the motion on Tuesday").

A rejected "the protest" is about the land where the protested deed happened, which news often
names only as a landmark ("the seizure of a fishing boat from Yap State near Velasco Reef", "at
Reed Bank, an undersea feature in the South China Sea"): the lands of the protest's subject are
kept with it, landmarks too, and a sea only places the land (rules/protest_rejected.py). A subject
that names no land gives the rejection none."""

from __future__ import annotations

import pytest
from helpers import facts, label

_PUBLISHED = "2026-11-05"  # a Thursday


def _rejections(text: str) -> list[dict[str, object]]:
    return [
        {k: label(v) if hasattr(v, "label") else v for k, v in f.args.items()}
        for f in facts(text, published=_PUBLISHED)
        if f.rel == "rejectsClaim" and not f.negated
    ]


def _protests(text: str) -> list[dict[str, object]]:
    return [
        {k: label(v) if hasattr(v, "label") else v for k, v in f.args.items()}
        for f in facts(text, published=_PUBLISHED)
        if f.rel == "protests" and not f.negated
    ]


@pytest.mark.parametrize(
    ("text", "state", "land", "word", "date"),
    [
        (
            "Last month a group of Argentine senators submitted a motion to the Senate calling "
            "for the recovery of the Falkland Islands. The British government dismissed the "
            "motion on Tuesday.",
            "United Kingdom",
            "Falkland Islands",
            "recovery",
            "2026-11-03",
        ),
        (
            "Caracas sent a demand to Georgetown that its navy leave the waters off the Essequibo "
            "region. Guyana turned the demand down on Monday.",
            "Guyana",
            "Guayana Esequiba",
            "navy",
            "2026-11-02",
        ),
        (
            "Beijing made an offer of joint patrols around the Senkaku Islands. Tokyo turned "
            "down the offer on Wednesday.",
            "Japan",
            "Senkaku Islands",
            "patrols",
            "2026-11-04",
        ),
    ],
)
def test_bare_reference_takes_the_thing_described(
    text: str, state: str, land: str, word: str, date: str
) -> None:
    found = [r for r in _rejections(text) if r["state"] == state]
    assert found, _rejections(text)
    assert found[0].get("territory") == land
    assert word in str(found[0]["what"])
    assert found[0].get("date") == date


def test_protest_over_a_bare_reference() -> None:
    text = (
        "Russian deputies filed a motion demanding that Kunashir be renamed. Japan handed a "
        "protest note to the Russian ambassador over the motion on Monday."
    )
    found = _protests(text)
    assert any("Kunashir" in str(p.get("subject")) for p in found), found


@pytest.mark.parametrize(
    "text",
    [
        # two lands: which one the motion is about is not told
        "Russian deputies filed a motion demanding the return of Kunashir and Iturup to the "
        "Kuril district. Japan rejected the motion.",
        # nothing described before the reference
        "Japan rejected the motion on Monday, the foreign ministry said.",
        # a document known by its name keeps it
        "Venezuela passed a law creating a new state in the Essequibo region. Guyana rejected "
        "the law on Monday.",
    ],
)
def test_no_land_taken(text: str) -> None:
    found = _rejections(text)
    assert found, text
    assert all("territory" not in r for r in found), found


def test_document_reference_keeps_its_words() -> None:
    text = (
        "Venezuela passed a law creating a new state in the Essequibo region. Guyana rejected "
        "the law on Monday."
    )
    assert [r["what"] for r in _rejections(text)] == ["the law"]


@pytest.mark.parametrize(
    ("text", "state", "land"),
    [
        (
            "Micronesia protested to Palau over the seizure of a fishing boat from Yap State near "
            "Velasco Reef. Palau rejected the protest on Thursday.",
            "Palau",
            "Velasco Reef",
        ),
        (
            "The Philippines lodged a protest with China over the harassment of fishermen at "
            "Scarborough Shoal in the South China Sea. China rejected the protest.",
            "China",
            "Scarborough Shoal",
        ),
    ],
)
def test_rejected_protest_takes_the_place_of_the_deed(text: str, state: str, land: str) -> None:
    found = [r for r in _rejections(text) if r["state"] == state]
    assert found and found[0].get("territory") == land, _rejections(text)


def test_rejected_protest_over_no_land() -> None:
    text = (
        "Micronesia protested to Palau over the detention of five fishermen. Palau rejected the "
        "protest on Thursday."
    )
    found = _rejections(text)
    assert found and all("territory" not in r for r in found), found
