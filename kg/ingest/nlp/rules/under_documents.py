"""The document a clause acts under, and who agreed under it and when.

"Under the 1904 treaty, Bolivia ceded the coast to Chile, which undertook to ...", "Under its
terms, ...", "The withdrawal was laid down in a treaty. Under it, Israel undertook to ...": the
document an "under" phrase names, or the one "its" or "it" stands for, governs the clause (the
obligations of rules/obligations.py read it).

"Under the treaty, the two countries pledged to ...", "Under it, the two states shelved their
dispute and agreed to share ...": a group word ("the two countries", "both sides", "they") that
agrees under a document the article says was signed stands for its signatories, not for the pair
the article is about (a third state may be that pair's other half), and what they agreed under it
was agreed when they signed it. Where the gazetteer dates the document instead ("agreed in the 1956
declaration to ..."), that date.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector, members, person_state
from kg.ingest.nlp.rules.document_refs import document_it, plural_name
from kg.ingest.nlp.rules.groups import groups
from kg.ingest.nlp.rules.handover_documents import document_parts
from kg.ingest.nlp.rules.terms_date import made_on
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions that put an agreement inside a document ("agreed in the declaration", "under it").
_WITHIN = ("under", "in")

#: The kinds of document whose terms a party takes on (a ruling or a statement binds no one so).
_BINDING = frozenset({"Treaty", "Agreement", "Memorandum", "JointDeclaration"})


def document_under(c: Collector, s: Sentence, p: g.Parsed, verb: Token) -> Entity | None:
    """The document of an "under" phrase that governs ``verb``'s clause: on the verb, on a clause
    above it, or on a participle hung on one of them (the parser's reading of "Under X, adopted in
    2006, ..."); "Under its terms", the document told last; else "Under it", the document "it"
    stands for."""
    return _named_under(p, verb, c.disc.documents) or _it_under(c, s, p, verb)


def document_told_before(c: Collector, s: Sentence, p: g.Parsed, verb: Token) -> Entity | None:
    """The document whose terms the sentence before told, for a main clause that names none:
    "Under the memorandum, deepening is conditional on ... Ukraine also undertook to ...", "Under
    the treaty, Turkey recognised the line. In return Baghdad undertook to ...": the one document
    that sentence named, if one that binds its parties (a treaty, an agreement, a memorandum)."""
    index, named = c.documents_named
    if index != s.index - 1 or len(named) != 1 or named[0].subtype not in _BINDING:
        return None
    if verb.dep_ != "ROOT" or any((m := p.mention(t)) is not None and m.tag == "D" for t in p.doc):
        return None  # "X said Y undertook to": a view; "..., under the accord, ...": its own
    return named[0]


def _named_under(p: g.Parsed, verb: Token, known: list[Entity]) -> Entity | None:
    for up in (verb, *verb.ancestors):
        hosts = [up, *(ch for ch in up.children if ch.dep_ == "advcl" and ch.tag_ == "VBN")]
        ins = [o for h in hosts for d in g.preps(h, "under") for o in [d]]
        for m in g.fillers(p, ins, {"D"}):
            if m.entity is not None:
                return m.entity
        parts = [o for o in ins if o.lemma_.lower() in document_parts()]
        if known and any(ch.lower_ in ("its", "their") for o in parts for ch in o.children):
            return known[-1]
    return None


def _it_under(c: Collector, s: Sentence, p: g.Parsed, verb: Token) -> Entity | None:
    for up in (verb, *verb.ancestors):
        for o in g.preps(up, "under"):
            if o.lower_ == "it" and (found := document_it(c, s, p, o)):
                return found[0]
    return None


def _document(c: Collector, s: Sentence, p: g.Parsed, tok: Token) -> Entity | None:
    """The one document ``tok`` (or the verb it is coordinated with, which carries the shared
    phrase: "Under it, they shelved ... and agreed ...") is said to act under; a pronoun after
    "under" or "in" is the document it stands for ("signed a joint declaration in April 2022. In
    it, Madrid and Rabat committed to ...", "The minutes, signed by ... Under them, the two
    governments agreed to ...": "them" for a document named in the plural)."""
    verb = tok
    while True:
        for o in g.preps(verb, "under"):
            m = p.mention(o)
            if m is not None and m.tag == "D" and m.entity is not None:
                return m.entity
        for o in (*g.preps(verb, "under"), *g.preps(verb, "in")):
            if (found := _pronoun_document(c, s, p, o)) is not None:
                return found
        if verb.dep_ != "conj" or verb.head is verb:
            return None
        verb = verb.head


def _pronoun_document(c: Collector, s: Sentence, p: g.Parsed, o: Token) -> Entity | None:
    """The document "it" (or, for a document named in the plural, "them") stands for."""
    if o.lower_ not in ("it", "them") or len(docs := document_it(c, s, p, o)) != 1:
        return None
    return docs[0] if (o.lower_ == "it") != plural_name(docs[0]) else None


def signing_of(c: Collector, doc: Entity) -> tuple[tuple[Entity, ...], str | None]:
    """The states the article says signed ``doc`` (each signer's state) and the day, if told."""
    for f in reversed(c.of("signed")):
        signed = f.args.get("document")
        if isinstance(signed, Entity) and signed.key == doc.key and not f.negated:
            states = [person_state(c, e) for e in members(f.args.get("parties"))]
            when = f.args.get("date")
            found = tuple(dict.fromkeys(e for e in states if e is not None and e.kind == "State"))
            return found, when if isinstance(when, str) else None
    return (), None


def signatories(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, filled: dict[str, list]
) -> None:
    """A group word that agrees under a signed document: the document's signatories."""
    subj = g.subjects(tok)
    if len(subj) != 1 or subj[0].lower_ not in groups().every | groups().states:
        return
    doc = _document(c, s, p, tok)
    if doc is None:
        return
    states, _ = signing_of(c, doc)
    if len(states) >= 2:
        filled["parties"] = list(states)


def date(c: Collector, s: Sentence, p: g.Parsed, tok: Token) -> str | None:
    """When what ``tok`` tells was agreed, by the document it was agreed in or under: the day the
    gazetteer or its name gives it (the day the article says it was signed, where that falls in
    it), else the day the article says it was signed."""
    for word in _WITHIN:
        for o in g.preps(tok, word):
            m = p.mention(o)
            if m is not None and m.tag == "D" and m.entity is not None and m.entity.date:
                day = signing_of(c, m.entity)[1]  # "the 2000 treaty", signed on June 9, 2000
                return day if day and day.startswith(m.entity.date) else m.entity.date
    doc = _document(c, s, p, tok)
    day = signing_of(c, doc)[1] if doc is not None else None
    if doc is not None and day is None:
        c.terms_open[s.span.start] = doc  # "The X Agreement was signed by ...", dated later
    return day


def dated_late(c: Collector) -> None:
    """ "A and B signed an agreement on Monday ... The Transboundary Agreement was signed by X and
    Y ... Under the accord, the two countries agreed that ...": the document the agreement was
    made under is dated only once its tellings are one (rules/told_twice.py); what was agreed
    under it, told undated, was agreed the day it was signed. Read after every signing is dated."""
    for found in (c.facts, c.again):
        for i, f in enumerate(found):
            doc = c.terms_open.get(f.evidence.start)
            if f.rel != "agreedTo" or f.negated or f.args.get("date") or doc is None:
                continue
            day = made_on(c, doc)
            if day is not None:
                found[i] = replace(f, args={**f.args, "date": day})
