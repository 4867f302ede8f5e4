"""Participles and passives the small English model misreads, and who did them: a by-agent hung
on the participle's noun, its date or an adverbial ("The declaration, signed in Beijing on Dec. 19,
1984, by A and B"), a second agent past an apposition, the noun a participle after a fronted phrase
describes, a relative clause without "that" read as an apposition ("The accord Peru and Ecuador
signed"), and a participle tagged a past tense.

Split from kg.ingest.nlp.grammar.misreads (the other misreadings): these read the voice of a verb
and its agents, for kg.ingest.nlp.grammar.roles and .voice. Each is a rule of grammar, never a
word list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.phrase_relatives import phrase_subject

if TYPE_CHECKING:
    from spacy.tokens import Token


def stray_agent(t: Token) -> list[Token]:
    """The by-phrase of a participle that the parser hung on the participle's noun: "The
    declaration, signed in Beijing on Dec. 19, 1984, by A and B, provided ...", with "by A" a
    modifier of "declaration". A passive participle takes a by-agent; a document noun right after
    its own participle's phrase does not."""
    noun = t.head
    if t.tag_ == "VBN" and not any(c.dep_ == "agent" for c in t.children):
        found = _agent_on_date(t) or _agent_in_adverbial(t)
        if found:
            return found
    if t.dep_ != "acl" or t.tag_ != "VBN" or any(c.dep_ == "agent" for c in t.children):
        return []
    for c in noun.children:
        if c.dep_ == "prep" and c.text.lower() == "by" and c.i == t.right_edge.i + 2:
            if t.doc[c.i - 1].text == ",":
                return [g for g in c.children if g.dep_ == "pobj"]
    return []


def _agent_on_date(t: Token) -> list[Token]:
    """ "was signed in Berlin on July 1, 1890, by A, ..., and B": the by-phrase hung on the date
    (a date takes no agent), and a second name hung on the verb as its conjunct (a name with no
    verb of its own)."""
    for prep in (c for c in t.children if c.dep_ == "prep"):
        for when in (o for o in prep.children if o.dep_ == "pobj"):
            for by in when.children:
                if by.dep_ == "prep" and by.lower_ == "by" and _stray_by(t, when, by):
                    names = [g for g in by.children if g.dep_ == "pobj"]
                    return names + [
                        c
                        for c in t.children
                        if c.dep_ == "conj"
                        and c.pos_ == "PROPN"
                        and c.i > by.i
                        and not any(x.dep_ in ("nsubj", "nsubjpass", "aux") for x in c.children)
                    ]
    return []


def _stray_by(t: Token, when: Token, by: Token) -> bool:
    """Whether "by" hung on a passive's date or place is the passive's agent: after a comma ("on
    July 1, 1890, by A"), or a name after a name ("signed in Murmansk by Norway and Russia": a
    place by a name is no place; "a village by the sea" names a common noun)."""
    if t.doc[by.i - 1].text == ",":
        return True
    return when.pos_ == "PROPN" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in by.children)


def _agent_in_adverbial(t: Token) -> list[Token]:
    """ "are claimed in whole or in part by China, Taiwan and ...": the by-phrase hung on the
    object of the participle's own adverbial (a noun like "part" takes no by-agent there, the
    passive does); only where the participle has a subject of its own to be done to."""
    if not any(c.dep_ in ("nsubjpass", "csubjpass") for c in t.children):
        return []
    preps = [c for c in t.children if c.dep_ == "prep"]
    preps += [x for c in preps for x in c.children if x.dep_ == "conj" and x.pos_ == "ADP"]
    return [
        g
        for prep in preps
        for o in prep.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
        for end in _of_chain(o)
        for by in end.children
        if by.dep_ == "prep" and by.lower_ == "by" and by.i > end.i
        for g in by.children
        if g.dep_ == "pobj" and g.pos_ == "PROPN"
    ]


