"""Roles around a noun: the doer of a nominal trigger ("Japan's claim", "a claim by Japan", "laid
claim to"), the verb that governs it, whom a predicate noun describes, what an "under" phrase
describes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.grammar import companions
from kg.ingest.nlp.grammar.participle_misreads import passive_owns
from kg.ingest.nlp.grammar.relatives import relative_noun
from kg.ingest.nlp.grammar.roles import is_passive, subjects
from kg.ingest.nlp.grammar.words import LINKING, PASS_SUBJ, REGARDING, SUBJ

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
    if n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN") and n.head.dep_ in ("dobj", "obj"):
        return governor(n.head)  # "lodged stern representations and a protest": the first's verb
    if n.dep_ == "ROOT":
        # "An agreement on X after Brexit was reached by A and B", parsed with no verb of its own
        # and "after Brexit" a clause: the noun is that passive clause's subject
        later = [c for c in n.children if c.dep_ == "advcl" and is_passive(c) and c.i > n.i]
        return later[0] if later else None
    return None


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


#: Verbs that link a subject to where it stands ("is in control of", "remains under").
_COPULAS = frozenset({"be", "remain", "stay"})

#: Prepositions of a state of being held: "under Russian control", "in Iranian hands".
_UNDER = frozenset({"under", "in", "into"})


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
