"""Land a court awards: "The International Court of Justice awarded the Bakassi peninsula to
Cameroon", "the 1999 judgment placed Kasikili Island under Botswana's sovereignty", "the tribunal
gave sovereignty over Taba to Egypt" (the ``incorporates`` trigger with ``reader: award`` in
data/lexicon/relations.yaml).

A ruling that gives a state a territory declares it part of that state: the document is the ruling
the subject names, or the court's own ruling of the day (as "the court ruled" issues one, rules/
rulings.py), or, for a court named by its noun alone ("the court"), the one it was last told to
issue. The land is the object, or what the sovereignty (title, control) the object names is over;
the state, the to-phrase or the owner of the "under" phrase. A ruling is the one of the date the
sentence gives, or the one the court was last told to issue; none is made up for the article's day. A committee that awards a prize, or a
treaty that gives land, is no court: the subject's words must hold one of ``subject_nouns``; but a
document that "awards" land (the verb of an allotment) declares it the state's whatever its kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.rulings import court_ruling, is_court, issued_before
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import Relation, Trigger
from kg.iris import entity_key
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of a right over land whose of- or over-phrase names the land ("sovereignty over Taba").
_RIGHTS = frozenset({"sovereignty", "title", "control", "jurisdiction", "ownership", "possession"})


def award(c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger) -> None:
    """One ``incorporates`` for each territory the court's ruling gives a state."""
    if tok.lemma_.lower() == "leave" and _left_in(c, s, p, tok, trig):
        return
    found = _ruling(c, s, p, tok, trig)
    if found is None:
        return
    court, doc = found
    lands = _lands(p, g.objects(tok))
    to = [*g.preps(tok, "to"), *g.datives(tok)]  # "gave Honduras sovereignty over the islands"
    states = [e for m in g.fillers(p, to, {"S"}) for e in m.entities]
    for under in g.preps(tok, "under"):  # "placed X under Botswana's sovereignty"
        owners = [ch for ch in under.children if ch.dep_ in ("poss", "amod", "compound")]
        states += [e for m in g.fillers(p, owners, {"S"}) for e in m.entities]
    if not lands or not states:
        return
    date = doc.date or event_date(c, s, p, tok)
    rule = f"{trig.rule}:{tok.lemma_.lower()}"
    if court is not None and not issued_before(c, court, doc):
        c.add("issued", {"issuer": court, "document": doc, "date": date}, s, rule, trig.confidence)
    for land, state in _paired(p, tok, lands, states):
        args = {"document": doc, "territory": land, "into": state, "date": date}
        c.add("incorporates", {k: v for k, v in args.items() if v}, s, rule, trig.confidence)


def _paired(
    p: g.Parsed, tok: Token, lands: list[Entity], states: list[Entity]
) -> list[tuple[Entity, Entity]]:
    """Each land with each state; but where several states follow the lands in turn ("awarded
    Meanguera and Meanguerita to El Salvador and El Tigre to Honduras", where the parse may lose
    El Tigre), each land with the first state named after it."""
    pairs = [(land, state) for land in dict.fromkeys(lands) for state in dict.fromkeys(states)]
    if len(set(states)) < 2:
        return pairs
    after = [m for t in p.doc[tok.i + 1 :] if (m := p.mention(t)) is not None and m.entities]
    place = {e.key: m.start for m in reversed(after) for e in m.entities}
    if not all(e.key in place for e in (*lands, *states)):
        return pairs
    out: list[tuple[Entity, Entity]] = []
    for land in dict.fromkeys(lands):
        later = [st for st in dict.fromkeys(states) if place[st.key] > place[land.key]]
        if not later:
            return pairs  # "gave Honduras and El Salvador the islands": no order to go by
        out.append((land, min(later, key=lambda st: place[st.key])))
    return out


