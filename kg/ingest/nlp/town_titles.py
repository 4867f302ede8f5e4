"""A name a town's office is of is a town: "elected mayor of Himare", "Kirkkonummi mayor Pia
Ilvonen", "the mayor of Courmayeur".

The recogniser calls such a name a place at stake or a body, and kg.ingest.nlp.place_titles reads
it only where the title stands on a person. The office is a town's wherever it stands (``town_titles``
of data/lexicon.yaml), so the name it is "of", or that stands before it, is a town, a place, unless
the gazetteer knows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Discourse, Sentence


def _town_title(noun: Token) -> bool:
    return noun.lemma_.lower() in lexicon.load().town_titles


def _of_town(name: Token) -> bool:
    """Whether a name's head word is what a town's office is of: "mayor of X", "X mayor", "X's mayor"."""
    if name.dep_ == "pobj" and name.head.lower_ == "of":
        return _town_title(name.head.head)
    return name.dep_ in ("compound", "poss") and _town_title(name.head)


def retype(disc: Discourse, text: str, s: Sentence) -> None:
    """Make an unknown land or body a town's office is of that town."""
    p = s.parsed
    if p is None:
        return
    out: list[Mention] = []
    changed = False
    for m in s.masked.mentions:
        heads = [t for t in p.tokens if m.start <= p.offset + t.idx < m.end]
        last = heads[-1] if heads else None
        if (
            m.tag not in ("T", "O")
            or m.entity is None
            or disc.gz.get(m.entity.key) is not None
            or last is None
            or last.pos_ != "PROPN"
            or not _of_town(last)
        ):
            out.append(m)
            continue
        name = m.text.removesuffix("'s").strip()
        town = Entity("City", entity_key("City", name), name, ())
        if m.entity in disc.organizations:
            disc.organizations.remove(m.entity)
        if m.tag == "T":  # no land at stake: later mentions are the town too
            disc.unknown_lands.pop(m.entity.key, None)
            disc.last_territories = [x for x in disc.last_territories if x is not m]
        out.append(Mention(m.start, m.end, m.text, "C", town, how="name"))
        changed = True
    if changed:
        s.remask(text, out)
