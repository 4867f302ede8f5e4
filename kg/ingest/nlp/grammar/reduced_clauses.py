"""A reduced relative clause whose present-tense verb the parser read as a plural noun: "India
claims Aksai Chin, a claim Beijing rejects", "..., a position Tokyo disputes". Wire copy sums up
the clause before it with such an apposition; the parser reads "claim Beijing rejects" as one
noun phrase headed by "rejects" (or "rejects" as a noun heading the clause), so the stance it tells
is lost. A plural noun that ends the phrase, right after a name and a noun of ``rejected_things``
(data/lexicon/references.yaml) with its determiner, is that clause's verb and the name its subject.
The parse is mended in place (kg.ingest.nlp.grammar.mending)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.ingest.nlp.mentions import Mention


def mend_verbs_read_as_plurals(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend "a claim Beijing rejects" read as a noun phrase into a noun, its relative clause's
    verb and that verb's subject."""
    from kg.ingest.nlp import phrases  # late: phrases reads the parse helpers of this package

    things = phrases.nouns().rejected_things
    for tok in tokens(doc):
        if tok.tag_ != "NNS" or tok.i < 2 or not tok.lower_.endswith("s"):
            continue
        if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct:
            continue
        m = by_token[tok.i - 1]
        if m is None or m.tag not in ("S", "C", "O") or by_token[tok.i] is m:
            continue
        first = tok.i - 1
        while first > 0 and by_token[first - 1] is m:
            first -= 1
        noun = doc[first - 1] if first > 0 else None
        if (
            noun is None
            or noun.pos_ != "NOUN"
            or noun.lemma_.lower() not in things
            or by_token[noun.i] is not None
            or not any(d.dep_ == "det" for d in noun.children)
        ):
            continue
        name = [t for t in doc[first : tok.i] if t.head.i < first or t.head.i >= tok.i]
        if len(name) != 1:
            continue
        if noun.head == tok:  # "a claim Beijing rejects" as one phrase: the noun heads it
            noun.head, noun.dep_ = (tok.head, tok.dep_) if tok.head != tok else (noun, "ROOT")
        tok.head, tok.dep_, tok.pos_, tok.tag_ = noun, "relcl", "VERB", "VBZ"
        name[0].head, name[0].dep_ = tok, "nsubj"
