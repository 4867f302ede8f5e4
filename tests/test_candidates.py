"""The parser runs only where a trigger could be filled (kg.ingest.nlp.candidates)."""

from __future__ import annotations

from kg.ingest.nlp.candidates import worth_parsing
from kg.ingest.nlp.mentions import Mention


def _m(tag: str) -> Mention:
    return Mention(0, 1, "x", tag)


def test_no_trigger_no_parse():
    assert not worth_parsing(
        "The weather in the north was mild and sunny for most of the week.", [_m("T")]
    )


def test_a_trigger_whose_roles_nothing_could_fill_is_not_parsed():
    # "is" may be an office ("X is Russia's foreign minister"), which needs a person
    assert not worth_parsing("The Kuril chain is long.", [_m("T")])
    assert worth_parsing("Lavrov is Russia's foreign minister.", [_m("P"), _m("S")])


def test_irregular_and_inflected_forms_are_triggers():
    assert worth_parsing("The islands were held by Russia.", [_m("T"), _m("S")])
    assert worth_parsing("Japan has long coveted the islands.", [_m("T"), _m("S")])
    assert worth_parsing("Russia occupied the islands in 1945.", [_m("T"), _m("S")])
    assert worth_parsing("Moscow stopped the visa-free programme.", [_m("S")])


def test_a_pronoun_can_fill_a_role():
    assert worth_parsing("It rejected the claim.", [])
    assert not worth_parsing("A claim was made.", [])


def test_a_sentence_worth_parsing_holds_a_trigger():
    # an article's sentences with a trigger are parsed ahead in one batch (kg.ingest.nlp.rules);
    # worth_parsing must never want one that has_trigger left out, whatever the mentions
    from kg.ingest.nlp.candidates import has_trigger

    everyone = [_m(t) for t in "SPOT"]
    for text in (
        "The weather in the region was mild and sunny for most of the week.",
        "Lavrov is Russia's foreign minister.",
        "Moscow stopped the visa-free programme.",
        "Kemi Badenoch denounced the deal.",
        "The two sides met again.",
        "Heavy rain in the hills.",
    ):
        assert worth_parsing(text, everyone) <= has_trigger(text)
    assert has_trigger("Moscow stopped the visa-free programme.")
    assert not has_trigger("Heavy rain in the hills.")


def test_a_sentence_parses_the_same_alone_and_in_an_article_batch():
    from kg.ingest.nlp.parse import parse_many

    texts = [
        "Japan has long coveted the islands, which it calls its Northern Territories.",
        "Russia's foreign minister Sergei Lavrov said the islands were Russia's territory.",
        "The two sides met again in Moscow on Friday.",
    ]

    def rows(doc):
        return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.pos_) for t in doc]

    together = [rows(d) for d in parse_many(texts)]
    assert together == [rows(parse_many([t])[0]) for t in texts]
