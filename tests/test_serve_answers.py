"""A query worker computes a named question's answer once per store generation (kg.serve.answers),
and never answers from a store that has changed since: the server shows a new source at once."""

from __future__ import annotations

import csv
import io
import time
import urllib.request

import pytest
from _serve_support import JAPAN, build_store, start_server

from kg import iris, mapping, queries
from kg.model import Entity, Evidence, Extraction, Fact, Source
from kg.serve import execute as worker
from kg.serve.answers import Answers
from kg.serve.execute import Job, Limits
from kg.store import Store

TEXT = "China claims the Paracel Islands."
PARACELS = Entity("IslandGroup", "islandgroup/paracel-islands", "Paracel Islands")
CHINA = Entity("State", "state/china", "China")


def _add_claim(path) -> None:
    """A new source with a new claim, written while the server (or a reader) has the store open."""
    source = Source("test-paracels", "Article", title="Paracels", text=TEXT)
    fact = Fact(
        "claims",
        {"claimant": CHINA, "territory": PARACELS},
        Evidence(source.key, 0, len(TEXT), TEXT, "claims"),
    )
    extraction = Extraction(source, facts=[fact])
    writer = Store(path)
    writer.replace_graph(iris.source_iri(source.key), mapping.extraction_quads(extraction))
    writer.flush()
    del writer


def _claimants(body: bytes) -> set[str]:
    return {row["stateLabel"] for row in csv.DictReader(io.StringIO(body.decode()))}


def _ask(job: Job, store: Store) -> bytes:
    reply = worker.execute(store, job, Limits(memory=None))
    assert reply.status == 200, reply.body
    return reply.body


def test_a_named_question_runs_once_per_store_generation(tmp_path, monkeypatch):
    path = tmp_path / "store"
    build_store(path).raw.flush()
    runs = []
    real_run = queries.run

    def counting_run(store, text, bindings=None):
        runs.append(text)
        return real_run(store, text, bindings)

    monkeypatch.setattr(queries, "run", counting_run)
    monkeypatch.setattr(worker, "ANSWERS", Answers())
    job = Job(name="claims", format="csv")
    first = Store(path, read_only=True)
    answer = _ask(job, first)
    assert _ask(job, first) == answer and len(runs) == 1  # the second from memory
    assert _ask(Job(name="claims", format="json"), first) and len(runs) == 1  # any format
    _ask(Job(name="claims", params={"territory": "Kuril Islands"}, format="csv"), first)
    assert len(runs) == 2  # other parameters: another answer

    _add_claim(path)
    reopened = Store(path, read_only=True)  # what a worker does when the store's files change
    assert _claimants(_ask(job, reopened)) == _claimants(answer) | {"China"}
    assert len(runs) == 3


def test_answers_kept_are_bounded_by_rows(tmp_path):
    store = build_store(tmp_path / "store")
    answers = Answers(max_rows=3)

    def rows(n):
        return lambda: queries.Result("select", ["x"], [(JAPAN_IRI,)] * n)

    big = answers.get(store, "big", rows(4))
    assert len(big.rows) == 4 and len(answers) == 0  # over the bound: answered, not kept
    answers.get(store, "a", rows(2))
    answers.get(store, "b", rows(1))
    answers.get(store, "c", rows(1))  # the oldest ("a") makes room
    assert len(answers) == 2
    assert answers.get(store, "a", rows(0)).rows == []  # computed again


JAPAN_IRI = iris.entity_iri(JAPAN)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("answers") / "store"
    build_store(path)
    found = start_server(path, "--timeout", "20", "--workers", "1", "--named-workers", "1")
    yield found, path
    found.stop()


def _get(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read()


def test_the_server_answers_from_the_store_as_it_is_now(server):
    found, path = server
    url = found.url + "/queries/claims"
    before = _claimants(_get(url))
    assert before and "China" not in before
    assert _claimants(_get(url)) == before  # asked again: the same, from the worker's memory
    _add_claim(path)
    deadline = time.monotonic() + 10
    while "China" not in (now := _claimants(_get(url))) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert now == before | {"China"}
