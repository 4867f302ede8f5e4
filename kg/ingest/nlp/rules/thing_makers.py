"""Which state named in a rejected thing's phrase made it, so is the rejection's claimant ("a map
that Argentina published", "the sovereignty that Peru claims"), and which only tells what it says
or owns another's voice ("a ruling that Chile was not obliged to", "a Moroccan opposition party's
call"): filters of the ``object.claimant`` slot (rules/slots.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.mentions import Mention

#: The words that open a relative clause as its object ("the sovereignty that Peru claims").
_RELATIVES = frozenset({"that", "which", "what"})
#: The preposition that opens a relative clause telling what a thing holds ("a note in which ...").
_WHEREIN = frozenset({"in"})


def makers(p: g.Parsed, toks: list[Token], found: list[Mention]) -> list[Mention]:
    """The states of ``found`` that may have made the thing at ``toks``: none that only tells what
    it says or owns another's voice, and, where the thing's own possessor or adjective names a
    state ("the Chinese occupation of Indian territory", "Venezuela's claim to Guyana's land"),
    that one alone: a state named in its complements is what the thing is about."""
    found = [m for m in found if not told_inside(p, toks, m) and not owners_adjective(p, m)]
    own = [m for m in found if _on_head(p, toks, m)]
    return own or found


def _on_head(p: g.Parsed, toks: list[Token], m: Mention) -> bool:
    """Whether ``m`` is the possessor or an adjective of one of the thing's head nouns; a name the
    parse coordinated with the thing ("the deal announced by A and Libyan Prime Minister B") is
    none of them."""
    return any(
        ch.dep_ in ("poss", "amod", "compound") and m.start <= p.offset + ch.idx < m.end
        for head in toks
        if head.pos_ != "PROPN"
        for ch in head.children
    )


def told_inside(p: g.Parsed, toks: list[Token], m: Mention) -> bool:
    """ "rejected the court's ruling that Chile was not obliged to negotiate", "a map that shows the
    peninsula as Argentine": a state named in the clause that tells the content of the thing is no
    maker of it, nor one named in an active participle that describes the thing ("a report calling
    on Peru to withdraw": the report does the calling) (not "a statement that Japan issued", "a map published by Argentina", "the
    sovereignty that Peru claims": a making verb whose object is the thing, no object of its own)."""
    making = phrases.nouns().making
    return any(
        ch.dep_ in ("acl", "relcl", "ccomp")
        and (
            ch.lemma_.lower() not in making
            or any(x.dep_ in ("dobj", "obj") and x.lower_ not in _RELATIVES for x in ch.children)
        )  # "the report that X built a base": the content, no maker
        and (
            any(x.dep_ in ("nsubj", "nsubjpass", "mark") for x in ch.children)
            or ch.dep_ == "acl"
            and ch.tag_ == "VBG"  # "a report calling on Peru to withdraw": the report calls
        )
        and any(p.offset + x.idx <= m.start < p.offset + x.idx + len(x) for x in ch.subtree)
        and not _author(p, ch, m)
        for head in toks
        for ch in head.children
    )


def _author(p: g.Parsed, clause: Token, m: Mention) -> bool:
    """ "a note in which Turkey objected to the park", "a decree in which Nicaragua redrew its
    baselines": the subject of a relative clause opened by "in which" is the one whose words or
    act the thing holds, so its maker, not what it is about."""
    return any(
        pr.dep_ == "prep" and pr.lower_ in _WHEREIN and any(x.tag_ == "WDT" for x in pr.children)
        for pr in clause.children
    ) and any(
        p.offset + x.idx <= m.start < p.offset + x.idx + len(x)
        for subj in clause.children
        if subj.dep_ == "nsubj"
        for x in subj.subtree
    )


def owners_adjective(p: g.Parsed, m: Mention) -> bool:
    """ "rejected a Moroccan opposition party's call": a state's adjective on a possessor that is no
    voice of the state (references.yaml private_doers: a party in opposition, a newspaper, a firm)
    names no maker of the thing; the possessor is."""
    private = phrases.nouns().private_doers
    return any(
        p.mention(t) is m
        and t.dep_ in ("amod", "compound")
        and t.head.dep_ == "poss"
        and any(x.lemma_.lower() in private for x in (t.head, *t.head.children) if x is not t)
        for t in p.doc
    )


def made_in(verb: Token, speech: bool = False) -> Token | None:
    """ "In an order issued in December, the court required ...": the verb whose phrase holds the
    thing an agentless participle (``verb``) says was made (data/lexicon/references.yaml
    making_verbs), whose subject made it; none for a participle of stance ("annexed it in a move
    never recognised internationally", "widely condemned"): the thing's maker takes no stance on it.
    A verb of saying (``speech``) read as such a participle is a finite verb misparsed ("X speaking
    to the council called it void"): the subject of the verb above is its speaker."""
    if not speech and verb.lemma_.lower() not in phrases.nouns().making:
        return None
    return g.prep_verb(verb.head.head)
