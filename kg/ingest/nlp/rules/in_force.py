"""A document's own entry into force made to wait on a condition: "The treaty will enter into force
only after it has been ratified by the parliaments of both countries", "It takes effect once both
congresses approve it", "The accord must be ratified by both congresses before it takes effect".

Read from the parse (the ``conditionedOn`` trigger classes of data/lexicon/relations.yaml with
``reader: in_force``): the document is the subject of the verb of coming into force ("it" the
document told before); the condition is the clause a condition marker opens on that verb
(grammar/mood.py's markers), or, where the verb is itself the clause of "before", the obligation
it waits on ("must be ratified ... before it takes effect"). What is conditioned is the entry into
force. A condition told as past ("entered into force after both ratified it") is a date, not a
condition. A document that promises a handover takes the condition into that promise (FORMAT.md:
one ``promisesHandover`` with its condition, not a ``conditionedOn``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.condition_clauses import text_of, trimmed
from kg.ingest.nlp.rules.slots import fill
from kg.ingest.nlp.triggers import Relation, Trigger
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Markers of a clause that the coming into force waits for ("before" only from the other side:
#: "must be ratified before it takes effect").
_WAIT = frozenset({"before"})
#: The dependents of the verb of coming into force that are not the words of what comes in force.
_NOT_WHAT = frozenset({"nsubj", "nsubjpass", "advcl", "punct", "cc", "conj", "mark", "npadvmod"})


def in_force(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """One ``conditionedOn`` (or a promise's condition) for the document that comes into force
    at ``tok`` on a condition."""
    if trig.object_lemmas and not any(
        o.lemma_.lower() in trig.object_lemmas for o in g.objects(tok)
    ):
        return  # "take effect", not "take steps"
    if _told_as_past(tok):
        return
    condition = _condition(tok)
    if condition is None:
        return
    filled = fill(c, s, p, tok, rel, trig, frozenset({"document"})) or _it_document(c, tok)
    if not filled:
        return
    what = text_of(trimmed([t for t in _what_words(tok)]))
    cond = text_of(condition)
    if not what or not cond:
        return
    rule = f"{trig.rule}:in-force"
    for doc in filled["document"]:
        if not isinstance(doc, Entity) or _promised(c, doc, cond):
            continue
        if any(
            f.args.get("document") == doc and f.args.get("condition") == cond
            for f in c.of("conditionedOn")
        ):
            continue  # told already by the document's own words ("states that ... once")
        c.add(
            "conditionedOn",
            {"document": doc, "what": what, "condition": cond},
            s,
            rule,
            trig.confidence,
        )


def _it_document(c: Collector, tok: Token) -> dict[str, list[Entity]] | None:
    """ "Under the accord, each side must ... It will enter into force once ...": only a document
    comes into force, so a subject "it" is the document the article told last."""
    subj = [ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")]
    known = c.disc.documents
    if len(subj) != 1 or subj[0].lower_ != "it" or not known:
        return None
    return {"document": [known[-1]]}


def _told_as_past(tok: Token) -> bool:
    """ "entered into force after both had ratified it", "has taken effect": done, not waited for."""
    return tok.tag_ == "VBD" or g.perfect(tok, past=True)


def _condition(tok: Token) -> list[Token] | None:
    """The words of the condition: a clause a marker opens on the verb itself ("once it has been
    ratified"), without the marker and "only"; or the clause "before" hangs the verb on, where
    that clause is an obligation ("must be ratified by both congresses before it takes effect")."""
    for marker, clause in g.conditions(tok):
        if clause is None or clause.head != tok:
            continue
        words = [t for t in clause.subtree if t.i > marker.i and t != marker]
        words = trimmed(words)
        if words:
            return words
    if tok.dep_ != "advcl" or not any(
        ch.dep_ == "mark" and ch.lower_ in _WAIT for ch in tok.children
    ):
        return None
    host = tok.head
    if not g.modal(host):
        return None  # "it was ratified before it took effect": a sequence told
    inner = {t.i for t in tok.subtree}
    passive = {x.i for ch in host.children if ch.dep_ == "nsubjpass" for x in ch.subtree}
    words = [  # "both parliaments ratify the accord", "ratified by both parliaments"
        t
        for t in host.subtree
        if t.i not in inner | passive
        and not (t.head == host and t.dep_ in ("aux", "auxpass", "punct"))
    ]
    return trimmed(words) or None


def _what_words(tok: Token) -> list[Token]:
    """The verb of coming into force and its own words ("enter into force", "takes effect")."""
    out = [tok]
    for ch in tok.children:
        if ch.dep_ in _NOT_WHAT or ch.dep_ in ("aux", "auxpass", "neg"):
            continue
        if ch.dep_ == "advmod" and ch.lower_ in ("only", "automatically"):
            continue
        out += list(ch.subtree)
    return out


def _promised(c: Collector, doc: Entity, cond: str) -> bool:
    """Whether ``doc`` promises a handover: the condition is that promise's (set where it has
    none), so no ``conditionedOn`` of its own."""
    promises = [f for f in c.of("promisesHandover") if _same_document(f.args.get("document"), doc)]
    for f in promises:
        if not f.args.get("condition"):
            c.replace(f, replace(f, args={**f.args, "condition": cond}))
    return bool(promises)


def _same_document(one: object, other: Entity) -> bool:
    """The same document, or two the article names by their kind alone ("the treaty ... Under the
    accord, ..."): news calls the one document it is about by either word."""
    if not isinstance(one, Entity):
        return False
    return one == other or _by_kind(one) and _by_kind(other)


def _by_kind(doc: Entity) -> bool:
    """A document named by its kind alone in this article ("the accord"), not by a name or a year."""
    return "/in/" in doc.key
