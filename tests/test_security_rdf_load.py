"""``kg load``: untrusted RDF into its own named graph, whole or not at all, and nothing fetched."""

from __future__ import annotations

import gc
import socket
import threading

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from helpers import triples_graph
from rdflib.compare import isomorphic

from kg import iris, load
from kg.cli import main
from kg.errors import SourceError, UsageError
from kg.stores.embedded import Store
from kg.vocab import ID

TURTLE = """@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:kunashir a ex:Island ; rdfs:label "Kunashir"@en, "国後島"@ja ;
    ex:area 1490.5 ; ex:partOf [ a ex:Group ; rdfs:label "South Kurils" ] .
ex:shikotan ex:near ex:kunashir ; rdfs:comment "say \\"hi\\"\\nnew line" .
"""
RDFLIB_FORMATS = {
    "ttl": "turtle",
    "nt": "nt",
    "nq": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
    "rdf": "xml",
}


@pytest.fixture
def expected() -> rdflib.Graph:
    return rdflib.Graph().parse(data=TURTLE, format="turtle")


def quads(store: Store) -> set[str]:
    return {str(q) for q in store.quads()}


@pytest.mark.parametrize("ext", list(RDFLIB_FORMATS))
def test_every_format_loads_into_its_own_graph(tmp_path, expected, ext):
    path = tmp_path / f"kurils.{ext}"
    if ext == "nq":  # rdflib writes N-Quads only from a dataset: name a graph on each line
        lines = expected.serialize(format="nt").strip().splitlines()
        text = "\n".join(line[:-1] + "<http://x/g> ." for line in lines) + "\n"
    else:
        text = expected.serialize(format=RDFLIB_FORMATS[ext])
    path.write_text(text, encoding="utf-8")
    store = Store(None)
    report = load.load(path, store)
    assert report.graph == iris.loaded_graph_iri("kurils.ttl") == ox.NamedNode(ID + "loaded/kurils")
    assert store.graphs() == [report.graph] and report.triples == len(expected)
    assert isomorphic(triples_graph(store.quads(report.graph)), expected)


def test_a_dataset_is_merged_into_the_one_graph(tmp_path):
    path = tmp_path / "two.trig"
    path.write_text(
        "<http://x/g1> { <http://x/a> <http://x/p> 1 . }\n"
        "<http://x/g2> { <http://x/b> <http://x/p> 2 . }\n<http://x/c> <http://x/p> 3 .\n",
        encoding="utf-8",
    )
    store = Store(None)
    report = load.load(path, store, graph="http://example.org/mine")
    assert store.graphs() == [ox.NamedNode("http://example.org/mine")] and report.triples == 3


def test_loading_again_replaces_the_graph_and_leaves_the_others(tmp_path):
    store = Store(None)
    other = tmp_path / "other.ttl"
    other.write_text("<http://x/o> <http://x/p> 1 .\n", encoding="utf-8")
    load.load(other, store)
    path = tmp_path / "data.ttl"
    path.write_text("<http://x/a> <http://x/p> 1 .\n<http://x/b> <http://x/p> 2 .\n")
    load.load(path, store)
    path.write_text("<http://x/a> <http://x/p> 3 .\n")
    report = load.load(path, store)
    assert report.replaced == 2 and report.triples == 1
    assert len(store) == 2  # one triple each in data and other
    assert '"3"' in " ".join(quads(store)) and "http://x/b" not in " ".join(quads(store))


def test_a_syntax_error_names_the_line_and_loads_nothing(tmp_path):
    store = Store(None)
    path = tmp_path / "data.ttl"
    path.write_text("<http://x/a> <http://x/p> 1 .\n")
    load.load(path, store)
    before = quads(store)
    lines = [f"<http://x/s{i}> <http://x/p> {i} ." for i in range(11)]
    path.write_text("\n".join(lines) + '\n<http://x/bad> <http://x/p> "unclosed .\n')
    with pytest.raises(SourceError) as info:
        load.load(path, store)
    message = str(info.value)
    assert message.startswith(f"{path}:12: ") and "\n" not in message
    assert quads(store) == before  # the old graph is still whole; nothing of the new one


def test_cli_syntax_error_is_one_line_exit_1(tmp_path):
    path = tmp_path / "bad.nt"
    path.write_text("<http://x/a> <http://x/p> <http://x/b> .\n<http://x/a> <http://x/p> .\n")
    done = CliRunner().invoke(main, ["load", "--store", str(tmp_path / "s"), str(path)])
    assert done.exit_code == 1
    assert done.output.strip().splitlines() == [done.output.strip()]
    assert done.output.startswith(f"Error: {path}:2: ")


def test_cli_loads_and_says_where(tmp_path, expected):
    path = tmp_path / "kurils.ttl"
    path.write_text(TURTLE, encoding="utf-8")
    store = tmp_path / "s"
    done = CliRunner().invoke(main, ["load", "--store", str(store), str(path)])
    assert done.exit_code == 0, done.output
    assert (
        done.output == f"{len(expected)} triple(s) from kurils.ttl in graph <{ID}loaded/kurils>\n"
    )
    del done
    gc.collect()
    assert isomorphic(
        triples_graph(Store(store).quads(iris.loaded_graph_iri("kurils.ttl"))), expected
    )


