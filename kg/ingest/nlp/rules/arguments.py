"""What the mentions filling a role give it: a body or a person standing for its state, a land for
a would-be state, a group for the list of all its parts, the territory a "where" clause describes,
the state a successor succeeds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.relatives import described
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.rules.claimant_bodies import claims_alone
from kg.ingest.nlp.rules.common import Collector, last_participants, person_state, state_of
from kg.ingest.nlp.rules.role_kinds import TERRITORY_KINDS
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.triggers import Trigger


def where(p: g.Parsed, tok: Token, trig: Trigger) -> list[Entity]:
    """The territory a "where" clause describes, when the trigger stands in one and its own land
    slot is empty: in "Lake Mweru, where Congolese soldiers have occupied two villages" (or "where
    two Serbian-run plants stand") what is held is the villages (the plants), not the lake."""
    if _holds_own_thing(tok, trig):
        return []
    for host in (tok, *g.ancestors_to_root(tok)):
        if host.dep_ == "relcl" and any(ch.lower_ == "where" for ch in host.children):
            return _land_described(p, host.head)
    return []


def _land_described(p: g.Parsed, head: Token) -> list[Entity]:
    """The land a "where" clause hangs on, or, where that is a noun set beside a name ("Conejo
    Island, a rocky islet where ..."), the land the name is; past a landmark the parser hung the
    clause on ("the Penon, the rocky islet off the Moroccan coast where Spanish soldiers have been
    stationed": the islet, not the coast)."""
    beyond = described(head)
    for tok in dict.fromkeys((head, head.head) if head.dep_ == "appos" else (head, beyond)):
        found = [
            m.entity
            for m in g.fillers(p, [tok], {"T"})
            if m.entity is not None and m.entity.kind in TERRITORY_KINDS
        ]
        if found:
            return found
    return []


def _holds_own_thing(tok: Token, trig: Trigger) -> bool:
    """Whether the trigger names what its land role is, unnamed or not: a verb's noun object where
    the object is the land slot, or the noun a participle modifies ("Serbian-run plants")."""
    if not any(slot == "object" for slot, _role in trig.slots):
        return False
    if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
        return True
    return any(ch.dep_ in ("dobj", "obj") and ch.pos_ in ("NOUN", "NUM") for ch in tok.children)


def succeeded(c: Collector, states: list | None) -> list[Entity]:
    """ "As the successor state, we recognize ...": the one state the gazetteer says the state
    succeeds (``successor_of`` of data/gazetteer/states.yaml), or none."""
    preds = {
        p for e in states or () if isinstance(e, Entity) for p in c.gz.successor_of.get(e.key, ())
    }
    ent = c.gz.get(preds.pop()) if len(preds) == 1 else None
    return [ent] if ent is not None else []


def whole_for_parts(c: Collector, s: Sentence, terrs: list[Entity]) -> list[Entity]:
    """ "Kunashir, Iturup, Shikotan and Habomai", all the parts of one group the gazetteer knows, are
    that group (the Southern Kurils), and the text has named its parts; a list that leaves one out,
    or names only two, stays a list. A group named with its parts ("occupied the four islands,
    Etorofu, Kunashiri, Shikotan and the Habomai", the list parsed as conjuncts) is the group;
    "the Spratlys, the Paracels and the South China Sea" stays a list."""
    keys = {t.key for t in terrs}
    if len(keys) >= 3 and keys - {terrs[0].key} <= _parts_within(c, terrs[0].key):
        return [terrs[0]]  # the group first, its parts spelling it out
    if len(keys) < 3:  # two islands named are two islands (Shikotan and Habomai were offered alone)
        return terrs
    for whole, parts in sorted(c.gz.parts.items()):
        if keys == set(parts):
            entity = c.gz.get(whole)
            if entity is not None:
                for part in terrs:
                    c.add("partOf", {"part": part, "whole": entity}, s, "listed-parts", 0.7)
                return [entity]
    return terrs


def holder(c: Collector, lands: list | None) -> list[Entity]:
    """The state the gazetteer knows to hold the one land given."""
    if not lands or len(lands) != 1 or not isinstance(lands[0], Entity):
        return []
    held = c.gz.get(c.gz.holder.get(lands[0].key, "") or "")
    return [held] if held is not None and held.kind == "State" else []


def _parts_within(c: Collector, key: str) -> set[str]:
    """The gazetteer's parts of ``key``, and their parts (islands of the groups of a chain)."""
    out: set[str] = set()
    todo = list(c.gz.parts.get(key, ()))
    while todo:
        part = todo.pop()
        if part not in out:
            out.add(part)
            todo.extend(c.gz.parts.get(part, ()))
    return out


def entities(c: Collector, m: Mention, tags: frozenset[str]) -> list[Entity]:
    out = []
    for e in m.entities:
        if "T" in tags and m.tag == "S" and "S" not in tags:
            # "which Moscow has controlled": Abkhazia the land, not Abkhazia the would-be state
            e = c.gz.land_of(e) or e
            if e.kind not in TERRITORY_KINDS:
                continue
        if "T" in tags and m.tag == "T" and e.kind not in TERRITORY_KINDS:
            continue
        if m.tag == "O" and "O" not in tags:
            owner = bodies.owner(c.gz, e)
            if owner is None and not ("G" in tags and claims_alone(e)):
                continue
            e = owner or e  # a state's body acts for it; a movement (G) claims in its own name
        if m.tag == "C" and "C" in tags:
            e = state_of(c, e) or e
        if m.tag == "P" and "P" not in tags:
            owner = person_state(c, e)
            if owner is not None and owner.kind != "State":
                owner = bodies.owner(c.gz, owner)  # the ministry's spokesperson: its state
            if owner is None:
                continue
            e = owner
        out.append(e)
    return out


#: Prepositions that name what a phrase is about ("a press release on the treaty").
_TOPICAL = frozenset({"on", "about", "over", "concerning", "regarding"})


def topic_of(p: g.Parsed, toks: list[Token], m: Mention) -> bool:
    """Whether document ``m`` is only the topic of a slot's phrase whose head is no document ("put
    out a press release on the treaty", "published an article about the accord"): what was issued,
    signed or honoured is the phrase's head, not the document it is about."""
    for root in toks:
        if p.mention(root) is not None:
            continue
        for t in root.subtree:
            if p.mention(t) is m:
                node = t
                while node != root and node.head != node:
                    if node.dep_ == "pobj" and node.head.lower_ in _TOPICAL:
                        return True
                    node = node.head
    return False


def parties_in_play(c: Collector) -> list[Entity]:
    """Who reached "an agreement (that) was reached on Tuesday", no party named: the states of
    those who last met, else the two states the article is about (none where those are unclear)."""
    met = list(dict.fromkeys(person_state(c, e) for e in last_participants(c)))
    if len(met) == 2 and all(e is not None and e.kind == "State" for e in met):
        return [e for e in met if e is not None]
    pair = c.disc.pair_in_play()
    return list(pair) if len(pair) == 2 else []


def reached_unsaid(noun: Token, trig: Trigger) -> bool:
    """Whether a noun of the trigger is told reached with no one said to reach it: the subject of
    its light verb in the passive, a deed of the main clause ("An agreement to share patrols was
    reached on Tuesday"; not "denied that a deal had been reached", "has yet to be reached", nor
    "the agreement was announced", one told before)."""
    verb = noun.head
    if not trig.noun or noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in trig.light:
        return False
    if g.negated(verb) or g.modal(verb) or any(ch.dep_ == "agent" for ch in verb.children):
        return False
    if any(ch.dep_ in ("det", "poss") and ch.lower_ not in ("a", "an") for ch in noun.children):
        return False  # "The agreement was announced after ...": the one told before
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def unit_state(c: Collector, p: g.Parsed, noun: Token, trig: Trigger) -> list[Entity]:
    """The state a land is made a unit of where the unit's "of" phrase names a land, not a state
    ("made the island a district of the Loreto region"): that land's holder, as the gazetteer
    says, else the state of whoever made it so ("Peru's Congress made ...", "a law passed by the
    Turkish parliament made ...": the maker's state, a body standing for its own)."""
    if not trig.noun:
        return []
    wholes = [e for m in g.fillers(p, g.preps(noun, "of"), {"T"}) for e in m.entities]
    if not wholes:
        return []
    held = holder(c, wholes[:1])
    verb = g.governor(noun) or (noun.head if noun.dep_ in ("ccomp", "xcomp", "oprd") else None)
    if held or verb is None:  # "made X a district": the small clause's verb
        return held
    makers = g.fillers(p, g.subjects(verb), {"S", "O"})
    states = [
        st
        for m in makers
        for e in m.entities
        if (st := state_of(c, e) or bodies.owner(c.gz, e)) is not None and st.kind == "State"
    ]
    return states[:1]
