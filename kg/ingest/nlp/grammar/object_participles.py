"""A participle of saying at a sentence's end that the parser hung inside a clause on the main
verb's object: "Indonesia on Friday rejected a resolution filed in the Philippine House that calls
on Manila to "revisit" the status of Miangas, saying the question had been settled", "Greece
rejected a note in which Turkey objected to a marine park, insisting that the sovereignty of the
area ...". Set off by a comma after the whole object, with a clause of its own, it modifies the
sentence's clause, as "..., saying ..." after a plain object does, and shares that clause's
subject (who rejected the resolution), not the subject of the clause inside the object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: How a verb of the object's clause hangs below the clause's first verb ("calls on Manila to
#: revisit": revisit under calls)
_INSIDE = frozenset({"advcl", "xcomp", "ccomp", "conj", "pcomp", "prep", "pobj", "dobj"})


def mend_participles_hung_in_object_clauses(doc: Doc) -> None:
    """Mend, in place, a participle with a clause of its own ("saying the question ...") that
    ends its sentence after a comma, hung inside a relative clause or participle on the direct
    object of a verb with a subject: it is that verb's, as it would be after a plain object."""
    for tok in tokens(doc):
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < 1 or doc[tok.i - 1].text != ",":
            continue
        if not any(c.dep_ == "ccomp" for c in tok.children) or not _ends_sentence(tok):
            continue
        verb = _object_verb(tok.head)
        if verb is not None and verb.i < tok.i:
            tok.head = verb
            doc[tok.i - 1].head = verb


def _ends_sentence(tok: Token) -> bool:
    """Whether only punctuation follows the participle's phrase in its sentence."""
    return all(t.is_punct for t in tok.doc[tok.right_edge.i + 1 : tok.sent.end])


def _object_verb(node: Token) -> Token | None:
    """The verb whose direct object the clause holding ``node`` describes, where that verb has a
    subject of its own; None if ``node`` stands in no such clause."""
    for _ in range(8):
        if node.dep_ in ("relcl", "acl"):
            noun = node.head
            verb = noun.head
            if (
                noun.dep_ == "dobj"
                and verb.pos_ == "VERB"
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            ):
                return verb
            return None
        if node.dep_ not in _INSIDE or node.head == node:
            return None
        node = node.head
    return None
