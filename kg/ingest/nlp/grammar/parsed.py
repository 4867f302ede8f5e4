"""One sentence's parse, and which mention each token belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.misreads import mend_names_read_as_verbs
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
            mend_names_read_as_verbs(doc, by_token)
        return cls(doc, offset, by_token)

    def mention(self, tok: Token) -> Mention | None:
        return self.by_token[tok.i]

    def span(self, toks: list[Token]) -> tuple[int, int]:
        """Article offsets of the text the tokens cover."""
        first, last = min(t.i for t in toks), max(t.i for t in toks)
        start = self.doc[first].idx
        end = self.doc[last].idx + len(self.doc[last].text)
        return self.offset + start, self.offset + end
