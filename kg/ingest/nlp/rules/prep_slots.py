"""A trigger's prepositional slots ("prep_to", "prep_between", ...) read off the parse, through
the places the parser hangs the phrase instead: on a predicate adjective, on the light verb of a
trigger noun, on the required word, on an object's of-object, on a coordinated noun. Split from
kg.ingest.nlp.rules.grammar_slots, which asks here for any ``prep_`` slot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.grammar.misreads import particle_read_prep
from kg.ingest.nlp.grammar.relatives import relative_noun
from kg.ingest.nlp.rules.bystanders import bystanders
from kg.ingest.nlp.rules.misplaced_preps import hung_on_object
from kg.ingest.nlp.rules.required_preps import required_objects
from kg.ingest.nlp.rules.tag_speakers import issuers
from kg.ingest.nlp.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.mentions import Mention


def prep_slot(p: g.Parsed, tok: Token, trig: Trigger, base: str) -> list[Token]:
    """The tokens standing in the prepositional slot ``base`` ("prep_" and the preposition) of
    ``trig`` at ``tok``."""
    found = (
        [relative_noun(x) for x in g.preps(tok, base[5:])]
        or [  # "made it conditional on ...": on the predicate adjective
            x
            for ch in tok.children
            if ch.dep_ in ("oprd", "acomp", "ccomp") and ch.pos_ == "ADJ"
            for x in g.preps(ch, base[5:])
        ]
        or (particle_read_prep(tok, base[5:]) if base[5:] not in trig.particle else [])
    )
    if any(role == "speaker" for _, role in trig.slots):  # "according to a statement from X"
        found = [n for n in found if not bystanders(n, p)]  # not "according to Bolivian media"
        found = found + [x for n in found if n.pos_ == "NOUN" for x in issuers(n, p)]
    gov = g.governor(tok) if trig.noun else None
    if (
        not found and gov is not None
    ):  # "laid claim to", "provided for the handover of X to Y": on the verb
        found = [relative_noun(x) for x in g.preps(gov, base[5:])]
    if not found and trig.noun:  # "the accord Japan struck with X": on its light relative
        found = [
            relative_noun(x)
            for c in tok.children
            if c.dep_ == "relcl" and c.lemma_ in trig.light
            for x in g.preps(c, base[5:])
        ]
    if not found and trig.noun:  # "a protest lodged by Japan over the patrol": its participle's
        found = [relative_noun(x) for c in g.made_by(tok, trig.light) for x in g.preps(c, base[5:])]
    if not found and trig.noun:  # "a note of protest to Ankara": hung on the required word
        found = [x for o in required_objects(tok, trig) for x in g.preps(o, base[5:])]
    if not found and trig.noun:  # "a memorandum of understanding between A and B": on the
        found = g.preps(p.name_end(tok), base[5:])  # last word of the document's name
    if not found and not trig.noun:  # "tied the resumption of talks to the release of ...":
        found = [  # the verb's phrase hung on its object's of-object
            x for pr in hung_on_object(tok, {base[5:]}) for x in pr.children if x.dep_ == "pobj"
        ]
    if not found and base == "prep_between" and tok.dep_ in ("acl", "relcl"):
        # "the treaty between A and B, signed in 2010", "... that was concluded in 2010"
        found = g.preps(tok.head, "between")
    if not found:  # "the return of A and B to Japan": hung on the last conjunct of "of"
        found = [
            x
            for prep in tok.children
            if prep.dep_ == "prep"
            for o in prep.children
            if o.dep_ == "pobj"
            for c in o.conjuncts
            if c.i > o.i
            for x in g.preps(c, base[5:])
        ]
    if not found and base == "prep_as" and not trig.noun and "as" not in trig.required:
        # "recognised the border as drawn in the 1972 treaty": a status for a recognition read
        # anyway, never the as-phrase a trigger needs to tell one ("accepted the treaty as ...")
        found = _as_participle(tok)
    return [x for x in found if not _grounds(x)]


#: Nouns that with "on" and "of" make a phrase of why, not of where: "on the basis of".
_GROUNDS = frozenset({"basis", "grounds", "ground", "strength", "pretext", "pretence", "pretense"})


def _grounds(x: Token) -> bool:
    """ "asserts sovereignty on the basis of a 1905 notice by Shimane Prefecture": the phrase tells
    why, and nothing it names stands in the slot (not the prefecture as the land)."""
    return (
        x.lower_ in _GROUNDS
        and x.head.dep_ == "prep"
        and x.head.lower_ in ("on", "upon")
        and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in x.children)
    )


def _as_participle(verb: Token) -> list[Token]:
    """ "recognised the border as drawn in the 1972 treaty", "accepted the line as marked by the
    commission", "recognises the border as it was inherited": a participle's "as" clause on the
    verb (no subject of its own, or the object told back by a pronoun) tells, as an as-phrase
    does, what the verb's object is taken for; the parser makes it an adverbial clause."""
    return [
        ch
        for ch in verb.children
        if ch.dep_ == "advcl"
        and ch.tag_ == "VBN"
        and ch.i > verb.i
        and any(
            m.dep_ == "mark" and m.lower_ == "as" and m.i > 0 and m.doc[m.i - 1].text != ","
            for m in ch.children
        )  # not "recognised the border, as agreed in 1972": a comment on the act
        and all(m.dep_ != "nsubj" for m in ch.children)
        and all(m.lower_ in _BACK for m in ch.children if m.dep_ == "nsubjpass")
    ]  # "recognises the border as it was inherited": the object itself, told back by a pronoun


#: The pronouns by which an as-clause's passive subject is the verb's object told back.
_BACK = frozenset({"it", "they"})


def grounds_mentions(p: g.Parsed, tok: Token) -> list[Mention]:
    """The mentions inside a phrase of why hung on ``tok`` or its verb ("asserts sovereignty on the
    basis of a notice by Shimane Prefecture"): none of them is the land a stance is about."""
    hosts = [tok, tok.head]
    return [
        m
        for x in tok.doc
        if _grounds(x) and x.head.head in hosts
        for y in x.subtree
        if (m := p.mention(y)) is not None
    ]
