"""A reduced relative clause whose present-tense verb the parser read as a plural noun: "India
claims Aksai Chin, a claim Beijing rejects", "..., a position Tokyo disputes". Wire copy sums up
the clause before it with such an apposition; the parser reads "claim Beijing rejects" as one
noun phrase headed by "rejects" (or "rejects" as a noun heading the clause), so the stance it tells
is lost. A plural noun that ends the phrase, right after a name and a noun of ``rejected_things``
(data/lexicon/references.yaml) with its determiner, is that clause's verb and the name its subject.
The parse is mended in place (kg.ingest.nlp.grammar.mending).

The same clause with its verb read as one, but hung wrongly ("..., a plan the Polisario rejects",
"a ruling Beijing has dismissed as waste paper", "in a vote the federal government declared
illegal"): the parser makes the verb head the noun (or the whole sentence) and loses the gap, so
the stance has no object. A verb with no object of its own right after the name that follows such
a noun is that noun's relative clause; the noun keeps the place the clause had."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kg.ingest.nlp.mentions import Mention


def name_start(tok: Token, by_token: list[Mention | None]) -> int | None:
    """Where the name of a state, city or body right before ``tok`` begins ("a claim Beijing
    rejects", "that Guyana administers"); None where no such name ends there or ``tok`` is in it."""
    m = by_token[tok.i - 1]
    if m is None or m.tag not in ("S", "C", "O") or by_token[tok.i] is m:
        return None
    first = tok.i - 1
    while first > 0 and by_token[first - 1] is m:
        first -= 1
    return first


def mend_verbs_read_as_plurals(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend "a claim Beijing rejects" read as a noun phrase into a noun, its relative clause's
    verb and that verb's subject."""
    from kg.ingest.nlp import phrases  # late: phrases reads the parse helpers of this package

    things = phrases.nouns().rejected_things
    for tok in tokens(doc):
        if tok.i < 2 or not _plural_read(doc, tok):
            continue
        first = name_start(tok, by_token)
        if first is None:
            continue
        noun = doc[first - 1] if first > 0 else None
        if (
            noun is None
            or noun.pos_ != "NOUN"
            or noun.lemma_.lower() not in things
            or by_token[noun.i] is not None
            or not any(d.dep_ == "det" for d in noun.children)
        ):
            continue
        name = [t for t in doc[first : tok.i] if t.head.i < first or t.head.i >= tok.i]
        if len(name) != 1:
            continue
        if noun.head == tok:  # "a claim Beijing rejects" as one phrase: the noun heads it
            noun.head, noun.dep_ = (tok.head, tok.dep_) if tok.head != tok else (noun, "ROOT")
        tok.head, tok.dep_, tok.pos_, tok.tag_ = noun, "relcl", "VERB", "VBZ"
        name[0].head, name[0].dep_ = tok, "nsubj"


#: What may stand between the name and the verb of a reduced relative ("Beijing has long rejected").
_BETWEEN = frozenset({"aux", "neg", "advmod"})
_FINITE = frozenset({"VBZ", "VBD", "VBN", "VBP"})
#: How the parser hangs the clause before ", a ruling X rejected" on that verb.
_CLAUSES = frozenset({"ccomp", "conj", "advcl", "parataxis", "dep"})


def mend_zero_relatives(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend "a plan Algeria rejects" whose verb heads the noun or the sentence into the noun,
    its relative clause's verb and that verb's subject."""
    from kg.ingest.nlp import phrases  # late: phrases reads the parse helpers of this package

    things = phrases.nouns().rejected_things
    for noun in tokens(doc):
        if noun.i < 1 or noun.i + 2 >= len(doc) or doc[noun.i - 1].tag_ != "DT":
            continue
        if noun.lower_ not in things and noun.lemma_.lower() not in things:
            continue
        held = by_token[noun.i]  # "a ruling" may be read as a document's mention
        if held is not None and (held.tag != "D" or by_token[noun.i + 1] is held):
            continue
        name = _name_after(doc, by_token, noun.i + 1)
        if name is None:
            continue
        verb = _verb_after(doc, name)
        if verb is None or (verb.dep_ == "relcl" and verb.head == noun):
            continue
        _rehang(doc, noun, doc[name[0] : name[1]], verb)


def _name_after(doc: Doc, by_token: list[Mention | None], i: int) -> tuple[int, int] | None:
    """The state's or body's name (with its "the") that starts at ``i``."""
    start = i
    if doc[i].lower_ == "the" and by_token[i] is None:
        i += 1
    m = by_token[i] if i < len(doc) else None
    if m is None or m.tag not in ("S", "C", "O"):
        return None
    end = i
    while end < len(doc) and by_token[end] is m:
        end += 1
    return start, end


def _verb_after(doc: Doc, name: tuple[int, int]) -> Token | None:
    """The finite verb right after the name (past auxiliaries and adverbs), if it has no object
    of its own and is not passive: the relative clause's gap is its object."""
    i = name[1]
    while i < len(doc) and doc[i].dep_ in _BETWEEN and doc[i].pos_ in ("AUX", "ADV", "PART"):
        i += 1
    if i >= len(doc):
        return None
    verb = doc[i]
    if _plural_read(doc, verb):  # "a plan the Polisario rejects." read as a plural noun
        verb.pos_, verb.tag_ = "VERB", "VBZ"
    if verb.pos_ != "VERB" or verb.tag_ not in _FINITE:
        return None
    if any(c.dep_ in ("dobj", "obj", "auxpass", "nsubjpass") for c in verb.children):
        return None
    return verb


def _plural_read(doc: Doc, tok: Token) -> bool:
    """A verb ending its phrase read as a plural noun ("... a plan Algeria rejects.")."""
    last = tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct
    return tok.tag_ == "NNS" and tok.lower_.endswith("s") and last


def _rehang(doc: Doc, noun: Token, name: Span, verb: Token) -> None:
    """Hang the verb on the noun as its relative clause and the name on the verb as its subject;
    what the verb headed before the noun goes back to the clause the noun stands in."""
    outer = verb.head if verb.head != verb else None
    if outer != noun:  # the verb holds the noun (or the sentence), not the noun the verb
        outer = _give_back(doc, noun, verb, outer)
        if outer is None:
            return
        _place(doc, noun, name, verb, outer)
    doc[noun.i - 1].head, doc[noun.i - 1].dep_ = noun, "det"
    if noun.pos_ != "NOUN":  # "a ruling Beijing has never accepted": "ruling" read as a participle
        noun.pos_, noun.tag_, noun.lemma_ = "NOUN", "NN", noun.lower_
    inside = range(name.start, name.end)
    out = [t for t in name if t.head.i not in inside or t.head == t]
    root = out[-1] if out else name[-1]
    for t in name:
        if t != root and (t.head.i not in inside or t.head == t):
            t.head, t.dep_ = root, "det" if t.tag_ == "DT" else "compound"
    root.head, root.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = noun, "relcl"


def _give_back(doc: Doc, noun: Token, verb: Token, outer: Token | None) -> Token | None:
    """Hang what the verb held before the noun on the clause the noun stands in, and return that
    clause's head (None where there is none to be found)."""
    before = [c for c in verb.children if c.i < noun.i - 1]
    if outer is None:  # the verb headed the sentence: the clause before the noun heads it again
        if noun.i < 2 or doc[noun.i - 2].text != ",":
            return None  # "Following the vote Russia withdrew": no clause summed up
        heads = [c for c in before if c.pos_ in ("VERB", "AUX") and c.dep_ in _CLAUSES]
        if not heads:
            return None
        outer = heads[-1]
        outer.head, outer.dep_ = outer, "ROOT"
        before.remove(outer)
        before += [c for c in verb.children if c.is_punct and c.i == len(doc) - 1]
    elif noun.i - 1 <= outer.i <= verb.i:
        return None
    for c in before:
        c.head = outer
    return outer


def _place(doc: Doc, noun: Token, name: Span, verb: Token, outer: Token) -> None:
    """Put the noun where the clause stood: beside the noun before its comma, or on the clause."""
    if noun.i >= 3 and doc[noun.i - 2].text == "," and doc[noun.i - 3].pos_ in ("NOUN", "PROPN"):
        noun.head, noun.dep_ = doc[noun.i - 3], "appos"  # "..., a plan X rejects"
    elif noun.head == verb or noun.head.i in range(name.start, name.end):
        noun.head, noun.dep_ = outer, verb.dep_ if verb.head != verb else "npadvmod"
