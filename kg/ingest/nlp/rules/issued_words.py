"""Whose words "the statement" carries: news tells who put out a statement, a communique or a note
("The Japanese Foreign Ministry issued a statement on Monday", "Japan said in a statement ...")
and goes on with the text alone ("The statement said ...", "The communique added that ...").
The speaker of such a sentence is whoever issued that noun last, a few sentences before; a text
the article does not say who issued speaks for no one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.acted_documents import carries_speech
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules import arguments
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.day_documents import day_documents
from kg.ingest.nlp.rules.when import date_or_today
from kg.ingest.nlp.triggers import by_lemma, speech_verbs, worded
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How far back (sentences) "the statement" still means the one last issued
_REACH = 4
_SPEAKERS = frozenset({"P", "S", "O"})
#: Who issues a text (FORMAT.md's ``issued``): a state or an organisation
_ISSUERS = frozenset({"S", "O"})
#: Who issued a text, by how its noun stands: its possessor or the name before it ("Japan's
#: statement", "a Kremlin statement"), or the phrase after "from"/"by"
_OWNER = frozenset({"poss", "compound", "amod", "nmod"})


def note(c: Collector, s: Sentence) -> None:
    """Remember who issued each text the sentence names: the subject of a verb of the ``issued``
    class whose object it is ("X issued a statement"), or of a speech verb that says it was put
    in one ("X said in a statement", "In a joint communique, A and B said"), or its owner."""
    p = s.parsed
    if p is None:
        return
    nouns = lexicon.load().spoken_nouns
    for tok in p.tokens:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        who = _issuer(c, p, tok)
        if who:
            c.issued_words[tok.lemma_.lower()] = (s.index, who)
        _speaking_text(c, s, p, tok)


def _speaking_text(c: Collector, s: Sentence, p: g.Parsed, noun: Token) -> None:
    """ "The presidency issued a statement saying ...", "A statement issued by the ministry said
    ...", "A and B issued statements condemning ...": a text that carries what was said stays the
    speech rules' (acted_documents.py makes it no document), yet its issuers issued it: an issued
    fact each, dated by the clause or the report's day."""
    if (m := p.mention(noun)) is not None and m.tag == "D":
        return  # a document already: the issued triggers read it
    if noun.lemma_.lower() not in day_documents() or not carries_speech(noun):
        return
    verb: Token | None = noun.head
    if noun.dep_ != "dobj" or not _issuing(noun.head, noun):
        verb = next((v for v in noun.children if v.dep_ == "acl" and _issuing(v, noun)), None)
        if verb is not None and not g.is_passive(verb):
            return  # "a statement issuing ...": no doer told
    if verb is None or g.negated(verb) or g.modal(verb):
        return
    doers = g.subjects(verb)
    issuers = [
        e for f in g.fillers(p, doers, {"S", "O"}) for e in arguments.entities(c, f, _ISSUERS)
    ]
    if not issuers:
        return
    label = " ".join(
        [
            *(t.lower_ for t in noun.children if t.dep_ == "amod" and t.i < noun.i),
            noun.lemma_.lower(),
        ]
    )
    doc = Entity(
        "Document",
        c.disc.local_key("Document", label),
        label,
        (noun.lemma_.lower(), noun.lower_),
        None,
    )  # "statements": the plural as written too
    date = date_or_today(c, s, p, verb) or (c.ref.isoformat() if c.ref else None)
    for issuer in dict.fromkeys(issuers):
        c.add(
            "issued", {"issuer": issuer, "document": doc, "date": date}, s, "issued-speaking", 0.75
        )


def speaker(
    c: Collector,
    s: Sentence,
    p: g.Parsed,
    toks: list[Token],
    reach: int = _REACH,
    issued: str | None = None,
) -> list[Entity]:
    """The speaker of "The statement said ..." (a text told of before, with "the" and no name of
    its own): whoever issued that text (or the ``issued`` noun, for the act the text carries) in
    the last few (``reach``) sentences."""
    if len(toks) != 1:
        return []
    noun = toks[0]
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in lexicon.load().spoken_nouns:
        return []
    if not any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children):
        return []  # "a statement said": none told of before
    if any(
        (m := p.mention(t)) is not None and m.tag != "D"
        for ch in noun.children
        if ch.dep_ in _OWNER or ch.dep_ in ("prep", "agent") and ch.lower_ in ("from", "by")
        for t in ch.subtree
    ):
        return []  # "the Chinese statement": its own issuer, read as the subject's words (not
        # "the protest, handed to the Chinese embassy, said": whom it was handed to)
    known = c.issued_words.get(issued or lemma)
    if known is None or not 0 < s.index - known[0] <= reach:
        return []
    return list(known[1])


def _issuer(c: Collector, p: g.Parsed, noun: Token) -> list[Entity]:
    owners = [ch for ch in noun.children if ch.dep_ in _OWNER] + [
        o
        for ch in noun.children
        if ch.dep_ in ("prep", "agent") and ch.lower_ in ("from", "by")
        for o in ch.children
        if o.dep_ == "pobj"
    ]
    verb = None
    if noun.dep_ == "dobj" and _issuing(noun.head, noun):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in":
        host = noun.head.head  # "rejected the protest in a statement": the phrase on the object
        verb = host.head if host.dep_ == "dobj" and host.head.pos_ == "VERB" else host
        verb = verb if _speaking(verb) else None
    found = g.fillers(p, owners, set(_SPEAKERS)) if owners else []  # not "a joint statement"
    if not found and verb is not None:
        found = g.fillers(p, g.subjects(verb), set(_SPEAKERS))
    return [e for m in found for e in arguments.entities(c, m, _SPEAKERS)]


def _issuing(verb: Token, noun: Token) -> bool:
    """A verb of the ``issued`` class ("issued", "released", "published" a text), or one that
    carries the noun as a light verb ("lodged a protest": the protests class's ``light``)."""
    lemma = verb.lemma_.lower()
    return any(  # as worded: "signed off on a paper" issues it, "signed a declaration" does not
        rel.name == "issued"
        and not trig.noun
        and ("object", "document") in trig.slots  # not "the court rejected the statement"
        and worded(verb, trig)
        for rel, trig in by_lemma().get(lemma, ())
    ) or any(
        trig.noun and lemma in trig.light for _, trig in by_lemma().get(noun.lemma_.lower(), ())
    )


def _speaking(verb: Token) -> bool:
    """A verb of the ``statement`` class ("said in a statement")."""
    return verb.lemma_.lower() in speech_verbs()
