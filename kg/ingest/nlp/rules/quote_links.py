"""How a speech verb stands to a quotation: linked by the parse (the quotation holds the verb's
complement, or the verb hangs in the quotation), or beside it with only punctuation between.

Split from kg.ingest.nlp.rules.speech, which finds the quotations and their tags and records the
statements; which verb tags which quotation, and how near, is this module's reading of the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens
from kg.ingest.nlp.rules.tag_phrases import tag_words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Where a speech verb's complement hangs: the clause (or words) it says.
_HOLDS = frozenset({"ccomp", "parataxis", "xcomp", "dobj", "oprd", "conj", "advcl", "dep"})
#: How a tag hangs in the clause it reports ('"...," Lavrov said', "according to X").
_HANGS = frozenset({"parataxis", "ccomp", "advcl", "conj", "prep", "npadvmod", "dep"})


def link(tok: Token, here: set[int], quoted: set[int]) -> int | None:
    """How the speech verb ``tok`` stands to the quotation's tokens ``here``: 0 where the parse
    links them (the quotation holds its complement, or the verb hangs in the quotation), the words
    between them where only punctuation separates the verb's phrase from the quotation, None
    where the sentence says more than the quotation and its tag (a quoted phrase in one's own
    words is no quotation)."""

    def all_quoted(toks) -> bool:  # a clause's "that" may stand before its quotation mark
        return all(t.i in quoted or t.is_punct or t.dep_ == "mark" for t in toks)

    for ch in tok.children:  # the quotation is (part of) a complement all in quotation marks
        # '"Not one inch," he said': hung on the mark
        holds = ch.dep_ in _HOLDS or mark(ch) or _second_subject(tok, ch, quoted)
        if holds and here & {t.i for t in ch.subtree} and all_quoted(ch.subtree):
            return 0
        if ch.dep_ == "dobj" and _read_out(ch, here, quoted):
            return 0  # 'read out a statement: "..."': the text read is the quotation
    own = tag_words(tok, here)  # the verb and its speaker, wherever the parser hung it
    if tok.dep_ in _HANGS:  # the tag hangs in a clause all in quotation marks, the quotation's
        rest = [t for t in tok.head.subtree if t.i not in own]
        if here & {t.i for t in rest} and all_quoted(rest):
            return 0
    doc = tok.doc
    if own & here or not all_quoted(t for t in tokens(doc) if t.i not in own):
        return None  # 'said the islands "have been ours"': a phrase quoted in reported speech
    first, last = min(here), max(here)
    before = next((t for t in reversed(doc[:first]) if not t.is_punct), None)
    after = next((t for t in doc[last + 1 :] if not t.is_punct), None)
    near = [t for t in (before, after) if t is not None and t.i in own]
    return min(abs(t.i - tok.i) for t in near) + 1 if near else None


def _read_out(text: Token, here: set[int], quoted: set[int]) -> bool:
    """Whether the quotation is what a text read out says, set after it and a colon ('read out a
    statement: "..."', the quoted clause a modifier of the text's noun)."""
    after = [t for t in text.subtree if t.i > text.i]
    return (
        bool(after)
        and after[0].text == ":"
        and all(text.doc[i].is_punct for i in here - {t.i for t in after})
        and all(t.i in quoted or t.is_punct for t in after)
    )


def _second_subject(verb: Token, ch: Token, quoted: set[int]) -> bool:
    """'"Our claim to the islands," Kono told the session, "remains ..."', parsed with the quoted
    noun phrase a second subject of "told": a verb has one subject, so the quoted one is the
    quotation's beginning, hung on the tag by the parser."""
    return (
        ch.dep_ == "nsubj"
        and ch.i in quoted
        and any(x.dep_ == "nsubj" and x.i not in quoted and x != ch for x in verb.children)
    )


def mark(t: Token) -> bool:
    """Whether the token is a double quotation mark."""
    return t.text in ('"', "“", "”")
