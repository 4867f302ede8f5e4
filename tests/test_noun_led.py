"""kg.ingest.nlp.noun_led finds the document pattern's matches that ``finditer`` finds."""

from __future__ import annotations

import re

import pytest

from kg.ingest.nlp import documents, noun_led

SENTENCES = [
    "The 1956 Soviet-Japanese joint declaration, which both parliaments ratified, ended the war.",
    "«S1»'s 2020 white paper and «S2»'s government's note of March 2 rejected «S3»'s claim.",
    "Chinese law-enforcement vessels entered the area; no law, treaty or accord allows it.",
    "Under Security Council Resolution 242 and resolution No. 338, the «S1»-«S2» agreement holds.",
    "A renewed treaty (the Treaty of «C4») replaced the «C2» accords, a disagreement said.",
    "the maritime boundary agreement, its annual white paper, their memorandum of understanding",
    "Nothing here names any such thing, not one, at all.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_matches_are_those_of_finditer(text: str) -> None:
    pattern, noun = documents._doc(), documents._noun()
    want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in noun_led.matches(pattern, noun, text)] == want


def test_lead_in_words_hold_only_lead_in_characters() -> None:
    """The bound holds while the data's epithets and subjects are words, spaces and dashes."""
    for words in (documents._describing(), documents._subjects()):
        for word in words.split("|"):
            plain = re.sub(r"\\(.)", r"\1", word.replace(r"\s+", " "))
            assert noun_led._OUTSIDE_LEAD_IN.search(plain) is None, word
