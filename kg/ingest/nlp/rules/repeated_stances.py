"""One rejection told twice is one fact: "Colombia rejected a decree ... 'Colombia does not
recognise this decree'", "El Salvador, which has never recognised the treaty, rejected it",
"a unilateral act that Morocco does not recognize and will never accept". A later rejection by the
same state whose thing is only a reference back to one it already rejected ("this decree", "the
treaty", "it") adds no stance of its own: it is more evidence for the first, which takes any
claimant or land the later telling names."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.model import Entity

if TYPE_CHECKING:
    from kg.ingest.nlp.rules.common import Collector
    from kg.model import Fact

#: Words that open a reference back to a thing told before.
_BACK = frozenset({"the", "this", "that", "these", "those", "such"})
#: Pronouns for a thing told before.
_PRONOUNS = frozenset({"it", "them"})
#: The roles a later telling may add to the first.
_ADDED = ("claimant", "territory")


def merge(c: Collector) -> None:
    """Fold each rejection that only refers back to an earlier one of its state into that one."""
    kept: list[Fact] = []
    for f in list(c.facts):
        if f.rel != "rejectsClaim" or f.negated:
            continue
        first = next((k for k in kept if _same(k, f)), None)
        if first is None:
            kept.append(f)
            continue
        keep, drop = (f, first) if _pronoun(first) and not _pronoun(f) else (first, f)
        merged = replace(
            keep, args={**{r: drop.args[r] for r in _ADDED if r in drop.args}, **keep.args}
        )
        c.facts[c.facts.index(first)] = merged  # "rejected it" read before its relative clause
        c.facts.remove(f)
        kept[kept.index(first)] = merged
        c.again.append(replace(drop, args=merged.args))


def _same(first: Fact, later: Fact) -> bool:
    """``later`` tells ``first``'s rejection again: the same state, no other claimant or land, and
    a thing that is a reference back to ``first``'s (in the same sentence, or a pronoun in the next
    one at most: "rejected it")."""
    if _key(first.args.get("state")) != _key(later.args.get("state")):
        return False
    for role in _ADDED:
        a, b = first.args.get(role), later.args.get(role)
        if a is not None and b is not None and _key(a) != _key(b):
            return False
    was, now = _words(first.args.get("what")), _words(later.args.get("what"))
    if not was or not now:
        return False
    if _pronoun(later) or _pronoun(first):
        return first.evidence.start == later.evidence.start or (
            0 <= later.evidence.start - first.evidence.end < 400
        )
    if first.evidence.start == later.evidence.start and _head(was) == _head(now):
        return True  # two verbs of one sentence on one thing: "does not recognize and will never accept"
    return now[0] in _BACK and len(now) <= 3 and _head(now) in was


def _pronoun(f: Fact) -> bool:
    words = _words(f.args.get("what"))
    return len(words) == 1 and words[0] in _PRONOUNS


def _key(value: object) -> object:
    return value.key if isinstance(value, Entity) else value


def _words(value: object) -> list[str]:
    """The words of a thing's text, lower case, without what an earlier telling adds in brackets
    ("this protest (a protest by Morocco over ...)": rules/told_things.py); none for no text."""
    if not isinstance(value, str):
        return []
    value = value.split(" (", 1)[0] if value.endswith(")") else value
    return [w.strip(".,;:\"'()").lower() for w in value.split()[:12] if w.strip(".,;:\"'()")]


def _head(words: list[str]) -> str:
    """The noun that heads a short phrase: the last word before a relative, a "that", an "of"
    or a "to" that opens what follows it ("a decree in which ...", "a unilateral act that ...")."""
    for i, w in enumerate(words):
        if i and w in ("that", "which", "who", "in", "of", "to", "by", "under", ","):
            return words[i - 1]
    return words[-1]
