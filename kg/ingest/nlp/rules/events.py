"""Disputes named as such (documents whose naming tells their issuer: rules/document_issuers.py;
meetings: rules/meetings.py; court rulings and what they oblige: rules/rulings.py and
rules/obligations.py; agreements, signings, issuing by a verb and negotiation roles:
rules/relations.py).

The triggers are classes of ``data/lexicon/relations.yaml`` (``reader: dispute``);
rules/relations.py finds them in the parse and hands them here, where
their roles are read by grammatical role, as the common reader does, and completed from the sentence
and the discourse where news writing leaves them implicit ("after talks with X": the speaker met X).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import phrases as ph
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.relatives import relative_noun
from kg.ingest.nlp.grammar.roles import clause_of
from kg.ingest.nlp.rules.common import (
    Collector,
    members,
)
from kg.ingest.nlp.rules.slots import TERRITORY_KINDS, fill
from kg.ingest.nlp.triggers import Relation, Trigger
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions (and participles used as such) that set an event beside the clause's own:
#: "said after talks with X", "in a territorial dispute with Y": the clause's subject took part.
ADVERBIAL = frozenset(
    {"after", "following", "before", "during", "at", "in", "amid", "ahead", "because"}
)


def clause_doers(p: g.Parsed, tok: Token, trig: Trigger, tags: set[str]) -> list[Entity]:
    """The doers of a noun trigger that its phrase leaves to the clause: the subject of the clause an
    adverbial holds it in ("said after talks with X", "possesses it in a dispute with Y"), and the
    doers of a light verb's participle ("a meeting attended by A and B")."""
    if not trig.noun:
        return []
    hosts: list[Token] = []
    head = tok.head
    if tok.dep_ in ("pobj", "dobj") and head.lower_ in ADVERBIAL:
        verb = clause_of(head)  # past "following", itself a verb
        hosts += g.subjects(verb) or [  # "A and B were locked (embroiled, mired) in a dispute"
            ch for ch in verb.children if ch.dep_ == "nsubjpass" and head.head == verb
        ]
    hosts += [
        d
        for ch in tok.children
        if ch.dep_ == "acl" and ch.lemma_.lower() in trig.light
        for d in g.subjects(ch)
    ]
    out: list[Entity] = []
    for m in g.fillers(p, hosts, tags):
        out += [e for e in m.entities if e not in out]
    return out


def _told_before(tok: Token) -> bool:
    """ "the row", "their dispute": a dispute the article has told of (not "a dispute")."""
    return any(
        ch.dep_ == "poss" or (ch.dep_ == "det" and ch.lower_ in ("the", "this", "that"))
        for ch in tok.children
    )


def _disputed_by(c: Collector, parties: list[Entity]) -> tuple[list[Entity], list[Entity]] | None:
    """ "The two countries referred the dispute to the tribunal": the parties and land of the
    dispute between the same parties told of last, not the land named last (a part of it)."""
    for f in reversed(c.of("disputes")):
        land, told = f.args.get("territory"), f.args.get("parties")
        if not f.negated and isinstance(land, Entity) and isinstance(told, tuple):
            if len(parties) > 1 and set(parties) == set(told):
                return list(told), [land]
    return None


def _talked_about(c: Collector, before: int) -> list[Entity]:
    """The territory the article has talked about most before ``before`` (ties: the latest)."""
    counts: dict[str, int] = {}
    last: dict[str, tuple[int, Entity]] = {}
    for i, m in enumerate(c.disc.last_territories):
        for e in m.entities if m.start < before else ():
            if e.kind in TERRITORY_KINDS:
                counts[e.key] = counts.get(e.key, 0) + 1
                last[e.key] = (i, e)
    if not counts:
        return []
    best = max(counts, key=lambda k: (counts[k], last[k][0]))
    return [last[best][1]]


