"""Court rulings and the obligations they set: "The International Court of Justice rules that ...",
"the court ordered (barred) X not to (from) ...", "In its order, the court told X that it must not
...", "The judges also instructed both countries to ...", "ruled that X is obliged to ...".

The triggers are classes of ``data/lexicon/relations.yaml`` (``reader: ruling``); rules/relations.py
finds them in the parse and hands them here. A court (a subject whose name holds one of the
trigger's ``subject_nouns``) issues a ruling or an order of its own, or the one the sentence names
("in its order"); "the judges" are the court last told of; the document obliges the party of the
infinitive. The obligations told with "must ..." or "is obliged to ..." (``reader: obligation``)
are read by rules/obligations.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector, span_text
from kg.ingest.nlp.rules.ruling_days import decided, line_of_the_day, ruled_before_here
from kg.ingest.nlp.rules.ruling_words import ruling_doc
from kg.ingest.nlp.rules.when import date_or_today, event_date
from kg.ingest.nlp.triggers import Relation, Trigger
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def ruling(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "The International Court of Justice rules that ...": the court issued a ruling. "In its
    order, the court barred X from ...", "The judges also instructed both countries to ...": the
    order named, or the one the court was last told to issue, obliges the parties."""
    rule = f"{trig.rule}:{tok.lemma_.lower()}"
    if tok.lemma_.lower() in _TELLING and not any(ch.dep_ == "xcomp" for ch in tok.children):
        return  # "told reporters that ...": no order without "to" ("told X to negotiate")
    if not line_of_the_day(c, s, p, tok, trig):
        return  # "drew the line along the river": no ruling of its own day
    minted = court_ruling(c, s, p, tok, trig)  # a ruling the verb alone tells of
    told = _told_ruling(c, s, p, tok, minted[0]) if minted is not None else None
    if told is not None:  # "The award was issued by a tribunal ... It rejected X's argument"
        minted = None
    if minted is not None and (same := ruled_before_here(c, s, tok, minted[0])) is not None:
        told, minted = same, None  # "ruled on Thursday that ... and told them to negotiate"
    found = told or minted or _ruling_named(c, s, p, tok, trig)
    if found is None:
        return
    court, doc = found
    date = doc.date or date_or_today(c, s, p, tok, decided(p, tok))
    if not issued_before(c, court, doc) and not (minted and _issued_that_day(c, court, date)):
        # "in a ruling issued in April, the court held"; "delivered its judgment on Feb. 3, 2009,
        # awarding Romania ...": the judgment told, not a second ruling
        c.add("issued", {"issuer": court, "document": doc, "date": date}, s, rule, trig.confidence)
    action = ordered_action(c, p, tok)
    if action is None:
        return
    own = [
        o for o in g.objects(tok) if o.head == tok
    ]  # not "found that ... but rejected X's claim"
    for m in g.fillers(p, own, {"S"}):
        for party in m.entities:
            args: dict[str, Arg] = {"document": doc, "party": party, "action": action}
            c.add("obliges", args, s, rule, trig.confidence)


#: Verbs of telling, which order only with an infinitive ("told the two neighbours to negotiate").
_TELLING = frozenset({"tell"})


def ordered_action(c: Collector, p: g.Parsed, verb: Token) -> str | None:
    """What an order makes its party do: "ordered X not to take any action" (the infinitive), or
    not do: "barred X from taking any step" ("not taking any step")."""
    todo = [ch for ch in verb.children if ch.dep_ in ("xcomp", "ccomp") and ch.i > verb.i]
    if todo:
        span = g.text_of(p, todo[:1])
        return span_text(c, span) if span is not None else None
    kept = [
        x
        for pr in verb.children
        if pr.dep_ == "prep" and pr.lower_ == "from" and pr.i > verb.i
        for x in pr.children
        if x.dep_ == "pcomp"
    ]
    span = g.text_of(p, kept[:1])
    return f"not {span_text(c, span)}" if span is not None else None


