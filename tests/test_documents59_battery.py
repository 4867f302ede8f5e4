"""Documents, round 39 (issue 12): whose parties a document binds, one act with a gerund inside,
lists issued, and signers named after their state's possessive.

- "The convention obliges its parties to notify ...": "its" is the document's; its parties are no
  one state the article named before.
- "required Venezuela to refrain from holding, or preparing to hold, elections": the gerund the
  parser joins to the infinitive is part of one act, no second obligation.
- "The list, issued by China's Ministry of Civil Affairs on Monday": a list issued is a document.
- "signed by Sudan's then-president Omar al-Bashir and Turkish President Tayyip Erdogan": both
  presidents sign beside their states, where the parser reads "then" as an adverb.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _rel(text: str, rel: str, published: str = "2026-06-10") -> list[dict[str, object]]:
    out = []
    for f in facts(text, published):
        if f.rel != rel or f.negated:
            continue
        out.append(
            {
                k: getattr(v, "label", v)
                if not isinstance(v, (list, tuple))
                else [x.label for x in v]
                for k, v in f.args.items()
            }
        )
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Romania accused Ukraine on Monday of dredging the Bystroe canal. The 1991 Espoo "
        "Convention on environmental impact assessment obliges its parties to notify neighbours "
        "of projects likely to harm them.",
        "Peru and Ecuador met on Monday. The 1998 treaty binds its signatories to keep the border "
        "open.",
        "Kenya protested to Uganda over the island. The 1926 convention requires its signatories "
        "to settle any dispute by negotiation.",
    ],
)
def test_its_parties_are_no_state(text: str) -> None:
    assert not [f for f in _rel(text, "obliges") if f.get("party") is not None]


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "In an order of May 1, 2025, the court required Venezuela to refrain from holding, or "
            "preparing to hold, elections in the disputed territory.",
            ("refrain", "preparing"),
        ),
        (
            "The International Court of Justice on Monday ordered Myanmar to refrain from "
            "building, or planning to build, any post on the sandbank.",
            ("refrain", "planning"),
        ),
    ],
)
def test_gerund_inside_one_act(text: str, words: tuple[str, ...]) -> None:
    found = _rel(text, "obliges")
    assert len(found) == 1
    assert all(w in str(found[0]["action"]) for w in words)


def test_coordinated_infinitives_still_two_acts() -> None:
    found = _rel(
        "Under the 1904 treaty, Chile undertook to build a railway from Arica to La Paz and to "
        "grant Bolivia free transit through its ports.",
        "obliges",
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    "text, issuer",
    [
        (
            "India on Wednesday rejected a fresh list of Chinese names for 27 places in Arunachal "
            "Pradesh. The list, issued by China's Ministry of Civil Affairs on Monday, gives "
            "Chinese names to mountain passes.",
            "Ministry of Civil Affairs of China",
        ),
        (
            "China's Ministry of Civil Affairs on Monday released a list of names for 11 places "
            "in Arunachal Pradesh.",
            "Ministry of Civil Affairs of China",
        ),
        (
            "Vietnam rejected the names. The list was published on Tuesday by China's Ministry of "
            "Natural Resources.",
            "Ministry of Natural Resources of China",
        ),
    ],
)
def test_list_issued(text: str, issuer: str) -> None:
    assert any(f["issuer"] == issuer and f["document"] == "list" for f in _rel(text, "issued"))


def test_list_not_a_document_alone() -> None:
    assert not _rel("China has a long list of grievances against Japan.", "issued")


@pytest.mark.parametrize(
    "text, people",
    [
        (
            "The agreement was signed in Khartoum on Dec. 24, 2017, by Sudan's then-president "
            "Omar al-Bashir and Turkish President Tayyip Erdogan.",
            {"Omar al-Bashir", "Recep Tayyip Erdoğan"},
        ),
        (
            "The treaty was signed by Argentina's then president Carlos Menem and Chilean "
            "President Eduardo Frei.",
            {"Carlos Menem", "Eduardo Frei"},
        ),
    ],
)
def test_then_president_signs(text: str, people: set[str]) -> None:
    found = _rel(text, "signed")
    assert found
    assert people <= set(found[0]["parties"])


def test_states_alone_sign_alone() -> None:
    found = _rel("The treaty was signed by Argentina and Chile in 1984.", "signed")
    assert found and set(found[0]["parties"]) == {"Argentina", "Chile"}
