"""The statement class's triggers, once their slots are filled: whether a speech verb states
anything of its own (not inside what another one says, not a ruling's words, not a question), what
was said around a tag set in its middle, and the statement recorded. Speech needs checks and a
record that no other relation class has; kept apart, the relation reader stays about finding
triggers and filling their roles."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.roles import clause_of
from kg.ingest.nlp.rules import (
    inner_quotes,
    joint_adherence,
    named_after,
    said_twice,
    speech,
    titled_later,
    unasserted,
    unnamed,
    voices,
)
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.grammar_slots import slot_tokens
from kg.ingest.nlp.rules.named_inside import named_in_report
from kg.ingest.nlp.rules.official_words import official_told
from kg.ingest.nlp.rules.tag_speakers import tag_subjects
from kg.ingest.nlp.rules.tags import is_tag, said_beside, tag_span, words_hung_on_tag
from kg.ingest.nlp.segment import opening_quotation, through_quotation
from kg.ingest.nlp.triggers import Trigger, speaks

if TYPE_CHECKING:
    from spacy.tokens import Token


def statement(
    c: Collector, s: Sentence, p: g.Parsed, tok: Token, trig: Trigger, filled: dict[str, list]
) -> None:
    """One statement of a speech trigger whose slots are filled: who said it and what, unless the
    verb stands inside what another one says or the words are the outlet's own."""
    if (_inside_speech(tok, trig) and not official_told(p, tok)) or (
        trig.unquoted in ("opens", "starts") and _reported_in(tok)
    ):
        return  # "said he would tell him that ...": the outer verb is the statement
    if trig.unquoted == "skip" and named_in_report(tok):
        return  # 'said Moscow would respond to what he called "hostile actions"': said's words
    if _relayed(tok) is not None or _quoting(p, tok, trig):
        return  # "X said ..., Xinhua reported": X's words; the outlet only passes them on
    if speech.in_ruling(p, tok) or speech.asked(c, s):
        return  # "said in an advisory opinion that ...": the ruling's; "Did X say ...?"
    if unasserted.unasserted(p, tok, trig):
        return  # "demanded that the accord be revised", "according to a statement from X"
    said_span = filled["quote_start"][0]
    if (
        s.quote is None  # inside a quotation the speaker is the quotation's ...
        or (
            isinstance(said_span, tuple)  # ... but not '"...," she said, adding that ...'
            and speech.beside_quotations(c, s, p.offset + tok.idx, said_span)
        )
        or _naming_quoted(c, s, p.offset + tok.idx, said_span, trig)
    ):
        if isinstance(said_span, tuple):
            said_span = through_quotation(c.source.text, s.span, said_span)
        if "quote_start" in trig.quoted and isinstance(said_span, tuple):
            said_span = opening_quotation(c.source.text, s.span, said_span)
        quoted = "quote_start" in trig.quoted and speech.ends_quoted(c, s, said_span)
        if trig.unquoted == "opens" and not speech.opens_quoted(c, s, said_span):
            quoted = False  # 'urged X to withdraw it, calling it "unjust"': another verb's
        if trig.unquoted == "starts":  # 'welcomed "a new era"', not 'rejected the claim that "..."'
            verb = p.offset + tok.idx  # nor 'Israel "regrets the decision"': the quotation's own
            if not speech.opens_quoted(c, s, said_span) or any(a <= verb < b for a, b in c.quoted):
                return
            quoted = True
        if not quoted and trig.unquoted in ("skip", "opens") and isinstance(said_span, tuple):
            inner = inner_quotes.own_quotations(c, s, p, tok, said_span)
            if inner is None:
                return  # "described Kyiv as the birthplace of ...": the outlet's words
            said_span = inner if trig.unquoted == "skip" else said_span  # what he called X's "Y"
            quoted = True
        if not quoted and trig.unquoted in ("skip", "opens"):
            return
        speakers = filled["speaker"]  # "A and B said": one statement of both
        if joint_adherence.held_by_both(tok, speakers):
            return  # "Both governments say they remain bound by it": their adherence
        if isinstance(said_span, tuple) and voices.narrated(
            p, _speaker_words(p, tok, trig), speakers, said_span
        ):
            return  # "Tamaki met Glass ..., his office said": the office's account of his deeds
        if isinstance(said_span, tuple) and voices.head_narrated(c, p, speakers, said_span):
            return  # "President X received Y, the presidency said": the bureau's account of him
        who = speakers[0] if len(speakers) == 1 else tuple(speakers)
        hosted = is_tag(tok) or any(slot == "host" for slot, _ in trig.slots)
        said = _without_tag(p, tok) if hosted else None
        rule = f"{trig.rule}:{tok.lemma_.lower()}"
        # the words whole, and each later clause with a "that" of its own as said on its own,
        # unless they are the grounds of one case argued ("argued that A and that B")
        spans = [said_span]
        if said is None and tok.lemma_.lower() not in lexicon.load().argued_whole:
            spans += said_twice.parts(p, said_span)[1:]
        facts = [
            speech.record(c, s, who, sp, rule, said, 1 if quoted else 3, own_evidence=i > 0)
            for i, sp in enumerate(spans)
        ]
        if isinstance(said_span, tuple):  # "told ... that A, and that B"; "A, X said, and B"
            for sp in said_twice.joined_to_verb(p, tok, said_span):
                speech.record(c, s, who, sp, rule, None, 3, own_evidence=True)
        fact = facts[0]
        unnamed.described(c, tok, fact, s.index)
        named_after.note_group(c, s, tok, fact)
        titled_later.note(c, tok, fact)


