"""Documents whose issuer the noun's own phrase names: "a ruling by the arbitral tribunal", "the
2016 award by the Permanent Court of Arbitration", "a statement from the Foreign Ministry", "the
decision of the boundary commission" (an of-phrase names a body's, never a state's or a place's). News
names a court's ruling, a council's resolution or a ministry's statement so, with no verb of the
``issued`` class; the doer of "by"/"from" is the issuer when it is a state or an organisation, or
a person whose own act the document is ("an award by President Loubet": rules/person_acts.py; a
person's words are a statement, and a treaty or an agreement "by" its parties is signed, not
issued)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules import arguments
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.person_acts import own_act
from kg.ingest.nlp.rules.succession import then_state
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Who issues a document: a state or an organisation (FORMAT.md's ``issued``)
_ISSUERS = frozenset({"S", "O"})
#: Documents made by their parties together, not issued by one ("an agreement by A and B")
_SIGNED = frozenset({"Treaty", "Agreement", "JointDeclaration"})
_BY = frozenset({"by", "from"})


def issued_by(c: Collector, s: Sentence, p: g.Parsed) -> None:
    """An issued fact for each document noun whose "by"/"from" phrase names a state or an
    organisation, dated by its own date or one its phrase gives ("a ruling by the court in 2016")."""
    for tok in p.tokens:
        m = p.mention(tok)
        if m is None or m.tag != "D" or m.entity is None or m.issuer is not None:
            continue
        if m.entity.subtype in _SIGNED or _intent(tok) or g.modal(tok):
            continue  # (nor one awaited: "ahead of a ruling by the court")
        doers = _doers(c, p, tok, _ISSUERS | {"P"} if own_act(m.entity) else _ISSUERS)
        if len(doers) != 1:
            continue
        own, date = _own_date(c, p, tok) or _acting_date(c, p, tok), m.entity.date
        if own and (not date or own.startswith(date)):  # "in May 2019", finer than its year
            date = own
        issuer = then_state(c, doers[0], date) if doers[0].kind == "State" else doers[0]
        c.add(
            "issued", {"issuer": issuer, "document": m.entity, "date": date}, s, "issuer-by", 0.75
        )


def _intent(tok: Token) -> bool:
    """ "the decision by Japan to buy the islands": a resolve to act, no document."""
    return any(ch.dep_ in ("acl", "relcl") and ch.tag_ == "VB" for ch in tok.children)


def _doers(c: Collector, p: g.Parsed, tok: Token, kinds: frozenset[str]) -> list[Entity]:
    objs = [
        o
        for ch in tok.children
        if ch.dep_ == "prep" and ch.lower_ in _BY
        for o in ch.children
        if o.dep_ == "pobj"
    ]
    out: list[Entity] = []
    for m in g.fillers(p, objs, set(kinds)) if objs else []:
        out += [e for e in arguments.entities(c, m, kinds) if e not in out]
    if not objs:  # "the decision of the boundary commission": a body's of-phrase (never a state's
        ofs = [  # or a place's: "the Treaty of Paris", "the map of the region")
            o
            for ch in tok.children
            if ch.dep_ == "prep" and ch.lower_ == "of"
            for o in ch.children
            if o.dep_ == "pobj"
        ]
        out += [m.entity for m in g.fillers(p, ofs, {"O"}) if m.tag == "O" and m.entity]
    return out


def _own_date(c: Collector, p: g.Parsed, tok: Token) -> str | None:
    """A date inside the document's own phrase (not the clause's: "welcomed a ruling by the
    court on Monday" tells when it was welcomed)."""
    start, end = p.span([tok.left_edge, tok.right_edge])
    others = [p.span([x.left_edge, x.right_edge]) for x in _others_clauses(tok)]
    dates = [
        d
        for d in find_dates(c.source.text, start, end, c.ref)
        if not any(a <= d.start < b for a, b in others)
    ]
    return dates[0].iso if len(dates) == 1 else None


def _others_clauses(tok: Token) -> list[Token]:
    """The relative clauses on a document's phrase that tell another's deed ("the ruling by King
    Alfonso XIII, which the International Court of Justice upheld in 1960": the court's year, not
    the ruling's): a clause with a subject of its own, no relative pronoun, and those joined to it."""
    out = []
    for x in tok.subtree:
        if x.dep_ not in ("relcl", "conj") or x.pos_ not in ("VERB", "AUX"):
            continue
        if x.dep_ == "conj" and x.head.dep_ != "relcl":
            continue
        subj = [ch for ch in x.children if ch.dep_ in ("nsubj", "nsubjpass")]
        if subj and all(ch.tag_ not in ("WDT", "WP") for ch in subj):
            out.append(x)
    return out


