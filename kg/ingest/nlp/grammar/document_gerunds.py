"""A present participle right after a document and its time that the parser hung on the clause's
verb: "Venezuela's parliament passed a law in 2024 declaring the area a Venezuelan state", "the
assembly enshrined it in an organic law in 2024 declaring Essequibo part of Venezuela". With no
time between ("passed a law declaring ..."), the parser makes the participle the document's own
(``acl``); a time phrase between ("in 2024", "on Monday", "last year") makes it an adverbial
clause of the verb, so what the document declares, creates or cedes is read as the parliament's
act, and the document is lost. A present participle with no subject or auxiliary of its own, with
no comma before it ("..., saying" is the clause's), right after a phrase headed by a document's
mention and time phrases only, describes that document: it is mended into the document noun's
participle clause. Mended in place (kg.ingest.nlp.grammar.mending)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.ingest.nlp.mentions import Mention

_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark"})
#: How the document hangs on the participle's verb: its object, or the object of its preposition
#: ("enshrined it in a law", "approved under a decree").
_DOC_DEPS = frozenset({"dobj", "obj", "pobj"})
#: Prepositions of a time phrase between the document and the participle ("in 2024", "on Monday",
#: "in December 2023"; "last year" is a noun phrase of its own).
_TIME_PREPS = frozenset({"in", "on", "at", "during"})


def mend_document_gerunds(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend a document's present participle, hung on the clause's verb past a time phrase, into
    the document's own."""
    for tok in tokens(doc):
        if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i < 3:
            continue
        if doc[tok.i - 1].is_punct or any(ch.dep_ in _OWN for ch in tok.children):
            continue
        if _reports_speech(tok):
            continue
        verb = tok.head
        if verb.i > tok.i:
            continue
        noun = _document_before(doc, tok, verb, by_token)
        if noun is not None:
            tok.head, tok.dep_ = noun, "acl"


def _document_before(
    doc: Doc, tok: Token, verb: Token, by_token: list[Mention | None]
) -> Token | None:
    """The head word of the document mention the verb governs, whose phrase is followed by time
    phrases of the verb alone up to the participle."""
    between = [c for c in verb.children if c.i < tok.i and c.right_edge.i == tok.i - 1]
    if len(between) != 1 or not _time(between[0]):
        return None
    start = between[0].left_edge.i
    for c in verb.children:  # the time phrases run back to the document's phrase
        if c.i < start and c.right_edge.i == start - 1 and _time(c):
            start = c.left_edge.i
    word = doc[start - 1] if start else None
    if word is None:
        return None
    m = by_token[word.i]
    if m is None or m.tag != "D":
        return None
    head = word
    while head.head != head and by_token[head.head.i] is m:
        head = head.head
    if head.dep_ not in _DOC_DEPS or head.right_edge.i != start - 1:
        return None
    owner = head.head if head.dep_ != "pobj" else head.head.head
    return head if owner == verb else None


def _reports_speech(tok: Token) -> bool:
    """ "issued a statement on Monday saying the border was settled": a saying verb with a reported
    clause (a verb heads it) is the speaker's words, read by the speech rules from the clause's
    subject; "declaring Essequibo part of Venezuela" (a small clause, a noun heads it) is the
    document's."""
    from kg.ingest.nlp.triggers import speech_verbs  # late: the grammar package loads first

    return tok.lemma_ in speech_verbs() and any(
        c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in tok.children
    )


def _time(phrase: Token) -> bool:
    """Whether a phrase of the verb says only when: "in 2024", "on Monday", "last year"."""
    from kg.ingest.nlp.dates import a_time  # late: the grammar package loads first

    if phrase.dep_ == "npadvmod":
        return a_time(phrase)
    if phrase.dep_ != "prep" or phrase.lower_ not in _TIME_PREPS:
        return False
    objs = [o for o in phrase.children if o.dep_ == "pobj"]
    return len(objs) == 1 and a_time(objs[0]) and len(list(phrase.children)) == 1
