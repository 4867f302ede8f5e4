"""Disputes over territory: a land named as an issue, and the parties the article or the gazetteer
gives it; rival claims and rejected claims that make two states parties to one dispute."""

from __future__ import annotations

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import pairs
from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.claim_words import names_claim
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.territory import conjuncts, land_at, parsed
from kg.model import Entity, Fact


def _disputed(p: g.Parsed) -> list[Entity]:
    """Territories the sentence names as a matter in dispute: "the Kuril Islands issue", "a
    quarrel over four islands", "the disputed Senkaku Islands" (the words are data)."""
    n = ph.nouns()
    out: list[Entity] = []
    for tok in p.tokens:
        lemma = tok.lemma_.lower()
        if lemma in n.dispute_nouns and not (
            tok.lower_ in n.dispute_marks and tok.dep_ in ("amod", "compound")
        ):
            for ch in tok.children:  # "the Kuril Islands issue"
                m = land_at(p, ch)
                if ch.dep_ in ("compound", "nmod", "amod") and m is not None:
                    out.extend(m.entities[:1])
            for prep in tok.children:  # "a quarrel over four islands"
                if prep.dep_ == "prep" and prep.lower_ in n.dispute_preps:
                    for obj in (o for o in prep.children if o.dep_ == "pobj"):
                        out.extend(m.entities[0] for t in conjuncts(obj) if (m := land_at(p, t)))
        if tok.lower_ in n.dispute_marks and tok.dep_ in ("amod", "compound"):
            m = land_at(p, tok.head)  # "the disputed Senkaku Islands"; "the disputed islands" as
            # the islands last talked about
            if m is not None and (m is not p.mention(tok) or m.how == "anaphor"):
                out.extend(m.entities[:1])
    return list(dict.fromkeys(out))


def disputes(c: Collector, s: Sentence) -> None:
    """A territory named as an issue or dispute: its parties are the states that claim, hold or
    assert sovereignty over it in this article, else the gazetteer's claimants named in it; the pair
    the sentence itself names where one of them is such a party ("Romania and Ukraine ..., both
    saying the ruling had kept a quarrel over Snake Island ...", not a later occupier's)."""
    p = parsed(s) if "«T" in s.masked.text else None
    if p is None:
        return
    pair = pairs.named_pair(c.source.text, s.masked.mentions)
    for terr in _disputed(p):
        related = _related(c, terr)
        parties = _parties(c, related)
        parties = list(  # "Soviet troops took the four disputed islands": Russia's now
            dict.fromkeys(x for e in parties if isinstance(x := _now(c, e), Entity))
        )
        known = {e.key for e in parties} | {
            c.gz.holder.get(terr.key),
            *c.gz.claimants.get(terr.key, ()),
        }
        if pair and {e.key for e in pair} & known:
            parties = list(pair)
        named = {e.key for e in c.disc.state_order}
        if len(parties) < 2:
            for key in (c.gz.holder.get(terr.key), *c.gz.claimants.get(terr.key, ())):
                ent = c.gz.get(key) if key else None
                if ent is not None and ent.key in named and ent not in parties:
                    parties.append(ent)
        parties = _named_pair(p, parties)
        if len(parties) >= 2 and not _same_dispute(c, related, parties):
            c.add(
                "disputes",
                {"parties": tuple(parties), "territory": terr},
                s,
                "dispute-over",
                0.75,
                derived=True,
            )


def _same_dispute(c: Collector, related: set[str], parties: list[Entity]) -> bool:
    """Whether the article already has this dispute ("the territorial row ... the four disputed
    islands"): the same parties over the same land, told once."""
    keys = {e.key for e in parties}
    return any(
        isinstance(t := f.args.get("territory"), Entity)
        and t.key in related
        and isinstance(ps := f.args.get("parties"), tuple)
        and {e.key for e in ps} == keys
        for f in c.of("disputes")
    )


def _named_pair(p: g.Parsed, parties: list[Entity]) -> list[Entity]:
    """ "Romania and Ukraine on Monday marked the ruling, saying it had kept a quarrel over Snake
    Island from escalating": the two states the sentence's subject names are the quarrel's parties,
    where one of them is among those the article gives the land (Ukraine holds it) and the
    article's include one not named there (Russia, which once seized it); otherwise (three named,
    a subject that is no pair of states: "the report lists the question") the article's."""
    roots = [t for t in p.tokens if t.dep_ == "ROOT"]
    named = list(
        dict.fromkeys(
            e
            for m in g.fillers(p, [x for r in roots for x in g.subjects(r)], {"S"})
            if m.how in ("name", "alias", "capital")
            for e in m.entities
            if e.kind == "State"
        )
    )
    if len(named) == 2 and set(named) & set(parties) and not set(parties) <= set(named):
        return named
    return parties


