"""Gazetteer names that are a word of a person's name, told by the person's cues around them: a
first name right after an office title ("Defence Minister Israel Katz"), a family name after an
Arabic article ("Salem al-Jaber al-Sabah"), a word the parse joins to a name word with a "who"
clause, an office or a rank ("Jordan Bardella, the party's leader").

Split from kg.ingest.nlp.persons, which finds the people: these judge a place's mention, and
kg.ingest.nlp.discourse drops the place they claim beside kg.ingest.nlp.name_places' tests. They
read a name word as persons does (``NAME_TOKEN``), which name_places, imported by persons, cannot.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.grammar.parsed import tokens_within
from kg.ingest.nlp.lexicon import Lexicon, office_regex
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.name_shapes import NAME_TOKEN

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NEXT_NAME = re.compile(rf"[ \t]+({NAME_TOKEN})")


def given_name(text: str, sentence_start: int, m: Mention, lex: Lexicon) -> bool:
    """Whether a one-word gazetteer name right after an office title and right before another
    name word is a person's first name ("Defence Minister Israel Katz", "President Duma Boko"):
    a title is followed by its holder's name, not by a state or a parliament."""
    words = text[m.start : m.end].split()
    after = _NEXT_NAME.match(text, m.end)
    if len(words) != 1 or not words[0][:1].isupper() or after is None:
        return False
    if after.group(1) in lex.non_name_words:
        return False  # "Minister Kuril Islands" is no name
    before = text[sentence_start : m.start]
    return office_regex(r"\b(?:{office})\s+$", lex).search(before) is not None


#: An Arabic article joined to a name word that follows a name word ("Salem al-Jaber al-Sabah").
_ARTICLE_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+|\b(?:al|Al|el|El)-[A-Z][a-z]+)\s+(?:al|Al|el|El)-$")


def family_name(text: str, m: Mention) -> bool:
    """Whether a place's name is a person's family name, written with an Arabic article after the
    person's other names ("Sheikh Salem Abdullah al-Jaber al-Sabah"; not "Iraq's al-Anbar")."""
    return _ARTICLE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


def place_in_name(gz: Gazetteer, doc: Doc | None, offset: int, m: Mention, lex: Lexicon) -> bool:
    """Whether a one-word place name is a word of a person's name ("Rafael Montenegro, who heads
    the foreign ministry", "Jordan Bardella, the party's leader"): the parse joins it to a name
    word beside it that the gazetteer does not know, and the pair has a person's cue (a "who"
    clause, an office or a spokesman in apposition, a rank before: "Lt Gen Rashim Bali"). "Jordan
    Valley" and "Imperial Japan" have none."""
    toks = [] if doc is None else tokens_within(doc, offset, m.start, m.end)
    if len(toks) != 1 or toks[0].pos_ != "PROPN":
        return False
    t = toks[0]
    if t.dep_ == "compound" and t.head.i == t.i + 1:
        other, head = t.head, t.head  # "Jordan Bardella"
    elif t.i > 0 and t.doc[t.i - 1].dep_ == "compound" and t.doc[t.i - 1].head == t:
        other, head = t.doc[t.i - 1], t  # "Rafael Montenegro"
    else:
        return False
    if (
        not re.fullmatch(NAME_TOKEN, other.text)
        or other.text in lex.non_name_words
        or gz.lookup(other.text)
    ):
        return False
    first = min(other.i, head.i)
    if first > 0 and t.doc[first - 1].lower_.rstrip(".") in lex.courtesy_titles:
        return True  # "Lt Gen Rashim Bali": a rank is followed by its holder's name
    for c in head.children:
        if c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.children):
            return True
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            if gz.office(c.lemma_) or c.lemma_ in lex.spokespeople:
                return True
    return False
