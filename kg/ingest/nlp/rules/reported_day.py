"""The day of a deed told as reported speech with no date of its own: "Ortega said Nicaragua
recognised the judgment as final", "Islamabad suspended trade with India, the statement said".

News reports the day's deeds through a speech verb in the past and shifts the deed's tense back
with it; a deed so told, in a sentence that names no date, is the report's own day (so is one told
in the past progressive, "said it was suspending the patrols": announced as done). A deed in the
past perfect ("said X had recognised") was done before the words that report it, and a deed a
present speech verb reports ("says X recognised") may be of any time: neither is dated so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.dates import find_dates
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.triggers import speech_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The relations of deeds whose date this rule and rules/at_the_time.py give (documents are dated
#: by their own rules; a meeting so told, "the two ministers held talks, the ministry said", is one
#: told before).
EVENTS = frozenset({"protests", "recognizes", "suspends", "incorporates", "handedOverTo"})


def reported_day(c: Collector, s: Sentence, tok: Token, rel: str) -> str | None:
    """The report's day for a deed ``tok`` tells in the past inside what a past speech verb
    reports, where the sentence names no date; else None."""
    if rel == "agreedTo":
        return agreed_day(c, s, tok)
    if rel not in EVENTS or c.ref is None:
        return None
    verb = g.governor(tok) or tok if tok.pos_ in ("NOUN", "PROPN") else tok
    if not (_simple_past(verb) or _past_progressive(verb)) or _speech(verb) is None:
        return None
    if find_dates(c.source.text, s.span.start, s.span.end, c.ref):
        return None  # a date the sentence gives is another deed's, not the report's
    return c.ref.isoformat()


def agreed_day(c: Collector, s: Sentence, tok: Token) -> str | None:
    """ "Ayebare said the two countries had agreed to continue talks": an agreement a past speech
    verb reports in the past perfect is the speaker's "we have agreed" told back a tense, made
    just before the words (the talks they report on), so of the report's day where the sentence
    names no date, as one told in the simple past is ("said they agreed to"). Unlike the other
    deeds above, whose past perfect may reach back any time."""
    if c.ref is None:
        return None
    verb = g.governor(tok) or tok if tok.pos_ in ("NOUN", "PROPN") else tok
    if not (g.perfect(verb, past=True) or _simple_past(verb)) or _speech(verb) is None:
        return None
    if find_dates(c.source.text, s.span.start, s.span.end, c.ref):
        return None
    return c.ref.isoformat()


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past, active ("recognised") or passive ("were transferred")."""
    if any(ch.dep_ == "aux" for ch in verb.children):
        return False  # "had recognised", "would recognise", "did not": no simple past
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        ch.dep_ == "auxpass" and ch.tag_ == "VBD" for ch in verb.children
    )


def _past_progressive(verb: Token) -> bool:
    """ "said the DRC was suspending joint patrols": the speaker's "we are suspending" told back a
    tense, a deed announced as it is done, so of the day of the words (not "had been suspending")."""
    auxes = [ch for ch in verb.children if ch.dep_ == "aux"]
    return (
        verb.tag_ == "VBG"
        and len(auxes) == 1
        and auxes[0].lemma_ == "be"
        and auxes[0].tag_ == "VBD"
    )


def _speech(verb: Token) -> Token | None:
    """The past speech verb whose content clause holds ``verb`` (or the first of the verbs it is
    coordinated with): "said [X recognised ...]", "[X suspended ...], the statement said"."""
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    said = head.head
    if _content_of_noun(head):  # "said in a statement that Chile suspended ...", hung on the noun
        said = said.head.head
    elif head.dep_ != "ccomp":
        return None
    if said.lemma_.lower() not in speech_verbs():
        return None
    if said.tag_ != "VBD" or any(ch.dep_ == "aux" for ch in said.children):
        return None
    return said


def _content_of_noun(clause: Token) -> bool:
    """A content clause the parser hangs on the noun of the speech verb's phrase ("said in a
    statement that Chile suspended ..."): its subject is its own, no relative pronoun."""
    noun = clause.head
    return (
        clause.dep_ in ("acl", "relcl")
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and any(ch.dep_ == "nsubj" and ch.tag_ not in ("WDT", "WP") for ch in clause.children)
    )
