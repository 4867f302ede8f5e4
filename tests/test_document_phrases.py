"""A document named with a describing adjective ("a similar treaty", "a landmark accord") is still
the document (data: ``document_epithets`` in data/lexicon/references.yaml); its signing reads as
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
    """The adjective makes no document of a noun that names none ("a similar photograph"); a
    letter signed is one since documents that a verb acts on count (acted_document_nouns)."""
    assert not find(facts("Chile signed a similar photograph with Peru in 1929."), "signed")


def _misparsed():
    """ "The treaty, signed in Lima, by Rios and Rada, ended the war." as the small model parses
    it at times: "by Rios and Rada" hung on "treaty" as a modifier, not on "signed" as its agent."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = "The treaty , signed in Lima , by Rios and Rada , ended the war .".split()
    heads = [1, 12, 1, 1, 3, 4, 1, 1, 7, 8, 8, 1, 12, 14, 12, 12]
    deps = "det nsubj punct acl prep pobj punct prep pobj cc conj punct ROOT det dobj punct".split()
    tags = "DT NN , VBN IN NNP , IN NNP CC NNP , VBD DT NN .".split()
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)


def test_a_participles_by_phrase_hung_on_its_noun_is_its_agent():
    from kg.ingest.nlp.grammar.participle_misreads import stray_agent

    doc = _misparsed()
    assert [t.text for t in stray_agent(doc[3])] == ["Rios"]
    assert stray_agent(doc[12]) == []  # the main verb has no participle's stray agent


@pytest.mark.parametrize(
    "sentence",
    [
        "The treaty, signed in Lima on Dec. 3, 1929, by Chilean Foreign Minister Conrado Rios and "
        "Peruvian Foreign Minister Pedro Rada, ended the war.",
        "The treaty was signed in Lima on Dec. 3, 1929, by Chilean Foreign Minister Conrado Rios "
        "and Peruvian Foreign Minister Pedro Rada.",
        "Chilean Foreign Minister Conrado Rios and Peruvian Foreign Minister Pedro Rada signed the "
        "treaty in Lima on Dec. 3, 1929.",
    ],
)
def test_a_treaty_signed_by_titled_ministers_is_signed_by_their_states(sentence):
    signed = find(facts(sentence), "signed")
    assert signed and {p.key for p in signed[0].args["parties"] if p.kind == "State"} == {
        CHILE,
        PERU,
    }
    assert signed[0].args.get("date") == "1929-12-03"
