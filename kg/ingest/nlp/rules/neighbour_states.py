"""The state an official serves as the text around the title gives it, where the title names none.

The one state the sentence names that is no other official's, the state of the official named just
before in the paragraph, the one state the sentence before names, the ministry a spokesperson
speaks for. kg.ingest.nlp.rules.people tries these among its readings of an office's state.
"""

from __future__ import annotations

from kg.ingest.nlp import bodies, epithets, heads_of_state
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules import office_sides as sides
from kg.ingest.nlp.rules.bare_bodies import told_body
from kg.ingest.nlp.rules.body_holders import of_titled_kind
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.quoted_sides import against_us
from kg.ingest.nlp.rules.spoken_states import asked_states
from kg.model import Entity


def previous_official(
    c: Collector,
    person,
    s: Sentence,
    by_index: dict[int, Sentence],
    resolved: dict[str, Entity],
):
    """ "British Foreign Secretary William Hague ... Prime Minister David Cameron said": Britain's
    too. The official named last before, in this sentence or an earlier one of its paragraph (a
    paragraph keeps to one side: "Chief Cabinet Secretary Fujimura announced ... He said ...
    Foreign Minister Gemba told reporters ..."), whose state is known; never one the person met
    ("Lavrov later met President Zatlers": his host, of the other side)."""
    index = s.index
    met = sides.met_by(c, person)
    while (prev := by_index.get(index)) is not None:
        before = [
            m
            for m in prev.masked.mentions
            if m.tag == "P"
            and m.entity
            and m.entity != person
            and m.entity.key not in met
            and (index < s.index or m.start < _first_start(s, person))
        ]
        for m in reversed(before):
            key = m.entity.key if m.entity else ""
            info = c.disc.people.by_key.get(key)
            if info is not None and info.of is not None:
                if (state := _state_served(c, info.of)) is not None:
                    return state
                continue  # "The Chief District Officer of Humla": a local body's, no state's
            if index < s.index and key in resolved:
                return resolved[key]  # not one in this sentence: "X wrote to King Y"
        if sentence_before(c, prev, by_index) is None:
            return None  # the sentence just before, then no further than the paragraph
        index -= 1
    return None


def before_state(
    c: Collector,
    info: PersonInfo,
    s: Sentence,
    by_index: dict[int, Sentence],
    resolved: dict[str, Entity],
):
    """ "China rejected the ruling. Mao Ning, spokeswoman for the foreign ministry, said ...":
    the one state the sentence just before names (in the same paragraph) that is no other
    official's, where the official's own sentence names none."""
    before = sentence_before(c, s, by_index)
    return None if before is None else sentence_state(c, info, before, resolved, named=True)


def spoken_for(
    c: Collector, info: PersonInfo, s: Sentence, by_index: dict[int, Sentence]
) -> Entity | None:
    """ "The protest was rejected by the Chinese foreign ministry. '...,' spokesman Guo Jiakun
    said": a spokesperson whose title names no one speaks for the one body of a state (its name
    says whose: a ministry) that the sentence, or else the sentence just before in its paragraph,
    names; of the kind the title names, if it names one ("foreign ministry spokesman": not "the
    coast guard" he speaks of)."""
    for sent in (s, sentence_before(c, s, by_index)):
        if sent is None:
            continue
        named = {
            m.entity.key: m.entity
            for m in sent.masked.mentions
            if m.tag == "O"
            and m.entity is not None
            and bodies.owner(c.gz, m.entity) is not None
            and of_titled_kind(info.words, m.entity)
        }
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def spoken_body(
    c: Collector, info: PersonInfo, s: Sentence, by_index: dict[int, Sentence], state: Entity
) -> Entity:
    """The body a spokesperson the gazetteer knows speaks for, as for one it does not
    ("spokesman Guo Jiakun" after "the Chinese foreign ministry"), if it is that state's."""
    body = told_body(c, info, s, by_index) or spoken_for(c, info, s, by_index)
    if body is not None and (owner := bodies.owner(c.gz, body)) is not None and owner == state:
        return body
    return state


