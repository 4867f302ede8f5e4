"""A rejected thing named by a noun that sums up the clause before it: "Venezuela claims the
Essequibo, a claim Guyana rejects", "Germany has long claimed the water up to the Dutch shore, a
position The Hague has always rejected". The noun (``rejected_things``, in apposition to the
clause's object or hung on its verb) names what the clause's subject did, so that subject is the
claimant and a land the clause names is the territory, and the clause is what the noun sums up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases
from kg.ingest.nlp.mentions import Mention
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How a summing noun hangs on the clause it sums up: beside its object, or on its verb (as a
#: second object after a comma: "regards the reef as an island, a view Seoul rejects").
_SUMMING_DEPS = frozenset({"appos", "npadvmod", "dobj"})


def clause_summed(
    p: g.Parsed, args: dict[str, Arg], what: tuple[int, int], speaks: Speaks | None = None
) -> dict[str, Arg]:
    """The claimant and the territory of a rejection whose ``what`` sums up the clause before it,
    where the rejection does not name them itself; ``speaks`` gives the state a body or an official
    doing it speaks for ("The Kremlin has said X, a view Helsinki rejects": Russia)."""
    if "claimant" in args and "territory" in args:
        return args
    verb = _summed_verb(p, what)
    if verb is None:
        return args
    more: dict[str, Arg] = {}
    doers = _doers(p, verb, speaks, args.get("state"))
    if len(doers) == 1:
        more["claimant"] = doers[0]
    lands = _lands(p, verb, what)
    if len(lands) > 1:  # "regards Aksai Chin ... as part of Ladakh, a claim ...": its object
        lands = [m.entity for m in g.fillers(p, g.objects(verb), {"T"}) if m.entity in lands]
    if len(lands) == 1:
        more["territory"] = lands[0]
    return {**args, **{k: v for k, v in more.items() if k not in args}}


def content(p: g.Parsed, what: tuple[int, int]) -> tuple[int, int] | None:
    """The words of the clause a summing ``what`` sums up ("Russia had sought a secret ballot, a
    request ...": "Russia had sought a secret ballot"), so that the rejection tells what was
    rejected, not only "a request"; None where ``what`` sums up no clause."""
    verb = _summed_verb(p, what)
    if verb is None:
        return None
    first = next(t for t in p.within(*what) if not t.is_punct)
    while verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        verb = verb.head  # "a ruling found that X, a decision ...": who told it, with what it told
    toks = list(p.doc[verb.left_edge.i : first.i])
    while toks and toks[-1].is_punct:
        toks.pop()
    return p.span(toks) if toks else None


def _summed_verb(p: g.Parsed, what: tuple[int, int]) -> Token | None:
    """The verb of the clause the phrase ``what`` sums up, where its head noun does so."""
    toks = [t for t in p.within(*what) if not t.is_punct]
    heads = [t for t in toks if t.head not in toks or t.head == t]
    if len(heads) != 1:
        return None
    noun = heads[0]
    if noun.dep_ not in _SUMMING_DEPS or noun.lemma_.lower() not in phrases.nouns().rejected_things:
        return None
    if noun.i < 2 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None  # set off by a comma after the clause: "..., a claim Guyana rejects"
    verb = noun.head
    if noun.dep_ == "dobj" and not any(c.dep_ == "dobj" and c.i < noun.i for c in verb.children):
        return None  # its verb's only object: "rejected the claim", no sum of a clause
    verb = _clause_verb(verb)
    while verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.head != verb:
        verb = _clause_verb(verb.head)  # "struck down the law ratifying the 2012 agreement, a
        # ruling ...": a participle only describes a noun of the clause the noun sums up
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


def _clause_verb(tok: Token) -> Token:
    """The verb (or auxiliary) whose phrase ``tok`` stands in (``tok`` itself where it is one)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok


#: The state a body (tag "O") or an official (tag "P") speaks for.
Speaks = Callable[[Entity, str], Entity | None]


def _doers(p: g.Parsed, verb: Token, speaks: Speaks | None, rejecter: Arg | None) -> list[Entity]:
    """The states doing what the summed clause says; where none does and the clause is reported
    ("Bosnia says the treaty leaves it two islets, a reading Croatia rejects"), the reporter's:
    the reading of a reported clause is its reporter's, as where the clause's doer is the rejecter
    itself ("Moscow said Finland's membership breaches the treaty, a view Helsinki rejects")."""
    tags = {"S", "O", "P"} if speaks is not None else {"S"}
    while True:
        found = [(m.entity, m.tag) for m in g.fillers(p, g.subjects(verb), tags) if m.entity]
        states = [e if tag == "S" or speaks is None else speaks(e, tag) for e, tag in found]
        doers = [e for e in states if e is not None and e != rejecter]
        if doers or verb.dep_ != "ccomp" or verb.head.pos_ not in ("VERB", "AUX"):
            return doers
        verb = verb.head


def _lands(p: g.Parsed, verb: Token, what: tuple[int, int]) -> list[Entity]:
    """The territories the summed clause names, outside the summing phrase."""
    out: list[Entity] = []
    for t in verb.subtree:
        m: Mention | None = p.mention(t)
        if m is None or m.tag != "T" or m.entity is None or what[0] <= p.offset + t.idx < what[1]:
            continue
        if m.entity not in out:
            out.append(m.entity)
    return out
