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
of the quotation after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.named_inside import named_in_report, names
from kg.ingest.nlp.rules.quote_links import link, mark
from kg.ingest.nlp.rules.quoted import (
    asked,
    beside_quotations,
    ends_quoted,
    in_ruling,
    opens_quoted,
)
from kg.ingest.nlp.rules.reported import Speaker, add_first_person, record, spoke_on
from kg.ingest.nlp.rules.silent_tags import silent
from kg.ingest.nlp.rules.slots import fill
from kg.ingest.nlp.rules.unnamed import described
from kg.ingest.nlp.segment import Span, open_quote, quotes
from kg.ingest.nlp.triggers import by_lemma, worded

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

_SPEAKER = frozenset({"speaker"})
_MIN_WORDS = 4  # fewer quoted words are a scare quote ("so-called"), not a statement


@dataclass
class _Tag:
    who: Speaker | None  # None: someone unnamed (rules/silent_tags.py)
    verb: Token
    offset: int  # where the speech verb stands in the article
    distance: int  # tokens between the verb and the quotation (a grammatical link counts as 0)
    quoted: set[int]  # the quoted tokens of the verb's sentence

    @property
    def said(self) -> bool:
        """Whether the quotation is what the verb says, not a name it gives something ('called
        the ruling "a victory"'): then the sentence is the speaker's words."""
        return not any(
            ch.dep_ in ("oprd", "dobj") and ch.i in self.quoted for ch in self.verb.children
        )

    def reaches(self, q: Span) -> bool:
        """Whether the verb also tags ``q`` ('"We," he said, "will ..."'), not just stands before it
        ('"...," she said, adding that they would try "all avenues"')."""
        here = {
            t.i for t in self.verb.doc if q.start <= self.offset - self.verb.idx + t.idx < q.end
        }
        return bool(here) and link(self.verb, here, self.quoted) is not None


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
        parts, tag = _quotation(c, sentences, found, i, spans)
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
            who = who or _announced(c, sentences, held[0])  # 'X told reporters: ¶ "..."'
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
        at = _sentence(sentences, opened.start)
        if runs and at is not None and runs[-1].last >= at - 1:  # '"A," X said. "B ... ¶'
            runs[-1].parts.append(opened.text.strip())
            runs[-1].end = opened.end
            opened = Span(opened.start, opened.end, "")  # said already: only its speaker goes on
        who = runs[-1].who if runs else _announced(c, sentences, sentences[0])
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


def _quotation(
    c: Collector, sentences: list[Sentence], found: list[Span], i: int, spans: list[tuple[int, int]]
) -> tuple[list[Span], _Tag | None]:
    """The quotation starting with ``found[i]`` (that passage and the next ones its tag stands
    between and links, '"We," he said, "will never ..."') and its tag (None: untagged)."""
    parts = [found[i]]
    tag = _tag(c, sentences, found[i], spans)
    while (
        tag is not None
        and i + len(parts) < len(found)
        and _around(sentences, tag, parts[-1], found[i + len(parts)])
        and tag.reaches(found[i + len(parts)])
    ):
        parts.append(found[i + len(parts)])
    return parts, tag


def _around(sentences: list[Sentence], tag: _Tag, before: Span, after: Span) -> bool:
    """Whether the tag stands between two passages of one sentence."""
    where = _sentence(sentences, tag.offset)
    return before.end <= tag.offset < after.start and _sentence(
        sentences, before.start
    ) == where == _sentence(sentences, after.start)


def _tag(
    c: Collector, sentences: list[Sentence], q: Span, spans: list[tuple[int, int]]
) -> _Tag | None:
    """The speech verb that attributes quotation ``q``, and its speaker(s): in the sentence where
    the quotation ends (a tag after it) or where it starts (a tag before it)."""
    inside = [s for s in sentences if s.span.start < q.end and q.start < s.span.end]
    best: _Tag | None = None
    for s in inside[-1:] + inside[:1] if len(inside) > 1 else inside:
        p = s.parsed
        if p is None:
            continue
        quoted = {t.i for t in p.tokens if _quoted(p.offset + t.idx, spans) or mark(t)}
        here = {t.i for t in p.within(q.start, q.end)}
        if not here:
            continue
        for tok, who in _speech_verbs(c, s, p, quoted):
            distance = link(tok, here, quoted)
            if distance is None or (best is not None and best.distance <= distance):
                continue
            best = _Tag(who, tok, p.offset + tok.idx, distance, quoted)
        if best is not None:
            return best
    return None


