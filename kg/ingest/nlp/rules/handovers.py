"""Handovers: a territory handed over, or promised on a condition, read from the handover triggers."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.acted_documents import document_copies
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.held import unheld
from kg.ingest.nlp.grammar.mood import wished
from kg.ingest.nlp.grammar.relatives import relative_noun
from kg.ingest.nlp.rules.common import (
    Collector,
)
from kg.ingest.nlp.rules.givers import giver_told, holder_told, receiver_told
from kg.ingest.nlp.rules.narrated import paragraph_date
from kg.ingest.nlp.rules.promise_terms import according_below, promised_condition
from kg.ingest.nlp.rules.receivers import other_of_pair
from kg.ingest.nlp.rules.reported_day import reported_day
from kg.ingest.nlp.rules.succession import then_state
from kg.ingest.nlp.triggers import Trigger, load
from kg.model import Entity
from kg.paths import DATA_DIR

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
    doc = _document_around(p, tok, c.disc.documents, relative=mood)
    if neg and mood and doc is None:
        return  # "Britain will never hand Gibraltar to Spain": a refusal, neither a promise nor a deed
    if doc is None and tok.pos_ in ("NOUN", "PROPN") and unheld(tok, trig.light):
        return  # "the planned handover ... was postponed": no transfer, and no document promised it
    cond_docs = _condition_documents(c, p, tok)
    aim = trig.aim and not _framed(p, tok)  # "force to take it back" (not "under it, ... would")
    if doc is None and mood and not wish and not aim:
        # "... would return them": the document the article is telling of (not "Tokyo wants
        # Moscow to return them": a wish)
        doc = next(
            (
                d
                for d in reversed(c.disc.documents)
                if d.key not in cond_docs
                and _promising(c, d)  # not "the advisory opinion", "the white paper"
                and c.disc.named_at.get(d.key, s.span.start) < s.span.start
            ),
            None,
        )
    date = doc.date if doc is not None else event_date(c, s, p, tok)
    for terr in filled["territory"]:
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
                    frm = frm or _other_party(c, p, doc, to) or holder_told(c, terr, to)
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
                            "date": event_date(c, s, p, tok),
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


#: The kinds of document that promise handovers between their parties: the one an article is
#: telling of when a handover "would" happen with no document named (rulings, resolutions and
#: papers order, urge or state: they promise nothing of their own).
_PROMISING = frozenset({"Treaty", "JointDeclaration", "Agreement", "Memorandum"})


def _condition_documents(c: Collector, p: g.Parsed, tok: Token) -> set[str]:
    """Documents a handover's condition names, which are not its promise ("would only be handed
    over after a peace treaty is signed": the treaty is awaited, the memorandum promises); not one
    the article says was signed already ("signed a treaty in May. Britain would cede the islands
    once the treaty is ratified": the treaty still waits on its ratification, and it promises)."""
    signed = {
        d.key
        for f in c.of("signed")
        if not f.negated and isinstance(d := f.args.get("document"), Entity)
    }
    return {
        m.entity.key
        for _, cl in g.conditions(tok)
        if cl is not None
        for t in cl.subtree
        if (m := p.mention(t)) is not None and m.tag == "D" and m.entity is not None
    } - signed


def _promising(c: Collector, doc: Entity) -> bool:
    """Whether a document can be a handover's promise: a treaty, an agreement or a declaration,
    or any document the article says was signed ("the ceasefire statement signed by ...")."""
    return doc.subtype in _PROMISING or any(
        f.args.get("document") == doc for f in c.of("signed") if not f.negated
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


def _other_party(c: Collector, p: g.Parsed, doc: Entity, to: Entity) -> Entity | None:
    """The giver of a document's handover where no one is said to give: the document's one party
    besides the receiver ("the agreement between Armenia and Azerbaijan ... will be handed over
    to Azerbaijan"; "the 1904 treaty between Bolivia and Chile gave Litoral to Chile"), from its
    "between" phrase here or the parties that signed it; none where several others remain."""
    parties: list[Entity] = []
    for t in p.tokens:
        m = p.mention(t)
        if m is None or doc not in m.entities:
            continue
        between = [x for x in g.preps(t, "between") for x in (x, *x.conjuncts)]
        parties += [e for f in g.fillers(p, between, {"S"}) for e in f.entities]
    for f in c.of("signed"):
        signers = f.args.get("parties")
        if f.args.get("document") == doc and isinstance(signers, tuple):
            parties += [e for e in signers if isinstance(e, Entity)]
    others = {e for e in parties if e.kind == "State" and e != to}
    return others.pop() if len(others) == 1 else None


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


def _document_around(
    p: g.Parsed, tok: Token, known: list[Entity], relative: bool = False
) -> Entity | None:
    """The document that states a handover: the subject of a verb above it ("the declaration
    provided for the handover"), the noun a participle above it hangs on ("the memorandum calling
    for the handover", and "the declaration provided for ..." where the parser read a participle),
    or the object of "under"/"according to"/"in" there (for a promise, ``relative``, also the noun
    "under which" stands for), or whose terms that object is ("under its terms", "under the terms of the treaty"; ``known``: the article's documents so far)."""
    for host in (tok, *g.ancestors_to_root(tok)):
        shared = host.i == tok.head.i != tok.i and tok.dep_ == "conj" and g.is_passive(host)
        through = [x for w in ("under", "to", "in", "by") for x in g.preps(host, w)]
        through = [x for x in through if not (shared and x.head.lower_ == "by")]
        if host == tok:  # "... should a survey place it there, according to minutes signed in
            through += according_below(tok)  # Kisumu": the parser hung the source on the condition
        if relative:  # "a treaty under which the islands will be transferred": the treaty (a
            through = [relative_noun(x) for x in through]  # deed told so stays a deed)
        # the by-agent of a passive it is joined to did that one ("was awarded to A by the ruling
        # and handed to B in 2022"): not the document of this handover
        subjects = [] if shared else g.subjects(host)
        # "a draft of the minutes provides that ...": the document the copy is of
        subjects += [
            o for x in subjects if x.lemma_.lower() in document_copies() for o in g.preps(x, "of")
        ]
        slots = [*subjects, *([host.head] if host.dep_ == "acl" else []), *through]
        for m in g.fillers(p, slots, {"D"}):
            if m.entity is not None:
                return m.entity
        for part in (x for x in through if x.lemma_.lower() in document_parts()):
            whose = [ch for ch in part.children if ch.dep_ == "poss"] + g.preps(part, "of")
            for m in g.fillers(p, whose, {"D"}):
                if m.entity is not None:
                    return m.entity
            if known and any(w.lower_ in ("its", "their") for w in whose):
                return known[-1]  # "Under its terms Britain ceded ...": the document just named
        if host.dep_ == "relcl":
            break  # "ceded Heligoland, which it had seized from Denmark": the clause's own act
    return None


@lru_cache(maxsize=1)
def document_parts() -> frozenset[str]:
    """Nouns for the parts of a document ("terms", "provisions"), from the references data file."""
    data = yaml.safe_load((DATA_DIR / "lexicon" / "references.yaml").read_text(encoding="utf-8"))
    return frozenset(str(w) for w in data.get("document_parts", ()))
