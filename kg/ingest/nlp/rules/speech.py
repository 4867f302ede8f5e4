"""Statements: quotations with their attribution, and reported speech ("X said that ...").

A quotation's tag is read from the parse: a verb of the ``statement`` class
(data/lexicon/relations.yaml: say, tell, add, stress, reaffirm, "according to" ...) outside the
quotation marks whose complement the quotation holds ('Lavrov said: "..."', '..., saying "..."'),
which hangs in the quotation (the tag after it or in its middle: '"We," he said, "will ..."'), or
which stands next to it in its sentence (kg.ingest.nlp.rules.quote_links). The speaker fills the
class's speaker slot (the subject, inverted or not, every coordinated one; the object of "according
to"), so who the words were said to is never the speaker, and the quotation alone is what was said.
An untagged quotation opening the next sentence is the same speaker's; one that opens a paragraph
and runs past its end with no closing mark (words going on in the next paragraph) is the speaker's
of the quotation after it. The tags are found in kg.ingest.nlp.rules.quote_tags.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.named_inside import named_in_report, names
from kg.ingest.nlp.rules.quote_tags import Tag, announcer, quotation, sentence_index
from kg.ingest.nlp.rules.quoted import (
    asked,
    beside_quotations,
    ends_quoted,
    in_ruling,
    opens_quoted,
)
from kg.ingest.nlp.rules.reported import Speaker, add_first_person, record, spoke_on
from kg.ingest.nlp.rules.unnamed import described
from kg.ingest.nlp.segment import Span, open_quote, quotes

__all__ = [
    "add_first_person",
    "asked",
    "beside_quotations",
    "ends_quoted",
    "in_ruling",
    "opens_quoted",
    "quotations",
    "record",
]

if TYPE_CHECKING:
    from spacy.tokens import Token

_MIN_WORDS = 4  # fewer quoted words are a scare quote ("so-called"), not a statement


@dataclass
class _Run:
    who: Speaker
    start: int
    end: int
    parts: list[str]
    last: int  # index of the sentence the run reaches
    verb: Token | None = None  # the speech verb that tagged it
    at: int = 0  # where that verb stands in the article


def quotations(c: Collector, para: Span, sentences: list[Sentence]) -> dict[int, Speaker]:
    """Statements for the quotations of one paragraph; returns sentence index -> speaker for
    sentences inside a quotation (so "I" and "me" there can be resolved)."""
    text = c.source.text
    found = quotes(text, para)
    spans = [(q.start, q.end) for q in found]
    c.quoted += spans
    runs: list[_Run] = []
    pending, c.open_quote = c.open_quote, None
    speakers: dict[int, Speaker] = {}
    i = 0
    while i < len(found):
        parts, tag = quotation(c, sentences, found, i, spans)
        i += len(parts)
        if tag is not None and (tag.who is None or names(tag.verb) and named_in_report(tag.verb)):
            continue  # 'said it would not accept drilling on what he called "our side"'
        said = " ".join(q.text.strip().rstrip(" ,") for q in parts)
        start, end = parts[0].start, parts[-1].end
        held = [s for s in sentences if s.span.start < end and start < s.span.end]
        if len(said.split()) < _MIN_WORDS and not (
            tag is not None and tag.said and held and _alone(held[0], tag, start, end)
        ):
            continue  # a scare quote, not a short sentence with its tag ('"We are ready," she said')
        inside = [s.index for s in held]
        if not inside:
            continue
        who = tag.who if tag is not None else None
        if (
            who is None and runs and runs[-1].last >= inside[0] - 1 and _opens(text, held[0], start)
        ):  # a quotation goes on, untagged, in the next sentence; a quoted phrase that the
            who = runs[-1].who  # outlet's sentence holds ('She urged X to "..."') does not
        announced = who is None and _opens(text, held[0], start)
        if announced:  # '- X, in a statement: ¶ "A." ¶ "B."' (rules/speaker_lines.py), else
            who = c.line_speaker if pending is None and start == found[0].start else None
            who = who or announcer(c, sentences, held[0])  # 'X told reporters: ¶ "..."'
            if who is None and pending is not None and start == found[0].start:
                who = pending[1]  # '"A ... ¶ "B."': B goes on with the words A's speaker began
        if who is None:
            continue
        goes_on = (
            tag is not None
            and tag.verb.lemma_.lower() in lexicon.load().speech_continues
            and tag.verb.tag_ != "VBG"  # '"...," he said, adding that "...": a second statement
            and runs
            and runs[-1].who == who
            and runs[-1].last >= inside[0] - 1
        )
        if goes_on or tag is None and not announced and _goes_on(runs[-1], inside[0], said):
            # the run goes on ('"...," he added', '"A," X said. "But B."')
            runs[-1].end, runs[-1].last = end, inside[-1]
            runs[-1].parts.append(said)
        else:
            runs.append(
                _Run(who, start, end, [said], inside[-1], *((tag.verb, tag.offset) if tag else ()))
            )
        for sentence in held:  # the speaker's words, not the outlet's ("I" is the speaker)
            if _mostly(sentence, start, end) or (
                tag is not None
                and tag.said
                and sentence.span.start <= tag.offset < sentence.span.end
            ):
                speakers[sentence.index] = who
    if pending is not None:
        _run_on(text, sentences, found, runs, pending)
    opened = open_quote(text, para, found[-1].end + 1 if found else para.start)
    if opened is not None and sentences:
        at = sentence_index(sentences, opened.start)
        if runs and at is not None and runs[-1].last >= at - 1:  # '"A," X said. "B ... ¶'
            runs[-1].parts.append(opened.text.strip())
            runs[-1].end = opened.end
            opened = Span(opened.start, opened.end, "")  # said already: only its speaker goes on
        who = runs[-1].who if runs else announcer(c, sentences, sentences[0])
        c.open_quote = (opened, who)
    if sentences:
        c.last_sentence = sentences[-1]
    anchor = sentences[0] if sentences else None
    for run in runs:
        if anchor is None:
            break
        fact = c.add(
            "statement",
            {"speaker": run.who, "quote_start": _joined(run.parts)},
            anchor,
            "quotation",
            0.9,
            span=(run.start, run.end),
        )
        if run.verb is not None:
            described(c, run.verb, fact)  # '"...," an official said. The official, X, ...'
            spoke_on(c, run.who, run.verb, run.at)
    return speakers


def _goes_on(run: _Run, sentence: int, said: str) -> bool:
    """Whether an untagged quotation goes on with the run before it: in its sentence, or opening
    the next with a connective ('"But ..."'); else it is the speaker's next statement."""
    first = said.split()[0].strip('"“”‘’').lower() if said.split() else ""
    return run.last >= sentence or first in lexicon.load().connectives


