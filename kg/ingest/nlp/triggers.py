"""The trigger classes of the relations read from grammar, from ``data/lexicon/relations.yaml``.

Loaded once per process; rules/relations.py reads sentences with them. The file's header says what
each key means; kg.ingest.nlp.trigger_spec holds the classes a trigger is read into.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp.document_nouns import document_nouns
from kg.ingest.nlp.grammar.adjuncts import particle
from kg.ingest.nlp.trigger_spec import Relation, Trigger
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIONS_FILE = DATA_DIR / "lexicon" / "relations.yaml"
#: Roles that hold several entities at once (one fact for "Japan and Russia signed").
LIST_ROLES = frozenset({"parties", "participants"})
#: Roles one entity or several fill together ("Kono and Lavrov said": one statement of both), so a
#: plural group ("the two leaders said") fills them with its members.
JOINT_ROLES = frozenset({"speaker"})
#: Roles each state of a plural possessive of the trigger noun fills, one fact each: "their claims
#: to the bank overlap" is a claim of each.
EACH_ROLES = frozenset({"claimant"})


_SPECIAL = {
    "requires_head",
    "implicit",
    "verbs",
    "nouns",
    "particle",
    "particle_not",
    "light",
    "free",
    "negated",
    "modal",
    "object_lemmas",
    "object_not",
    "modifiers",
    "subject_nouns",
    "subject_not",
    "aim",
    "speaker_not",
    "requires_prep",
    "object_with",
    "confidence",
    "compound_heads",
    "indefinite",
    "modifiers_not",
    "declared_by",
    "reader",
    "names",
    "quoted",
    "unquoted",
    "unheld",
    "held",
    "each",
    "acts_not",
    "ended_by",
    "alone",
    "kinds",
    "dated",
    "own",
    "over_only",
    "required",
    "kinds_not",
    "deed",
    "light_only",
    "narrated",
    "lasting",
}


def _lemmas(t: dict) -> frozenset[str]:
    words = t.get("nouns") or t.get("verbs")
    if words == "documents":  # one list of document nouns, kept where the mention finder reads it
        kinds_not = set(t.get("kinds_not") or ())  # "a judgment between A and B": none signs it
        return frozenset(
            n for n, kind in document_nouns().items() if " " not in n and kind not in kinds_not
        )
    return frozenset(words or ())


@lru_cache(maxsize=1)
def load() -> tuple[Relation, ...]:
    data = read_yaml(RELATIONS_FILE)
    _no_booleans(data)
    out = []
    for name, spec in data.items():
        roles = {r: frozenset(str(v).split()) for r, v in spec["roles"].items()}
        triggers = []
        for t in spec["triggers"]:
            slots = tuple((k, v) for k, v in t.items() if k not in _SPECIAL)
            for k, v in slots:
                if v not in roles:
                    raise ValueError(
                        f"{RELATIONS_FILE}: {name}: slot {k} names an unknown role {v!r}"
                    )
            part = t.get("particle") or ()
            triggers.append(
                Trigger(
                    rel=name,
                    noun="nouns" in t,
                    lemmas=_lemmas(t),
                    slots=slots,
                    particle=frozenset([part] if isinstance(part, str) else part),
                    particle_not=frozenset(t.get("particle_not", ())),
                    light=frozenset(t.get("light", ())),
                    free=bool(t.get("free")),
                    negated=t.get("negated", "keep"),
                    modal=t.get("modal", "keep"),
                    object_lemmas=frozenset(t.get("object_lemmas", ())),
                    object_not=frozenset(t.get("object_not", ())),
                    modifiers=frozenset(t.get("modifiers", ())),
                    subject_nouns=frozenset(t.get("subject_nouns", ())),
                    subject_not=frozenset(t.get("subject_not", ())),
                    aim=bool(t.get("aim")),
                    speaker_not=frozenset(t.get("speaker_not", ())),
                    requires_prep=tuple(
                        (p, frozenset(ws)) for p, ws in (t.get("requires_prep") or {}).items()
                    ),
                    object_with=frozenset(t.get("object_with", ())),
                    confidence=float(t.get("confidence", 0.8)),
                    implicit=frozenset(t.get("implicit", ())),
                    requires_head=frozenset(t.get("requires_head", ())),
                    compound_heads=frozenset(t.get("compound_heads", ())),
                    indefinite=frozenset(t.get("indefinite", ())),
                    modifiers_not=frozenset(t.get("modifiers_not", ())),
                    declared_by=frozenset(t.get("declared_by", ())),
                    reader=str(t.get("reader", "")),
                    names=str(t.get("names", "")),
                    quoted=frozenset(t.get("quoted", ())),
                    unquoted=str(t.get("unquoted", "keep")),
                    unheld=bool(t.get("unheld")),
                    held=bool(t.get("held")),
                    each=frozenset(t.get("each", ())),
                    ended_by=frozenset(t.get("ended_by", ())),
                    alone=bool(t.get("alone")),
                    dated=bool(t.get("dated")),
                    over_only=bool(t.get("over_only")),
                    own=str(t.get("own", "")),
                    required=frozenset(t.get("required", ())),
                    kinds={r: frozenset(str(v).split()) for r, v in (t.get("kinds") or {}).items()},
                    deed=bool(t.get("deed")),
                    light_only=bool(t.get("light_only")),
                    narrated=bool(t.get("narrated")),
                    lasting=bool(t.get("lasting")),
                    acts_not=frozenset(t.get("acts_not", ())),
                )
            )
        out.append(Relation(name, roles, tuple(triggers)))
    return tuple(out)


def _no_booleans(node: object, word: bool = False) -> None:
    """YAML reads a bare on/off/yes/no as a boolean: as a word (a key, a list item, a particle) that
    is a silent loss."""
    if isinstance(node, bool) and word:
        raise ValueError(
            f"{RELATIONS_FILE}: a bare on/off/yes/no was read as {node}; quote the word"
        )
    if isinstance(node, dict):
        for k, v in node.items():
            _no_booleans(k, True)
            _no_booleans(v, k == "particle")
    elif isinstance(node, list):
        for v in node:
            _no_booleans(v, True)


def lemmas_of(
    relations: str | Iterable[str], keep: Callable[[Trigger], bool] = lambda t: True
) -> frozenset[str]:
    """The lemmas of the named classes' triggers that ``keep`` keeps: the words a rule outside a
    class's own reader leans on ("the verbs of protesting"), read from the data, never listed."""
    names = {relations} if isinstance(relations, str) else set(relations)
    return frozenset(
        lemma
        for r in load()
        if r.name in names
        for t in r.triggers
        if keep(t)
        for lemma in t.lemmas
    )


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """The verbs of the ``statement`` class ("say", "insist", ...), which other rules lean on."""
    return lemmas_of("statement", lambda t: not t.noun and t.unquoted != "starts")


