"""What an act of protest is over, told by the verb of stance it is coordinated with: "Colombia
rejected a decree ... and summoned Nicaragua's charge d'affaires to protest", "The ministry summoned
the envoy and demanded that the restrictions be lifted". The two verbs share one subject, so the
thing the one rejects, condemns or demands to be undone is what the other protests; the verbs are
data (``stance_beside`` of data/lexicon/references.yaml)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def _stances(kind: str) -> frozenset[str]:
    """The verbs whose object (``objects``) or clause's subject (``clauses``) is what is protested."""
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml").get("stance_beside", {})
    return frozenset(data.get(kind, ()))


def _own_subject(v: Token) -> bool:
    return any(x.dep_ in ("nsubj", "nsubjpass") for x in v.children)


def _sharing(host: Token) -> list[Token]:
    """The verbs that share ``host``'s subject: those coordinated with it (none with a subject of
    its own beyond the first of the chain) and its participles."""
    first = host
    while first.dep_ == "conj" and first.head != first and not _own_subject(first):
        first = first.head
    chain = [first, *(v for v in first.subtree if v.dep_ == "conj" and v.head == first)]
    # "summoned Japan's envoy, denouncing the white paper": a participle shares its subject too
    chain += [v for v in host.children if v.dep_ == "advcl" and v.tag_ == "VBG"]
    return [
        v for v in chain if v != host and v.pos_ == "VERB" and (v == first or not _own_subject(v))
    ]


def stance_beside(host: Token) -> list[Token]:
    """What the verb of stance that shares ``host``'s subject is about: its object (not a
    pronoun: "rejected it" names nothing), else the subject of its clause ("demanded that the
    restrictions be lifted")."""
    if host.pos_ != "VERB":
        return []
    for v in _sharing(host):
        lemma = v.lemma_.lower()
        found = [
            o for o in g.objects(v) if lemma in _stances("objects") and o.pos_ in ("NOUN", "PROPN")
        ]
        found = found or [
            s
            for cl in v.children
            if cl.dep_ == "ccomp" and lemma in _stances("clauses")
            for s in cl.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "NOUN"
        ]
        if found:
            return found
    return []
