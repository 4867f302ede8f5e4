"""Whose office a bare title is in a government's own press release: the state its issuing line
names. "PRESS RELEASE: ...\n\nOffice of the President of the Republic of Seychelles\nState House,
Victoria, 3 December 2026\n\nPresident Patrick Herminie received the External Affairs Minister of
the Republic of India": a release titles its own government's officials bare and a foreign one by
the state ("of the Republic of India", "the Ethiopian Ambassador"), as a wire story filed from a
capital does (kg.ingest.nlp.rules.filed_from). The issuing line is a name, not a sentence: a body
word of ``issuing_bodies`` (data/lexicon.yaml) first, only capitalised words and the small words of
names after it, and one state named."""

from __future__ import annotations

import re

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.mentions import gazetteer_mentions
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.filed_from import home_office
from kg.ingest.nlp.segment import paragraphs
from kg.model import Entity

#: lowercase words a body's or a state's name may hold ("Office of the President of the Republic")
_NAME_SMALL = {"of", "the", "and", "for", "on", "de", "du", "la", "des", "del", "al"}
_WORD = re.compile(r"[^\W\d][\w'’.-]*")
_MAX_WORDS = 14  # a name line, not a lead sentence


def issuer_state(c: Collector, info: PersonInfo) -> Entity | None:
    """The state a press release's issuing line names, for a home office (``home_offices``) of a
    state the article names; None in any other article."""
    if not home_office(info):
        return None
    state = _issuer(c)
    return state if state is not None and c.disc.state_counts.get(state.key) else None


def _issuer(c: Collector) -> Entity | None:
    """The one state named by an issuing line among the lines under the headline."""
    text = c.source.text
    for para in paragraphs(text)[1:3]:  # the headline, then at most two lines of the header
        start = para.start
        for line in para.text.split("\n"):
            end = start + len(line)
            if _issuing_line(line):
                found = gazetteer_mentions(c.gz, text, start, end)
                states = {m.entity.key: m.entity for m in found if m.tag == "S" and m.entity}
                return next(iter(states.values())) if len(states) == 1 else None
            start = end + 1
    return None


def _issuing_line(line: str) -> bool:
    """A body's name line: an issuing body word first, then capitalised words (or small ones)."""
    words = _WORD.findall(line)
    if not words or len(words) > _MAX_WORDS or line.rstrip().endswith("."):
        return False
    head = line.strip().lower()
    bodies = lexicon.load().issuing_bodies
    if not any(head == b or head.startswith(b + " ") or head.startswith(b + ",") for b in bodies):
        return False
    return all(w[0].isupper() or w.lower() in _NAME_SMALL for w in words)
