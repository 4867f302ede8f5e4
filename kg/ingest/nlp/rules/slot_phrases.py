"""What a slot's phrase holds besides the role's filler (rules/slots.py asks): a maker its
possessor names, the content a said noun's clause tells, a demanded clause's subject, the trigger's
own verb misread inside the phrase, a document another made, a that-clause of what a noun says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token


def owned(p: g.Parsed, head: Token) -> bool:
    """A noun whose maker its possessor names ("the ICJ's ruling", "Japan's claim"): a name in a
    phrase the parser hung beside it is no maker of it."""
    return any(ch.dep_ == "poss" and p.mention(ch) is not None for ch in head.children)


def said_content(p: g.Parsed, toks: list[Token], m: Mention) -> bool:
    """ "rejected Guatemala's claims that Belizean soldiers had crossed into the Sarstoon": the land
    named in what a claim (charge, remark) says is no land claimed; "the claim to the cayes" is,
    and so is the land the claim's clause is about, its subject ("the claim that the estuary
    belongs to the DPRK", "the view that the sandbar was Brazilian"). A demand's clause tells the
    act it asks for, and its land is the demand's ("a demand that Chile negotiate an outlet to the
    Pacific")."""
    words = phrases.nouns()
    return any(
        head.lemma_.lower() in words.said_nouns - words.demand_nouns
        and ch.dep_ in ("acl", "ccomp")
        and any(x.dep_ == "mark" and x.lower_ in ("that", "whether") for x in ch.children)
        and any(p.offset + x.idx <= m.start < p.offset + x.idx + len(x) for x in ch.subtree)
        and not any(
            p.offset + x.idx <= m.start < p.offset + x.idx + len(x)
            for subj in ch.children
            if subj.dep_ in ("nsubj", "nsubjpass")
            for x in subj.subtree
        )
        for head in toks
        for ch in head.children
    )


def in_subject(p: g.Parsed, toks: list[Token], m: Mention) -> bool:
    """Whether a mention inside a demanded clause stands in its subject ("demanded that France
    withdraw"), the one the demand binds, not in what the clause says of it."""
    inside = [x for t in toks for sub in g.subjects(t) for x in sub.subtree]
    return any(m.start <= p.offset + x.idx < m.end for x in inside)


def predicate_inside(tok: Token, trig: Trigger, toks: list[Token]) -> Token | None:
    """The trigger's own passive verb where a misparse put it inside its argument's phrase ("A
    program ... would be stopped by Russia", "An agreement ... was reached by A"): an argument never
    holds the words that say what is done to it. (A speech tag inside what was said is not this:
    "The talks, Kono said, were difficult" is read by rules/relations.py.) Nor does the relative
    clause or participle that is the trigger itself: "the ruling, which Kenya rejected"."""
    verb = g.governor(tok) if trig.noun else tok
    if verb is None or verb in toks:
        return None
    if not g.is_passive(verb) and verb.dep_ not in ("relcl", "acl"):
        return None
    return verb if any(verb in root.subtree for root in toks) else None


def made_by_another(noun: Token) -> bool:
    """ "rejected the claims in a report issued by China", "in a statement from the ministry": the
    document's own phrase names who made it, so it is no new document of the clause's subject."""
    return any(
        ch.dep_ == "prep"
        and ch.lower_ in ("by", "from")
        or ch.dep_ == "acl"
        and any(a.dep_ == "agent" for a in ch.children)
        for ch in noun.children
    )


def content_clause(noun: Token) -> bool:
    """Whether a noun carries a that-clause of what it says ("its claim that the vessel was
    Guyanese"), not a relative clause ("the claim that it revived")."""
    return any(
        ch.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in ch.children)
        for ch in noun.children
    )
