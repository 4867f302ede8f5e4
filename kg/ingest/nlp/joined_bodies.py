"""Bodies named by two words joined by "and": "the Foreign Ministry's Asian and Oceanian Affairs
Bureau", "the Bureau of European and Eurasian Affairs". The recogniser often starts the body at the
second word, leaving the first as a demonym ("Asian") and the body a smaller one ("Oceanian Affairs
Bureau") that no reader would look for. Where the word before "and" is a capitalised word the
parse joins to the body's first word, and the body's name ends in a body's head noun, the name
starts at the first word; not where that word names a state ("the British and Argentine foreign
ministries" are two bodies)."""

from __future__ import annotations

from spacy.tokens import Span

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import lexicon


def joined_front(gz: Gazetteer, ent: Span) -> Span:
    """The recogniser's body with the capitalised word joined to its first by "and" put back
    before it; any other entity as it is."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2 or len(ent) < 2:
        return ent
    cc, first = doc[ent.start - 1], doc[ent.start - 2]
    lex = lexicon.load()
    heads = lex.body_heads | lex.named_body_heads
    if (
        cc.lower_ != "and"
        or cc.dep_ != "cc"
        or not first.is_title
        or first.pos_ not in ("ADJ", "PROPN")
        or gz.lookup(first.text)
        or ent[0].dep_ != "conj"
        or ent[0].head != first
        or not any(t.lower_ in heads or t.lemma_.lower() in heads for t in ent[1:])
    ):
        return ent
    return Span(doc, ent.start - 2, ent.end, label=ent.label_)
