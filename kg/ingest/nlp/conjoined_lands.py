"""Names guessed to be a person or a body that the text coordinates with a land: "the larger
Bubiyan island and Failaka", "between Jeju Island and Japan's Kyushu", "Socotra, Abd al-Kuri and
Samhah".

A one-word or foreign name has no word of its own that tells a place from a person, and the
recogniser often calls an island or a district a person or an organisation. News lists things of
one kind together: a name joined by "and" or a comma to a land that a word of its own, the
gazetteer or the grammar made a land is a land too, unless a title, an honorific or a body's word
says otherwise. A state is no such cue ("Kuwait and the Arab League" join a state and a body).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import land_roles
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.places import place_entity
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Discourse, Sentence

#: The kinds of land whose conjunct is land of the same kind; a group's conjunct is one land.
_KINDS = {"Island": "Island", "IslandGroup": "Territory", "Territory": "Territory"}


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that say a name is a person's or a body's (``not_lands`` of data/lexicon/places.yaml)."""
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml").get("not_lands") or {}
    return frozenset(str(w) for k in ("honorifics", "bodies") for w in data.get(k, ()))


def _guessed(disc: Discourse, m: Mention) -> bool:
    """A person or a body read from capitalised words alone, unknown to the gazetteer and untitled."""
    if m.entity is None or disc.gz.get(m.entity.key) is not None or m.office is not None:
        return False
    if m.tag == "P" and _full_name(m.text):
        return False  # "Crimea and John Smith": a given name and a surname are a person's
    return (m.tag == "P" and m.how in ("name", "recognised")) or (
        m.tag == "O" and m.how == "recognised"
    )


def _full_name(text: str) -> bool:
    """Two or more plain capitalised words, as a person's given name and surname are written (not
    "Abd al-Kuri", whose article joins it, nor one word)."""
    words = text.split()
    return len(words) > 1 and all(
        w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words
    )


def _root(p: Parsed, m: Mention) -> Token | None:
    """The mention's head word: the one whose head lies outside it."""
    inside = [t for t in p.tokens if m.start <= p.offset + t.idx < m.end]
    return next((t for t in inside if t.head not in inside or t.head is t), None)


def _land_kind(p: Parsed, m: Mention) -> str | None:
    """The kind of land a conjunct of the mention's head names, or None for none."""
    root = _root(p, m)
    return _conjoined(p, root, m.text, m) if root is not None else None


def _conjoined(p: Parsed, root: Token, text: str, m: Mention | None = None) -> str | None:
    """The kind of land a conjunct of a name's head word names, unless a word says it is none."""
    if root.pos_ != "PROPN":
        return None
    words = text.replace("'s", " ").split()
    if any(w.strip(".,") in _not_names() for w in words):
        return None
    before = p.doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
    if before is not None and before.text.rstrip(".") in _not_names():
        return None  # "Mr Failaka"
    listed = (root, *root.conjuncts)
    if not any(c.dep_ == "cc" for x in listed for c in x.children):
        return None  # "at Fakaofo, the General Fono, ...": commas alone misparsed as a list
    for c in root.conjuncts:
        other = p.mention(c)
        if other is not None and other is not m and other.tag == "T" and other.entity is not None:
            kind = _KINDS.get(other.entity.kind)
            if kind is not None:
                return kind
    return None


def relabel(disc: Discourse, text: str, s: Sentence) -> None:
    """Make each guessed person or body coordinated with a land in the sentence that land's kind."""
    p = s.parsed
    if p is None:
        return
    out: list[Mention] = []
    changed = False
    for m in s.masked.mentions:
        kind = _land_kind(p, m) if _guessed(disc, m) else None
        if kind is None or m.entity is None:
            out.append(m)
            continue
        if m.tag == "P":
            disc.people.forget(m.entity.key)
        elif m.entity in disc.organizations:
            disc.organizations.remove(m.entity)
        name = m.text.removesuffix("'s").strip()
        place = place_entity(name)
        key = entity_key("Territory", name)
        entity = (
            place
            if place is not None and place.kind != "City"
            else disc.unknown_lands.setdefault(key, Entity(kind, key, name, ()))
        )
        land = Mention(m.start, m.end, m.text, "T", entity, how="land-role")
        disc.last_territories.append(land)
        disc.named_lands.append((s.index, entity))
        out.append(land)
        changed = True
    for t in p.tokens:  # a name no reader took: "between Jeju Island and Japan's Benkai"
        if t.dep_ != "conj" or p.mention(t) is not None or not t.text[:1].isupper():
            continue
        span = land_roles.name_span(t)
        if any(p.mention(w) is not None for w in span) or _full_name(span.text):
            continue
        kind = _conjoined(p, t, span.text)
        if kind is None:
            continue
        start, end = p.offset + span.start_char, p.offset + span.end_char
        key = entity_key("Territory", span.text)
        entity = disc.unknown_lands.setdefault(key, Entity(kind, key, span.text, ()))
        out.append(Mention(start, end, text[start:end], "T", entity, how="land-role"))
        disc.last_territories.append(out[-1])
        disc.named_lands.append((s.index, entity))
        changed = True
    if changed:
        s.remask(text, sorted(out, key=lambda x: x.start))
