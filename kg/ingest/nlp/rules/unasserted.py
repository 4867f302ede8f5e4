"""Speech verbs whose clause asserts nothing of the speaker's: a mandative subjunctive ("demanded
that the accord be revised", "insists that Syria recognize the area"), which tells what one wants
done, not what one says is so; and "according to" a document or an unnamed group ("according to
a statement from the ministry", "according to officials"), the outlet's sourcing of its own
narration rather than someone's words. News readers, and the gold, count neither as a statement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.grammar_slots import slot_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.ingest.nlp.triggers import Trigger


def unasserted(p: g.Parsed, tok: Token, trig: Trigger) -> bool:
    """Whether the speech trigger ``tok`` reports a demand's subjunctive or a source that is no
    speaker (the trigger's ``speaker_not``)."""
    if any(ch.dep_ == "ccomp" and ch.i > tok.i and _mandative(ch) for ch in tok.children):
        return True  # a demand follows its verb; words told before a tag are said, not demanded
    if not trig.speaker_not:
        return False
    slots = [slot for slot, role in trig.slots if role == "speaker"]
    heads = [t for slot in slots for t in slot_tokens(p, tok, trig, slot)]
    return bool(heads) and heads[0].lemma_.lower() in trig.speaker_not


def _mandative(verb: Token) -> bool:
    """Whether a complement clause is a subjunctive of demand: a bare verb with its own subject
    ("that Croatia withdraw"), a bare passive ("that the accord be revised"), or a present verb
    that does not agree with its singular subject ("that Japan retract")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not subj or any(c.dep_ == "aux" for c in aux):
        return False  # "that it would", "that it did not": no subjunctive
    bare_be = all(c.lemma_.lower() == "be" and c.tag_ == "VB" for c in aux)
    if verb.tag_ == "VB":
        return bare_be
    if verb.tag_ == "VBN":
        return bool(aux) and bare_be
    single = subj[0].tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subj[0].children)
    return verb.tag_ == "VBP" and not aux and single
