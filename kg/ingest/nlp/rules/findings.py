"""What a court's ruling recognises: "The court rules that X possesses sovereignty of T", "finds
that X has sovereignty over T", "X's sovereignty over T is upheld by the court": the court
recognises T as X's (``recognizes``, ``as`` "sovereignty of X"). What it says of the land itself,
"decides that T belongs to X", "T falls under X's sovereignty" (recognised too), "the island
formed part of X's territory", its ruling makes T part of X (``incorporates``, each land of a
list).

Read from the parse (the ``recognizes`` trigger class with ``reader: finding`` in
data/lexicon/relations.yaml): the court is the verb's subject (a passive's by-agent) and one of the
trigger's ``subject_nouns``; the sovereignty is a noun of the ``assertsSovereignty`` class with its
land in an "of"/"over" phrase, its holder the possessor or the subject of the verb that carries it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector, span_text, state_of
from kg.ingest.nlp.rules.rulings import is_court
from kg.ingest.nlp.rules.when import date_or_today
from kg.ingest.nlp.triggers import Relation, Trigger, lemmas_of, load
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that say a land is someone's: "the islands belong to Equatorial Guinea".
_BELONG = frozenset({"belong", "pertain", "appertain"})


def finding(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger
) -> None:
    """One ``recognizes`` for each land a court's finding gives to a state."""
    courts = [
        e for m in g.fillers(p, g.subjects(tok), {"O"}) for e in m.entities if is_court(e, trig)
    ]
    if not courts:
        return
    said = [ch for ch in tok.children if ch.dep_ == "ccomp"] or g.objects(tok)
    date = date_or_today(c, s, p, tok)
    rule = f"{trig.rule}:{tok.lemma_.lower()}"
    ruled = _ruling_of(c, s, courts[0])
    given: list[tuple[Entity, Entity]] = []
    for holder, land, lands in _sovereignty(c, p, said):
        if lands is not None:  # "T belongs to X", "T falls under X's sovereignty": T for X
            given += [(holder, e) for e in lands]
        args: dict[str, Arg | None] = {
            "party": courts[0],
            "what": span_text(c, land),
            "as": _as(holder),
            "date": date,
        }
        c.add("recognizes", args, s, rule, trig.confidence)
    for into, part in [*_parts(c, p, said), *given]:
        c.add(
            "incorporates",
            {"document": ruled, "territory": part, "into": into, "date": date},
            s,
            rule,
            trig.confidence,
        )


def _ruling_of(c: Collector, s: Sentence, court: Entity) -> Entity | None:
    """The ruling the court issued in this sentence (rules/rulings.py records it first), else the
    one the article told it issued before ("The court ruled on Monday ... It found that ...")."""
    for f in reversed(c.of("issued")):
        doc = f.args.get("document")
        if f.args.get("issuer") == court and isinstance(doc, Entity):
            return doc
    return None


def _parts(c: Collector, p: g.Parsed, roots: list[Token]) -> list[tuple[Entity, Entity]]:
    """(state, land) of what the court's clauses say is part of a state: "the island formed part
    of Botswana's territory", "is part of Nigeria" (the incorporation class's predicate nouns and
    the verbs they count under, data/lexicon/relations.yaml)."""
    nouns, verbs = _part_words()
    out: list[tuple[Entity, Entity]] = []
    for root in roots:
        for t in root.subtree:
            if t.lemma_.lower() not in nouns or t.pos_ != "NOUN" or t.dep_ not in ("attr", "dobj"):
                continue
            if t.head.lemma_.lower() not in verbs or g.negated(t.head) or g.modal(t.head):
                continue
            states = [
                st
                for m in g.fillers(p, g.preps(t, "of"), {"S", "C"}, deep=True)
                for e in m.entities
                if (st := state_of(c, e)) is not None
            ]
            lands = [e for m in g.fillers(p, g.subjects(t.head), {"T"}) for e in m.entities]
            out += [(states[0], land) for land in lands if states]
    return out


@lru_cache(maxsize=1)
def _part_words() -> tuple[frozenset[str], frozenset[str]]:
    """The incorporation class's predicate nouns ("part") and the verbs they count under."""
    triggers = [t for r in load() if r.name == "incorporates" for t in r.triggers]
    return (
        frozenset(lemma for t in triggers if t.noun and t.declared_by for lemma in t.lemmas),
        frozenset(v for t in triggers if t.noun for v in t.declared_by),
    )


