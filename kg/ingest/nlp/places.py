"""Place names the gazetteer does not know, told from people's names by a word of their own.

News names small places no gazetteer lists ("Hunter Cay", "Isla Aves", "Puerto Cortes"). Read as a
run of capitalised words they look like a person's name; a word that only a place name has (a
feature noun such as "Cay" or "Reef", a prefix such as "Isla", "Puerto" or "Wadi", kept as data in
``data/lexicon/places.yaml``) makes the run an island, a group of islands, a town or a piece of
land instead, so the
relation rules can use it as the territory or place it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

_WORD = re.compile(r"\S+")
_PARTICLES = frozenset({"de", "da", "del", "la", "le", "du", "des", "do", "dos"})


@dataclass(frozen=True)
class _Words:
    island_last: frozenset[str]
    island_first: frozenset[str]
    groups: frozenset[str]
    town_first: frozenset[str]
    town_last: frozenset[str]
    land_first: frozenset[str]
    land_last: frozenset[str]
    island_suffixes: tuple[str, ...]
    town_opening: frozenset[
        str
    ]  # only as a run's first word ("El Paso", not "Abdel Fattah El Sisi")
    land_opening: frozenset[str]
    placing_only: frozenset[str]  # prepositions said of places alone ("near", "off")
    from_a_place: frozenset[str]  # "an elder from", "divides ... from": a place follows


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml")
    isl, town = data["islands"], data["settlements"]
    return _Words(
        frozenset(isl["last"]),
        frozenset(isl["first"]),
        frozenset(isl["groups"]),
        frozenset(town["first"]),
        frozenset(town["last"]),
        frozenset(data.get("lands", {}).get("first", ())),
        frozenset(data.get("lands", {}).get("last", ())),
        tuple(str(x) for x in isl.get("suffixes", ())),
        frozenset(town.get("opening", ())),
        frozenset(data.get("lands", {}).get("opening", ())),
        frozenset(data.get("placing_only") or ()),
        frozenset(data.get("from_a_place") or ()),
    )


def place_entity(name: str) -> Entity | None:
    """The island, group of islands or town a capitalised name of two or more words names, by its
    first or last word; None for a name that may be a person's. Keys are the name's own, so the
    same name in any article is the same node."""
    words = name.split()
    w = _words()
    if len(words) == 1 and _romanised_island(name, w):
        return Entity("Island", entity_key("Territory", name), name, ())  # "Uotsuri-shima"
    if len(words) < 2:
        return None
    first, last = words[0], words[-1]
    if last in w.island_last or first in w.island_first:
        group = last in w.groups if last in w.island_last else first in w.groups
        kind = "IslandGroup" if group else "Island"
        return Entity(kind, entity_key("Territory", name), name, ())
    if first in w.town_first or first in w.town_opening or last in w.town_last:
        return Entity("City", entity_key("City", name), name, ())
    if (
        first in w.land_first or first in w.land_opening or last in w.land_last
    ):  # "Bir Lahlou", "Lake Tanganyika", "Jabal Sheikh", "Pangong Lake"
        return Entity("Territory", entity_key("Territory", name), name, ())
    return None


def places_in(run: str, non_name: frozenset[str]) -> list[tuple[int, int, Entity]]:
    """The place names in a run of capitalised words, as (start, end, place) within the run: a
    feature word with the name words before it ("Serranilla Shoal"), or a prefix with the name
    words after it ("Isla Aves", "Puerto Cortes"). Words that are never part of a name
    (``non_name``, "President") end a place name as they end a person's."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(run)]
    w = _words()
    out: list[tuple[int, int, Entity]] = []
    i = 0
    while i < len(words):
        word = words[i][1]
        if _romanised_island(word, w):
            place = place_entity(word)
            if place is not None:
                out.append((words[i][0], words[i][0] + len(word), place))
            i += 1
            continue
        first = i == 0 or not _name_word(words[i - 1][1], non_name)  # "The Rio Grande"
        opening = first and (word in w.town_opening or word in w.land_opening)
        if opening or word in w.island_first or word in w.town_first or word in w.land_first:
            j = i + 1
            while j < len(words) and _name_word(words[j][1], non_name):
                j += 1
            if words[j - 1][1] in _PARTICLES:
                j -= 1
        else:
            last = w.island_last | w.town_last | w.land_last
            if word in last or not _name_word(word, non_name):
                i += 1
                continue
            j = i + 1
            while j < len(words) and words[j][1] not in last and _name_word(words[j][1], non_name):
                j += 1
            if j < len(words) and words[j][1] in last and not _titled(words, i, j, non_name):
                j += 1
            else:
                i += 1
                continue
        start, end = words[i][0], words[j - 1][0] + len(words[j - 1][1])
        place = place_entity(run[start:end])
        if place is not None:
            out.append((start, end, place))
            i = j
        else:
            i += 1
    return out


