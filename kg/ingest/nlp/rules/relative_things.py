"""The thing a rejecting relative clause describes, past a noun the parse hung it on inside the
thing's own phrase: "lodged a submission with the UN Commission on the Limits of the Continental
Shelf, which Angola rejected" rejects the submission, "attached a declaration referring to the 1920
treaty, which Moscow rejected" the declaration. A clause set off by a comma describes the whole
phrase before it; the parse hangs it on the phrase's last noun. Where that noun is no thing one
rejects (``rejected_things``, data/lexicon/references.yaml) and sits in a prepositional phrase of
one, or anywhere in an active participle that describes one ("a note demanding that Peru withdraw
its troops, which Peru rejected"), the thing is that outer noun; "the claim in Malaysia's map,
which Singapore rejects" keeps the map, a thing of its own, which a preposition does not pass."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import phrases

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp import grammar as g

#: The relative pronouns that stand for the thing rejected ("which Angola rejected").
_PRONOUNS = frozenset({"which", "that"})
#: How far up a phrase the thing may be looked for (phrases nested in each other).
_DEPTH = 6


def _clause(verb: Token) -> Token:
    """The relative clause's own verb: ``verb``'s, or the one whose infinitive it is ("which Peru
    refused to accept")."""
    return verb.head if verb.dep_ == "xcomp" and verb.head.dep_ == "relcl" else verb


def outer_thing(verb: Token) -> Token | None:
    """The noun of ``rejected_things`` whose phrase the relative clause at ``verb`` describes,
    where the parse hung the clause on a noun inside that phrase; None where it hung it right."""
    verb = _clause(verb)
    verbs = [verb, *(x for x in verb.children if x.dep_ == "xcomp")]  # "which X refused to accept"
    if verb.dep_ != "relcl" or not any(
        ch.dep_ in ("dobj", "nsubjpass") and ch.lower_ in _PRONOUNS
        for v in verbs
        for ch in v.children
    ):
        return None
    start = verb.left_edge.i
    if start == 0 or verb.doc[start - 1].text != ",":
        return None  # "the treaty that Moscow rejected": restrictive, on the noun it follows
    things = phrases.nouns().rejected_things
    plain = verb.head.lemma_.lower() not in things  # no thing itself: a preposition may be passed
    participle = False
    for up in list(verb.head.ancestors)[:_DEPTH]:
        if up.pos_ in ("VERB", "AUX"):
            if up.dep_ == "acl" and up.tag_ == "VBG":  # "a note demanding that X withdraw it"
                participle = True
            elif up.dep_ not in ("xcomp", "ccomp"):
                return None  # the clause's own verb: the phrase ends below it
        elif up.pos_ in ("NOUN", "PROPN") and up.lemma_.lower() in things:
            return up if plain or participle else None
        elif up.dep_ != "prep" and up.pos_ not in ("NOUN", "PROPN"):
            return None
    return None


def phrase(p: g.Parsed, noun: Token, verb: Token) -> tuple[int, int]:
    """The words of ``noun``'s phrase before the relative clause at ``verb`` (no comma)."""
    toks = [t for t in noun.subtree if t.i < _clause(verb).left_edge.i]
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    return p.span(toks)