def _state_served(c: Collector, of: Entity) -> Entity | None:
    """The state a neighbour's office gives another's: its state, or the state its body is of
    ("the foreign ministry's spokesman ... Prime Minister X": that ministry's state); a local
    government names none ("Home Minister X" after a district's officer is no district's)."""
    if of.kind == "State":
        return of
    owner = bodies.owner(c.gz, of)
    return owner if owner is not None and owner.kind == "State" else None


def sentence_before(c: Collector, s: Sentence, by_index: dict[int, Sentence]) -> Sentence | None:
    """The sentence just before ``s`` in its paragraph (a paragraph keeps to one side), if any."""
    before = by_index.get(s.index - 1)
    if before is None or "\n\n" in c.source.text[before.span.end : s.span.start]:
        return None
    return before


def sentence_state(
    c: Collector, info: PersonInfo, s: Sentence, resolved: dict[str, Entity], named=False
):
    """The one state the sentence names that is not another official's ("Foreign Minister Maehara
    summoned Bely, Russia's ambassador to Japan": Russia is Bely's, so Japan; "President Macron
    wrote to King Mohammed VI about Morocco's plan": France is Macron's, so Morocco), nor that of
    an office named without a name ("Foreign Minister Bourita ... to the Spanish ambassador"),
    and whose form fits the office ("King Hassan II and President Boumediene ... Algeria and
    Morocco": the king's is the monarchy)."""
    person, office = info.entity, info.office
    others = {
        state.key
        for m in s.masked.mentions
        if m.tag == "P"
        and m.entity
        and m.entity != person
        and (state := _served(c, m.entity, resolved)) is not None
    }
    others |= _unnamed_officials(c, s)
    locating = (
        sides.locating_states(s)
        | sides.deployed_states(s)
        | sides.describing_states(s)
        | sides.partner_states(s)
        | sides.addressed_states(s)
        | sides.summoned_states(s)
        | asked_states(s)
        | against_us(s)
    )
    states = {
        m.entity.key: m.entity
        for m in s.masked.mentions
        if m.tag == "S"
        and m.entity is not None
        and m.entity.kind == "State"
        and m.entity.key not in others
        and m.start not in locating
        and (not named or m.how in ("name", "alias"))  # not "the Israeli presence" before
        and heads_of_state.fits(office, m.entity)
    }
    return next(iter(states.values())) if len(states) == 1 else None


def _served(c: Collector, person: Entity, resolved: dict[str, Entity]) -> Entity | None:
    """The state an official serves, as the text titles them, as found before, or as the
    gazetteer knows ("Defence Minister A and Cambodia's Defence Minister B": B's state is B's
    whichever is read first)."""
    info = c.disc.people.by_key.get(person.key)
    if info is not None and info.of is not None:
        return info.of
    if person.key in resolved:
        return resolved[person.key]
    key = c.gz.serves.get(person.key)
    return c.gz.get(key) if key else None


def _unnamed_officials(c: Collector, s: Sentence) -> set[str]:
    """States named as the owners of an office no name follows ("the Spanish ambassador",
    "Japan's foreign minister said" with no name, "her Cypriot counterpart"): that official's, no
    one else's."""
    if s.doc is None:
        return set()
    p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
    out: set[str] = set()
    for m in s.masked.mentions:
        if m.tag != "S" or m.entity is None:
            continue
        for t in p.tokens:
            if p.offset + t.idx == m.start and t.dep_ in ("amod", "compound", "poss"):
                noun = t.head
                office = c.gz.office(noun.lemma_) or _unnamed_counterpart(p, noun)
                if noun.pos_ == "NOUN" and office and p.mention(noun) is None:
                    out.add(m.entity.key)
    return out


def _unnamed_counterpart(p: Parsed, noun) -> bool:
    """ "met her Cypriot counterpart" names no one; "his Namibian counterpart, President X" does
    (an apposition the parser often hangs on the verb: the capitalised words right after count)."""
    if not epithets.is_counterpart(noun.lemma_):
        return False
    for t in p.doc[noun.i + 1 :]:
        if (m := p.mention(t)) is not None and m.tag == "P":
            return False
        if not (t.is_punct or t.is_title):
            break
    return True


def _first_start(s: Sentence, person) -> int:
    return min((m.start for m in s.masked.mentions if m.entity == person), default=s.span.end)
