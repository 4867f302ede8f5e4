"""Where the thing a prepositional phrase names lies, hung by the parser on the verb before it.

"delivered a protest to Venezuela over construction work [on an airstrip extension on Ankoko
Island]": the small parser hangs the place phrase on "delivered", so "what was protested" would stop
at "construction work" and lose the land it is about. A phrase of place ("on", "near", "along",
"off", "around", "inside") right after the object of "over" (or "against", "about") and hung on an
earlier word of the same clause tells where that thing is: no one delivers a note on an airstrip.
A time ("on Monday", "on Nov. 30") and a phrase of manner ("on behalf of", "on the grounds that")
stay the verb's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.dates import a_time

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions of place a misplaced phrase after the object opens.
_PLACES = frozenset({"on", "near", "along", "off", "around", "inside", "beside"})
#: The prepositions whose object the place phrase describes: what a deed is over or against.
_TOPICS = frozenset({"over", "against", "about"})
#: Nouns of "on" phrases that tell how or why, not where ("on behalf of", "on the grounds that").
_MANNERS = frozenset({"behalf", "ground", "basis", "condition", "account", "instruction", "order"})


def place_after(obj: Token) -> Token | None:
    """The place phrase the parser hung before ``obj`` that follows it and tells where it lies."""
    prep = obj.head
    if obj.dep_ != "pobj" or prep.lower_ not in _TOPICS:
        return None
    after = obj.right_edge.i + 1
    if after >= len(obj.doc):
        return None
    x = obj.doc[after]
    if x.dep_ != "prep" or x.lower_ not in _PLACES or x.head.i >= prep.i:
        return None
    if x.head not in prep.ancestors:
        return None
    noun = next((c for c in x.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() in _MANNERS or a_time(noun):
        return None
    if any(w.ent_type_ in ("DATE", "TIME") for w in x.subtree):
        return None
    return x
