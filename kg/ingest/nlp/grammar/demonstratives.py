"""A demonstrative and the "-ing" noun after it that the parser read as a clause: mended in place.

"Athens rejects that reading", "Manila rejects that ruling": after a verb in the present the
parser takes "that" for the subject (or the complementiser) of a clause whose verb is the noun
("reading" as a gerund), so the verb has no object. A gerund with a demonstrative for its only
word before it and no object, subject or auxiliary of its own is a noun phrase: the verb's object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DEMONSTRATIVES = frozenset({"that", "this"})
#: What a clause's verb has and a noun never does.
_CLAUSAL = frozenset(
    {
        "dobj",
        "obj",
        "nsubjpass",
        "aux",
        "auxpass",
        "neg",
        "attr",
        "acomp",
        "dative",
        "xcomp",
        "ccomp",
        "advcl",
        "prt",
    }
)


def mend_demonstratives_read_as_clauses(doc: Doc) -> None:
    """Mend, in place, "rejects [that reading]" read as a clause: the demonstrative becomes the
    noun's determiner and the noun the object of the verb before it."""
    for noun in tokens(doc):
        det = _misread(noun)
        if det is None:
            continue
        det.dep_, det.tag_, det.pos_ = "det", "DT", "DET"
        noun.dep_, noun.tag_, noun.pos_, noun.lemma_ = "dobj", "NN", "NOUN", noun.lower_


def _misread(noun: Token) -> Token | None:
    """The demonstrative before ``noun`` where ``noun`` is an "-ing" word read as a clause hung on
    the verb before it, with nothing of a clause's own; None elsewhere."""
    if noun.dep_ not in ("ccomp", "relcl") or not noun.lower_.endswith("ing"):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.i >= noun.i or noun.i < 1:
        return None
    left = [ch for ch in noun.children if ch.i < noun.i]
    if len(left) != 1 or left[0].i != noun.i - 1 or left[0].lower_ not in _DEMONSTRATIVES:
        return None
    if any(ch.dep_ in _CLAUSAL for ch in noun.children):
        return None
    if any(ch.dep_ in ("dobj", "obj") for ch in verb.children):
        return None
    return left[0]
