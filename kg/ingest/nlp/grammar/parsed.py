"""One sentence's parse, and which mention each token belongs to."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import IDX, LENGTH

from kg.ingest.nlp.grammar.kept_tokens import tokens
from kg.ingest.nlp.grammar.mending import mend, quiet
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
        """Each token's mention: the last of ``mentions`` in which the token starts, or that
        starts inside the token. Tokens are read as one array, not one ``Token`` object each (a
        sentence is matched to its mentions several times, and the objects were a tenth of
        extraction's time); tokens are in order and never overlap, so each mention's tokens are
        found by bisection. Where the mends left the parse as it was for the same mentions, the
        answer kept then is given again (a sentence is matched to one list of mentions by each
        finder of lands and bodies in turn)."""
        by_token: list[Mention | None] = [None] * len(doc)
        if mentions and len(doc):
            key = (offset, *((id(m), m.start, m.end, m.tag) for m in mentions))
            settled = doc.user_data.setdefault(_SETTLED, {})
            found = settled.get(key)
            if found is not None and found[1] is quiet(doc):
                return cls(doc, offset, list(found[2]))
            starts, sizes = _places(doc)
            for m in mentions:
                first, last = m.start - offset, m.end - offset
                for i in range(bisect_left(starts, first), bisect_left(starts, last)):
                    by_token[i] = m  # the token starts inside the mention
                i = bisect_right(starts, first) - 1
                if i >= 0 and first < starts[i] + sizes[i]:
                    by_token[i] = m  # the mention starts inside the token
            if mend(doc, by_token):  # (the mentions kept too, so no id is reused)
                settled[key] = (tuple(mentions), quiet(doc), tuple(by_token))
        return cls(doc, offset, by_token)

    def mention(self, tok: Token) -> Mention | None:
        return self.by_token[tok.i]

    @property
    def tokens(self) -> list[Token]:
        """The sentence's tokens in order, made once (kg.ingest.nlp.grammar.kept_tokens)."""
        return tokens(self.doc)

    def name_end(self, tok: Token) -> Token:
        """The last word of the name ``tok`` heads ("memorandum of understanding", "terms of
        reference"), where the phrases said of the whole name hang; ``tok`` where it ends it."""
        m = self.by_token[tok.i]
        if m is None:
            return tok
        return max((t for t in tok.subtree if self.by_token[t.i] is m), key=lambda t: t.i)

    def having(self, attr: int, *values: str) -> list[Token]:
        """The tokens whose ``attr`` (a spaCy attribute id: ``TAG``, ``POS``, ``DEP``) is one of
        ``values``, in order: a scan for a few tokens makes a ``Token`` object for those alone."""
        strings = self.doc.vocab.strings
        wanted = {strings[v] for v in values}
        column = self.doc.to_array([attr]).tolist()
        return [self.doc[i] for i, value in enumerate(column) if value in wanted]

    def within(self, start: int, end: int) -> list[Token]:
        """The tokens that start in the article span [start, end) (:func:`tokens_within`)."""
        return tokens_within(self.doc, self.offset, start, end)

    def span(self, toks: list[Token]) -> tuple[int, int]:
        """Article offsets of the text the tokens cover."""
        first, last = min(t.i for t in toks), max(t.i for t in toks)
        start = self.doc[first].idx
        end = self.doc[last].idx + len(self.doc[last].text)
        return self.offset + start, self.offset + end


def head_token(tokens: list[Token]) -> Token | None:
    """The token of a name (or any phrase's tokens) the rest hangs on: the one whose head is outside
    them, or the root; None for no tokens."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head == t), None)


def tokens_within(doc: Doc, offset: int, start: int, end: int) -> list[Token]:
    """The tokens of ``doc`` (a sentence at ``offset`` in the article) that start in the article
    span [start, end), in order: found by bisection on the token offsets, since a scan of the
    whole sentence makes a ``Token`` object for every word, for each mention looked at."""
    starts = _places(doc)[0]
    first = bisect_left(starts, start - offset)
    return [doc[i] for i in range(first, bisect_left(starts, end - offset, first))]


def _places(doc: Doc) -> tuple[list[int], list[int]]:
    """Where each token starts in the sentence, and its length: read once a sentence and kept with
    it (``doc.user_data``), as a sentence is matched to its mentions about eight times and no mend
    moves a token."""
    found = doc.user_data.get(_PLACES)
    if found is None:
        places = doc.to_array([IDX, LENGTH])
        found = doc.user_data[_PLACES] = (places[:, 0].tolist(), places[:, 1].tolist())
    return found


_PLACES = "kg.places"
#: A sentence's mentions -> the tokens' mentions, where the mends left the parse as it was.
_SETTLED = "kg.settled"