def court_finding(c: Collector, s: Sentence, rel: str, args: dict) -> bool:
    """Whether a fact read in sentence ``s`` restates a court's finding there ("The court ruled
    that X has sovereignty over T", "... that the island formed part of X"): the ruling holds it,
    as a recognition or an incorporation, so neither X's assertion nor a part-of is the outlet's."""
    a, b = (args.get(k) for k in _FOUND_ROLES.get(rel, ("", "")))
    if not (isinstance(a, Entity) and isinstance(b, Entity)):
        return False
    return (
        found_by_court(c, s, a, b)
        if rel == "assertsSovereignty"
        else part_found_by_court(c, s, a, b)
    )


#: The relations a court's finding may restate, and their two roles.
_FOUND_ROLES = {"assertsSovereignty": ("state", "territory"), "partOf": ("part", "whole")}


def found_by_court(c: Collector, s: Sentence, state: Entity, territory: Entity) -> bool:
    """Whether a court's finding in sentence ``s`` gave ``territory`` to ``state``: then the
    sentence's "X has sovereignty over T" is the court's finding, not X asserting it."""
    return part_found_by_court(c, s, territory, state) or any(
        f.evidence.start == s.span.start
        and f.args.get("as") == _as(state)
        and territory.label in str(f.args.get("what"))
        for f in c.of("recognizes")
    )


def part_found_by_court(c: Collector, s: Sentence, part: Entity, whole: Entity) -> bool:
    """Whether a court's finding in sentence ``s`` made ``part`` part of the state ``whole`` (an
    ``incorporates`` read here): "the court ruled that the island formed part of Botswana's
    territory" is the ruling's incorporation, not a part-of the outlet states."""
    return any(
        f.evidence.start == s.span.start
        and f.evidence.rule.split(":")[0] in _finding_rules()
        and f.args.get("territory") == part
        and f.args.get("into") == whole
        for f in c.of("incorporates")
    )


@lru_cache(maxsize=1)
def _finding_rules() -> frozenset[str]:
    return frozenset(t.rule for r in load() for t in r.triggers if t.reader == "finding")


def _as(holder: Entity) -> str:
    return f"sovereignty of {holder.label}"


def _sovereignty(
    c: Collector, p: g.Parsed, roots: list[Token]
) -> list[tuple[Entity, tuple[int, int], list[Entity] | None]]:
    """(holder, the land's words, the lands where the land is the clause's subject) of what the
    clauses say is whose: "X has sovereignty over T" (X's status, recognised), "T belongs to X",
    "T falls under X's sovereignty" (T given to X)."""
    out: list[tuple[Entity, tuple[int, int], list[Entity] | None]] = []
    for root in roots:
        for t in root.subtree:
            lemma = t.lemma_.lower()
            under = t.head.lower_ == "under" and t.dep_ == "pobj" and t.head.head != t.head
            if lemma in _sovereignty_nouns() and t.pos_ in ("NOUN", "PROPN") and under:
                lands, holders = g.subjects(t.head.head), g.noun_agents(t, frozenset())
            elif lemma in _sovereignty_nouns() and t.pos_ in ("NOUN", "PROPN"):
                lands = g.preps(t, "over") or g.preps(t, "of")
                gov = g.governor(t)
                holders = g.noun_agents(t, frozenset()) or (g.subjects(gov) if gov else [])
            elif lemma in _BELONG and t.pos_ == "VERB":
                lands, holders = g.subjects(t), g.preps(t, "to")
            else:
                continue
            states = [  # "belongs to Singapore": the state, where the name is its capital's too
                st
                for m in g.fillers(p, holders, {"S", "C"})
                for e in m.entities
                if (st := state_of(c, e)) is not None
            ]
            if not states or not g.fillers(p, lands, {"T"}, deep=True):
                continue
            given = (  # the clause's subject is the land (not "sovereignty over T belongs to X")
                [e for m in g.fillers(p, lands, {"T"}) for e in m.entities]
                if lemma in _BELONG or under
                else None
            )
            if not g.negated(t) and not g.negated(t.head if under else t):
                out.append((states[0], _land_words(p, lands[0]), given))
    return out


def _land_words(p: g.Parsed, land: Token) -> tuple[int, int]:
    """The land's phrase, without a phrase the parser hung on it that says something else ("the
    islands of A and B in a territorial dispute with C")."""
    away = {
        x.i
        for ch in land.subtree
        if ch.dep_ in ("prep", "relcl", "acl") and ch.lower_ != "of"
        for x in ch.subtree
    }
    words = [x for x in land.subtree if x.i not in away]
    while words and words[-1].is_punct:
        words.pop()
    return p.span(words)


@lru_cache(maxsize=1)
def _sovereignty_nouns() -> frozenset[str]:
    """The nouns of the ``assertsSovereignty`` class whose land stands in an "over" phrase."""
    return lemmas_of(
        "assertsSovereignty", lambda t: t.noun and any(s == "prep_over" for s, _ in t.slots)
    )
