"""Another name of a land, given where it is named: "the Corentyne triangle, known in Suriname as
the Tigri area", "Koro Reef, known locally as Karang Koro", "the Kolvara valley, called Kolvarsko by
Serbs", "the Kolvara valley (Kolvarsko in Serbian)".

News gives a disputed land each side's name; read apart, the two names are two lands, and a fact
told with the second misses the first. The other name is the object of "known as" or "called"
(its participle hangs on the land), of a relative clause of naming on the land or on the noun
in apposition to it ("Situngu, a small island ... that villagers know as Kasika island"), or a
proper name in parentheses in apposition to it; it becomes a mention of the same land, and a
land the gazetteer does not know keeps it as an alias.
A state in that place ("the islets (Serbia)") is no name of the land.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity

#: How a land's mention names it (a reference back, "the islands", is read in kg.ingest.nlp.lands).
_NAMED = frozenset({"name", "alias", "land-noun", "recognised"})
#: Participles that give a land another name ("known as", "called", "named").
_NAMING = frozenset({"know", "call", "name", "dub"})


def called(noun: Token) -> Token | None:
    """The name a noun is given after it ("the tract, known as El Chamizal", "a strip of land
    called Kolvara"): the object of the naming participle that hangs on it."""
    return next((o for c in noun.children if (o := _naming_object(c)) is not None), None)


def _naming_object(c: Token) -> Token | None:
    if c.dep_ == "relcl" and c.lemma_.lower() in _NAMING and _relative_object(c):
        # "an island that people on the Namibian bank know as Kasika island"
        for d in c.children:
            if d.dep_ == "prep" and d.lower_ == "as":
                return next((o for o in d.children if o.dep_ == "pobj"), None)
            if d.dep_ in ("oprd", "attr") or d.dep_ == "dobj" and d.lower_ not in ("that", "which"):
                return d  # "a reef that fishermen call Arrecife Largo"
        return None
    if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _NAMING:
        for d in c.children:
            if d.dep_ == "prep" and d.lower_ == "as":
                return next((o for o in d.children if o.dep_ == "pobj"), None)
            if d.dep_ in ("oprd", "attr", "dobj"):
                return d
    return None


def _relative_object(verb: Token) -> bool:
    """Whether the relative clause's own object is its relative pronoun ("that people know as Y")."""
    return any(d.dep_ == "dobj" and d.lower_ in ("that", "which") for d in verb.children)


def _other_name(land: Token) -> Token | None:
    """The head word of the other name a land is given, or None; also the name a relative clause
    gives the noun in apposition to it ("Situngu, a small island ... that people know as Y")."""
    apposed = [a for a in land.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
    for a in apposed:
        for c in a.children:
            if c.dep_ == "relcl" and (named := _naming_object(c)) is not None:
                return named
    for c in land.children:
        if (named := _naming_object(c)) is not None:
            return named
        if c.dep_ == "appos" and c.i > 0 and land.doc[c.left_edge.i - 1].text == "(":
            return c
    return None


def _name_span(p: Parsed, head: Token, seen: dict[str, Entity]) -> tuple[int, int] | None:
    """Where the other name is written: the span of a mention of a land the gazetteer does not
    know (one it knows is a land of its own), else the proper-name words."""
    m = p.mention(head)
    if m is not None:
        known = m.entity is None or seen.get(m.entity.key) is not m.entity
        return (m.start, m.end) if m.tag == "T" and not known else None
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    first = head
    while first.i > 0 and first.doc[first.i - 1].dep_ == "compound":
        prev = first.doc[first.i - 1]
        if prev.head != head or prev.pos_ != "PROPN" or p.mention(prev) is not None:
            break
        first = prev
    return p.offset + first.idx, p.offset + head.idx + len(head.text)


def relink(p: Parsed, text: str, found: list[Mention], seen: dict[str, Entity]) -> list[Mention]:
    """``found`` with each other name of a land read as a mention of that land; a land of
    ``seen`` (those the gazetteer does not know) takes the name as an alias."""
    out = list(found)
    for tok in p.tokens:
        land = p.mention(tok)
        if land is None or land.tag != "T" or land.entity is None or land.how not in _NAMED:
            continue  # "the islands, known in Japan as the Senkaku": lands.py reads the name
        other = _other_name(tok)
        span = _name_span(p, other, seen) if other is not None else None
        if span is None or land.start <= span[0] < land.end:
            continue
        name = " ".join(text[span[0] : span[1]].split())
        entity = land.entity
        if seen.get(entity.key) is entity and name not in entity.aliases:
            entity = seen[entity.key] = replace(entity, aliases=(*entity.aliases, name))
            out = [replace(m, entity=entity) if m.entity is land.entity else m for m in out]
            seen.setdefault(entity_key("Territory", name), entity)  # "... claims Karang Koro"
        out = [m for m in out if not (m.start < span[1] and span[0] < m.end)]
        out.append(Mention(span[0], span[1], text[span[0] : span[1]], "T", entity, how="alias"))
    return sorted(out, key=lambda m: m.start)


#: A capitalised word right after a name: the name is a word of a longer one.
_LONGER_NAME = re.compile(r"[ \t]+[A-Z][a-z]")


def remembered(text: str, start: int, end: int, seen: dict[str, Entity]) -> list[Mention]:
    """Mentions in ``text[start:end]`` of the lands the gazetteer does not know that this source
    has named before with a cue ("Kuvanza, a hilltop outpost ... Kuvanza belongs to Peru"): read
    there without one, the name would be a person's or a body's."""
    out: list[Mention] = []
    names = {n: e for e in seen.values() for n in (e.label, *e.aliases) if n[:1].isupper()}
    names = {**{n: e for e in seen.values() if (n := _short_plural(e.label))}, **names}
    for name in sorted(names, key=len, reverse=True):
        for at in _whole_words(text[start:end], name):
            s, e = start + at, start + at + len(name)
            if _LONGER_NAME.match(text, e, end):
                continue  # "the Chaco Peace Conference", "the Chaco War": a word of a longer name
            if not any(o.start < e and s < o.end for o in out):
                tag = "C" if names[name].kind == "City" else "T"
                out.append(Mention(s, e, text[s:e], tag, names[name], how="recognised"))
    return out


def _whole_words(text: str, name: str) -> list[int]:
    """Where ``name`` stands in ``text`` as whole words (no word character or hyphen touching it),
    left to right and not overlapping: found by ``str.find``, as a pattern compiled for each name
    of each article would push the fixed patterns of the other modules out of ``re``'s cache (each
    then compiled again, the bodies' and offices' alternations at some cost)."""
    out: list[int] = []
    at = text.find(name)
    while at >= 0 and name:
        end = at + len(name)
        if not _joins(text[at - 1 : at] if at else "") and not _joins(text[end : end + 1]):
            out.append(at)
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return out


def _joins(ch: str) -> bool:
    """Whether a character next to a name makes it part of a longer word (``re``'s ``[\\w-]``)."""
    return bool(ch) and (ch.isalnum() or ch in "_-")


#: The English words that end an island group's name ("the Chafarinas Islands", "the Sapodilla Cayes").
_GROUP_ENDS = frozenset(
    {"Islands", "Isles", "Islets", "Cays", "Cayes", "Keys", "Reefs", "Atolls", "Rocks"}
)


def _short_plural(label: str) -> str | None:
    """ "the Chafarinas" for "the Chafarinas Islands", "the Tortugas" for "the Tortugas Keys":
    news names a group again by its one proper word in the plural, as it does "the Falklands"."""
    words = label.split()
    if len(words) != 2 or words[1] not in _GROUP_ENDS or not words[0][:1].isupper():
        return None
    return words[0] if words[0].endswith("s") else f"{words[0]}s"