def _naming_quoted(c: Collector, s: Sentence, verb: int, said: object, trig: Trigger) -> bool:
    """'"...," she said, calling the plan "unacceptable"': a verb that names a thing in quoted
    words of its own, outside the sentence's other quotation, says them itself."""
    if trig.unquoted not in ("skip", "opens") or not isinstance(said, tuple):
        return False
    text = c.source.text
    first = next((i for i in range(*said) if text[i].isalnum()), said[0])
    spans = [(a, b) for a, b in c.quoted if a < s.span.end and s.span.start < b]
    return not any(a <= verb < b for a, b in spans) and any(verb < a <= first < b for a, b in spans)


def _inside_speech(tok: Token, trig: Trigger) -> bool:
    """Whether the speech verb stands in what another one says ("said he would tell him that"),
    not beside it ("reaffirmed the claim but said ...", "said ..., adding that ...")."""
    node, through_clause = tok, False
    if said_beside(tok):
        return False  # "..., while Tokyo said it would keep pressing": Tokyo's, beside the first
    for _ in range(12):
        if node.head == node:
            return False
        if (
            node is tok
            and node.dep_ == "advcl"
            and node.tag_ == "VBG"
            and node.head.lemma_.lower() in trig.lemmas
        ):
            return False  # "..., he said, adding that ...": a second statement beside the first
        if node.dep_ == "relcl" and _acting(node.head) and not through_clause:
            return False  # "X, who said at the time that ..., did not comment": X's, beside it
        through_clause = through_clause or node.dep_ in ("ccomp", "xcomp", "advcl", "relcl")
        node = node.head
        if node.i == tok.head.i and is_tag(tok):
            continue  # "He was clear: the first step would be ...": the clause it reports
        if through_clause and node.lemma_.lower() in trig.lemmas:
            return _relayed(node) != tok
    return False


def _acting(noun: Token) -> bool:
    """Whether a noun a relative clause hangs on is who acts in the clause above it: its subject,
    a passive's agent ("announced by the ministry, which said that ..."), or a phrase in
    apposition to either. What such a noun's clause says is its own, beside the verb above."""
    if noun.dep_ == "appos":
        return _acting(noun.head)
    return noun.dep_ in ("nsubj", "nsubjpass") or (
        noun.dep_ == "pobj" and noun.head.dep_ == "agent"
    )


def _reported_in(tok: Token) -> bool:
    """Whether a verb whose quoted words are a fragment ('accused Oslo of "militarising ..."',
    'urged X to "withdraw"') stands in the clause another speech verb reports ("Y said Moscow
    ... but accused Oslo of ..."): the fragment is then the reporting speaker's words, which that
    verb's statement holds, not a statement of the reported clause's subject."""
    node, through_clause = tok, False
    for _ in range(12):
        if node.head == node:
            return False
        if node.dep_ == "relcl" and _acting(node.head) and not through_clause:
            return False  # 'said Cameli, who described the treaty as "..."': Cameli's own
        through_clause = through_clause or node.dep_ in ("ccomp", "xcomp", "relcl")
        node = node.head
        if through_clause and speaks(node) and not is_tag(node):
            return _relayed(node) is None
    return False


#: Verbs by which an outlet passes on what someone said ("X said ..., Xinhua reported").
_RELAYS = frozenset({"report"})


def _relayed(tok: Token) -> Token | None:
    """The speech verb with a subject of its own that a verb of reporting passes on ("Wang Yi
    said the islands were Chinese, the Xinhua news agency reported": said), if ``tok`` is one."""
    if tok.lemma_.lower() not in _RELAYS:
        return None
    return next(
        (ch for ch in tok.children if ch.dep_ == "ccomp" and speaks(ch) and g.subjects(ch)),
        None,
    )


#: Verbs by which a speaker's phrase tells that it passes on another's words ("according to the
#: agency, which quoted X", "the newspaper, citing officials").
_QUOTING = frozenset({"quote", "cite"})


def _speaker_words(p: g.Parsed, tok: Token, trig: Trigger) -> list[Token]:
    """The words standing in a speech trigger's speaker slot."""
    return [
        t for slot, role in trig.slots if role == "speaker" for t in slot_tokens(p, tok, trig, slot)
    ]


def _quoting(p: g.Parsed, tok: Token, trig: Trigger) -> bool:
    """Whether the speaker is told as quoting someone else ("..., according to the Itar-Tass news
    agency, which quoted Alexander Zhukov"): the words are the one quoted's, not the outlet's."""
    heads = _speaker_words(p, tok, trig)
    return any(
        ch.dep_ in ("relcl", "acl")
        and ch.lemma_.lower() in _QUOTING
        and any(o.dep_ == "dobj" for o in ch.children)  # not "Lavrov, quoted by RIA, said"
        for h in heads
        for ch in h.children
    )


def _without_tag(p: g.Parsed, tag: Token) -> str:
    """What was said around a speech tag set in its middle, without the tag and its commas."""
    span = tag_span(tag)
    if span is not None:  # the tag is the sentence's head: all but the tag and its commas
        keep = [t for t in tag.doc if not span[0] < t.i <= span[1]]
    else:
        inside = {t.i for t in tag.subtree} | {t.i for x in tag_subjects(tag) for t in x.subtree}
        inside -= {t.i for x in words_hung_on_tag(tag) for t in x.subtree}  # ", but only once"
        keep = [
            t
            for t in clause_of(tag).subtree
            if t.i not in inside and not (t.is_punct and t.i - 1 in inside)
        ]
    words = "".join(
        t.text + (t.whitespace_ if i + 1 < len(keep) and keep[i + 1].i == t.i + 1 else " ")
        for i, t in enumerate(keep)
    )  # the text's own spacing ("Japan-Soviet") where kept
    return re.sub(r"\s+", " ", re.sub(r"\s+([,.;:!?’'])", r"\1", words)).strip(" ,.;:")
