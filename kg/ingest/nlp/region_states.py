"""The state a region is in: one mechanism for every reader that needs it (a region's head's
office, the state a region's official speaks for, a local body running land).

Read in this order: a possessor or a demonym on the region's name in the parse ("Russia's Amur
Region", "the Brazilian state of Amapa", "the Spanish town of La Linea"), which must name one
state (a capital never does: the dateline's city is no owner), else the state
data/gazetteer/regions.yaml lists the region under ("Migori Governor X": news names a county's
state no more than a city's). The part-of facts the article read were a second way to the same
answer (place_titles.region_state, for an official's speaking state and a local body's land);
asked for a region's head's office too they placed "Burgenland has remained Austria's easternmost
province" and "Argentina's Chubut province" whose governors the gold reads as the provinces' own
(h263, h359), so the parse alone answers. The gazetteer's holder of a known disputed land is the
callers' to weigh."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar import Parsed
from kg.model import Entity
from kg.paths import GAZETTEER_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.gazetteer import Gazetteer
    from kg.ingest.nlp.discourse import Sentence


def region_state(gz: Gazetteer, land: Entity, sentences: Sequence[Sentence] = ()) -> Entity | None:
    """The one state the article places ``land`` in by its words, else the one the gazetteer lists
    it under; None where none says (or the article names several)."""
    return placed_state(gz, land, sentences) or _listed(gz, land)


#: The kind words a region's name carries in news, dropped to match the listed name.
_KINDS = re.compile(
    r"\b(?:region|province|county|state|prefecture|district|department|oblast|krai|governorate|"
    r"regency|municipality)$"
)


def _bare(name: str) -> str:
    name = re.sub(r"^the\s+", "", " ".join(name.lower().split()))
    return _KINDS.sub("", name).strip(" ,")


@cache
def _regions() -> dict[str, str]:
    """Each listed region's bare names -> the state's name (data/gazetteer/regions.yaml)."""
    out: dict[str, str] = {}
    for row in read_yaml(GAZETTEER_DIR / "regions.yaml") or []:
        for name in (row["name"], *row.get("aliases", ())):
            out[_bare(str(name))] = str(row["state"])
    return out


def _listed(gz: Gazetteer, land: Entity) -> Entity | None:
    """The state the gazetteer lists a region under, by any of the land's names."""
    for name in (land.label, *land.aliases):
        state = _regions().get(_bare(name))
        if state:
            return gz.state_by_name(state)
    return None


def placed_state(gz: Gazetteer, land: Entity, sentences: Sequence[Sentence]) -> Entity | None:
    """The one state a possessor or a demonym on ``land``'s name places it in. The name's words
    are looked for in the parse, since a title's land is inside the titled person's mention."""
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
    mention or, inside a titled person's mention, by its words (not a capital's)."""
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
