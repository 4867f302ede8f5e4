"""Whose office a bare title is, from what the official is reported to say: "Foreign Secretary
Yvette Cooper said Britain still regarded the declaration as binding", "Britain will hold China to
its commitments, Foreign Secretary X said". An official speaks of the state they serve in the
third person, as the subject of the clause they report; the other side is named as an object, in a
"with" or by a demonym. A reading kg.ingest.nlp.rules.people tries where the sentence names more
than one state, so none of them alone says whose the title is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.filed_from import spoke_in
from kg.ingest.nlp.rules.quoted_sides import against_us
from kg.ingest.nlp.triggers import speech_verbs
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How a state may be named as the reported clause's subject: by its name or its capital ("New
#: Delhi did not regard"), never by a demonym or a pronoun.
_NAMED = ("name", "alias", "capital")


def spoken_state(c: Collector, info: PersonInfo, s: Sentence) -> Entity | None:
    """The state of the city the official speaks in ("X told reporters in La Paz that Chile
    had ...": kg.ingest.nlp.rules.filed_from), else the one state named as the subject of the
    clause the official is the subject of a speech verb for ("X said [Britain] still regarded",
    "[Britain] will ..., X said")."""
    if s.doc is None:
        return None
    if (city := spoke_in(c, info, s)) is not None:
        return city
    person = info.entity
    p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
    said = speech_verbs()
    found: dict[str, Entity] = {}
    other_side = against_us(s)
    for m in s.masked.mentions:
        if m.entity != person or (head := _doer(p.within(m.start, m.end))) is None:
            continue
        verb = head.head
        if verb.lemma_.lower() not in said:
            continue
        for clause in _reported(verb, said):
            for doer in (k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")):
                d = p.mention(doer)
                if (
                    d is not None
                    and d.tag == "S"
                    and d.entity is not None
                    and d.entity.kind == "State"
                    and d.how in _NAMED
                    and d.start not in other_side
                ):
                    found[d.entity.key] = d.entity
    return next(iter(found.values())) if len(found) == 1 else None


def _doer(name: list[Token]) -> Token | None:
    """The subject word a name stands as, itself or the title it ends ("Minister of Land Reform
    X", "the spokesman, X,"), if it is one."""
    t = g.head_token(name)
    for _ in range(4):
        if t is None or t.dep_.startswith("nsubj"):
            return t
        if t.dep_ not in _IN_TITLE:
            return None
        t = t.head
    return None


#: How a name hangs on the title before it ("Minister of ... X", "the spokesman, X").
_IN_TITLE = ("pobj", "prep", "compound", "appos", "flat")

#: Modals of an obligation laid on a state: "China must withdraw" is what an official asks of the
#: other side, not the official's own state's stand.
_ASKED = frozenset({"must", "should", "ought"})


def _reported(verb: Token, said: frozenset[str]) -> list[Token]:
    """The clauses a speech verb reports: its complement ("said [that] X would") and those
    coordinated with it, the clause it tags when set after it ("X would ..., he said": the parser
    hangs the verb on that clause), and those of a speech verb added ("..., adding that ..."); never
    an obligation laid on someone ("said China must ...") nor a clause that describes a land."""
    out = [k for k in verb.children if k.dep_ == "ccomp"]
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        out.append(verb.head)
    for k in verb.children:
        if k.dep_ == "advcl" and k.lemma_.lower() in said:
            out += [x for x in k.children if x.dep_ == "ccomp"]
    out += [x for c in out for x in c.conjuncts if x.pos_ in ("VERB", "AUX")]
    return [c for c in out if c.lemma_.lower() not in _THEMED and not _asked(c)]


def asked_states(s: Sentence) -> set[int]:
    """Where a state is named as the subject of an obligation ("China must withdraw", "Russia
    should respect"): what the sentence asks of a side, never whom an official of it serves."""
    if s.doc is None:
        return set()
    p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
    return {
        p.offset + t.idx
        for t in p.doc
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and _asked(t.head)
    }


def _asked(clause: Token) -> bool:
    return any(a.lower_ in _ASKED for a in clause.children if a.dep_ == "aux")


#: Verbs whose subject is a land described, not a state acting ("Somaliland belongs to Somalia",
#: "Kosovo is Serbia"): a copula's or a belonging's subject says nothing of whom the speaker serves.
_THEMED = frozenset({"be", "belong", "remain", "become"})
