"""Withdrawals from an arbitration, and cessions told without their giver (issue 12, round 36,
handover56b).

"The arbitration, which Croatia quit in 2015": an arbitration is a proceeding a state bound itself
to, and leaving it withdraws that obligation as leaving a treaty does (data/lexicon/relations.yaml);
rejecting it does not. The relative clause the withdrawal is told in gives its date
(kg.ingest.nlp.rules.provisions: only a clause about the document, not the one telling the
withdrawal, is kept out of its dating).

"Olivenza was ceded to Spain under the 1801 Treaty of Badajoz": news often tells an old cession
without its giver. Where the receiver holds the land now and one other state claims it in the
gazetteer, that state is the giver (kg.ingest.nlp.rules.givers.claimant_giver), as a last resort
after the givers the article tells; a land nobody claims keeps no giver.

Sentences written for these tests (other states and lands than the articles').
"""

from __future__ import annotations

import pytest
from helpers import facts_by_label

WITHDRAWN = [
    pytest.param(
        "LJUBLJANA, May 4 (Reuters) - Slovenia does not recognise the arbitration, which it quit in"
        " 2012 after a row over one of the judges.",
        "Slovenia",
        id="arbitration-quit-in-a-relative-clause",
    ),
    pytest.param(
        "MANILA, May 4 (Reuters) - Vietnam withdrew from the arbitration in 2019, officials said.",
        "Vietnam",
        id="withdrew-from-the-arbitration",
    ),
]


@pytest.mark.parametrize(("text", "state"), WITHDRAWN)
def test_withdrawal_is_read(text: str, state: str) -> None:
    found = facts_by_label(text, "withdrewObligation")
    assert any(f.get("state") == state for f in found), found


def test_withdrawal_told_in_a_relative_clause_has_its_date() -> None:
    text = (
        "LJUBLJANA, May 4 (Reuters) - Slovenia does not recognise the arbitration, which it quit in"
        " 2012 after a row over one of the judges."
    )
    found = facts_by_label(text, "withdrewObligation")
    assert [f.get("date") for f in found] == ["2012"], found


NOT_WITHDRAWN = [
    pytest.param(
        "TALLINN, May 4 (Reuters) - The Estonian parliament will vote next week to terminate the"
        " 1994 fisheries treaty with Russia.",
        id="a-vote-still-to-come",
    ),
    pytest.param(
        "LJUBLJANA, May 4 (Reuters) - Slovenia rejected the arbitration in 2012.",
        id="rejecting-is-no-withdrawal",
    ),
]


@pytest.mark.parametrize("text", NOT_WITHDRAWN)
def test_no_withdrawal(text: str) -> None:
    assert facts_by_label(text, "withdrewObligation") == []


CEDED = [
    pytest.param(
        "LISBON, May 4 (Reuters) - Olivenza was ceded to Spain under the 1801 Treaty of Badajoz.",
        ("Olivenza", "Spain", "Portugal"),
        id="passive-under-a-treaty",
    ),
    pytest.param(
        "DAMASCUS, May 4 (Reuters) - Hatay was handed over to Turkey in 1939.",
        ("Hatay Province", "Turkey", "Syria"),
        id="passive-with-a-year",
    ),
]


@pytest.mark.parametrize(("text", "want"), CEDED)
def test_giver_of_a_held_land_is_its_claimant(text: str, want: tuple[str, str, str]) -> None:
    found = facts_by_label(text, "handedOverTo")
    got = {(f.get("territory"), f.get("to"), f.get("from")) for f in found}
    assert want in got, found


def test_land_nobody_claims_keeps_no_giver() -> None:
    text = "BERLIN, May 4 (Reuters) - Heligoland was ceded to Germany under the 1890 treaty."
    found = facts_by_label(text, "handedOverTo")
    assert found and all(f.get("from") is None for f in found), found
