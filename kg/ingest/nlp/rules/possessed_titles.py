"""Whose office a title is where a possessive pronoun says it: "The African Union called for calm.
Its commission chairman, Moussa Faki Mahamat, urged ...", "Sidi Omar, its representative at the
UN": the state or body the sentence just before (in the same paragraph) is about, its main
clause's subject, as a reader takes "its". A reading kg.ingest.nlp.rules.people tries before the
guesses from the sentence's other states."""

from __future__ import annotations

import re

from kg.ingest.nlp import genders
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.rules.common import Collector, person_state
from kg.model import Entity

#: "Its commission chairman, Moussa Faki Mahamat" (the title inside the name's mention); "Sidi
#: Omar, its representative" (right after it).
_OPENS = re.compile(r"^(?:its|their)\s", re.I)
_AFTER = re.compile(r"^,\s+(?:its|their)\s", re.I)
#: "his foreign secretary, Vinay Kwatra", "Kwatra, her deputy": a person's own appointee.
_HIS = re.compile(r"^(?:his|her)\s", re.I)
_AFTER_HIS = re.compile(r"^,\s+(?:his|her)\s", re.I)


def possessor(c: Collector, s: Sentence, before: Sentence | None, person: Entity) -> Entity | None:
    """The subject of the sentence before, where the person's title in ``s`` opens with "its"."""
    if before is None or before.doc is None:
        return None
    if _title_word(c, s, person, _OPENS, _AFTER) is None:
        return None
    p = Parsed.of(before.doc, before.span.start, before.masked.mentions)
    for root in (t for t in p.tokens if t.dep_ == "ROOT"):
        for subj in g.subjects(root):
            found = g.fillers(p, [subj], {"S", "O", "T"})
            if found and found[0].entity is not None:
                return found[0].entity
    return None


def boss_state(c: Collector, s: Sentence, person: Entity, index: int) -> Entity | None:
    """ "Modi told reporters ... his foreign secretary, Vinay Kwatra, said": the state of the
    person named last before the title that opens with "his" or "her", the one it refers to."""
    titled = _title_word(c, s, person, _HIS, _AFTER_HIS)
    if titled is None:
        return None
    start, word = titled
    want = genders.of_pronoun("he" if "his" in word.lower() else "she")
    before = [
        e
        for e, at, i in c.disc.person_marks
        if e != person
        and (i == index and at < start or index - 1 == i)
        and (c.gz.gender.get(e.key) or c.disc.genders.get(e.key)) in (None, want)
    ]
    return person_state(c, before[-1]) if before else None


def _title_word(
    c: Collector, s: Sentence, person: Entity, opens: re.Pattern[str], after: re.Pattern[str]
) -> tuple[int, str] | None:
    """Where the person's mention starts and the possessive its title opens with ("its commission
    chairman, X", "his foreign secretary, X") or that follows the name ("X, its representative"),
    if one of ``opens`` or ``after`` matches."""
    text = c.source.text
    for m in s.masked.mentions:
        if m.tag == "P" and m.entity == person:
            word = opens.match(text[m.start : m.end]) or after.match(text[m.end : m.end + 12])
            if word:
                return m.start, word.group(0)
    return None
