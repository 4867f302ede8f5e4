"""An object the parser hung on the speech verb, past an adverbial set off by commas: mended in
place.

Wire copy sets an adverbial between a verb and its object: "said it was suspending, with
immediate effect, the work of the joint committee", "announced it would resume, after a pause of
two years, the joint patrols". The small parser closes the reported clause at the second comma and
hangs the object on "said", so the verb acts on nothing and what was suspended is lost. A
reported verb with no object of its own, whose phrase ends with a comma-closed prepositional
phrase right before a noun phrase the speech verb holds as its object, takes that object back (a
speech verb with a clause of its own says the clause, not a thing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: What a verb already takes that leaves no room for an object (or makes it a passive).
_TAKEN = frozenset({"dobj", "obj", "ccomp", "xcomp", "auxpass", "nsubjpass", "attr", "acomp"})


def mend_objects_past_inserted_adverbials(doc: Doc) -> None:
    """Mend, in place, "said it was suspending, with immediate effect, [the work] ..." read with
    the work as the object of "said": it is the reported verb's."""
    for obj in tokens(doc):
        if obj.dep_ != "dobj" or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        said = obj.head
        verb = _reported_before(said, obj)
        if verb is not None:
            obj.head = verb


def _reported_before(said: Token, obj: Token) -> Token | None:
    """The reported verb of ``said`` whose phrase ends, with a comma-closed adverbial, right
    before the object's phrase, if it has no object of its own."""
    for verb in said.children:
        if verb.dep_ != "ccomp" or verb.pos_ != "VERB" or not verb.i < obj.i:
            continue
        if any(c.dep_ in _TAKEN for c in verb.children):
            return None
        end = verb.right_edge
        if end.text != "," or end.i + 1 != obj.left_edge.i:
            return None
        if not any(_set_off(verb, c) for c in verb.children):
            return None
        return verb
    return None


def _set_off(verb: Token, c: Token) -> bool:
    """Whether ``c`` is a prepositional phrase after the verb set off by commas on both sides."""
    if c.dep_ != "prep" or c.i <= verb.i or c.i == 0:
        return False
    doc = verb.doc
    after = c.right_edge.i + 1
    return doc[c.i - 1].text == "," and after < len(doc) and doc[after].text == ","
