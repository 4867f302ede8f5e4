"""rejects58: whose protest a bare reference rejects, and the land a rejected protest names."""

from __future__ import annotations

import pytest

from tests.helpers import facts_by_label


def _rejections(text: str) -> list[dict[str, object]]:
    return facts_by_label(text, "rejectsClaim", published="2026-05-06")


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            "Japan has protested to Russia through diplomatic channels. Russian Foreign Ministry "
            "spokeswoman Maria Zakharova dismissed the protest.",
            "Japan's protest",
        ),
        (
            "Estonia accused Russia of a deliberate provocation near Vaindloo island. Moscow "
            "dismissed the accusations on Friday.",
            "Estonia's accusations",
        ),
        (
            "Nepal objected to the reopening of the pass. The objection was rejected by India on "
            "Monday.",
            "Nepal's objection",
        ),
    ],
)
def test_a_bare_reference_is_named_as_its_claimants(text: str, what: str) -> None:
    assert any(str(f["what"]).startswith(what) for f in _rejections(text))


def test_a_claimant_ending_in_s_takes_a_bare_apostrophe() -> None:
    text = (
        "The Philippines lodged a protest with China over the new rules. Beijing rejected the "
        "complaint on Tuesday."
    )
    whats = [str(f["what"]) for f in _rejections(text)]
    assert not any("Philippines's" in w for w in whats)


def test_a_treaty_of_two_sides_is_no_one_claimants() -> None:
    text = (
        "Britain and Mauritius signed a treaty on the Chagos Islands in May. Chagossian groups "
        "rejected the treaty."
    )
    assert not any("'s treaty" in str(f["what"]) for f in _rejections(text))


@pytest.mark.parametrize(
    ("text", "land"),
    [
        (
            "Morocco on Monday rejected remarks by a Spanish minister that Ceuta would remain "
            "Spanish forever.",
            "Ceuta",
        ),
    ],
)
def test_the_one_land_a_rejected_statement_names_is_at_stake(text: str, land: str) -> None:
    assert any(f.get("territory") == land for f in _rejections(text))


def test_a_land_in_an_apposition_only_describes_the_first() -> None:
    text = (
        "India delivered a demarche to Pakistan over what it called a military build-up along "
        "Sir Creek, the disputed tidal estuary that separates Gujarat's Kutch region from "
        "Pakistan's Sindh province. Pakistan rejected the demarche within hours."
    )
    assert any(f.get("territory") == "Sir Creek" for f in _rejections(text))


def test_a_negated_rejection_stays_unread() -> None:
    text = (
        "Japan has protested to Russia over the new terminal on Iturup. Moscow did not reject "
        "the protest, a spokeswoman said."
    )
    assert not _rejections(text)
