"""The lower-case nouns an office's title carries before it: "the foreign affairs adviser", "the
kingdom's border guard commander", "its national security adviser". They narrow the office as a
portfolio does ("Energy Minister"), so they are part of the role as the article words it, though
the office (the graph's org:Role node) stays the bare one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.gazetteer import Gazetteer
    from kg.ingest.nlp.grammar import Parsed


def nouns_before(p: Parsed, run: list[Token], inside: set[int]) -> list[str]:
    """The words right before the office's run that the phrase holds and no mention covers, in
    lower case, hung on the words after them, ending in a noun compound of the run ("border
    guard" before "commander"; "foreign affairs" before "adviser"; "ministry" before "spokesman",
    which the tagger often calls a proper noun); none where no noun joins the run itself ("senior
    adviser" is no portfolio)."""
    doc, i = p.doc, run[0].i - 1
    out: list[Token] = []
    while i >= 0 and i in inside:
        t = doc[i]
        if (
            p.mention(t) is not None
            or not t.is_lower
            or not t.is_alpha
            or t.dep_ not in ("compound", "amod")
            or t.pos_ not in ("NOUN", "ADJ", "PROPN")  # a lower-case "PROPN" is a noun
            or not (t.head in out or t.head in run)
        ):
            break
        out.insert(0, t)
        i -= 1
    while out and not (out[-1].pos_ in ("NOUN", "PROPN") and out[-1].dep_ == "compound"):
        out.pop()  # "senior" alone, or before the noun: no portfolio
    return [t.text for t in out]


def body_before(p: Parsed, gz: Gazetteer, run: list[Token]) -> list[str]:
    """The words of a body a title names right before its office ("Chinese foreign ministry
    spokesman", "Defence Ministry spokesperson", "U.N. spokesman"), without the state's own name or adjective
    (that is the holding's ``of``): the role as the article words it, which a reader quotes whole
    ("a foreign ministry spokesman"), though the body itself becomes the holding's ``of``."""
    doc, i = p.doc, run[0].i - 1
    if i < 0 or (m := p.mention(doc[i])) is None or m.tag != "O":
        return []
    out: list[str] = []
    while i >= 0 and p.mention(doc[i]) is m and doc[i].text.replace(".", "").isalpha():  # "U.N."
        if gz.state_by_name(doc[i].text) is not None:
            break
        out.insert(0, doc[i].lower_)
        i -= 1
    return out


def office_possessor(p: Parsed, gz: Gazetteer, noun: Token) -> list[str]:
    """The office a title belongs to, before it as a possessive ("the UN secretary-general's
    personal envoy", "the president's spokesman"): an envoy or an aide is the office holder's
    own, which the role's words keep ("secretary-general's personal envoy"); the body or state
    before it ("UN") stays the holding's ``of``."""
    for c in noun.children:
        if c.dep_ != "poss" or c.i > noun.i or p.mention(c) is not None:
            continue
        toks = [t for t in c.subtree if t.i <= c.i and t.dep_ != "det" and t.tag_ != "POS"]
        while toks and (p.mention(toks[0]) is not None or toks[0].is_punct):
            toks = toks[1:]  # "the UN secretary-general's": the body is the owner
        text = p.doc[toks[0].i : c.i + 1].text if toks else ""
        if text and gz.office(text.lower()) is not None:
            return [f"{text.lower()}'s"]
    return []
