"""An official whose title names no state, acting at home: "Prime Minister Imran Khan presented
the map at a ceremony in Islamabad", "Prime Minister Andrej Plenkovic said after a cabinet session
in Zagreb". A capital in the official's own clause says whom the official serves, unless the
article has the official meet someone or act with another ("held talks with his Serbian counterpart
... at a conference in Skopje", "signed in Ottawa by X and Canada's minister Y"): talks are held
abroad as often as at home. Only a capital (a town says less), only
in the clause the official does (not a clause reported or a relative clause), and never the
dateline's city (kg.ingest.nlp.rules.filed_from reads that, last)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed, head_token
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.office_sides import met_by
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Clauses of the official's verb that tell of another scene or another doer.
_OTHER_CLAUSES = frozenset({"ccomp", "relcl", "xcomp", "acl", "parataxis"})


def capital_state(c: Collector, s: Sentence, person: Entity) -> Entity | None:
    """The one state whose capital the clause ``person`` is the subject of is set in."""
    if s.doc is None or _meets(c, person):
        return None
    p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
    own = [t for t in p.tokens if (m := p.mention(t)) is not None and m.entity == person]
    head = head_token(own)
    if head is None or any(k.dep_ == "conj" for k in head.children):
        return None  # "signed in Ottawa by Secretary of State X and Canada's minister Y": together
    if head.dep_ != "nsubj":
        return None  # a passive's agent ("signed in Moscow by X") signs abroad as often as at home
    verb = head.head
    found = set()
    for t in _clause(verb):
        m = p.mention(t) if t.dep_ == "pobj" and t.head.lower_ == "in" else None
        if m is not None and m.tag == "C" and m.entity is not None:
            if (key := c.gz.capitals.get(m.entity.key)) is not None:
                found.add(key)
    return c.gz.get(found.pop()) if len(found) == 1 else None


def _meets(c: Collector, person: Entity) -> bool:
    """Whether the article has ``person`` meet a host, a guest or a counterpart."""
    paired = c.disc.counterparts
    return bool(met_by(c, person)) or person.key in paired or person.key in paired.values()


def _clause(verb: Token) -> list[Token]:
    """The verb's own words: its subtree without the clauses it reports or that describe a noun."""
    out, todo = [], [verb]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(k for k in t.children if k.dep_ not in _OTHER_CLAUSES)
    return out