def _ruling_named(
    c: Collector, s: Sentence, p: g.Parsed, verb: Token, trig: Trigger
) -> tuple[Entity, Entity] | None:
    """The court and the document of "In its order, the court barred ..." (the document named in
    the "in" phrase), or of "The judges also instructed ..." (a court's word for its members, no
    name: the court and the document it was last told to issue)."""
    subj = g.subjects(verb)
    ins = [o for d in verb.children if d.dep_ == "prep" and d.lower_ == "in" for o in d.children]
    named = [m.entity for m in g.fillers(p, ins, {"D"}) if m.entity is not None]
    courts = [e for m in g.fillers(p, subj, {"O"}) for e in m.entities if is_court(e, trig)]
    if named and courts:
        return courts[0], named[0]
    if named or g.fillers(p, subj, {"O", "S", "P"}):
        return None
    if not any(x.lemma_.lower() in trig.subject_nouns for x in subj):
        return None
    for f in reversed(c.of("issued")):
        court, doc = f.args.get("issuer"), f.args.get("document")
        if isinstance(court, Entity) and isinstance(doc, Entity) and is_court(court, trig):
            return court, doc
    return None


def _told_ruling(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, court: Entity
) -> tuple[Entity, Entity] | None:
    """The document ``court`` was told to issue before, where the verb names no day of its own
    ("The tribunal drew a line ... and rejected Suriname's argument", after "The award was issued
    by the tribunal"): what it decided in that document, not a second ruling of the report's day."""
    if event_date(c, s, p, tok, decided(p, tok)) is not None:
        return None
    for f in reversed(c.of("issued")):
        doc = f.args.get("document")
        if f.args.get("issuer") == court and isinstance(doc, Entity) and not f.negated:
            return court, doc
    return None


def issued_before(c: Collector, issuer: Entity, doc: Entity) -> bool:
    """Whether the article has told that ``issuer`` issued ``doc``: a document is issued once."""
    return any(
        f.args.get("issuer") == issuer and f.args.get("document") == doc for f in c.of("issued")
    )


def _issued_that_day(c: Collector, issuer: Entity, date: str | None) -> bool:
    """Whether ``issuer`` issued a document on ``date``: a ruling the verb alone tells of that day
    is that one, told again by what it decided."""
    return bool(date) and any(
        f.args.get("issuer") == issuer
        and isinstance(f.args.get("date"), str)
        and f.args["date"] == date
        for f in c.of("issued")
    )


def is_court(e: Entity, trig: Trigger) -> bool:
    """Whether ``e`` is a court: its name holds one of the trigger's ``subject_nouns``."""
    return bool(set(e.label.lower().split()) & trig.subject_nouns) or any(
        set(a.lower().split()) & trig.subject_nouns for a in e.aliases
    )


def court_ruling(
    c: Collector, s: Sentence, p: g.Parsed, verb: Token, trig: Trigger
) -> tuple[Entity, Entity] | None:
    """The court that ``verb`` says rules, and its ruling as a document of the court and the date
    (none where the sentence names the document: "ruled in its 2019 opinion that")."""
    if any(
        d.dep_ == "prep" and d.lower_ == "in" and g.fillers(p, [d], {"D"}) for d in verb.children
    ):
        return None
    courts = [
        e for m in g.fillers(p, g.subjects(verb), {"O"}) for e in m.entities if is_court(e, trig)
    ]
    if not courts and [x.lower_ for x in g.subjects(verb)] == ["it"]:
        # "..., it ruled": the court the sentences before are about (their subject)
        courts = [c.actor] if c.actor is not None and is_court(c.actor, trig) else []
    if not courts:
        return None
    date = date_or_today(c, s, p, verb, decided(p, verb))
    return courts[0], ruling_doc(c.disc.text, courts[0], trig.names or "ruling", date)


def minted_by(doc: Entity, court: Entity) -> bool:
    """Whether ``doc`` is a ruling :func:`court_ruling` minted for ``court`` (no name of its own)."""
    return doc.subtype == "Ruling" and doc.aliases[1:2] == (f"{court.label} {doc.aliases[0]}",)
