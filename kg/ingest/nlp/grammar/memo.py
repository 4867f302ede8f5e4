"""A token's grammatical roles, read once while the parse stands.

The rules ask for the same verb's subjects and objects again and again (each trigger, each slot,
each relation of a trigger: ~18 asks a sentence, ~10 % of extraction's CPU), and each ask walks the
parse through the passive, relative clauses and the parser's misreadings anew. The answer reads
the parse alone, which changes only through ``grammar.mending.mend``; so it is kept with the
sentence (``doc.user_data``) from the first mend on, and dropped whenever a mend changes the parse.
While the mends run, nothing is kept (a mend may ask mid-change)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Where the answers are kept, in ``doc.user_data``; absent while nothing may be kept.
_KEY = "kg.memo"
_NONE = object()
_T = TypeVar("_T")


def kept(fn: Callable[..., _T]) -> Callable[..., _T]:
    """``fn``, a reading of the parse at one token (and words, hashable), answered once a token
    while the parse stands; a list comes back as a new list each time (callers may extend it)."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def run(t: Token, *args: Any) -> Any:
        memo = t.doc.user_data.get(_KEY)
        if memo is None:
            return fn(t, *args)
        key = (name, t.i, *args)
        found = memo.get(key, _NONE)
        if found is _NONE:
            found = fn(t, *args)
            memo[key] = tuple(found) if isinstance(found, list) else found
            return found
        return list(found) if isinstance(found, tuple) else found

    return run


def hold(doc: Doc) -> dict | None:
    """Stop keeping answers (a mend is about to run); the answers kept so far."""
    return doc.user_data.pop(_KEY, None)


def resume(doc: Doc, memo: dict | None) -> None:
    """Keep answers again: ``memo`` where the parse stayed as it was, else none yet."""
    doc.user_data[_KEY] = {} if memo is None else memo
