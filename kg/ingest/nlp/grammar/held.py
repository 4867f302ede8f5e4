"""Whether an event a noun names took place: "a planned summit", "the meeting was cancelled",
"called off the talks", "the talks never took place" tell of no meeting; "the planned summit went
ahead" of one. The words are data (data/lexicon/mood.yaml, ``events``); negation and modality of
the clause are the mood module's (kg/ingest/nlp/grammar/mood.py)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp.grammar.modality import modal
from kg.ingest.nlp.grammar.mood import MOOD_FILE, negated
from kg.paths import read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class _Words:
    undoing: frozenset[str]
    undoing_with: dict[str, frozenset[str]]
    planning: frozenset[str]
    marks: frozenset[str]
    occurring: frozenset[str]
    occurring_with: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = read_yaml(MOOD_FILE)["events"]

    def table(d: dict | None) -> dict[str, frozenset[str]]:
        return {str(k): frozenset(str(w) for w in v) for k, v in (d or {}).items()}

    return _Words(
        undoing=frozenset(data["undoing"]),
        undoing_with=table(data.get("undoing_with")),
        planning=frozenset(data["planning"]),
        marks=frozenset(str(w) for w in data["unheld_marks"]),
        occurring=frozenset(data["occurring"]),
        occurring_with=table(data.get("occurring_with")),
    )


def _is(verb: Token, plain: frozenset[str], with_word: dict[str, frozenset[str]]) -> bool:
    """Whether ``verb`` is one of ``plain``, or of ``with_word`` with its particle or object."""
    lemma = verb.lemma_.lower()
    needs = with_word.get(lemma)
    return lemma in plain or (
        needs is not None and any(c.lower_ in needs for c in verb.children if c.i > verb.i)
    )


def _governor(t: Token) -> Token | None:
    """The verb or noun that does something to the event: its verb (as object or subject), or
    the noun it is the of-object of ("the cancellation of the summit")."""
    while t.dep_ == "conj" and t.head != t:  # "the meeting and the dinner were cancelled"
        t = t.head
    if t.dep_ in ("dobj", "nsubjpass", "nsubj"):
        return t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.dep_ == "prep":
        return t.head.head
    return None


def occurring(t: Token) -> Token | None:
    """The verb saying the event noun ``t`` took place ("the summit went ahead in Vladivostok"),
    where one does: its phrases (place, date) are the event's."""
    w = _words()
    gov = _governor(t)
    if gov is not None and t.dep_ == "nsubj" and _is(gov, w.occurring, w.occurring_with):
        return gov
    return None


def unheld(t: Token, light: frozenset[str] = frozenset()) -> bool:
    """Whether the event noun ``t`` tells of an event that did not (or not yet) take place; a verb
    of ``light`` that holds it ("held talks") says so by its mood ("agreed to hold talks")."""
    w = _words()
    gov = _governor(t)
    if (verb := occurring(t)) is not None:  # "the summit went ahead" / "never took place"
        return negated(verb) or modal(verb)
    if gov is not None and gov.lemma_.lower() in light and t.dep_ != "nsubj":
        return modal(gov) or negated(gov)
    if gov is not None and t.dep_ != "nsubj" and _is(gov, w.undoing | w.planning, w.undoing_with):
        return True  # "the summit was cancelled", "postponed the talks", "a meeting is planned"
    if (
        gov is not None
        and t.dep_ == "nsubj"
        and gov.lemma_ == "be"
        and any(c.dep_ in ("acomp", "attr") and c.lower_ in w.marks for c in gov.children)
    ):
        return True  # "a meeting between A and B is possible in May", "the talks were postponed"
    marks = (c for c in t.children if c.dep_ in ("amod", "acl", "compound", "advmod"))
    return any(c.lower_ in w.marks for c in marks)  # "a planned summit", "talks scheduled for"
