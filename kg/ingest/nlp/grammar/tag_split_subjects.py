"""A clause's subject that a speech tag set between commas cut off from its verb ("Bolivia,
President Luis Arce said, would never give up ..."), and how to mend it in place before the
readers see the parse: the opening phrase is the later verb's subject, the tag a parenthesis.

Split from kg.ingest.nlp.grammar.speech_misreads, the other misreadings around reported speech;
kg.ingest.nlp.grammar.mending calls it where its gate lets it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.kept_tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: What the parser makes of a fronted subject it cut off from its verb by a tag: the tag's
#: subject (its apposition then the tag's speaker), or a loose word of the tag.
_FRONTED = frozenset({"nsubj", "dep", "npadvmod"})


def mend_subjects_split_by_tags(doc: Doc) -> None:
    """Mend, in place, a clause's subject that a speech tag set between commas cut off from its
    verb ("Bolivia, President Luis Arce said, would never give up ...", with "Arce" an ``appos`` of
    "Bolivia", the country the subject of "said"; "The treaty, Ramgoolam told lawmakers,
    recognised ...", with "treaty" a loose word of "told" and "recognised" its conjunct): a finite
    verb after the tag's second comma that has no subject of its own takes the phrase that opens
    the sentence before the first, the tag's subject is the phrase right before it, and the tag is
    a parenthesis of that verb, as in "Armenia, Aliyev argued, must ..."."""
    for tag in tokens(doc):
        if tag.pos_ != "VERB" or tag.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        verb = _verb_after(doc, tag)
        split = _split_subject(doc, tag) if verb is not None else None
        if verb is None or split is None:
            continue
        front, speaker = split
        speaker.head, speaker.dep_ = tag, "nsubj"
        if tag.head == tag:
            verb.head, verb.dep_ = verb, "ROOT"
            for c in [c for c in tag.children if c.i > verb.i]:
                c.head = verb
            tag.head, tag.dep_ = verb, "parataxis"
        front.head, front.dep_ = verb, "nsubj"


def _verb_after(doc: Doc, tag: Token) -> Token | None:
    """The finite verb after a tag's closing comma that has no subject of its own, if the tag
    (with its object and adjuncts) ends at that comma."""
    verb: Token | None = None
    if tag.dep_ == "parataxis" and tag.head.i > tag.i:
        verb = tag.head
    elif tag.head == tag:
        verb = next((c for c in tag.children if c.dep_ in ("ccomp", "conj") and c.i > tag.i), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for c in verb.children):
        return None
    tagged = {t.i for t in tag.subtree} - {t.i for t in verb.subtree}
    if tag.head == verb:
        tagged = {t.i for t in tag.subtree}
    comma = min(t.i for t in verb.subtree if t.i not in tagged) - 1
    if comma <= tag.i or doc[comma].text != ",":
        return None
    return verb if all(j in tagged for j in range(tag.i + 1, comma + 1)) else None


def _split_subject(doc: Doc, tag: Token) -> tuple[Token, Token] | None:
    """The phrase that opens the sentence and the tag's true subject, where the parser read the
    former as the tag's subject (the latter its apposition) or as a loose word of the tag."""
    start = tag.sent.start
    subj = [c for c in tag.children if c.dep_ == "nsubj" and c.i < tag.i]
    if not 0 < len(subj) < 3:
        return None
    apposed = [c for c in subj[0].children if c.dep_ == "appos" and c.right_edge.i == tag.i - 1]
    if len(subj) == 2:  # "Japan, Ishiba told parliament, would ...": both read as its subjects
        front, speaker = subj
        if front.left_edge.i != start or speaker.right_edge.i != tag.i - 1:
            return None
    elif apposed and subj[0].left_edge.i == start:
        front, speaker = subj[0], apposed[0]
    else:
        speaker = subj[0]
        found = next(
            (
                c
                for c in tag.children
                if c.dep_ in _FRONTED and c.i < speaker.left_edge.i and c.left_edge.i == start
            ),
            None,
        )
        if found is None or speaker.right_edge.i != tag.i - 1:
            return None
        front = found
    if front.pos_ not in ("NOUN", "PROPN") or doc[speaker.left_edge.i - 1].text != ",":
        return None
    own = [t.i for t in front.subtree if t.i < speaker.left_edge.i and not t.is_punct]
    return (front, speaker) if max(own) + 2 == speaker.left_edge.i else None