def contested(c: Collector, sentences: list[Sentence]) -> None:
    """A state claims what another controls (or was made part of: an incorporation), or two states
    claim one territory no one is said to hold: they dispute it."""
    # one dispute a land, its holder and every claimant its parties ("held by Belize, claimed by
    # both Honduras and Guatemala"): the first claim its evidence
    pending: list[tuple[Fact, Entity, set[str], list[Entity]]] = []
    for claim in c.of("claims"):
        terr, claimant = claim.args.get("territory"), claim.args.get("claimant")
        if claim.negated or not isinstance(terr, Entity):
            continue
        related = _related(c, terr)
        held_by = [
            *((f, "state") for f in c.of("controls")),
            *((f, "into") for f in c.of("incorporates")),
        ]
        current = _current_holder(c, terr, related, held_by)
        for ctl, role in held_by:  # held, or made part of a state ("a ruling gave the cays to X")
            holder, held = _now(c, ctl.args.get(role)), ctl.args.get("territory")
            if not (isinstance(holder, Entity) and isinstance(claimant, Entity)):
                continue
            if current is not None and holder != current:
                continue  # "Occupied by the United States after the war, they were returned to
                # Japanese control in 1972": a former holder is no party
            if (
                isinstance(held, Entity)
                and held.key in related
                and holder != claimant
                and not ctl.negated
                and not _told_of(c, related, "disputes")
            ):
                told = next((x for x in pending if terr.key in x[2] and holder in x[3]), None)
                if told is None:
                    pending.append((claim, terr, related, [holder, claimant]))
                elif claimant not in told[3]:
                    told[3].append(claimant)
    for claim, terr, _, parties in pending:
        _derive(c, sentences, claim, tuple(parties), terr, "claim-vs-control")
    _rival_claims(c, sentences)
    _rejected_claims(c, sentences)


def _rejected_claims(c: Collector, sentences: list[Sentence]) -> None:
    """ "Belize rejects Guatemala's claim to more than half of its territory": a state that rejects
    another's claim to a territory disputes it with the claimant; so does one that rejects another's
    sovereignty or control where the gazetteer knows it for a claimant or holder of the land
    ("Argentina disputes British sovereignty over the Falklands"; not "the US does not recognise
    Russia's sovereignty over Crimea"). The states that reject one claim in one sentence ("Vietnam
    and the Philippines reject ...") are parties of one dispute."""
    found: dict[tuple[int, str, str], tuple[Fact, list[Entity]]] = {}
    for rej in c.of("rejectsClaim"):
        terr, claimant, state = (rej.args.get(k) for k in ("territory", "claimant", "state"))
        if rej.negated or not isinstance(terr, Entity) or terr.kind == "State":
            continue
        if not (isinstance(claimant, Entity) and isinstance(state, Entity)) or claimant == state:
            continue
        if state.kind != "State":  # "the African Union rejected X's claim": a body is no party
            continue
        if not (names_claim(rej.args.get("what")) or _party_to(c, state, terr)):
            continue  # "the US rejected Russia's annexation": a third state takes no part
        key = (rej.evidence.start, claimant.key, terr.key)
        parties = found.setdefault(key, (rej, [claimant]))[1]
        if state not in parties:
            parties.append(state)
    for rej, parties in found.values():
        terr = rej.args["territory"]
        assert isinstance(terr, Entity)  # kept above
        wholes = set(c.gz.part_of(terr.key))  # "the Kurils" disputed: Kunashir is in that one
        if not _told_of(c, _related(c, terr) | wholes, "disputes"):
            _derive(c, sentences, rej, tuple(parties), terr, "claim-rejected")


def _party_to(c: Collector, state: Entity, terr: Entity) -> bool:
    """Whether the gazetteer knows ``state`` for the holder or a claimant of ``terr``."""
    return state.key == c.gz.holder.get(terr.key) or state.key in c.gz.claimants.get(terr.key, ())


