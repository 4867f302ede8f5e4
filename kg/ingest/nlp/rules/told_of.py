"""Agreement nouns that only name a document told of, no agreement the sentence reports (split from agreements.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.triggers import Trigger


#: Prepositions whose phrase tells what an agreement is on ("a deal on fishing", "an accord over").
_CONTENT_PREPS = frozenset({"on", "over", "about", "concerning", "regarding", "for", "to", "upon"})


def named_only(tok: Token, trig: Trigger) -> bool:
    """ "Argentina's 1991 agreement with Chile had sent the dispute to arbitration", "a row over
    Addis Ababa's port deal with Somaliland": an agreement noun no verb takes as made (the object
    of no verb, not "under", no "struck in 2018 by" after it) that tells nothing of what was agreed
    (no "to"-infinitive, no "on"-phrase) names a document told of, no agreement the sentence
    reports."""
    if not trig.noun or trig.free or g.governor(tok) is not None:
        return False
    if tok.dep_ in ("attr", "appos") or tok.head.lower_ in ("under", "as"):
        return False
    return not any(
        (ch.dep_ in ("acl", "relcl") and ch.lemma_.lower() in trig.light)  # "The deal, struck by"
        or (
            ch.dep_ in ("acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children)
        )
        or (ch.dep_ == "prep" and ch.lower_ in _CONTENT_PREPS)
        for ch in tok.children
    )


#: The dependents of an agreement noun that tell who made it and when, not what it says.
_WHO_AND_WHEN = frozenset({"det", "predet", "poss", "case", "punct", "nummod", "cc"})


def told_of_only(p: g.Parsed, tok: Token, trig: Trigger) -> bool:
    """An agreement noun that names a document told of, no agreement the sentence reports."""
    return named_only(tok, trig) or says_nothing(p, tok, trig)


def says_nothing(p: g.Parsed, tok: Token, trig: Trigger) -> bool:
    """ "The hospital, opened under a 2007 agreement between Spain and France", "the line is marked
    under agreements between Moscow and Tskhinvali": an agreement noun no light verb takes
    (``free``) whose own words tell only whose it is and of what year names the document it is, no
    content agreed. One a relative clause tells made ("the accord Japan struck with the Soviet
    Union in 1956") is still told as made (tests/test_signing_battery.py)."""
    if not trig.noun or not trig.free:
        return False
    for ch in tok.children:
        if ch.dep_ in _WHO_AND_WHEN or _a_year(ch):
            continue
        if ch.dep_ == "prep" and ch.lower_ in ("between", "with", "among"):
            continue
        if ch.dep_ in ("amod", "compound") and (m := p.mention(ch)) is not None and m.tag == "S":
            continue  # "a Peruvian-Ecuadorian agreement": its parties
        return False
    return True


def _a_year(t: Token) -> bool:
    return t.dep_ in ("nummod", "compound", "amod") and t.like_num and len(t.text) == 4
