"""Checks of a trigger against the words the parse gives it (its ``object_lemmas``, ``object_not``
and ``subject_not``, an object that names another act, an infinitive asked of another): kept apart
from rules/checks.py, which checks a fact's arguments once they are filled."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases
from kg.ingest.nlp.grammar.mood import words as mood_words
from kg.ingest.nlp.rules.handovers import court_words
from kg.ingest.nlp.triggers import Relation, Trigger, load
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.grammar import Parsed


def object_is_an_act(p: Parsed, rel: Relation, trig: Trigger, objs: list[Token]) -> bool:
    """Whether a verb of a stance on land (control, claim) has for object a noun of another
    relation's trigger class
    ("took their dispute over X to the court", "seized on the claim to X"): the land named in that
    noun's phrase is what the noun is about, not what the verb acts on."""
    slots = dict(trig.slots)
    if trig.noun or rel.roles.get(slots.get("object", ""), frozenset()) != {"T"}:
        return False
    if trig.object_lemmas:
        return False  # the trigger names the act it takes ("demanded the return of X" claims X)
    if len(rel.roles) != 2:
        return False  # a stance of a state on land only: a handover's noun names its own act
    return any(
        o.pos_ == "NOUN"
        and o.lemma_.lower() in _act_nouns(rel.name)
        and p.mention(o) is None  # "the Barima district" names the land
        for o in objs
    )


@cache
def _act_nouns(own: str) -> frozenset[str]:
    """The nouns of the other trigger classes (dispute, claim, talks, treaty ...): "retook
    possession of X" is control told with its own class's noun."""
    own_nouns = {lemma for r in load() if r.name == own for t in r.triggers for lemma in t.lemmas}
    n = phrases.nouns()  # "Russian-held territory", "claims a large part of X's territory"
    lands = n.lands.nouns | n.region.nouns | n.shares
    return (
        frozenset(lemma for r in load() for t in r.triggers if t.noun for lemma in t.lemmas)
        - own_nouns
        - lands
    )


def object_preps(rel: Relation, tok: Token, trig: Trigger) -> list[Token]:
    """The objects of the prepositions that may carry what a verb with ``object_lemmas`` acts on:
    "withdrew from the treaty", "asked for talks", and the phrase that is the trigger's own text
    role ("agreed to a Peruvian request for joint patrols": the request is what was agreed to)."""
    words = ["from", "out", "of", "for"]
    words += [
        slot[5:]
        for slot, role in trig.slots
        if slot.startswith("prep_") and rel.roles.get(role) == {"text"} and slot[5:] not in words
    ]
    return [x for w in words for x in g.preps(tok, w)]


def object_lemma(heads: list[Token], trig: Trigger) -> bool:
    """Whether one of ``heads`` is a noun of the trigger's ``object_lemmas`` ("suspended the
    talks"; not "martial law" for "law"), or a named person's title or apposition is ("summoned
    Ambassador Yun Duk-min", "summoned Hirohisa Soma, a senior official at the embassy")."""
    titled = [
        x
        for h in heads
        if h.pos_ == "PROPN" or h.ent_type_ == "PERSON" or h.tag_ == "NN" and h.text[:1].isupper()
        for x in h.children
        if x.dep_ in ("compound", "appos") and x.i != h.i
    ]
    return any(
        h.lemma_.lower() in trig.object_lemmas
        and not any(m.lower_ in trig.modifiers_not for m in h.children)  # "martial law"
        for h in (*heads, *titled)
    )


def asked_of_another(tok: Token) -> bool:
    """ "China urged Japan to honour the communique", "we expect Helsinki to honour it": an
    infinitive that one asks or expects of another (the governing verb's object, or the
    infinitive's own subject) is a demand, not its doer's adherence ("wants to honour" is)."""
    return bool(_asked(tok))


def _asked(tok: Token) -> list[Token]:
    """The ones an infinitive at ``tok`` is asked or expected of: the governing verb's object or
    the object of its "on"/"to" ("called on China to abide by the award", "appealed to Beijing to
    respect it"), or the infinitive's own subject; none where it is no such infinitive."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or head is tok:
        return []
    w = mood_words()
    if head.lemma_.lower() not in (*w.irrealis, *w.proposing):
        return []
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
        return []
    return [
        *(
            o
            for ch in head.children
            if ch.dep_ == "prep" and ch.lower_ in ("on", "upon", "to") and ch.i < tok.i
            for o in ch.children
            if o.dep_ == "pobj"
        ),
        *(ch for ch in head.children if ch.dep_ == "dobj"),
        *(ch for ch in tok.children if ch.dep_ == "nsubj"),
    ]


def asked_of_court(p: Parsed, tok: Token) -> bool:
    """ "Guyana urged the International Court of Justice to uphold the 1899 award", "has asked
    the court to uphold it": what a side asks a court to uphold is a document it holds valid, so
    the asker adheres to it (not "urged Japan to honour it": a demand of another state)."""
    courts = court_words()
    for x in _asked(tok):
        if x.lemma_.lower() in courts:
            return True
        m = p.mention(x)
        if m is not None and any(set(e.label.lower().split()) & courts for e in m.entities):
            return True
    return False


def object_left_out(p: Parsed, trig: Trigger, objs: list[Token]) -> bool:
    """Whether an object is one the trigger's ``object_not`` leaves out: a mention of a kind, a
    land noun ("the islands of A, B and C") where lands are, a noun ("denied Japanese fishermen
    access": withheld), or, for ``to-clause``, an object the verb gives an act of its own to do
    ("the accord binds both sides to accept the award": an obligation, not their adherence)."""
    if not trig.object_not:
        return False
    for o in objs:
        if "to-clause" in trig.object_not and any(
            x.dep_ == "xcomp" and x.i > o.i for x in o.head.children
        ):
            return True
        m = p.mention(o)
        if m is not None and m.tag in trig.object_not:
            return True
        if "T" in trig.object_not and o.lemma_.lower() in phrases.nouns().lands.nouns:
            return True
        if o.lemma_.lower() in trig.object_not:
            return True
    return False


def subject_left_out(tok: Token, trig: Trigger) -> bool:
    """Whether the trigger's subject is a noun its ``subject_not`` rules out as its doer ("the new
    line gives Montenegro 8,000 hectares", "boundaries which would give it the island": a line
    allots land, no state hands it over)."""
    return bool(trig.subject_not) and any(
        x.lemma_.lower() in trig.subject_not for x in g.subjects(tok)
    )


def document_left_out(trig: Trigger, objs: list[Token], filled: dict) -> bool:
    """Whether a pronoun object stands for a document of a kind the trigger's ``object_not``
    leaves out ("Morocco's parliament approved it", the convention: ratified, not issued), or
    the document a noun trigger's phrase names is ("acted in accordance with the law": a
    country's own law, no instrument it is party to)."""
    if not trig.object_not or not (trig.noun or any(o.pos_ == "PRON" for o in objs)):
        return False
    return any(
        isinstance(doc, Entity)
        and {w for n in (doc.label, *doc.aliases) for w in n.lower().split()} & trig.object_not
        for doc in filled.get("document", ())
    )
