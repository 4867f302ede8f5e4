"""``GET /ask?q=QUESTION``: kg ask over HTTP, for the query page's ask box (run in a worker).

200: ``{"question", "title", "params", "sparql", "results"}`` (results: W3C SPARQL 1.1 JSON);
422 when the question maps to no competency question: ``{"error", "examples": [{"question",
"example"}]}``; 400 ``{"error"}`` for a question that cannot be read (too long, a bad rules file).
Only catalogue queries run, with the entities found bound as terms: the words asked never become
SPARQL text.
"""

from __future__ import annotations

import json
import weakref

from kg import ask
from kg.ask.entities import Index
from kg.errors import KgError
from kg.serve.execute import Limits, Reply
from kg.stores.base import GraphStore

_JSON = "application/json"
#: The entity index of each open store: a worker reopens its store when the files change, so an
#: index lives as long as the store object it was read from (building one scans every label).
_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def execute_ask(store: GraphStore, question: str, limits: Limits) -> Reply:
    try:
        if not question.strip():
            raise ask.NotUnderstood("", ask.examples(), "the question is empty")
        answer = ask.answer(store, question, index=_index(store))
    except ask.NotUnderstood as exc:
        examples = [{"question": n, "example": e} for n, e in exc.examples]
        return _json(422, {"error": exc.headline(), "examples": examples})
    except KgError as exc:
        return _json(400, {"error": exc.headline()})
    body = answer.to_json()
    headers = {}
    bindings = body["results"].get("results", {}).get("bindings")
    if bindings is not None and len(bindings) > limits.max_rows:
        body["results"]["results"]["bindings"] = bindings[: limits.max_rows]
        headers["Kg-Truncated"] = str(limits.max_rows)
    return _json(200, body, headers)


def _index(store: GraphStore) -> Index:
    try:
        index = _INDEXES.get(store)
    except TypeError:  # a store that cannot be weakly referenced: read the names each time
        return Index(store)
    if index is None:
        index = _INDEXES[store] = Index(store)
    return index


def _json(status: int, body: dict, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, _JSON, json.dumps(body, ensure_ascii=False).encode("utf-8"), headers or {})
