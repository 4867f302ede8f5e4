"""A document issued or a deal struck at talks whose parties the talks name: "the joint communique
issued after the summit between Kenya and Ethiopia", "the agreement, reached after talks in Geneva
between Slovakia and Hungary".

Wire copy tells who made such a text by the meeting it came out of, not by a subject or a by-phrase
of its own. The participle (an issuing verb of ``issued``, a light verb of ``agreedTo``'s deal
nouns) hangs on the document or the deal; its after-phrase (or "following", "at") holds a meeting
noun of ``meeting``; that noun's between-phrase names two states or more (officials stand for the
states they serve). A by-phrase names the makers itself, and then this reader stays out.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector, person_state, span_text
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import Trigger, lemmas_of, load
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

_RULE = "after-talks"
#: The prepositions that place a text's making at a meeting ("issued after the summit").
_AT = frozenset({"after", "following", "at", "during"})


def _issues(t: Trigger) -> bool:
    slots = dict(t.slots)
    return (
        not t.noun
        and not t.particle
        and not t.reader
        and not t.object_lemmas
        and slots.get("subject") == "issuer"
        and slots.get("object") == "document"
    )


@lru_cache(maxsize=1)
def _issuing() -> frozenset[str]:
    """The verbs that issue a document named as their object ("issued", "released", "adopted")."""
    return lemmas_of("issued", _issues)


@lru_cache(maxsize=1)
def deals() -> tuple[frozenset[str], frozenset[str]]:
    """The deal nouns of ``agreedTo`` and the light verbs that make them ("reached", "struck")."""
    told = [
        t
        for r in load()
        if r.name == "agreedTo"
        for t in r.triggers
        if t.noun and t.light and not t.requires_head
    ]
    return (
        frozenset(x for t in told for x in t.lemmas),
        frozenset(x for t in told for x in t.light),
    )


@lru_cache(maxsize=1)
def _meetings() -> frozenset[str]:
    return lemmas_of("meeting", lambda t: t.noun)


def made_at_talks(c: Collector, s: Sentence) -> None:
    p = s.parsed
    if p is None:
        return
    nouns, lights = deals()
    for tok in p.tokens:
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head is tok:
            continue
        lemma, made = tok.lemma_.lower(), tok.head
        if any(ch.dep_ == "agent" for ch in tok.children) or g.negated(tok):
            continue
        issued = lemma in _issuing()
        if not issued and not (lemma in lights and made.lemma_.lower() in nouns):
            continue
        states = _parties(c, p, tok)
        if len(states) < 2:
            continue
        date = event_date(c, s, p, tok)
        if issued:
            m = p.mention(made)
            if m is None or m.tag != "D" or m.entity is None:
                continue
            for st in states:
                args = {"issuer": st, "document": m.entity, "date": date}
                c.add("issued", args, s, _RULE, 0.7)
        else:
            what = span_text(c, p.span(list(made.subtree)))  # as the deal nouns' own reader
            c.add("agreedTo", {"parties": states, "what": what, "date": date}, s, _RULE, 0.7)


@lru_cache(maxsize=1)
def _outcomes() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs by which talks end in a deal, and the prepositions that hold it ("Talks between A
    and B ended with an agreement to ...", "the summit produced a deal"): references.yaml."""
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml").get("talks_outcomes", {})
    return frozenset(data.get("verbs", ())), frozenset(data.get("prepositions", ()))


def ended_in_a_deal(c: Collector, s: Sentence) -> None:
    """ "Talks between Ghana and Ivory Coast ended on Monday with an agreement to set up a joint
    commission": the deal the talks ended with is the agreement of the states the talks' own
    between-phrase names (the talks are the verb's subject; no party is its own)."""
    p = s.parsed
    if p is None:
        return
    nouns, _ = deals()
    verbs, preps = _outcomes()
    for deal in p.tokens:
        if deal.lemma_.lower() not in nouns:
            continue
        verb = deal.head.head if deal.dep_ == "pobj" and deal.head.lower_ in preps else deal.head
        if deal.dep_ not in ("pobj", "dobj") or verb.lemma_.lower() not in verbs or g.negated(verb):
            continue
        states = _parties(c, p, verb, g.subjects(verb))
        if len(states) >= 2:
            what = span_text(c, p.span(list(deal.subtree)))
            date = event_date(c, s, p, verb)
            c.add("agreedTo", {"parties": states, "what": what, "date": date}, s, _RULE, 0.7)


def _parties(
    c: Collector, p: g.Parsed, verb: Token, meetings: list[Token] | None = None
) -> tuple[Entity, ...]:
    """The states the between-phrase of the meeting in ``verb``'s after-phrase names (or of the
    ``meetings`` given)."""
    if meetings is None:
        meetings = [
            o
            for pr in verb.children
            if pr.dep_ == "prep" and pr.lower_ in _AT
            for o in pr.children
            if o.dep_ == "pobj"
        ]
    # "after two days of talks": the meeting noun the measure's of-phrase holds
    meetings = [*meetings, *(o for m in meetings for o in g.preps(m, "of"))]
    found: list[Entity] = []
    for m in (m for m in meetings if m.lemma_.lower() in _meetings()):
        for e in (e for f in g.fillers(p, g.preps(m, "between"), {"S", "P"}) for e in f.entities):
            st = e if e.kind == "State" else person_state(c, e)
            if st is not None and st.kind == "State" and st not in found:
                found.append(st)
    return tuple(found)
