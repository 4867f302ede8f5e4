"""Stances between states: declaring an act or a deal "null and void" rejects it; rejecting "the
claim" rejects the claim last told of (kg.ingest.nlp.rules.rejection_referents reads which).

The invalidity predicates and the verbs of declaring are a trigger class of ``rejectsClaim`` in
``data/lexicon/relations.yaml`` (``declared_by``); this module reads where they stand in the parse:
the predicate is the complement of the verb ("called the vote illegitimate", "regards the vote as
illegal") or of a copula in the clause it takes ("concluded that the agreement is null and void",
"said the treaty has no legal effect"). The verb's subject rejects what the predicate describes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.misreads import noun_prep_misread
from kg.ingest.nlp.rules import inserted_tags, rejected_things
from kg.ingest.nlp.rules.common import Collector, last_participants, person_state, span_text
from kg.ingest.nlp.rules.handovers import court_words
from kg.ingest.nlp.rules.pronouns import group
from kg.ingest.nlp.rules.when import event_date
from kg.ingest.nlp.triggers import Relation, Trigger
from kg.model import Arg, Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Copulas whose subject a predicate describes ("the deal is void", "the treaty has no effect").
COPULAS = frozenset({"be", "remain", "become", "have"})


def void(c: Collector, s: Sentence, p: g.Parsed, tok: Token, rel: Relation, trig: Trigger) -> None:
    """ "They concluded that the agreement is null and void": each of them rejects it."""
    found = declaration(tok, trig.declared_by)
    if found is None:
        return
    verb, thing = found
    if thing.pos_ == "PRON" or g.negated(verb):
        return  # "declared it illegal": "it" says nothing of what was rejected
    words = [t for t in thing.subtree if t.i < tok.i]  # not the predicate misread into it
    if thing.head.i > thing.i and thing.head.i >= _start(tok, trig.lemmas):  # "the ruling illegal"
        words = [t for t in thing.head.subtree if t.i < thing.head.i]
    inside = set(verb.subtree) if verb.dep_ == "relcl" else set()  # "a move Beijing called void"
    words = [t for t in words if t not in inside]
    while words and (
        words[-1].is_punct
        or words[-1].dep_ == "cc"
        or words[-1].i >= _start(tok, trig.lemmas)
        or words[-1].lemma_.lower() in trig.lemmas  # "called [the award null] and void"
        or words[-1].lower_ == "as"
        and words[-1].dep_ == "prep"  # "described X as baseless"
    ):
        words.pop()
    what = p.span(words) if words else None
    if what is None or _own_treaty(thing, trig) and verb.lemma_.lower() not in _ACTS:
        return  # "argues that an 1859 treaty with Britain was void": its own, no one else's act
    claimant = next(  # "the maritime agreement between Turkey and Libya": the first party named
        (e for m in g.fillers(p, [thing], {"S"}, deep=True, trigger=verb) for e in m.entities),
        None,
    )
    about = [thing, *noun_prep_misread(verb, thing)]  # "called X's claim [to Y] baseless"
    land = next((e for m in g.fillers(p, about, {"T"}, deep=True) for e in m.entities), None)
    date = event_date(c, s, p, verb, [what])
    actors = declarers(c, p, verb, tok)
    if date is None and actors and actors == _met(c):
        when = c.of("meeting")[-1].args.get("date")  # "They concluded": when they met
        date = when if isinstance(when, str) else None
    for state in dict.fromkeys(actors):
        if claimant is not None and claimant == state:
            continue
        c.add(
            "rejectsClaim",
            {
                "state": state,  # "Venezuela passed a law ... X called the law void": its maker's
                "claimant": claimant or rejected_things.made_before(c, p, what, state),
                "territory": land,
                "what": span_text(c, what),
                "date": date,
            },
            s,
            f"{trig.rule}:declared-{tok.lemma_.lower()}",
            trig.confidence,
        )
        treaty = _treaty(p, words, trig) if verb.lemma_.lower() in _ACTS else None
        if treaty is not None and state.kind == "State":  # "Ecuador declared the protocol void"
            args: dict[str, Arg | None] = {"state": state, "document": treaty, "date": date}
            args["obligation"] = span_text(c, what)
            c.add("withdrewObligation", args, s, f"{trig.rule}:voided", 0.7)


def _own_treaty(thing: Token, trig: Trigger) -> bool:
    """ "an 1859 treaty with Britain": a treaty the speaker made with another (its with-phrase)."""
    return thing.lemma_.lower() in trig.object_lemmas and bool(g.preps(thing, "with"))


#: Verbs by which a state's declaration is an act, not a view ("declared the treaty void").
_ACTS = frozenset({"declare", "pronounce"})


def _treaty(p: g.Parsed, words: list[Token], trig: Trigger) -> Entity | None:
    """The treaty (of the trigger's ``object_lemmas``) the words declared void name: a state that
    declares a treaty void withdraws from what it took on (a ruling declared void is rejected)."""
    for t in words:
        m = p.mention(t)
        if m is not None and m.tag == "D" and m.entity is not None:
            said = {w.lemma_.lower() for w in p.within(m.start, m.end)}
            named = said & {*m.entity.label.lower().split(), *(a.lower() for a in m.entity.aliases)}
            return m.entity if named & trig.object_lemmas else None  # not "the Rio Protocol" read
    return None  # as the "peace accord" told before


def declaration(tok: Token, verbs: frozenset[str]) -> tuple[Token, Token] | None:
    """The verb of declaring and the thing declared invalid, for the predicate ``tok``."""
    pred = tok
    while pred.dep_ == "conj" and pred.head.pos_ == pred.pos_:  # "null and void"
        pred = pred.head
    if any(ch.dep_ == "neg" for ch in pred.children):
        return None
    if pred.dep_ == "pobj" and pred.head.lower_ == "without":  # "is without merit": the phrase
        pred = pred.head
    head = pred.head
    misread = _object_misread(pred, verbs)
    if misread is not None:
        verb, things = misread.head, [misread]
    elif pred.dep_ in ("amod", "pobj") and head.lower_ == "as":  # "regards the vote as illegal"
        verb = head.head
        things = g.objects(verb)
        if verb.dep_ in ("dobj", "obj") and verb.pos_ == "NOUN":  # "as" hung on the object noun
            verb, things = verb.head, [verb]
    elif pred.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and head.lemma_ in verbs:
        verb = head  # "called the vote illegitimate", "declared [it illegal]", "was declared void"
        things = (
            [ch for ch in pred.children if ch.dep_ == "nsubj"]
            or g.objects(verb)
            or _modifier_misread(pred)
        )
    elif pred.dep_ in ("acomp", "attr", "dobj", "prep") and head.lemma_ in COPULAS:
        said = head
        while said.dep_ == "conj":  # "X lies in their waters, and Y has no legal effect, Guo said"
            said = said.head
        tag = [ch for ch in said.children if ch.dep_ == "parataxis" and ch.lemma_ in verbs]
        if g.negated(head) or not tag and said.dep_ not in ("ccomp", "xcomp", "parataxis"):
            return None  # "concluded that the deal is void"; a bare "X is illegal" is nobody's view
        verb = tag[0] if tag else said.head  # "X, she said, was void": the tag in mid sentence
        things = [ch for ch in head.children if ch.dep_ in ("nsubj", "nsubjpass")]
    else:
        return None
    if verb.lemma_.lower() not in verbs or not things:
        return None
    return verb, things[0]


def _modifier_misread(pred: Token) -> list[Token]:
    """ "called the ruling illegal": the parser may take the thing declared for a modifier of the
    predicate ("the ruling" as an adjective of "illegal"); that noun, where a determiner or a
    possessor before it shows it opens a noun phrase of its own."""
    left = [ch for ch in pred.children if ch.i < pred.i]
    opens = any(ch.dep_ in ("det", "poss") for ch in left)
    nouns = [ch for ch in left if ch.dep_ in ("amod", "compound", "nmod")]
    nouns = [ch for ch in nouns if ch.pos_ in ("NOUN", "PROPN") or ch.tag_ == "VBG"]
    return nouns[-1:] if opens else []


def _start(pred: Token, lemmas: frozenset[str]) -> int:
    """Where the predicate's coordination begins ("null and void": at "null")."""
    while pred.dep_ == "conj" and pred.head.i < pred.i and pred.head.lemma_.lower() in lemmas:
        pred = pred.head
    return pred.i


def _object_misread(pred: Token, verbs: frozenset[str]) -> Token | None:
    """ "declared the accord between Bolivia and Peru null and void": the parser may fold the
    predicate into the object (coordinated with its last name, or as a noun in its phrase); the
    object of the verb of declaring is then the thing declared (the predicate standing after it)."""
    node = pred
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    for up in (node, *node.ancestors):
        if up.dep_ in ("dobj", "obj") and up.head.lemma_.lower() in verbs and up.i < pred.i:
            return up
        postposed = up.dep_ == "amod" and up.head.i < up.i  # "branded [the vote illegal]"
        if up.dep_ not in ("pobj", "prep", "conj", "compound", "appos") and not postposed:
            return None
    return None


def declarers(c: Collector, p: g.Parsed, verb: Token, pred: Token) -> tuple[Entity, ...]:
    """The parties that declare: the verb's subjects (a person or a ministry for its state, a body
    of no state for itself), or the participants last introduced where the subject names them as a
    group ("they", "the ministers")."""
    out: list[Entity] = []
    doers = g.subjects(verb)
    if not doers and g.is_passive(verb):  # "was declared null and void by X", "by" hung on "void"
        doers = [
            o for a in pred.subtree if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
        ]
    for subj in doers:
        found = g.fillers(p, [subj], {"S", "O", "P"})
        if not found:
            out += [e for e in (_serves(c, x) for x in group(c, subj)) if e is not None]
        for m in found:
            for e in m.entities:
                state = _serves(c, e)
                if m.tag == "O":  # a state's body for its state; a body of no state (the EU,
                    state = bodies.owner(c.gz, e) or _unruled(e)  # the Polisario) for itself
                if state is not None:
                    out.append(state)
    return tuple(out)


def _serves(c: Collector, person: Entity) -> Entity | None:
    """A person's state: a ministry's spokeswoman speaks for the ministry's state."""
    state = person_state(c, person)
    return bodies.owner(c.gz, state) or state if state and state.kind == "Organization" else state


def _unruled(body: Entity) -> Entity | None:
    """A body of no state that declares for itself, unless it is a court: "the tribunal ruled that
    the claims had no legal basis" is its ruling (``issued``), not a stance it takes."""
    words = {w for name in (body.label, *body.aliases) for w in name.lower().split()}
    return None if words & court_words() else body


def _met(c: Collector) -> tuple[Entity, ...]:
    """The states of the participants last introduced."""
    return tuple(dict.fromkeys(e for e in (person_state(c, x) for x in last_participants(c)) if e))


def own_view(c: Collector, p: g.Parsed, tok: Token, filled: dict[str, list], role: str) -> bool:
    """ "Israel says they are Syrian": whether the state filling ``role`` is the one whose view the
    clause reports (the subject of the speech verb ``tok`` hangs on, or its official's or body's
    state), keeping that one alone; true where the text tells no state ("he said")."""
    verb = inserted_tags.reporting_verb(tok)  # "Nepal says Kalapani is [part] of its territory"
    if verb.lower_ == "as" and verb.dep_ == "prep":  # "regards the farms as Syrian territory"
        verb = verb.head
    found = g.fillers(p, g.subjects(verb), {"S", "P", "O"})
    sayers = {
        state for m in found for e in m.entities if (state := speaks_for(c, e, m.tag)) is not None
    }
    if not sayers:  # "The UN regards the farms as Syrian territory": a known body's view is no
        return not any(  # state's (an unknown "Foreign Office spokesman" may speak for one)
            m.tag == "O" and c.gz.get(e.key) is not None for m in found for e in m.entities
        )
    filled[role] = [e for e in filled[role] if e in sayers]
    return bool(filled[role])


def speaks_for(c: Collector, e: Entity, tag: str) -> Entity | None:
    """The state a speaker speaks for: a body's owner, a person's state (through the body the
    text gives the person's office: "Kremlin spokesman Dmitry Peskov" speaks for Russia)."""
    state = bodies.owner(c.gz, e) if tag == "O" else person_state(c, e)
    if state is not None and state.kind == "Organization":
        state = bodies.owner(c.gz, state)
    return state
