"""What a signed document does, its signatories agreed to: "A declaration signed by A and B in 1956
restored their ties", "The accord ... It fixes the maritime line" (the ``content`` reader of the
``agreedTo`` trigger class in data/lexicon/relations.yaml).

The document is the verb's subject (or "it", the document the sentence before was about); its
parties are those the article has said signed it. A document nobody is said to have signed (a
note, a memorandum) agrees nothing, so its acts stay other relations (conditionedOn ...). A
document that commits or binds "both sides" (the two countries, the parties) to something tells
what all its signers agreed; one that commits one party is that party's obligation only. Also
who agrees beyond the grammar's subject: the state whose plan one party takes up (``with_proposer``),
and the that-clause's subject after an empty "it" ("It was agreed that A and B would ...").
The states officials act for, when they agree or sign, are rules/serving_states.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.mood import words as mood_words
from kg.ingest.nlp.rules.common import (
    Collector,
    members,
    span_text,
)
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import Relation, Trigger, by_lemma
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def content(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    impersonal = any(slot == "clause" for slot, _ in trig.slots)
    if impersonal or g.is_passive(tok):
        if impersonal and g.is_passive(tok):
            _impersonal(c, s, p, tok, rel, trig)
        return
    if not g.objects(tok) or _read_at_signing(tok):
        return
    mutual = _mutual_object(tok, trig)
    if trig.object_lemmas and mutual is None:
        return  # "commits Peru to granting ...": one party's obligation, no agreement
    subj = g.subjects(tok)
    docs = [m.entity for m in g.fillers(p, subj, {"D"}) if m.entity is not None]
    if not docs and [x.lower_ for x in subj] == ["it"] and c.document_last is not None:
        index, doc = c.document_last
        docs = [doc] if index == s.index - 1 else []  # "It fixes ...": the document just told of
    for doc in docs:
        parties = _signatories(c, doc)
        if len(parties) < 2:
            continue
        if _view_of_another(p, tok, parties):
            c.document_last = (s.index, doc)  # "It fixes ..." next is the document's own
            continue
        words = [t for t in tok.subtree if t.i >= tok.i]
        if mutual is not None:  # "commits both sides to a joint survey": what follows the sides
            words = [t for t in words if t.i > mutual.right_edge.i] or words
            words = words[1:] if len(words) > 1 and words[0].lower_ == "to" else words
        _agreed(c, s, p, tok, rel, trig, parties, words, _signed_on(c, doc))
        c.document_last = (s.index, doc)


def _read_at_signing(tok: Token) -> bool:
    """ "The two leaders signed a treaty that ends decades of disputes": the signing verb's own
    ``content`` slot reads what the treaty does (relations.yaml), so its clause is no second
    agreement."""
    if tok.dep_ != "relcl" or tok.head.dep_ not in ("dobj", "obj"):
        return False
    return any(
        rel.name == "agreedTo" and any(slot == "content" for slot, _ in trig.slots)
        for rel, trig in by_lemma().get(tok.head.head.lemma_.lower(), ())
    )


def _mutual_object(tok: Token, trig: Trigger) -> Token | None:
    """ "The minutes commit the two sides to setting up a joint committee", "a protocol committing
    both countries to a survey": a document that binds all its signers alike (a plural of the
    trigger's ``object_lemmas``: sides, countries, parties) tells what they agreed; the object."""
    return next(
        (
            o
            for o in g.objects(tok)
            if o.lemma_.lower() in trig.object_lemmas and o.tag_ in ("NNS", "NNPS")
        ),
        None,
    )


def _signed_on(c: Collector, doc: Entity) -> str | None:
    """The day the article says ``doc`` was signed: what it does was agreed then."""
    for f in reversed(c.of("signed")):
        when = f.args.get("date")
        if f.args.get("document") == doc and isinstance(when, str) and not f.negated:
            return when
    return None


