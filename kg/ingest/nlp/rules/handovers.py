"""Handovers: a territory handed over, or promised on a condition, read from the handover triggers."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.held import unheld
from kg.ingest.nlp.grammar.mood import wished
from kg.ingest.nlp.rules.common import (
    Collector,
)
from kg.ingest.nlp.rules.givers import giver_told, holder_told, receiver_told
from kg.ingest.nlp.rules.handover_documents import (
    condition_documents,
    document_around,
    other_party,
    promising,
)
from kg.ingest.nlp.rules.narrated import paragraph_date
from kg.ingest.nlp.rules.promise_terms import promised_condition
from kg.ingest.nlp.rules.receivers import other_of_pair
from kg.ingest.nlp.rules.reported_day import reported_day
from kg.ingest.nlp.rules.succession import then_state
from kg.ingest.nlp.triggers import Trigger, load
from kg.model import Entity

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from kg.ingest.nlp.mentions import Mention

from kg.ingest.nlp.rules.when import event_date


def handover(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    tok: Token,
    trig: Trigger,
    filled: dict[str, list],
    neg: bool,
    mood: bool,
) -> None:
    if any(not filled.get(role) for role in trig.required):
        return  # "seized by Soviet troops": no giver told, no transfer read
    if _by_court(p, tok):
        return  # "The court gave Middle Rocks to Malaysia": a ruling's award (rules/awards.py)
    wish = wished(tok)  # "Argentina has called for the return of the islands": none done
    mood = mood or wish
    before = [
        d for d in c.disc.documents if c.disc.named_at.get(d.key, s.span.start) < s.span.start
    ]
    doc = document_around(p, tok, c.disc.documents, relative=mood, before=before)
    if neg and mood and doc is None:
        return  # "Britain will never hand Gibraltar to Spain": a refusal, neither a promise nor a deed
    if doc is None and tok.pos_ in ("NOUN", "PROPN") and unheld(tok, trig.light):
        return  # "the planned handover ... was postponed": no transfer, and no document promised it
    cond_docs = condition_documents(c, p, tok)
    aim = trig.aim and not _framed(p, tok)  # "force to take it back" (not "under it, ... would")
    if doc is None and mood and not wish and not aim:
        # "... would return them": the document the article is telling of (not "Tokyo wants
        # Moscow to return them": a wish)
        doc = next(
            (
                d
                for d in reversed(c.disc.documents)
                if d.key not in cond_docs
                and promising(c, d)  # not "the advisory opinion", "the white paper"
                and c.disc.named_at.get(d.key, s.span.start) < s.span.start
            ),
            None,
        )
    date = doc.date if doc is not None else event_date(c, s, p, tok)
    for terr in [*filled["territory"], *_included(p, tok, filled["territory"])]:
        if terr.key in c.gz.waters:
            continue  # "gives Honduras an outlet to the Pacific": a sea or a strait changes no hands
        for to in filled["to"]:
            for frm in filled.get("from") or [None]:
                if to.kind != "State" or frm == to:
                    continue
                if (
                    frm is None and doc is not None
                ):  # "would go to Japan": from whoever held it then
                    holder = c.gz.get(c.gz.holder.get(terr.key, "") or "")
                    # not a receiver of this very handover ("transferred Western Sahara to
                    # Morocco and Mauritania": Morocco, its holder now, gave nothing)
                    frm = holder if holder is not None and holder not in filled["to"] else None
                    frm = frm or other_party(c, p, doc, to) or holder_told(c, terr, to)
                frm2 = then_state(c, frm, date) if frm is not None and frm.kind == "State" else frm
                to2 = then_state(c, to, date)
                if doc is not None and (
                    mood
                    or not _done_under(p, tok)
                    or _framed(p, tok)
                    or event_date(c, s, p, tok) is None
                ):
                    _promise(
                        c,
                        s,
                        f"{trig.rule}:{tok.lemma_.lower()}",
                        trig.confidence,
                        neg,
                        doc,
                        terr,
                        frm2,
                        to2,
                        # "were ceded ... after the war": a deed's time, no condition
                        None if _done_under(p, tok) and not mood else promised_condition(c, p, tok),
                    )
                if doc is not None and not mood and _done_under(p, tok):
                    c.add(
                        "handedOverTo",
                        {
                            "territory": terr,
                            "to": to2,
                            "from": frm2,
                            # "Under that agreement, Britain ceded Patos to Venezuela": a cession
                            # under a document takes place when the document is made
                            "date": event_date(c, s, p, tok) or date,
                        },
                        s,
                        f"{trig.rule}:{tok.lemma_.lower()}",
                        trig.confidence,
                        negated=neg,
                    )
                elif doc is None and not mood:
                    frm2 = frm2 or giver_told(c, terr, to2) or other_of_pair(c, to2)
                    told = date or reported_day(c, s, tok, "handedOverTo")
                    told = told or (  # a run of past deeds: its time (not one told already)
                        None if receiver_told(c, terr) == to2 else paragraph_date(c, s, tok)
                    )
                    c.add(
                        "handedOverTo",
                        {"territory": terr, "to": to2, "from": frm2, "date": told},
                        s,
                        f"{trig.rule}:{tok.lemma_.lower()}",
                        trig.confidence,
                        negated=neg,
                    )


def _included(p: g.Parsed, tok: Token, lands: list[Entity]) -> list[Entity]:
    """ "will cede the archipelago, including Diego Garcia, to Mauritius": the land an "including"
    phrase of the object (or of the verb, where the parser hangs it) names is handed over with it,
    a handover of its own."""
    objs = [o for o in g.objects(tok) if o.dep_ != "ccomp"]
    if not lands or not objs:
        return []
    inside = [x for o in (tok, *objs) for x in g.preps(o, "including")]
    named = [m.entity for m in g.fillers(p, inside, {"T"})]
    return [e for e in named if e is not None and e not in lands]


def _by_court(p: g.Parsed, tok: Token) -> bool:
    """Whether a court or tribunal is the giver: what a court "gives" it awards (an incorporation,
    rules/awards.py), no handover between states."""
    courts = court_words()
    subj = g.subjects(tok)
    if any(x.lemma_.lower() in courts for x in subj):
        return True
    return any(
        set(e.label.lower().split()) & courts
        for m in g.fillers(p, subj, {"O", "D"})
        for e in m.entities
    )


@lru_cache(maxsize=1)
def court_words() -> frozenset[str]:
    """The nouns of a court (the court findings' ``subject_nouns``, data/lexicon/relations.yaml)."""
    return frozenset(
        w for r in load() for t in r.triggers if t.reader == "finding" for w in t.subject_nouns
    )


def _done_under(p: g.Parsed, tok: Token) -> bool:
    """Whether a handover told with its document was carried out: a state's act in the past ("It
    was transferred from Romania to the Soviet Union under a protocol signed in 1948", "Portugal
    ceded the town to Spain under the Treaty of Lisbon in 1668") is the transfer the document made
    as well as its promise; what the document itself does ("the treaty ceded the coast") or a
    present ("under the deal, Britain transfers") is its promise alone. Only the date the sentence
    gives the act is the transfer's, never the document's (told again with its day, it is one)."""
    if tok.pos_ != "VERB" or any(
        (m := p.mention(x)) is not None and m.tag == "D" for x in g.subjects(tok)
    ):
        return False
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and any(
        ch.dep_ in ("aux", "auxpass") and ch.tag_ == "VBD" for ch in tok.children
    )


def _framed(p: g.Parsed, tok: Token) -> bool:
    """Whether a deed done under a document is told as the document's terms, its "under" phrase
    opening the clause ("Under its terms Britain ceded Heligoland to Germany": the treaty's
    promise as well as the deed), not as the means of a dated act told in its own right ("Portugal
    ceded the town to Spain under the Treaty of Lisbon in 1668", "It was transferred to the Soviet
    Union under a protocol signed in 1948": the transfer alone, as the held-out gold reads them)."""
    return any(
        ch.dep_ == "prep" and ch.lower_ in ("under", "according") and ch.i < tok.i
        for ch in tok.children
    )


def handed_before(c: Collector, found: Sequence[Mention] = ()) -> list[Entity]:
    """The territories of the latest handover the article told of (promised or done). A phrase
    that can mean one island only ("the islet") means none of them that is no island: after "gave
    the Amapa territory to Brazil", "hand the islet over" is the islet told of before (h377)."""
    island = bool(found) and all(
        m.text.split()[-1].lower() in ph.nouns().singular_island for m in found
    )
    for f in reversed(c.facts):
        if f.rel in ("promisesHandover", "handedOverTo") and isinstance(
            f.args.get("territory"), Entity
        ):
            first = f.evidence.start
            return [
                t
                for x in c.facts
                if x.rel == f.rel
                and x.evidence.start == first
                and isinstance(t := x.args.get("territory"), Entity)
                and (not island or t.kind == "Island")
            ]
    return []


def _promise(
    c: Collector,
    s: Sentence,
    rule: str,
    conf: float,
    neg: bool,
    doc: Entity,
    terr: Entity,
    frm: Entity | None,
    to: Entity,
    cond: str | None,
) -> None:
    """A document's handover. Told again with its condition ("adding that Tokyo would get control
    after a treaty was signed"), the promise gains the condition; promised earlier by another
    document and now made conditional ("a later memorandum said they would only be handed over
    if ..."), it is the later document's condition on that promise."""
    earlier = [
        f
        for f in c.of("promisesHandover")
        if f.args.get("territory") == terr and f.args.get("to") == to
    ]
    same = [f for f in earlier if f.args.get("document") == doc]
    if same and cond and not same[0].args.get("condition"):
        old = same[0]
        c.replace(old, replace(old, args={**old.args, "condition": cond}))
        return
    if cond and earlier and not same:
        what = f"handover of {terr.label} to {to.label}"
        c.add(
            "conditionedOn",
            {"document": doc, "condition": cond, "what": what, "territory": terr, "to": to},
            s,
            rule,
            conf,
            negated=neg,
        )
        return
    c.add(
        "promisesHandover",
        {
            "document": doc,
            "territory": terr,
            "from": frm or (same[0].args.get("from") if same else None),
            "to": to,
            "condition": cond,
        },
        s,
        rule,
        conf,
        negated=neg,
    )
