"""Two states that say together they keep a document ("Both governments say they remain bound by
it", "Both sides say the agreement is in force", "have both said they abide by the agreement"):
what they say is their adherence (``adheresTo``), not a statement of either. A state speaks
through someone who is said to have said something; "both governments say" only tells the
standing position of the two states, as "both claim the island" does. A promise ("both said they
would respect the ruling") is still said. One speaker's words ("X
said Y remains bound by it") and two people's ("Both leaders said ...") stay statements."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.triggers import Trigger, lemmas_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How the word of keeping hangs on the reported clause's verb: "remain [bound]", "is [in] force",
#: "is in force and [binding]".
_PREDICATES = frozenset({"acomp", "attr", "oprd", "xcomp", "prep", "pobj", "conj"})


def held_by_both(tok: Token, speakers: list) -> bool:
    """Whether ``tok``, a verb of saying with two or more states as its speakers, reports a
    clause whose verb or predicate is one of keeping a document (the adheresTo class's words),
    told as held now, not promised ("will accept the ruling")."""
    if len(speakers) < 2 or any(getattr(e, "kind", None) != "State" for e in speakers):
        return False
    clause = next((ch for ch in tok.children if ch.dep_ == "ccomp"), None)
    if clause is None or g.modal(clause):
        return False  # "said they would respect the ruling": a promise the two make, said
    return any(t.lemma_.lower() in _keeping() or t.lower_ in _keeping() for t in _predicate(clause))


def _predicate(verb: Token) -> list[Token]:
    """The clause's verb and the words its predicate hangs on it, two steps deep ("is in force",
    "remain bound by"), never its subject or object."""
    out, todo = [verb], [verb]
    for _ in range(2):
        todo = [ch for t in todo for ch in t.children if ch.dep_ in _PREDICATES]
        out += todo
    return out


@lru_cache(maxsize=1)
def _keeping() -> frozenset[str]:
    """The adheresTo class's words of keeping: not those it reads only as negated ("never
    rejected the treaty") nor the verbs of regarding that need their "as binding"."""
    return lemmas_of("adheresTo", _keeps)


def _keeps(t: Trigger) -> bool:
    return t.negated != "opposite" and not t.requires_prep and not t.noun or t.reader == "upheld"
