"""The parties of a document told by what they did in it: "the boundary, which was drawn by Britain
and Belgium in an 1894 agreement", "Honduras recognised Colombian sovereignty over the cays in a
1986 maritime treaty with Bogota", "the two countries divided the gap in a treaty signed in 2000".

News often names a treaty or an accord only as the place where two states settled something, and
never says that they signed it: a reader takes the states that act in it (the clause's doers, and
those the document's own with-phrase names) as its parties. Only a document told as new (a or an,
or its own year), of the kinds two parties make, and only where two states or more act in it: one
state alone acting in a treaty ("Russia recognised the border in a 1997 treaty") tells not who
else signed it. Read by rules/named_parties.py, which dates the signing as it dates the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.triggers import speech_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.model import Entity

#: The kinds of document two parties make together (not a law, a ruling, a note)
JOINT = frozenset({"Treaty", "Agreement", "JointDeclaration"})
#: "in a treaty", "under an agreement": where an act was done
_WHERE = frozenset({"in", "under"})


def acting_states(p: g.Parsed, tok: Token) -> tuple[Entity, ...]:
    """The states that act in the new document ``tok`` (its clause's doers and its with-phrase),
    two or more; none for one told before, one a state makes alone, or an act negated or to come."""
    m = p.mention(tok)
    if m is None or m.entity is None or m.entity.subtype not in JOINT:
        return ()
    if tok.dep_ != "pobj" or tok.head.lower_ not in _WHERE or not is_new(tok):
        return ()
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or g.negated(verb) or g.modal(verb):
        return ()
    if verb.lemma_.lower() in speech_verbs():
        return ()  # "said in a joint declaration": what was said, not who signed
    doers = g.subjects(verb)
    withs = [x for o in g.preps(tok, "with") for x in (o, *o.conjuncts)]
    found: list[Entity] = []
    for f in g.fillers(p, doers + withs, {"S"}):
        found += [e for e in f.entities if e.kind == "State" and e not in found]
    return tuple(found) if len(found) >= 2 else ()


def is_new(tok: Token) -> bool:
    """ "an 1894 agreement", "a treaty", "a 1986 maritime treaty": told here for the first time
    (not "the treaty", which the article has told of)."""
    return any(
        ch.dep_ == "det"
        and ch.lower_ in ("a", "an")
        or ch.dep_ == "nummod"
        and ch.i < tok.i
        and ch.text.isdigit()
        and len(ch.text) == 4
        for ch in tok.children
    )
