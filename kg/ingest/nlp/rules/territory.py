"""Claims, control, sovereignty, handovers, part-of and disputes over territory."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import pairs
from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.part_slots import sea_placed
from kg.ingest.nlp.rules.stances import names_claim
from kg.ingest.nlp.triggers import load
from kg.model import Entity, Fact

if TYPE_CHECKING:
    from spacy.tokens import Token


def _wholes(c: Collector, terrs: tuple[Entity, ...]) -> list[Entity]:
    """ "The four islands, Kunashir, Iturup, Shikotan and Habomai": the group, not its listed parts."""
    keys = {t.key for t in terrs}
    return [t for t in terrs if not any(t.key in c.gz.parts.get(w, ()) for w in keys)]


def _parsed(s: Sentence) -> g.Parsed | None:
    """The sentence's parse with its mentions (parsed for its relations, references or here)."""
    if s.parsed is not None:
        return s.parsed
    return g.Parsed.of(s.doc, s.span.start, s.masked.mentions) if s.doc is not None else None


def _land(p: g.Parsed, tok: Token) -> Mention | None:
    """The territory mention a token heads ("the Habomai islets": by its compound's mention)."""
    m = p.mention(tok)
    if m is not None and m.tag == "T" and m.entities:
        return m
    for ch in tok.children:
        m = p.mention(ch)
        if ch.dep_ == "compound" and m is not None and m.tag == "T" and m.entities:
            return m
    return None


def _roots(p: g.Parsed, tag: str) -> Iterator[tuple[Token, Mention]]:
    """Each mention of ``tag`` with the token that heads its words in the parse."""
    for tok in p.doc:
        m = p.mention(tok)
        if m is not None and m.tag == tag and m.entities:
            if tok.head.i == tok.i or p.mention(tok.head) is not m:
                yield tok, m


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for t in tok.subtree:
        if t.dep_ == "conj" and t.head in out:
            out.append(t)
    return out


def part_of(c: Collector, s: Sentence) -> None:
    """Read from the parse (:func:`_parts_said`); then "sovereign Ukrainian territory", and what
    the gazetteer knows, for a part and a whole named in one sentence ("X is part of Y" is a
    relation of the trigger classes)."""
    p = _parsed(s) if "«T" in s.masked.text else None
    if p is not None:
        _parts_said(c, s, p)
    for ment in s.masked.mentions:  # "sovereign Ukrainian territory" is Ukraine's
        if ment.how == "state-territory" and ment.entity and ment.office_of:
            c.add(
                "partOf",
                {"part": ment.entity, "whole": ment.office_of},
                s,
                "sovereign-territory",
                0.7,
            )
        if ment.how == "counted" and ment.entity and ment.office_of:  # "the four Kuril Islands"
            c.add("partOf", {"part": ment.entity, "whole": ment.office_of}, s, "counted-part", 0.7)
    named = [
        m.entity for m in s.masked.mentions if m.tag == "T" and m.entity and m.how != "anaphor"
    ]
    for whole in named:  # (a sea only where it places the clause or a land, not "claims in
        for part in named:  # the South China Sea")
            if part.key in c.gz.parts.get(whole.key, ()) and (
                whole.key not in c.gz.waters or p is not None and sea_placed(p, whole)
            ):
                c.add("partOf", {"part": part, "whole": whole}, s, "gazetteer-part", 0.6)


