"""A state named by the combining form of its name, joined by a hyphen to another state's name:
"the 1884 Anglo-German agreement", "the Franco-Siamese treaty of 1907", "Sino-Indian talks".

News names a bilateral treaty, war or commission by its parties' pair, and the first of the pair
is often a combining form no list of names or demonyms holds ("Anglo", "Franco", "Sino"). Left
unread, the pair is one state and "the Anglo-German agreement" names no document at all. A
combining form alone names no state ("General Franco", "the Indo-Pacific"): only a hyphen and a
state's mention right after it (or another combining form joined so) make it one. The forms are
data (``data/lexicon/places.yaml``, ``combining_forms``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.mentions import Mention
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def _forms() -> tuple[re.Pattern[str], dict[str, str]]:
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml").get("combining_forms") or {}
    names = {str(k): str(v) for k, v in data.items()}
    alternation = "|".join(sorted(map(re.escape, names), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alternation})(?=\s*[-–]\s*\w)"), names


def find(gz: Gazetteer, text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """State mentions of the combining forms in ``text[start:end]`` that a hyphen joins to a
    state's mention, or to another such form that is joined so in turn ("Anglo-Franco-German")."""
    pattern, names = _forms()
    hits = [m for m in pattern.finditer(text, start, end) if not _covered(m.start(), found)]
    if not hits:
        return []
    out: list[Mention] = []
    for m in reversed(hits):  # right to left: a form joined to a form joined to a state
        after = re.match(r"\s*[-–]\s*", text[m.end() :])
        nxt = m.end() + (after.end() if after else 0)
        if not any(x.start == nxt and x.tag == "S" for x in (*found, *out)):
            continue
        state = _state(gz, names[m.group()])
        if state is not None:
            out.append(Mention(m.start(), m.end(), m.group(), "S", state, how="demonym"))
    return out[::-1]


def state_of_form(gz: Gazetteer, word: str) -> Entity | None:
    """The state a combining form stands for ("Anglo": the United Kingdom), where ``word`` is one
    (the caller has seen the hyphen that joins it to another state's name)."""
    name = _forms()[1].get(word)
    return _state(gz, name) if name is not None else None


def _covered(at: int, found: list[Mention]) -> bool:
    return any(x.start <= at < x.end for x in found)


def _state(gz: Gazetteer, name: str) -> Entity | None:
    return next((r.entity for r in gz.lookup(name) if r.entity.kind == "State"), None)
