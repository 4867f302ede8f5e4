"""The phrases around a verb that are no subject or object: a preposition's objects (through the
verb's object and particle), the reason a clause gives, datives, particles."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from kg.ingest.nlp.grammar.memo import kept
from kg.ingest.nlp.grammar.relatives import adverb_relative
from kg.ingest.nlp.grammar.words import PARTICLES

#: The dependencies of the words on a host that may be the preposition asked for.
_PREP_DEPS = ("prep", "agent", "dative", "prt", "advmod")


@kept
def preps(t: Token, word: str) -> list[Token]:
    """Objects of the preposition ``word`` attached to ``t``, to its object or to its particle."""
    out: list[Token] = []
    # (a token is asked for one preposition after another, and has most of them nowhere)
    for host, c in _prep_words(t).get(word, ()):
        if c.lower_ == word:
            objects = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            # "described it as painful", parsed with the adjective an amod of "as": an adjective
            # hung on a preposition modifies nothing else, so it is its complement
            objects = objects or [g for g in c.children if g.dep_ == "amod"]
            objects += [g for g in _repeated_prep(c, objects) if g not in objects]
            out.extend(objects)
            if (
                not objects
                and host.i == t.i
                and t.dep_ == "relcl"
                and c.i > t.i
                and not adverb_relative(t)
            ):
                out.append(_stranded(t))  # "the island (which) they fought over"
        # "out of", "over to": the object hangs on the second word
        for p in c.children:
            if p.dep_ == "prep" and (p.lower_ == word or c.lower_ == word):
                out.extend(g for g in p.children if g.dep_ == "pobj" and g not in out)
        out.extend(g for g in _stacked(c, word) if g not in out)
    return [o for o in out if not _onlooker(o)]


@kept
def _prep_words(t: Token) -> dict[str, list[tuple[Token, Token]]]:
    """Each word that may be a preposition of ``t`` (:func:`preps`: on ``t``, on its object, on
    its particle, or a second preposition under one of those), and the words on a host, in
    order, whose phrase may hold it: the hosts walked once a token, not once a preposition."""
    objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
    objs += [
        c for o in objs for c in o.children if c.dep_ == "conj"
    ]  # "hand A and B over to Japan"
    hosts = [
        t,
        *objs,
        *(c for h in (t, *objs) for c in h.children if c.dep_ == "prt" or c.lower_ in PARTICLES),
    ]
    found: dict[str, list[tuple[Token, Token]]] = {}
    for host in hosts:
        for c in host.children:
            if c.dep_ not in _PREP_DEPS:
                continue
            words = {c.lower_}
            words |= {p.lower_ for p in c.children if p.dep_ == "prep"}
            words |= {  # (_stacked's: a phrase hung on the preposition's object)
                p.lower_
                for o in c.children
                if o.dep_ == "pobj"
                for p in o.children
                if p.dep_ == "prep"
            }
            for w in words:
                found.setdefault(w, []).append((host, c))
    return found


def _repeated_prep(prep: Token, objects: list[Token]) -> list[Token]:
    """The objects of the same preposition said again after "and" ("claims sovereignty over A and
    over B"; "at odds over A, where ..., and over B"): parsed as the first one's conjunct, as a
    conjunct of a word above it (up to its clause's verb), or hung on the first object beside its
    "and"."""
    again = [c for c in prep.children if c.dep_ == "conj"]
    above = prep
    while above.head != above and above.pos_ not in ("VERB", "AUX"):
        above = above.head
        again += [c for c in above.children if c.dep_ == "conj" and c.i > prep.i]
    for o in objects:
        if any(c.dep_ == "cc" for c in o.children):
            again += [c for c in o.children if c.dep_ == "prep" and c.i > o.i]
    return [g for c in again if c.lower_ == prep.lower_ for g in c.children if g.dep_ == "pobj"]


def _stranded(relcl: Token) -> Token:
    """What a preposition left at a relative clause's end is of: the fronted noun of a "whose"
    phrase ("the estuary whose border they argued over": the border), else the noun the clause
    describes ("the island (which) they fought over")."""
    for c in relcl.children:
        if c.dep_ in ("dobj", "obj") and c.i < relcl.i and c.pos_ in ("NOUN", "PROPN"):
            return c
    return relcl.head


#: Prepositions that do modify a name ("the Court of Justice", "the embassy in Manila").
_NAME_PREPS = frozenset({"of", "in", "at", "from", "for", "on"})


def _stacked(prep: Token, word: str) -> list[Token]:
    """ "lodged a complaint with the Security Council against Israel", parsed with "against Israel"
    hung on the name: a name takes no such phrase of its own (only "of", "in", ...), so the second
    phrase is the host's, as the first is; so too a body named by its state's adjective ("lodged
    a protest with the Japanese embassy over the visit")."""
    if word in _NAME_PREPS or prep.lower_ == word:
        return []
    return [
        g
        for o in prep.children
        if o.dep_ == "pobj" and (o.pos_ == "PROPN" or _named_body(o))
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == word
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _named_body(noun: Token) -> bool:
    """A common noun its state's adjective names ("the Japanese embassy", "the British side")."""
    return noun.pos_ == "NOUN" and any(
        ch.dep_ == "amod" and ch.pos_ in ("ADJ", "PROPN") and ch.text[:1].isupper() and ch.i > 0
        for ch in noun.children
    )


#: "with C in attendance", "in the presence of C": C looks on and takes no part.
_LOOKING_ON = frozenset({"attendance", "presence", "tow"})


def _onlooker(o: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(x.lemma_ in _LOOKING_ON for x in c.children)
        for c in o.children
    )


#: "in retaliation for X", "in response to X", "because of X", "over X": why it was done.
_REASON_NOUNS = frozenset({"retaliation", "response", "protest", "reaction", "reprisal"})
#: Participles that tell why their verb's deed was done: "closed the border, citing the risk of
#: infiltration", "froze its participation, accusing the bloc of failing to come to its aid".
_REASON_PARTICIPLES = frozenset({"citing", "accusing", "blaming"})
#: Nouns of a quarrel whose "amid"/"during" phrase tells why a deed was done: "suspended the
#: memorandum in 2009, during a border row over the Preah Vihear temple", "froze the talks amid a
#: dispute over fishing rights" (not "during a visit", "amid tight security": no cause).
_QUARRELS = frozenset(
    {"row", "dispute", "spat", "standoff", "stand-off", "quarrel", "feud", "tension", "crisis"}
)
#: The prepositions that give a reason noun its object ("in protest at", "in response to").
_REASON_PREPS = frozenset({"at", "over", "against", "to", "for"})
#: Nouns whose phrase is itself the motive: "closed the border in solidarity with Azerbaijan".
_MOTIVE_NOUNS = frozenset({"solidarity"})
#: Participles of saying that give the doer's own justification: "withdrew from the understanding,
#: saying Buenos Aires had not lifted the blockades", "..., arguing that it had been ratified under
#: pressure": a reason only where the clause tells no other (not "after the attack, saying ...").
_JUSTIFYING_PARTICIPLES = frozenset({"saying", "arguing"})


def reasons(t: Token) -> list[Token]:
    """What a clause gives as the reason for its verb: the object of "in retaliation for", "in
    response to", "because of", "due to", "owing to", "over", "citing", "accusing X of", or a
    "because" clause."""
    out = [  # "in retaliation for" says why wherever the parser hangs it
        o
        for n in t.subtree
        if n.dep_ == "pobj" and n.lemma_.lower() in _REASON_NOUNS and n.head.lower_ == "in"
        for x in n.children
        if x.dep_ == "prep"
        for o in x.children
        if o.dep_ == "pobj"
    ]
    out += _reason_prep_beside(t) or _bare_reason_after(t)
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("over", "because", "due"):
            out += [o for o in c.subtree if o.dep_ == "pobj"][:1]  # "because of", "due to"
        elif c.lower_ == "owing" and c.dep_ in ("advcl", "prep"):  # "owing to X"
            out += [
                o for p in c.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
            ]
        elif c.dep_ == "prep" and c.lower_ in ("amid", "amidst", "during"):
            out += [o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in _QUARRELS][:1]
        elif c.dep_ == "advcl" and (
            c.lower_ in _REASON_PARTICIPLES
            or any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)
        ):
            out.append(c)
    return out or _motive(t) or _justified(t)


def _motive(t: Token) -> list[Token]:
    """ "closed the border, in solidarity with Azerbaijan": the motive noun with its phrase (its
    "with" phrase where the parser hung it on the verb right after the noun)."""
    for c in t.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        for n in c.children:
            if n.dep_ != "pobj" or n.lemma_.lower() not in _MOTIVE_NOUNS:
                continue
            if any(x.dep_ == "prep" for x in n.children):
                return [n]
            nxt = n.nbor(1) if n.i + 1 < len(n.doc) else None
            beside = nxt is not None and nxt.dep_ == "prep" and nxt.lower_ == "with"
            return [n, nxt] if beside and nxt is not None else [n]
    return []


def _justified(t: Token) -> list[Token]:
    """The justification a participle of saying gives for the verb's deed, where no "after" or
    "following" phrase tells what the deed answered."""
    if any(c.dep_ == "prep" and c.lower_ in ("after", "following") for c in t.children):
        return []
    return [
        c
        for c in t.children
        if c.dep_ == "advcl"
        and c.lower_ in _JUSTIFYING_PARTICIPLES
        and c.i > t.i
        and any(x.dep_ == "ccomp" and not _modal(x) for x in c.children)
    ][:1]


def _modal(verb: Token) -> bool:
    """ "saying it would resume them next year": what is to come, no justification."""
    return any(x.dep_ in ("aux", "auxpass") and x.tag_ == "MD" for x in verb.children)


def _reason_prep_beside(t: Token) -> list[Token]:
    """ "suspended talks in protest at the detention": the reason noun left bare, its "at"/"over"/
    "against"/"to"/"for" phrase hung on the verb right after it: that phrase's object."""
    out = []
    for n in t.subtree:
        if not (
            n.dep_ == "pobj"
            and n.lemma_.lower() in _REASON_NOUNS
            and n.head.lower_ == "in"
            and not any(x.dep_ == "prep" for x in n.children)
        ):
            continue
        nxt = n.nbor(1) if n.i + 1 < len(n.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.lower_ in _REASON_PREPS:
            out += [o for o in nxt.children if o.dep_ == "pobj"]
    return out


def _bare_reason_after(t: Token) -> list[Token]:
    """ "condemned the decision and recalled its ambassador in protest": a reason noun with no
    object of its own answers the act the verb is coordinated with, so that act's object."""
    bare = any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _REASON_NOUNS and not list(o.children)
            for o in c.children
        )
        for c in t.children
    )
    if not bare or t.dep_ != "conj" or t.head.pos_ != "VERB":
        return []
    return [c for c in t.head.children if c.dep_ in ("dobj", "obj")][:1]


def datives(t: Token) -> list[Token]:
    return [c for c in t.children if c.dep_ == "dative" and c.pos_ != "ADP"]


def particle(t: Token) -> str | None:
    for c in t.children:
        if c.dep_ == "prt":
            return c.lower_
    for c in t.children:  # "took back Okinawa": the particle read as an adverb right after the verb
        if c.dep_ == "advmod" and c.i == t.i + 1 and c.lower_ in PARTICLES:
            return c.lower_
    for c in t.children:  # "brushed the objections aside": the adverb right after the object
        if c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i == _object_end(t) + 1:
            return c.lower_
    misread = misread_particle(t)
    return misread.lower_ if misread is not None else None


def _object_end(t: Token) -> int:
    """Where the verb's direct object ends (-2 without one)."""
    objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
    return max(w.i for w in objs[0].subtree) if objs else -2


def misread_particle(t: Token) -> Token | None:
    """ "called in Hirohisa Soma": a phrasal verb's particle the parser read as a preposition
    right after the verb, with a full name as its object and no object of the verb's own."""
    if any(c.dep_ == "dobj" for c in t.children):
        return None
    return next(
        (
            c
            for c in t.children
            if c.dep_ == "prep"
            and c.i == t.i + 1
            and c.lower_ == "in"
            and any(
                o.dep_ == "pobj"
                and o.pos_ == "PROPN"
                and any(n.dep_ == "compound" and n.pos_ == "PROPN" for n in o.children)
                for o in c.children
            )
        ),
        None,
    )


def prep_verb(prep: Token) -> Token | None:
    """The verb a preposition's phrase tells about: its head, or the verb whose object the parser
    hung it on ("welcomed the agreement [in a statement issued on Monday]"), as ``preps`` reads it."""
    host = prep.head
    if host.pos_ not in ("VERB", "AUX") and host.dep_ in ("dobj", "obj") and host.head != host:
        host = host.head
    return host if host.pos_ in ("VERB", "AUX") else None
