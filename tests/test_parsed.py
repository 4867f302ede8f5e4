"""Which mention each token of a parse belongs to (kg.ingest.nlp.grammar.Parsed.of): the relation
rules read a token's mention through it, so a token given the wrong mention (or none) changes
facts. The map is found by bisection over the token offsets; these cases pin its rule."""

from __future__ import annotations

from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.parse import parse_many

TEXT = "Foreign Minister Sergei Lavrov met Kono in Tokyo's suburbs."
OFFSET = 100  # where the sentence starts in its article


def _at(word: str, tag: str = "P", occurrence: int = 0) -> Mention:
    start = TEXT.index(word)
    for _ in range(occurrence):
        start = TEXT.index(word, start + 1)
    return Mention(OFFSET + start, OFFSET + start + len(word), word, tag, None)


def _words(p: Parsed, m: Mention) -> list[str]:
    return [t.text for t in p.doc if p.by_token[t.i] is m]


def test_each_token_that_starts_inside_a_mention_is_its():
    doc = parse_many([TEXT])[0]
    lavrov, tokyo = _at("Sergei Lavrov"), _at("Tokyo", "T")
    p = Parsed.of(doc, OFFSET, [lavrov, tokyo])
    assert _words(p, lavrov) == ["Sergei", "Lavrov"]
    assert _words(p, tokyo) == ["Tokyo"]  # not "'s", which starts after the name
    assert [t.text for t in doc if p.by_token[t.i] is None][:2] == ["Foreign", "Minister"]


def test_a_mention_that_starts_inside_a_token_takes_that_token():
    doc = parse_many([TEXT])[0]
    inside = Mention(OFFSET + TEXT.index("avrov"), OFFSET + TEXT.index(" met"), "avrov", "P", None)
    p = Parsed.of(doc, OFFSET, [inside])
    assert _words(p, inside) == ["Lavrov"]


def test_a_later_mention_wins_a_token_both_cover():
    doc = parse_many([TEXT])[0]
    whole, name = _at("Foreign Minister Sergei Lavrov"), _at("Lavrov")
    p = Parsed.of(doc, OFFSET, [whole, name])
    assert _words(p, whole) == ["Foreign", "Minister", "Sergei"]
    assert _words(p, name) == ["Lavrov"]
    q = Parsed.of(doc, OFFSET, [name, whole])
    assert _words(q, whole) == ["Foreign", "Minister", "Sergei", "Lavrov"]


def test_mentions_outside_the_sentence_take_no_token():
    doc = parse_many([TEXT])[0]
    before = Mention(0, OFFSET, "x" * OFFSET, "S", None)
    after = Mention(OFFSET + len(TEXT), OFFSET + len(TEXT) + 5, "after", "S", None)
    assert Parsed.of(doc, OFFSET, [before, after]).by_token == [None] * len(doc)
    assert Parsed.of(parse_many([""])[0], OFFSET, [before]).by_token == []


def test_having_finds_the_tokens_a_full_scan_finds():
    from spacy.attrs import DEP, POS, TAG

    doc = parse_many([TEXT + " The minister and the ambassador said they would not go."])[0]
    p = Parsed.of(doc, OFFSET, [])
    for attr, name, values in (
        (TAG, "tag_", ("NN", "NNP")),
        (POS, "pos_", ("PROPN",)),
        (DEP, "dep_", ("ROOT",)),
    ):
        expected = [t.i for t in doc if getattr(t, name) in values]
        assert expected, (name, values)  # the sentence holds some of each
        assert [t.i for t in p.having(attr, *values)] == expected
    assert p.having(TAG, "no such tag") == []


def test_within_gives_the_tokens_that_start_in_a_span_as_a_full_scan_does():
    from kg.ingest.nlp.grammar.parsed import tokens_within

    doc = parse_many([TEXT])[0]
    p = Parsed.of(doc, OFFSET, [])
    spans = [
        (OFFSET + a, OFFSET + b) for a in range(len(TEXT) + 1) for b in range(a, len(TEXT) + 2)
    ]
    spans += [(0, OFFSET), (0, OFFSET + 3), (OFFSET + len(TEXT), OFFSET + len(TEXT) + 9)]
    for start, end in spans:
        expected = [t.i for t in doc if start <= OFFSET + t.idx < end]
        assert [t.i for t in tokens_within(doc, OFFSET, start, end)] == expected, (start, end)
        assert [t.i for t in p.within(start, end)] == expected
    assert [t.text for t in p.within(OFFSET + 17, OFFSET + 30)] == ["Sergei", "Lavrov"]


def test_heads_in_finds_the_heads_a_full_scan_finds():
    from kg.ingest.nlp import phrases

    doc = parse_many(["The two islands and the region stay, the Islands said; the claim holds."])[0]
    expected = [(t.i, f) for t in doc if (f := phrases.head_of(t)) is not None]
    assert len(expected) >= 3  # islands, region, Islands, claim: words the reference classes read
    assert [(t.i, f) for t, f in phrases.heads_in(doc)] == expected