def _parts_said(c: Collector, s: Sentence, p: g.Parsed) -> None:
    """An appositive list ("The four islands, Kunashir, Iturup, Shikotan and the Habomai islets"),
    "Uotsuri among them", "Kunashir, one of the four islands", "the Spratly Islands in the South
    China Sea", "Japan's Hokkaido"."""
    for tok, m in _roots(p, "T"):
        whole = m.entities[0]
        for app in (ch for ch in tok.children if ch.dep_ == "appos" and p.mention(ch) is not m):
            # (not a word of the name itself: "Gilgit-Baltistan" read as an apposition)
            parts = [x for t in _conjuncts(app) if (x := _land(p, t)) is not None]
            if len(parts) >= 2 and whole.kind != "Island":  # "Anjouan, Moheli and ...": a list
                for part in dict.fromkeys(e for x in parts for e in x.entities):
                    if part != whole:
                        c.add("partOf", {"part": part, "whole": whole}, s, "apposition-list", 0.8)
            among = _land(p, app)
            verb = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok
            if among is not None and any(  # "Uotsuri among them" (on either noun, or the verb)
                ch.dep_ == "prep"
                and ch.lower_ in ph.nouns().among
                and all(o.pos_ == "PRON" for o in ch.children if o.dep_ == "pobj")
                for ch in (*app.children, *tok.children, *verb.children)
            ):  # (not "A, B and C are among the Y", a list the parser hangs as an apposition)
                part = among.entities[0]
                c.add("partOf", {"part": part, "whole": whole}, s, "among-them", 0.8)
        part_tok = ph.partitive_of(tok)
        for each in _conjuncts(part_tok) if part_tok is not None else ():
            part_m = _land(p, each)  # "Kunashir, one of the four islands", "A and B, two of the Y"
            if part_m is not None and part_m.entities[0] != whole:
                args = {"part": part_m.entities[0], "whole": whole}
                c.add("partOf", args, s, "one-of", 0.8)
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ph.nouns().part_preps:
                continue
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                outer_m = _land(p, obj)
                outer = outer_m.entities[0] if outer_m is not None else None
                if outer and outer != whole and outer.kind in ("IslandGroup", "Territory"):
                    c.add("partOf", {"part": whole, "whole": outer}, s, "in-the", 0.6)
        host = tok.head.head
        locates = (
            tok.dep_ == "pobj"
            and host.lemma_.lower() in _part_words()
            and (host.pos_ in ("VERB", "AUX") or host.dep_ in ("attr", "oprd", "appos"))
        )
        # ("is part of Guyana's X region", "lies within Iran's X province": another land's place)
        owner = next(
            (
                o
                for h in (tok, _land_head(tok))
                for ch in h.children
                if ch.dep_ == "poss" and (o := p.mention(ch)) is not None and o.tag == "S"
            ),
            None,
        )
        if owner is not None and owner.entity and owner.entity.kind == "State" and not locates:
            rivals = set(c.gz.claimants.get(whole.key, ())) - {owner.entity.key}
            if not rivals:  # "Russia's Southern Kurils", which Japan claims, is a stance
                args = {"part": whole, "whole": owner.entity}
                c.add("partOf", args, s, "possessive-region", 0.6)


@cache
def _part_words() -> frozenset[str]:
    """The lemmas of the partOf triggers ("part", "lie", "locate", "region")."""
    return frozenset(
        lemma for r in load() if r.name == "partOf" for t in r.triggers for lemma in t.lemmas
    )


def _land_head(tok: Token) -> Token:
    """The noun a land's name is a compound of when that noun names land ("Iran's Hormozgan
    province"); not "Russia's Black Sea Fleet", whose owner owns the fleet."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in ph.nouns().lands.nouns:
        return tok.head
    return tok


def named_own(c: Collector, s: Sentence) -> None:
    """ "the islands that Tokyo calls its Northern Territories", "Japan refers to them as its
    Northern Territories": a state that names a territory as its own claims it. A name without the
    possessive ("that Beijing calls the Diaoyu") claims nothing."""
    p = _parsed(s) if "«T" in s.masked.text else None
    if p is None:
        return
    n = ph.nouns()
    for verb in p.doc:
        lemma = verb.lemma_.lower()
        if lemma in n.naming:
            names = [t for t in verb.children if t.dep_ in ("oprd", "attr")]
            objs = [t for t in verb.children if t.dep_ == "dobj"]
            if not names and objs:  # "calls them X" parsed as two objects, or X as apposition
                names = [objs[-1], *(t for t in objs[0].children if t.dep_ == "appos")]
        elif lemma in n.naming_as:
            names = g.preps(verb, "as")
        else:
            continue
        namers = [m for t in g.subjects(verb) if (m := p.mention(t)) and m.tag == "S" and m.entity]
        for name in names:
            own = any(ch.dep_ == "poss" and ch.pos_ == "PRON" for ch in name.children)
            land = _land(p, name)
            if not own or land is None or not namers:
                continue
            args = {"claimant": namers[0].entity, "territory": land.entities[0]}
            c.add("claims", args, s, "named-own", 0.7, negated=g.negated(verb))


def _disputed(p: g.Parsed) -> list[Entity]:
    """Territories the sentence names as a matter in dispute: "the Kuril Islands issue", "a
    quarrel over four islands", "the disputed Senkaku Islands" (the words are data)."""
    n = ph.nouns()
    out: list[Entity] = []
    for tok in p.doc:
        lemma = tok.lemma_.lower()
        if lemma in n.dispute_nouns and not (
            tok.lower_ in n.dispute_marks and tok.dep_ in ("amod", "compound")
        ):
            for ch in tok.children:  # "the Kuril Islands issue"
                m = _land(p, ch)
                if ch.dep_ in ("compound", "nmod", "amod") and m is not None:
                    out.extend(m.entities[:1])
            for prep in tok.children:  # "a quarrel over four islands"
                if prep.dep_ == "prep" and prep.lower_ in n.dispute_preps:
                    for obj in (o for o in prep.children if o.dep_ == "pobj"):
                        out.extend(m.entities[0] for t in _conjuncts(obj) if (m := _land(p, t)))
        if tok.lower_ in n.dispute_marks and tok.dep_ in ("amod", "compound"):
            m = _land(p, tok.head)  # "the disputed Senkaku Islands" (not "the disputed islands")
            if m is not None and m is not p.mention(tok):
                out.extend(m.entities[:1])
    return list(dict.fromkeys(out))


