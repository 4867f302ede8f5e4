"""States an official's words name as the other side: whom a bare title is not.

A speaker names their own side in the first person; a state named as the subject of a clause
that acts on "us" or on what is "ours" ('"Russia is testing us," Foreign Minister X said',
'"China has taken our land"') is the other side, even as the subject of the reported words
(kg.ingest.nlp.rules.spoken_states) or the one state the sentence names (rules.people). So is a
state named anywhere in quoted words that call land "ours" ('"The government protests Japan's
unjust claim to Dokdo, which is clearly our territory," spokesperson X said'): who says "our
territory" names their own state in the first person and the rival by name."""

from __future__ import annotations

from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed

#: First-person words by which a speaker names their own side ("is testing us", "our waters").
_US = frozenset({"us", "our", "ours", "ourselves"})

#: Nouns of land a speaker calls "ours" ("our inherent territory", "our waters").
_LAND = frozenset({"territory", "territories", "land", "lands", "soil", "waters", "islands"})

#: Quotation marks, opening and closing alike.
_QUOTES = frozenset('"\u201c\u201d')


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
    return out | _in_our_land_quote(p)


def _in_our_land_quote(p: Parsed) -> set[int]:
    """Where in the article the words of a quotation lie that calls land "ours" ("our
    territory", "our inherent territory"): a state named there is the speaker's rival."""
    marks = [t.i for t in p.doc if t.text in _QUOTES]
    out: set[int] = set()
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        inside = p.doc[a + 1 : b]
        if any(t.lower_ == "our" and t.head.lower_ in _LAND for t in inside):
            out |= {p.offset + t.idx for t in inside}
    return out
