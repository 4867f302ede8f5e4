"""Paragraphs, sentences and quotations, each with character offsets into the original text.

Offsets always index the text as read, so evidence can quote ``text[start:end]`` exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.nlp import lexicon

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Mt|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Prof|Jr|Sr|No|Nos|vs|etc|Inc|Co|Corp|"
    r"Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|Fig|Art|Arts|Sec|Para|Amb|Adm|Pres|Gen|Maj|Brig|Rev|Hon|Eng|Ave|Dept|Univ|Vol|pp|cf|al)\.)$"
    r"|(?:\b(?:[A-Z]\.){1,3})$"
)
#: Longer than any _ABBREV match ("approx." is 7 characters, "A.B.C." 6), with a margin.
_ABBREV_MAX = 10
_END = re.compile(r"[.!?]+['\"’”)]*(?=\s+['\"“‘(]?[A-Z0-9])|[.!?]+['\"’”)]*\s*$")
_QUOTE = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def paragraphs(text: str, start: int = 0) -> list[Span]:
    """Blocks separated by blank lines (or single lines), trimmed, with offsets."""
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text[start:]):
        s, e = m.start() + start, m.end() + start
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if chunk.strip():
            out.append(Span(s + lead, e - trail, chunk.strip()))
    return out


def sentences(text: str, para: Span) -> list[Span]:
    """Split one paragraph into sentences, keeping offsets; abbreviations do not end sentences."""
    out: list[Span] = []
    begin = para.start
    for m in _END.finditer(text, para.start, para.end):
        stop = m.end()
        if m.group().strip() == "." and _is_abbreviation(text[begin : m.start() + 1]):
            continue
        piece = text[begin:stop]
        lead = len(piece) - len(piece.lstrip())
        s, e = begin + lead, begin + len(piece.rstrip())
        if e > s:
            out.append(Span(s, e, text[s:e]))
        begin = stop
    if begin < para.end and text[begin : para.end].strip():
        piece = text[begin : para.end]
        lead = len(piece) - len(piece.lstrip())
        out.append(Span(begin + lead, para.end, text[begin + lead : para.end]))
    return out


def _is_abbreviation(piece: str) -> bool:
    """Whether ``piece`` ends in an abbreviation. ``_ABBREV`` is anchored at the end and no match
    is longer than ``_ABBREV_MAX``, so the search starts that far from the end (not at every
    position of the sentence); starting there, ``\b`` still sees the character before."""
    if _ABBREV.search(piece, max(0, len(piece) - _ABBREV_MAX)) is not None:
        return True
    return piece.endswith("Ma.") and _abbreviated_given(piece)


def _abbreviated_given(piece: str) -> bool:
    """Whether a piece ending in "Ma." ends in a given name abbreviated after a title or an
    honorific ("DFA Secretary Ma. Theresa Lazaro": Maria), not in the surname Ma, which may end a
    sentence after a given name ("Jack Ma.")."""
    if piece[-4:-3].strip():
        return False  # a word's end ("Gama."), no name of its own
    before = piece[:-3].split()
    if not before:
        return True
    word = before[-1].rstrip(".")
    return (
        word in lexicon.load().non_name_words
        or lexicon.office_regex(r"(?:{office})").fullmatch(word) is not None
    )


def quotes(text: str, span: Span) -> list[Span]:
    """Quoted passages inside ``span`` (straight or curly double quotes), without the marks."""
    return [
        Span(m.start(1), m.end(1), m.group(1)) for m in _QUOTE.finditer(text, span.start, span.end)
    ]


def opening_quotation(text: str, sentence: Span, span: tuple[int, int]) -> tuple[int, int]:
    """The words at ``span`` that open with a quotation cut where the last quotation inside them
    closes ('described the deal as "unspeakably painful" for him': the speaker said "unspeakably
    painful", not "for him"; 'as "null and void" and "ridiculous"' keeps both). An infinitive's
    "to" before the quotation is the outlet's ('urged X to "comply with ..."')."""
    first = next((i for i in range(span[0], span[1]) if text[i].isalnum()), None)
    if first is not None and re.match(r"to\s+[\"“]", text[first : span[1]]):
        span = (first + 2, span[1])
        first = next((i for i in range(span[0], span[1]) if text[i].isalnum()), None)
    inside = [q for q in quotes(text, sentence) if span[0] <= q.end <= span[1]]
    if first is None or not any(q.start <= first < q.end for q in inside):
        return span
    return span[0], max(q.end for q in inside)


_OPEN = re.compile(r"[\"“]([^\"“”]{3,})$")  # an opening mark with no closing one after it


def open_quote(text: str, para: Span, after: int) -> Span | None:
    """A quotation (after ``after``) that opens a sentence of paragraph ``para`` and runs to its
    end without a closing mark: the wire convention for words that go on in the next paragraph."""
    m = _OPEN.search(text, after, para.end)
    if m is None or text[para.start : m.start()].strip() and text[m.start() - 2] not in ".!?":
        return None
    return Span(m.start(1), m.end(1), m.group(1).rstrip())


def through_quotation(text: str, sentence: Span, span: tuple[int, int]) -> tuple[int, int]:
    """The words at ``span`` carried to the end of a quotation that opens inside them and that the
    parse cut ('saying the islands "were, are and will be Argentine"', read to "were"): quoted
    words are reported whole."""
    cut = [q for q in quotes(text, sentence) if span[0] < q.start < span[1] < q.end]
    return (span[0], max(q.end for q in cut)) if cut else span