def _rival_claims(c: Collector, sentences: list[Sentence]) -> None:
    """ "Both countries had claimed the island": two claimants of one territory dispute it; so do
    two states that each say it is theirs ("India says Depsang is an integral part of India";
    "China's sovereignty over the area is beyond doubt")."""
    by_territory: dict[str, list[Fact]] = {}
    for claim in (*c.of("claims"), *c.of("assertsSovereignty")):
        terr = claim.args.get("territory")
        if not claim.negated and isinstance(terr, Entity):
            by_territory.setdefault(terr.key, []).append(claim)
    for claims in by_territory.values():
        claimants = list(
            dict.fromkeys(
                x
                for f in claims
                if isinstance(x := f.args.get("claimant") or f.args.get("state"), Entity)
                and x.kind == "State"
            )
        )
        terr = claims[0].args["territory"]
        assert isinstance(terr, Entity)  # grouped by it above
        if len(claimants) < 2 or _told_of(c, _related(c, terr), "disputes", "controls"):
            continue
        _derive(c, sentences, claims[-1], tuple(claimants), terr, "rival-claims")


def _told_of(c: Collector, related: set[str], *rels: str) -> bool:
    """Whether a fact of ``rels`` is already on one of the ``related`` territories."""
    return any(
        isinstance(t := f.args.get("territory"), Entity) and t.key in related
        for rel in rels
        for f in c.of(rel)
    )


def _derive(
    c: Collector,
    sentences: list[Sentence],
    claim: Fact,
    parties: tuple[Entity, ...],
    terr: Entity,
    rule: str,
) -> None:
    """A dispute derived from a claim, with the claim's sentence as its evidence; none over a
    land that is one of its parties ("Serbia does not recognize Kosovo's declaration of
    independence": a dispute of Kosovo's status, not of land between Kosovo and Serbia)."""
    if any(_same_name(p, terr) for p in parties):
        return
    start = claim.evidence.start
    s = next(x for x in sentences if x.span.start <= start < x.span.end + 1)
    c.add("disputes", {"parties": parties, "territory": terr}, s, rule, 0.65, derived=True)


def _same_name(party: Entity, terr: Entity) -> bool:
    return party.label == terr.label or party.key.rsplit("/", 1)[-1] == terr.key.rsplit("/", 1)[-1]


def _current_holder(
    c: Collector, terr: Entity, related: set[str], held_by: list[tuple[Fact, str]]
) -> Entity | None:
    """The land's holder today, where the article tells several holders of it and the gazetteer
    names one of them for it ("occupied by the United States after the war ... returned to
    Japanese control"); None where the article tells one holder, or the gazetteer none of them."""
    holders = {
        h
        for ctl, role in held_by
        if not ctl.negated
        and isinstance(held := ctl.args.get("territory"), Entity)
        and held.key in related
        and isinstance(h := _now(c, ctl.args.get(role)), Entity)
    }
    known = c.gz.holder.get(terr.key)
    if len(holders) < 2 or known is None:
        return None
    return next((h for h in holders if h.key == known), None)


def _now(c: Collector, state: object) -> object:
    """A former state's territory is held today by its successor (Soviet Union -> Russia)."""
    if not isinstance(state, Entity) or state.key not in c.gz.until:
        return state
    for successor, preds in c.gz.successor_of.items():
        if state.key in preds and successor not in c.gz.until:
            return c.gz.get(successor) or state
    return state


def _related(c: Collector, terr: Entity) -> set[str]:
    keys = {terr.key}
    keys.update(c.gz.parts.get(terr.key, ()))
    for part in list(keys):
        keys.update(c.gz.parts.get(part, ()))
    return keys | _named_alike(c, terr)


def _named_alike(c: Collector, terr: Entity) -> set[str]:
    """The article's lands named as ``terr`` is but for a common noun after the name ("Lipulekh"
    and "the Lipulekh pass", "Naktuka" and "the Naktuka area"): one place, which one state claims
    and another holds."""
    out: set[str] = set()
    for f in c.facts:
        for other in f.args.values():
            if not isinstance(other, Entity) or other.key == terr.key:
                continue
            short, long = sorted((terr.label, other.label), key=len)
            rest = long[len(short) :]
            if long.startswith(short + " ") and rest.strip().isalpha() and rest.strip().islower():
                out.add(other.key)
    return out


def _parties(c: Collector, related: set[str]) -> list[Entity]:
    out: list[Entity] = []
    for f in c.facts:
        if f.rel in ("claims", "controls", "assertsSovereignty") and not f.negated:
            terr = f.args.get("territory")
            state = f.args.get("claimant") or f.args.get("state")
            if (
                isinstance(terr, Entity)
                and terr.key in related
                and isinstance(state, Entity)
                and state not in out
            ):
                out.append(state)
    return out
