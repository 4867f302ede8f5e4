"""Handovers promised through a copy of a document, conditions told after the promise, and a
giver hung on the document (issue 12, round 28, handover48).

- "A draft of the commission's minutes provides that Brazil will hand the islet over to France
  if ...", "a record of discussions agreed at the flag meeting provides that ...": the document
  that promises is the one the copy is of (``document_copies`` in data/lexicon/references.yaml), a
  record of discussions one of the acted-on document nouns (study articles h377, h378).
- "The cession was made on the condition that the islands be and remain demilitarised", "the
  transfer of X was made conditional on Y": a handover noun a condition is set on stands for the
  promise told just before, which gains the condition (h264, h299); another document that makes
  it conditional still sets a condition of its own (conditionedOn), and a deed gains none.
- "Under the 1947 treaty, Italy, which had held the islands since 1912, ceded ...": the state the
  parser hung as the document's apposition is the verb's subject, the giver (h264).

Sentences written for these tests (other states, lands, triggers and voices than the articles').
"""

from __future__ import annotations

import pytest
from helpers import facts, promises

from kg.model import Entity


def _label(value: object) -> str | None:
    return value.label if isinstance(value, Entity) else None


COPIES = [
    (
        "A draft of the commission's minutes, seen by Reuters, provides that Russia will hand "
        "Tuzla Island over to Ukraine if a joint survey finds it on the Ukrainian side.",
        "minutes",
    ),
    (
        "Russia and Ukraine signed an agreement in May. A copy of the agreement obliges Russia to "
        "transfer Tuzla Island to Ukraine once the survey is finished.",
        "agreement",
    ),
    (
        "A record of discussions signed at the border meeting provides that Russia will return "
        "Tuzla Island to Ukraine if the survey places it east of the line.",
        "record",
    ),
    (
        "According to officials, the final version of the minutes provides that Tuzla Island "
        "will be handed over by Russia to Ukraine once the survey is complete.",
        "minutes",
    ),
]


@pytest.mark.parametrize(("text", "doc"), COPIES)
def test_a_copy_of_a_document_promises_as_the_document(text, doc):
    found = promises(text)
    assert any(
        d is not None and doc in d and t == "Tuzla Island" and to == "Ukraine" and c
        for d, t, _, to, c in found
    ), found


TOLD_AFTER = [
    (
        "Under the 1947 treaty, Italy ceded Rhodes to Greece. The cession was made on the "
        "condition that the island be and remain demilitarised.",
        "demilitarised",
    ),
    (
        "The treaty provides that Italy will cede Rhodes to Greece. Under the treaty, the "
        "transfer of Rhodes is made conditional on the withdrawal of foreign troops.",
        "withdrawal of foreign troops",
    ),
    (
        "The agreement provides that Russia will hand Tuzla Island over to Ukraine. The "
        "handover was made subject to ratification by both parliaments.",
        "ratification",
    ),
]


@pytest.mark.parametrize(("text", "cond"), TOLD_AFTER)
def test_a_condition_told_after_is_the_promises_own(text, cond):
    found = promises(text)
    assert any(c and cond in c for *_, c in found), found
    assert not any(f.rel == "conditionedOn" for f in facts(text))


def test_a_condition_of_one_of_two_promises_is_that_ones():
    text = (
        "The treaty provides that Italy will cede Rhodes to Greece and that Turkey will cede "
        "Imbros to Greece. The cession of Imbros was made on the condition that the island "
        "remain demilitarised."
    )
    conds = {t: c for _, t, _, _, c in promises(text)}
    assert conds.get("Imbros") and not conds.get("Rhodes"), conds


def test_another_documents_condition_is_its_own():
    text = (
        "The treaty provides that Italy will cede Rhodes to Greece. A later memorandum made the "
        "handover conditional on the withdrawal of foreign troops."
    )
    assert not any(c for *_, c in promises(text))
    assert any(
        f.rel == "conditionedOn" and _label(f.args.get("document")) == "memorandum"
        for f in facts(text)
    )


def test_a_deed_takes_no_condition_told_after():
    text = (
        "Britain handed Hong Kong over to China in 1997. The handover was made on the condition "
        "that the city keep its own system."
    )
    assert not promises(text)


HUNG_ON_DOCUMENT = [
    "Under the 1947 treaty, Italy, which had held the islands since 1912, ceded Rhodes to Greece.",
    "Under the 2022 agreement, Russia, which has held the island since the war, will hand Tuzla "
    "Island over to Ukraine.",
]


@pytest.mark.parametrize("text", HUNG_ON_DOCUMENT)
def test_the_giver_set_off_after_the_document_gives(text):
    found = promises(text)
    assert any(frm in ("Italy", "Russia") for _, _, frm, _, _ in found), found


KIND_OF_STATE = [
    # the state of the kind named before in the article
    "Egypt signed a protocol with Saudi Arabia on Sunday. The protocol provides that Egypt will "
    "hand Tiran Island over to the Kingdom once the observers have left.",
    # another trigger, passive, the giver in a by-phrase
    "Egypt and Saudi Arabia signed a protocol in May. Under the protocol, Tiran Island is to be "
    "transferred by Egypt to the kingdom within a year.",
    # a sultanate
    "Yemen and Oman signed an accord in 1992. Under the accord, Yemen will cede Tiran Island to "
    "the sultanate.",
]


@pytest.mark.parametrize("text", KIND_OF_STATE)
def test_a_state_named_by_its_kind_receives(text):
    found = promises(text)
    assert any(to in ("Saudi Arabia", "Oman") for _, _, _, to, _ in found), found


def test_a_kind_no_state_named_has_is_no_state():
    # no kingdom named before: "the kingdom" is no state (Egypt is a republic)
    text = (
        "Egypt signed a protocol with Sudan on Sunday. The protocol provides that Egypt will hand "
        "Tiran Island over to the kingdom once the observers have left."
    )
    assert not any(to is not None for _, _, _, to, _ in promises(text))


def test_a_peacekeeping_body_is_no_land_handed_over():
    # the Sinai peacekeepers are a body (data/gazetteer/organizations.yaml), never a land
    text = (
        "Egypt and Saudi Arabia signed a protocol in May. The protocol provides that Egypt will "
        "hand Tiran Island over to Saudi Arabia once the Multinational Force and Observers has "
        "moved its post."
    )
    assert not any(t and "Observers" in t for _, t, _, _, _ in promises(text))
