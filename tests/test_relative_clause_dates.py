"""A date inside a relative clause is of that clause's event, not of the trigger's (rules/when.py).

"Russia ceded Alaska, which it had settled in 1784, to the United States" tells no handover of
1784. The sentences are written for these tests; the relation is read the same way whether the
clause hangs on the land, the giver or the receiver, and a date in the trigger's own clause or in
the relative clause that holds the trigger still counts.
"""

from __future__ import annotations

import pytest
from helpers import ARGENTINA, FALKLANDS, UK, facts, find

RUSSIA_ANY = {"state/russia", "state/russian-empire"}
ALASKA, US = "territory/alaska", "state/united-states"


def _handover_dates(sentence: str) -> list[str | None]:
    return [
        f.args.get("date") for f in find(facts(sentence), "handedOverTo", territory=ALASKA, to=US)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the treaty Russia ceded Alaska, which it had settled in 1784, to the United States.",
        "Russia, which had settled Alaska in 1784, ceded it to the United States.",
        "Russia ceded Alaska to the United States, which had bought Louisiana in 1803.",
    ],
)
def test_date_of_another_clause_is_not_the_handovers(sentence: str) -> None:
    assert _handover_dates(sentence) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia, which had settled Alaska in 1784, ceded it to the United States in 1867.",
        "The treaty under which Russia ceded Alaska to the United States was signed in 1867.",
        "Russia ceded Alaska, which the United States had explored in 1865, to Washington in 1867.",
    ],
)
def test_the_triggers_own_date_still_counts(sentence: str) -> None:
    assert _handover_dates(sentence) == ["1867"]


def test_claim_date_not_taken_from_a_relative_clause_on_the_land() -> None:
    found = facts(
        "The Falkland Islands, which Britain has held since 1833, were claimed by Argentina."
    )
    claims = find(found, "claims", claimant=ARGENTINA, territory=FALKLANDS)
    assert claims and all(f.args.get("date") != "1833" for f in claims)
    assert find(found, "controls", state=UK, territory=FALKLANDS)
