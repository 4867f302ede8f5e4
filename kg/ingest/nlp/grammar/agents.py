"""A passive's by-agent that the parser hung on a time phrase before it: mended in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    for by in doc:
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
