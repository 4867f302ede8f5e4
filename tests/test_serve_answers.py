"""The server answers a named question once per generation of the store (kg.serve.answers), shares
one run among clients asking at once, and never answers from a store that has changed since: a
new source shows at once."""

from __future__ import annotations

import asyncio
import csv
import io
import time
import urllib.request

import pytest
from _serve_support import build_store, start_server

from kg import iris, mapping
from kg.model import Entity, Evidence, Extraction, Fact, Source
from kg.serve.answers import Answers
from kg.serve.execute import Job, Reply
from kg.serve.lanes import NAMED_BUDGET, Lanes
from kg.stores.embedded import Store

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


def _reply(text: str) -> Reply:
    return Reply(200, "text/csv", text.encode())


def test_an_answer_is_kept_for_its_generation_of_the_store(tmp_path):
    path = tmp_path / "store"
    build_store(path).flush()
    answers = Answers(path)
    job = Job(name="claims", format="csv")
    assert answers.get(job) is None
    answers.keep(job, answers.generation(), _reply("first"))
    assert answers.get(job).body == b"first"
    assert answers.get(Job(name="claims", format="json")) is None  # another format
    assert answers.get(Job(name="claims", params={"territory": "Kurils"}, format="csv")) is None
    _add_claim(path)  # a new generation: nothing kept is sent again
    assert answers.get(job) is None and len(answers) == 0


def test_only_answers_to_named_questions_that_succeeded_are_kept(tmp_path):
    path = tmp_path / "store"
    build_store(path).flush()
    answers = Answers(path)
    now = answers.generation()
    answers.keep(Job(query="ASK {}"), now, _reply("true"))
    answers.keep(Job(name="claims"), now, Reply(503, "text/plain", b"busy"))
    answers.keep(Job(name="claims", ask="who claims the Kurils?"), now, _reply("x"))
    assert len(answers) == 0
    remote = Answers("http://127.0.0.1:9/sparql")
    remote.keep(Job(name="claims"), remote.generation(), _reply("x"))
    assert remote.get(Job(name="claims")) is None  # a remote endpoint changes when it will


def test_answers_kept_are_bounded_in_bytes(tmp_path):
    path = tmp_path / "store"
    build_store(path).flush()
    answers = Answers(path, max_bytes=10)
    now = answers.generation()
    answers.keep(Job(name="big"), now, _reply("x" * 11))  # over the bound: not kept
    for name in ("a", "b", "c"):
        answers.keep(Job(name=name), now, _reply("x" * 4))
    assert answers.get(Job(name="a")) is None  # the oldest made room
    assert answers.get(Job(name="c")).body == b"xxxx" and len(answers) == 2


def test_clients_asking_the_same_question_at_once_share_one_run(tmp_path):
    path = tmp_path / "store"
    build_store(path).flush()
    lanes = Lanes(path, adhoc=1, named=1, slow=1)  # not started: _run stands in for the workers
    runs = []

    async def one_run(job, budget=None):
        runs.append(job)
        await asyncio.sleep(0.2)
        return _reply(job.name or "")

    lanes._run = one_run

    async def ask_all():
        named = [lanes.run(Job(name="claims")) for _ in range(5)]
        adhoc = [lanes.run(Job(query="ASK {}")) for _ in range(2)]
        return await asyncio.gather(*named, *adhoc)

    replies = asyncio.run(ask_all())
    assert [r.body for r in replies] == [b"claims"] * 5 + [b""] * 2
    assert sum(job.name == "claims" for job in runs) == 1 and len(runs) == 3
    asyncio.run(lanes.run(Job(name="claims")))
    assert len(runs) == 3  # kept: answered again without a run


def test_a_long_named_run_goes_on_for_everyone_while_clients_are_told_to_retry(tmp_path):
    path = tmp_path / "store"
    build_store(path).flush()
    lanes = Lanes(path, adhoc=1, named=1, slow=1, timeout=0.2)
    budgets = []

    async def long_run(job, budget=None):
        budgets.append(budget)
        await asyncio.sleep(0.5)  # past the clients' timeout, within the run's budget
        return _reply("answer")

    lanes._run = long_run

    async def ask_twice():
        first = await asyncio.gather(*(lanes.run(Job(name="corroboration")) for _ in range(3)))
        await asyncio.sleep(0.5)
        return first, await lanes.run(Job(name="corroboration"))

    waited, later = asyncio.run(ask_twice())
    assert {r.status for r in waited} == {503}
    assert "being computed" in waited[0].body.decode() and waited[0].headers["Retry-After"]
    assert later.body == b"answer"  # the run went on and its answer was kept
    assert budgets == [NAMED_BUDGET * 0.2]  # one run, with the longer budget


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
    assert _claimants(_get(url)) == before  # asked again: the same, kept
    _add_claim(path)
    deadline = time.monotonic() + 10
    while "China" not in (now := _claimants(_get(url))) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert now == before | {"China"}


def test_one_answer_serves_every_client_that_negotiates_the_same_format(tmp_path):
    path = tmp_path / "store"
    build_store(path).flush()
    answers = Answers(path)
    answers.keep(Job(name="claims"), answers.generation(), _reply("json"))  # the default: JSON
    for same in (
        Job(name="claims", accept="application/sparql-results+json"),
        Job(name="claims", accept="application/sparql-results+json, */*;q=0.1"),
        Job(name="claims", format="json"),
    ):
        assert answers.get(same).body == b"json", same
    assert answers.get(Job(name="claims", accept="text/csv")) is None


def test_warming_answers_the_whole_graph_questions_before_anyone_asks(tmp_path):
    """kg serve --warm: each question once, in turn; a client asking meanwhile shares that run,
    and one asking later is answered without a run."""
    path = tmp_path / "store"
    build_store(path).flush()
    lanes = Lanes(path, adhoc=1, named=1, slow=1)
    runs = []

    async def one_run(job, budget=None):
        runs.append(job.name)
        await asyncio.sleep(0.1)
        return _reply(job.name or "")

    lanes._run = one_run

    async def warm_while_asked():
        warming = asyncio.ensure_future(lanes.warm(["corroboration", "claims"]))
        await asyncio.sleep(0.02)
        asked = await lanes.run(Job(name="corroboration", accept="application/sparql-results+json"))
        await warming
        return asked

    asked = asyncio.run(warm_while_asked())
    assert asked.body == b"corroboration" and runs == ["corroboration", "claims"]
    later = asyncio.run(lanes.run(Job(name="claims", format="json")))
    assert later.body == b"claims" and runs == ["corroboration", "claims"]


def test_the_questions_warmed_are_those_asked_without_parameters():
    from kg.serve.app import whole_graph_questions

    names = whole_graph_questions()
    assert "corroboration" in names and "claims" in names  # an optional parameter left out
    assert "evidence" not in names  # it needs an entity


def test_kg_serve_warm_answers_the_questions_ahead(tmp_path):
    path = tmp_path / "store"
    build_store(path).flush()
    found = start_server(path, "--warm", "--workers", "1", "--named-workers", "1")
    try:
        request = urllib.request.Request(found.url + "/queries/corroboration")
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 200
    finally:
        found.stop()
    from kg.serve.app import whole_graph_questions

    ahead = f"answering {len(whole_graph_questions())} named questions ahead"
    assert ahead in found.process.stderr.read().decode()
