"""The attribute ruler's and lemmatizer's answers kept per (word, tag, dependency) are theirs
(kg.ingest.nlp.attributes): token for token the same as the model's own pipeline."""

from __future__ import annotations

import spacy

from kg.ingest.nlp import attributes, parse

SENTENCES = [
    "Russia's foreign minister Sergei Lavrov said the islands were Russia's territory.",
    "Japan has long coveted the islands, which it calls its Northern Territories.",
    "There is no dispute, and there were talks in Moscow on Friday.",  # "there is": expl pattern
    "Y'all gotta let's go, we're gonna sign it.",  # patterns of several tokens
    "They ain't leaving; all of them were there.",
    "The two  sides\nmet again.",  # whitespace tokens: the ruler sets their tag and dependency
    "I said you were there, but he did not.",  # ruler patterns reading the dependency
    "The ministers met in Tokyo and agreed to continue the talks.",
    "All of us got it, let us go.",
    # the same key, (is, VBZ, ROOT), for a verb after "there" and an auxiliary elsewhere: a
    # sentence a pattern of several tokens decided must not answer for another
    "There is a dispute.",
    "The dispute is old.",
    "There was a dispute.",
    "The dispute was old.",
    # unseen words of a batch are learnt together: "gon" and "na" of two sentences side by side
    # must not make the pattern "gon na" match
    "Gon.",
    "Na.",
    # the words of a pattern apart: answered from the cache, as no pattern can match
    "Let them say what Russia's minister said about all of it.",
    "There, talks on the islands is what we were told all along.",
]


def _rows(doc):
    return [
        (t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.is_sent_start)
        for t in doc
    ]


def test_cached_answers_are_the_pipelines_own():
    reference = spacy.load(parse.MODEL, disable=["ner"])
    cache = parse.nlp().get_pipe(attributes.FACTORY)
    assert cache.enabled, "the cache is off for the shipped model: a ruler pattern it cannot key"
    expected = [_rows(d) for d in reference.pipe(SENTENCES)]
    first = [_rows(d) for d in parse.parse_many(SENTENCES)]
    hits = cache.hits
    again = [_rows(d) for d in parse.parse_many(SENTENCES + SENTENCES[::-1])]
    assert cache.hits > hits  # the second pass was answered from the cache
    assert first == expected
    assert again == expected + expected[::-1]


def test_a_pattern_the_key_cannot_decide_turns_the_cache_off():
    nlp = parse.nlp()
    ok = [{"patterns": [[{"TAG": "NNP", "LOWER": "x"}]], "attrs": {"POS": "PROPN"}}]
    assert attributes._guards(nlp, ok)[1]
    reads_more = [{"patterns": [[{"ENT_TYPE": "GPE"}]], "attrs": {"POS": "PROPN"}}]
    sets_more = [{"patterns": [[{"TAG": "NN"}]], "attrs": {"NORM": "x"}}]
    no_word = [{"patterns": [[{"TAG": "NNP"}, {"TAG": "NN"}]], "attrs": {"POS": "X"}}]
    not_fixed = [{"patterns": [[{"LOWER": "a", "OP": "?"}, {"LOWER": "b"}]], "attrs": {"POS": "X"}}]
    for patterns in (reads_more, sets_more, no_word, not_fixed):
        assert not attributes._guards(nlp, ok + patterns)[1]
    regex = [{"patterns": [[{"LOWER": {"REGEX": "^a"}}, {"TAG": "NN"}]], "attrs": {"POS": "X"}}]
    assert attributes._guards(nlp, ok + regex)[1]


def test_a_sentence_holding_a_patterns_words_apart_is_answered_from_the_cache():
    """ "y'all" is a pattern ("y'" or "y", then "all"): "all" elsewhere must not send a sentence
    through the components, nor "let" and "'s" apart; "let's" side by side must."""
    cache = parse.nlp().get_pipe(attributes.FACTORY)
    apart = ["All of it, they said, was Russia's, let alone the islands."]
    parse.parse_many(apart)  # its words learnt
    hits = cache.hits
    parse.parse_many(apart)
    assert cache.hits == hits + 1
    together = ["Let's go."]
    parse.parse_many(together)
    hits, misses = cache.hits, cache.misses
    parse.parse_many(together)
    assert (cache.hits, cache.misses) == (hits, misses)  # neither: the components answered
