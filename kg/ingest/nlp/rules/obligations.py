"""The obligations a document sets a party: what a court's ruling says a party must (not) do ("The
court ruled that Venezuela must refrain from ...", "is obliged to withdraw"), what a party undertook
under a document ("Chile, which undertook to build a railway"), and what a document bars a party
from ("prohibits Finland from fortifying the islands"). Readers (``reader: obligation``,
``undertaking``, ``barring`` of ``data/lexicon/relations.yaml``) kept apart from the court's own
ruling (rules/rulings.py), whose court and document they take."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.roles import clause_of
from kg.ingest.nlp.rules.common import Collector, span_text
from kg.ingest.nlp.rules.pronouns import pronoun
from kg.ingest.nlp.rules.rulings import court_ruling, is_court, issued_before, ordered_action
from kg.ingest.nlp.rules.signatories import bound_states, signatories
from kg.ingest.nlp.rules.under_documents import document_told_before, document_under
from kg.ingest.nlp.rules.undertaken import acts, of_classes
from kg.ingest.nlp.rules.when import date_or_today
from kg.ingest.nlp.triggers import Relation, Trigger, by_lemma
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.mentions import Mention


#: The trigger class whose acts are handovers ("ordered Nigeria to hand Bakassi over").
_HANDOVER = frozenset({"handover"})


def obligation(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "The court ruled that Venezuela must refrain from ...", "In its order, the court told
    Venezuela that it must not ...", "ruled ... and that Thailand is obliged to withdraw": the
    document obliges the party to the clause the modal (or the passive verb) governs."""
    if tok.lemma_.lower() == "have":  # "Under the accord, each side has to notify ..."
        duty = _have_to(tok)
        if duty is None:
            return
        verb, doers = tok, g.subjects(tok)
        action = list(p.doc[tok.i + 2 : duty.right_edge.i + 1])
    elif (
        tok.dep_ == "aux" and tok.i < tok.head.i
    ):  # "must not take ...": the modal's verb, its subject
        verb, doers = tok.head, g.subjects(tok.head)
        if any(d.i > tok.i for d in doers):
            return  # "should Britain ever decide to ...": a condition (or a question), no duty
        action = list(p.doc[tok.i + 1 : verb.right_edge.i + 1])
    elif g.is_passive(tok):  # "is obliged to withdraw ...": the passive's subject, its infinitive
        verb = tok
        doers = [ch for ch in tok.children if ch.dep_ == "nsubjpass"] or g.objects(tok)
        todo = [ch for ch in tok.children if ch.dep_ in ("xcomp", "advcl") and ch.i > tok.i]
        action = list(todo[0].subtree) if todo else []
    else:
        return
    under = document_under(c, s, p, verb)
    if under is not None:  # "Under Resolution 1701, Israel is required to withdraw ..."
        steps = acts(todo[0]) if g.is_passive(tok) and todo else [action]
        for step in steps:  # "is required to limit A and to guarantee B": one each
            oblige(c, s, p, tok, trig, under, doers, step, rel.roles["party"])
        return
    first = verb
    while first.dep_ == "conj" and first.head != first:  # "ruled that A and that B is obliged"
        first = first.head
    said_in = _content_of(p, first)  # "said in an opinion that X was obliged to ..."
    if (
        said_in is None
        and first.dep_ not in ("ccomp", "xcomp")
        or first.head == first
        or not action
    ):
        return
    outer = first.head if said_in is None else clause_of(first.head)
    doc = said_in or _document_of(c, s, p, outer) or _court_document(c, p, outer, trig)
    if doc is None:
        return
    parties = g.fillers(p, doers, {"S"})
    if not parties and any(x.pos_ == "PRON" for x in doers):  # "told Venezuela that it must"
        told = [ch for ch in outer.children if ch.dep_ in ("dobj", "dative", "nsubjpass")]
        parties = g.fillers(p, told, {"S"})
    if not parties:
        return
    rule = f"{trig.rule}:{tok.lemma_.lower()}"
    for m in g.fillers(p, g.subjects(outer), {"O"}):  # "In its order, the court told X": its order
        for court in (e for e in m.entities if is_court(e, trig) and not issued_before(c, e, doc)):
            date = doc.date or date_or_today(c, s, p, outer)
            c.add("issued", {"issuer": court, "document": doc, "date": date}, s, rule, 0.8)
    what = span_text(c, p.span(action))
    for m in parties:
        for party in bound_states(c, doc, m):
            c.add(
                "obliges",
                {"document": doc, "party": party, "action": what},
                s,
                rule,
                trig.confidence,
            )


def _have_to(tok: Token) -> Token | None:
    """The infinitive of "has to notify" (a duty; not "has notified", nor "does not have to")."""
    doc = tok.doc
    if tok.dep_ in ("aux", "auxpass") or g.negated(tok) or tok.i + 2 >= len(doc):
        return None
    nxt = doc[tok.i + 2]
    if doc[tok.i + 1].lower_ != "to" or nxt.head != tok or nxt.dep_ != "xcomp":
        return None
    return nxt


