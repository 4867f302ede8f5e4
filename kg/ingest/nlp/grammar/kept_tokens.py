"""A sentence's tokens, made once and kept with it.

Iterating a spaCy ``Doc`` makes a new ``Token`` object for every word, each time (~0.5 µs a word,
more than most tests a scan then makes of it), and a sentence is scanned word by word about forty
times (the mends, the finders of lands, bodies, documents and people, the rules). A ``Token`` reads
the parse where it stands, so the kept ones see every mend; no mend adds, removes or moves a token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Where the tokens are kept, in ``doc.user_data``.
_KEY = "kg.tokens"


def tokens(doc: Doc) -> list[Token]:
    """The sentence's tokens in order (the same objects on every call: never change the list)."""
    found = doc.user_data.get(_KEY)
    if found is None or len(found) != len(doc):
        found = doc.user_data[_KEY] = list(doc)
    return found
