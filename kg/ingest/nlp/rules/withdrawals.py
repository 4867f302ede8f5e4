"""A withdrawal from land that a document promises on a condition: "Azerbaijan will withdraw a
border post from the Mazymchay pasture, provided that ...", "Papua New Guinea will withdraw a post
set up on Oema Island as soon as Solomon Islands stations its own officers there, Port Moresby said
in a note". News tells the promise to give land back by the troops leaving it; FORMAT.md's reading
is one ``promisesHandover`` with its condition, not a ``conditionedOn`` of the withdrawal.

The giver is the state that withdraws (a subject such as "Chinese troops" gives China); the land a
named territory it leaves ("from X", "vacate X", "a post on X"). The receiver is never guessed: the
state whose act the condition is ("once Georgia stations its own officers there"), else the one
other state the article has claim the land. A condition whose doer is someone else ("once NATO-led
peacekeepers take over") or a withdrawal already done ("withdrew after ...") gives none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.described_lands import described_words
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.rules.common import Collector

#: The prepositions that place what is withdrawn on the land ("a post on the island").
_ON = frozenset({"from", "on", "at", "in"})
#: The relations that tell who holds the land to be the rightful side.
_CLAIMS = {"claims": "claimant", "assertsSovereignty": "state"}


def promised_withdrawal(
    c: Collector, p: g.Parsed, what: list[Token], condition: list[Token]
) -> tuple[Entity, Entity, Entity] | None:
    """(territory, giver, receiver) of a withdrawal from land the words ``what`` promise, the
    receiver settled by the ``condition`` or the land's one claimant; None where any is unsettled."""
    inside = {t.i for t in what}
    for verb in what:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.load().leaving_verbs:
            continue
        if not (g.modal(verb) or verb.tag_ in ("VB", "VBG")) or g.negated(verb):
            continue  # "troops withdrew from the island": a deed, no promise
        givers = {
            m.entity
            for m in g.fillers(p, g.subjects(verb), {"S"}, deep=True)
            if m.entity is not None
        }
        land = _land(p, verb, inside)
        if len(givers) != 1 or land is None:
            continue
        giver = next(iter(givers))
        to = _receiver(c, p, condition, land, giver)
        return (land, giver, to) if to is not None else None
    return None


def _land(p: g.Parsed, verb: Token, inside: set[int]) -> Entity | None:
    """The one named territory the verb's forces leave: its "from" phrase, its object, or a place
    phrase of the object ("a police post set up last month on Oema Island")."""
    slots = [*g.preps(verb, "from"), *g.objects(verb)]
    for obj in g.objects(verb):
        slots += [
            o
            for t in obj.subtree
            if t.dep_ == "prep" and t.lower_ in _ON and not _placed_land(p, t.head)
            for o in t.children
            if o.dep_ == "pobj"
        ]
    slots += [  # (a stretch that is itself a land told, "the waters off X", stays that land)
        o for t in slots if not _land_mention(p, t) for o in _placing_land(t, verb)
    ]
    lands = {
        m.entity
        for t in slots
        if t.i in inside and (m := p.mention(t)) is not None and m.tag == "T" and m.entity
    }
    return next(iter(lands)) if len(lands) == 1 else None


def _land_mention(p: g.Parsed, t: Token) -> bool:
    """Whether ``t`` is a land the text tells (a described stretch, "the waters off X", too)."""
    return (m := p.mention(t)) is not None and m.tag == "T"


def _placing_land(noun: Token, verb: Token) -> list[Token]:
    """The land a stretch the forces leave is placed by: "withdraw from the kelp grounds around
    Kaigara Island", "pull back from the waters off X" (a land noun of ``described_lands`` with a
    locating preposition or "of" after it, on the noun or, where the parser hung it so, on the
    verb right after the noun): the stretch is that land's, told by its name."""
    if not {noun.lemma_.lower(), noun.lower_} & described_words("heads"):
        return []
    placing = described_words("locating") | {"of"}
    preps = [pr for pr in noun.children if pr.dep_ == "prep" and pr.lower_ in placing]
    preps += [
        pr
        for pr in verb.children
        if pr.dep_ == "prep" and pr.lower_ in placing and pr.i == noun.right_edge.i + 1
    ]
    return [o for pr in preps for o in pr.children if o.dep_ == "pobj"]


def _placed_land(p: g.Parsed, word: Token) -> bool:
    """Whether ``word`` is in a land or its apposition: "Oema Island, a sliver of coral in the
    Bougainville Strait" places the island, not what is withdrawn from it."""
    for t in (word, *g.ancestors_to_root(word)):
        if (m := p.mention(t)) is not None and m.tag == "T":
            return True
        if t.dep_ not in ("appos", "pobj", "prep", "compound", "amod", "nmod"):
            return False
    return False


def _receiver(
    c: Collector, p: g.Parsed, condition: list[Token], land: Entity, giver: Entity
) -> Entity | None:
    """The state to whom the land goes back: the doer of the condition, where it is a state other
    than the giver; where the condition's doer is another party, none; else the land's one other
    claimant the article has told."""
    verbs = [t for t in condition if t.pos_ in ("VERB", "AUX") and t.head not in condition]
    doers = [s for v in verbs for s in g.subjects(v)]
    named = [m for s in doers if (m := p.mention(s)) is not None and m.entity is not None]
    states = {m.entity for m in g.fillers(p, doers, {"S"}, deep=True) if m.entity != giver}
    if len(states) == 1:
        return next(iter(states))
    if states or any(m.entity != giver for m in named):
        return None  # two doers, or one that is no state ("once peacekeepers take over")
    claimants = {
        f.args.get(role)
        for f in c.facts
        if (role := _CLAIMS.get(f.rel)) and not f.negated and f.args.get("territory") == land
    }
    claimants.discard(giver)
    found = [e for e in claimants if isinstance(e, Entity)]
    return found[0] if len(found) == 1 else None
