"""A trigger's own preposition the parser hung on its object's of-object ("tied the resumption of
talks to the release of ...": "to" is the verb's, not the talks'), or on the last of the pair its
object lies between ("ceded the strip between Aqaba and the reef to Jordan": Jordan's, not the
reef's), or on the text a speaker put it in ("condemned the removal in a statement as 'a
provocation'": the as-phrase is the verb's, not the statement's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.triggers import Trigger


_INNER = frozenset({"of", "between"})  # the object's own phrases the verb's may be hung in
_OPENING = frozenset({'"', "\u201c"})  # a quotation mark that opens an as-phrase


def hung_on_object(verb: Token, words: set[str]) -> list[Token]:
    """Prepositions of ``words`` the verb takes but the parser hung on its object's of-object ("tied
    the resumption of talks to the release of ...": "to" is the verb's)."""
    if any(ch.dep_ == "prep" and ch.lower_ in words for ch in verb.children):
        return []
    spoken = lexicon.load().spoken_nouns
    put_in = [  # "condemned it in a statement as ...": on the text the words were put in
        pr
        for ch in verb.children
        if ch.dep_ == "prep" and ch.lower_ == "in"
        for po in ch.children
        if po.dep_ == "pobj" and po.lemma_.lower() in spoken
        for pr in po.children
        if pr.dep_ == "prep" and pr.lower_ in words and pr.i > po.i
    ]
    return (
        put_in
        + _quoted_in_clause(verb, words)
        + [
            pr
            for o in g.objects(verb)
            for of in o.children
            if of.dep_ == "prep" and of.lower_ in _INNER
            for po in of.children
            if po.dep_ == "pobj"
            for end in (po, *po.conjuncts)
            if end.pos_ == "NOUN" and (end is po) == (of.lower_ == "of")
            for pr in end.children
            if pr.dep_ == "prep" and pr.lower_ in words
        ]
    )


def _quoted_in_clause(verb: Token, words: set[str]) -> list[Token]:
    """'described Estonia's decision to walk out of the commission as "theatre for Brussels"':
    the parser hangs the as-phrase on the verb of the object's own clause; one that opens a
    quotation is the words the speaker named the object by, not how that clause's deed was done."""
    if "as" not in words:
        return []
    doc = verb.doc
    return [
        pr
        for o in g.objects(verb)
        for cl in o.children
        if cl.dep_ == "acl" and cl.i > o.i
        for pr in cl.subtree
        if pr.dep_ == "prep"
        and pr.lower_ == "as"
        and pr.i + 1 < len(doc)
        and doc[pr.i + 1].text in _OPENING
    ]


def misplaced_prep(verb: Token, trig: Trigger) -> Token | None:
    """The first preposition of the trigger's own slots hung on the verb's object's of-object:
    left out of the object's words, as it fills its own role."""
    words = {slot[5:] for slot, _ in trig.slots if slot.startswith("prep_")}
    found = hung_on_object(verb, words) if words and not trig.noun else []
    return found[0] if found else None
