"""A sentence whose subject carries an inserted clause ("Honduras, which had always claimed the
islands, protested to the United States") is often parsed with the name as its root and its verb
hung on the name as a participle that describes it. A sentence has a verb: where the name heads
the sentence and the only verb after the clause's closing comma hangs on it, that verb is the
sentence's, and the name its subject (not what a passive participle says of it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.ingest.nlp.mentions import Mention

#: What an inserted clause or phrase after the name is hung by.
_INSERTED = frozenset({"relcl", "appos"})
#: How the misread verb is hung on the name.
_MISREAD = frozenset({"acl"})


def _misread_verb(name: Token) -> Token | None:
    """The verb hung on a root name after an inserted clause and its closing comma, if any."""
    if name.dep_ != "ROOT" or name.pos_ not in ("PROPN", "NOUN"):
        return None
    if any(t.is_quote for t in name.doc[: name.i]):
        return None  # a tag after a quotation: the speech mends read it (speech_misreads)
    kids = list(name.rights)
    inserted = [c for c in kids if c.dep_ in _INSERTED]
    verbs = [c for c in kids if c.dep_ in _MISREAD and c.tag_ in ("VBD", "VBN")]
    if not inserted or len(verbs) != 1:
        return None
    verb = verbs[0]
    before = verb.doc[verb.i - 1] if verb.i else verb
    if before.text != "," or verb.i < inserted[0].right_edge.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children):
        return None  # its own subject or voice: a clause of its own
    return verb


def mend_verbs_hung_on_names(doc: Doc) -> None:
    """Mend, in place, the root name whose verb, after an inserted clause, the parser hung on it
    as a participle: the verb becomes the root, in the past tense, and the name its subject."""
    for name in tokens(doc):
        verb = _misread_verb(name)
        if verb is None:
            continue
        for c in list(name.rights):
            if c.dep_ == "punct" and c.i > verb.right_edge.i:
                c.head = verb  # the full stop is the verb's
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        name.head, name.dep_ = verb, "nsubj"


def mend_subjects_hung_on_documents(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend, in place, a subject the parser hung as the apposition of the document a fronted
    phrase names ("Under the 1947 treaty, Italy, which had held the islands since 1912, ceded
    Rhodes to Greece": "Italy" an ``appos`` of "treaty", the verb left with no subject). A state,
    a body or a person is no apposition of a document: set off by commas between the phrase and
    a verb that has no subject, it is that verb's subject, and a clause after it describes it."""
    for name in tokens(doc):
        m, head = by_token[name.i], name.head
        owner = by_token[head.i]
        if name.dep_ != "appos" or m is None or m.tag not in ("S", "O", "P"):
            continue
        if owner is None or owner.tag != "D" or head.dep_ != "pobj" or head.head.dep_ != "prep":
            continue
        verb = head.head.head
        if verb.pos_ not in ("VERB", "AUX") or not head.head.i < name.i < verb.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        if name.left_edge.i < 1 or doc[name.left_edge.i - 1].text != ",":
            continue
        for c in list(head.rights):
            if c.dep_ in _INSERTED and name.i < c.i < verb.i:
                c.head = name  # "which had held the islands": the subject's own clause
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        name.head, name.dep_ = verb, "nsubjpass" if passive else "nsubj"


def mend_subjects_hung_on_people(doc: Doc, by_token: list[Mention | None]) -> None:
    """Mend, in place, a subject the parser hung as the apposition of the person a fronted phrase
    names ("In its note, signed by Foreign Minister Justin Tkatchenko, Papua New Guinea
    acknowledges ...": "Papua New Guinea" an ``appos`` of "Tkatchenko", the verb left with no
    subject). A state or a body is no apposition of a person: after the comma that closes the
    fronted phrase and right before a finite verb with no subject, it is that verb's subject."""
    for name in tokens(doc):
        m, owner = by_token[name.i], by_token[name.head.i]
        if name.dep_ != "appos" or m is None or m.tag not in ("S", "O"):
            continue
        if owner is None or owner.tag != "P" or name.right_edge.i + 1 >= len(doc):
            continue
        verb = doc[name.right_edge.i + 1]
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb not in name.ancestors:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        if name.left_edge.i < 1 or doc[name.left_edge.i - 1].text != ",":
            continue
        if not any(c.dep_ == "prep" and c.i < name.i for c in verb.children):
            continue  # no phrase fronted before the verb
        name.head, name.dep_ = verb, "nsubj"
