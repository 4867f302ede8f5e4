"""``kg ask``: a question in plain English mapped to a competency question and its parameters.

Offline and explainable: the words that point to each question are data (``data/ask/intents.yaml``),
read on spaCy's lemmas; the entities are found by the store's labels and the gazetteer's names,
fuzzily where misspelt; the parameters a question takes, and the kinds of entity each accepts,
come from the query headers. The answer carries everything needed to check it: the question
chosen and why, the parameters bound, the SPARQL run (always a catalogue query, the user's words
are never SPARQL) and its rows with their evidence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from kg import classes, queries
from kg.ask import entities, intents, words
from kg.errors import KgError, QueryError, UsageError
from kg.sparql import guard
from kg.stores.base import GraphStore

#: Longest question accepted (characters): a question, not a document.
MAX_QUESTION = 500
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")


class NotUnderstood(KgError):
    """No competency question matches (exit 1); ``examples`` lists what can be asked."""

    def __init__(self, question: str, examples: list[tuple[str, str]], why: str) -> None:
        width = max(len(n) for n, _ in examples)
        super().__init__(
            f"cannot map {question!r} to a competency question ({why}); ask one of these",
            detail="\n".join(f"  {n.ljust(width)}  {e}" for n, e in examples),
        )
        self.examples = examples


@dataclass(frozen=True)
class Binding:
    """A parameter's value: the entity, and the words of the question that named it."""

    candidate: entities.Candidate
    mention: entities.Mention


@dataclass(frozen=True)
class Interpretation:
    """The question chosen for the words asked, and why."""

    asked: str
    intent: intents.Intent
    score: int
    hits: tuple[words.Hit, ...]
    params: Mapping[str, Binding]
    unused: tuple[entities.Mention, ...]  # entities named that no parameter of the question takes
    years: tuple[str, ...]  # years named ("in 2019"): no competency question takes a date yet
    runner_up: tuple[str, int] | None  # the next best question and its score

    @property
    def query(self) -> queries.NamedQuery:
        return self.intent.query

    def bindings(self) -> dict[str, ox.NamedNode]:
        return {name: ox.NamedNode(b.candidate.iri) for name, b in self.params.items()}


@dataclass(frozen=True)
class Answer:
    interpretation: Interpretation
    result: queries.Result

    def to_json(self) -> dict:
        """The endpoint's JSON (GET /ask): question, title, params, sparql, results."""
        it = self.interpretation
        return {
            "question": it.query.name,
            "title": it.query.title,
            "params": {name: b.candidate.iri for name, b in it.params.items()},
            "sparql": it.query.text,
            "results": json.loads(self.result.raw),
        }


def examples(rules: intents.Rules | None = None) -> list[tuple[str, str]]:
    """(question name, an example) for every question ``kg ask`` can map to."""
    return [(i.name, i.example) for i in (rules or intents.load()).intents]


def interpret(
    store: GraphStore | None,
    question: str,
    rules: intents.Rules | None = None,
    index: entities.Index | None = None,
) -> Interpretation:
    """The competency question (and its parameters) ``question`` asks; NotUnderstood if none."""
    rules = rules or intents.load()
    question = " ".join(question.split())
    if not question:
        raise UsageError('ask a question, e.g. kg ask "who claims the Kuril Islands?"')
    if len(question) > MAX_QUESTION:
        raise UsageError(f"the question is over {MAX_QUESTION} characters; ask a shorter one")
    ws = words.words(question)
    fixes = words.corrected(ws, rules)
    all_hits = {i.name: words.hits(ws, i.cues, fixes) for i in rules.intents}
    cue_words = {j for hs in all_hits.values() for h in hs for j in range(h.start, h.end)}
    found = entities.mentions(question, ws, index or entities.Index(store), skip=cue_words)
    ranked = []
    for order, intent in enumerate(rules.intents):
        params = _bind(intent.query, found)
        if any(p.required and p.name not in params for p in intent.query.params or ()):
            continue
        total = words.score(all_hits[intent.name]) + len(params)
        ranked.append((-total, -len(params), order, intent, params))
    ranked.sort(key=lambda r: r[:3])
    if not ranked or -ranked[0][0] < rules.threshold:
        why = (
            "none of its words points to one"
            if not any(all_hits.values())
            else "its words point to none clearly enough"
        )
        raise NotUnderstood(question, examples(rules), why)
    total, _, _, intent, params = ranked[0]
    used = {id(b.mention) for b in params.values()}
    return Interpretation(
        asked=question,
        intent=intent,
        score=-total,
        hits=tuple(all_hits[intent.name]),
        params=params,
        unused=tuple(m for m in found if id(m) not in used),
        years=_years(ws, found),
        runner_up=(ranked[1][3].name, -ranked[1][0]) if len(ranked) > 1 else None,
    )


def _years(ws: list[words.Word], found: list[entities.Mention]) -> tuple[str, ...]:
    """Years the question names outside an entity's name ("1956 declaration" is a name)."""
    named = {i for m in found for i in range(m.start, m.end)}
    return tuple(w.text for i, w in enumerate(ws) if i not in named and _YEAR.fullmatch(w.text))


def _bind(query: queries.NamedQuery, found: list[entities.Mention]) -> dict[str, Binding]:
    """Each parameter, in header order, takes the first entity named that is of a kind it
    accepts (an untyped one: any entity); an entity fills one parameter at most."""
    types = dict(query.param_types)
    bound: dict[str, Binding] = {}
    used: set[int] = set()
    for param in query.params or ():
        wanted = types.get(param.name, ())
        for m in found:
            if id(m) in used:
                continue
            fit = next(
                (c for c in m.candidates if not wanted or classes.fits(set(c.classes), wanted)),
                None,
            )
            if fit is not None:
                bound[param.name] = Binding(fit, m)
                used.add(id(m))
                break
    return bound


def answer(
    store: GraphStore,
    question: str,
    rules: intents.Rules | None = None,
    index: entities.Index | None = None,
) -> Answer:
    """Interpret ``question`` and run the chosen catalogue query with its parameters bound
    (``index``: the store's names, when the caller keeps them between questions)."""
    it = interpret(store, question, rules, index)
    try:  # a catalogue query, never the user's text; checked as the endpoint checks any query
        guard.check_query(it.query.text)
    except guard.Refused as exc:
        raise QueryError(f"{it.query.path}: {exc}") from None
    return Answer(it, queries.run(store, it.query.text, it.bindings()))
