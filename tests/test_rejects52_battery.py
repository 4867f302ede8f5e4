"""Rejections news words without naming the rejecter in the usual place (issue 12, rejects52).

Every sentence was written for this module. Three readings.

A thing named by a free relative: news often rejects a thing under the name the rejecter
gives it: "rejected what he called Madrid's 'recycled' claim", "dismissed what it described as
Britain's claim to the Rock". The parser hangs the naming verb on the rejecting verb as a clause
with "what" for its object, so the rejecting verb had no object and no rejection was read. The
thing rejected is the name the clause gives (its object predicate, or its "as" phrase), with the
phrase the parser hung on the naming verb after it ("... claim to X", "... attempt to draw").

A naming that is no object of a rejection ("welcomed what it called ...") gives none, and a
rejected thing named as the verb's own object keeps that object.

A rejection in the passive with no doer, told by a speech tag: "Japan's demarche was rejected as
interference, the Russian foreign ministry said". A government reports its own rejections so, as it
does its protests (rules/announced.py): the teller's state (a ministry's, or its spokeswoman's) is
the rejecter. A doer named ("rejected by Russia") is read as before; a teller with no state
("analysts said") gives none, and a state telling of the rejection of its own protest is no
rejecter of it.

A rejected protest is about the land where the protested deed was done, and the parser may hang the
phrase that places the deed on the protest's verb ("lodged a protest over military exercises under
way on Kunashiri", "objected to the reopening of trade through the Lipulekh pass"): that phrase's
land counts as the subject's. A city where the deed was done ("in Tokyo") is no land."""

from __future__ import annotations

import pytest
from helpers import facts, label

_PUBLISHED = "2026-11-05"  # a Thursday


def _read(text: str, rel: str = "rejectsClaim") -> list[dict[str, object]]:
    return [
        {k: label(v) if hasattr(v, "label") else v for k, v in f.args.items()}
        for f in facts(text, published=_PUBLISHED)
        if f.rel == rel and not f.negated
    ]


@pytest.mark.parametrize(
    ("text", "state", "claimant", "territory", "what"),
    [
        (
            'Argentina rejected what it called Britain\'s "colonial" claim to the Falkland Islands.',
            "Argentina",
            "United Kingdom",
            "Falkland Islands",
            "claim to the Falkland Islands",
        ),
        (  # another naming verb, with "as"
            "Spain on Monday dismissed what it described as Britain's claim to the Rock of "
            "Gibraltar.",
            "Spain",
            "United Kingdom",
            "Gibraltar",
            "Britain's claim to the Rock",
        ),
        (  # title after the name; the land's phrase hung on the naming verb
            "Marko Djuric, Serbia's foreign minister, rejected what he called Croatia's claim to "
            "the island of Vukovar.",
            "Serbia",
            "Croatia",
            None,
            "Croatia's claim to the island",
        ),
        (  # a spokesman for his state; "termed"
            "Beijing's foreign ministry spokesman rejected what he termed Manila's claim to "
            "Scarborough Shoal.",
            "China",
            "Philippines",
            "Scarborough Shoal",
            "Manila's claim to Scarborough Shoal",
        ),
    ],
)
def test_rejected_what_it_called(
    text: str, state: str, claimant: str, territory: str | None, what: str
) -> None:
    (r,) = _read(text)
    assert (r["state"], r["claimant"]) == (state, claimant)
    if territory is not None:
        assert r["territory"] == territory
    assert what in str(r["what"])


def test_named_attempt_keeps_its_infinitive() -> None:
    text = (
        "Serbia's foreign minister Marko Djuric rejected what he called Zagreb's attempt \"to "
        'draw borders from Austro-Hungarian land registers".'
    )
    (r,) = _read(text)
    assert (r["state"], r["claimant"]) == ("Serbia", "Croatia")
    assert "draw borders from Austro-Hungarian land registers" in str(r["what"])


def test_welcomed_naming_is_no_rejection() -> None:
    assert _read("Spain welcomed what it called Britain's new offer on Gibraltar.") == []


def test_own_object_kept() -> None:
    (r,) = _read("Argentina rejected the licences, which it called a British claim by other means.")
    assert r["state"] == "Argentina"
    assert r["what"] == "the licences"


_PROTEST = "Japan lodged a protest with Russia over military exercises on Kunashiri. "


@pytest.mark.parametrize(
    "told",
    [
        "Japan's demarche was rejected, the Russian foreign ministry said.",
        "Russia's foreign ministry said Japan's demarche had been rejected.",
        "Japan's demarche was rejected as \"interference in Russia's internal affairs,\" Russian "
        "Foreign Ministry spokeswoman Maria Zakharova said.",
        "The Japanese complaint was dismissed, Russia's foreign ministry said.",
    ],
)
def test_passive_rejection_told_by_its_state(told: str) -> None:
    (r,) = _read(_PROTEST + told)
    assert (r["state"], r["claimant"]) == ("Russia", "Japan")
    assert r["territory"] == "Kunashir"


@pytest.mark.parametrize(
    "told",
    [
        "Japan's protest was rejected, the Japanese foreign ministry said.",
        "The claim was rejected, analysts said.",
    ],
)
def test_passive_rejection_without_its_rejecter(told: str) -> None:
    assert _read(told) == []


@pytest.mark.parametrize(
    ("protest", "state", "land"),
    [
        (
            "Japan on Thursday lodged a protest with Russia over military exercises under way on "
            "Kunashiri, one of the islands off Hokkaido that Tokyo claims. Moscow was quick to "
            "dismiss the protest.",
            "Russia",
            "Kunashir",
        ),
        (
            "Nepal has formally objected to the reopening of border trade between India and China "
            "through the Lipulekh pass, sending diplomatic notes to both neighbours on Tuesday. New "
            "Delhi was quick to dismiss the objection.",
            "India",
            "Lipulekh",
        ),
    ],
)
def test_rejected_protest_placed_after_its_subject(protest: str, state: str, land: str) -> None:
    (r,) = _read(protest)
    assert r["state"] == state
    assert land in str(r["territory"])


def test_city_after_subject_is_no_land() -> None:
    text = (
        "Japan lodged a protest with Russia over the new radar station in Tokyo on Monday. "
        "Russia rejected the protest."
    )
    (r,) = _read(text)
    assert (r["state"], r["claimant"]) == ("Russia", "Japan")
    assert "territory" not in r
