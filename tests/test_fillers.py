"""kg.ingest.nlp.grammar.fillers on parses that loop back into a mention."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.ingest.nlp.grammar import Parsed, fillers
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.parse import nlp
from kg.model import Entity

KONO = Entity("Person", "person/taro-kono", "Taro Kono")


def test_a_conjunct_whose_possessor_is_inside_the_mention_ends():
    """A misparse the property tests met: "Taro" heads a conjunct ("minister") whose possessor is
    "Kono", another word of the same mention; the walk must end, with the mention once."""
    doc = Doc(
        nlp().vocab,
        words=["Taro", "Kono", "minister"],
        heads=[0, 2, 0],
        deps=["ROOT", "poss", "conj"],
        pos=["PROPN", "PROPN", "NOUN"],
    )
    mention = Mention(0, len("Taro Kono"), "Taro Kono", "P", KONO)
    p = Parsed.of(doc, 0, [mention])
    assert fillers(p, [doc[0]], {"P"}) == [mention]
