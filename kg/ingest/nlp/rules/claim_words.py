"""The nouns of a trigger class that name its act ("claim", "protest", "complaint"), and whether a
rejection's words name a claim: read by the stances and the disputes."""

from __future__ import annotations

from functools import cache

from kg.ingest.nlp.triggers import lemmas_of


@cache
def nouns_of(relation: str, proper: bool = False) -> frozenset[str]:
    """The nouns of a trigger class ("claims": "claim"; "protests": "protest", "complaint"); with
    ``proper``, only those that name the act whoever holds the land ("claim"), not those that claim
    only what another holds ("territory", "sovereignty": ``unheld``). A noun that names the act
    only with its object ("a demand for the return of X", not "a demand") is none."""
    return lemmas_of(
        relation, lambda t: t.noun and not t.object_lemmas and not (proper and t.unheld)
    )


def names_claim(what: object) -> bool:
    """Whether a rejection's ``what`` names a claim ("China's claims to the islands", "the claim"),
    not an act or a ruling ("the annexation", "the award")."""
    if not isinstance(what, str):
        return False
    words = {w.strip(".,'\"").lower() for w in what.split()}
    return any(
        w in nouns_of("claims", proper=True)
        or w.removesuffix("s") in nouns_of("claims", proper=True)
        for w in words
    )
