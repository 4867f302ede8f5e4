"""Offices read from verbs: "Lavrov is / became / serves as Russia's foreign minister", "was
appointed X", "Parliament elected X speaker", "the government, led by X", "who heads the Council".

The verbs and where they hold the office are the ``office`` class of data/lexicon/relations.yaml;
an office a body of a state gives is that state's. Split from kg.ingest.nlp.titles, which reads
the titles that stand next to a name.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import bodies, body_units, triggers
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.office_owner import OWNER_TAGS
from kg.ingest.nlp.office_phrase import BEFORE_NAME, Title, phrase, title_from

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.model import Entity


def first_conjunct(name: Token) -> tuple[Token, int]:
    """The first name of a coordination of names ("A, B and C"), and this one's place in it."""
    first, index = name, 0
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head != first:
        first, index = first.head, index + 1
    return first, index


#: Where a person stands to a verb of the ``office`` class, by the slot the trigger gives them.
_PERSON_DEPS = {"subject": frozenset({"nsubj"}), "object": frozenset({"nsubjpass", "dobj"})}


def predicate(p: Parsed, gz: Gazetteer, head: Token) -> Title | None:
    """ "Lavrov is Russia's foreign minister", "Lavrov became prime minister", "Lavrov was
    appointed foreign minister"."""
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    return predicate_of(p, gz, head.head, head.dep_)


def predicate_of(p: Parsed, gz: Gazetteer, verb: Token, dep: str = "nsubj") -> Title | None:
    """The office a verb of the ``office`` class gives the person standing to it as ``dep``
    ("serves as X", "became X", "heads X"; "was appointed X")."""
    held = _holder_names().get(verb.lemma_.lower())
    if held is not None and verb.pos_ == "VERB" and dep == "nsubj":
        return _governs(p, gz, verb, held)
    verbs = _office_verbs().get(verb.lemma_.lower())
    if verbs is None or dep not in _PERSON_DEPS[verbs[0]]:
        return None
    if verbs[0] == "object" and g.negated(verb):
        return None  # "was not appointed"
    slots = verbs[1]
    nouns: list[Token] = []
    for c in verb.children:
        if "attr" in slots and c.dep_ in ("attr", "oprd"):
            nouns.append(c)
        for word in slots:
            if word.startswith("prep_") and c.dep_ == "prep" and c.lower_ == word[5:]:
                nouns += [o for o in c.children if o.dep_ == "pobj"]
    for noun in nouns:
        found = title_from(p, gz, phrase(noun, ()), noun)
        if found is not None:
            return _appointers(p, gz, found, verb) if verbs[0] == "object" else found
    return None


def named_to(p: Parsed, gz: Gazetteer, head: Token) -> Title | None:
    """ "Parliament elected Ana Costa speaker": the parser hangs the name on the office as a
    compound and makes the office the object of the verb of appointing; the office is the name's."""
    noun = head.head
    if head.dep_ != "compound" or noun.i != head.i + 1 or noun.dep_ not in ("dobj", "oprd"):
        return None
    verbs = _office_verbs().get(noun.head.lemma_.lower())
    if verbs is None or verbs[0] != "object" or g.negated(noun.head):
        return None
    found = title_from(p, gz, phrase(noun, {head.i, *(t.i for t in head.subtree)}), noun)
    return None if found is None else _appointers(p, gz, found, noun.head)


def _appointers(p: Parsed, gz: Gazetteer, found: Title, verb: Token) -> Title:
    """ "Portugal's parliament elected Ana Costa (as its) speaker": an office given by a body of
    a state, where the office's own phrase names no owner, is that state's."""
    if found.office is None or found.of is not None:
        return found
    for doer in g.subjects(verb):
        for t in (doer, *(c for c in doer.children if c.dep_ in ("poss", "amod", "compound"))):
            m = p.mention(t)
            state = None if m is None or m.entity is None else _state_of(gz, m.entity, m.tag)
            if state is not None:
                return replace(found, of=state)
    return found


def _state_of(gz: Gazetteer, entity: Entity, tag: str) -> Entity | None:
    """A state named as itself, or as the owner of one of its bodies ("Portugal's parliament")."""
    return entity if tag == "S" else bodies.owner(gz, entity) if tag == "O" else None


