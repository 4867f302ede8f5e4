"""What a partOf trigger's part and whole must be in the parse. A part is land the slot's head
names ("Kunashir is part of", "the islands form part of"), not a land that only qualifies another
noun ("the Falklands talks are part of a wider thaw"); a whole is land or a state the "of" phrase
heads ("part of Russia", "part of its territory"), not one named deep inside a phrase about
something else ("part of a rapprochement between Argentina and Britain"). A land a pronoun's owner
counts in a unit of its own ("Moscow considers them part of its Sakhalin region") tells that
owner's stance, not the land's place; one it runs as such a unit ("administers Tuzla as part of
its Crimea", a trigger marked ``deed``) is placed there. A subject that puts land "in" something ("Guatemala includes
the cayes in its case", "Britain includes the area in its Antarctic territory") is no whole of it. A sea the gazetteer holds a land in places it only
where its in-phrase is the clause's or a land's; a body of water an in-phrase names with land only
places it (:func:`placed_by_water`)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import lexicon, phrases
from kg.ingest.nlp.land_names import land_noun
from kg.ingest.nlp.rules.grammar_slots import slot_tokens
from kg.ingest.nlp.triggers import Trigger
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.gazetteer import Gazetteer
    from kg.ingest.nlp.grammar import Parsed


@cache
def _land_words() -> frozenset[str]:
    """Head nouns that name land or a state ("territory", "region", "archipelago", "country",
    "the kingdom": lexicon.yaml's ``state_nouns``)."""
    n = phrases.nouns()
    lands = frozenset(lemma for lemma, _ in n.forms.values()) - n.borders.nouns | n.shares
    return lands | lexicon.load().state_nouns


def _names_land(p: Parsed, t: Token) -> bool:
    """Whether ``t`` heads land or a state: a mention (its kind is the filling's business), a
    land noun, or a pronoun (resolved by the slot's filling)."""
    if p.mention(t) is not None:
        return True
    if any(  # "the Golan Heights" with the mention on "Golan"; "a road through it, the X corridor"
        (ch.dep_ == "compound" and t.pos_ == "PROPN" or ch.dep_ == "appos")
        and (m := p.mention(ch)) is not None
        and m.tag in ("T", "S")
        for ch in t.children
    ):
        return True
    words = _land_words()
    return (
        t.pos_ == "PRON"
        or t.tag_ in ("WDT", "WP")
        or t.lemma_.lower() in words
        or phrases.nouns().forms.get(t.lower_, ("", False))[0] in words
        or land_noun(t)
    )


def _slot_heads(p: Parsed, tok: Token, trig: Trigger, role: str) -> list[Token]:
    return [t for slot, r in trig.slots if r == role for t in slot_tokens(p, tok, trig, slot)]


def _own_unit(heads: list[Token]) -> bool:
    """ "part of its Sakhalin region", "of its Taiwan province": a unit a possessive pronoun owns
    (not "part of its territory", the owner itself)."""
    n = phrases.nouns()
    itself = n.state_territory | n.states.nouns
    return any(
        ch.dep_ == "poss" and ch.pos_ == "PRON" and t.lemma_.lower() not in itself
        for t in heads
        for ch in t.children
    )


def _unit_named(p: Parsed, heads: list[Token]) -> list[Entity]:
    """ "part of Russia's Sakhalin region": the unit its name tells, not the state that owns it."""
    return [
        m.entities[0]
        for t in heads
        if p.mention(t) is None and (land_noun(t) or t.lemma_.lower() in _land_words())
        for ch in t.children
        if ch.dep_ == "compound"
        and (m := p.mention(ch)) is not None
        and m.tag == "T"
        and m.entities
    ][:1]


def _placing_units(p: Parsed, heads: list[Token]) -> set[str]:
    """ "as part of Ulleung County in North Gyeongsang Province", "of Lhunze county in the Tibet
    Autonomous Region": the land an in-phrase on the whole names only places that whole (the
    part is in the nearer unit; that unit's own place is rules/territory.py's "in-the")."""
    units = [  # the slot's head, or the unit its "of" phrase names ("as part of X")
        u
        for t in heads
        for u in (
            t,
            *(o for pr in t.children if pr.lower_ == "of" for o in pr.children if o.dep_ == "pobj"),
        )
    ]
    return {
        e.key
        for t in units
        for pr in t.children
        if pr.dep_ == "prep" and pr.lower_ in ("in", "within")
        for o in pr.children
        if o.dep_ == "pobj" and (m := p.mention(o)) is not None
        for e in m.entities
    }


def _put_in(p: Parsed, tok: Token, trig: Trigger) -> bool:
    """ "includes the cayes in the case", "Britain includes the area in its Antarctic territory":
    a verb whose subject would be the whole, with a phrase (on the verb or its object) that says
    where the object is put: the subject's act (a case, a claim), no whole of the land."""
    if trig.noun or not any(slot == "subject" and role == "whole" for slot, role in trig.slots):
        return False
    hosts = [tok, *(ch for ch in tok.children if ch.dep_ == "dobj")]
    return any(
        pr.dep_ == "prep" and pr.lower_ in ("in", "into")
        for h in hosts
        for pr in h.children
        for o in pr.children
        if o.dep_ == "pobj"
    )


def held(p: Parsed, tok: Token, trig: Trigger, filled: dict[str, list]) -> dict[str, list]:
    """ "kept control of the military base on Diego Garcia": control of a thing on land, not of
    the land (a noun's territory is land its slot's head names)."""
    heads = _slot_heads(p, tok, trig, "territory") if trig.noun else []
    if heads and not any(_names_land(p, t) for t in heads):
        return {**filled, "territory": []}
    return filled


def read(
    p: Parsed, tok: Token, trig: Trigger, filled: dict[str, list], gz: Gazetteer
) -> dict[str, list]:
    """``filled`` with no part or whole where the parse does not give it one (so with no fact)."""
    if _put_in(p, tok, trig):
        return {**filled, "whole": []}
    out = _owner_unrivalled(p, tok, trig, filled, gz)
    named = _unit_named(p, _slot_heads(p, tok, trig, "whole"))
    if named:
        out["whole"] = named
    placing = _placing_units(p, _slot_heads(p, tok, trig, "whole"))
    if placing and any(w.key not in placing for w in out.get("whole", ())):
        out["whole"] = [w for w in out["whole"] if w.key not in placing]
    for role in ("part", "whole"):
        heads = _slot_heads(p, tok, trig, role)
        if heads and not any(_names_land(p, t) for t in heads):
            out[role] = []
        elif role == "whole" and not trig.deed and _own_unit(heads):
            out[role] = []
    return out


def _owner_unrivalled(
    p: Parsed, tok: Token, trig: Trigger, filled: dict[str, list], gz: Gazetteer
) -> dict[str, list]:
    """ "Burgenland, Austria's easternmost province", "Crete, a Greek island": the state a unit
    noun's possessor (or demonym) names is its whole; not where another state claims the part
    ("Kunashir, Russia's easternmost island", "Spain's enclaves of Ceuta and Melilla": a stance,
    as rules/territory.py's possessive region)."""
    if not any(slot == "agent" and role == "whole" for slot, role in trig.slots):
        return dict(filled)
    told = [  # the mentions its other slots give ("the largest island of Greece")
        m
        for slot, role in trig.slots
        if role == "whole" and slot != "agent"
        for t in slot_tokens(p, tok, trig, slot)
        if (m := p.mention(t)) is not None
    ]
    wholes = [
        w
        for w in filled.get("whole", ())
        if any(w in m.entities or w.label in m.text for m in told)  # "a department of France"
        or w.kind == "State"
        and not any(set(gz.claimants.get(x.key, ())) - {w.key} for x in filled.get("part", ()))
    ]
    return {**filled, "whole": wholes}


def sea_placed(p: Parsed, sea: Entity) -> bool:
    """ "The Spratly Islands, in the South China Sea, are claimed": the sea's in-phrase is the
    clause's (or a land's), not another noun's ("claims in the South China Sea" places nothing)."""
    return any(
        (m := p.mention(tok)) is not None
        and sea in m.entities
        and tok.dep_ == "pobj"
        and tok.head.lower_ in phrases.nouns().part_preps
        and (tok.head.head.pos_ in ("VERB", "AUX") or p.mention(tok.head.head) is not None)
        for tok in p.doc
    )


@cache
def _waters() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns that name a body of water, and the prepositions that still make land a water's
    part (data/lexicon/references.yaml ``waters``)."""
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml").get("waters") or {}
    return (
        frozenset(str(w) for w in data.get("nouns", ())),
        frozenset(str(w) for w in data.get("part_prepositions", ())),
    )


def water(gz: Gazetteer, land: Entity) -> bool:
    """Whether land is a body of water: the gazetteer's, or one its name's noun says ("Timor Sea",
    "Gulf of Finland"; not "the Channel Islands")."""
    if land.key in gz.waters:
        return True
    words = land.label.lower().split()
    nouns = _waters()[0]
    return bool(words) and (
        words[-1] in nouns or len(words) > 2 and words[0] in nouns and words[1] == "of"
    )


def placed_by_water(gz: Gazetteer, prep: Token, part: Entity, whole: Entity) -> bool:
    """ "the uninhabited reef in the Timor Sea", "the Bohai Strait in Shandong province": a body of
    water on either side of an in-phrase places the land, it is no whole of it nor a part ("the
    Spratly Islands of the South China Sea" are the sea's, by ``of``)."""
    if prep.lower_ in _waters()[1]:
        return False
    return water(gz, whole) or water(gz, part)