def _signers_of_doer(c: Collector, p: g.Parsed, tok: Token) -> list[Entity]:
    """ "Canada and Denmark signed an agreement that ends a border dispute": where a document does
    what the verb does to the noun, its parties are the ones the article says signed it (not one
    who brokered or proposed it)."""
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.pos_ != "VERB":
        return []
    docs = {
        e.key
        for doer in g.subjects(tok.head)
        if (m := p.mention(doer)) is not None and m.tag == "D"
        for e in m.entities
    }
    out: list[Entity] = []
    for f in c.of("signed"):
        if getattr(f.args.get("document"), "key", None) in docs:
            out += [e for e in members(f.args.get("parties")) if e not in out]
    return out


# -- disputes ---------------------------------------------------------------------------------------


def dispute(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """ "Japan's territorial dispute with Russia over the Kurils", "(X possesses the islands) in a
    territorial dispute with Gabon": the parties dispute the territory."""
    filled = fill(c, s, p, tok, rel, trig) or {}
    parties = list(filled.get("parties", ()))
    theirs = any(ch.dep_ == "poss" and ch.lower_ == "their" for ch in tok.children)
    if (
        len(parties) < 2
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.pos_ == "NOUN"
    ):
        parties += [  # "a point (a bone) of contention between A and B": hung on the head noun
            e for m in g.fillers(p, g.preps(tok.head.head, "between"), {"S"}) for e in m.entities
        ]
    theirs = theirs or bool(g.preps(tok, "between"))  # "offered to mediate in the dispute between
    # A and B": the pair is whole, the clause's doer a third party
    doers = [] if theirs else clause_doers(p, tok, trig, {"S"})  # "urged calm in their row": not
    for e in [*doers, *_signers_of_doer(c, p, tok)]:  # the urger's
        if e not in parties:
            parties.append(e)
    terrs = [e for e in filled.get("territory", ()) if e.kind in TERRITORY_KINDS]
    found = _found_by_third_party(p, tok) if len(parties) < 2 else []
    for e in (
        e
        for m in g.fillers(p, [x for v in found for x in g.subjects(v)], {"S"})
        for e in m.entities
    ):
        if e not in parties:
            parties.append(e)
    about = [o for w in ("over", "about", "concerning", "regarding") for o in g.preps(tok, w)]
    if not terrs and not about:
        terrs = _over_on_verb(p, tok)
    if not terrs:  # "a dispute over 175,000 square kilometres of the Barents Sea", "over part of X"
        terrs = _shared(p, about) or _line_land(p, about)
    if len(parties) < 2:
        parties += [e for e in _pair_of(p, tok, about) if e not in parties]
    if not terrs and about and all(o.pos_ == "NOUN" and p.mention(o) is None for o in about):
        return  # "a dispute over fishing quotas in the Barents Sea": over no land
    if not terrs and tok.dep_ == "pobj" and tok.head.lower_ in ADVERBIAL:  # "X, over which A
        terrs = _over_relative(p, clause_of(tok.head))  # and B are locked in a row"
    if not terrs and trig.over_only:
        return  # "fought a short war in the Cenepa valley": fought there, not over it
    if not terrs:  # "the dispute ..., concerning the Kurils" hung elsewhere: what its clause names
        inside = g.fillers(p, [clause_of(tok), *found], {"T"}, deep=True)
        terrs = [e for m in inside for e in m.entities if e.kind in TERRITORY_KINDS][:1]
    if not terrs and _told_before(tok):  # "Because of the territorial row, ...": the land told of
        told = _disputed_by(c, parties)  # one dispute, told again: the same fact, more evidence
        parties, terrs = told or (parties, _talked_about(c, p.offset + tok.idx))
    if len(parties) < 2 or not terrs:
        return
    for terr in terrs:
        for each in _each_counterpart(p, tok, parties):
            c.add(
                "disputes",
                {"parties": each, "territory": terr},
                s,
                f"{trig.rule}:{tok.lemma_.lower()}",
                trig.confidence,
            )


def _each_counterpart(p: g.Parsed, tok: Token, parties: list[Entity]) -> list[tuple[Entity, ...]]:
    """ "China has disputes with Vietnam, the Philippines and Malaysia over the Spratlys": a plural
    noun is one dispute with each state of its with-phrase (the doer and that one); a singular
    noun ("a dispute with A and B") is one dispute of them all."""
    if tok.tag_ != "NNS":
        return [tuple(parties)]
    others = [e for m in g.fillers(p, g.preps(tok, "with"), {"S"}) for e in m.entities]
    own = [e for e in parties if e not in others]
    if len(others) < 2 or not own:
        return [tuple(parties)]
    return [(*own, e) for e in others]


def _over_on_verb(p: g.Parsed, tok: Token) -> list[Entity]:
    """ "to resolve their dispute over the boundary in the Beaufort Sea, an Arctic wedge off
    Alaska": the parser may hang the noun's "over" phrase on the verb whose object the noun is;
    the land is the one that phrase names (not one an apposition after it names)."""
    if tok.dep_ not in ("dobj", "obj"):
        return []
    over = [o for o in g.preps(tok.head, "over") if o.i > tok.i and o.head.head == tok.head]
    return [
        e
        for m in g.fillers(p, over, {"T"}, deep=True)
        for e in m.entities
        if e.kind in TERRITORY_KINDS
    ]


def _line_land(p: g.Parsed, about: list[Token]) -> list[Entity]:
    """ "a dispute over the maritime boundary in the Beaufort Sea": the land a line at issue runs
    in (the line nouns and their prepositions are data)."""
    lines = ph.nouns().dispute_lines
    where = [
        o
        for a in about
        if a.lemma_.lower() in lines
        for w in lines[a.lemma_.lower()]
        for o in g.preps(a, w)
    ]
    return [e for m in g.fillers(p, where, {"T"}) for e in m.entities if e.kind in TERRITORY_KINDS][
        :1
    ]


def _pair_of(p: g.Parsed, tok: Token, about: list[Token]) -> list[Entity]:
    """ "A and B ended (settled) a dispute over X": the two states that are the subject of the verb
    the noun is the object of (one alone may be a mediator); "fighting over X between A and B" with
    the between-phrase hung on the land."""
    subj = g.subjects(tok.head) if tok.dep_ == "dobj" else []
    between = [o for a in about for o in g.preps(a, "between")]
    for toks in (subj, between):
        states = [e for m in g.fillers(p, toks, {"S"}) for e in m.entities if e.kind == "State"]
        if len(states) >= 2:
            return states
    return []


def _shared(p: g.Parsed, about: list[Token]) -> list[Entity]:
    """The land a share or a measure of it stands for ("part of X", "500 square miles of X")."""
    shares = ph.nouns().shares
    of = [o for a in about if a.lemma_.lower() in shares for o in g.preps(a, "of")]
    return [e for m in g.fillers(p, of, {"T"}) for e in m.entities if e.kind in TERRITORY_KINDS][:1]


def _over_relative(p: g.Parsed, verb: Token) -> list[Entity]:
    """ "the islands, over which Japan and China are locked in a dispute": the land a relative
    pronoun stands for, where the parser hung its over-phrase on the clause's verb."""
    objs = [relative_noun(o) for w in ("over", "about") for o in g.preps(verb, w)]
    return [
        e
        for m in g.fillers(p, [o for o in objs if o.tag_ not in ("WDT", "WP")], {"T"})
        for e in m.entities
        if e.kind in TERRITORY_KINDS
    ][:1]


def _found_by_third_party(p: g.Parsed, tok: Token) -> list[Token]:
    """ "Ruling in the dispute with Gabon, the court finds that Equatorial Guinea possesses X": the
    dispute's clause is an adverbial of a verb whose doer is no state (a court, a mediator); the
    other party and the territory are in what that verb finds or says (its complement clause)."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ in ADVERBIAL):
        return []
    verb = clause_of(tok.head)
    while verb.dep_ in ("advcl", "conj") and verb.head != verb:
        verb = verb.head
    if g.fillers(p, g.subjects(verb), {"S"}):
        return []  # a state's own clause: its doer is the party (clause_doers)
    return [ch for ch in verb.children if ch.dep_ == "ccomp"]
