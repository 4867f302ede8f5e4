"""What a signed document's signers agreed, told as its terms in the future: "Under the
memorandum, Peru will withdraw the checkpoint within 15 days, and both countries will patrol the
area jointly", "Under the minutes, both armies will pull their forces back ...".

A report tells a signed text's content as what its sides will do under it; the sides that signed
it agreed to that, on the day they signed (the signing the article told, each signer's state). Only
a clause in the future ("will", "shall") under a document whose signing names two states
or more; a handover the text promises is rules/handovers.py's, an undertaking rules/obligations.py's
(their verbs are left alone), and a negated or conditional clause tells no agreed deed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, span_text
from kg.ingest.nlp.rules.under_documents import document_under, signing_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence
    from kg.model import Entity

_RULE = "agreedTo-document-terms"
#: Verbs whose deed other readers take: a handover promised, an undertaking.
_OTHERS = frozenset(
    {"hand", "cede", "transfer", "return", "give", "undertake", "pledge", "commit", "promise"}
)
#: Marks of a clause that tells no deed agreed outright.
_CONDITIONAL = frozenset(
    {"if", "should", "unless", "once", "whether", "provided", "providing", "condition"}
)
#: Words of a subject that stands for the signers together ("both armies", "the two sides").
_TOGETHER = frozenset({"both", "two", "each", "neither", "either"})


def agreed_terms(c: Collector, read: list[Sentence]) -> None:
    """Add what the signers of a document agreed, for each future clause told under it."""
    for s in read:
        p = s.parsed
        if p is None:
            continue
        for verb in p.tokens:
            if not _future_under(verb):
                continue
            doc = document_under(c, s, p, verb)
            if doc is None:
                continue
            states, day = signing_of(c, doc)
            if len(states) < 2 or not _a_signers_deed(p, verb, states):
                continue
            what = _clause_text(c, p, verb)
            if what:
                given = {"parties": states, "what": what, "date": day}
                c.add("agreedTo", given, s, _RULE, 0.7)


def _future_under(verb: Token) -> bool:
    """A main verb in the future ("will", "shall") with its own "under" phrase and subject, not
    negated, not conditional and no other reader's deed."""
    told = verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.i > verb.i  # "..., X said"
    if verb.pos_ != "VERB" or not told or verb.lemma_.lower() in _OTHERS:
        return False
    if g.negated(verb) or not any(_under(ch) for ch in verb.children):
        return False
    aux = {a.lower_ for a in verb.children if a.dep_ == "aux"}
    deeds = [verb, *(v for v in verb.subtree if v.dep_ == "conj" and v.pos_ == "VERB")]
    if any(v.lemma_.lower() in _OTHERS for v in deeds):
        return False  # "... and the island will be handed over": a promised handover
    marks = {ch.lower_ for v in deeds for ch in v.children if ch.dep_ == "mark"}
    marks |= {
        t.lower_ for v in deeds for ch in v.children if ch.dep_ == "advcl" for t in ch.subtree
    }
    return bool(aux & {"will", "shall"}) and not marks & _CONDITIONAL


def _a_signers_deed(p: g.Parsed, verb: Token, states: tuple[Entity, ...]) -> bool:
    """Whether the clause's subject is a signer ("Peru will withdraw") or the signers together
    ("both armies", "the two sides"), not a third party or a body the document sets to work
    ("the committee will measure ...")."""
    for subj in (ch for ch in verb.children if ch.dep_ == "nsubj"):
        if any(t.lower_ in _TOGETHER for t in subj.subtree):
            return True
        m = p.mention(subj)
        if m is not None and any(e in states for e in m.entities):
            return True
    return False


def _under(ch: Token) -> bool:
    return ch.dep_ == "prep" and ch.lower_ == "under"


def _clause_text(c: Collector, p: g.Parsed, verb: Token) -> str:
    """The clause's words from its subject on, without the "under" phrase or a speech tag
    ("..., the text says")."""
    held = [ch for ch in verb.children if ch.dep_ not in _LEFT_OUT and not _under(ch)]
    first = min([verb.i, *(ch.left_edge.i for ch in held)])
    last = max([verb.i, *(ch.right_edge.i for ch in held)])
    return span_text(c, p.span([p.doc[first], p.doc[last]]))


#: A verb's words that are no part of what was agreed.
_LEFT_OUT = frozenset({"punct", "parataxis"})
