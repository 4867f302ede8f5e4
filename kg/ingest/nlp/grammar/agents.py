"""A passive's by-agent that the parser hung on a time phrase before it: mended in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Nouns of a time phrase ("later in the day", "early in the week") that take no "by" of their own.
_TIMES = frozenset(
    {"day", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"}
)


def mend_agents_hung_on_times(doc: Doc) -> None:
    """Mend, in place, the "by" phrase of a passive verb with no agent that the parser hung on the
    noun of a time phrase of that verb ("He was received later in the day by President Zatlers",
    with "by" a ``prep`` of "day"): it is the verb's agent, who did the receiving."""
    for by in tokens(doc):
        if by.lower_ != "by" or by.dep_ != "prep" or by.head.lemma_.lower() not in _TIMES:
            continue
        prep = by.head.head if by.head.dep_ == "pobj" else None
        if prep is None or prep.dep_ != "prep":
            continue
        verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head
        if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            continue
        by.head, by.dep_ = verb, "agent"


#: Nouns of a "by" phrase that tell how a thing was done, not who did it ("ruled by a majority",
#: "decided by 13 votes to three", "told him by telephone").
_MANNERS = frozenset(
    {"majority", "vote", "consensus", "acclamation", "margin", "telephone", "phone", "videolink"}
)


def mend_manner_by_phrases(doc: Doc) -> None:
    """Mend, in place, a "by" phrase of manner that the parser took for the agent of an active verb
    with a subject of its own ("The tribunal ruled by a majority that ..."): a plain adjunct, so
    the subject stays the doer; and a that-clause it hung on the noun as a relative clause is what
    the verb says ("... that the islands belong to X")."""
    for by in tokens(doc):
        if by.lower_ != "by" or by.dep_ != "agent":
            continue
        verb = by.head
        if not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue
        noun = next((c for c in by.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in _MANNERS:
            continue
        by.dep_ = "prep"
        for clause in [c for c in noun.children if c.dep_ == "relcl"]:
            that = clause.left_edge
            if that.lower_ == "that" and that.i == noun.i + 1:
                clause.head, clause.dep_, that.dep_ = verb, "ccomp", "mark"
                that.head = clause
