"""People named after the group word that stands for them: a wire lead that says "Kenya and Uganda
agreed ..., the two foreign ministers said" names the ministers only in the next sentence ("Kenyan
Foreign Minister A and his Ugandan counterpart B met in Kampala"). Read alone, the lead's speakers
are the states the sentence names (rules/pronouns.py); once the article is read, they are the
people the next sentences name together, where those serve exactly these states.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector, person_state
from kg.ingest.nlp.rules.groups import told_group
from kg.ingest.nlp.rules.meetings import add_meeting
from kg.ingest.nlp.rules.tag_speakers import tag_subjects
from kg.model import Entity, Fact

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How many sentences after the group word its people may be named in.
_AHEAD = 2


def note_group(c: Collector, s: Sentence, tok: Token, fact: Fact | None) -> None:
    """Remember a statement that a group word of people ("the leaders of the two countries said")
    credits to states: no people were named for it to stand for yet."""
    if fact is None:
        return
    who = fact.args.get("speaker")
    if not isinstance(who, tuple) or any(e.kind != "State" for e in who):
        return
    if any(told_group(x) for x in tag_subjects(tok)):
        c.groups_ahead.append((s.index, fact.evidence.start))


def speakers_named_after(c: Collector) -> None:
    """Give a statement credited to states through "the two leaders said" the people who serve
    those states, named together in one of the next sentences (and no one else); and a meeting
    "the two leaders" held, told before they were named, its people."""
    for index, at in c.groups_ahead:
        fact = next(
            (
                f
                for f in c.of("statement")
                if f.evidence.start <= at < f.evidence.end
                and isinstance(f.args.get("speaker"), tuple)
            ),
            None,
        )
        who = fact.args["speaker"] if fact is not None else None
        if fact is None or not isinstance(who, tuple):
            continue
        people = people_after(c, index, who)
        if people:
            c.replace(fact, replace(fact, args={**fact.args, "speaker": people}))
    for s, states, date, place, rule in c.meetings_ahead:  # "said after talks in X"
        people = people_after(c, s.index, states)
        if people:
            add_meeting(c, s, people, date, place, rule, _LATER)


#: The confidence of a meeting whose people a later sentence names.
_LATER = 0.8


def people_after(c: Collector, index: int, states: Sequence[Entity]) -> tuple[Entity, ...]:
    """The people the first of the next sentences that names two or more together names, when
    each serves one of ``states`` and together they serve them all (two, where no states were
    named)."""
    for i in range(index + 1, index + 1 + _AHEAD):
        people = c.named_in.get(i)
        if not people:
            continue
        if not states:  # "The two foreign ministers met in Kampala": the two named next
            return people if len(people) == 2 else ()
        served = [person_state(c, e) for e in people]
        if len(people) == len(states) and set(served) == set(states):
            return people
        return ()
    return ()
