"""A verb that takes its document by a preposition, read by the parser as a plural noun after a
name: "Estonia abides by the 2014 treaty", "Georgia complies with the accord", "Peru abides by the
ruling, the minister said". The parser reads "Estonia abides" as a noun phrase headed by "abides"
(the name its compound), so the verb, its subject and the document it keeps are lost. A plural noun
whose lemma is one of these verbs, right after a name (a mention) hung on it as a compound and
right before its own preposition, is the verb, and the name its subject. The parse is mended in
place (kg.ingest.nlp.grammar.mending)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.ingest.nlp.mentions import Mention

#: Verbs of keeping to a document and the preposition each takes it by ("abides by the treaty").
_PREPOSITIONS = {"abide": "by", "comply": "with", "adhere": "to"}


def mend_prep_verbs_read_as_plurals(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend "Estonia abides by the treaty" read as a noun phrase into a name, its verb and the
    verb's prepositional object."""
    for tok in tokens(doc):
        prep = _PREPOSITIONS.get(tok.lemma_.lower())
        if tok.tag_ != "NNS" or prep is None or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        name, after = doc[tok.i - 1], doc[tok.i + 1]
        if after.lower_ != prep or after.head != tok or after.dep_ != "prep":
            continue
        if name.head != tok or name.dep_ != "compound" or by_token[name.i] is None:
            continue
        tok.pos_, tok.tag_ = "VERB", "VBZ"
        name.dep_ = "nsubj"