def _titled(words: list[tuple[int, str]], i: int, j: int, non_name: frozenset[str]) -> bool:
    """Whether a name ending in a land's last word ("Lake") follows a title or an honorific
    ("Ambassador Michael Lake"): a person's surname, which an island's word never is."""
    w = _words()
    return (
        words[j][1] in w.land_last - w.island_last - w.town_last
        and i > 0
        and words[i - 1][1] in non_name - {"The"}
    )


def _romanised_island(word: str, w: _Words) -> bool:
    """ "Uotsuri-shima", "Kita-kojima", "Ulleung-do": a capitalised name whose last part, after a
    hyphen, is in lower case and ends in an island's word (not "Tokyo-Toronto")."""
    last = word.rsplit("-", 1)[-1]
    return (
        "-" in word and word[:1].isupper() and last.islower() and last.endswith(w.island_suffixes)
    )


def _name_word(word: str, non_name: frozenset[str]) -> bool:
    return word in _PARTICLES or (word[:1].isupper() and word not in non_name)


@lru_cache(maxsize=1)
def _event_name() -> re.Pattern[str]:
    nouns = read_yaml(DATA_DIR / "lexicon" / "places.yaml").get("event_names") or []
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})\s+of\s+(?:the\s+)?$")


def in_event_name(text: str, start: int) -> bool:
    """Whether a place name at ``start`` is a word of an event's name ("Bolivia lost Litoral in
    the War of the Pacific": no land of the Pacific's; "the territory" after it is Litoral)."""
    return _event_name().search(text, max(0, start - 40), start) is not None


def after_land_word(text: str, start: int) -> bool:
    """Whether a name at ``start`` follows a word that opens a land's name ("Lake Chad", "Mount
    Lebanon"): the state's or town's name is a word of the land's, read as one by the recogniser."""
    before = text[max(0, start - 12) : start]
    m = re.search(r"(\S+) $", before)
    w = _words()
    return m is not None and (m.group(1) in w.land_first or m.group(1) in w.land_opening)


def placed_by_preposition(name: Token) -> bool:
    """Whether a name's head word (or that of the name it is coordinated with) is the object of a
    preposition said of places alone ("clashed near Ras Kamboni", "dams near Zvornik and Bajina
    Basta"), or of "from" after a noun of people or a verb of parting that comes from places ("a
    tribal elder from Landi Kotal", "divides Huaquillas from Aguas Verdes"): a place, whatever its
    run of capitals looks like."""
    while name.dep_ == "conj" and name.head.pos_ == "PROPN":
        name = name.head
    prep, w = name.head, _words()
    if name.dep_ != "pobj":
        return False
    if prep.lower_ in w.placing_only:
        return True
    head = prep.head  # the noun or verb "from" tells of, up through nouns to the clause's verb
    for _ in range(4 if prep.lower_ == "from" else 0):
        if head.lemma_.lower() in w.from_a_place:
            return True
        if head.pos_ in ("VERB", "AUX") or head.head == head:
            break
        head = head.head
    return False


def placed_body(ent: Span) -> bool:
    """Whether a one-word name the recogniser calls an organisation stands where a town does: the
    object of a preposition said of places alone, or of "in" after a verb ("the delegations met
    in Aosta"), with no article ("in the Knesset", "at the Kremlin": bodies)."""
    head = ent[-1]
    if ent.label_ != "ORG" or len(ent) != 1 or not head.text[:1].isupper():
        return False
    if head.i > 0 and head.doc[head.i - 1].lower_ == "the":
        return False
    prep = head.head
    in_verb = prep.lower_ == "in" and prep.head.pos_ == "VERB"
    return head.dep_ == "pobj" and (in_verb or placed_by_preposition(head))