@pytest.mark.parametrize(
    "args,message",
    [
        (["data.xyz"], "cannot tell the RDF format"),
        (["data.ttl", "--graph", "not an iri"], "not an absolute IRI"),
        (["data.ttl", "--graph", ID + "source/tass-x"], "source's graph"),
        (["data.ttl", "--graph", ID + "graph/inferred"], "the inferred graph"),
    ],
)
def test_cli_usage_errors(tmp_path, args, message):
    for name in ("data.xyz", "data.ttl"):
        (tmp_path / name).write_text("<http://x/a> <http://x/p> 1 .\n")
    args = [str(tmp_path / args[0]), *args[1:]]
    done = CliRunner().invoke(main, ["load", "--store", str(tmp_path / "s"), *args])
    assert done.exit_code == 2 and message in done.output and "Traceback" not in done.output


def test_format_option_overrides_the_extension(tmp_path):
    path = tmp_path / "data.dat"
    path.write_text('<http://x/a> <http://x/p> "1" .\n')
    with pytest.raises(UsageError):
        load.load(path, Store(None))
    assert load.load(path, Store(None), fmt="ntriples").triples == 1


# -- nothing fetched, nothing read ----------------------------------------------------------------


@pytest.fixture
def canary():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    hits: list[bytes] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            hits.append(b"hit")
            conn.close()

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/", hits
    sock.close()


@pytest.mark.parametrize(
    "document",
    [
        '{{"@context": "{url}ctx.jsonld", "@id": "http://x/a", "name": "A"}}',
        '{{"@context": ["{url}ctx", {{"n": "http://x/n"}}], "@id": "http://x/a", "n": "A"}}',
        '{{"@context": {{"@import": "{url}ctx"}}, "@id": "http://x/a"}}',
        '{{"@context": {{"@vocab": "http://x/"}}, "@id": "http://x/a", "@type": "@json",'
        ' "x": {{"@context": "file:///etc/passwd", "@id": "http://x/b"}}}}',
    ],
)
def test_jsonld_remote_contexts_fail_cleanly_without_fetching(tmp_path, canary, document):
    url, hits = canary
    path = tmp_path / "remote.jsonld"
    path.write_text(document.format(url=url), encoding="utf-8")
    store = Store(None)
    with pytest.raises(SourceError) as info:
        load.load(path, store)
    assert str(path) in str(info.value) and "\n" not in str(info.value)
    assert len(store) == 0 and hits == []


RDF_XML = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ {dtd} ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://x/">
  <rdf:Description rdf:about="http://x/a"><ex:p>{body}</ex:p></rdf:Description>
</rdf:RDF>
"""
LAUGHS = '<!ENTITY a0 "lol">' + "".join(
    '<!ENTITY a{} "{}">'.format(i, f"&a{i - 1};" * 10) for i in range(1, 10)
)


@pytest.mark.parametrize(
    "dtd,body,cause",
    [
        ('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "&xxe;", "external entity &xxe;"),
        ('<!ENTITY web SYSTEM "{url}e">', "&web;", "external entity &web;"),
        ('<!ENTITY % p SYSTEM "{url}p.dtd"> %p;', "x", "parameter entity"),
        (LAUGHS, "&a9;", "refers to other entities"),
        ('<!ENTITY big "' + "x" * 10_000 + '">', "&big;" * 2000, "amplification"),
        ('<!ENTITY big "' + "x" * 200_000 + '">', "&big;" * 90, "would expand to"),
    ],
)
def test_rdfxml_entities_cannot_read_fetch_or_explode(tmp_path, canary, dtd, body, cause):
    url, hits = canary
    path = tmp_path / "evil.rdf"
    path.write_text(RDF_XML.format(dtd=dtd.replace("{url}", url), body=body), encoding="utf-8")
    store = Store(None)
    with pytest.raises(SourceError) as info:
        load.load(path, store)
    assert cause in str(info.value) and str(path) in str(info.value)
    assert len(store) == 0 and hits == []


def test_an_external_dtd_is_refused(tmp_path, canary):
    url, hits = canary
    path = tmp_path / "dtd.rdf"
    text = RDF_XML.replace(
        "<!DOCTYPE rdf:RDF [ {dtd} ]>", f'<!DOCTYPE rdf:RDF SYSTEM "{url}x.dtd">'
    )
    path.write_text(text.format(body="x"), encoding="utf-8")
    with pytest.raises(SourceError, match="external DTD"):
        load.load(path, Store(None))
    assert hits == []


def test_rdfxml_nested_too_deep_is_refused(tmp_path):
    n = load.MAX_XML_DEPTH
    body = "<rdf:Description><ex:p>" * n + "x" + "</ex:p></rdf:Description>" * n
    path = tmp_path / "deep.rdf"
    path.write_text(RDF_XML.format(dtd="", body=body), encoding="utf-8")
    with pytest.raises(SourceError, match="nested over"):
        load.load(path, Store(None))


def test_plain_internal_entities_still_load(tmp_path):
    """The OWL-tool style '&ex;' abbreviations are harmless and common: they load."""
    text = RDF_XML.format(dtd='<!ENTITY ex "http://x/">', body="x").replace(
        'rdf:about="http://x/a"', 'rdf:about="&ex;a"'
    )
    path = tmp_path / "ok.rdf"
    path.write_text(text, encoding="utf-8")
    store = Store(None)
    assert load.load(path, store).triples == 1
    assert "<http://x/a> <http://x/p>" in " ".join(quads(store))


def test_xxe_content_never_reaches_the_store_through_the_cli(tmp_path):
    path = tmp_path / "xxe.rdf"
    path.write_text(
        RDF_XML.format(dtd='<!ENTITY xxe SYSTEM "file:///etc/passwd">', body="&xxe;"),
        encoding="utf-8",
    )
    store = tmp_path / "s"
    done = CliRunner().invoke(main, ["load", "--store", str(store), str(path)])
    assert done.exit_code == 1 and "external entity" in done.output
    assert "root:" not in done.output
    assert not store.exists()  # the file is refused before the store is even opened
