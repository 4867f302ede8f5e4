"""Who "they" is as the tag of a quotation ('A and B said in a joint statement that ... "...,"
they said'): the speakers a speech verb coordinates earlier in the same paragraph. A paragraph's
quotations are read before its sentences' statements (rules/speech.py), so those speakers are
read from the earlier sentence's parse, not from the statements found so far; left unread, "they"
went to the last people named together anywhere before ("named special envoy by President X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.triggers import by_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.discourse import Sentence
    from kg.ingest.nlp.rules.common import Collector
    from kg.model import Entity


def coordinated_before(c: Collector, s: Sentence) -> list[Entity]:
    """The two or more speakers a speech verb has as its coordinated subject in the nearest
    sentence before ``s`` in its paragraph that has such a verb; none where no sentence does."""
    for before in reversed([x for x in c.paragraph if x.index < s.index]):
        p = before.parsed
        if p is None:
            continue
        for tok in p.tokens:
            if not _speech(tok):
                continue
            for subj in (ch for ch in tok.children if ch.dep_ == "nsubj"):
                found: list[Entity] = []
                for head in (subj, *subj.conjuncts):
                    m = p.mention(head)
                    if m is not None and m.entity is not None and m.entity not in found:
                        found.append(m.entity)
                if len(found) >= 2:
                    return found
    return []


def _speech(tok: Token) -> bool:
    """Whether a verb is one of the ``statement`` class's verbs of saying."""
    return tok.pos_ == "VERB" and any(
        rel.name == "statement" and not trig.noun
        for rel, trig in by_lemma().get(tok.lemma_.lower(), ())
    )
