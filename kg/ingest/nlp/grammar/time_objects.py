"""A verb's object that the parser took into the time count after it: mended in place.

A wire tells a quick answer in few words: "Guatemala rejected the protest hours later", "Baghdad
dismissed the note days later". The small parser reads "the protest hours" as one noun hung on
"later", so the verb acts on nothing and the rejection is lost. A noun right before a plural of
time that counts how long after (or before), on a verb with no object of its own, is that verb's
object; a passive ("was rejected hours later") has none to take."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Nouns that count the time after (or before) a deed ("hours later", "days earlier").
_SPANS = frozenset({"minute", "hour", "day", "week", "month", "year"})
#: The adverbs such a count measures.
_AFTER = frozenset({"later", "earlier", "afterwards", "after", "before"})


def mend_objects_read_into_times(doc: Doc) -> None:
    """Mend, in place, "[the protest] hours later" read as one noun hung on "later": the first
    noun (with its determiner and modifiers) is the object of the verb "later" modifies, where
    that verb has no object of its own."""
    for span in tokens(doc):
        if span.tag_ != "NNS" or span.lemma_.lower() not in _SPANS or span.dep_ != "npadvmod":
            continue
        adverb = span.head
        if adverb.lower_ not in _AFTER or adverb.head.pos_ != "VERB":
            continue
        verb = adverb.head
        if _has_object(verb):
            continue
        noun = next((c for c in span.children if c.dep_ == "compound" and c.i == span.i - 1), None)
        if noun is None or noun.pos_ != "NOUN" or noun.i < verb.i:
            continue
        for word in [c for c in span.children if c.i < noun.i]:
            word.head = noun  # "the", "formal", "Chilean": the object's own words
        noun.head, noun.dep_ = verb, "dobj"


def _has_object(verb: Token) -> bool:
    """Whether the verb already acts on something (or is a passive, which has none to take)."""
    return any(c.dep_ in ("dobj", "obj", "auxpass", "ccomp") for c in verb.children)
