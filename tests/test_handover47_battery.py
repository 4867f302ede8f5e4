"""An undertaking told in the sentence after a document's terms (issue 12, round 27, handover47).

"Under the memorandum, further deepening is conditional on a joint assessment. Ukraine also
undertook to hand over its dredging logs ...", "Under the Frontier Treaty ..., Turkey recognised the
Brussels Line. In return Baghdad undertook to pay Ankara ...": a party's undertaking in a main
clause that names no document is an obligation of the one binding document the sentence before
named (study articles h289, h379; h299 tells a handover so). Not a ruling's or a statement's, not
an undertaking reported by another, not one two sentences on. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import facts

from kg.model import Entity


def _label(value: object) -> str | None:
    return value.label if isinstance(value, Entity) else None


def _obliges(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (_label(f.args.get("document")), _label(f.args.get("party")), str(f.args.get("action")))
        for f in facts(text)
        if f.rel == "obliges" and not f.negated
    ]


TOLD_AFTER = [
    "Romania and Ukraine signed a memorandum on June 10. Under the memorandum, further deepening "
    "of the channel is conditional on a joint assessment. Ukraine also undertook to hand over its "
    "dredging logs to the reserve authority.",
    "Under the treaty signed in Ankara in 1926, Turkey recognised the line as its border. In return "
    "Ukraine undertook to hand over its dredging logs to the reserve authority.",
    "Romania and Ukraine signed a memorandum on June 10. The memorandum sets up a joint group. "
    "Ukraine, for its part, undertook to hand over its dredging logs to the reserve authority.",
    "Under the agreement signed in June, Romania keeps its monitoring posts. In exchange, Ukraine "
    "undertakes to hand over its dredging logs to the reserve authority.",
]


@pytest.mark.parametrize("text", TOLD_AFTER)
def test_an_undertaking_after_the_terms_is_the_documents_obligation(text):
    found = _obliges(text)
    assert any(
        party == "Ukraine" and doc is not None and "dredging logs" in action
        for doc, party, action in found
    ), found


NOT_BOUND = [
    # the sentence before names a ruling: it binds no one by a party's undertaking
    "Romania criticised the ruling on June 10. Ukraine also undertook to hand over its dredging "
    "logs to the reserve authority.",
    # reported by another: a view, not the document's terms
    "Romania and Ukraine signed a memorandum on June 10. Romania said Ukraine had undertaken to "
    "hand over its dredging logs.",
    # two sentences on: the document is no longer the one told
    "Romania and Ukraine signed a memorandum on June 10. Fishermen in the delta were not "
    "consulted. Ukraine also undertook to hand over its dredging logs to the reserve authority.",
]


@pytest.mark.parametrize("text", NOT_BOUND)
def test_no_obligation_without_a_binding_document_just_told(text):
    assert not [x for x in _obliges(text) if "dredging logs" in x[2]], _obliges(text)