def _impersonal(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "It was agreed that Serbia and Kosovo would set up a commission": the grammar's subject is
    an empty "it", so the parties are the that-clause's own subject (two at least), and what they
    agreed is the clause, which must commit them (a modal or a bare verb: "would set up")."""
    if not any(ch.dep_ in ("nsubjpass", "expl") and ch.lower_ == "it" for ch in tok.children):
        return
    if any(ch.dep_ == "agent" for ch in tok.children):
        return  # "it was agreed by A and B that ...": the ordinary reading names them
    modals = mood_words().modals
    for clause in tok.subtree:
        if not (
            clause.dep_ in ("ccomp", "acl")
            and clause.i > tok.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            and not any(a.pos_ in ("VERB", "AUX") for a in _between(clause, tok))
            and (
                clause.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ in modals for a in clause.children)
            )
        ):
            continue
        parties = tuple(
            dict.fromkeys(
                e for m in g.fillers(p, g.subjects(clause), {"S", "O", "P"}) for e in m.entities
            )
        )
        if len(parties) < 2:
            continue
        words = [x for x in clause.subtree if not (x.dep_ == "mark" and x.head == clause)]
        _agreed(c, s, p, tok, rel, trig, parties, words)


def _agreed(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    rel: Relation,
    trig: Trigger,
    parties: tuple[Entity, ...],
    words: list[Token],
    signed_on: str | None = None,
) -> None:
    """One agreement of ``parties`` on what ``words`` say (trailing punctuation left out), dated
    as the trigger's event, or the day the document that says it was signed."""
    while words and words[-1].is_punct:
        words.pop()
    what = p.span(words)
    date = signed_on or event_date(c, s, p, tok, [what])
    args = {"parties": parties, "what": span_text(c, what), "date": date}
    c.add(rel.name, args, s, f"{trig.rule}:{tok.lemma_.lower()}", trig.confidence)


def _between(clause: Token, tok: Token) -> list[Token]:
    """The tokens on the path from ``clause`` up to ``tok`` (neither included)."""
    out: list[Token] = []
    for a in clause.ancestors:
        if a == tok:
            return out
        out.append(a)
    return out


def _view_of_another(p: g.Parsed, tok: Token, parties: tuple[Entity, ...]) -> bool:
    """ "Belize says the 1859 treaty fixed the border", "a convention ..., which Beijing says
    defined the boundary", "Global Affairs Canada said the accord also settles ...": what the
    document does, told as the view of one who is not all its signatories (a state that did not
    sign it, one that did, a body, an official), is that one's reading, no agreement of them all."""
    if tok.dep_ != "ccomp" or tok.head is tok:
        return False
    sayers = [e for m in g.fillers(p, g.subjects(tok.head), {"S", "O", "P"}) for e in m.entities]
    return bool(sayers) and not set(parties) <= set(sayers)


def _signatories(c: Collector, doc: Entity) -> tuple[Entity, ...]:
    """The parties the article says signed ``doc`` (the latest telling)."""
    for f in reversed(c.of("signed")):
        signed = f.args.get("document")
        if isinstance(signed, Entity) and signed.key == doc.key and not f.negated:
            return members(f.args.get("parties"))
    return ()


#: Verbs whose infinitive after "agree" says the parties stay apart ("agreed to disagree").
_NO_ACCORD = frozenset({"disagree", "differ"})


def commits(tok: Token, trig: Trigger) -> bool:
    """Whether what an agreeing verb's clause says is something to be done: "agreed to open",
    "agreed that talks would resume", "agreed that the line be redrawn" commit the parties; "agreed
    that the weather had been warm" is a shared view, no agreement (a that-clause in the
    indicative, with no modal). "Agreed to disagree" (or "to differ") commits them to nothing."""
    if not any(role == "what" and slot == "clause" for slot, role in trig.slots):
        return True
    own = [ch for ch in tok.children if ch.dep_ in ("xcomp", "ccomp", "advcl")]
    if any(ch.dep_ == "xcomp" and ch.lemma_.lower() in _NO_ACCORD for ch in own):
        return False
    if not own or any(ch.dep_ != "ccomp" for ch in own):
        return True
    modals = mood_words().modals
    return any(
        ch.tag_ == "VB"  # "agreed that the line be redrawn"
        or any(a.dep_ == "aux" and a.lower_ in modals for a in ch.children)
        for ch in own
    )


def with_proposer(p: g.Parsed, tok: Token, trig: Trigger, filled: dict[str, list]) -> None:
    """ "Japan accepted China's proposal to ...", "Belize endorsed a Guatemalan plan", "Colombia
    agreed to a Peruvian request": one party
    taking up the plan another state put forward agrees with that state, so the plan's owner (its
    possessor, or the demonym before it) is the second party. A body's plan ("the UN plan") adds no
    party: the UN brokers, it does not agree."""
    parties = filled.get("parties", [])
    if not trig.object_lemmas or len(parties) != 1:
        return
    owners = [
        m.entity
        for o in [
            *g.objects(tok),
            *(x for x in g.preps(tok, "to") if ("prep_to", "what") in trig.slots),
        ]
        if o.lemma_.lower() in trig.object_lemmas
        for m in g.fillers(p, [x for x in o.children if x.dep_ in ("poss", "amod")], {"S"})
        if m.entity is not None and m.entity.kind == "State" and m.entity not in parties
    ]
    if len(owners) == 1:
        filled["parties"] = [*parties, owners[0]]
