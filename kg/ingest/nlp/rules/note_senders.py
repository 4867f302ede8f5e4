"""Whose words a diplomatic note or a letter carries: its sender's state. News tells what a note
says as the note's own act ("handed him a note demanding the withdrawal", "a note of protest which
described the exercise as ...", "The note, delivered by the secretary general to the envoy,
demands that ...", "The letter states that Kosovo will ...", "According to the note, ..."), and
the one who hands it over, a minister or a ministry, does so for the state: the words are the
state's statement. The sender is the doer of the verb that sends the note (the note its object,
or the subject of its passive with a by-phrase; an official's body where the phrase names it),
else whoever last issued such a note a few sentences before (rules/issued_words.py). What a note
asks for is read as said, quoted or not (``asked``), and so is "The notes ... state that" where
the parser takes "state" for a noun (``misread_states``). A note whose sender the text does not
tell speaks for no one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies, lexicon
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules import arguments, issued_words
from kg.ingest.nlp.rules.actor_bodies import actor_body
from kg.ingest.nlp.rules.common import Collector, person_state, span_text
from kg.ingest.nlp.rules.serving_states import people_for_their_states
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence

#: The nouns of a message one state sends another, whose words are the sender's state's
MESSAGES = frozenset({"note", "letter"})
_SPEAKERS = frozenset({"P", "S", "O"})
#: Verbs of asking: what a note asks for is its sender's words, quoted or not ("a note demanding
#: the withdrawal of the post", "The note ... asks Quito to remove the structure")
_ASKING = frozenset({"ask", "demand", "request", "urge"})
_QUOTES = frozenset('"“”')
#: How far back (sentences) "the note" is still the one last sent: a note an article reports is
#: its topic, told of paragraph after paragraph (a statement's reach is shorter: issued_words)
_REACH = 8


def speaker(c: Collector, s: Sentence, p: g.Parsed, toks: list[Token]) -> list[Entity]:
    """The speaker of a speech verb whose subject is ``toks``, a text told before ("The statement
    said", "The note states"): its issuer (``issued_words.speaker``), for a note or a letter its
    sender's state."""
    found = issued_words.speaker(c, s, p, toks)
    return _states(c, p, found) if len(toks) == 1 and _message(toks[0]) else found


def sent_by(c: Collector, s: Sentence, p: g.Parsed, toks: list[Token]) -> list[Entity]:
    """The speaker of a speech verb whose subject is a note or a letter: its sender's state, the
    sender told in the sentence ("handed him a note demanding ...", "The note, delivered by X to
    Y, demands ...") or before it ("The note, given to the envoy, called ..."), before any name
    inside the note's phrase (whom it was handed to, set beside it)."""
    if not toks or not _message(toks[0]) or any(t not in toks[0].subtree for t in toks):
        return []
    noun = toks[0]
    told = senders(c, p, noun) or issued_words.speaker(c, s, p, [noun], _REACH)
    return _states(c, p, told or _lodged(c, s, p, noun))


def _lodged(c: Collector, s: Sentence, p: g.Parsed, noun: Token) -> list[Entity]:
    """ "Vietnam has lodged a protest with Malaysia ... The note said ...": a note no one was told
    to send is the one the protest last lodged was delivered in (lexicon ``noted_acts``), its
    words the protester's; the latest of those acts, where the text told several. A sentence that
    names its own source ("..., according to Secretary X") is that source's account of the note."""
    if noun.lemma_.lower() != "note" or any(
        t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "to"
        for t in p.tokens
    ):
        return []
    told = [
        (known[0], act)
        for act in lexicon.load().noted_acts
        if (known := c.issued_words.get(act)) is not None
    ]
    for _, act in sorted(told, reverse=True):
        return issued_words.speaker(c, s, p, [noun], _REACH, issued=act)
    return []


def _message(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in MESSAGES


def _states(c: Collector, p: g.Parsed, found: list[Entity]) -> list[Entity]:
    states = [_state(c, e) for e in found]
    end = p.offset + len(p.doc.text)
    c.notes_open |= {
        (p.offset, end, e.key)
        for e, s in zip(found, states, strict=True)
        if not s and e.kind == "Person"
    }
    return list(dict.fromkeys(s or e for e, s in zip(found, states, strict=True)))


def settle(c: Collector) -> None:
    """A sender whose office the article settles only at its end ("handed by Foreign Secretary
    X"): the statements their note made are their state's."""
    if not c.notes_open:
        return
    people_for_their_states(
        c,
        "statement",
        "speaker",
        keep=lambda f, who: any(
            k == who.key and a <= f.evidence.start < b for a, b, k in c.notes_open
        ),
    )


def asked(c: Collector, s: Sentence) -> None:
    """What a note or a letter asks for, as its sender's statement: the verb of asking with all it
    governs but the clauses set beside it ("and asked Baghdad to remove it at once"). A demand's
    "that"-clause counts only with the note's quoted words ('demands that the fighters "leave
    ..."'), as for any speaker (rules/unasserted.py). A statement the speech triggers read there
    already (its quoted words) is not read twice."""
    p = s.parsed
    if p is None:
        return
    for verb in p.tokens:
        if verb.lemma_.lower() not in _ASKING or verb.pos_ != "VERB":
            continue
        if g.negated(verb) or g.modal(verb):
            continue
        nouns = [x for x in g.subjects(verb) if _message(x)] or _sent_before(verb)
        speakers = sent_by(c, s, p, nouns[:1]) if len(nouns) == 1 else []
        if not speakers:
            continue
        kept = [x for x in verb.subtree if not _beside(verb, x)]
        while kept and kept[-1].is_punct:
            kept.pop()
        start, end = p.offset + verb.idx, p.offset + kept[-1].idx + len(kept[-1].text)
        words = span_text(c, (start, end))
        if any(ch.dep_ == "ccomp" for ch in verb.children) and not _QUOTES & set(
            c.source.text[start:end]
        ):
            continue  # "demanded that it stop at once": what it wants done, in the outlet's words
        for who in speakers:
            if not _told(c, s, who, start, end):
                c.add("statement", {"speaker": who, "quote_start": words}, s, "note-asks", 0.7)


def misread_states(c: Collector, s: Sentence) -> None:
    """ "The notes, delivered to the embassies, state that X is Y": a plural note before "state
    that", where the parser reads "state" as a noun (the head with the note its subject, or set
    beside the note with the clause after "that" hung on the note). Its words are the sender's,
    as "The note states that" is."""
    p = s.parsed
    if p is None:
        return
    for tok in p.tokens:
        if tok.lower_ != "state" or tok.pos_ != "NOUN" or tok.i + 2 >= len(tok.doc):
            continue
        if tok.nbor().lower_ != "that":
            continue
        noun: Token | None = None
        if tok.dep_ == "appos" and _message(tok.head):  # "notes ..., state [that ...]"
            noun, kids = tok.head, [v for v in tok.head.children if v.dep_ in ("acl", "relcl")]
        else:  # "notes ... state" as a noun with its subject and the clause
            noun = next((n for n in tok.children if n.dep_ == "nsubj" and _message(n)), None)
            kids = [v for v in tok.children if v.dep_ == "ccomp"]
        said = [v for v in kids if v.left_edge.i == tok.i + 1]
        if noun is None or not said:
            continue
        last = said[0].right_edge
        start, end = p.offset + tok.nbor(2).idx, p.offset + last.idx + len(last.text)
        for who in sent_by(c, s, p, [noun]):
            words = span_text(c, (start, end))
            c.add("statement", {"speaker": who, "quote_start": words}, s, "note-states", 0.7)


def _sent_before(verb: Token) -> list[Token]:
    """ "handed him a note demanding ...", the participle hung on the sending verb: the note."""
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or verb.head.lemma_.lower() not in lexicon.load().sending_verbs
    ):
        return []
    return [
        o
        for o in verb.head.children
        if o.dep_ == "dobj" and _message(o) and o.right_edge.i + 1 == verb.i
    ]


def _beside(verb: Token, x: Token) -> bool:
    """Whether ``x`` is in a clause set beside the verb's own ("and asked ..."), or before it."""
    if x.i < verb.i:
        return True
    while x != verb:
        if x.dep_ in ("conj", "cc") and x.head == verb:
            return True
        x = x.head
    return False


def _told(c: Collector, s: Sentence, who: Entity, start: int, end: int) -> bool:
    """Whether the sentence already gave ``who`` a statement whose words lie in the span (its
    quotation marks aside, which a statement's words do not keep)."""
    words = _MARKS.sub("", c.source.text[start:end])
    return any(
        f.rel == "statement"
        and f.args.get("speaker") == who
        and s.span.start <= f.evidence.start < s.span.end
        and _MARKS.sub("", str(f.args.get("quote_start", ""))) in words
        for f in c.facts
    )


_MARKS = re.compile(r"[\"“”]")


def note(c: Collector, s: Sentence) -> None:
    """Remember who sent each note or letter the sentence names, where ``issued_words.note`` did
    not ("The protest note was handed by Foreign Minister X to ...", "The note, delivered by X"):
    whose words "The note states" in the sentences after it carries."""
    p = s.parsed
    if p is None:
        return
    for tok in p.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in MESSAGES:
            continue
        known = c.issued_words.get(lemma)
        if known is not None and known[0] == s.index:
            continue
        if who := senders(c, p, tok):
            c.issued_words[lemma] = (s.index, who)
        elif known is not None and issued_words.speaker(c, s, p, [tok], _REACH):
            c.issued_words[lemma] = (s.index, known[1])  # "The note recalls ...": still that note


def senders(c: Collector, p: g.Parsed, noun: Token) -> list[Entity]:
    """Who sends the message ``noun`` in its own sentence: the doer of the sending verb it is the
    object of ("X handed him a note", "the note was handed by X to Y"), or of the participle on
    it ("The note, delivered by X to Y, ...")."""
    doers: list[Token] = []
    if (
        noun.dep_ in ("dobj", "obj", "nsubjpass")
        and noun.head.lemma_.lower() in lexicon.load().sending_verbs
    ):
        doers = g.subjects(noun.head)
    if not doers:
        doers = [
            d
            for v in noun.children
            if v.lemma_.lower() in lexicon.load().sending_verbs
            and (v.dep_ == "acl" and v.tag_ == "VBN" or v.dep_ == "relcl")  # "a letter X sent"
            for d in g.subjects(v)
        ]
    bodies_of = [  # "delivered by the secretary general of the foreign ministry, X": its state's
        b
        for d in doers
        for t in d.subtree
        if t.dep_ == "pobj" and t.head.lower_ == "of" and (b := actor_body(c, p, t)) is not None
    ]
    found = [
        e for m in g.fillers(p, doers, set(_SPEAKERS)) for e in arguments.entities(c, m, _SPEAKERS)
    ]  # "The foreign ministry called in the envoy and gave him a note": the state's that acted
    return bodies_of or found or [b for d in doers if (b := actor_body(c, p, d)) is not None]


def _state(c: Collector, e: Entity) -> Entity | None:
    """The state a sender acts for: a state itself, a minister's, a ministry's."""
    state = bodies.owner(c.gz, e) if e.kind == "Organization" else person_state(c, e)
    return state if state is not None and state.kind == "State" else None
