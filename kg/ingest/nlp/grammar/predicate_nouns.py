"""Whom a predicate noun describes: the subject of "Russia is the successor", of a small clause
("considers [X] [an integral part]"), of an "as" phrase ("regards Crimea as part of its
territory"); split from ``nouns`` (the noun's own doer and governor), which it shares no helper
with."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.grammar import companions
from kg.ingest.nlp.grammar.relatives import relative_noun
from kg.ingest.nlp.grammar.roles import subjects
from kg.ingest.nlp.grammar.words import LINKING, PASS_SUBJ, REGARDING, SUBJ


def regarded_as(n: Token) -> bool:
    """ "considers [the Falklands] [Argentine territory]": a predicate noun the parser took for the
    object (or complement) of a verb of regarding, its subject glued to it; it says what that subject is, as the
    noun of an "as" phrase does ("regards the Falklands as Argentine territory")."""
    return (
        n.dep_ in ("dobj", "obj", "oprd")
        and n.head.lemma_ in REGARDING
        and bool(_noun_subject(n))
        and _regarded_own(n.head, n)  # (not "Most countries consider X Syrian territory")
    )


def _named(n: Token) -> bool:
    """A common noun a proper name is compounded with ("the Kherson region")."""
    return n.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < n.i for c in n.children
    )


def _glued_subject(n: Token, glued: list[Token]) -> list[Token]:
    """The small clause's subject among the words glued to its predicate noun: the last, but in
    "considers [the Falklands] [Argentine territory]" the word right before the noun is its own
    modifier (whose land it says), so the subject is the word before that."""
    if len(glued) >= 2 and glued[-1].i == n.i - 1:
        return glued[-2:-1]
    return glued[-1:]


def _definite_glued(n: Token, c: Token) -> bool:
    """ "declared [the islands] part of ...": a common noun glued to the predicate noun, with the
    definite article before it that the parser hung on the predicate (which takes none there)."""
    return c.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ in ("the", "these", "those") and d.i < c.i
        for d in (*n.children, *c.children)
    )


def noun_subject(n: Token) -> list[Token]:
    """Whom a predicate noun describes: "Russia is the successor", "Russia, the successor ...",
    "Russia, as the successor ..."; a relative pronoun for the noun it stands for ("Kalapani,
    which Nepal says is its territory")."""
    return [relative_noun(t) for t in _noun_subject(n)]


def _noun_subject(n: Token) -> list[Token]:
    own = [
        c for c in n.children if c.dep_ in SUBJ
    ]  # a small clause: "considers [X an integral part]"
    if own and all(c.lower_.endswith(("self", "selves")) for c in own):
        return subjects(n.head)  # "Moscow considers itself the successor": Moscow
    if own:
        return own
    glued = [  # "considers [Aksai Chin part] of ...", "made [the Golan Heights part] of ...": the
        c  # small clause's subject the parser took for a compound of the noun
        for c in n.children
        if (c.dep_ == "compound" or c.dep_ == "nmod" and c.pos_ == "PROPN")  # "Golan [Heights]"
        and (
            c.pos_ == "PROPN" or _named(c) or _definite_glued(n, c)
        )  # "declared [the Kherson region] part of"
        and n.dep_ in ("ccomp", "oprd", "xcomp", "dobj")
    ]
    if glued and n.head.pos_ == "VERB":
        return _glued_subject(n, glued)
    stray = [  # "considers [the bar] [Salvadoran territory]", with "the bar" read as the subject of
        s  # the adjective: no modifier has a subject, so it is the small clause's
        for c in n.children
        if c.dep_ in ("compound", "amod") and n.dep_ == "dobj" and n.head.lemma_ in REGARDING
        for s in c.children
        if s.dep_ in SUBJ and s.i < c.i
    ]
    if stray:
        return stray[-1:]
    if n.dep_ in ("dobj", "obj") and n.head.lemma_ in REGARDING:
        first = [c for c in n.head.children if c.dep_ in ("dobj", "obj") and c.i < n.i]
        if first:  # "which Nepal considers part of its territory", read as two objects
            return first[-1:]
    if n.dep_ == "oprd" or (n.dep_ in ("ccomp", "xcomp") and n.pos_ == "NOUN"):
        objs = [
            c for c in n.head.children if c.dep_ in ("dobj", "obj")
        ]  # "considers X an integral part"
        if objs:
            return objs
        first = [  # 'called Dokdo "an inherent part of ..."': the object read as a first predicate
            c for c in n.head.children if c.dep_ == "oprd" and c.i < n.i and c.pos_ == "PROPN"
        ]
        if n.dep_ == "oprd" and first:
            return first[-1:]
    if n.dep_ in ("attr", "acomp", "oprd"):  # "were proclaimed part of": the passive's subject
        own = [c for c in n.head.children if c.dep_ in (*SUBJ, "nsubjpass")]
        return own + companions.likened(n.head, own) if own else subjects(n.head)
    if n.dep_ == "appos":
        return [n.head]
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ == "one":
        return noun_subject(n.head.head)  # "Ukraine is one of the successor states": Ukraine
    if linked(n):  # "X forms part of Y" ("together with Z": Z too)
        return companions.subjects(n.head)
    if n.dep_ == "dobj" and n.head.pos_ == "VERB":
        first = [c for c in n.head.children if c.dep_ in ("dobj", "dative") and c.i < n.i]
        if first:  # "declared [Crimea] [a part] of Russia", read as two objects (or a dative)
            return first[-1:]
        passive = [c for c in n.head.children if c.dep_ in PASS_SUBJ]
        if passive:  # "X was made [a district] of Y": the passive's subject, of its complement
            return passive[:1]
        if n.head.dep_ == "relcl" and any(c.dep_ in SUBJ for c in n.head.children):
            return [n.head.head]  # "the island, which Congress made [a district] of Y": its noun
    if n.dep_ == "pobj" and n.head.lower_ == "as":
        host = n.head.head
        objs = [
            c
            for c in host.children
            if c.dep_ in ("dobj", "obj") and not c.lower_.endswith(("self", "selves"))
        ]  # 'described Dokdo as "our inherent territory"': the quoted words name the object
        if objs and host.pos_ == "VERB" and (_quoted(n) or _regarded_own(host, n)):
            return objs  # "regards Crimea as an integral part of its territory": Crimea
        if host.pos_ not in ("VERB", "AUX"):
            return [host]
        # "As the successor of the USSR, Russia is bound by ...": the passive's own subject
        return [c for c in host.children if c.dep_ in PASS_SUBJ] or subjects(host)
    return []


def linked(n: Token) -> bool:
    """Whether ``n`` is the object of a verb that makes it a predicate noun, as a copula's
    complement is ("the islands form part of Bahrain", "constitute part of")."""
    return n.dep_ == "dobj" and n.head.lemma_.lower() in LINKING


def _regarded_own(verb: Token, n: Token) -> bool:
    """ "regards Crimea as part of its territory": a verb of regarding whose as-phrase the
    regarder's own possessive marks (in "Most countries regard Dokdo as South Korean territory"
    the outlet reports others' view, which asserts nothing of Seoul's); or a name's adjective
    where a named regarder holds the view ("Morocco regards Ceuta as Moroccan territory": whose
    land the adjective says is checked against the regarder by the trigger's ``own`` role)."""
    if verb.lemma_ not in REGARDING:
        return False
    if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in n.subtree):
        return True
    named = any(t.pos_ == "PROPN" for s in subjects(verb) for t in s.subtree)
    return named and (
        any(
            t.dep_ in ("amod", "compound") and t.text[:1].isupper() and t.i > n.head.i
            for t in n.children
        )
        or _of_itself(verb, n)
    )


def _of_itself(verb: Token, n: Token) -> bool:
    """ "Libya regarded the oasis as an integral part of Libya", "Costa Rica regards Coto as part
    of Costa Rica": a "part" whose "of" phrase names the regarder itself, the regarder's view of
    its own land, as "part of its territory" is (not "The UN regards X as part of Azerbaijan")."""
    own = {_name(s) for s in subjects(verb)}
    return n.lemma_.lower() == "part" and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" and _name(o) in own
        for x in n.children
        if x.dep_ == "prep" and x.lower_ == "of"
        for o in x.children
    )


def _name(t: Token) -> str:
    """The proper-noun words of the phrase ``t`` heads ("Costa Rica")."""
    return " ".join(w.lower_ for w in t.subtree if w.pos_ == "PROPN")


def _quoted(n: Token) -> bool:
    """Whether the phrase of ``n`` opens with a quotation mark (the speaker's own words)."""
    first = n.left_edge
    before = n.doc[first.i - 1] if first.i > 0 else None
    return first.text in ('"', "“") or (before is not None and before.text in ('"', "“"))
