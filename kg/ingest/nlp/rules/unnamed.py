"""Speakers told of in other sentences: described before they are named ("an official of the
Russian Foreign Ministry told reporters ... The official, Maria Zakharova, ..." — the statement is
the named person's), and the document a later "it" stands for ("The document hardens its
language. It says ..." — the document's content, no one's statement)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar.kept_tokens import tokens
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.tag_speakers import tag_subjects
from kg.model import Entity, Fact

if TYPE_CHECKING:
    from spacy.tokens import Token


def described(c: Collector, tok: Token, fact: Fact | None, index: int | None = None) -> None:
    """Remember a statement whose speaker is described, not named: the speech verb's subject is a
    common noun introduced with "a"/"an" ("an official of the Russian Foreign Ministry told
    reporters"), its speaker found inside that phrase. A later "The official, <name>," names
    who spoke (:func:`named_later`)."""
    if fact is None:
        return
    subj = tag_subjects(tok)
    if len(subj) == 1 and subj[0].pos_ == "NOUN" and _introduced(subj[0]):
        c.unnamed[subj[0].lemma_.lower()] = fact
    who = fact.args["speaker"]
    if (
        len(subj) == 1
        and subj[0].pos_ == "NOUN"
        and isinstance(who, Entity)
        and who.kind in ("State", "Organization")
        and index is not None
        and _a_person(c, subj[0])
    ):  # "Chile's foreign minister said ...": credited to Chile; "He added ..." is Chile's too
        c.unnamed_voice = (index, who)


def unnamed_voice(c: Collector, index: int) -> Entity | None:
    """Whom "he" or "she" speaks for right after a statement of an unnamed person credited to a
    state or body ("Chile's foreign minister said ... He also said ..."): that state or body."""
    if c.unnamed_voice is None or not 0 < index - c.unnamed_voice[0] <= _VOICE_WINDOW:
        return None
    return c.unnamed_voice[1]


#: How many sentences on "he" may still mean the unnamed person who spoke last.
_VOICE_WINDOW = 2


def _a_person(c: Collector, noun: Token) -> bool:
    """Whether a common noun names one person: an office ("foreign minister") or one who speaks
    for a body ("spokesman"), not the body itself ("ministry")."""
    word = noun.lemma_.lower()
    return noun.tag_ == "NN" and (
        c.gz.office(word) is not None
        or word in lexicon.load().spokespeople
        and word not in lexicon.load().body_heads
    )


def named_later(c: Collector, s: Sentence) -> None:
    """ "The official, Maria Zakharova, ...": the person the apposition names is who made the
    statement an official was credited with (the described noun again, now with "the")."""
    if not c.unnamed or s.doc is None:
        return
    for tok in tokens(s.doc):
        fact = c.unnamed.get(tok.lemma_.lower())
        if fact is None or not any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children):
            continue
        for ap in tok.children:
            if ap.dep_ != "appos":
                continue
            at = s.span.start + ap.idx
            person = next(
                (
                    m.entity
                    for m in s.masked.mentions
                    if m.tag == "P" and m.entity is not None and m.start <= at < m.end
                ),
                None,
            )
            if person is not None and fact in c.facts:
                c.replace(fact, replace(fact, args={**fact.args, "speaker": person}))
                del c.unnamed[tok.lemma_.lower()]
                return


def _introduced(noun: Token) -> bool:
    return any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children)


def document_subject(c: Collector, s: Sentence) -> None:
    """Note whether the sentence's main subject is a document ("The white paper also hardens its
    language"): an "It says ..." right after it is the document speaking, not a person or state.
    Also which documents the sentence names: an object "it" in the next is the one it names."""
    named = [m.entity for m in s.masked.mentions if m.tag == "D" and m.entity is not None]
    c.documents_named = (s.index, tuple(dict.fromkeys(named)))
    if s.doc is None:
        return
    for tok in tokens(s.doc):
        if tok.dep_ != "ROOT":
            continue
        for subj in (ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")):
            at = s.span.start + subj.idx
            m = next((m for m in s.masked.mentions if m.start <= at < m.end), None)
            if m is not None and m.tag == "D":
                c.document_subject = s.index
                c.document_topic = (s.index, m.entity) if m.entity is not None else None
            elif m is not None or subj.lower_ not in ("it", "its"):
                c.document_subject = None
                c.document_topic = None
            elif c.document_topic is not None and c.document_topic[0] == s.index - 1:
                c.document_topic = (s.index, c.document_topic[1])  # "It also bars ...": still it
