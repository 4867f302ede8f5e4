"""Land regarded as one's own: "China regards Taiwan as its own", "Argentina considers the islands
its own", "Western Sahara, which Morocco regards as its own", "both countries claim the reef as
their own".

"Own" with a possessive and no noun is a predicate of the verb of regarding (a trigger's
``declared_by``); the verb's subject (a state, or the state an official speaks for) says the land
its object or small clause names is its own: a claim where another holds it, as "part of its
territory" is (no more: "claims Ceuta as its own" asserts no sovereignty); of land it holds, it
asserts its title ("Russia ... considers them its own": the ``held`` trigger of assertsSovereignty).
The possessive must be a pronoun, the regarder's: "regards the islands as Japan's own" reports
another's land.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.relatives import relative_clause, relative_noun
from kg.ingest.nlp.rules import checks
from kg.ingest.nlp.rules.arguments import entities, whole_for_parts
from kg.ingest.nlp.rules.common import Collector, person_state
from kg.ingest.nlp.rules.pronouns import pronoun
from kg.ingest.nlp.triggers import Relation, Trigger
from kg.model import Arg

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Where "its own" stands to the verb of regarding ("considers [X its own]", "calls it its own").
_PREDICATES = ("oprd", "ccomp", "xcomp", "dobj", "attr", "acomp")


def regarded_own(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "which Morocco regards as its own": Morocco claims the land the relative stands for."""
    if tok.pos_ != "ADJ" or not any(ch.dep_ == "poss" and ch.pos_ == "PRON" for ch in tok.children):
        return  # "owns the islands" (the verb), "Japan's own" (another's possessive)
    found = _regarding(tok, trig.declared_by)
    if found is None:
        return
    verb, lands = found
    neg = g.negated(verb)
    if neg and trig.negated == "skip" or g.modal(verb):
        return  # "does not regard Gibraltar as its own", "would regard it as its own"
    subjects = g.subjects(verb)
    holders = [
        state
        for m in g.fillers(p, subjects, {"S", "P", "O"})
        for e in m.entities
        if (state := person_state(c, e) if m.tag != "O" else None) is not None
    ] or pronoun(
        c, s, p, subjects, frozenset({"S"}), "claimant"
    )  # "a territory it regarded as its own"
    tags = frozenset({"T"})
    territories = [e for m in g.fillers(p, lands, {"S", "T"}) for e in entities(c, m, tags)] or (
        pronoun(c, s, p, lands, tags, "territory")  # "considers them its own"
    )
    territories = whole_for_parts(c, s, territories)  # "the Senkakus, Uotsuri, Kuba and Taisho"
    role = next(r for r, kinds in rel.roles.items() if "S" in kinds)  # claimant, or state
    for state in dict.fromkeys(holders):
        for land in dict.fromkeys(territories):
            args: dict[str, Arg] = {role: state, "territory": land}
            if checks.holding_unfit(c, args, trig):
                continue
            c.add(rel.name, args, s, f"{trig.rule}:regarded-own", trig.confidence, negated=neg)


def _regarding(tok: Token, verbs: frozenset[str]) -> tuple[Token, list[Token]] | None:
    """The verb of regarding and the land regarded, for "own" (``tok``)."""
    verb = tok.head
    lands = [ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")]  # a small clause
    if tok.dep_ == "pobj" and verb.lower_ == "as":  # "regards Taiwan as its own"
        verb = verb.head
    elif (
        tok.dep_ in ("appos", "dobj")
        and verb.pos_ in ("NOUN", "PROPN")
        and verb.dep_ in ("ccomp", "dobj", "oprd")
    ):  # "considers [the islands] [its own]" read as an apposition or as the noun's object
        lands, verb = [verb], verb.head
    elif tok.dep_ == "appos" and (share := _share_of(verb)) is not None:
        lands, verb = [share], share.head  # "considers [the whole of X] [its own]"
    elif tok.dep_ not in _PREDICATES:
        return _hung_in_relative(tok, verbs)
    if verb.lemma_.lower() not in verbs or verb == tok:
        return _hung_in_relative(tok, verbs)
    lands += [relative_noun(o) for o in g.objects(verb) if o not in (tok, *lands)]
    if not lands and (
        verb.dep_ == "relcl"
        and _relative_object(verb)
        or verb.dep_ == "acl"
        and relative_clause(verb)  # "that" read as the clause's mark
    ):
        lands = [verb.head]  # "which Morocco considers its own", "which" read as a subject
    return (verb, lands) if lands else None


def _share_of(noun: Token) -> Token | None:
    """The share a land is named in, where "its own" hangs on the land: "considers the whole of
    the archipelago its own" ("all of", "the rest of"), that share the verb's object."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or prep.lower_ != "of"
        or prep.head.dep_ not in ("dobj", "ccomp", "oprd")
    ):
        return None
    return prep.head if prep.head.head.pos_ in ("VERB", "AUX") else None


def _relative_object(verb: Token) -> bool:
    """Whether a relative clause's pronoun is its object though read as a subject: the clause has
    a subject of its own besides it ("which Morocco considers its own")."""
    subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "dobj", "dep")]  # "dep": unread
    relative = [ch for ch in subjects if ch.tag_ in ("WDT", "WP")]
    return bool(relative) and len(subjects) > len(relative)


def _hung_in_relative(tok: Token, verbs: frozenset[str]) -> tuple[Token, list[Token]] | None:
    """ "considers the Falklands, which Britain has held since 1833, its own": the parser hangs the
    predicate inside the relative clause of the verb's object; the verb's, where it follows it."""
    for up in tok.ancestors:
        if up.dep_ == "relcl" and up.head.dep_ == "dobj" and up.head.head.lemma_ in verbs:
            return (up.head.head, [up.head]) if tok.i > up.head.i else None
    return None
