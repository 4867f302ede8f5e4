"""How long a suspension lasts tells what it answers: "suspended the joint patrols until the post
is removed", "halted the work pending the commission's report". What must happen before it ends
is why it was made, so an "until" clause or a "pending" phrase on the verb is its reason. The
parser often hangs a late "until" clause on the verb of saying above ("said it was suspending the
talks ..., until the forces have gone back"): a clause after the trigger there is the trigger's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.dates import a_time

if TYPE_CHECKING:
    from spacy.tokens import Token

_MARKS = frozenset({"until", "till", "pending"})
#: Heads of an "until" phrase that tell no event: "until further notice", "until then".
_NOT_EVENTS = frozenset({"notice", "now", "then", "further"})


def lasting_until(tok: Token) -> list[Token]:
    """The "until" clause or "pending" phrase that says till when the act at ``tok`` holds."""
    found = _until(tok, tok.i)
    if not found and tok.dep_ == "ccomp" and tok.head != tok:
        found = _until(tok.head, tok.i)  # "said it was suspending X, until ..."
    return found


def _until(verb: Token, after: int) -> list[Token]:
    out = []
    for c in verb.children:
        if c.i <= after:
            continue
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _MARKS for m in c.children):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in _MARKS:
            out.append(c)  # "pending the report"; "until next year" is a time, dropped below
    return [c for c in out if not _a_date(c)]


def _a_date(c: Token) -> bool:
    """ "until 2027", "until further notice", "until March": a time, no reason."""
    objs = [o for o in c.children if o.dep_ == "pobj"]
    return bool(objs) and all(
        a_time(o) or o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _NOT_EVENTS
        for o in objs
    )
