"""The export format table (kg.export.formats) is the one place a format's name, suffix, media
type and writer are written: the commands offer its names, the RDF writer and the endpoint's
content negotiation read its media types and syntaxes."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kg.cli import main
from kg.export import formats, rdf
from kg.serve import negotiate, results

TABLES = {"rdf": formats.RDF, "graph": formats.GRAPH, "timeline": formats.TIMELINE}
EX = "https://w3id.org/dispute-kg/id/"
QUADS = [
    ox.Quad(
        ox.NamedNode(EX + "state/japan"),
        ox.NamedNode(EX + "p"),
        ox.Literal("Japan", language="en"),
        ox.NamedNode(EX + "source/a"),
    ),
    ox.Quad(
        ox.NamedNode(EX + "state/japan"),
        ox.NamedNode(EX + "q"),
        ox.BlankNode("b1"),
        ox.NamedNode(EX + "source/b"),
    ),
]


@pytest.mark.parametrize("fmt", formats.RDF.values(), ids=lambda f: f.name)
def test_rdf_formats_agree_with_pyoxigraph(fmt):
    assert fmt.syntax is not None
    assert fmt.media_type == fmt.syntax.media_type
    assert fmt.suffix == "." + fmt.syntax.file_extension
    assert fmt.datasets == fmt.syntax.supports_datasets


@pytest.mark.parametrize(
    "fmt", [f for t in TABLES.values() for f in t.values()], ids=lambda f: f.writer
)
def test_every_writer_can_be_imported(fmt):
    assert callable(formats._load(fmt.writer))
    assert fmt.suffix.startswith(".") and "/" in fmt.media_type


@pytest.mark.parametrize(
    ("command", "table"), [("export", "rdf"), ("viz", "graph"), ("timeline", "timeline")]
)
def test_each_command_offers_the_names_of_its_table(command, table):
    (option,) = [p for p in main.commands[command].params if p.name == "fmt"]
    assert list(option.type.choices) == formats.names(TABLES[table], aliases=True)
    assert option.default == next(iter(TABLES[table])) or command == "viz"
    helped = CliRunner().invoke(main, [command, "--help"], terminal_width=300)
    assert helped.exit_code == 0 and "|".join(option.type.choices) in helped.output


@pytest.mark.parametrize("name", formats.names(formats.RDF, aliases=True))
def test_every_rdf_name_writes_what_its_syntax_reads_back(name):
    fmt = formats.find(formats.RDF, name)
    data = rdf.serialize(QUADS, fmt.name)
    back = rdflib.Dataset() if fmt.datasets else rdflib.Graph()
    back.parse(data=data, format={"rdfxml": "xml", "jsonld": "json-ld"}.get(fmt.name, fmt.name))
    expected = rdflib.Dataset() if fmt.datasets else rdflib.Graph()
    nq = ox.serialize(
        QUADS if fmt.datasets else [ox.Triple(*q.triple) for q in QUADS],
        format=ox.RdfFormat.N_QUADS if fmt.datasets else ox.RdfFormat.N_TRIPLES,
    )
    expected.parse(data=nq, format="nquads" if fmt.datasets else "nt")
    if fmt.datasets:
        for g in expected.graphs():
            assert isomorphic(g, back.graph(g.identifier))
    else:
        assert isomorphic(back, expected)


@pytest.mark.parametrize("name", ["turtle", "ntriples", "jsonld", "rdfxml"])
def test_the_endpoint_serves_graphs_as_the_table_names_and_types_them(name):
    fmt = formats.RDF[name]
    chosen = negotiate.choose("graph", fmt.media_type)
    assert (chosen.key, chosen.media_type) == (fmt.name, fmt.media_type)
    for short in (fmt.name, *fmt.aliases):
        assert negotiate.choose("graph", None, short) == chosen
    triples = [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in QUADS
        if not isinstance(q.object, ox.BlankNode)
    ]
    body = results.graph(triples, chosen, {})
    assert [q.triple for q in ox.parse(body, format=fmt.syntax)] == triples
