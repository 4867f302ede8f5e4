"""What prompted an act, told by an adverbial clause: "lodged a protest after Medvedev visited
Kunashir", "protested to both governments when the pact was signed". Where two verbs share one
subject ("lodged a protest with Turkey and asked the Council to intervene after the authorities
reopened the resort"), the parser hangs a closing clause on the last of them, though it tells
what prompted both: it counts for the first verb too, unless that verb has an occasion of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The subordinators of a clause that tells what prompted an act.
_MARKS = frozenset({"after", "because", "following", "since"})


def occasions(host: Token) -> list[Token]:
    """The clauses telling what prompted ``host``'s act: its own, else those closing a verb
    coordinated with it (or that verb's infinitive) that has no subject of its own."""
    own = [ch for ch in host.children if _occasion(ch)]
    if own:
        return own
    shared = [
        v
        for conj in host.children
        if conj.dep_ == "conj"
        and conj.pos_ == "VERB"
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in conj.children)
        for v in (conj, *(x for x in conj.children if x.dep_ == "xcomp"))
    ]
    return [ch for v in shared for ch in v.children if _occasion(ch)]


def _occasion(ch: Token) -> bool:
    """An adverbial clause opened by "after", "because" ... or by "when" ("when the pact was
    signed")."""
    if ch.dep_ != "advcl":
        return False
    return any(
        m.dep_ == "mark"
        and m.lower_ in _MARKS
        or m.dep_ == "advmod"
        and m.lower_ == "when"
        and m.i < ch.i
        for m in ch.children
    )
