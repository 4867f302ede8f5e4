"""A relative clause's present-tense verb that the parser read as a plural noun: "the Essequibo
region that Guyana administers", "an island ... that Belize administers", "the Sapodilla Cayes,
which Belize administers." The small model reads "Guyana administers" as one noun phrase (the
name a compound of "administers"), or "Belize" as the clause's verb and "administers" its object,
so the clause tells nobody's deed and the holder is lost. A relative pronoun, a state's or a
body's name and a word in "-s" that ends the phrase is that clause: the word is its verb, the name
its subject, the pronoun its object. The parse is mended in place (kg.ingest.nlp.grammar.mending);
no letter of the text changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens
from kg.ingest.nlp.grammar.reduced_clauses import name_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.ingest.nlp.mentions import Mention

#: The relative pronouns that open such a clause (a person's "who" holds no land).
_RELATIVES = frozenset({"that", "which"})


def mend_relative_verbs_read_as_plurals(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend "... that Guyana administers." read as a noun phrase into a relative clause: the
    verb hung on the pronoun's noun, the name its subject, the pronoun its object."""
    for tok in tokens(doc):
        if tok.i < 2 or not _plural_ending(doc, tok):
            continue
        first = name_start(tok, by_token)
        if first is None:
            continue
        if first > 0 and doc[first - 1].lower_ == "the" and by_token[first - 1] is None:
            first -= 1
        rel = doc[first - 1] if first > 0 else None
        if rel is None or rel.lower_ not in _RELATIVES or by_token[rel.i] is not None:
            continue
        noun = _antecedent(doc, tok, range(first, tok.i), rel)
        if noun is None or noun.i >= rel.i:
            continue
        _rehang(doc, noun, rel, range(first, tok.i), tok)


def _plural_ending(doc: Doc, tok: Token) -> bool:
    """A word in "-s" tagged a plural noun, ending its phrase ("... that Guyana administers.")."""
    last = tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct
    return tok.tag_ == "NNS" and tok.lower_.endswith("s") and not tok.lower_.endswith("ss") and last


def _antecedent(doc: Doc, tok: Token, name: range, rel: Token) -> Token | None:
    """The noun the clause hangs on as the parser read it: the plural's own head where it is the
    relative clause ("region that Guyana administers"), or the head of the name read as the
    clause's verb ("Cayes, which Belize administers", "Belize" a verb with "administers" its
    object). Where the parser made the phrase another verb's subject ("the region that Guyana
    administers, drawing a protest"), the noun phrase right before the pronoun."""
    if tok.dep_ == "relcl" and tok.head.i not in name:
        return tok.head
    if tok.head.i in name and tok.head.dep_ == "relcl" and tok.head.head.i not in name:
        return tok.head.head
    before = rel.i - 2 if rel.i > 1 and doc[rel.i - 1].text == "," else rel.i - 1
    if before < 0:
        return None
    noun = doc[before]
    while noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i and noun.head.i < rel.i:
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _rehang(doc: Doc, noun: Token, rel: Token, name: range, verb: Token) -> None:
    """The verb on the noun as its relative clause, the name's head its subject (the name's
    other words its compounds), the pronoun its object; what hung on the name goes to the verb."""
    inside = set(name)
    root = doc[name[-1]]
    for i in name:
        t = doc[i]
        for c in t.children:
            if c.i not in inside and c != verb:
                c.head = verb
        if t.pos_ == "VERB":  # "which Belize administers": "Belize" read as the verb
            t.pos_, t.tag_ = "PROPN", "NNP"
    verb.head, verb.dep_, verb.pos_, verb.tag_ = noun, "relcl", "VERB", "VBZ"
    for i in name:
        t = doc[i]
        if t != root:
            t.head, t.dep_ = root, "det" if t.tag_ == "DT" else "compound"
    root.head, root.dep_ = verb, "nsubj"
    rel.head, rel.dep_ = verb, "dobj"
