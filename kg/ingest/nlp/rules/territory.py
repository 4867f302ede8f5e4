"""Claims, control, sovereignty, handovers and part-of over territory (disputes: disputed.py)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import land_names, listed_lands
from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.part_slots import placed_by_water, sea_placed
from kg.ingest.nlp.triggers import load
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def _wholes(c: Collector, terrs: tuple[Entity, ...]) -> list[Entity]:
    """ "The four islands, Kunashir, Iturup, Shikotan and Habomai": the group, not its listed parts."""
    keys = {t.key for t in terrs}
    return [t for t in terrs if not any(t.key in c.gz.parts.get(w, ()) for w in keys)]


def parsed(s: Sentence) -> g.Parsed | None:
    """The sentence's parse with its mentions (parsed for its relations, references or here)."""
    if s.parsed is not None:
        return s.parsed
    return g.Parsed.of(s.doc, s.span.start, s.masked.mentions) if s.doc is not None else None


def land_at(p: g.Parsed, tok: Token) -> Mention | None:
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
    for tok in p.tokens:
        m = p.mention(tok)
        if m is not None and m.tag == tag and m.entities:
            if tok.head.i == tok.i or p.mention(tok.head) is not m:
                yield tok, m


def conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for t in tok.subtree:
        if t.dep_ == "conj" and t.head in out:
            out.append(t)
    return out


def part_of(c: Collector, s: Sentence) -> None:
    """Read from the parse (:func:`_parts_said`); then "sovereign Ukrainian territory", and what
    the gazetteer knows, for a part and a whole named in one sentence ("X is part of Y" is a
    relation of the trigger classes)."""
    p = parsed(s) if "«T" in s.masked.text else None
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


def parts_apart(c: Collector, read: list[Sentence]) -> None:
    """ "talks on the Scattered Islands ... Madagascar has claimed the Glorieuses, Juan de Nova,
    Europa and Bassas da India": lands a sentence lists that the gazetteer puts in one group or
    land the article names in another sentence are its members, told where they are listed (a
    sea only places: none)."""
    named = {
        m.entity.key: m.entity
        for s in read
        for m in s.masked.mentions
        if m.tag == "T" and m.entity is not None and m.how in ("name", "alias")
    }
    done = {
        (part.key, whole.key)
        for f in c.of("partOf")
        if not f.negated
        and isinstance(part := f.args.get("part"), Entity)
        and isinstance(whole := f.args.get("whole"), Entity)
    }
    for s in read:
        lands = {
            m.entity.key: m.entity
            for m in s.masked.mentions
            if m.tag == "T" and m.entity is not None and m.how in ("name", "alias")
        }
        for key, whole in named.items():
            if key in c.gz.waters or key in lands:
                continue
            parts = [e for k, e in lands.items() if k in c.gz.parts.get(key, ())]
            if len(parts) < 2:
                continue  # one land named apart is no member told (Shikotan and the Kurils)
            if _owner_told(c, s, {e.key for e in parts}, key):
                continue  # "are an integral part of Japan's territory": the sentence's own whole
            for part in parts:
                if (part.key, key) not in done:
                    done.add((part.key, key))
                    c.add("partOf", {"part": part, "whole": whole}, s, "gazetteer-members", 0.5)


def _owner_told(c: Collector, s: Sentence, parts: set[str], group: str) -> bool:
    """Whether the sentence itself says what its lands are part of or whose they are ("part of
    the TAAF together with Europa", "an integral part of India"): then it lists them as that,
    not as members of a group named in another sentence."""
    lo, hi = s.span.start, s.span.end
    for f in (*c.facts, *c.again):
        if f.rel not in ("partOf", "claims", "assertsSovereignty") or f.negated:
            continue
        if not lo <= f.evidence.start < hi:
            continue
        land = f.args.get("part" if f.rel == "partOf" else "territory")
        whole = f.args.get("whole")
        if isinstance(whole, Entity) and whole.key == group:
            continue
        if isinstance(land, Entity) and land.key in parts:
            return True
    return False


