"""What every relation rule shares: placeholder patterns and the fact collector (a sentence's date
is kg.ingest.nlp.rules.when's; negation, modality and conditions are read from the parse:
kg.ingest.nlp.grammar.mood)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.discourse import Discourse, Sentence
from kg.ingest.nlp.region_states import region_state
from kg.ingest.nlp.rules import role_kinds
from kg.ingest.nlp.rules.binding import unbinding
from kg.ingest.nlp.rules.claimant_bodies import organ_claimant
from kg.ingest.nlp.rules.same_fact import (
    JOINED,
    apart,
    coarser,
    token,
    told_again_in,
    undated,
    within,
)
from kg.ingest.nlp.segment import Span
from kg.iris import entity_key
from kg.model import Arg, Entity, Evidence, Fact, Source

if TYPE_CHECKING:
    from kg.ingest.nlp.mentions import Mention


def ph(tag: str) -> str:
    return rf"«{tag}\d+»"


def plist(tag: str) -> str:
    """A list of placeholders: «T1», «T2» and «T3»."""
    one = ph(tag)
    return rf"{one}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+){one})*"


@dataclass
class Collector:
    """Facts of one article, without duplicates (same relation and arguments: first evidence wins)."""

    source: Source
    gz: Gazetteer
    disc: Discourse
    ref: dt.date | None
    facts: list[Fact] = field(default_factory=list)
    speaker_state: Entity | None = None  # whom "we" stands for in a press statement
    last_date: str | None = None  # the latest full date read, for "later the same day"
    again: list[Fact] = field(default_factory=list)  # facts read a second time, with their evidence
    author: Entity | None = None  # a press statement's author
    actor: Entity | None = None  # the state or body that last acted as a subject: whom "it" means
    #: the sentence (index) and words of the latest thing a state may reject: what "it" means there
    thing: tuple[int, str, str] | None = None  # (and the head noun's lemma)
    #: the state (or official, whose state may be told later) that last made a thing of each noun
    #: ("Venezuela passed a law"): whose "the law" is
    made: dict[str, Entity] = field(default_factory=dict)
    #: the sentence (index), words and lands of the latest description of a thing of each noun
    #: ("submitted a motion calling for the restoration of X"): what "the motion" is (told_things)
    described: dict[str, tuple[int, str, tuple[Entity, ...]]] = field(default_factory=dict)
    #: the nouns whose description is a deed told by its verb ("Sudan has suspended the agreement"):
    #: a later "The suspension of X" retells it and leaves the description (told_things)
    deeds_told: set[str] = field(default_factory=set)
    #: the lands each protest's subject (its article span) names, landmarks too ("the seizure of a
    #: boat near Velasco Reef"): where a rejected protest was (rules/protest_rejected.py)
    subject_lands: dict[tuple[int, int], list[Mention]] = field(default_factory=dict)
    #: the people of the latest sentence that named two or more: "the two leaders", before any meeting
    named_together: tuple[Entity, ...] = ()
    #: the people each sentence (index) named together, two or more (rules/named_after.py)
    named_in: dict[int, tuple[Entity, ...]] = field(default_factory=dict)
    #: group words of people ("the two foreign ministers said") read before any people were
    #: named, as (sentence index, offset): whom they mean the next sentence may say
    groups_ahead: list[tuple[int, int]] = field(default_factory=list)
    #: statements a lead credits to a state by an official's title alone ("its interior minister
    #: said"), as (offset, office, state key): whom a later sentence names (rules/titled_later.py)
    titled_ahead: list[tuple[int, str, str]] = field(default_factory=list)
    #: meetings told of a group word of people named in no sentence yet ("the leaders of the
    #: two countries said after talks in X"): the sentence, its states, date, place and rule
    meetings_ahead: list[tuple[Sentence, list[Entity], str | None, Entity | None, str]] = field(
        default_factory=list
    )
    said_on: dict[str, str] = field(
        default_factory=dict
    )  # speaker key -> date of their latest words
    quoted: list[tuple[int, int]] = field(default_factory=list)  # the quotations read so far
    #: statements by someone described, not named ("an official of the ministry told reporters"):
    #: the describing noun -> the statement, until "The official, Maria Zakharova," names them
    unnamed: dict[str, Fact] = field(default_factory=dict)
    #: the sentence (index) of the latest statement of an unnamed person credited to a state or
    #: body ("Chile's foreign minister said"), and that state or body: whom "he" then speaks for
    unnamed_voice: tuple[int, Entity] | None = None
    #: the sentence (index) whose main subject was last a document: "It says ..." after it is the
    #: document's content, no one's statement
    document_subject: int | None = None
    #: that sentence (index) and its document: what a subject "it" in the next one stands for
    #: ("The treaty ended the clashes. It bars both sides from ...")
    document_topic: tuple[int, Entity] | None = None
    #: the documents the sentence (index) last read named: what an object "it" in the next one is
    #: ("The tribunal issued its award in 2016. Manila will never abandon it.")
    documents_named: tuple[int, tuple[Entity, ...]] = (-1, ())
    #: the signed document whose content a sentence last told (its index): what "It fixes" means
    document_last: tuple[int, Entity] | None = None
    #: the last sentence of the paragraph read before: a tag there may announce a quotation that
    #: opens the next paragraph ('X told reporters: ¶ "..."')
    last_sentence: Sentence | None = None
    #: the sentences of the paragraph being read (its quotations are read before its sentences)
    paragraph: list[Sentence] = field(default_factory=list)
    #: every sentence read so far, in order (where a region's words place it in a state)
    read: list[Sentence] = field(default_factory=list)
    #: a quotation that opens a paragraph and runs on past its end (the wire convention of no
    #: closing mark where the next paragraph opens with the same speaker's words): its span and
    #: who spoke before it, until the next paragraph says whose it is (rules/speech.py)
    open_quote: tuple[Span, Entity | tuple[Entity, ...] | None] | None = None
    #: who the last speaker line of a "reactions" brief names ("- X, in a statement:"), while the
    #: quotation paragraphs below it go on (rules/speaker_lines.py)
    line_speaker: Entity | tuple[Entity, ...] | None = None
    #: who last issued each kind of text (a spoken noun's lemma -> the sentence's index and the
    #: issuers): whose words "The statement said" carries (rules/issued_words.py)
    issued_words: dict[str, tuple[int, list[Entity]]] = field(default_factory=dict)
    #: people who sent a note whose words a sentence (its span) gave them, before their offices
    #: were settled: the note speaks for their state (rules/note_senders.py, settle)
    notes_open: set[tuple[int, int, str]] = field(default_factory=set)
    #: document key -> the states its name gives ("the Soviet-Finnish agreement"), for "The
    #: agreement was signed" after it (rules/named_parties.py)
    named_parties: dict[str, tuple[Entity, ...]] = field(default_factory=dict)
    #: the sentence (index) that last named a document, and that document: what "It was signed
    #: in 2010" after it means (rules/named_parties.py)
    document_told: tuple[int, Entity] | None = None
    #: the sentences (starts) whose rejection of "the remarks" found no speaker yet: the speaker's
    #: office may be settled only at the article's end (rules/rejected_things.py, said_settled)
    said_open: set[int] = field(default_factory=set)
    #: quoted views whose speaker's state is not known yet (sentence span, role): rules/quoted_views.py
    views_open: list[tuple[int, int, str]] = field(default_factory=list)
    #: the same for "the plan" an official made: the sentence (start) -> that official
    made_open: dict[int, Entity] = field(default_factory=dict)
    #: officials a sentence (its start) told signing for two states, kept aside until the
    #: signing is settled (rules/serving_states.py, with_officials)
    signers: dict[int, tuple[Entity, ...]] = field(default_factory=dict)
    #: the document a sentence (its start) told an agreement under, whose signing was not yet
    #: dated there: its day, once the tellings are folded (rules/under_documents.py, dated_late)
    terms_open: dict[int, Entity] = field(default_factory=dict)
    _seen: dict[tuple, int] = field(default_factory=dict)

    def _again(self, fact: Fact) -> None:
        """More evidence for a fact, once a span: two triggers of one sentence ("considers them
        part of ..., while Tokyo insists they are an inherent part of Japan") are one evidence."""
        ev = fact.evidence
        if not any(
            a.rel == fact.rel
            and a.negated == fact.negated
            and (a.evidence.start, a.evidence.end) == (ev.start, ev.end)
            and a.args == fact.args
            for a in self.again
        ):
            self.again.append(fact)

    def add(
        self,
        rel: str,
        given: Mapping[str, Arg | None],
        sentence: Sentence,
        rule: str,
        confidence: float = 0.9,
        *,
        span: tuple[int, int] | None = None,
        negated: bool = False,
        reported_by: Entity | None = None,
        derived: bool = False,
    ) -> Fact | None:
        """Record a fact; the same fact read again in another sentence becomes more evidence for it
        (kept in ``again``), so the graph shows every sentence that supports it."""
        args = {
            k: _acting(rel, k, v) for k, v in given.items() if v is not None and v not in ("", ())
        }
        if not role_kinds.fit(rel, args) or organ_claimant(rel, args) or unbinding(rel, args):
            return None  # a town read as a part of land, a ministry as a claimant: no such fact
        if reported_by is None and not derived and rel not in ("statement", "holdsRole"):
            reported_by = sentence.reporter  # titles, and what rules derive, are the outlet's words
        start, end = span or (sentence.span.start, sentence.span.end)
        ev = Evidence(self.source.key, start, end, self.source.text[start:end], rule, confidence)
        fact = Fact(rel, args, ev, negated=negated, reported_by=reported_by)
        key = (rel, tuple(sorted((k, token(v)) for k, v in args.items())), negated)
        if key in self._seen:
            first = self.facts[self._seen[key]]
            if (start, end) != (first.evidence.start, first.evidence.end):
                self._again(fact)
            return None
        for i, old in enumerate(self.facts):  # two triggers of one event in one sentence
            if old.rel != rel or old.negated != negated or old.evidence.start != start:
                continue
            if within(old.args, args):  # the richer reading replaces the poorer
                del self._seen[next(k for k, v in self._seen.items() if v == i)]
                self._seen[key] = i
                self.facts[i] = fact
                return fact
            if within(args, old.args) or coarser(args, old.args):
                return None
            if coarser(old.args, args):  # "signed a treaty" read twice: the day, not the year
                del self._seen[next(k for k, v in self._seen.items() if v == i)]
                self._seen[key] = i
                self.facts[i] = fact
                return fact
            if rel in JOINED and apart(old.args, args):  # one trigger's document, another's date
                return self.add(
                    rel,
                    {**old.args, **args},
                    sentence,
                    rule,
                    confidence,
                    span=span,
                    negated=negated,
                    reported_by=reported_by,
                    derived=derived,
                )
        # One event told twice, once with its date ("signed an agreement on Tuesday ... put their
        # signatures to the accord"): one fact with the date, the other sentence more evidence.
        told = told_again_in(self.facts, rel, args, negated)
        if told is not None:
            if (start, end) != (told.evidence.start, told.evidence.end):
                self._again(replace(fact, args=told.args))
            return None
        for i, old in enumerate(self.facts):  # the date told after: the first telling gets it
            if old.rel == rel and old.negated == negated and undated(old.args, args):
                del self._seen[next(k for k, v in self._seen.items() if v == i)]
                self._seen[key] = i
                self.facts[i] = replace(old, args=args)
                self.again.append(fact)
                return self.facts[i]
        self._seen[key] = len(self.facts)
        self.facts.append(fact)
        return fact

    def replace(self, old: Fact, new: Fact) -> None:
        """Put ``new`` in ``old``'s place, with the tellings kept as more evidence for ``old``: a
        telling left with the old roles would come out as a fact of its own."""
        self.facts[self.facts.index(old)] = new
        self.again[:] = [
            replace(a, args=new.args)
            if a.rel == old.rel and a.negated == old.negated and a.args == old.args
            else a
            for a in self.again
        ]

    def of(self, rel: str) -> list[Fact]:
        return [f for f in self.facts if f.rel == rel]


def entities(s: Sentence, fragment: str) -> tuple[Entity, ...]:
    """The entities behind the placeholders of a fragment, in order, without repeats."""
    out: list[Entity] = []
    for m in s.masked.all_in(fragment):
        for e in m.entities:
            if e not in out:
                out.append(e)
    return tuple(out)


def one(s: Sentence, fragment: str | None) -> Entity | None:
    if not fragment:
        return None
    found = entities(s, fragment)
    return found[0] if found else None


def original(c: Collector, s: Sentence, start: int, end: int) -> str:
    a, b = s.masked.offset(start), s.masked.offset(end)
    return c.source.text[a:b].strip(' ,.;:"“”')


GROUP_SUBJECT = (
    r"(?:They|they|[Tt]he\s+(?:\w+\s+)?(?:ministers|leaders|participants|delegations|sides|envoys))"
)


def members(value: Arg | None) -> tuple[Entity, ...]:
    """The entities a role holds: several ("parties"), one, or none (a text)."""
    if isinstance(value, tuple):
        return value
    return (value,) if isinstance(value, Entity) else ()


def last_participants(c: Collector) -> tuple[Entity, ...]:
    """Whom "they" / "the ministers" means: the participants of the latest meeting."""
    meetings = c.of("meeting")
    return members(meetings[-1].args.get("participants")) if meetings else ()


def person_state(c: Collector, entity: Entity | None) -> Entity | None:
    """The state a person or state speaks for: the one the text gives the person's office, else
    the one the gazetteer knows the person serves ("signed by the two foreign ministers, Sergei
    Lavrov and Fumio Kishida": the text names no state, yet each signs for one)."""
    if entity is None or entity.kind == "State":
        return entity
    info = c.disc.people.by_key.get(entity.key)
    if info is not None and info.of is not None:  # a region's head: the region's state
        return land_state(c, info.of)
    serves = c.gz.serves.get(entity.key)
    return c.gz.get(serves) if serves else None


def land_state(c: Collector, land: Entity) -> Entity:
    """The state a region the gazetteer does not know is in, where the article says
    (kg.ingest.nlp.region_states); any other land, or one placed nowhere, stays itself."""
    if land.kind != "Territory" or c.gz.get(land.key) is not None:
        return land
    return region_state(c.gz, land, c.read) or land


def state_of(c: Collector, entity: Entity | None) -> Entity | None:
    """A state, or the state whose capital names it ("handed over to Tokyo")."""
    if entity is None or entity.kind == "State":
        return entity
    key = c.gz.capitals.get(entity.key)
    return c.gz.get(key) if key else None


def balanced(text: str) -> str:
    """A text role without a half quotation ('an "existential threat' -> 'an existential threat')."""
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        text = text.replace('"', "").replace("“", "").replace("”", "")
    return text


def span_text(c: Collector, span: tuple[int, int]) -> str:
    """The article's words at ``span``, trimmed of quotes and stray punctuation."""
    return balanced(c.source.text[span[0] : span[1]].strip(' ,.;:"“”'))


def _acting(rel: str, role: str, value: Arg) -> Arg:
    """A land in an agent's role acts through its government (:func:`government_of`)."""
    if (rel, role) not in role_kinds.AGENT_ROLES:
        return value
    if isinstance(value, tuple):
        return tuple(government_of(v) if isinstance(v, Entity) else v for v in value)
    return government_of(value) if isinstance(value, Entity) else value


def government_of(of: Entity) -> Entity:
    """What acts for a territory or a city: its government, an organisation (W3C ORG), not the
    land ("Gibraltar's Chief Minister" holds an office of the Government of Gibraltar; "the four
    parties said" counts it among the speakers)."""
    if of.kind not in ("Territory", "Island", "IslandGroup", "City"):
        return of
    label = f"Government of {of.label}"
    return Entity(
        "Organization", entity_key("Organization", label), label, (f"{of.label} government",)
    )