def _run_on(
    text: str,
    sentences: list[Sentence],
    found: list[Span],
    runs: list[_Run],
    pending: tuple[Span, Speaker | None],
) -> None:
    """The quotation that ran on from the paragraph before (a statement of its own, as each
    paragraph is) is the words of the speaker whose tag the quotation opening this paragraph has
    ('"A ... ¶ "B," X said'), else of whoever spoke right before it."""
    opened, who = pending
    said = opened.text.strip().rstrip(" ,")
    if runs and found and runs[0].start == found[0].start and sentences:
        if _opens(text, sentences[0], runs[0].start):
            who = runs[0].who
    if who is not None and len(said.split()) >= _MIN_WORDS and sentences:
        runs.insert(0, _Run(who, opened.start, opened.end, [said], sentences[0].index - 1))


def _opens(text: str, s: Sentence, start: int) -> bool:
    """Whether the quotation at ``start`` opens its sentence (nothing but its mark before it): a
    quotation the sentence only holds ('calls the plan "a step ..."') is no one's words alone."""
    return not text[s.span.start : start].strip(' "“')


def _mostly(s: Sentence, start: int, end: int) -> bool:
    """Whether the quotation (start, end) covers half the sentence or more: a quoted phrase in a
    sentence of reported speech leaves the sentence the outlet's ('called the ruling "a victory
    for both" and said ...')."""
    covered = min(end, s.span.end) - max(start, s.span.start)
    return covered * 2 >= s.span.end - s.span.start


def _alone(s: Sentence, tag: Tag, start: int, end: int) -> bool:
    """Whether a short quotation is its sentence with nothing but its tag beside it ('"Not one
    inch," the president said'), or most of it: a sentence of its own, not a scare quote."""
    if _mostly(s, start, end):
        return True
    p = s.parsed
    if p is None or not s.span.start <= tag.offset < s.span.end:
        return False
    own = {t.i for t in tag.verb.subtree}
    return all(t.is_punct or t.i in own or start <= p.offset + t.idx < end for t in p.tokens)


def _joined(parts: list[str]) -> str:
    """Quotations of one run, each a sentence ('"A," he said. "B."' is "A. B")."""
    out = ""
    for part in parts:
        if out:
            out += " " if out[-1] in ".!?" else ". "
        out += part
    return out.rstrip(" ,.;:")
