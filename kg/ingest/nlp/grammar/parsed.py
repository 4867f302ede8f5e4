"""One sentence's parse, and which mention each token belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.ingest.nlp.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Parsed:
    """One sentence's parse, and which mention each token belongs to."""

    doc: Doc
    offset: int  # where the sentence starts in the article
    by_token: list[Mention | None]

    @classmethod
    def of(cls, doc: Doc, offset: int, mentions: list[Mention]) -> Parsed:
        by_token: list[Mention | None] = [None] * len(doc)
        if mentions:  # each token's place read once (a Token object is made on every access)
            places = [(offset + tok.idx, len(tok.text)) for tok in doc]
            for m in mentions:
                for i, (start, size) in enumerate(places):
                    if m.start <= start < m.end or (start <= m.start < start + size):
                        by_token[i] = m
            _mend_names_read_as_verbs(doc, by_token)
        return cls(doc, offset, by_token)

    def mention(self, tok: Token) -> Mention | None:
        return self.by_token[tok.i]

    def span(self, toks: list[Token]) -> tuple[int, int]:
        """Article offsets of the text the tokens cover."""
        first, last = min(t.i for t in toks), max(t.i for t in toks)
        start = self.doc[first].idx
        end = self.doc[last].idx + len(self.doc[last].text)
        return self.offset + start, self.offset + end


def _mend_names_read_as_verbs(doc: Doc, by_token: list[Mention | None]) -> None:
    """ "the return of Shikotan and the Habomai islets to Japan", with "islets" tagged a verb and
    hung as a conjunct of the clause: a word of a name is no verb; after "and" it is a conjunct of
    the noun that "and" hangs on. The parse is mended in place (the same each time)."""
    for tok in doc:
        m = by_token[tok.i]
        if m is None or tok.pos_ != "VERB" or tok.dep_ != "conj":
            continue
        first = next(i for i, x in enumerate(by_token) if x is m)
        while first > 0 and doc[first - 1].pos_ == "DET":  # "and the Habomai islets"
            first -= 1
        cc = doc[first - 1] if first > 0 else None
        if cc is None or cc.dep_ != "cc" or by_token[cc.head.i] is m or tok.is_ancestor(cc.head):
            continue
        tok.head, tok.pos_ = cc.head, "NOUN"
