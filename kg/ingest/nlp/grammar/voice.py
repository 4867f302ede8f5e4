"""The voice of a verb as the parse tells it, mended where the parser hangs a by-phrase or a
participle so that active reads as passive or the reverse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.memo import kept
from kg.ingest.nlp.grammar.mood import words as mood_words
from kg.ingest.nlp.grammar.participle_misreads import contact_relative, finite_participle
from kg.ingest.nlp.grammar.words import PASS_SUBJ

if TYPE_CHECKING:
    from spacy.tokens import Token


@kept
def is_passive(t: Token) -> bool:
    return (
        any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in t.children)
        or (
            t.dep_ in ("acl", "amod")
            and t.tag_ == "VBN"
            and contact_relative(t) is None
            and not _perfect(t)
        )
        or finite_participle(t)
        or agent_only(t)
        or _shared_passive(t)
    )


def _perfect(t: Token) -> bool:
    """A participle with its own subject and "have" is a perfect, active however the parser hung
    it: "said in a statement that Brasilia had accepted ...", read as the statement's clause."""
    return any(c.dep_ == "nsubj" for c in t.children) and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in t.children
    )


def _shared_passive(t: Token) -> bool:
    """A participle joined to a passive verb with no subject, object or auxiliary of its own
    shares its voice: "was ceded to Botswana in 1890 and handed to Namibia in 1990"."""
    return (
        t.dep_ == "conj"
        and t.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in t.head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "aux") for c in t.children)
    )


def agent_only(t: Token) -> bool:
    """A participle with a by-agent and no object is passive however the parser hung it: "A
    declaration signed by the USSR and Japan restored ..." (read as "declaration" its subject),
    "Signed by Russia and Japan in 1855, the treaty ..."."""
    return (
        t.tag_ in ("VBN", "VBD")  # "The award handed down by the tribunal" tagged a past tense
        and any(c.dep_ == "agent" for c in t.children)
        and not any(c.dep_ in ("dobj", "obj") for c in t.children)
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)
        and t.lemma_ not in mood_words().by_complements  # "Chile abided by the treaty": active
    )  # "Chile has abided by the treaty": a perfect, active


def passive_partner(t: Token) -> list[Token]:
    """The surface subject an active verb shares with the passive verb it is joined to: "Llivia
    was left out of the cession and remained Spanish", "the island was seized in 1971 and has
    stayed under Iranian control" (the passive's by-agent is not the second verb's doer)."""
    if t.dep_ != "conj" or t.head == t or is_passive(t) or not is_passive(t.head):
        return []
    return [c for c in t.head.children if c.dep_ in PASS_SUBJ]
