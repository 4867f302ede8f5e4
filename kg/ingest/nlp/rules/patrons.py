"""An aide's state from the one the aide serves: "Hikmet Hajiyev, foreign policy adviser to
President Ilham Aliyev" (or "Aliyev's foreign policy adviser") is Azerbaijan's official, as Aliyev is, whatever states the sentence's
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
    words = {w.lower() for n in (person.label, *person.aliases) for w in n.split()}
    mine = {  # the name's own words: a titled mention takes in its title ("Xi's top aide, Cai Qi")
        t.i
        for m in s.masked.mentions
        if m.entity == person
        for t in p.within(m.start, m.end)
        if t.lower_ in words
    }
    for prep in p.tokens:
        if prep.dep_ != "prep" or prep.lower_ not in _SERVING or not _titles(c, p, prep.head, mine):
            continue
        for obj in prep.children:
            m = p.mention(obj) if obj.dep_ == "pobj" else None
            if m is not None and m.tag == "P" and m.entity is not None and m.entity != person:
                return _served(c, m.entity, resolved)
    for owner in p.tokens:  # "Yunus's press secretary, Shafiqul Alam": the possessor is the patron
        if owner.dep_ != "poss" or owner.i in mine or not _titles(c, p, owner.head, mine):
            continue
        patron = _person(c, p, owner)
        if patron is not None and patron != person:
            return _served(c, patron, resolved)
    return None


def _person(c: Collector, p: Parsed, tok: Token) -> Entity | None:
    """The person a possessor names: its own mention, or a surname the article gave before (the
    aide's titled mention takes in "Yunus's" as the start of the title)."""
    m = p.mention(tok)
    e = m.entity if m is not None and m.tag == "P" else None
    if e is not None and tok.lower_ in {
        w.lower() for n in (e.label, *e.aliases) for w in n.split()
    }:
        return e
    key = c.disc.people.short(tok.text)
    info = c.disc.people.by_key.get(key) if key else None
    return info.entity if info is not None else None


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
    m = p.mention(noun)  # the holder's own titled mention may take in the title
    if noun.i in mine or (m is not None and not any(p.mention(p.doc[i]) is m for i in mine)):
        return False
    if c.gz.office(noun.lemma_.lower()) is None and c.gz.office(noun.lower_) is None:
        return False
    return (
        (noun.dep_ == "appos" and noun.head.i in mine)
        or any(t.dep_ == "appos" and t.head == noun for t in p.tokens if t.i in mine)
        or any(t.dep_ == "appos" and t.i in mine and t.head in noun.subtree for t in p.tokens)
        or (noun.head.i in mine and noun.i < noun.head.i)
    )
