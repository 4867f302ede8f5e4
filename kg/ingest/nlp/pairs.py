"""Group words that name the two states an article has in play: "the two countries", "both
governments", "the neighbours", "the pair", "each side" (data/lexicon/references.yaml, ``pairs``). News names
the parties of an accord, a meeting or a dispute collectively far more often than by name."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.phrases import plural as _plural
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml


def _words(items: list[str]) -> str:
    """An alternation of the phrases, spaces matching any run of whitespace, longest first."""
    return "|".join(
        r"\s+".join(re.escape(w) for w in x.split()) for x in sorted(items, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def pattern() -> re.Pattern[str]:
    """The group phrases as one case-blind pattern (a possessive "'s" included in the match)."""
    refs = read_yaml(DATA_DIR / "lexicon" / "references.yaml")
    data = refs["pairs"]
    lands = [_plural(str(n)) for n in refs["lands"]["nouns"]]  # "the two features": land
    counted, not_counted = _words(data["counted"]), _words([*data["not_counted"], *lands])
    each = rf"(?:{_words(data['each'])})\s+(?:{_words(data['single'])})"
    return re.compile(
        # "both Pacific nations", "both South American neighbours": a region's name between
        rf"\b(?:(?:the\s+two|both)\s+(?-i:[A-Z][\w'’-]*\s+){{0,2}}(?:{counted})"
        rf"|the\s+two(?!\s+(?:\w+\s+){{0,2}}(?:{not_counted})\b)"
        rf"|(?:{_words(data['alone'])}|{each})(?!\s+of\b))(?:['’]s?)?(?=\W)",
        re.I,
    )


def may_hold(low: str) -> bool:
    """Whether a lower-cased text may hold a group phrase (a cheap test before the pattern)."""
    return any(w in low for w in _GATE)


#: Words one of the group phrases holds ("the two", "both", "the working group", "the joint ...").
_GATE = ("two", "both", "pair", "neighbo", "rival", "each", "either", "working", "joint", "mixed")


def in_play(counts: Counter, order: list[Entity], named: tuple[Entity, ...] = ()) -> list[Entity]:
    """The two states the article has in play: its two most named, in order of first mention;
    where a third is named as often as the second, the two ``named`` last as a pair, else none
    (no way to tell which two)."""
    top = counts.most_common(3)
    if len(top) < 2:  # "Ecuador, Peru sign peace deal" over "The two neighbours signed ...
        return list(named) if named and all(k in {e.key for e in named} for k in counts) else []
    if len(top) == 3 and top[2][1] == top[1][1]:
        return list(named) if all(counts[e.key] >= top[1][1] for e in named) else []
    keys = {k for k, _ in top[:2]}
    return [s for s in order if s.key in keys]


def named_pair(text: str, found: list[Mention], headline: bool = False) -> tuple[Entity, ...]:
    """Two states a sentence names as a pair ("Eritrea and Djibouti"), not the last two of a
    list ("Chile, Peru and Bolivia"); the last such pair, or none. A headline that names two
    states only may join them with a comma ("Ecuador, Peru sign peace deal")."""
    states = sorted(
        (m for m in found if m.tag == "S" and m.entity is not None and m.how == "name"),
        key=lambda m: m.start,
    )
    out: tuple[Entity, ...] = ()
    for i, (a, b) in enumerate(zip(states, states[1:], strict=False)):
        listed = i > 0 and text[states[i - 1].end : a.start].strip() == ","
        joint = ("and", ",") if headline and len(states) == 2 else ("and",)
        if not listed and text[a.end : b.start].strip() in joint and a.entity != b.entity:
            out = (a.entity, b.entity)  # type: ignore[assignment]
    return out
