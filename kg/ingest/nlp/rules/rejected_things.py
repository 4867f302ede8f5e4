"""What a pronoun a state rejects stands for: "The Assembly passed similar resolutions ... France
has never accepted them", "called the referendum a threat and asked the court to halt it". A
rejection of "it" says nothing of what was rejected; the thing is the latest noun phrase before the
pronoun, in its sentence or the sentence before, headed by a noun of ``rejected_things``
(data/lexicon/references.yaml)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies, phrases
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules import relative_things, told_things
from kg.ingest.nlp.rules.common import Collector, person_state, span_text
from kg.ingest.nlp.rules.issued_by import demonym_maker
from kg.model import Entity, Fact

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.mentions import Mention

#: The pronouns that stand for a thing rejected (not "this", which may stand for a whole clause).
_PRONOUNS = frozenset({"it", "them"})


def remember(c: Collector, s: Sentence, p: g.Parsed) -> None:
    """Keep the sentence's last thing a state may reject, for a pronoun in the next sentence, and
    the state that made or voiced each thing, for a bare reference to it later ("the law"), under
    each noun of its group ("set a condition ... turned that demand down": ``same_things``)."""
    things = _things(p, len(p.doc))
    if things:
        c.thing = (s.index, span_text(c, _phrase(p, things[-1])), things[-1].lemma_.lower())
    words = phrases.nouns()
    for noun in (
        t for t in p.tokens if t.pos_ == "NOUN" and t.lemma_.lower() in words.rejected_things
    ):
        if (state := _made_by(c, p, noun) or _made_for_reporter(c, s, noun)) is not None:
            lemma = noun.lemma_.lower()
            c.made.update(dict.fromkeys(words.same_things.get(lemma, ()), state))
            c.made[lemma] = state
    voicing = words.voicing
    for verb in (t for t in p.tokens if t.pos_ == "VERB" and t.lemma_.lower() in voicing):
        if (state := _state_of(c, g.fillers(p, g.subjects(verb), {"S", "O", "P"}))) is not None:
            c.made.update(dict.fromkeys(voicing[verb.lemma_.lower()], state))
    told_things.remember(c, s, p)


def made_before(
    c: Collector, p: g.Parsed, what: tuple[int, int], rejecter: object
) -> Entity | None:
    """ "Venezuela passed a law ... Guyana rejected the law": the state that made the thing a bare
    reference names, where another than the rejecter made it."""
    heads = phrases.nouns().rejected_things
    if not phrases.bare_reference(p, what, heads):
        return None
    noun = next(t for t in p.within(*what) if t.lemma_.lower() in heads)
    state = c.made.get(noun.lemma_.lower())
    if state is not None and state.kind not in ("State", "Organization"):  # its maker's office
        person, state = state, person_state(c, state)  # may be settled only at the end
        if state is None:
            c.made_open[p.offset] = person  # said_settled
    return state if state is not None and state != rejecter else None


def _made_by(c: Collector, p: g.Parsed, noun: Token) -> Entity | None:
    """The state that made ``noun``'s thing: the doer of a verb of ``making_verbs`` it is the
    object of ("Argentina published a map", "Maduro signed a decree") or the agent of its
    participle ("a platform built by Seoul"), or the state it is told as the act of ("Venezuela's new law", "a decree by Caracas", "the Argentine map")."""
    found = [  # "Venezuela's law", "the Venezuelan decree"
        m
        for ch in noun.children
        if ch.dep_ in ("poss", "amod", "compound")
        if (m := p.mention(ch)) is not None
    ]
    named = _demonym_state(c, p, noun)  # "a French decree": the demonym a document's name took in
    if named is not None:
        return named
    making = phrases.nouns().making
    done = [  # "a platform built by Seoul": the participle's doer
        ch for ch in noun.children if ch.dep_ == "acl" and ch.lemma_.lower() in making
    ]
    found += [
        m
        for head in (noun, *done)
        for o in g.preps(head, "by")  # the objects of "by"
        if (m := p.mention(o)) is not None
    ]
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.lemma_.lower() in making:
        found += g.fillers(p, g.subjects(noun.head), {"S", "O", "P"})  # "a note was handed by X"
    return _state_of(c, found)


def _demonym_state(c: Collector, p: g.Parsed, noun: Token) -> Entity | None:
    """ "a French decree", "the Moroccan submission": the state a demonym before the noun names,
    where the document's mention took the word in (so it is no state mention of its own)."""
    return demonym_maker(c, noun, lambda ch: (m := p.mention(ch)) is None or m.tag == "D")


