"""A party still bound by a document (adheresTo) told with a verb whose "by" is its complement
(issue 12, adhere23): the parser labels "abided by the treaty" a passive agent, which made the
subject read as the one acted on. The verbs are data (``by_complements`` of
data/lexicon/mood.yaml); a true passive keeps its agent.

Sentences written for these tests in wire style, about the Kurils, the Chile-Bolivia treaty of 1904
and the Essequibo award.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

JAPAN, CHILE, GUYANA = "state/japan", "state/chile", "state/guyana"
DECLARATION = "document/soviet-japanese-joint-declaration"

# (party, sentence): the party adheres to the document the sentence names
ADHERES: list[tuple[str, str]] = [
    (JAPAN, "Japan abided by the 1956 Joint Declaration."),
    (JAPAN, "Japan has abided by the 1956 Joint Declaration for decades."),
    (JAPAN, "Japan will abide by the 1956 Joint Declaration, the minister said."),
    pytest.param(
        JAPAN,
        "Japan, officials in Tokyo said, abided by the 1956 Joint Declaration.",
        marks=pytest.mark.xfail(strict=True, reason="a speech tag inside the clause hides it"),
    ),
    (JAPAN, "Japan stood by the 1956 Joint Declaration."),
    (CHILE, "Chile has always abided by the 1904 treaty."),
    (GUYANA, "Guyana abided by the 1899 Arbitral Award, its president said."),
]


@pytest.mark.parametrize("party, sentence", ADHERES)
def test_a_by_complement_is_the_document_adhered_to(party, sentence):
    found = facts(sentence)
    assert any(f.rel == "adheresTo" and f.args["party"].key == party for f in found), shown(found)


def test_a_true_passive_keeps_its_agent():
    found = facts("The 1956 Joint Declaration was signed by Japan and the Soviet Union.")
    assert has(found, "signed", document=DECLARATION), shown(found)
    assert not [f for f in found if f.rel == "adheresTo"], shown(found)
