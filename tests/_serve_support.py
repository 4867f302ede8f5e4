"""Test data and a live ``kg serve`` for the endpoint tests.

The store is built from hand-made kg.model objects through the real mapping (two sources, so a
part-of chain runs across graphs), plus the W3C protocol tests' data graphs and a bulk graph of a
few thousand triples that makes a cross join slow enough to time out.
"""

from __future__ import annotations

import atexit
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import iris, mapping
from kg.model import Entity, Evidence, Extraction, Fact, Source
from kg.stores.embedded import Store

W3C_DATA = "http://kasei.us/2009/09/sparql/data/"
_W3C_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "w3c-sparql-protocol"
#: The W3C tests' data, when ../shared is there (the W3C tests themselves say so when it is not).
MANIFEST_DIR_OR_NONE = _W3C_DIR if _W3C_DIR.exists() else None
BULK_GRAPH = ox.NamedNode("http://example.org/bulk")
TIMEOUT = 2.0
MAX_ROWS = 500

TEXT_A = (
    "MOSCOW, May 10. /TASS/. Japanese top diplomat Taro Kono met Sergey Lavrov in Moscow. "
    "Japan laid claims to the Kuril Islands. The Joint Declaration said that the Soviet "
    "government was ready to hand Shikotan Island over to Japan after a peace treaty was signed. "
    "Shikotan is one of the Lesser Kuril Islands."
)
TEXT_B = "The Lesser Kuril Islands are part of the Kuril Islands."

JAPAN = Entity("State", "state/japan", "Japan")
RUSSIA = Entity("State", "state/russia", "Russia")
USSR = Entity("State", "state/soviet-union", "Soviet Union")
KURILS = Entity("IslandGroup", "islandgroup/kuril-islands", "Kuril Islands", ("Kurils",))
LESSER = Entity("IslandGroup", "islandgroup/lesser-kuril-islands", "Lesser Kuril Islands")
SHIKOTAN = Entity("Island", "island/shikotan", "Shikotan", ("Shikotan Island",))
KONO = Entity("Person", "person/taro-kono", "Taro Kono")
LAVROV = Entity("Person", "person/sergey-lavrov", "Sergey Lavrov")
MOSCOW = Entity("City", "city/moscow", "Moscow")
DECLARATION = Entity(
    "Document",
    "document/joint-declaration-1956",
    "Joint Declaration",
    subtype="JointDeclaration",
    date="1956-10-19",
)


def _evidence(source: str, text: str, sentence: str, rule: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(source, start, start + len(sentence), sentence, rule)


def extractions() -> list[Extraction]:
    a = Source(
        "tass-test-a",
        "Article",
        title="Test article A",
        publisher="TASS",
        published="2019-05-10",
        text=TEXT_A,
    )
    b = Source("test-b", "Article", title="Test article B", published="2019-06-01", text=TEXT_B)

    def ev_a(sentence: str, rule: str) -> Evidence:
        return _evidence(a.key, TEXT_A, sentence, rule)

    facts_a = [
        Fact(
            "meeting",
            {"participants": (KONO, LAVROV), "place": MOSCOW, "date": "2019-05-10"},
            ev_a("Japanese top diplomat Taro Kono met Sergey Lavrov in Moscow.", "meeting"),
        ),
        Fact(
            "claims",
            {"claimant": JAPAN, "territory": KURILS},
            ev_a("Japan laid claims to the Kuril Islands.", "claims"),
        ),
        Fact(
            "promisesHandover",
            {
                "document": DECLARATION,
                "territory": SHIKOTAN,
                "from": USSR,
                "to": JAPAN,
                "condition": "after a peace treaty was signed",
            },
            ev_a(
                "The Joint Declaration said that the Soviet government was ready to hand "
                "Shikotan Island over to Japan after a peace treaty was signed.",
                "handover",
            ),
        ),
        Fact(
            "partOf",
            {"part": SHIKOTAN, "whole": LESSER},
            ev_a("Shikotan is one of the Lesser Kuril Islands.", "part-of"),
        ),
        Fact(
            "successorOf",
            {"state": RUSSIA, "predecessor": USSR},
            ev_a("Japan laid claims to the Kuril Islands.", "successor"),
        ),
    ]
    facts_b = [
        Fact(
            "partOf", {"part": LESSER, "whole": KURILS}, _evidence(b.key, TEXT_B, TEXT_B, "part-of")
        ),
    ]
    return [Extraction(a, facts=facts_a), Extraction(b, facts=facts_b)]


def build_store(path: Path, *, w3c_dir: Path | None = None, bulk: int = 0) -> Store:
    store = Store(path)
    for extraction in extractions():
        store.replace_graph(
            iris.source_iri(extraction.source.key), mapping.extraction_quads(extraction)
        )
    if w3c_dir is not None:
        for n in (1, 2, 3):
            graph = ox.NamedNode(f"{W3C_DATA}data{n}.rdf")
            quads = [
                ox.Quad(t.subject, t.predicate, t.object, graph)
                for t in ox.parse(path=str(w3c_dir / f"data{n}.nt"), format=ox.RdfFormat.N_TRIPLES)
            ]
            store.replace_graph(graph, quads)
    if bulk:
        p = ox.NamedNode("http://example.org/bulk#value")
        store.replace_graph(
            BULK_GRAPH,
            [
                ox.Quad(ox.NamedNode(f"http://example.org/bulk/{i}"), p, ox.Literal(i), BULK_GRAPH)
                for i in range(bulk)
            ],
        )
    store.flush()
    return store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    url: str  # http://127.0.0.1:PORT

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(store_path: Path, *args: str) -> Server:
    """``kg serve`` as a real subprocess on a free loopback port; waits until it answers."""
    port = free_port()
    command = [
        sys.executable,
        "-c",
        "import sys; from kg.cli import main; sys.exit(main())",
        "serve",
        "--store",
        str(store_path),
        "--port",
        str(port),
        *args,
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    server = Server(process, f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"kg serve exited: {process.stderr.read().decode()}")
        try:
            with urllib.request.urlopen(server.url + "/sparql?query=ASK%7B%7D", timeout=5):
                return server
        except OSError:
            time.sleep(0.1)
    server.stop()
    raise RuntimeError("kg serve did not answer within 30 s")


_SHARED: dict[str, Server] = {}


def shared_server(tmp_root: Path, w3c_dir: Path | None) -> Server:
    """One server for all endpoint tests in a run (started once, stopped at exit)."""
    if "server" not in _SHARED:
        store_path = tmp_root / "store"
        build_store(store_path, w3c_dir=w3c_dir, bulk=3000)
        server = start_server(store_path, "--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS))
        atexit.register(server.stop)
        _SHARED["server"] = server
    return _SHARED["server"]