def _speech_verbs(c: Collector, s: Sentence, p: g.Parsed, quoted: set[int]):
    """Each verb of the ``statement`` class outside the quotations of ``s`` whose speaker the
    parse gives, with that speaker (one, or several coordinated)."""
    for tok in p.tokens:
        if tok.i in quoted or tok.pos_ in ("NOUN", "PROPN"):
            continue
        for rel, trig in by_lemma().get(tok.lemma_.lower(), ()):
            if rel.name != "statement" or trig.noun:
                continue
            if not worded(tok, trig):
                continue  # "made it clear", not any "made"
            if trig.negated == "skip" and g.negated(tok):
                continue
            filled = fill(c, s, p, tok, rel, trig, roles=_SPEAKER)
            if filled is not None:
                who = filled["speaker"]
                yield tok, (who[0] if len(who) == 1 else tuple(who))
            elif silent(p, tok):  # "said a Western diplomat": someone unnamed's words
                yield tok, None


def _opens(text: str, s: Sentence, start: int) -> bool:
    """Whether the quotation at ``start`` opens its sentence (nothing but its mark before it): a
    quotation the sentence only holds ('calls the plan "a step ..."') is no one's words alone."""
    return not text[s.span.start : start].strip(' "“')


def _announced(c: Collector, sentences: list[Sentence], s: Sentence) -> Speaker | None:
    """Who speaks in the sentence right before ``s`` (in its paragraph, or ending the previous
    one), where its main verb is a speech verb not negated: an untagged quotation that follows
    'X told reporters:' or 'X said the army was ready.' is X's words."""
    before = next((b for b in sentences if b.index == s.index - 1), None)
    if before is None and c.last_sentence is not None and c.last_sentence.index == s.index - 1:
        before = c.last_sentence
    if before is None or before.doc is None:
        return None
    p = before.parsed or g.Parsed.of(before.doc, before.span.start, before.masked.mentions)
    text = c.source.text
    spans = [(q.start, q.end) for q in quotes(text, before.span)]
    quoted = {t.i for t in p.tokens if _quoted(p.offset + t.idx, spans) or mark(t)}
    for tok, who in _speech_verbs(c, before, p, quoted):
        if tok.dep_ == "ROOT" and not g.negated(tok) and not in_ruling(p, tok):
            return who
    return None


def _mostly(s: Sentence, start: int, end: int) -> bool:
    """Whether the quotation (start, end) covers half the sentence or more: a quoted phrase in a
    sentence of reported speech leaves the sentence the outlet's ('called the ruling "a victory
    for both" and said ...')."""
    covered = min(end, s.span.end) - max(start, s.span.start)
    return covered * 2 >= s.span.end - s.span.start


def _alone(s: Sentence, tag: _Tag, start: int, end: int) -> bool:
    """Whether a short quotation is its sentence with nothing but its tag beside it ('"Not one
    inch," the president said'), or most of it: a sentence of its own, not a scare quote."""
    if _mostly(s, start, end):
        return True
    p = s.parsed
    if p is None or not s.span.start <= tag.offset < s.span.end:
        return False
    own = {t.i for t in tag.verb.subtree}
    return all(t.is_punct or t.i in own or start <= p.offset + t.idx < end for t in p.tokens)


def _sentence(sentences: list[Sentence], offset: int) -> int | None:
    return next((s.index for s in sentences if s.span.start <= offset < s.span.end), None)


def _joined(parts: list[str]) -> str:
    """Quotations of one run, each a sentence ('"A," he said. "B."' is "A. B")."""
    out = ""
    for part in parts:
        if out:
            out += " " if out[-1] in ".!?" else ". "
        out += part
    return out.rstrip(" ,.;:")


def _quoted(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)
