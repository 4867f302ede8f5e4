"""A document named with a describing adjective ("a similar treaty", "a landmark accord") is still
the document (data: ``document_adjectives`` in data/lexicon/references.yaml); its signing reads as
any other. The sentences are written for these tests, on disputes of no dev article.
"""

from __future__ import annotations

import pytest
from helpers import facts, find

CHILE, PERU, ARGENTINA = "state/chile", "state/peru", "state/argentina"


@pytest.mark.parametrize(
    "sentence, other",
    [
        ("Chile signed a similar treaty with Peru in 1929.", PERU),
        ("Chile, which had lost the war, signed a similar treaty with Peru in 1929.", PERU),
        ("A separate treaty was signed by Chile and Peru in 1929.", PERU),
        ("Chile and Argentina signed a landmark treaty in 1929.", ARGENTINA),
        ("Chile and Argentina signed a historic treaty in 1929, ending the dispute.", ARGENTINA),
    ],
)
def test_a_described_treaty_is_signed(sentence, other):
    signed = find(facts(sentence), "signed")
    assert signed, sentence
    parties = {p.key for p in signed[0].args["parties"]}
    assert {CHILE, other} <= parties
    assert signed[0].args["document"].subtype == "Treaty"
    assert "similar" not in signed[0].args["document"].label  # described, not named


def test_an_adjective_alone_names_no_document():
    assert not find(facts("Chile signed a similar letter with Peru in 1929."), "signed")
