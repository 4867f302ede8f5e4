"""Who speaks in a tag after its clause that the parser left with no subject: the phrase set off
by commas right before the verb ("Seoul protests the claims, Kim, the spokesperson, said"). The
parser hangs that phrase on the clause before it, often deep inside it: on the quotation's last
noun ('"... under the Marine Sanctuary," Palau's Minister of State, Gustav Aitaro, told
reporters'), or past an aside of its own ("Brazil's Foreign Ministry, known as Itamaraty,
said"). A phrase that opens right after the quotation's closing mark is outside what was said
wherever the parser hung it; one hung on the clause's own verb is the tag's too."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NOMINAL = ("NOUN", "PROPN")
_MARKS = frozenset({'"', "”", "’", "'"})


def set_off_before(tok: Token, after_clause: bool) -> Token | None:
    """The head of the phrase set off by commas right before the tag ``tok`` (a conjunct of the
    clause it reports, with no subject), climbing from the word before the verb up to the clause:
    the widest phrase that opens after a comma (or a comma and a closing quotation mark) and that
    the parser hung on the clause itself (where ``after_clause``: the verb stands after its clause
    with no "and" between) or that opens right after the quotation."""
    doc = tok.doc
    if not doc[tok.i - 1].is_punct:
        return None
    node = next((t for t in reversed(doc[: tok.i]) if not t.is_punct), None)
    best = None
    while node is not None and tok.head.i < node.i < tok.i:
        edge = node.left_edge.i
        while edge < node.i and doc[edge].is_punct:
            edge += 1  # the closing mark the parser hung on the phrase
        if (
            node.pos_ in NOMINAL
            and node.dep_ not in ("nsubj", "nsubjpass")
            and edge > tok.head.i
            and node.right_edge.i < tok.i
            and (
                (after_clause and node.head.i == tok.head.i and _after_comma(doc, edge))
                or _after_quotation(doc, edge)
            )
        ):
            best = node
        if node.head.i == tok.head.i or node.head == node:
            break
        node = node.head
    return best


def _after_comma(doc: Doc, i: int) -> bool:
    return i > 0 and (doc[i - 1].text == "," or _after_quotation(doc, i))


def _after_quotation(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a closing quotation mark after a comma (',"')."""
    return i > 1 and doc[i - 1].text in _MARKS and doc[i - 2].text in (",", "?", "!")


def tag_words(tok: Token, quoted: set[int]) -> set[int]:
    """The words of a speech tag: the verb's own, and the phrase that speaks where the parser hung
    it on the quotation's last noun (outside the quotation's words ``quoted``)."""
    own = {t.i for t in tok.subtree}
    if tok.dep_ == "conj" and tok.i > tok.head.i:
        node = set_off_before(tok, False)
        if node is not None and node.i not in own:
            own |= {t.i for t in node.subtree if t.i not in quoted}
    return own
