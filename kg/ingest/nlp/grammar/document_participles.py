"""A participle set off by a comma right after a document that the parser hung on the clause's
verb: "The boundary follows the award of the Swiss Federal Council, handed down in Bern on Dec. 1,
1900", "... became a border under the Treaty of Osimo, signed on Nov. 10, 1975, by Italy and
Yugoslavia", "Under Resolution 1701, adopted in August 2006, Israel is required ...". News tells
a document's making in such an aside; the parser often makes it an adverbial clause of the main
verb (as it would "..., flanked by his ministers"), so the making's day and its doers are lost to
the document (or, with its by-agent, a second verb of the clause). A past participle of a verb that issues or signs a document (the ``issued`` and
``signed`` classes, kg.ingest.nlp.acted_documents), with no subject or auxiliary of its own, right
after a comma that ends a phrase headed by a document's mention, describes that document: it is
mended into the document noun's participle clause (``acl``). Mended in place
(kg.ingest.nlp.grammar.mending)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.ingest.nlp.mentions import Mention

#: How a word of the phrase before the comma hangs on the word that heads it, up to the document.
_WITHIN = frozenset({"pobj", "prep", "compound", "nummod", "appos", "amod", "poss", "npadvmod"})
#: A past participle, or one the tagger read as a past tense (it has no subject: "..., handed down")
_PAST = frozenset({"VBN", "VBD"})
_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})


def mend_document_participles(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend a document's participle aside hung on the clause's verb into the document's own."""
    from kg.ingest.nlp import acted_documents  # late: it reads the trigger classes

    for tok in tokens(doc):
        if tok.tag_ not in _PAST or tok.i < 2 or doc[tok.i - 1].lower_ != ",":
            continue
        if not (tok.dep_ == "advcl" or tok.dep_ == "conj" and _has_agent(tok)):
            continue
        if any(ch.dep_ in _OWN for ch in tok.children) or not acted_documents.acts(tok):
            continue
        noun = _document_before(doc, tok, by_token)
        if noun is not None:
            tok.head, tok.dep_ = noun, "acl"


def _has_agent(tok: Token) -> bool:
    """A passive's by-agent: a conjunct verb with one and no subject is a participle ("..., concluded
    in 1975 by Italy and Yugoslavia"), no second finite verb of the clause's subject."""
    return any(ch.dep_ == "agent" for ch in tok.children)


def _document_before(doc: Doc, tok: Token, by_token: list[Mention | None]) -> Token | None:
    """The head word of the document mention whose phrase ends right before the comma."""
    word = doc[tok.i - 2]
    for _ in range(len(doc)):
        m = by_token[word.i]
        if m is not None and m.tag == "D":
            head = word
            while head.head is not head and by_token[head.head.i] is m:
                head = head.head
            return head if head.i < tok.i and _outside(head, tok) else None
        if word.dep_ not in _WITHIN or word.head is word or word.head.i >= tok.i:
            return None
        word = word.head
    return None


def _outside(noun: Token, tok: Token) -> bool:
    """Whether ``noun`` is no word of the participle's own clause, nor does it govern the verb."""
    return noun not in tok.subtree and tok not in noun.ancestors
