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
) -> list[tuple[Entity, Entity, Entity]]:
    """(territory, giver, receiver) of a withdrawal from land the words ``what`` promise, one a
    land left, the receiver settled by the ``condition`` or the land's one claimant; none where
    any is unsettled."""
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
        lands = _land(p, verb, inside)
        if len(givers) != 1 or not lands:
            continue
        giver = next(iter(givers))
        to = _receiver(c, p, condition, lands[0], giver)
        return [(land, giver, to) for land in lands] if to is not None else []
    return []


def lands_left(p: g.Parsed, verb: Token) -> list[Entity]:
    """The named territories a verb of leaving leaves, wherever in its sentence they are told
    ("undertook to withdraw its police from Remba should ..."), for rules that must tell such a
    promise from a duty (rules/undertaken.py)."""
    if verb.lemma_.lower() not in lexicon.load().leaving_verbs:
        return []
    return _land(p, verb, {t.i for t in verb.sent})


def _land(p: g.Parsed, verb: Token, inside: set[int]) -> list[Entity]:
    """The one named territory the verb's forces leave (with those joined to it by "and"): its "from" phrase, its object, or a place
    phrase of the object ("a police post set up last month on Oema Island"), or what they are pulled
    "off"."""
    slots = [*g.preps(verb, "from"), *g.preps(verb, "off"), *g.objects(verb)]  # "pull troops off X"
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
    found = {t: _land_of(p, t, inside) for t in slots}
    lands = {e for e in found.values() if e is not None}
    if len(lands) != 1:
        return []
    # "withdraw its police from Remba and neighbouring Ringiti": each land joined to the one named
    slot = next(t for t, e in found.items() if e is not None)
    joined = [*slot.conjuncts, *_hung_on_verb(slot, verb)]
    more = [e for x in joined if (e := _land_of(p, x, inside)) is not None]
    return list(dict.fromkeys([*lands, *more]))


def _hung_on_verb(slot: Token, verb: Token) -> list[Token]:
    """A noun joined to the land by "and" that the parser hung on the verb as its conjunct ("withdraw
    its police from Remba and neighbouring Ringiti", "Ringiti" a conjunct of "withdraw"): a noun
    has no place among verbs, it is the land's."""
    after = slot.right_edge.i + 1
    if after >= len(slot.doc) or slot.doc[after].dep_ != "cc":
        return []
    return [
        x
        for x in verb.children
        if x.dep_ == "conj" and x.pos_ in ("NOUN", "PROPN") and x.left_edge.i == after + 1
    ]


def _land_of(p: g.Parsed, t: Token, inside: set[int]) -> Entity | None:
    """The territory ``t`` names, if it is among the promised words."""
    m = p.mention(t)
    return m.entity if t.i in inside and m is not None and m.tag == "T" else None


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
    than the giver; where the condition's doer is another party, none; else the one other state the
    condition names (the side a survey finds the land on); else the land's one other claimant the
    article has told."""
    verbs = [t for t in condition if t.pos_ in ("VERB", "AUX") and t.head not in condition]
    doers = [s for v in verbs for s in g.subjects(v)]
    named = [m for s in doers if (m := p.mention(s)) is not None and m.entity is not None]
    states = {m.entity for m in g.fillers(p, doers, {"S"}, deep=True) if m.entity != giver}
    if len(states) == 1:
        return next(iter(states))
    if states or any(m.entity != giver for m in named):
        return None  # two doers, or one that is no state ("once peacekeepers take over")
    # "should the surveyors confirm that the ridge is Peruvian", "if the team places the islands
    # on the Kenyan side": the one other state the condition names is the side the land is found on
    sides = {
        m.entity
        for t in condition
        if (m := p.mention(t)) is not None and m.tag == "S" and m.entity not in (None, giver)
    }
    if len(sides) == 1:
        return next(iter(sides))
    claimants = {
        f.args.get(role)
        for f in c.facts
        if (role := _CLAIMS.get(f.rel)) and not f.negated and f.args.get("territory") == land
    }
    claimants.discard(giver)
    found = [e for e in claimants if isinstance(e, Entity)]
    return found[0] if len(found) == 1 else None
