"""An official whose title names no state, in a sentence that opens with a place: "In Tehran,
foreign ministry spokesman Nasser Kanaani dismissed the bloc's position", "In Beijing, foreign
ministry spokeswoman Hua Chunying rejected the protest". The place says whom the official speaks
for (a reading kg.ingest.nlp.rules.people makes once the article is read, for the holdsRole); a
stance the official takes as the sentence is read (a rejection, a protest, a claim) is that
state's, not lost for want of a state the title never gives."""

from __future__ import annotations

import re

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import heads_of_state, phrases
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.rules.common import Collector, person_state
from kg.model import Entity


def place_state(c: Collector, s: Sentence) -> Entity | None:
    """The state of the place a sentence opens with ("In Moscow, ..."); never the dateline's city,
    which says where the reporter was, not whom an official serves (Lavrov in Munich)."""
    if s.doc is None:
        return None
    p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
    for root in (t for t in p.tokens if t.dep_ == "ROOT"):
        doers = g.subjects(root)
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or any(d.i < prep.i for d in doers):
                continue  # a place set before the subject: the scene of the whole sentence
            for o in prep.children:
                m = p.mention(o) if o.dep_ == "pobj" else None
                if m is not None and m.tag == "C" and m.entity is not None:
                    key = c.gz.state_of_city.get(m.entity.key)
                    return c.gz.get(key) if key else None
    return None


def acting_for(
    c: Collector, s: Sentence, found: list[Mention], tags: frozenset[str]
) -> list[Entity]:
    """The state the sentence's opening place names, for a role that takes states (``tags``) and
    the titled officials among ``found`` whose state neither their title nor the gazetteer gives
    (none where an official's is known: "In Tokyo, Chinese Foreign Minister Wang Yi" is China's),
    and who are no former holders nor private people (``former_marks``, ``private_doers`` of
    data/lexicon/references.yaml)."""
    if "S" not in tags or "P" in tags:
        return []  # a role a person fills as themself
    words = phrases.nouns()
    people = [
        e
        for m in found
        if m.tag == "P" and (e := m.entity) is not None and person_state(c, e) is None
    ]
    said = {w for m in found if m.tag == "P" for w in re.split(r"[\s-]+", m.text.lower())}
    if said & (words.former_marks | words.private_doers):
        return []  # "former foreign minister X", "opposition leader X": no voice of the state
    infos = [c.disc.people.by_key.get(e.key) for e in people]
    if not infos or any(i is None or not i.office for i in infos):
        return []
    state = place_state(c, s)
    if state is None or not all(heads_of_state.fits(i.office, state) for i in infos if i):
        return []
    return [state]
