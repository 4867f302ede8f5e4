"""What a document pronoun stands for: "it" where only a document fits (the document role of a
relation), read from the sentence and the one before it.

"The award is binding, and we will never abandon it": the one document named before it in its
sentence. "The treaty ended the clashes. It bars both sides from ...": a subject "it" opening the
main clause is the document the sentence before was about. "The tribunal issued its award in 2016.
Manila will never abandon it.": an object "it" in a sentence naming no document is the one
document the sentence before named. None where two documents could be meant. "They", "those" and
"these" stand so for a document named in the plural ("the Torrijos-Carter treaties. They were
signed ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Pronouns that stand for a document named in the plural, where only a document fits.
PLURAL_DOCUMENT_PRONOUNS = frozenset({"they", "them", "those", "these"})


def plural_name(doc: Entity) -> bool:
    """Whether a document is named in the plural ("the 1977 treaties", "the Camp David Accords")."""
    last = doc.label.split(" of ")[0].split()[-1].lower() if doc.label.split() else ""
    return last in ("memoranda", "annexes") or last.endswith("s") and not last.endswith("ss")


def told_as_documents(p: g.Parsed, tok: Token) -> bool:
    """Whether the sentence called a document "the documents" before ``tok``: "The new documents
    must be ratified before they take effect" ("they" is what it means, whatever its name)."""
    return any(
        x.lower_ == "documents" and (m := p.mention(x)) is not None and m.tag == "D"
        for x in tok.doc[: tok.i]
    )


def document_it(c: Collector, s: Sentence, p: g.Parsed, tok: Token) -> list[Entity]:
    """The document "it" at ``tok`` stands for (none or one)."""
    return _document_before(p, tok) or _document_topic(c, s, tok) or _document_named(c, s, p, tok)


def only_document_it(c: Collector, s: Sentence, p: g.Parsed, tok: Token) -> list[Entity]:
    """The document "it" stands for where only a document can be meant, whatever its place in
    the clause ("Both governments say it remains in force": a state is in no force): as
    :func:`document_it`, else the document the sentence before was about, else the one it named."""
    if tok.lower_ != "it":
        return []
    found = document_it(c, s, p, tok)
    if found:
        return found
    topic, (index, named) = c.document_topic, c.documents_named
    if topic is not None and topic[0] == s.index - 1:
        return [topic[1]]
    return [named[0]] if index == s.index - 1 and len(named) == 1 else []


def _document_before(p: g.Parsed, tok: Token) -> list[Entity]:
    """The one document the sentence names before "it" (none where it names two)."""
    named = {
        m.entity.key: m.entity
        for x in tok.doc[: tok.i]
        if (m := p.mention(x)) is not None and m.tag == "D" and m.entity is not None
    }
    return list(named.values()) if len(named) == 1 else []


def _document_topic(c: Collector, s: Sentence, tok: Token) -> list[Entity]:
    """ "The treaty ended the clashes. It bars both sides from ...": a subject "it" that opens a
    sentence is the document the sentence before was about (its main subject)."""
    topic = c.document_topic
    if topic is None or topic[0] != s.index - 1 or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = tok.head
    while verb.dep_ == "conj" and verb.head != verb:  # "It ended ... and bars ..."
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head.i > verb.i and tok.i == tok.sent.start:
        return [topic[1]]  # "It will enter into force only after ..., officials said": a tag after
    return [topic[1]] if verb.dep_ == "ROOT" else []  # not "Yemen says it bars ...": a view


def _document_named(c: Collector, s: Sentence, p: g.Parsed, tok: Token) -> list[Entity]:
    """ "The tribunal issued its award in 2016. Manila will never abandon it.": an object "it" in a
    sentence that names no document before it is the one document the sentence before named; so
    is a subject "It" that opens the sentence where only a document can stand ("They signed the
    accord. It will enter into force once ...")."""
    index, named = c.documents_named
    opens = tok.dep_ in ("nsubj", "nsubjpass") and tok.i == tok.sent.start  # "It will enter ..."
    if index != s.index - 1 or len(named) != 1 or not (tok.dep_ in ("dobj", "pobj") or opens):
        return []
    if any((m := p.mention(x)) is not None and m.tag == "D" for x in tok.doc[: tok.i]):
        return []
    return [named[0]]


def document_does(c: Collector, s: Sentence, p: g.Parsed, tok: Token) -> bool:
    """Whether a subject "it" stands for a document, so for no state or body: "The accord was
    signed by A and B, and it recognised C" (the subject of the clause it is conjoined to is a
    document, or an "it" opening the sentence after one that named a document), "The treaty
    ended the war. It recognised C" (the document the sentence before was about); a possessive
    "its" on what a document subject acts on is the document's ("obliges its parties to ...")."""
    if tok.lower_ == "its" and tok.dep_ == "poss":
        return _own_subject_document(p, tok)
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    first = verb.head  # its grammatical subject, not a passive's agent ("signed by A and B")
    subjects = [x for x in first.children if x.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "conj" and any(
        (m := p.mention(x)) is not None
        and m.tag == "D"
        or x.lower_ == "it"
        and bool(_document_named(c, s, p, x))  # "It was signed ... and it recognised C"
        for x in subjects
    ):
        return True
    return bool(_document_topic(c, s, tok))


def _own_subject_document(p: g.Parsed, tok: Token) -> bool:
    """ "The convention obliges its parties to notify ...", "the treaty binds its signatories": a
    possessive "its" on what the verb acts on, where that verb's subject is a document, is the
    document's (its parties are no one state of the article)."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return any(
        (m := p.mention(x)) is not None and m.tag == "D"
        for x in verb.children
        if x.dep_ == "nsubj" and x.i < tok.i
    )