def disputes(c: Collector, s: Sentence) -> None:
    """A territory named as an issue or dispute: its parties are the states that claim, hold or
    assert sovereignty over it in this article, else the gazetteer's claimants named in it; the pair
    the sentence itself names where one of them is such a party ("Romania and Ukraine ..., both
    saying the ruling had kept a quarrel over Snake Island ...", not a later occupier's)."""
    p = _parsed(s) if "«T" in s.masked.text else None
    if p is None:
        return
    pair = pairs.named_pair(c.source.text, s.masked.mentions)
    for terr in _disputed(p):
        related = _related(c, terr)
        parties = _parties(c, related)
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
        if len(parties) >= 2:
            c.add(
                "disputes",
                {"parties": tuple(parties), "territory": terr},
                s,
                "dispute-over",
                0.75,
                derived=True,
            )


def _named_pair(p: g.Parsed, parties: list[Entity]) -> list[Entity]:
    """ "Romania and Ukraine on Monday marked the ruling, saying it had kept a quarrel over Snake
    Island from escalating": the two states the sentence's subject names are the quarrel's parties,
    where one of them is among those the article gives the land (Ukraine holds it) and the
    article's include one not named there (Russia, which once seized it); otherwise (three named,
    a subject that is no pair of states: "the report lists the question") the article's."""
    roots = [t for t in p.doc if t.dep_ == "ROOT"]
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
    """A state claims what another controls, or two states claim one territory no one is said to
    hold: they dispute it."""
    for claim in c.of("claims"):
        terr, claimant = claim.args.get("territory"), claim.args.get("claimant")
        if claim.negated or not isinstance(terr, Entity):
            continue
        related = _related(c, terr)
        for ctl in c.of("controls"):
            holder, held = _now(c, ctl.args.get("state")), ctl.args.get("territory")
            if not (isinstance(holder, Entity) and isinstance(claimant, Entity)):
                continue
            if (
                isinstance(held, Entity)
                and held.key in related
                and holder != claimant
                and not ctl.negated
            ):
                if not _told_of(c, related, "disputes"):
                    _derive(c, sentences, claim, (holder, claimant), terr, "claim-vs-control")
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
        if not _told_of(c, _related(c, terr), "disputes"):
            _derive(c, sentences, rej, tuple(parties), terr, "claim-rejected")


def _party_to(c: Collector, state: Entity, terr: Entity) -> bool:
    """Whether the gazetteer knows ``state`` for the holder or a claimant of ``terr``."""
    return state.key == c.gz.holder.get(terr.key) or state.key in c.gz.claimants.get(terr.key, ())


def _rival_claims(c: Collector, sentences: list[Sentence]) -> None:
    """ "Both countries had claimed the island": two claimants of one territory dispute it."""
    by_territory: dict[str, list[Fact]] = {}
    for claim in c.of("claims"):
        terr = claim.args.get("territory")
        if not claim.negated and isinstance(terr, Entity):
            by_territory.setdefault(terr.key, []).append(claim)
    for claims in by_territory.values():
        claimants = list(
            dict.fromkeys(
                x
                for f in claims
                if isinstance(x := f.args.get("claimant"), Entity) and x.kind == "State"
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
    """A dispute derived from a claim, with the claim's sentence as its evidence."""
    start = claim.evidence.start
    s = next(x for x in sentences if x.span.start <= start < x.span.end + 1)
    c.add("disputes", {"parties": parties, "territory": terr}, s, rule, 0.65, derived=True)


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
    return keys


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