def _acting_date(c: Collector, p: g.Parsed, tok: Token) -> str | None:
    """ "In March, a note from the Foreign Ministry had made cooperation conditional on a study",
    "The refusal was conveyed on Tuesday in a diplomatic note from the ministry": a document that
    acts in its clause (its subject) or that the clause's deed is done in carries that deed's
    day, the one date its clause gives; a document reacted to ("welcomed a ruling by the court on
    Monday") does not."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "through", "via"):
        verb = verb.head
    elif tok.dep_ != "nsubj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    start, end = p.span([verb.left_edge, verb.right_edge])
    dates = find_dates(c.source.text, start, end, c.ref)
    return dates[0].iso if len(dates) == 1 else None


def by_its_body(c: Collector) -> None:
    """One document issued by a state and by a body of that state ("a map published by Argentina
    ... The map, issued last week by Argentina's National Geographic Institute"): the body issued
    it, the text names the state for it first; its fact alone stays (its name carries the state's)."""
    bodies_of = {
        (doc.key, state.key)
        for f in c.facts
        if f.rel == "issued"
        and not f.negated
        and isinstance(doc := f.args.get("document"), Entity)
        and isinstance(body := f.args.get("issuer"), Entity)
        and body.kind == "Organization"
        and (state := bodies.owner(c.gz, body)) is not None
    }
    c.facts[:] = [
        f
        for f in c.facts
        if not (
            f.rel == "issued"
            and isinstance(doc := f.args.get("document"), Entity)
            and isinstance(issuer := f.args.get("issuer"), Entity)
            and issuer.kind == "State"
            and (doc.key, issuer.key) in bodies_of
        )
    ]


def issue_told(c: Collector, tok: Token, filled: dict[str, list]) -> None:
    """ "France issued a decree ... The decree, published on March 2, 2026, ...": a document put
    out in the passive with no doer named, "the" one issued before with no date, is that issue
    told again with its day (one dated already keeps it: "sent a note on Tuesday ... The note,
    delivered last week" is no second issue). One a participle puts out with a demonym before it
    ("A Chinese map published in 2005", "a French decree issued in 1960") is that state's."""
    docs = filled.get("document", ())
    if "issuer" in filled or len(docs) != 1 or not g.is_passive(tok):
        return
    subj = (ch for ch in tok.children if ch.dep_ == "nsubjpass")
    noun = tok.head if tok.dep_ in ("acl", "relcl") else next(subj, None)
    if noun is None:
        return
    if tok.dep_ == "acl" and (maker := demonym_maker(c, noun)) is not None:
        filled["issuer"] = [maker]  # "A Chinese map published in 2005": China's
        return
    if not any(ch.dep_ == "det" and ch.lower_ == "the" for ch in noun.children):
        return
    doc = docs[0]
    for f in reversed(c.of("issued")):
        told, issuer = f.args.get("document"), f.args.get("issuer")
        if f.negated or not isinstance(told, Entity) or not isinstance(issuer, Entity):
            continue
        if told == doc or told.date is None and set(told.aliases) & set(doc.aliases):
            when = f.args.get("date")
            if when is None or isinstance(when, str) and len(when) == 4:  # undated, or its year
                filled["issuer"], filled["document"] = [issuer], [told]
            return


def demonym_maker(
    c: Collector, noun: Token, free: Callable[[Token], bool] = lambda _: True
) -> Entity | None:
    """ "a French decree", "a Chinese map": the state a demonym before the noun names (of the
    words ``free`` lets through); also one before a noun compounded with it, the body or kind that
    made it ("a Russian government decree", "a Colombian navy beacon")."""
    for ch in noun.children:
        if ch.dep_ in ("amod", "compound") and ch.i < noun.i and free(ch):
            key = c.gz.demonyms.get(ch.lower_)
            state = c.gz.get(key) if key is not None else None
            if state is None and ch.dep_ == "compound" and ch.pos_ == "NOUN":
                state = demonym_maker(c, ch, free)
            if state is not None:
                return state
    return None