def _ruling(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, trig: Trigger
) -> tuple[Entity | None, Entity] | None:
    """(The court, if named, and its ruling) that ``tok``'s subject names."""
    subj = g.subjects(tok)
    for m in g.fillers(p, subj, {"D"}):  # "the 2002 judgment gave ..."
        if m.entity is not None and is_court(m.entity, trig):
            return None, m.entity
        if m.entity is not None and tok.lemma_.lower() == "award":
            return None, m.entity  # "awarded to Latvia by the 1920 treaty": any document's award
    courts = [e for m in g.fillers(p, subj, {"O"}) for e in m.entities if is_court(e, trig)]
    named = [  # "In a 1992 judgment the court awarded ...": the ruling the text names
        m.entity
        for d in tok.children
        if d.dep_ == "prep" and d.lower_ == "in"
        for m in g.fillers(p, [d], {"D"})
        if m.entity is not None
    ]
    if courts and named:
        return courts[0], named[0]
    if (
        courts and event_date(c, s, p, tok) is not None
    ):  # "the ICJ awarded ... in 2002": that ruling
        return court_ruling(c, s, p, tok, trig)
    if not courts and g.fillers(p, subj, {"O", "S", "P", "D"}):
        return None
    if not courts and not any(x.lemma_.lower() in trig.subject_nouns for x in subj):
        return None
    for f in reversed(c.of("issued")):  # "the court gave X to A": the ruling it was last told of
        court, doc = f.args.get("issuer"), f.args.get("document")
        if isinstance(court, Entity) and isinstance(doc, Entity) and is_court(court, trig):
            if not courts or court in courts:
                return court, doc
    return None  # "The court gave X to A" with no ruling told: not one of the article's day


def _lands(p: g.Parsed, objs: list[Token]) -> list[Entity]:
    """The territories the objects name, or the ones a right they name is over (not land an
    amount of which is given: "gave Pakistan 900 square kilometres of the territory")."""
    heads = [o for o in objs if p.mention(o) is not None]
    for o in objs:
        if o.lemma_.lower() in _RIGHTS:
            heads += [x for w in ("over", "of", "to") for x in g.preps(o, w)]
    return [e for m in g.fillers(p, heads, {"T"}) for e in m.entities]


#: Nouns of a line that, like a document, leaves land on one side ("the new border leaves X in Y").
_LINES = frozenset({"line", "border", "boundary", "frontier"})


def _left_in(c: Collector, s: Sentence, p: g.Parsed, tok: Token, trig: Trigger) -> bool:
    """ "The 1972 convention left Tindouf in Algeria", "the treaty leaves Abrene inside Russia's
    Pskov region", "left the cay with Belize", "on the Indian side": a document or a line that leaves land in a state says who holds it (``controls``),
    and in a state's region, that it is part of it (``partOf``). A court's ruling stays an award."""
    subj = g.subjects(tok)
    docs = [m for m in g.fillers(p, subj, {"D"}) if m.entity is not None]
    if not docs and not any(x.lemma_.lower() in _LINES for x in subj):
        return False
    if any(m.entity is not None and is_court(m.entity, trig) for m in docs):
        return False
    objs = g.objects(tok)
    lands = [_as_land(e) for m in g.fillers(p, objs, {"T", "C"}) for e in m.entities]
    hosts = [tok, *(a for o in objs for a in o.children if a.dep_ == "appos")]  # misread on
    where = [x for h in hosts for w in ("in", "inside", "within") for x in g.preps(h, w)]
    kept = g.preps(tok, "with")  # "left the island with Singapore": a state keeps it
    kept += [x for x in g.preps(tok, "on") if x.lemma_.lower() == "side"]  # "on the Indian side"
    states = [e for m in g.fillers(p, where + kept, {"S"}) for e in m.entities]
    wholes = [m.entity for m in g.fillers(p, where, {"T"}) if m.entity is not None]
    for place in where:
        owners = [ch for ch in place.children if ch.dep_ == "poss"]  # "Russia's Pskov region"
        states += [e for m in g.fillers(p, owners, {"S"}) for e in m.entities]
    if not lands or not (states or wholes) or len(set(states)) > 1:
        return False  # "left A with X and B with Y": a gapped pairing the parse does not give
    rule = f"{trig.rule}:left"
    for land in dict.fromkeys(lands):
        for state in dict.fromkeys(states):
            c.add("controls", {"state": state, "territory": land}, s, rule, 0.7)
        for whole in dict.fromkeys(wholes):
            if whole != land:
                c.add("partOf", {"part": land, "whole": whole}, s, rule, 0.7)
    return True


def _as_land(e: Entity) -> Entity:
    """A town a document leaves in a state is land there ("left Tindouf in Algeria")."""
    if e.kind != "City":
        return e
    return Entity("Territory", entity_key("Territory", e.label), e.label, e.aliases)
