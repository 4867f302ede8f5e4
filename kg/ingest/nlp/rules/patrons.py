"""An aide's state from the one the aide serves: "Hikmet Hajiyev, foreign policy adviser to
President Ilham Aliyev" is Azerbaijan's official, as Aliyev is, whatever states the sentence's
reported clause names ("... said Armenia must change its constitution").

The title's "to"/"for" phrase names the patron (a person); the patron's state is what the text or
the gazetteer says that person serves.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.rules.common import Collector
from kg.model import Entity

#: Prepositions that name whom a title's holder serves ("adviser to", "spokesman for").
_SERVING = frozenset({"to", "for"})


def patron_state(
    c: Collector, s: Sentence, person: Entity, resolved: dict[str, Entity]
) -> Entity | None:
    """The state of the person whom ``person``'s title says they serve, if the sentence says so."""
    p = s.parsed
    if p is None:
        return None
    mine = {t.i for m in s.masked.mentions if m.entity == person for t in p.within(m.start, m.end)}
    for prep in p.doc:
        if prep.dep_ != "prep" or prep.lower_ not in _SERVING or not _titles(c, p, prep.head, mine):
            continue
        for obj in prep.children:
            m = p.mention(obj) if obj.dep_ == "pobj" else None
            if m is not None and m.tag == "P" and m.entity is not None and m.entity != person:
                return _served(c, m.entity, resolved)
    return None


def _served(c: Collector, patron: Entity, resolved: dict[str, Entity]) -> Entity | None:
    """The state the patron serves: as the text titles them, as found before, or as the gazetteer
    knows them."""
    info = c.disc.people.by_key.get(patron.key)
    if info is not None and info.of is not None:
        return info.of
    return resolved.get(patron.key) or c.gz.get(c.gz.serves.get(patron.key, ""))


def _titles(c: Collector, p: Parsed, noun: Token, mine: set[int]) -> bool:
    """Whether ``noun`` is an office title of the person whose tokens are ``mine`` (in
    apposition either way, or hung on the name before it)."""
    if noun.i in mine or p.mention(noun) is not None:
        return False
    if c.gz.office(noun.lemma_.lower()) is None and c.gz.office(noun.lower_) is None:
        return False
    return (
        (noun.dep_ == "appos" and noun.head.i in mine)
        or any(t.dep_ == "appos" and t.head == noun for t in p.doc if t.i in mine)
        or any(t.dep_ == "appos" and t.i in mine and t.head in noun.subtree for t in p.doc)
        or (noun.head.i in mine and noun.i < noun.head.i)
    )