def led_by(p: Parsed, gz: Gazetteer, head: Token) -> Title | None:
    """ "the Hong Kong government, led by Chief Executive John Lee", "a delegation headed by":
    the body that a participle of the ``office`` class (lead, head, chair) hangs the name on as
    its agent is the body the name's office serves."""
    first, _ = first_conjunct(head)
    by = first.head
    if first.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return None
    verb = by.head
    held = _holder_names().get(verb.lemma_.lower())
    if held is None or verb.dep_ not in ("acl", "relcl") or g.negated(verb):
        return None
    body = verb.head
    for t in (body, *(c for c in body.children if c.dep_ in BEFORE_NAME or c.dep_ == "poss")):
        m = p.mention(t)
        if m is not None and m.entity is not None and m.tag in OWNER_TAGS:
            return Title(gz.office(held) or held, m.entity, words=_head_of_body(held, body))
    return None


def _head_of_body(held: str, body: Token) -> str:
    """ "The Croatian defence ministry, headed by X": "head of the Croatian defence ministry", the
    body's words before the participle, as "who heads" words it (``_head_of``)."""
    words = [t for t in body.doc[body.left_edge.i : body.i + 1] if t.dep_ != "det"]
    return f"{held} of the {' '.join(t.text for t in words)}" if words else held


def _governs(p: Parsed, gz: Gazetteer, verb: Token, held: str) -> Title | None:
    """ "who heads the Council for Foreign and Defense Policies": the head of the body (or state) the
    verb governs; nothing where it governs no named body ("leads the talks") or is negated."""
    if g.negated(verb):
        return None
    objects = g.objects(verb)
    owners = g.fillers(p, objects, {"O", "S"})
    whole = body_units.whole_of(p, objects[0]) if objects else None
    if whole is not None:  # "the Serbian government's Office for Kosovo": Serbia's
        return Title(gz.office(held) or held, whole, words=_head_of(held, objects))
    if not owners or owners[0].entity is None:
        return None
    return Title(gz.office(held) or held, owners[0].entity, words=_head_of(held, objects))


def _head_of(held: str, objects: list[Token]) -> str:
    """ "who heads the Swiss Federal Department of the Environment": the role as a reader words
    it, "head of the Swiss Federal Department of the Environment" (not a bare "head"), the body's
    own phrase up to an apposition or clause after it."""
    if not objects:
        return held
    obj = objects[0]
    doc = obj.doc
    end = next((t.i for t in doc[obj.i : obj.right_edge.i + 1] if t.text in {",", "(", ";"}), None)
    said = doc[obj.left_edge.i : obj.right_edge.i + 1 if end is None else end].text
    return f"{held} of {said}" if said else held


def governing_verbs() -> frozenset[str]:
    """The lemmas of the ``office`` class's verbs of governing ("head", "lead", "chair")."""
    return frozenset(_holder_names())


@lru_cache(maxsize=1)
def _holder_names() -> dict[str, str]:
    """Verb lemma -> what the ``office`` class calls the one who does it ("head" -> "head")."""
    return {
        lemma: trig.names
        for rel in triggers.load()
        if rel.name == "office"
        for trig in rel.triggers
        if trig.names and not trig.noun
        for lemma in trig.lemmas
    }


@lru_cache(maxsize=1)
def _office_verbs() -> dict[str, tuple[str, frozenset[str]]]:
    """Verb lemma -> the slot of the person ("subject", or "object" for "was appointed X") and
    the slots ("attr", "prep_as") where the ``office`` class finds the office."""
    out: dict[str, tuple[str, set[str]]] = {}
    for rel in triggers.load():
        if rel.name != "office":
            continue
        for trig in rel.triggers:
            slots = {slot.split(".")[0] for slot, role in trig.slots if role == "role"}
            person = next((slot for slot, role in trig.slots if role == "person"), "subject")
            for lemma in trig.lemmas:
                out.setdefault(lemma, (person, set()))[1].update(slots)
    return {k: (person, frozenset(v)) for k, (person, v) in out.items()}
