"""A verb's subject where the parser hung it elsewhere, apart to keep grammar_slots short."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g

if TYPE_CHECKING:
    from spacy.tokens import Token


def actors(p: g.Parsed, toks: list[Token]) -> bool:
    """Whether the phrases name someone who can act: a state, person, body or document."""
    return bool(g.fillers(p, toks, {"S", "P", "O", "D"}))


def beside_relative(relcl: Token) -> list[Token]:
    """ "Britain won the war that followed and has controlled the islands since", parsed with "has
    controlled" a conjunct of the relative clause: where the relative's noun cannot act (a war), the
    verb is a conjunct of the clause that noun stands in, and shares that clause's subject."""
    host = relcl.head.head
    if host.pos_ == "ADP":
        host = host.head
    return g.subjects(host) if host.pos_ in ("VERB", "AUX") else []


def name_before_verb(p: g.Parsed, verb: Token) -> list[Token]:
    """The speaker of a finite speech verb with no subject where the parser hung the name right
    before it inside the phrase that opens the sentence ("In a letter to the UN secretary-general,
    Venezuelan Vice President Delcy Rodriguez wrote that ...": the name made the object of "to"):
    a person's name after the opener's comma and right before the verb is its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return []
    last = verb.doc[verb.i - 1]
    m = p.mention(last)
    if m is None or m.tag != "P" or last.dep_ in ("nsubj", "nsubjpass"):
        return []
    name = [t for t in verb.doc[: verb.i] if p.mention(t) is m]
    first = name[0].i if name else last.i
    while (
        first > 0
        and verb.doc[first - 1].pos_ in ("PROPN", "ADJ", "NOUN")
        and (verb.doc[first - 1].text[:1].isupper())
    ):
        first -= 1  # the title before the name ("Venezuelan Vice President")
    if first == 0 or verb.doc[first - 1].text != ",":
        return []
    return (
        [last]
        if any(t.i < first and t.dep_ == "prep" and t.head == verb for t in verb.children)
        or (verb.doc[0].dep_ == "prep")
        else []
    )
