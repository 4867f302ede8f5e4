"""What a document lays on its parties, told the way news tells it: "obliges X to pay A and to clean
up B", one obligation per coordinated act, as coordinated verbs each get their own fact ("Under
it, Israel undertook to ...": the document is rules/under_documents.py's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.withdrawals import lands_left
from kg.ingest.nlp.triggers import by_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def acts(first: Token) -> list[list[Token]]:
    """The acts of an infinitive and the infinitives coordinated with it ("to pay A and to clean
    up B", "to limit A and guarantee B"), each without the others; a coordinated verb that
    governs an object and an infinitive of its own ("commits X to A and requires Y to B", the
    parser hanging the second verb on the first's infinitive) is a telling of its own, no act."""
    steps = [
        x
        for x in first.children
        if x.dep_ == "conj"
        and x.pos_ == "VERB"
        and x.i > first.i
        and not _hyphened(x)
        and not _gerund_of_infinitive(first, x)
    ]
    own_tellings = [x for x in steps if _tells_its_own(x)]
    steps = [x for x in steps if x not in own_tellings] + _stray_infinitives(first)
    cut = {t.i for x in own_tellings for t in x.subtree}
    later = {t.i for x in steps for t in x.subtree} | cut
    joints = {t.i for x in steps for t in _joint_before(x)}
    head = [
        t
        for t in first.subtree
        if t.i not in later
        and t.i not in joints
        and not (t.dep_ in ("cc", "punct") and t.head == first and t.i > first.i)
    ]
    return [head, *(list(x.subtree) for x in steps)]


def _gerund_of_infinitive(first: Token, step: Token) -> bool:
    """ "to refrain from holding, or preparing to hold, elections": a gerund the parser joined to
    an infinitive is coordinated with a gerund inside its act, no second act of the infinitive's."""
    return first.tag_ == "VB" and step.tag_ == "VBG"


def _stray_infinitives(first: Token) -> list[Token]:
    """ "agreed to set up a group that would draw up a map by May, and to hold the next round in
    Tbilisi": a "to"-infinitive the parser joined to a verb inside the first act that no "to" marks
    (the relative clause's "would draw") is the first infinitive's conjunct, another act."""
    if not _to_marked(first):
        return []
    return [
        x
        for x in first.subtree
        if x.dep_ == "conj"
        and x.pos_ == "VERB"
        and x.head != first
        and _to_marked(x)
        and not _to_marked(x.head)
        and x.head.pos_ in ("VERB", "AUX")
    ]


def _to_marked(verb: Token) -> bool:
    return any(ch.dep_ == "aux" and ch.lower_ == "to" and ch.i < verb.i for ch in verb.children)


def _joint_before(step: Token) -> list[Token]:
    """The comma and "and" that join an act to the one before it."""
    out = []
    i = step.left_edge.i - 1
    while i >= 0 and step.doc[i].dep_ in ("cc", "punct") and step.doc[i].head == step.head:
        out.append(step.doc[i])
        i -= 1
    return out


def _tells_its_own(verb: Token) -> bool:
    """A coordinated verb with an object and an infinitive of its own ("requires Armenia to ...")."""
    return bool(g.objects(verb)) and any(ch.dep_ == "xcomp" for ch in verb.children)


def of_classes(p: g.Parsed, verb: Token, names: frozenset[str]) -> bool:
    """Whether an act is a fact of one of the ``names`` trigger classes: a verb of the class with a
    land for object ("to return Gan to the Maldives" is a handover, which its own rules read); a
    withdrawal from named land on a condition is one too ("undertook to withdraw its police from
    Remba should the survey place it on the Kenyan side": FORMAT.md's promisesHandover with its
    condition, rules/withdrawals.py), where an unconditioned one stays a duty ("undertook to
    withdraw its forces from Sinai within three years")."""
    if "handover" in names and g.conditions(verb) and lands_left(p, verb):
        return True
    if not any(r.name in names for r, _ in by_lemma().get(verb.lemma_.lower(), ())):
        return False
    return bool(g.fillers(p, g.objects(verb), {"T"}))


def all_of_classes(p: g.Parsed, tok: Token, names: frozenset[str]) -> bool:
    """Whether every act a verb of binding lays on its party is of the ``names`` classes:
    "committed Britain to return Gan ...", "was obliged to hand the territory over", "must hand
    over the villages" (the modal's verb); "to hand over X and to pay Y" binds to a payment too."""
    if tok.dep_ == "aux" and tok.i < tok.head.i:
        first: Token | None = tok.head
    else:
        first = next(
            (c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i), None
        )
    if first is None:
        return False
    steps = [first, *(x for x in first.children if x.dep_ == "conj" and x.pos_ == "VERB")]
    return all(of_classes(p, x, names) for x in steps)


def acts_each(p: g.Parsed, toks: list[Token], *, marked: bool = False) -> list[tuple[int, int]]:
    """One span per coordinated act of a clause's infinitive (none where it is all one act);
    ``marked``: only acts each with their own "to" or "that" ("agreed to A and to B")."""
    if len(toks) != 1 or toks[0].pos_ not in ("VERB", "AUX"):
        return []
    found = [a for a in acts(toks[0]) if a]
    if _bare(found[0], toks[0]):
        return []  # "to open and staff a border post": one act, the object shared
    if marked and not all(_marked(a) for a in found[1:]):
        return []  # "to limit A and guarantee B": told as one act; "to A and to B": two
    whole = len(list(toks[0].subtree))
    return [p.span(a) for a in found] if len(found) >= 2 or len(found[0]) < whole else []


def _bare(act: list[Token], verb: Token) -> bool:
    """Whether an act is its verb alone (with "to", "not", "that"): the object of the verbs
    coordinated with it is its own too."""
    return all(t == verb or t.dep_ in ("aux", "mark", "neg", "cc", "punct") for t in act)


def _hyphened(verb: Token) -> bool:
    """A "conjunct" the parser made of a hyphened word's second half ("to re-mark the line")."""
    dash = verb.doc[verb.i - 1]
    return dash.text in ("-", "‐") and not dash.whitespace_


def _marked(act: list[Token]) -> bool:
    """Whether a coordinated act repeats its clause's marker: "and to hold", "and that B could",
    or its modal ("that their navies would notify ... and would set up a hotline")."""
    return bool(act) and (
        act[0].lower_ in ("to", "that") or (act[0].tag_ == "MD" and act[0].dep_ == "aux")
    )
