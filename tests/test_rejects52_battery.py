"""Rejections of a thing named by a free relative (issue 12, rejects52).

Every sentence was written for this module. News often rejects a thing under the name the rejecter
gives it: "rejected what he called Madrid's 'recycled' claim", "dismissed what it described as
Britain's claim to the Rock". The parser hangs the naming verb on the rejecting verb as a clause
with "what" for its object, so the rejecting verb had no object and no rejection was read. The
thing rejected is the name the clause gives (its object predicate, or its "as" phrase), with the
phrase the parser hung on the naming verb after it ("... claim to X", "... attempt to draw").

A naming that is no object of a rejection ("welcomed what it called ...") gives none, and a
rejected thing named as the verb's own object keeps that object."""

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
