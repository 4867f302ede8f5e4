"""Names read as places by the noun phrase they sit in, apart to keep phrases short."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.parsed import tokens_within
from kg.ingest.nlp.grammar.words import LANDMARK
from kg.ingest.nlp.phrases import head_of, nouns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def place_as_modifier(doc: Doc, offset: int, start: int, end: int) -> bool:
    """Whether the words at ``start``-``end`` (article offsets) modify a common noun of
    ``modified_by_place``: "East China Sea" in "East China Sea islands" names no place here."""
    toks = tokens_within(doc, offset, start, end)
    roots = [t for t in toks if t.head not in toks or t.head == t]
    if len(roots) != 1 or roots[0].dep_ not in ("compound", "nmod", "amod", "npadvmod"):
        return False
    head = roots[0].head
    form = head_of(head)
    return form is not None and form[0] in nouns().modified_by_place and head.text.islower()


def names_region(doc: Doc, offset: int, start: int, end: int) -> str | None:
    """The word the name at ``start``-``end`` is called by ("the Essequibo region", "the region
    of Essequibo", "Scarborough Shoal", "the Lachin district"), if one of the ``region`` class:
    the article's later "the region" ("the shoal", "the district") is that land."""
    toks = tokens_within(doc, offset, start, end)
    regions = nouns().region.nouns
    for t in toks:
        form = head_of(t)
        if form is not None and form[0] in regions:  # the name holds the word ("Essequibo
            return t.lower_ if form[1] else form[0]  # region"; "Shebaa Farms": "the farms")
    roots = [t for t in toks if t.head not in toks or t.head == t]
    if len(roots) != 1:
        return None
    root = roots[0]
    word = root.head if root.dep_ == "compound" else None
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        word = root.head.head
    found = _region_word(word, nouns().region.nouns)
    return found if found is not None else _site_word(root)


def _region_word(word: Token | None, words: frozenset[str]) -> str | None:
    form = head_of(word) if word is not None else None
    return form[0] if form is not None and form[0] in words and not form[1] else None


def site_noun(tok: Token | None) -> str | None:
    """The ``sited`` noun a token is, in the singular ("the base")."""
    if tok is None or tok.tag_ != "NN" or tok.lemma_.lower() not in nouns().sited:
        return None
    return tok.lemma_.lower()


def _site_word(root: Token) -> str | None:
    """The site noun a name stands for by place or apposition: "the base in Sevastopol",
    "Port Arthur, the naval base ..." (``sited``)."""
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in nouns().site_preps:
        # "extended the lease of its base in Sevastopol": the parser may hang the place on the
        # verb; the site noun just before the preposition is the one it locates
        before = prep.doc[prep.i - 1] if prep.i > 0 and prep.head.pos_ == "VERB" else prep.head
        return site_noun(before)
    appos = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        appos.append(root.head)
    return next((w for w in map(site_noun, appos) if w is not None), None)


def landmark(doc: Doc, offset: int, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` only locates a thing a noun names: "a rock in the
    strait between Greenland and Ellesmere Island". Such a landmark is not what the article is
    about, and a later "the island" does not mean it."""
    toks = tokens_within(doc, offset, start, end)
    roots = [t for t in toks if t.head not in toks or t.head == t]
    if len(roots) != 1:
        return False
    tok = roots[0]
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in LANDMARK
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() not in nouns().surroundings  # "waters around the Senkakus"
    )
