"""The document an act of incorporation is done under: "a treaty under which the peninsula becomes
part of Russia", "Under the 1984 Act, the islands were declared part of Australia", "reincorporated
into Peru under a treaty with Chile". The "under" (or "by", "through") phrase hangs on the verb of
the act, not on the predicate noun the trigger is, so the trigger's own slots never reach it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions of "the treaty under which ...", "the law by which ...".
_THROUGH = frozenset({"under", "by", "through", "with"})

#: How a predicate noun hangs on the verb that declares it ("declared X part of Y", "became part").
_PREDICATES = frozenset({"attr", "oprd", "xcomp", "acomp"})


def document_under_which(p: g.Parsed, verb: Token) -> Entity | None:
    """The document of "a treaty under which X becomes ...": the noun the relative clause hangs on;
    or of "Under the accord, X became ...": the object of the verb's own "under"."""
    if verb.dep_ != "relcl":
        own = [o for w in _THROUGH - {"with"} for o in g.preps(verb, w)]
        return next(
            (m.entity for m in g.fillers(p, own, {"D"}) if m.entity is not None),
            None,
        )
    through = any(
        pr.dep_ == "prep"
        and pr.lower_ in _THROUGH
        and any(o.tag_ == "WDT" for o in pr.children if o.dep_ == "pobj")
        for pr in verb.children
    )
    m = p.mention(verb.head)
    return m.entity if through and m is not None and m.tag == "D" else None


def documented(p: g.Parsed, tok: Token, filled: dict[str, list]) -> dict[str, list]:
    """An incorporation whose slots name no document takes the one its act's verb is done under
    (the verb itself, or the verb a predicate noun hangs on: "declared ... part of")."""
    if filled.get("document"):
        return filled
    verb = tok.head if tok.dep_ in _PREDICATES else tok
    if verb.pos_ not in ("VERB", "AUX"):
        return filled
    doc = document_under_which(p, verb)
    return {**filled, "document": [doc]} if doc is not None else filled
