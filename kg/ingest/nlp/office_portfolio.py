"""An office's portfolio words ("Energy and Mines Minister"), apart to keep office_phrase short."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar import Parsed

if TYPE_CHECKING:
    from spacy.tokens import Token


def portfolio_before(p: Parsed, run: list[Token], inside: set[int]) -> list[str]:
    """The capitalised words right before a bare office that name its portfolio ("Territorial
    Administration Minister", "Lands and Natural Resources Minister"): plain words no mention
    covers, joined by "and" or "&"; never a possessive or a name, and the sentence's first word
    (capitalised whatever it is) only as a noun ("Information Minister X said"); a department's
    initials right before the office are its portfolio too ("DFA Secretary X", "DND Secretary")."""
    doc, i = p.doc, run[0].i - 1
    out: list[str] = []
    while i >= 0 and i in inside and p.mention(doc[i]) is None and doc[i].whitespace_:
        t = doc[i]
        if t.lower_ in ("and", "&") and out and i > 0 and doc[i - 1].is_title:
            out.insert(0, t.text)
        elif t.is_title and t.is_alpha and t.pos_ in (("PROPN", "NOUN") if i == 0 else _PORTFOLIO):
            out.insert(0, t.text)
        elif not out and t.is_upper and t.is_alpha and 2 <= len(t.text) <= 5:
            out.insert(
                0, t.text
            )  # "DFA Secretary": a department's initials, no body the text names
        else:
            break
        i -= 1
    while out and out[0].lower() in ("and", "&"):
        out.pop(0)
    return out


#: The parts of speech of a portfolio's words ("Natural Resources", "Home Affairs").
_PORTFOLIO = ("PROPN", "NOUN", "ADJ")


def portfolio_after(p: Parsed, run: list[Token], inside: set[int]) -> list[str]:
    """ "Minister of Local Government": the capitalised "of"/"for" phrase right after a bare
    office, when no mention (a state, a body) covers it: its portfolio, not its owner."""
    end = run[-1].i + 1
    doc = p.doc
    if end >= len(doc) or end not in inside or doc[end].lower_ not in ("of", "for"):
        return []
    out = [doc[end].text]
    for t in doc[end + 1 :]:
        if p.mention(t) is not None:
            return []
        if t.i not in inside:
            break
        if (
            t.is_title
            or (t.lower_ in ("and", "&") and len(out) > 1)
            or (t.lower_ == "the" and len(out) == 1)
        ):
            out.append(t.text)
            continue
        if t.tag_ == "POS":
            return []  # "of the Foreign Ministry's ... Bureau": a possessor, not the portfolio
        break
    while out and out[-1].lower() in ("and", "&", "the"):
        out.pop()
    return out if len(out) > 1 and out[-1][:1].isupper() else []
