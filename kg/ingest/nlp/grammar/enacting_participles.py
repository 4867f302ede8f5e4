"""A present participle after a document a verb of enacting takes as its object, which the parser
hung on that verb: "Its National Assembly passed a law in 2024 declaring the area a Venezuelan
state", "the parliament adopted a resolution on Monday annexing the islands". News tells what a
law does in such a participle; with a time phrase between the object and the participle, the
parser makes it an adverbial clause of "passed" (as it would "passed a law, citing security"), so
the assembly, not the law, declares. A present participle with no subject of its own, hung on a
verb of enacting (``_ENACTING``) whose direct object before it is a document's mention, with only
that object's phrase and adjuncts of time or place between, describes the document: it is mended
into the document noun's participle clause (``acl``). Mended in place
(kg.ingest.nlp.grammar.mending)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.ingest.nlp.mentions import Mention

#: Verbs by which a body makes a document law (its object is the document made).
_ENACTING = frozenset({"pass", "adopt", "approve", "enact", "issue", "publish", "promulgate"})
_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark"})


def mend_enacting_participles(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend a document's present participle hung on the verb that enacts it into the document's."""
    for tok in tokens(doc):
        if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.head.lemma_.lower() not in _ENACTING:
            continue
        if any(ch.dep_ in _OWN for ch in tok.children) or doc[tok.i - 1].lower_ == ",":
            continue  # "passed the law, citing security": the body's reason, set off by a comma
        verb = tok.head
        objs = [ch for ch in verb.children if ch.dep_ == "dobj" and ch.i < tok.i]
        if len(objs) != 1 or not _document(objs[0], by_token):
            continue
        between = [ch for ch in verb.children if objs[0].i < ch.i < tok.i]
        if all(ch.dep_ in ("prep", "npadvmod") for ch in between):
            tok.head, tok.dep_ = objs[0], "acl"


def _document(noun: Token, by_token: list[Mention | None]) -> bool:
    """Whether a document's mention covers the object noun."""
    m = by_token[noun.i]
    return m is not None and m.tag == "D"