def made_in(c: Collector, p: g.Parsed, what: tuple[int, int], rejecter: object) -> Entity | None:
    """ "rejected a French decree that extends the reserve": the state the rejected thing's own
    words tell as its maker, where the phrase is no bare reference and another than the rejecter
    made it."""
    heads = phrases.nouns().rejected_things
    toks = list(p.within(*what))
    noun = next((t for t in toks if t.head not in toks or t.head == t), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in heads:
        return None
    state = _demonym_state(c, p, noun)
    return state if state is not None and state != rejecter else None


def _made_for_reporter(c: Collector, s: Sentence, noun: Token) -> Entity | None:
    """ "A note was handed to the Croatian ambassador, the Slovenian foreign ministry said": a
    thing made in the passive with no doer named, told by a state's voice, is that state's."""
    if noun.dep_ != "nsubjpass" or noun.head.lemma_.lower() not in phrases.nouns().making:
        return None
    if any(ch.dep_ == "agent" for ch in noun.head.children) or s.reporter is None:
        return None
    state = person_state(c, s.reporter) if s.reporter.kind != "Organization" else None
    state = bodies.owner(c.gz, s.reporter) if s.reporter.kind == "Organization" else state
    return state if state is not None and state.kind == "State" else None


def _state_of(c: Collector, found: list[Mention]) -> Entity | None:
    """The state the first of these mentions acts for: itself, a body's owner, an official's; else
    the first official whose state the article has not told yet (it may tell it later)."""
    unplaced = None
    for m in found:
        for e in m.entities if m.tag in ("S", "O", "P") else ():
            state = bodies.owner(c.gz, e) if e.kind == "Organization" else e
            state = person_state(c, e) if e.kind not in ("State", "Organization") else state
            if state is not None and state.kind == "State":
                return state
            if state is None and m.tag == "P" and unplaced is None:
                unplaced = e
    return unplaced


def referred(
    c: Collector, s: Sentence, p: g.Parsed, what: tuple[int, int], rejecter: object
) -> dict[str, Entity | str] | None:
    """The words a rejected pronoun at ``what`` stands for, and the state that made that thing
    where another than the rejecter did ("South Korea built a station ... China objected to it");
    None where it is no pronoun or nothing fits."""
    toks = [t for t in p.within(*what) if not t.is_punct]
    if len(toks) != 1 or toks[0].lower_ not in _PRONOUNS:
        return None
    before = _things(p, toks[0].i)
    made = None
    if before:  # "Chile filed a submission, and Argentina objects to it": made in the sentence
        words, lemma = span_text(c, _phrase(p, before[-1])), before[-1].lemma_.lower()
        made = _made_by(c, p, before[-1])
    elif c.thing is not None and c.thing[0] == s.index - 1:
        words, lemma = c.thing[1], c.thing[2]
    else:
        return None
    maker = made or c.made.get(lemma)
    if maker is None or maker == rejecter or maker.kind != "State":
        return {"what": words}
    return {"what": words, "claimant": maker}


def _things(p: g.Parsed, stop: int) -> list[Token]:
    """The nouns of the class before token ``stop`` that are no name's words; a document's noun
    counts ("Spain filed a submission ... Rabat never accepted it": the filing made it a mention)."""
    heads = phrases.nouns().rejected_things
    return [
        t for t in p.doc[:stop] if t.pos_ == "NOUN" and t.lemma_.lower() in heads and _unnamed(p, t)
    ]


def _unnamed(p: g.Parsed, noun: Token) -> bool:
    """Whether ``noun`` is in no name: no mention's word, or the head of a document's mention."""
    m = p.mention(noun)
    return m is None or m.tag == "D" and p.name_end(noun) == noun


def _phrase(p: g.Parsed, noun: Token) -> tuple[int, int]:
    """The noun with the words before it in its phrase ("similar resolutions", "the referendum")."""
    return p.span([t for t in noun.subtree if t.i <= noun.i])


def maker(c: Collector, p: g.Parsed, verb: Token) -> Entity | None:
    """The state that made the thing a rejecting relative clause describes: "Japan lodged a
    protest, which China rejected", "China approved a reserve, a decision Manila condemned" (the
    doer of a verb of ``making_verbs``, data/lexicon/references.yaml); None elsewhere ("Somalia
    welcomed the ruling, which Kenya rejected": welcoming makes nothing)."""
    if verb.dep_ not in ("relcl", "acl") or _noun_does(verb):
        return None
    noun = relative_things.outer_thing(verb) or verb.head  # "a submission with X, which"
    while noun.dep_ == "appos":
        noun = noun.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in phrases.nouns().making:
        return None
    for m in g.fillers(p, g.subjects(noun.head), {"S", "O"}):
        if m.entity is not None and m.entity.kind == "State":
            return m.entity
        if m.entity is not None and m.entity.kind == "Organization":  # "China's State Council"
            return bodies.owner(c.gz, m.entity)
    return None


def _noun_does(verb: Token) -> bool:
    """ "issued statements condemning the move", "a note which rejected the plan": the noun the
    clause hangs on is its doer (the subject of an active participle or of a relative clause), not
    the thing rejected, so the noun's maker is the rejecter's side, never the claimant."""
    if verb.dep_ == "acl":
        return verb.tag_ == "VBG"
    return any(ch.dep_ == "nsubj" and ch.tag_ in ("WDT", "WP") for ch in verb.children)


def said_settled(c: Collector) -> None:
    """ "'Pakistan has been expanding ...,' Rajnath Singh, the defence minister, said. Pakistan
    rejected the remarks": whose remarks a rejection means is the state of the latest speaker
    before it, and whose plan ("X, the foreign minister, unveiled a plan ... Y rejected the plan")
    the state of the official who made it, where that office is settled only once the article is
    read (the holdsRole facts); a rejection that found a claimant as it was read keeps it."""
    offices = {
        person.key: of
        for f in c.of("holdsRole")
        if isinstance(person := f.args.get("person"), Entity)
        and isinstance(of := f.args.get("of"), Entity)
    }
    for f in c.of("rejectsClaim"):
        if f.negated or "claimant" in f.args:
            continue
        state = None
        if (maker := c.made_open.get(f.evidence.start)) is not None:  # "X unveiled a plan"
            state = offices.get(maker.key) or person_state(c, maker)
            state = state if state is not None and state != f.args.get("state") else None
        if state is None and f.evidence.start in c.said_open:
            state = _said_before(c, f, offices)
        if state is not None:
            c.replace(f, replace(f, args={**f.args, "claimant": state}))


def _said_before(c: Collector, rejection: Fact, offices: dict[str, Entity]) -> Entity | None:
    """The state of the latest speaker before ``rejection`` other than the rejecter."""
    for f in reversed(c.of("statement")):
        speaker = f.args.get("speaker")
        if f.negated or f.evidence.start >= rejection.evidence.start:
            continue
        if not isinstance(speaker, Entity):
            continue
        state = offices.get(speaker.key) or person_state(c, speaker)
        if state is not None and state.kind == "Organization":  # a ministry's words
            state = bodies.owner(c.gz, state)
        if state is not None and state.kind == "State" and state != rejection.args.get("state"):
            return state
    return None
