"""Conditions a document sets: "the treaty states that the border will be demarcated only if both
parliaments ratify it", "according to the document, once that agreement was signed Moscow would be
ready to settle ...", "in its documents it set a fresh condition for X, namely that Y".

Read from the parse (the ``conditionedOn`` trigger classes of data/lexicon/relations.yaml with
``reader: stipulation``): the document is the verb's subject, the object of "according to" or of
"in"; the condition is a conditional clause ("if", "once", "provided that", "on condition that":
grammar/mood.py's markers) of what the document says, or the "that" clause a condition noun
carries; what is conditioned is the rest of what it says, or the noun's "for" phrase. A handover
a document makes conditional is read by rules/handovers.py (a promise with its condition, or a
later document's condition on an earlier promise), never here; a withdrawal from named land it
promises on a condition is that promise (rules/withdrawals.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.acted_documents import document_copies
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.mood import words as mood_words
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.condition_clauses import (
    clause_condition,
    condition_of_subject,
    noun_condition,
    text_of,
    trimmed,
)
from kg.ingest.nlp.rules.conditioned_promises import condition_promise, handover_noun
from kg.ingest.nlp.rules.day_documents import day_documents
from kg.ingest.nlp.rules.handover_documents import document_parts
from kg.ingest.nlp.rules.slots import fill
from kg.ingest.nlp.rules.withdrawals import promised_withdrawal
from kg.ingest.nlp.triggers import Relation, Trigger, by_lemma
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def stipulation(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """One ``conditionedOn`` for each document that sets a condition where ``tok`` stands."""
    if tok.pos_ == "ADJ":  # "made X conditional on Y": the document made it so
        made = _maker(tok, trig)
        if made is not None and g.negated(made):
            return  # "the treaty never made sovereignty dependent on ...": no condition set
        docs = [] if made is None else g.fillers(p, g.subjects(made), {"D"})
        filled = {"document": [m.entity for m in docs if m.entity is not None]}
        if made is not None and not filled["document"]:
            filled["document"] = _unnamed_maker(c, p, made)
        # (with no document named, only a promise told before may take it: below)
        found = _made_condition(tok, made) if made is not None else None
        if made is None:  # "Its implementation is conditional on approval by the cabinet"
            filled["document"], found = _own_condition(c, tok)
        if made is None and not filled["document"]:  # "Under the memorandum, X is conditional
            filled["document"], found = _framed_condition(c, p, tok)  # on Y"
    elif (
        tok.pos_ == "ADP"
    ):  # "Under the terms of reference, any change would take effect only once"
        under = [o for o in tok.children if o.dep_ == "pobj"]
        docs = g.fillers(p, [*under, *(x for o in under for x in g.preps(o, "of"))], {"D"})
        filled = {
            "document": [m.entity for m in docs if m.entity is not None]
            or _its_terms(c, under, p.offset + tok.idx)
        }
        found = clause_condition(p, tok, planned=True)
    else:
        filled = fill(c, s, p, tok, rel, trig, frozenset({"document"})) or {}
        found = noun_condition(p, tok) if trig.noun else clause_condition(p, tok)
        found = found or (condition_of_subject(tok) if trig.noun else None)
    if found is None:
        return
    what, condition = found
    noun = handover_noun(what) if tok.pos_ == "ADJ" or trig.noun else None
    if noun is not None and condition_promise(
        c, p, noun, text_of(condition), list(filled.get("document", ()))
    ):
        return  # "the cession was made on the condition that ...": the promise's own condition
    if not trig.noun and tok.pos_ != "ADJ" and _handover_in(p, what):
        return  # a handover a document promises on a condition: rules/handovers.py
    rule = f"{trig.rule}:{tok.lemma_.lower()}"
    left = [] if trig.noun or tok.pos_ == "ADJ" else promised_withdrawal(c, p, what, condition)
    for doc in filled.get("document", ()):
        for (
            terr,
            frm,
            to,
        ) in left:  # "A will withdraw its post from X once B ...": the land goes back
            promise = {"document": doc, "territory": terr, "from": frm, "to": to}
            c.add(
                "promisesHandover",
                {**promise, "condition": text_of(condition)},
                s,
                "handover-withdrawal",
                0.7,
            )
        if left:
            continue
        args: dict[str, Arg] = {
            "document": doc,
            "what": text_of(what),
            "condition": text_of(condition),
        }
        c.add("conditionedOn", args, s, rule, trig.confidence)


def _its_terms(c: Collector, under: list[Token], before: int | None = None) -> list[Entity]:
    """ "Under its terms, the mandate will be extended unless ...": the document just named (with
    ``before``, named before that offset: not "the agreement" the condition names after "its")."""
    known = c.disc.documents
    if before is not None:
        known = [d for d in known if c.disc.named_at.get(d.key, before) < before]
    mine = any(
        o.lemma_.lower() in document_parts()
        and any(ch.dep_ == "poss" and ch.lower_ in ("its", "their") for ch in o.children)
        for o in under
    )
    return [known[-1]] if known and mine else []


def _maker(adj: Token, trig: Trigger) -> Token | None:
    """The verb that makes something ``adj`` ("made the handover conditional on"): the nearest of
    the trigger's ``declared_by`` verbs above it, the parser may hang the adjective deep."""
    for up in g.ancestors_to_root(adj):
        if up.lemma_.lower() in trig.declared_by:
            return up
        if up.dep_ in ("ROOT", "ccomp", "relcl", "advcl"):
            return None
    return None


