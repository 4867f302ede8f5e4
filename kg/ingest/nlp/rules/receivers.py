"""The receiver of a handover told in the passive with none of its own: "Okinawa was handed back to
Japan by the United States in 1972 ... the Ogasawara Islands were handed over in June 1968", "The
peninsula was returned to Egypt in stages. El Arish was handed over in May 1979": news tells a run
of transfers once with their sides and then by land and date alone, each to the receiver (and from
the giver) of the transfer told just before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules import arguments
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence
    from kg.ingest.nlp.mentions import Mention
    from kg.ingest.nlp.rules.common import Collector

#: Characters back to the transfer whose sides a bare one takes: a paragraph or two of a wire story.
_REACH = 1500
#: Verbs that tell a land given back by their own meaning ("Soviet forces returned Port Arthur").
_BACK_VERBS = frozenset({"return", "restore"})
#: The auxiliaries of tense and voice (any other verb the parser reads as one tells a wish).
_AUXILIARIES = frozenset({"be", "have", "do", "to"})


def sides_told(c: Collector, s: Sentence, tok: Token) -> tuple[Entity, Entity | None] | None:
    """The receiver and giver of the latest transfer done that the article told just before, for a
    past passive transfer verb ``tok`` ("were handed over", "was returned") with no receiver."""
    if not _past_passive(tok):
        return None
    for f in reversed(c.facts):
        if f.evidence.end < s.span.start - _REACH:
            return None
        if f.rel != "handedOverTo" or f.negated or f.evidence.start >= s.span.start:
            continue
        to, frm = f.args.get("to"), f.args.get("from")
        if isinstance(to, Entity):
            return to, frm if isinstance(frm, Entity) else None
    return None


def _past_passive(tok: Token) -> bool:
    """A verb in the past passive ("were handed over", "had been returned"), not a present or a
    future ("will be handed over": a plan, no transfer done)."""
    return (
        tok.pos_ == "VERB"
        and tok.tag_ == "VBN"
        and any(ch.dep_ == "auxpass" for ch in tok.children)
        and not any(ch.dep_ == "aux" and ch.tag_ in ("MD", "VBZ", "VBP") for ch in tok.children)
        and not any(ch.dep_ == "auxpass" and ch.tag_ in ("VB", "VBZ", "VBP") for ch in tok.children)
    )


def handed_already(c: Collector, found: list[Mention], lands: list) -> bool:
    """Whether a singular referring phrase (``found``) resolved to one land (``lands``) the article
    already told a transfer of: "the peninsula" after "the peninsula was returned to Egypt. El Arish
    was handed over in 1979" is the peninsula still, not the last part handed over ("those
    islands" stay the ones a handover was last told of)."""
    if len(found) != 1 or len(lands) != 1 or found[0].text.split()[-1].lower().endswith("s"):
        return False
    told = {
        t.key
        for f in c.facts
        if f.rel in ("promisesHandover", "handedOverTo")
        and isinstance(t := f.args.get("territory"), Entity)
    }
    return bool(lands) and all(isinstance(e, Entity) and e.key in told for e in lands)


def other_of_pair(c: Collector, to: Entity) -> Entity | None:
    """The giver of a transfer done with none named, in a report on two states (the two it has in
    play: "... The district was handed over to Azerbaijan" in a report on Armenia and
    Azerbaijan): the other one."""
    pair = c.disc.pair_in_play()
    if len(pair) != 2 or to not in pair:
        return None
    return pair[0] if pair[1] == to else pair[1]


def returned_to_holder(c: Collector, tok: Token, lands: list, givers: list) -> Entity | None:
    """The receiver of a land an active verb tells given back with none named ("50 years since
    Britain handed back Gan", "Soviet forces returned Port Arthur", "Moscow gave the base back"):
    a land given back goes to whom it belonged, the state the gazetteer says holds it now (none
    where that is the giver: "Azerbaijan will hand back Artsvashen" names no receiver). The verb's
    own subject gives it back: "the islands Tokyo wants returned" is a wish of another verb's."""
    if tok.pos_ != "VERB" or g.is_passive(tok) or len(lands) != 1:
        return None
    if not any(ch.dep_ == "nsubj" for ch in tok.children) or any(
        ch.dep_ == "aux" and ch.tag_ != "MD" and ch.lemma_ not in _AUXILIARIES
        for ch in tok.children
    ):
        return (
            None  # "the islands that Tokyo wants returned" ("wants" read as an auxiliary): a wish
        )
    if tok.lemma_.lower() not in _BACK_VERBS and g.particle(tok) != "back":
        return None
    held = arguments.holder(c, lands)
    if not held or not givers or held[0] in givers:
        return None
    return held[0]
