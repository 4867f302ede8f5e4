"""Roles around a noun: the doer of a nominal trigger ("Japan's claim", "a claim by Japan", "laid
claim to"), the verb that governs it, the word it hangs on, what an "under" phrase describes. Whom a
predicate noun describes is ``predicate_nouns``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.grammar.participle_misreads import passive_owns
from kg.ingest.nlp.grammar.relatives import relative_noun
from kg.ingest.nlp.grammar.roles import is_passive, subjects
from kg.ingest.nlp.grammar.words import PASS_SUBJ, SUBJ

#: Verbs of making or sending what a noun names: their participle on the noun tells who made it
#: and what it is over, whatever trigger reads the noun ("rejected a protest lodged by Japan over
#: the patrol": Japan's protest, over the patrol; "a claim made by Manila to the shoal")
MAKING = frozenset(
    {
        "lodge",
        "file",
        "make",
        "issue",
        "send",
        "deliver",
        "submit",
        "express",
        "voice",
        "convey",
        "register",
        "raise",
        "hand",
        "present",
        "lay",
    }
)


def made_by(n: Token, light: frozenset[str]) -> list[Token]:
    """The participles on ``n`` that made it: a light verb's, or a verb of making's."""
    return [c for c in n.children if c.dep_ == "acl" and (c.lemma_ in light or c.lemma_ in MAKING)]


def noun_agents(n: Token, light: frozenset[str]) -> list[Token]:
    """The doer of a nominal trigger: "Japan's claim", "the Japanese claim", "a claim by Japan", or
    the subject of the light verb that carries it ("Japan laid claim to")."""
    out = [c for c in n.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    out += [
        g
        for c in n.children
        if c.dep_ in ("prep", "agent") and c.lower_ == "by" and not passive_owns(c)
        for g in c.children
        if g.dep_ == "pobj"
    ]
    out += [  # "the signing of the treaty by A and B": the by-phrase the parser hung on the of-object
        g
        for c in n.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
        for b in o.children
        if b.dep_ in ("prep", "agent") and b.lower_ == "by"
        for g in b.children
        if g.dep_ == "pobj"
    ]
    if n.dep_ == "pobj" and n.head.lower_ == "under":  # "under the control of Israel": what is
        out += [o for c in n.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    preps = {c.lower_ for c in n.children if c.dep_ == "prep"}
    if "of" in preps and preps & {"to", "over"}:  # "the claims of A and B to X": to X, so of A
        out += [o for c in n.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    gov = governor(n)  # under it is described (grammar.under_head), so "of" names the doer
    if (
        gov is not None
        and gov.lemma_ in light
        and not (n.head.lower_ == "under" and gov.lemma_ in _COPULAS)
    ):  # "Iran is in control of X" names the doer; "X remains under the control of" what is held
        out += subjects(gov)
    for c in n.children:  # "the deal (that) A and B reached": a light verb's relative clause
        if c.dep_ == "relcl" and c.lemma_ in light and not is_passive(c):
            out += [s for s in subjects(c) if s != n and s.tag_ not in ("WDT", "WP")]
    out += [  # "the agreement, reached by A and B": the by-phrase of a light verb's participle
        g
        for c in made_by(n, light)
        for a in c.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]
    return out


def governor(n: Token) -> Token | None:
    """The verb a noun is the object of ("laid claim"), through "to" ("committed to the deal")."""
    if n.dep_ in ("dobj", "obj", "attr", "oprd", "nsubjpass"):  # "a deal was struck by": as active
        return n.head
    if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ in ("VERB", "AUX"):
        return n.head.head
    prep = n.head
    if (  # "acting in good faith and in strict compliance with ...": the first phrase's verb
        n.dep_ == "pobj"
        and prep.dep_ == "conj"
        and prep.head.dep_ == "prep"
        and prep.head.head.pos_ in ("VERB", "AUX")
    ):
        return prep.head.head
    if n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN") and n.head.dep_ in ("dobj", "obj"):
        return governor(n.head)  # "lodged stern representations and a protest": the first's verb
    if n.dep_ == "ROOT":
        # "An agreement on X after Brexit was reached by A and B", parsed with no verb of its own
        # and "after Brexit" a clause: the noun is that passive clause's subject
        later = [c for c in n.children if c.dep_ == "advcl" and is_passive(c) and c.i > n.i]
        return later[0] if later else None
    return None


def clause_head(n: Token) -> Token:
    """The word a noun hangs on; for a noun the parser read as the apposition of a verb's object
    ("declared [Crimea] [part of Russia]"), the verb of that small clause."""
    if n.dep_ == "appos" and n.head.dep_ == "dobj" and n.head.head.pos_ == "VERB":
        return n.head.head
    return n.head


def reporting_head(n: Token) -> Token:
    """``clause_head``; for a noun predicate of a copula in a reported clause ("Nepal says Kalapani
    [is] part of its territory"), the verb that reports it: whose view the noun tells; for a noun
    after "as", what "as" hangs on ("regards Ceuta as part of its territory": a view;
    "administered as part of Greenland": a deed)."""
    head = clause_head(n)
    if n.dep_ == "attr" and head.lemma_ in _COPULAS and head.dep_ == "ccomp":
        return head.head
    # "says X is and remains part of Y", "was and remains Y's": the second copula reports as the first
    copula = head if n.dep_ == "attr" else n
    first = copula.head
    if (
        copula.dep_ == "conj"
        and {copula.lemma_, first.lemma_} <= _COPULAS
        and first.dep_ == "ccomp"
    ):
        return first.head
    if n.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
        return head.head
    return head


#: Verbs that link a subject to where it stands ("is in control of", "remains under").
_COPULAS = frozenset({"be", "remain", "stay"})

#: Prepositions of a state of being held: "under Russian control", "in Iranian hands".
_UNDER = frozenset({"under", "in", "into"})


def under_head(n: Token) -> list[Token]:
    """ "X, under Russian control", "X has been in Iranian hands", "keeps X under military rule":
    the noun the "under" (or "in", "into") phrase describes."""
    if n.dep_ == "pobj" and n.head.lower_ in _UNDER:
        host = n.head.head
        if host.pos_ in ("NOUN", "PROPN"):
            return [host]
        held = [c for c in host.children if c.dep_ in ("dobj", "obj") and c.i < n.head.i]
        if held:  # "Israel keeps the Golan Heights under military rule": what is kept so
            return held
        absolute = [  # "ended with the islands back under British control": the islands
            o
            for w in host.children
            if w.dep_ == "prep" and w.lower_ == "with" and w.i < n.head.i
            for o in w.children
            if o.dep_ == "pobj"
        ]
        held = [  # "a resort that has been under Turkish control": the resort ("that")
            relative_noun(c) for c in host.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ
        ]
        if n.head.lower_ != "under":  # "the decision on Abu Musa is in Iranian hands": not the land
            held = [
                h for h in held if all(c.lower_ == "of" for c in h.children if c.dep_ == "prep")
            ]
        return absolute or held
    return []


def holder(n: Token) -> list[Token]:
    """The other side of a document told by its counterpart alone ("Guatemala argues that an 1859
    treaty with Britain was void", "Bolivia lost its coast under a 1904 treaty with Chile"): the
    subject of the nearest clause above the noun that has one outside its phrase. None where the
    noun names its own doer ("Peru's treaty with Ecuador") or has no with-phrase."""
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in n.children):
        return []
    if any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in n.children):
        return []
    inside = {t.i for t in n.subtree}
    node = n
    while node.head is not node:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subj = [
            s
            for s in node.children
            if s.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and s.i not in inside
        ]
        if subj:
            return [s for s in subj if s.dep_ == "nsubj"]
        if node.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "acl", "relcl"):
            return subjects(node)  # a participle's or an infinitive's understood subject
    return []
