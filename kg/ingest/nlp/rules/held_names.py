"""Control told inside a land's own name: "Indian-administered Kashmir", "Pakistan-held Kashmir".

The gazetteer keeps such names as aliases of the land (so the words are one mention, and no verb
of the ``controls`` class is left for the grammar to read); the name still says who holds it: a
state or its demonym, a hyphen, and a participle of a ``controls`` verb (data/lexicon/relations.yaml).
"""

from __future__ import annotations

from functools import cache

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.triggers import lemmas_of
from kg.model import Entity


@cache
def _control_verbs() -> frozenset[str]:
    """The verbs of the ``controls`` class that take the land as their object."""
    return lemmas_of(
        "controls", lambda t: not t.noun and dict(t.slots).get("object") == "territory"
    )


def held_in_name(c: Collector, s: Sentence) -> None:
    """One ``controls`` for each land named "<State>-<held> ..." in the sentence."""
    if "«T" not in s.masked.text or s.doc is None:
        return
    p = s.parsed or g.Parsed.of(s.doc, s.span.start, s.masked.mentions)
    doc = p.doc
    for tok in doc[: max(len(doc) - 2, 0)]:
        m = p.mention(tok)
        if m is None or m.tag != "T" or not m.entities or m.how == "anaphor":
            continue
        if tok.i > 0 and p.mention(doc[tok.i - 1]) is m:
            continue  # the name's first word only
        hyphen, verb = doc[tok.i + 1], doc[tok.i + 2]
        if hyphen.text != "-" or p.mention(verb) is not m:
            continue
        if verb.lemma_.lower() not in _control_verbs() or not verb.lower_.endswith(
            ("ed", "d", "n")
        ):
            continue  # "Indian-administered", not "Indo-Pakistani"
        holder = _state(c, tok.text)
        land = m.entities[0]
        if holder is not None and holder.key != land.key:
            c.add("controls", {"state": holder, "territory": land}, s, "held-in-name", 0.7)


def _state(c: Collector, word: str) -> Entity | None:
    """The state a word names or whose demonym it is ("Indian", "Pakistan")."""
    found = c.gz.state_by_name(word)
    if found is not None:
        return found
    key = c.gz.demonyms.get(word.lower())
    return c.gz.get(key) if key else None