def _made_condition(adj: Token, made: Token) -> tuple[list[Token], list[Token]] | None:
    """(what, condition) of "made X conditional on Y": X is what the verb makes so, Y the object
    of "on"/"upon" (on the adjective, the verb, or a word between, where the parser hung it), or
    of the preposition a word of condition takes ("made X subject to Y")."""
    path = [adj]
    for up in g.ancestors_to_root(adj):
        path.append(up)
        if up == made:
            break
    takes = mood_words().condition_words.get(adj.lower_, frozenset({"on", "upon"}))
    on = [pr for x in path for pr in x.children if pr.dep_ == "prep" and pr.lower_ in takes]
    # "is made conditional by the memorandum on the committee first agreeing ...": the parser
    # hangs the on-phrase, and the participle after it, on the passive's by-object
    by = [o for a in made.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    on += [pr for o in by for pr in o.children if pr.dep_ == "prep" and pr.lower_ in takes]
    if not on:
        return None
    # "conditional on both parliaments ratifying it", the participle hung on the adjective
    more = [ch for ch in adj.children if ch.dep_ in ("xcomp", "advcl") and ch.i > on[0].i]
    more += [ch for o in by for ch in o.children if ch.dep_ == "acl" and ch.i > on[0].i]
    cond = [t for x in (on[0], *more) for t in x.subtree if t != on[0]]
    away = {adj.i} | {t.i for t in adj.subtree if t.i > adj.i} | {t.i for t in on[0].subtree}
    what = [
        t
        for ch in made.children
        if ch.dep_ in ("dobj", "xcomp", "ccomp", "oprd", "nsubjpass")
        and (ch.i > made.i or ch.dep_ == "nsubjpass")  # "X was made dependent on Y"
        for t in ch.subtree
        if t.i not in away
    ]
    what, cond = trimmed(what), trimmed(cond)
    return (what, cond) if what and cond else None


def _unnamed_maker(c: Collector, p: g.Parsed, made: Token) -> list[Entity]:
    """The document that makes it so where its subject names none: "The statement made any
    contacts conditional on ..." (a statement the article told of, its own local node), or the
    document under which it "was made dependent on ..." ("under the 2004 agreement")."""
    said = [t for t in g.subjects(made) if t.lemma_.lower() in day_documents() and t.pos_ == "NOUN"]
    if said and not g.is_passive(made):
        noun = said[0].lemma_.lower()
        return [Entity("Document", c.disc.local_key("Document", noun), noun, (noun,), None)]
    under = g.preps(made, "under")
    docs = g.fillers(p, [*under, *(x for o in under for x in g.preps(o, "of"))], {"D"})
    return [m.entity for m in docs if m.entity is not None] or _its_terms(c, under)


def _own_condition(
    c: Collector, adj: Token
) -> tuple[list[Entity], tuple[list[Token], list[Token]] | None]:
    """ "Its implementation is conditional on approval by the cabinet": a predicate adjective whose
    subject is the last named document's own act ("its", "their"); what it conditions is that
    subject's noun, the condition the adjective's on-phrase."""
    host = adj.head
    if adj.dep_ != "acomp" or host.lemma_.lower() != "be" or not c.disc.documents:
        return [], None
    subj = [t for t in host.children if t.dep_ == "nsubj" and t.pos_ == "NOUN"]
    if not subj or not any(
        ch.dep_ == "poss" and ch.lower_ in ("its", "their") for ch in subj[0].children
    ):
        return [], None
    takes = mood_words().condition_words.get(adj.lower_, frozenset({"on", "upon"}))
    on = [pr for x in (adj, host) for pr in x.children if pr.dep_ == "prep" and pr.lower_ in takes]
    if not on:  # (on the adjective or, where the parser hangs it, on "is")
        return [], None
    what = [t for t in subj[0].subtree if t.dep_ != "poss"]
    cond = trimmed([t for t in on[0].subtree if t != on[0]])
    # the last document of a kind (a treaty, an accord), not a report or statement named since
    doc = next((d for d in reversed(c.disc.documents) if d.subtype), None)
    return ([doc], (what, cond) if cond else None) if doc is not None else ([], None)


def _framed_condition(
    c: Collector, p: g.Parsed, adj: Token
) -> tuple[list[Entity], tuple[list[Token], list[Token]] | None]:
    """ "Under the memorandum, further dredging is conditional on an assessment", "The resumption
    is conditional on Y, according to a copy of the document": a predicate adjective whose clause
    a document frames ("under", "according to", a copy "of" it); what it conditions is the
    subject, the condition the adjective's on-phrase."""
    host = adj.head
    if adj.dep_ != "acomp" or host.lemma_.lower() != "be":
        return [], None
    frames = [*g.preps(host, "under"), *g.preps(adj, "under")]
    frames += [
        o
        for a in (*host.children, *adj.children)
        if a.lower_ == "according"
        for x in g.preps(a, "to")
        for o in (x, *(y for y in g.preps(x, "of") if x.lemma_.lower() in document_copies()))
    ]
    docs = [m.entity for m in g.fillers(p, frames, {"D"}) if m.entity is not None]
    if not docs:
        return [], None
    subj = [t for t in host.children if t.dep_ == "nsubj"]
    takes = mood_words().condition_words.get(adj.lower_, frozenset({"on", "upon"}))
    on = [pr for x in (adj, host) for pr in x.children if pr.dep_ == "prep" and pr.lower_ in takes]
    if not subj or not on:
        return [], None
    # "conditional on Tokyo lifting its ban", the participle hung on the adjective or the copula
    more = [
        ch
        for x in (adj, host)
        for ch in x.children
        if ch.dep_ in ("xcomp", "advcl") and ch.i > on[0].i and ch.lower_ != "according"
    ]
    what = trimmed(list(subj[0].subtree))
    cond = trimmed([t for x in (on[0], *more) for t in x.subtree if t != on[0]])
    return (docs, (what, cond)) if what and cond else ([], None)


def _handover_in(p: g.Parsed, words: list[Token]) -> bool:
    """Whether the words tell a handover: a handover word and a land to hand over ("exploration
    would go ahead only if ..." is none: "go" hands over only a territory)."""
    handing = [
        t
        for t in words
        if any(r.name == "handover" for r, _ in by_lemma().get(t.lemma_.lower(), ()))
    ]  # the land may stand outside the words: "Under X, A and B were to be handed over once ..."
    lands = [*words, *(o for t in handing for o in g.objects(t))]
    return bool(handing) and any((m := p.mention(t)) is not None and m.tag == "T" for t in lands)
