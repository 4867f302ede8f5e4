"""What a rejection's bare reference stands for: "the claim" is the claim last told of (and its
claimant's, to its land), "the complaint" the protest last lodged against the rejecter, "the
charge" the latest statement by another state, with the words it said.

Split from kg.ingest.nlp.rules.stances, whose ``speaks_for`` says whose state a speaker is;
rules/rejected_what.py resolves a rejection's thing through these in turn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.gazetteer import TERRITORY_KINDS
from kg.ingest.nlp import bodies, phrases
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules import rejected_things, summed
from kg.ingest.nlp.rules.claim_words import nouns_of
from kg.ingest.nlp.rules.common import Collector, person_state, span_text
from kg.ingest.nlp.rules.stances import speaks_for
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


def claim_referred(
    c: Collector, args: dict[str, Arg], p: g.Parsed, what: tuple[int, int]
) -> dict[str, Arg]:
    """ "Britain rejected the claim", "urged Japan to withdraw the claim": the claim last told of
    (by that claimant, or by anyone but the rejecter); "..., a claim Guyana rejects": the clause's."""
    args = summed.clause_summed(p, args, what, lambda e, tag: speaks_for(c, e, tag))
    if (clause := summed.content(p, what)) is not None and isinstance(args.get("what"), str):
        args = {**args, "what": f"{args['what']} ({span_text(c, clause)})"}  # "a request (...)"
    if not phrases.bare_reference(p, what, nouns_of("claims")):
        if "territory" not in args and isinstance(args.get("claimant"), Entity):
            return _claim_told(c, args, p, what)  # "rejected Nairobi's claim": to what it claims
        return args
    if "territory" not in args:
        for claim in reversed(c.of("claims")):
            if claim.negated or claim.args.get("claimant") == args.get("state"):
                continue
            if "claimant" in args and claim.args.get("claimant") != args["claimant"]:
                continue
            more = {k: claim.args.get(k) for k in ("claimant", "territory")}
            args = {**args, **{k: v for k, v in more.items() if k not in args and v}}
            break
    return _named_claim(args)


def act_referred(
    c: Collector, args: dict[str, Arg], p: g.Parsed, what: tuple[int, int], verb: Token
) -> dict[str, Arg]:
    """ "Israel rejected the complaint", "The protest was rejected by China": the protest last
    told of that was lodged against the rejecter (or against no one named) is whose act it
    rejects: its party is the claimant; "a protest Japan lodged, which China rejected": Japan."""
    if "claimant" in args:
        return args
    if (made := rejected_things.maker(c, p, verb)) is not None:
        return {**args, "claimant": made}
    if (made := rejected_things.made_in(c, p, what, args.get("state"))) is not None:
        return {**args, "claimant": made}  # "rejected a French decree"
    if not phrases.bare_reference(p, what, nouns_of("protests")):
        made = rejected_things.made_before(c, p, what, args.get("state"))
        if made is not None or not _protest_like(p, what):
            return (
                args if made is None else {**args, "claimant": made}
            )  # "passed a law ... the law"
    told = False
    for f in reversed(c.of("protests")):
        party, against = f.args.get("party"), f.args.get("against")
        if f.negated or party == args.get("state"):
            continue
        told = True
        if against is None or against == args.get("state"):
            return {**args, "claimant": party} if isinstance(party, Entity) else args
    made = None if told else rejected_things.made_before(c, p, what, args.get("state"))
    return (
        args if made is None else {**args, "claimant": made}
    )  # "sent a note. X rejected the note"


def _protest_like(p: g.Parsed, what: tuple[int, int]) -> bool:
    """ "India said it had lodged a protest ... Beijing brushed aside such objections": a bare
    noun of the protest's group (``same_things``) with no maker told is the protest last lodged."""
    return phrases.bare_reference(
        p, what, frozenset(phrases.nouns().same_things.get("protest", ()))
    )


def said_referred(
    c: Collector, s: Sentence, args: dict[str, Arg], p: g.Parsed, what: tuple[int, int]
) -> dict[str, Arg]:
    """ "Zakharova accused Oslo of militarising the north. Norway rejected the charge": a bare
    reference to what was said ("the charge", "that claim", "the remarks") is the latest
    statement before this sentence by another state, or by an official or body of one; that
    state is the claimant, and what was said in the sentence right before is what the reference
    means ("that reading (the commission accepted the project)"): the bare noun alone tells
    nothing. Nothing where the rejection already names one."""
    if "claimant" in args or not phrases.bare_reference(p, what, phrases.nouns().said_nouns):
        return args
    for f in reversed(c.of("statement")):
        if f.negated or f.evidence.start >= s.span.start:
            continue
        speaker = f.args.get("speaker")
        if not isinstance(speaker, Entity):
            continue
        state = speaker if speaker.kind == "Organization" else person_state(c, speaker)
        if state is not None and state.kind == "Organization":  # a ministry, or its spokeswoman
            state = bodies.owner(c.gz, state)
        if state is not None and state != args.get("state"):
            said = f.args.get("quote_start")
            if not isinstance(said, str) or c.source.text[f.evidence.end : s.span.start].strip():
                return {**args, "claimant": state}  # said further back: its words may be others'
            return {**args, "claimant": state, "what": f"{args['what']} ({said})"}
    c.said_open.add(s.span.start)  # the speaker's state may be told later: said_settled
    return args


def _claim_told(
    c: Collector, args: dict[str, Arg], p: g.Parsed, what: tuple[int, int]
) -> dict[str, Arg]:
    """ "Kenya and Uganda both claim Migingo. Kampala rejected Nairobi's claim": a claim named by
    its claimant alone is that claimant's claim last told of, to the land it was told of."""
    toks = [t for t in p.within(*what) if not t.is_punct]
    heads = [t for t in toks if t.head not in toks or t.head == t]
    if len(heads) != 1 or heads[0].lemma_.lower() not in nouns_of("claims", proper=True):
        return args
    for claim in reversed(c.of("claims")):
        land = claim.args.get("territory")
        if not claim.negated and claim.args.get("claimant") == args["claimant"] and land:
            return {**args, "territory": land}
    return _claim_known(c, args)


def _claim_known(c: Collector, args: dict[str, Arg]) -> dict[str, Arg]:
    """ "Fiji has never accepted the Tongan claim", told of no claim before: the claim is to the
    land the article is about, where the gazetteer knows the claimant for its holder or claimant."""
    land, claimant = c.disc._territory(plural=False), args["claimant"]
    if land is None or land.kind not in TERRITORY_KINDS or not isinstance(claimant, Entity):
        return args
    if claimant.key == c.gz.holder.get(land.key) or claimant.key in c.gz.claimants.get(
        land.key, ()
    ):
        return {**args, "territory": land}
    return args


def _named_claim(args: dict[str, Arg]) -> dict[str, Arg]:
    """ "the claim", "its claims" once whose claim to what is known: that claim by name, so the
    same rejection told three times ("drop the claim", "retract its claims") is one fact."""
    claimant, land = args.get("claimant"), args.get("territory")
    if not isinstance(claimant, Entity) or not isinstance(land, Entity):
        return args
    return {**args, "what": f"the claim of {claimant.label} to {land.label}"}
