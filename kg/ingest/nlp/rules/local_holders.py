"""Land run by a state's own local body: "the city of Ishigaki in Okinawa prefecture, which
administers the islands", "The region, which administers the Kurils", "The Defence Ministry, which
administers the islands". News names the town, region or ministry that runs disputed land rather
than the state; the holding is the state's. The subject of a verb of running land (``local_holders``
of data/lexicon/places.yaml) that is a land, a town or a body, not a state, holds the land for the
state the gazetteer or the article puts it in (a land's holder, a town's country, a region the text
places in a state, a body's owner); one whose state nothing tells holds nothing, and land the
gazetteer knows another state to hold is run in name only. Land run "from" a town ("is administered
from Georgetown", "have been run from Piran": the passive of ``from_verbs``) is held by the town's
state, or by the holder of the land the town is in ("governed from Stanley"). A body named by a
common noun of ``nouns`` ("The region, which administers the Kurils") runs land for the state the
gazetteer knows to hold it, and land of no holder for no one."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.grammar.voice import is_passive
from kg.ingest.nlp.rules.common import land_state
from kg.ingest.nlp.rules.territory import land_at, parsed
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence
    from kg.ingest.nlp.rules.common import Collector
    from kg.model import Entity


@cache
def _words(key: str) -> frozenset[str]:
    """A word list of ``local_holders``: ``verbs`` whose subject runs the land that is their
    object ("administers"), ``from_verbs`` whose passive with "from" a town tells where land is
    run ("run from Piran"), ``nouns`` of a state's local body ("the region")."""
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml").get("local_holders", {})
    return frozenset(str(v) for v in data.get(key, ()))


def local_holders(c: Collector, s: Sentence) -> None:
    """A controls fact for each land a local body's verb of running has as its object."""
    p = parsed(s) if "«T" in s.masked.text else None
    if p is None:
        return
    for verb in p.tokens:
        if verb.lemma_.lower() in _words("from_verbs") and is_passive(verb) and not g.negated(verb):
            _run_from(c, s, p, verb)
        if verb.lemma_.lower() not in _words("verbs") or verb.pos_ != "VERB":
            continue
        if is_passive(verb) and not _by_agent(verb):
            continue  # "is administered by the port city of Hai Phong": the agent runs it
        if g.negated(verb):
            continue
        runners = g.fillers(p, g.subjects(verb), {"S", "T", "C", "O"})
        if not runners and any(t.lemma_.lower() in _words("nouns") for t in g.subjects(verb)):
            _run_by_local_noun(c, s, p, verb)
        if not runners or runners[0].tag == "S" or runners[0].entity is None:
            continue  # (a state's own running is read by the trigger classes)
        state = _state_of(c, runners[0].tag, runners[0].entity)
        if state is None:
            continue
        _hold_objects(c, s, p, verb, state, but=runners[0].entity)


def _by_agent(verb: Token) -> bool:
    """Whether a passive verb names its doer in a by-phrase."""
    return any(c.dep_ == "agent" for c in verb.children)


def _run_by_local_noun(c: Collector, s: Sentence, p: g.Parsed, verb: Token) -> None:
    """ "The region, which administers the Kurils": a local body runs land for the state the
    gazetteer knows to hold it; of land it knows no holder of, nothing is told."""
    for obj in g.objects(verb):
        land = land_at(p, obj)
        for e in land.entities if land is not None else ():
            state = c.gz.get(c.gz.holder.get(e.key) or "")
            if state is not None and state.kind == "State":
                c.add("controls", {"state": state, "territory": e}, s, "local-holder", 0.6)


def _run_from(c: Collector, s: Sentence, p: g.Parsed, verb: Token) -> None:
    """Land "administered from Georgetown", "run from Piran": held by the town's state."""
    towns = [
        m
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for m in g.fillers(p, [o for o in prep.children if o.dep_ == "pobj"], {"C"})
    ]
    town = towns[0].entity.key if towns and towns[0].entity else ""
    key = c.gz.state_of_city.get(town) or c.gz.holder.get(c.gz.territory_of_place.get(town, ""))
    state = c.gz.get(key) if key else None
    if state is not None:
        _hold_objects(c, s, p, verb, state)


def _hold_objects(
    c: Collector, s: Sentence, p: g.Parsed, verb: Token, state: Entity, but: Entity | None = None
) -> None:
    """``state`` controls each land object of ``verb`` (not ``but``, the runner itself) that the
    gazetteer knows no other state to hold ("the city of Nemuro, which administers the Habomai":
    in name only)."""
    for obj in g.objects(verb):
        land = land_at(p, obj)
        for e in land.entities if land is not None else ():
            if e != but and c.gz.holder.get(e.key) in (None, state.key):
                c.add("controls", {"state": state, "territory": e}, s, "local-holder", 0.6)


def _state_of(c: Collector, tag: str, e: Entity) -> Entity | None:
    """The state a land, a town or a body belongs to, where the gazetteer or the text tells."""
    if tag == "O":
        owner = bodies.owner(c.gz, e)
        return owner if owner is not None and owner.kind == "State" else None
    key = c.gz.holder.get(e.key) or c.gz.state_of_city.get(e.key)
    if key:
        return c.gz.get(key)
    state = land_state(c, e)
    return state if state.kind == "State" else None
