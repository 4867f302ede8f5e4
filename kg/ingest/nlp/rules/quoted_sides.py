"""States an official's words name as the other side: whom a bare title is not.

A speaker names their own side in the first person; a state named as the subject of a clause
that acts on "us" or on what is "ours" ('"Russia is testing us," Foreign Minister X said',
'"China has taken our land"') is the other side, even as the subject of the reported words
(kg.ingest.nlp.rules.spoken_states) or the one state the sentence names (rules.people)."""

from __future__ import annotations

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed

#: First-person words by which a speaker names their own side ("is testing us", "our waters").
_US = frozenset({"us", "our", "ours", "ourselves"})


def against_us(s: Sentence) -> set[int]:
    """Where in the article a state is named as the subject of a clause whose object (or its
    owner) is the speaker's side in the first person ("Russia is testing us", "China took our
    islands")."""
    if s.doc is None:
        return set()
    p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
    out: set[int] = set()
    for t in p.doc:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = t.head
        objects = [k for k in verb.children if k.dep_ in ("dobj", "dative", "attr")]
        if any(o.lower_ in _US or any(w.lower_ in _US for w in o.children) for o in objects):
            out.add(p.offset + t.idx)
    return out
