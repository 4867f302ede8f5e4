"""A quotation's tag: the verb of the ``statement`` class that attributes it and its speaker, in the
sentence where the quotation ends or starts, linked to it by the parse or standing next to it
(kg.ingest.nlp.rules.quote_links); the passages one tag joins into one quotation ('"We," he
said, "will ..."'); and who speaks in the sentence before an untagged one ('X told reporters:').
Split from kg.ingest.nlp.rules.speech, which makes the statements of the tagged quotations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.quote_links import link, mark
from kg.ingest.nlp.rules.quoted import in_ruling
from kg.ingest.nlp.rules.reported import Speaker
from kg.ingest.nlp.rules.silent_tags import silent
from kg.ingest.nlp.rules.slots import fill
from kg.ingest.nlp.segment import Span, quotes
from kg.ingest.nlp.triggers import by_lemma, worded

if TYPE_CHECKING:
    from spacy.tokens import Token

_SPEAKER = frozenset({"speaker"})


@dataclass
class Tag:
    """A quotation's tag: the speech verb, its speaker, and how near the quotation it stands."""

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


def quotation(
    c: Collector, sentences: list[Sentence], found: list[Span], i: int, spans: list[tuple[int, int]]
) -> tuple[list[Span], Tag | None]:
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


def _around(sentences: list[Sentence], tag: Tag, before: Span, after: Span) -> bool:
    """Whether the tag stands between two passages of one sentence."""
    where = sentence_index(sentences, tag.offset)
    return before.end <= tag.offset < after.start and sentence_index(
        sentences, before.start
    ) == where == sentence_index(sentences, after.start)


def _tag(
    c: Collector, sentences: list[Sentence], q: Span, spans: list[tuple[int, int]]
) -> Tag | None:
    """The speech verb that attributes quotation ``q``, and its speaker(s): in the sentence where
    the quotation ends (a tag after it) or where it starts (a tag before it)."""
    inside = [s for s in sentences if s.span.start < q.end and q.start < s.span.end]
    best: Tag | None = None
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
            best = Tag(who, tok, p.offset + tok.idx, distance, quoted)
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
            if rel.name != "statement" or trig.noun or trig.unquoted == "starts":
                continue  # 'Baghdad wanted "a fair deal"' inside a tag's words tags no quotation
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


def announcer(c: Collector, sentences: list[Sentence], s: Sentence) -> Speaker | None:
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


def sentence_index(sentences: list[Sentence], offset: int) -> int | None:
    """The index of the sentence that holds ``offset``, if one does."""
    return next((s.index for s in sentences if s.span.start <= offset < s.span.end), None)


def _quoted(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)
