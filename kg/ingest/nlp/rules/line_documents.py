"""A border line standing for the document that drew it, where only a document fits.

News tells a state holding to a treaty by the line the treaty drew: "Tripoli remained committed
to the 1925 line" (the 1925 agreement told before), "remains committed to the boundary fixed in
1868", "Libya respected the border as drawn by the 1910 convention". The line's document is the
one its participle or "as"-clause names ("drawn by", "fixed in", "set under"), else the one
document the article has named so far that is dated in the line's year ("the 1925 line", "fixed
... in 1868"). None where the line has neither ("respects the line of control") or several
documents share its year.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from kg.ingest.nlp.rules.common import Collector
    from kg.model import Entity


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The nouns of a line and the prepositions naming its document (references.yaml)."""
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml").get("document_lines", {})
    return frozenset(data.get("nouns", ())), tuple(data.get("preps", ()))


def line_document(
    c: Collector, p: g.Parsed, toks: list[Token], tags: Iterable[str]
) -> list[Entity]:
    """The document a line in a document's slot stands for (module docstring); [] where none."""
    nouns, preps = _words()
    if set(tags) != {"D"}:
        return []
    for line in (t for t in toks if t.lemma_.lower() in nouns and p.mention(t) is None):
        clauses = [*_drawn(line), *(x for x in _as_drawn(line) if x.i > line.i)]
        named = [x for cl in clauses for w in preps for x in g.preps(cl, w)]
        found = [m.entity for m in g.fillers(p, named, {"D"}) if m.entity is not None]
        if found:
            return found[:1]
        years = {x.text for x in line.children if x.dep_ == "nummod" and _year(x)}
        if clauses:  # "fixed between Siam and Britain in 1868" (the year maybe hung further up)
            years |= {x.text for x in _in_phrases(line, clauses) if _year(x)}
        docs = {d.key: d for d in c.disc.documents if d.date and d.date[:4] in years}
        if len(docs) == 1:
            return list(docs.values())
    return []


def _year(t: Token) -> bool:
    return (
        t.like_num
        and len(t.text) == 4
        and t.text.isdigit()
        and t.text[:2] in ("17", "18", "19", "20")
    )


def _drawn(line: Token) -> list[Token]:
    """The participle on the line ("the boundary fixed in 1868", "the line drawn in the treaty")."""
    return [ch for ch in line.children if ch.dep_ == "acl" and ch.tag_ == "VBN"]


def _as_drawn(line: Token) -> list[Token]:
    """An "as"-clause the parser hung on the verb whose object the line is ("respected the border
    as drawn by the 1910 convention")."""
    verb = line.head.head if line.dep_ == "pobj" else line.head
    return [
        ch
        for ch in verb.children
        if ch.dep_ == "advcl" and ch.tag_ == "VBN" and any(m.lower_ == "as" for m in ch.children)
    ]


def _in_phrases(line: Token, clauses: list[Token]) -> list[Token]:
    """The objects of "in" on the participles and, right after them, on the line's governor."""
    gov = line.head.head if line.dep_ == "pobj" else line.head
    return [x for h in (*clauses, gov) for x in g.preps(h, "in") if x.i > line.i]
