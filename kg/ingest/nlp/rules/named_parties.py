"""Signings whose parties only a document's name gives: "the 1940 Soviet-Finnish agreement", "the
Japan-U.S. security treaty ... The treaty was signed in 1960" (the gold's convention: a document
named after its parties was signed by them, as one dated "between A and B" is, FORMAT.md's
``signed``; tests/test_documents3_battery.py).

The states are the words of the modifiers before the document noun (each piece of a hyphened pair
looked up in the gazetteer, demonyms included); two at least, or the name is no pair of parties
("the Heligoland-Zanzibar Treaty" names one state). A document the gazetteer knows (the 1956
Soviet-Japanese declaration) is left to the sentences that say who signed it. The document is signed where it is dated (its
own year before it, or the gazetteer's date) or where a verb of signing acts on it ("The agreement
was signed in Moscow"), and only where no sentence has said who signed it. Two officials the
text titles but places in no state ("signed ... by foreign ministers A and B") sign for the
article's two states in play, and are named beside them. Once every sentence is read, these
signings are settled against the article's other tellings (rules/named_signatories.py).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import combining
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.acting_parties import acting_states
from kg.ingest.nlp.rules.common import Collector, members, person_state
from kg.ingest.nlp.rules.named_signatories import RULE, stated
from kg.ingest.nlp.rules.serving_states import has_office
from kg.ingest.nlp.rules.succession import then_state
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import lemmas_of
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

#: The dependencies of a document noun's name words before it ("Soviet-Finnish", "Japan-U.S.").
_NAME_DEPS = frozenset({"compound", "amod", "nmod", "punct"})


@lru_cache(maxsize=1)
def signing_verbs() -> frozenset[str]:
    """The verbs of the ``signed`` class that sign any document (not only a law)."""
    return lemmas_of("signed", lambda t: not t.noun and not t.object_lemmas and not t.particle)


def signed_by_name(c: Collector, s: Sentence) -> None:
    p = s.parsed
    if p is None:
        return
    told = c.document_told if c.document_told and c.document_told[0] == s.index - 1 else None
    for tok in p.tokens:
        m = p.mention(tok)
        if m is None and told and tok.lower_ == "it" and _signed_here(tok):
            doc = told[1]  # "The treaty between A and B ... It was signed in 2010": that treaty
        elif m is None or m.tag != "D" or m.entity is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        elif tok.head != tok and p.mention(tok.head) is m:
            continue  # not the name's head word
        else:
            doc = m.entity
            c.document_told = (s.index, doc)
        if c.gz.get(doc.key) is not None:
            continue  # a treaty the gazetteer knows is told by its signatories, in the text or not
        states = (
            _named_states(c, tok)
            or _between_states(c, p, tok)
            or c.named_parties.get(doc.key, ())
            or _agreed_before(c, s, tok)
            or _clause_states(p, tok)
            or acting_states(p, tok)
            or _two_sides(c, p, tok)
            or _unsigned_pair(c, p, tok)
        )
        if len(states) < 2 or _signers_told(c, doc):
            continue
        c.named_parties[doc.key] = states
        year = _own_year(tok)
        if _signed_here(tok):
            date = event_date(c, s, p, tok) or year or doc.date
        elif year or doc.date:
            date = year or doc.date
        else:
            continue
        parties = tuple(dict.fromkeys(then_state(c, e, date) for e in states))
        args: dict[str, Arg | None] = {"parties": parties, "document": doc, "date": date}
        if not _dated_closer(c, doc, date):
            c.add("signed", args, s, RULE, 0.7)


def _named_states(c: Collector, tok: Token) -> tuple[Entity, ...]:
    """The states the words just before the noun name, two or more ("Soviet-Finnish"); a combining
    form joined by a hyphen is the state it stands for ("Anglo-Italian", combining.py)."""
    words: list[Token] = []
    i = tok.i - 1
    while i >= 0 and tok.doc[i].dep_ in _NAME_DEPS and tok in tok.doc[i].ancestors:
        words.append(tok.doc[i])
        i -= 1
    found: list[Entity] = []
    for piece in _name_pieces(c, reversed(words)):
        for x in [piece] if isinstance(piece, Entity) else _piece_states(c, piece):
            if x not in found:
                found.append(x)
    return tuple(found) if len(found) >= 2 else ()


def _name_pieces(c: Collector, words: Iterable[Token]) -> list[Entity | list[str]]:
    """The name words split at hyphens into the runs of words each side names: "Japan-South
    Korea" is ["Japan"], ["South", "Korea"], so that "South Korea" is read whole; a combining form
    before a hyphen is its state already."""
    pieces: list[Entity | list[str]] = [[]]
    for w in words:
        joined = w.i + 1 < len(w.doc) and w.doc[w.i + 1].text in _DASHES
        form = combining.state_of_form(c.gz, w.text) if joined else None
        if form is not None:
            pieces += [form, []]
            continue
        for k, part in enumerate(w.text.split("-") if w.text not in _DASHES else ("", "")):
            if k:
                pieces.append([])
            last = pieces[-1]
            if part and isinstance(last, list):
                last.append(part)
    return [x for x in pieces if x]


_DASHES = ("-", "\u2013")


def _piece_states(c: Collector, piece: list[str]) -> list[Entity]:
    """The states a run of words names, longest names first ("South Korea", not "Korea")."""
    found: list[Entity] = []
    i = 0
    while i < len(piece):
        for j in range(len(piece), i, -1):
            state = c.gz.state_by_name(" ".join(piece[i:j]))
            if state is not None:
                found.append(state)
                i = j
                break
        else:
            i += 1
    return found
    return tuple(found) if len(found) >= 2 else ()


def _between_states(c: Collector, p: g.Parsed, tok: Token) -> tuple[Entity, ...]:
    """ "a treaty between Norway and Russia": the states its own between-phrase names, two or
    more; told of a document not yet dated, they are its parties once a sentence signs it."""
    objs = g.preps(tok, "between") or g.preps(p.name_end(tok), "between")
    found: list[Entity] = []
    for e in (e for f in g.fillers(p, objs, {"S"}) for e in f.entities) if objs else ():
        if e.kind == "State" and e not in found:
            found.append(e)
    return tuple(found) if len(found) >= 2 else ()


def _clause_states(p: g.Parsed, tok: Token) -> tuple[Entity, ...]:
    """ "the Ems-Dollart Treaty, signed in 1960, under which both governments agreed to ...", "a
    special agreement signed in 2009, in which the two countries asked the court ...": a document
    signed with no signer named, whose relative clause tells what two states do under it or in
    it; those states signed it."""
    if not _signed_here(tok):
        return ()
    for ch in (*tok.children, *p.name_end(tok).children):
        if ch.dep_ != "relcl" or not any(
            pr.dep_ == "prep"
            and pr.lower_ in ("in", "under", "by")
            and any(w.lower_ == "which" for w in pr.children)
            for pr in ch.children
        ):
            continue
        found = [
            e for m in g.fillers(p, g.subjects(ch), {"S"}) for e in m.entities if e.kind == "State"
        ]
        if len(set(found)) >= 2:
            return tuple(dict.fromkeys(found))
    return ()


def _agreed_before(c: Collector, s: Sentence, tok: Token) -> tuple[Entity, ...]:
    """ "Saudi Arabia and Egypt agreed on the islands ... The deal was signed in Cairo on April 8":
    a deal told of before ("the"), signed with no signer named, is the one the states that last
    agreed made; their states, where two or more."""
    if not _signed_here(tok) or tok.dep_ != "nsubjpass":
        return ()
    if any(ch.dep_ == "agent" for ch in tok.head.children):
        return ()  # "signed by ...": the signers are named, known or not
    if not any(ch.dep_ == "det" and ch.lower_ == "the" for ch in tok.children):
        return ()
    agreed = [f for f in c.of("agreedTo") if not f.negated and f.evidence.start < s.span.start]
    if not agreed:
        return ()
    states = tuple(e for e in members(agreed[-1].args.get("parties")) if e.kind == "State")
    return states if len(states) >= 2 else ()


def _two_sides(c: Collector, p: g.Parsed, tok: Token) -> tuple[Entity, ...]:
    """ "The treaty was signed by foreign ministers Jonas Gahr Store and Sergei Lavrov" (or "The
    treaty, signed by ..."): two
    signers, one known to serve one of the article's two states and none another, sign for the
    two (the other's state the text leaves to the reader)."""
    verb = _signing_verb(tok) if _signed_here(tok) else None
    if verb is None:
        return ()
    agents = [o for ch in verb.children if ch.dep_ == "agent" for o in ch.children]
    people = [e for m in g.fillers(p, agents, {"P"}) for e in m.entities if e.kind == "Person"]
    sides = c.disc.main_states()
    if len(set(people)) != 2 or len(sides) != 2:
        return ()
    theirs = {e for e in (person_state(c, x) for x in people) if e is not None}
    if not theirs and all(has_office(c, x) for x in people):
        return tuple(sides)  # "by foreign ministers A and B", neither's state told: the two's
    return tuple(sides) if theirs and theirs <= set(sides) else ()


def _unsigned_pair(c: Collector, p: g.Parsed, tok: Token) -> tuple[Entity, ...]:
    """ "The agreement, signed in Seoul on Jan. 30, 1974, created a zone between the two
    countries", "The two countries divided the gap in a treaty signed in Washington in 2000": a
    document told by a common noun, signed with no signer named (no by-phrase at all), in a
    sentence that names the article's two states and no third, was signed by those two, as a
    reader takes it. Not a law or a decree, which one state's head signs."""
    verb = _signing_verb(tok) if _signed_here(tok) else None
    if verb is None or tok.lemma_.lower() in _ONE_SIDED or _pending(verb) or tok.pos_ == "PROPN":
        return ()  # "the Spitsbergen Treaty, signed in Paris": a named one may bind many
    sides = c.disc.main_states()
    named = {
        e.key
        for m in p.by_token
        if m is not None and m.tag == "S" and m.how != "demonym"  # not "Norwegian sovereignty"
        for e in m.entities
    }
    if len(sides) != 2 or named != {e.key for e in sides}:
        return ()  # the sentence names the two, and no third whose document it may be
    return tuple(sides)


def _pending(verb: Token) -> bool:
    """A signing named by agent, or one still to come or told as a time ("once a treaty is
    signed", "the day the treaty was signed"): no signing with no signer named."""
    return any(ch.dep_ in ("agent", "mark") for ch in verb.children) or verb.dep_ in (
        "relcl",
        "advcl",
    )


#: Document nouns one party signs alone (a law its head signs into force).
_ONE_SIDED = frozenset({"law", "bill", "statute", "decree", "order", "act", "ordinance"})


def _signing_verb(tok: Token) -> Token | None:
    """The verb that signs the document ``tok``: the passive it is the subject of ("The treaty was
    signed by ..."), or the participle that describes it ("The Treaty of Jeddah, signed in 2000
    by ...")."""
    if tok.dep_ == "nsubjpass":
        return tok.head
    verbs = signing_verbs()
    return next(
        (ch for ch in tok.children if ch.dep_ == "acl" and ch.lemma_.lower() in verbs), None
    ) or topic_participle(tok)


def topic_participle(tok: Token) -> Token | None:
    """ "an agreement on the delimitation of their exclusive economic zones, signed in Rome on May
    24, 2022": a signing participle set off by a comma after the document's own of/on phrases
    hangs, in the parse, on the last noun of those phrases; a topic is not signed, so the
    participle is the document's."""
    verbs = signing_verbs()
    noun = tok
    while True:
        objs = [
            o
            for pr in noun.children
            if pr.dep_ == "prep" and pr.i > noun.i and pr.lower_ in _TOPIC_PREPS
            for o in pr.children
            if o.dep_ == "pobj"
        ]
        if not objs:
            return None
        noun = objs[-1]
        for ch in noun.children:
            if (
                ch.dep_ == "acl"
                and ch.tag_ == "VBN"
                and ch.lemma_.lower() in verbs
                and ch.i > 0
                and ch.doc[ch.i - 1].text == ","
            ):
                return ch


#: The prepositions of a document's topic ("an agreement on ...", "the treaty of ...").
_TOPIC_PREPS = frozenset({"on", "of", "over", "concerning", "regarding"})


def _own_year(tok: Token) -> str | None:
    """ "the 1940 Soviet-Finnish agreement": the year its name gives."""
    for ch in tok.children:
        if ch.dep_ == "nummod" and ch.i < tok.i and ch.text.isdigit() and len(ch.text) == 4:
            return ch.text
    return None


def _signed_here(tok: Token) -> bool:
    """A verb of signing acts on the document: its passive subject or object, or a participle."""
    verbs = signing_verbs()
    if tok.dep_ in ("nsubjpass", "dobj") and tok.head.lemma_.lower() in verbs:
        return not g.negated(tok.head) and not g.modal(tok.head)
    return (
        any(
            ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.lemma_.lower() in verbs
            for ch in tok.children
        )
        or topic_participle(tok) is not None
    )


def _signers_told(c: Collector, doc: Entity) -> bool:
    """Whether the article has said who signed ``doc`` (two parties or more; not this rule)."""
    return any(
        getattr(f.args.get("document"), "key", None) == doc.key
        and len(members(f.args.get("parties"))) >= 2
        and f.evidence.rule != RULE
        and stated(c, f, set())
        for f in c.of("signed")
    )


def _dated_closer(c: Collector, doc: Entity, date: str | None) -> bool:
    """Whether this rule has told the signing already; "the 1940 agreement ... It was signed on
    October 11, 1940": the later telling's closer date is the signing's."""
    for i, f in enumerate(c.facts):
        if f.rel != "signed" or f.evidence.rule != RULE:
            continue
        if getattr(f.args.get("document"), "key", None) != doc.key:
            continue
        old = f.args.get("date")
        if date and isinstance(old, str) and date.startswith(old) and date != old:
            c.facts[i] = replace(f, args={**f.args, "date": date})
        return True
    return False