def undertaking(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "Under the 1904 treaty, Bolivia ceded the coast to Chile, which undertook to build a
    railway": what a party takes on under a document the document obliges it to (a party's
    undertaking under no document named is no document's obligation)."""
    under = document_under(c, s, p, tok) or document_told_before(c, s, p, tok)
    todo = [ch for ch in tok.children if ch.dep_ == "xcomp" and ch.i > tok.i]
    if under is None or not todo or g.negated(tok):
        return
    steps = [todo[0], *(x for x in todo[0].children if x.dep_ == "conj" and x.pos_ == "VERB")]
    later = {x.i for step in steps[1:] for x in step.subtree}
    for step in steps:  # "undertook to build A and to grant B": one obligation each
        if _hands_over(p, step):
            continue  # "pledged to return the islands to Mauritius": the document's promise
        own = [t for t in step.subtree if t.i not in later or step != steps[0]]
        action = [t for t in own if not (t.dep_ == "cc" and t.head == steps[0])]
        oblige(c, s, p, tok, trig, under, g.subjects(tok), action, rel.roles["party"])


def _hands_over(p: g.Parsed, verb: Token) -> bool:
    """Whether an undertaken act is a handover of land (a verb of the handover class with a
    territory as its object): a promise the handover rules read (promisesHandover)."""
    return of_classes(p, verb, _HANDOVER)


def barring(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "The 1921 convention prohibits Finland from fortifying the islands": a document that bars
    a party from an act obliges it not to do it (a court that bars one issues an order: ruling)."""
    action = ordered_action(c, p, tok)
    docs = [m.entity for m in g.fillers(p, g.subjects(tok), {"D"}) if m.entity is not None]
    docs = docs or pronoun(c, s, p, g.subjects(tok), frozenset({"D"}), "document")  # "It bars"
    if action is None or not docs:
        return
    for m in g.fillers(p, g.objects(tok), {"S"}):
        for party in bound_states(c, docs[0], m):
            args: dict[str, Arg] = {"document": docs[0], "party": party, "action": action}
            c.add("obliges", args, s, f"{trig.rule}:{tok.lemma_.lower()}", trig.confidence)


def oblige(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    trig: Trigger,
    doc: Entity,
    doers: list[Token],
    action: list[Token],
    tags: frozenset[str],
) -> None:
    """One ``obliges`` of ``doc`` for each party ``doers`` name, of the role's ``tags`` (a state,
    or a body the document sets a task: "Under the communique, the committee must begin ..."; none
    for a land or a pronoun)."""
    if not action:
        return
    what = span_text(c, p.span(action))
    found = [m for m in g.fillers(p, doers, set(tags)) if _doer_itself(p, doers, m)]
    parties = [e for m in found for e in bound_states(c, doc, m)]
    if not parties and any(d.lower_ == "they" for d in doers):  # "Under it, they undertook"
        parties = signatories(c, doc) or pronoun(c, s, p, doers, frozenset({"S"}), "party")
    for party in dict.fromkeys(parties):
        args: dict[str, Arg] = {"document": doc, "party": party, "action": what}
        c.add("obliges", args, s, f"{trig.rule}:{tok.lemma_.lower()}", trig.confidence)


def _doer_itself(p: g.Parsed, doers: list[Token], m: Mention) -> bool:
    """Whether a mention is the doer (or its possessor, or one coordinated with it), not a name
    inside what the subject is ("the decisions of the Commission shall be final": no duty of the
    Commission)."""
    heads = [x for d in doers for x in (d, *d.conjuncts)]
    heads += [ch for h in heads for ch in h.children if ch.dep_ == "poss"]
    return any(p.mention(h) == m for h in heads)


def _content_of(p: g.Parsed, clause: Token) -> Entity | None:
    """The document a "that" clause is the content of ("an advisory opinion that X was obliged")."""
    if clause.dep_ not in ("acl", "relcl") or not any(  # "that" a mark: content, not relative
        ch.dep_ == "mark" and ch.lower_ == "that" for ch in clause.children
    ):
        return None
    m = p.mention(clause.head)
    return m.entity if m is not None and m.tag == "D" else None


def _court_document(c: Collector, p: g.Parsed, outer: Token, trig: Trigger) -> Entity | None:
    """ "Venezuela was told by the court that it must not ...": the document the court that tells
    it was last told to issue."""
    courts = [e for m in g.fillers(p, g.subjects(outer), {"O"}) for e in m.entities]
    for f in reversed(c.of("issued")):
        court, doc = f.args.get("issuer"), f.args.get("document")
        if court in courts and isinstance(court, Entity) and is_court(court, trig):
            return doc if isinstance(doc, Entity) else None
    return None


def _document_of(c: Collector, s: Sentence, p: g.Parsed, outer: Token) -> Entity | None:
    """The document that says what ``outer`` introduces: a court's ruling ("the court ruled that"),
    the document it is said in ("in its order, the court told") or that says it."""
    for r, t in by_lemma().get(outer.lemma_.lower(), ()):
        if t.reader == "ruling" and r.name == "issued":
            found = court_ruling(c, s, p, outer, t)
            if found is not None:
                return found[1]
    said_in = [
        o for d in outer.children if d.dep_ == "prep" and d.lower_ == "in" for o in d.children
    ]
    for m in g.fillers(p, [*said_in, *g.subjects(outer)], {"D"}):
        if m.entity is not None:
            return m.entity
    return None
