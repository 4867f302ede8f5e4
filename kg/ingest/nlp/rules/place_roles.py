"""The words of a local office's role name its place: "Migori Governor X" holds the role
"governor of Migori", "the mayor of Sulina, X" the role "mayor of Sulina" (issue 12, offices57).

A region's head (a governor, an intendant, a chief minister) holds an office of the state the
region belongs to where the gazetteer or the article says which (:func:`regional_state`); a
mayor, a city's governor and a head of a region placed nowhere hold the place's government's
(kg.ingest.nlp.rules.common.government_of). Which offices are a place's is data (``of: place``
and ``reported: state`` in data/gazetteer/offices.yaml)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.gazetteer_index import Gazetteer
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.common import Collector, government_of
from kg.model import Entity

#: The kinds of land a local office is of.
_LOCAL = frozenset({"City", "Territory", "Island", "IslandGroup"})


def placed_role(c: Collector, info: PersonInfo) -> str | None:
    """The role's words with the place the title names, for a place's office; None for any
    other office, or where the words name the place already."""
    land = info.of
    if land is None or land.kind not in _LOCAL or info.office not in c.gz.place_offices:
        return None
    return _with_place(info.words or info.office or "", land)


def _with_place(words: str, land: Entity) -> str | None:
    """``words`` and "of" the place ("governor of Hokkaido"), unless they name it."""
    if any(n.lower() in words.lower() for n in (land.label, *land.aliases)):
        return None
    return f"{words} of {land.label}"


#: The kinds of land whose head can hold an office of a state (a city's governor is the city's).
_REGIONS = frozenset({"Territory", "Island", "IslandGroup"})


def regional_state(c: Collector, info: PersonInfo, sentences: list[Sentence]) -> Entity | None:
    """The state a region's head holds an office of ("the governor of the Tumbes region" is
    Peru's), for an office read so (``reported: state`` in data/gazetteer/offices.yaml): the
    gazetteer's holder of the region, else the one state the article places it in ("Tajikistan's
    Sughd region", "the Brazilian state of Amapa"); None where neither says, for a city, and for
    a land the gazetteer knows a government of ("the Chief Minister of Gibraltar")."""
    land = info.of
    if land is None or land.kind not in _REGIONS or info.office not in c.gz.state_offices:
        return None
    if c.gz.get(government_of(land).key) is not None:
        return None
    key = c.gz.holder.get(land.key)
    state = (c.gz.get(key) if key else None) or placed_state(c.gz, land, sentences)
    return state if state is not None and state.kind == "State" else None


def placed_state(gz: Gazetteer, land: Entity, sentences: list[Sentence]) -> Entity | None:
    """The one state the article places ``land`` in by its words: a possessor ("Russia's Amur
    Region", "the intendant of Uruguay's Artigas department"), or a demonym on the name's noun or
    on the noun ``land`` is "of" ("the Brazilian state of Amapa", "the Spanish town of La
    Linea"). The name's words are looked for in the parse, since a title's land is inside the
    titled person's mention."""
    words = land.label.split()
    found: dict[str, Entity] = {}
    for s in sentences:
        if s.doc is None or land.label not in s.doc.text:
            continue
        p = s.parsed or Parsed.of(s.doc, s.span.start, s.masked.mentions)
        for head in (t for t in s.doc if t.text == words[-1]):
            first = head.i - len(words) + 1
            if first < 0 or [t.text for t in s.doc[first : head.i + 1]] != words:
                continue
            for state in _placing(gz, p, head):
                found[state.key] = state
    return next(iter(found.values())) if len(found) == 1 else None


def _placing(gz: Gazetteer, p: Parsed, head: Token) -> list[Entity]:
    """The states a possessor or a demonym on ``head`` (or on the noun it is "of") names, by its
    mention or, inside a titled person's mention, by its words (not a capital's: the dateline's
    city is no owner)."""
    near = [t for t in head.children if t.dep_ in ("amod", "compound", "poss")]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        near += [t for t in head.head.head.children if t.dep_ in ("amod", "compound", "poss")]
    out = []
    for t in near:
        m = p.mention(t)
        if m is not None and m.tag == "S" and m.entity and m.entity.kind == "State":
            out.append(m.entity)
        elif m is None or m.tag == "P":
            text = "".join(w.text_with_ws for w in t.subtree if w.dep_ != "case").strip()
            out += [
                f.entity
                for f in gz.lookup(text)
                if f.entity.kind == "State" and f.how in ("name", "alias", "demonym")
            ]
    return out
