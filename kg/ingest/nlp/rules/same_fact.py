"""When two readings are one fact: the same roles compared by key and words, a reading that says
all another says and more, one without its date or with a coarser date ("2025" of "2025-05-22").

Split from kg.ingest.nlp.rules.common, whose Collector keeps the richer reading of a fact told
twice and records the other as told again.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.model import Entity, Fact


def told_again_in(
    facts: list[Fact], rel: str, args: Mapping[str, object], negated: bool
) -> Fact | None:
    """The fact recorded before that says what ``args`` say and its date."""
    return next(
        (f for f in facts if f.rel == rel and f.negated == negated and undated(args, f.args)),
        None,
    )


#: Roles an event may be told without, and still be the same event told again: its date, and what
#: a protest was over ("summoned the Japanese envoy to protest" ... "South Korea strongly protests
#: the claims Japan has made": one protest). A telling without both is the same event too: "Japan
#: has protested to North Korea after ... on Monday ... dismissed Tokyo's protest", "Mudavadi, who
#: summoned the envoy, described the raid as ..." after "Kenya has lodged a formal protest with
#: Uganda after ...": a bare reference to the protest of the same two states, not another one.
_DETAILS = frozenset({"date", "subject"})


def undated(poor: Mapping[str, object], rich: Mapping[str, object]) -> bool:
    """Whether ``poor`` is ``rich`` without its details (its date, what a protest was over), or
    with a coarser date: the same event told again ("a French decree of 2026 ... The decree,
    published on March 2, 2026")."""
    if coarser(poor, rich):
        return True
    extra = set(rich) - set(poor)
    return bool(extra) and extra <= _DETAILS and within(poor, rich)


def within(poor: Mapping[str, object], rich: Mapping[str, object]) -> bool:
    """Whether ``rich`` says all ``poor`` says, and more."""
    return len(poor) < len(rich) and all(
        k in rich and token(v) == token(rich[k]) for k, v in poor.items()
    )


#: Relations whose two readings in one sentence, each with a role the other lacks and none that
#: differs, are one event: "passed a law on March 21 declaring X a state of Y" (the law from the
#: participle, the date from the noun "state").
JOINED = ("incorporates",)


def apart(a: Mapping[str, object], b: Mapping[str, object]) -> bool:
    """Whether ``a`` and ``b`` agree on every role both give, and each gives one the other lacks."""
    return (
        bool(a.keys() - b.keys())
        and bool(b.keys() - a.keys())
        and all(token(v) == token(b[k]) for k, v in a.items() if k in b)
    )


def coarser(poor: Mapping[str, object], rich: Mapping[str, object]) -> bool:
    """Whether ``poor`` is ``rich`` with a coarser date ("2025" of "2025-05-22")."""
    a, b = poor.get("date"), rich.get("date")
    return (
        isinstance(a, str)
        and isinstance(b, str)
        and a != b
        and b.startswith(a)
        and poor.keys() == rich.keys()
        and all(token(v) == token(rich[k]) for k, v in poor.items() if k != "date")
    )


def token(v: object) -> object:
    if isinstance(v, Entity):
        return v.key
    if isinstance(v, tuple):
        return tuple(sorted(str(token(x)) for x in v))
    return " ".join(str(v).lower().split())
