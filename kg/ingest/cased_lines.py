"""Speaker lines written in capitals: the wire's reactions brief ("Here is what officials said:")
may name each speaker on a line of its own in capitals ("ARGENTINE FOREIGN MINISTER PABLO QUIRNO,
in a statement:"). The name recogniser and the parser read names by their case, so such a line
names no one and its quotations go to the state its demonym names. The line's words in capitals
are cased as a name is written ("Argentine Foreign Minister Pablo Quirno"), keeping every offset;
words of two letters stay (acronyms: "UN", "EU"), and the small words of a title go lower case
("Minister for the Overseas Territories")."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.nlp.segment import Span
from kg.model import Fact

#: A line of its own that ends with a colon, its words up to the first comma in capitals.
_LINE = re.compile(r"^[-*—–•· ]*(?P<caps>[A-Z][A-Z0-9'’.\- ]*[A-Z])(?=\s*(?:,[^\n]*)?:\s*$)")
_WORD = re.compile(r"[A-Z][A-Z'’\-]*")
_SMALL = frozenset({"OF", "FOR", "THE", "AND", "ON", "IN", "AT", "TO"})


def cased(text: str, body: list[Span]) -> tuple[str, list[Span]]:
    """The text with each speaker line of ``body`` written in capitals cased as names are, and the
    body's paragraphs read from it (the same offsets)."""
    out = text
    for para in body:
        line = text[para.start : para.end]
        m = _LINE.match(line.strip()) if "\n" not in line.strip() else None
        if m is None or len(_WORD.findall(m.group("caps"))) < 2:
            continue
        start = para.start + (len(line) - len(line.lstrip())) + m.start("caps")
        words = _WORD.sub(_case, m.group("caps"))
        out = out[:start] + words + out[start + len(words) :]
    if out == text:
        return text, body
    return out, [Span(p.start, p.end, out[p.start : p.end]) for p in body]


def quoting(fact: Fact, text: str) -> Fact:
    """The fact with its evidence quoting the article's own text (its capitals kept)."""
    ev = fact.evidence
    return replace(fact, evidence=replace(ev, text=text[ev.start : ev.end]))


def _case(m: re.Match[str]) -> str:
    word = m.group(0)
    if word in _SMALL:
        return word.lower()
    if len(word) <= 2:
        return word  # an acronym ("UN", "EU"); "ANA", "LEE" are names
    return "-".join(w[:1] + w[1:].lower() for w in word.split("-"))