@lru_cache(maxsize=1)
def quoted_speech_verbs() -> frozenset[str]:
    """The verbs of the ``statement`` class that speak only in quotation marks ('rejected the note
    as "unacceptable interference"'): unquoted ("issued a statement rejecting the vote") they tell
    an act, not words."""
    loud = lemmas_of("statement", lambda t: not t.noun and t.unquoted not in ("skip", "starts"))
    return speech_verbs() - loud


def speaks(tok: Token) -> bool:
    """Whether a verb reports speech as the statement class words it: "said", "made clear", "was
    adamant", never a bare "is" or "made" (whose lemmas the class has only with a modifier), nor a
    stance that speaks only in a quoted object ("wanted"), which tags no quotation, nor a
    noun of the same word ("drew a sharp reply from X, who rejected what he called ...")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return False
    return any(
        rel.name == "statement"
        and not trig.noun
        and trig.unquoted != "starts"
        and worded(tok, trig)
        for rel, trig in by_lemma().get(tok.lemma_.lower(), ())
    )


@lru_cache(maxsize=1)
def by_lemma() -> dict[str, list[tuple[Relation, Trigger]]]:
    index: dict[str, list[tuple[Relation, Trigger]]] = {}
    for rel in load():
        for trig in rel.triggers:
            for lemma in trig.lemmas:
                index.setdefault(lemma, []).append((rel, trig))
    return index


def worded(tok: Token, trig: Trigger) -> bool:
    """Whether a trigger's word stands as the trigger words it: with the particle ("hand over")
    and a modifier ("made it clear", "was adamant") it asks for, not as any "made" or "was"."""
    if trig.particle and particle(tok) not in trig.particle:
        return False
    if trig.particle_not and particle(tok) in trig.particle_not:
        return False  # "warned off the boats": no words
    return not trig.modifiers or any(ch.lemma_.lower() in trig.modifiers for ch in tok.children)


def possessor_of_each(tok: Token, role: str) -> bool:
    """Whether ``tok`` ("their") is the possessive of a trigger noun whose ``role`` each of its
    states fills ("their claims to the plateau"), not of some other noun in the slot ("return to
    their previous positions")."""
    return (
        role in EACH_ROLES
        and tok.dep_ == "poss"
        and any(
            trig.noun and role in rel.roles
            for rel, trig in by_lemma().get(tok.head.lemma_.lower(), ())
        )
    )
