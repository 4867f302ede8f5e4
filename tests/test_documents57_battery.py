"""Documents, round 37 (issue 12): adherence told by how a party acts, a document named twice in
one phrase, a notice issued, a state recognised, a promised withdrawal that is no duty.

- "acting in strict compliance with the 1998 agreement", "in accordance with", "in conformity
  with": the doer holds the document valid (adheresTo), also after "in good faith and in ...";
  a country's own law acted upon is no instrument it is party to.
- "under the Geneva Agreement, the 1966 treaty it regards as ...": the dated description apposed
  to a named document is that document; a treaty and an agreement of one year are one instrument.
- "issued a notice": a notice is a document where a document verb acts on it.
- "recognizes the Turkish Cypriot state", "recognised the new republic": recognised as a state.
- "undertook to withdraw its police from X should ...": a handover promised on a condition
  (promisesHandover), no obligation; an unconditioned withdrawal stays the document's duty.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _rel(text: str, rel: str) -> list[dict[str, object]]:
    out = []
    for f in facts(text, "2026-06-10"):
        if f.rel != rel or f.negated:
            continue
        out.append(
            {
                k: getattr(v, "label", v) if not isinstance(v, list) else [x.label for x in v]
                for k, v in f.args.items()
            }
        )
    return out


@pytest.mark.parametrize(
    "text, party",
    [
        (
            "Peru is acting in strict compliance with the 1998 agreement with Ecuador, the "
            "minister said.",
            "Peru",
        ),
        (
            'Sommerfeld said Ecuador was acting "in good faith and in strict compliance with the '
            'Brasilia Presidential Act", the 1998 agreement that ended the war.',
            "Ecuador",
        ),
        (
            "Thailand has acted in accordance with the 2000 memorandum with Cambodia, its foreign "
            "ministry said on Tuesday.",
            "Thailand",
        ),
        (
            "Kenya has always operated in conformity with the 1926 agreement with Uganda, the "
            "ministry said.",
            "Kenya",
        ),
    ],
)
def test_acting_as_a_document_says_adheres_to_it(text: str, party: str) -> None:
    assert party in [f["party"] for f in _rel(text, "adheresTo")]


@pytest.mark.parametrize(
    "text",
    [
        "China's foreign ministry said the Chinese coast guard had acted \"in accordance with the "
        'law".',
        "Seoul said its navy had acted in compliance with the constitution.",
    ],
)
def test_acting_under_ones_own_law_adheres_to_nothing(text: str) -> None:
    assert _rel(text, "adheresTo") == []


def test_a_dated_description_apposed_to_a_named_document_is_that_document() -> None:
    text = (
        "Venezuela and Guyana signed the Geneva Agreement in 1966. Venezuela's foreign ministry "
        'said its navy had acted in waters "whose delimitation remains pending under the Geneva '
        'Agreement", the 1966 treaty it regards as the only valid framework for the dispute.'
    )
    assert [f["document"] for f in _rel(text, "adheresTo")] == ["Geneva Agreement"]


def test_a_described_document_of_another_year_is_another_one() -> None:
    text = "Venezuela abides by the Treaty of Paris, the 1904 treaty on navigation."
    assert "treaty of 1904" in [f["document"] for f in _rel(text, "adheresTo")]


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, June 10 (Reuters) - Britain issued a notice on Wednesday ordering the nine "
        "to leave within 72 hours.",
        "Britain, which administers the archipelago, issued a notice on Wednesday telling the "
        "group to leave.",
    ],
)
def test_a_notice_issued_is_a_document(text: str) -> None:
    found = _rel(text, "issued")
    assert [(f["issuer"], f["document"]) for f in found] == [("United Kingdom", "notice")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the embassy would stay closed until further notice.",
        "Argentina gave notice on Monday that it would leave the talks.",
    ],
)
def test_notice_as_a_word_issues_nothing(text: str) -> None:
    assert _rel(text, "issued") == []


@pytest.mark.parametrize(
    "text, what",
    [
        (
            "Turkey is the only country that recognizes the Turkish Cypriot state.",
            "the Turkish Cypriot state",
        ),
        (
            "The island has been split since 1974, while only Turkey recognises the breakaway "
            "Turkish Cypriot state in the north.",
            "the breakaway Turkish Cypriot state",
        ),
        ("The United States recognized the new republic within days.", "the new republic"),
    ],
)
def test_a_state_recognised_is_recognised_as_a_state(text: str, what: str) -> None:
    assert [(f["what"], f.get("as")) for f in _rel(text, "recognizes")] == [(what, "state")]


def test_a_conditional_withdrawal_undertaken_is_a_promise_not_a_duty() -> None:
    text = (
        "NAIROBI, June 10 (Reuters) - Under a joint communique signed in Entebbe on November 20, "
        "2025, Uganda undertook to withdraw its police from Remba Island should the team place "
        "the island on the Kenyan side."
    )
    assert _rel(text, "obliges") == []
    assert [f["territory"] for f in _rel(text, "promisesHandover")] == ["Remba"]


def test_an_unconditioned_withdrawal_undertaken_is_a_duty() -> None:
    text = "Under the 1979 treaty, Israel undertook to withdraw all its forces from Sinai within three years."
    assert [f["party"] for f in _rel(text, "obliges")] == ["Israel"]


def test_a_relative_clause_of_anothers_deed_does_not_date_the_document() -> None:
    text = (
        "TEGUCIGALPA, June 10 (Reuters) - Zelaya referred to the ruling by King Alfonso XIII of "
        "Spain that fixed the border, and which the International Court of Justice upheld in 1960."
    )
    assert all(f.get("date") != "1960" for f in _rel(text, "issued"))


def test_a_documents_own_relative_clause_still_dates_it() -> None:
    text = (
        "MANAGUA, June 10 (Reuters) - Nicaragua rejected the ruling by the International Court "
        "of Justice that was issued in 2012."
    )
    assert [f.get("date") for f in _rel(text, "issued")] == ["2012"]
