"""The day a document a possessive names was sent: "Jamaica's note, delivered on Friday to the
Colombian ambassador", "The Turkish note verbale, delivered to the Greek embassy in Ankara on
Friday". A note is issued when it is delivered; the participle on the note's name tells that day,
where the sentence's other dates are the reply's or the report's. Only a participle of sending
counts ("Jamaica's note, rejected on Tuesday" tells the rejection's day, not the note's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates

if TYPE_CHECKING:
    from kg.ingest.nlp.mentions import Mention
    from kg.ingest.nlp.rules.common import Collector

#: Participles of sending a document: its day is the day it was issued.
_SENT = frozenset({"deliver", "hand", "send", "submit", "present", "transmit", "date"})


def sent_on(c: Collector, p: g.Parsed, m: Mention) -> str | None:
    """The date of the sending participle on the document ``m`` names, if it gives one."""
    head = g.head_token(p.within(m.start, m.end))
    if head is None:
        return None
    for ch in head.children:
        if ch.dep_ != "acl" or ch.tag_ != "VBN" or ch.lemma_.lower() not in _SENT:
            continue
        start, end = p.span(list(ch.subtree))
        found = find_dates(c.source.text, start, end, c.ref)
        if found:
            return found[0].iso
    return None
