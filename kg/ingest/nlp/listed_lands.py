"""Plural land nouns that refer back to lands named one by one: "the two breakaway regions" (the two
last named), and "Bobel Cay, Savanna Cay, Port Royal Cay and South Cay ... The islets, which
Nicaragua also claims" (every land of that list, not the last of them). A plural noun means a list
only where no group is in play: "the Kuril Islands ... Kunashir ... the islands" is the group.

Lands of a list are those named in the sentence before the noun, else in the last sentence that
named any; an island noun ("islets", "cays") takes only islands, from the last sentence that named
an island, so the river, department or sea named in between is no member. Part of the discourse's land resolution
(kg.ingest.nlp.lands)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import phrases as ph
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer
    from kg.ingest.nlp.mentions import Mention
    from kg.model import Entity


@cache
def _island_words() -> frozenset[str]:
    """The last words of island names, lower case and singular ("cay", "islet", "reef")."""
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml")
    groups = {str(w).lower() for w in data["islands"]["groups"]}
    return frozenset(str(w).lower() for w in data["islands"]["last"]) - groups | {"isle"}


def _singular(word: str) -> str:
    words = _island_words()
    return next((f for f in (word, word[:-1], word[:-2]) if f in words), word)


def _island(e: Entity) -> bool:
    """An island by kind or by its name's last word ("South Cay" where the tagger missed it)."""
    last = e.label.split()[-1].lower() if e.label.split() else ""
    return e.kind == "Island" or last in _island_words()


def _unit(noun: str) -> str | None:
    """The unit a plural noun names ("villages": village), if it is one of the plural-only land
    nouns of ``data/lexicon/references.yaml`` ("the provinces", "the counties")."""
    n = ph.nouns()
    lemma = n.forms.get(noun, (noun, False))[0]
    return lemma if lemma in n.plural_only else None


def _other_unit(e: Entity, unit: str | None) -> bool:
    """Whether a land is named as a unit of another kind than the noun's ("the villages" after
    "Kalubamba and Kibanga in Zambia's Kaputa district": no district is one of the villages)."""
    last = e.label.split()[-1].lower() if e.label.split() else ""
    return unit is not None and last != unit and last in ph.nouns().plural_only


def is_group(gz: Gazetteer, e: Entity) -> bool:
    """A land a plural noun may mean as one: a group by kind, by the gazetteer's parts or by a
    plural name ("the Shebaa Farms", "the Golan Heights")."""
    last = e.label.split()[-1] if e.label.split() else ""
    return (
        e.kind == "IslandGroup"
        or bool(gz.parts.get(e.key))
        or (last[:1].isupper() and last.endswith("s") and not last.endswith("ss"))
    )


def _told(named: list[tuple[int, Entity]], current: list[Mention]) -> tuple[Entity, ...]:
    """The lands of the sentence (before the noun), else of the last sentence that named any."""
    here = tuple(dict.fromkeys(e for m in current for e in m.entities))
    if here or not named:
        return here
    last = named[-1][0]
    return tuple(dict.fromkeys(e for i, e in named if i == last))


def latest(
    gz: Gazetteer, named: list[tuple[int, Entity]], current: list[Mention], count: int, noun: str
) -> tuple[Entity, ...]:
    """ "the two breakaway regions": the last ``count`` lands, when the sentence (or, failing
    that, the last sentence naming any) named that many (a pair reaches no further back); for an
    island noun, that many islands among them ("Addu, Huvadhu and Fuvahmulah ... proclaimed the
    Suvadive Republic. ... the three atolls")."""
    told = _told(named, current)
    if len(told) > count:  # "A and B, two of the four islands": not the whole they are of
        told = tuple(e for e in told if not set(gz.parts.get(e.key, ())) & {t.key for t in told})
    if len(told) > count and _singular(noun) in _island_words():  # ("the Habomai group" counts)
        told = tuple(
            e for e in told if (_island(e) or e.kind == "IslandGroup") and e.key not in gz.waters
        )
    return told if len(told) == count else ()


def listed(
    gz: Gazetteer, named: list[tuple[int, Entity]], current: list[Mention], noun: str
) -> tuple[Entity, ...]:
    """ "the islets", "the territories" (no count): the two or more lands last listed (for an
    island noun, the islands of the last sentence that named any); none where a group is among
    them."""
    island = _singular(noun) in _island_words()
    unit = _unit(noun)

    def fit(e: Entity) -> bool:
        return e.key not in gz.waters and (not island or _island(e)) and not _other_unit(e, unit)

    told = [e for e in dict.fromkeys(e for m in current for e in m.entities) if fit(e)]
    for i in sorted({i for i, _ in named}, reverse=True) if len(told) < 2 else ():
        told = [e for e in dict.fromkeys(e for j, e in named if j == i) if fit(e)]
        if told or not island:
            break
    if len(told) < 2 or any(is_group(gz, e) for e in told):
        return ()
    return tuple(told)