def passive_owns(by: Token) -> bool:
    """Whether a by-phrase hung on a noun is the agent of a passive above it (read by
    :func:`_agent_in_adverbial`): "signed at the close of the round of talks by X" is X's signing,
    not talks by X."""
    x = by.head
    for _ in range(5):
        if x.dep_ != "pobj" or x.head.dep_ != "prep":
            return False
        up = x.head.head
        if up.pos_ in ("VERB", "AUX"):
            return any(g in _agent_in_adverbial(up) for g in by.children if g.dep_ == "pobj")
        x = up
    return False


def _of_chain(noun: Token) -> list[Token]:
    """``noun`` and the nouns of its of-phrases, one inside another ("at the close of the 26th
    round of boundary talks by Foreign Minister X": the parser hangs "by" on the last)."""
    chain = [noun]
    while len(chain) < 4:
        of = next((c for c in chain[-1].children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or obj.pos_ != "NOUN":
            break
        chain.append(obj)
    return chain


def fronted_noun(t: Token) -> Token | None:
    """The noun a passive participle describes where it follows a fronted phrase's noun and its
    comma: "Under the accord, signed in 1974 by A and B, X became ..." (the parser hangs the
    participle on the main verb, whose subject is not what was signed)."""
    if t.i < 3 or t.doc[t.i - 1].text != ",":
        return None
    noun = t.doc[t.i - 2]
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or prep.head != t.head:
        return None
    return noun if prep.dep_ == "prep" and prep.i < t.i else None


def more_agents(t: Token) -> list[Token]:
    """A second by-phrase coordinated with the first: "was recognised by A in 1978, and by B"
    (the parser hangs "by B" on the verb or on the phrase before it); or a second name of the
    by-phrase the parser hangs on the verb past an apposition ("signed by Hatoyama, Japan's prime
    minister at the time, and Nikolai Bulganin of the Soviet Union", "..., and his Soviet counterpart
    Nikolai Bulganin")."""
    agent = next((c for c in t.children if c.dep_ == "agent"), None)
    named = [
        c
        for c in t.children
        if agent is not None
        and c.i > agent.i
        and c.dep_ in ("conj", "npadvmod")
        and _named(c)
        and any(x.lower_ == "and" for x in t.doc[agent.i : c.left_edge.i])
    ]
    return named + [
        g
        for by in t.subtree
        if by.lower_ == "by"
        and by.dep_ == "conj"
        and (by.head == t or (by.head.dep_ in ("prep", "agent") and by.head.head == t))
        for g in by.children
        if g.dep_ == "pobj"
    ]


def _named(c: Token) -> bool:
    """A name, or a noun that its name follows ("his Montenegrin counterpart Igor Luksic")."""
    return c.pos_ == "PROPN" or (
        c.pos_ == "NOUN" and any(x.dep_ == "appos" and x.pos_ == "PROPN" for x in c.children)
    )


def contact_relative(t: Token) -> Token | None:
    """ "The accord Peru and Ecuador signed in Brasilia ended ...": a relative clause without "that",
    read as the noun's apposition (the names) and a participle describing the noun. A name set
    right against the noun, with no comma, and a verb right after it that has no subject, object
    or by-agent of its own is that verb's subject; the noun is what it acts on."""
    if t.dep_ != "acl" or t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "agent", "auxpass") for c in t.children):
        return None
    noun = t.head
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "appos"
            and c.pos_ in ("PROPN", "PRON")
            and c.left_edge.i == noun.i + 1
            and c.right_edge.i == t.i - 1
        ),
        None,
    ) or phrase_subject(t)  # "the memorandum the two neighbours signed"


def finite_participle(t: Token) -> bool:
    """ "The Algiers Agreement, concluded between Iran and Iraq in 1975, divided ...", the
    participle tagged a past tense: a verb that describes a noun, with no subject of its own (nor a
    name set against the noun as its subject), is a passive participle."""
    return (
        t.dep_ == "acl"
        and t.tag_ == "VBD"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
        and contact_relative(t) is None
    )