def _parts_said(c: Collector, s: Sentence, p: g.Parsed) -> None:
    """An appositive list ("The four islands, Kunashir, Iturup, Shikotan and the Habomai islets"),
    "Uotsuri among them", "Kunashir, one of the four islands", "the Spratly Islands in the South
    China Sea", "Japan's Hokkaido"."""
    for tok, m in _roots(p, "T"):
        whole = m.entities[0]
        for app in (ch for ch in tok.children if ch.dep_ == "appos" and p.mention(ch) is not m):
            # (not a word of the name itself: "Gilgit-Baltistan" read as an apposition)
            parts = [x for t in conjuncts(app) if (x := land_at(p, t)) is not None]
            if len(parts) >= 2 and listed_lands.is_group(c.gz, whole):  # "Anjouan, Moheli and
                # ...": a group's list (not "Bermuda, the Cayman Islands, Anguilla and ...": a list)
                for part in dict.fromkeys(e for x in parts for e in x.entities):
                    if part != whole:
                        c.add("partOf", {"part": part, "whole": whole}, s, "apposition-list", 0.8)
            among = land_at(p, app)
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
        for each in conjuncts(part_tok) if part_tok is not None else ():
            part_m = land_at(
                p, each
            )  # "Kunashir, one of the four islands", "A and B, two of the Y"
            if part_m is not None and part_m.entities[0] != whole:
                args = {"part": part_m.entities[0], "whole": whole}
                c.add("partOf", args, s, "one-of", 0.8)
        put = tok.dep_ == "dobj" and tok.head.lemma_.lower() in _including()
        for prep in _placing(tok) if not put else ():  # "includes the area in X": put there, by one
            if prep.dep_ != "prep" or prep.lower_ not in ph.nouns().part_preps:
                continue
            if _named_by_of(tok, prep):
                continue
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                outer_m = land_at(p, obj)
                outer = outer_m.entities[0] if outer_m is not None else None
                if outer and outer != whole and outer.kind in ("IslandGroup", "Territory"):
                    for part in _listed_with(p, tok, whole):  # "A and B in the X": each
                        if not placed_by_water(c.gz, prep, part, outer):  # "in the Timor Sea"
                            c.add("partOf", {"part": part, "whole": outer}, s, "in-the", 0.6)
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
        if owner is None and tok.lemma_.lower() in _unit_nouns() and not locates:
            owner = _of_state(
                p, tok
            )  # "the Tavush region of Armenia", as "Armenia's Tavush region"
        if owner is not None and owner.entity and owner.entity.kind == "State" and not locates:
            rivals = set(c.gz.claimants.get(whole.key, ())) - {owner.entity.key}
            if not rivals:  # "Russia's Southern Kurils", which Japan claims, is a stance
                args = {"part": whole, "whole": owner.entity}
                c.add("partOf", args, s, "possessive-region", 0.6)


def _listed_with(p: g.Parsed, tok: Token, land: Entity) -> list[Entity]:
    """A land and the lands coordinated with it ("Kunashir and Iturup in the Kuril Islands")."""
    head = tok
    while head.dep_ == "conj" and land_at(p, head.head) is not None:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "between":
        return [land]  # "between the Crimean peninsula and the Taman peninsula in Krasnodar"
    found = [land, *(e for t in conjuncts(head) if (m := land_at(p, t)) for e in m.entities)]
    return list(dict.fromkeys(found))


def _named_by_of(tok: Token, prep: Token) -> bool:
    """ "the Autonomous Region of Bougainville", "the Aegean island of Agathonisi": a land noun
    with no name word of its own before it (an adjective, or a word that is no place's name) is
    named by its "of" phrase, no part of it (unlike "the Kingisepp district of X")."""
    if prep.lower_ != "of" or prep.head != tok or not land_names.land_noun(tok):
        return False
    skip = land_names.nouns()[1]
    return all(
        ch.pos_ == "ADJ" or ch.lower_ in skip
        for ch in tok.lefts
        if ch.dep_ in ("compound", "amod", "nmod")
    )


def _placing(tok: Token) -> list[Token]:
    """The prepositions that may place a land: its own, and for a verb's only object, the verb's
    after it ("visited Kunashir in the Kuril Islands", parsed with "in" on the verb)."""
    own = list(tok.children)
    verb = tok.head
    if tok.dep_ != "dobj" or sum(ch.dep_ == "dobj" for ch in verb.children) != 1:
        return own
    return [
        *own,
        *(ch for ch in verb.children if ch.dep_ == "prep" and ch.i > tok.i),
    ]


@cache
def _part_words() -> frozenset[str]:
    """The lemmas of the partOf triggers ("part", "lie", "locate", "region")."""
    return frozenset(
        lemma for r in load() if r.name == "partOf" for t in r.triggers for lemma in t.lemmas
    )


@cache
def _unit_nouns() -> frozenset[str]:
    """The nouns of the partOf class that name a unit of a whole by "of" ("a region of Guyana")."""
    return frozenset(
        lemma
        for r in load()
        if r.name == "partOf"
        for t in r.triggers
        if t.noun and ("prep_of", "whole") in t.slots
        for lemma in t.lemmas
    )


def _of_state(p: g.Parsed, tok: Token) -> Mention | None:
    """The state an "of" after a land's own unit noun names ("the Tavush region of Armenia")."""
    for prep in (ch for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if (m := p.mention(obj)) is not None and m.tag == "S":
                return m
    return None


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
    p = parsed(s) if "«T" in s.masked.text else None
    if p is None:
        return
    n = ph.nouns()
    for verb in p.tokens:
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
            land = land_at(p, name)
            if not own or land is None or not namers:
                continue
            args = {"claimant": namers[0].entity, "territory": land.entities[0]}
            c.add("claims", args, s, "named-own", 0.7, negated=g.negated(verb))


@cache
def _including() -> frozenset[str]:
    """The verbs of the partOf class whose subject is the whole ("includes", "comprises"): with
    an in-phrase on their object, the one who includes puts it there (rules/part_slots.py)."""
    return frozenset(
        lemma
        for r in load()
        if r.name == "partOf"
        for t in r.triggers
        if not t.noun and ("subject", "whole") in t.slots
        for lemma in t.lemmas
    )
