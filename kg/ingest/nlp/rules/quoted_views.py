"""A view said in a quotation's sentence of its own: '"Shaksgam Valley is part of India's
territory. We have never accepted ...," the spokesman said', '... said Foreign Minister X. "The
cays are Colombian."'. A trigger that counts only under a verb of saying (``requires_head`` of
data/lexicon/relations.yaml holding "say") counts in the main clause of a sentence that lies whole
inside a quotation whose speaker rules/speech.py found, though its tag stands in another sentence
of that quotation: the speaker said it. Whose view it is, is then the speaker's state's alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules import inserted_tags, stances
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence
    from kg.ingest.nlp.rules.common import Collector
    from kg.ingest.nlp.triggers import Trigger


def heard(s: Sentence, tok: Token, trig: Trigger) -> bool:
    """Whether the trigger stands where its class needs it: under one of its verbs, or, for a
    verb of saying, in the main clause of a quoted sentence with a known speaker; a ``narrated``
    trigger under none and outside quotations."""
    if trig.narrated:
        head = inserted_tags.reporting_verb(tok)
        return s.quote is None and (
            head == tok or head.lemma_.lower() not in inserted_tags.saying()
        )
    if (
        not trig.requires_head
        or inserted_tags.reporting_verb(tok).lemma_.lower() in trig.requires_head
    ):
        return True
    return _quoted_alone(s, tok, trig)


def own_view(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, trig: Trigger, filled: dict[str, list]
) -> bool:
    """``stances.own_view``; in the main clause of a quoted sentence, the state its speaker speaks
    for is the one whose view it is ('"Kunashir is Russian territory," the Japanese minister
    said' is no view of Russia's). Where that state is unknown, a trigger admitted only by the
    quotation counts for none; another is read as the outlet's sentence would be."""
    alone = _quoted_alone(s, tok, trig)
    state = _speaker_state(c, s.reporter) if alone or _main_clause(s, tok, trig) else None
    if state is None and not alone:
        return stances.own_view(c, p, tok, filled, trig.own)
    if state is None:  # "foreign ministry spokesman X": whose, the article may tell later
        c.views_open.append((s.span.start, s.span.end, str(trig.own)))
        return bool(filled[trig.own])
    filled[trig.own] = [e for e in filled[trig.own] if e == state]
    return bool(filled[trig.own])


def settle(c: Collector) -> None:
    """Once the offices are read: a quoted view kept while its speaker's state was unknown stays
    only where that state is the one the view is of."""
    offices: dict[str, Entity] = {}
    for f in c.of("holdsRole"):
        person, of = f.args.get("person"), f.args.get("of")
        if isinstance(person, Entity) and isinstance(of, Entity):
            offices[person.key] = of if of.kind == "State" else bodies.owner(c.gz, of) or of
    for start, end, role in c.views_open:
        for f in [f for f in c.facts if start <= f.evidence.start < end and role in f.args]:
            who = f.reported_by
            state = offices.get(who.key) if who is not None else None
            if state is None or state.kind != "State":
                state = _speaker_state(c, who)
            if state is None or f.args[role] != state:
                c.facts.remove(f)


def _speaker_state(c: Collector, who: Entity | None) -> Entity | None:
    if who is None:
        return None
    return stances.speaks_for(c, who, "O" if who.kind == "Organization" else "P")


def _quoted_alone(s: Sentence, tok: Token, trig: Trigger) -> bool:
    return "say" in trig.requires_head and _main_clause(s, tok, trig)


def _main_clause(s: Sentence, tok: Token, trig: Trigger) -> bool:
    """Whether the trigger's clause is the main clause of a sentence inside a quotation with a
    known speaker, and no verb of saying of its own governs it."""
    if s.quote is None or s.reporter is None:
        return False
    head = tok if tok.pos_ in ("VERB", "AUX") else g.reporting_head(tok)
    while head.dep_ == "conj" and head.head != head:  # "The cays are Colombian, and ... will"
        head = head.head
    return head.dep_ == "ROOT" and head.lemma_.lower() not in (
        trig.requires_head or inserted_tags.saying()
    )
