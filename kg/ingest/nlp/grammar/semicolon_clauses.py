"""Two clauses set side by side with a semicolon that the parser read as one: "Guyana has asked
the court to uphold the 1899 award; Venezuela does not recognize the court's jurisdiction". The
parser hangs the first clause on the second verb as its complement (``ccomp``), as if Venezuela
did not recognize that Guyana asked, so the first clause's own facts were read as the second's
content (here lost under its negation). A verb with a subject of its own, ended by a semicolon
before the verb it hangs on, tells its own clause: it heads the sentence and the second clause is
its conjunct. Reports on both sides of the semicolon are mended by
kg.ingest.nlp.grammar.speech_misreads (mend_reports_joined_by_semicolons); a verb of saying after
the semicolon ("...; the minister said") is left to the speech readings. The parse is mended in place
(kg.ingest.nlp.grammar.mending)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def mend_clauses_joined_by_semicolons(doc: Doc) -> None:
    """Mend, in place, a clause ended by a semicolon that the parser hung on the next clause's
    verb into the sentence's head, that verb its conjunct."""
    from kg.ingest.nlp.triggers import speech_verbs  # the statement class, loaded on first use

    said_words = speech_verbs()
    for tok in tokens(doc):
        head = tok.head
        if tok.dep_ != "ccomp" or head.dep_ != "ROOT" or head.i < tok.i or tok.pos_ != "VERB":
            continue
        if head.lemma_.lower() in said_words:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        marks = [t for t in doc[tok.right_edge.i + 1 : head.i] if t.text == ";"]
        if not marks or any(t.text == ";" for t in doc[tok.left_edge.i : tok.right_edge.i]):
            continue
        raise_first_clause(tok, head, marks)
        return


def raise_first_clause(tok: Token, head: Token, marks: list[Token]) -> None:
    """Make the clause before a semicolon the sentence's head and the verb it hung on its
    conjunct, the semicolons its own (shared with the speech mend of two reports)."""
    tok.head, tok.dep_ = tok, "ROOT"
    head.head, head.dep_ = tok, "conj"
    for t in marks:
        t.head = tok
