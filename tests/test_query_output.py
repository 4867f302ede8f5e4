"""Output formats of query results, and the ``kg queries`` / ``kg query`` commands."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from kg import queries, results
from kg.stores.embedded import Store
from kg.vocab import ID

NAMES = [q.name for q in queries.load_all()]

# -- formats -------------------------------------------------------------------------------------


def test_json_is_w3c_sparql_results(article_store):
    result = queries.answer(article_store, queries.get("disputes"))
    data = json.loads(results.serialize(result, "json"))
    assert data["head"]["vars"] == list(queries.get("disputes").returns)
    (binding,) = data["results"]["bindings"]
    assert binding["territory"] == {"type": "uri", "value": ID + "islandgroup/kuril-islands"}
    assert binding["start"]["type"] == "literal" and int(binding["start"]["value"]) == 1474


def test_json_keeps_every_kind_of_term():
    """The JSON is written from the rows: each term comes back as pyoxigraph reads it."""
    import pyoxigraph as ox

    store = Store(None)
    s, p = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")
    objects = [
        ox.Literal("Курилы", language="ru"),
        ox.Literal("1956-10-19", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
        ox.Literal('plain "quoted"\n'),
        ox.BlankNode("b1"),
        ox.NamedNode("http://example.org/o"),
    ]
    store.replace_graph(ox.NamedNode("http://example.org/g"), [ox.Quad(s, p, o) for o in objects])
    result = queries.run(store, "SELECT ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?none } }")
    back = ox.parse_query_results(
        results.serialize(result, "json"), format=ox.QueryResultsFormat.JSON
    )
    rows = sorted((str(sol["o"]), sol["none"]) for sol in back)
    assert rows == sorted((str(o), None) for o in objects)
    ask = queries.run(store, "ASK { ?s ?p 'nothing' }")
    assert json.loads(results.serialize(ask, "json")) == {"head": {}, "boolean": False}


def test_csv_and_tsv_headers(article_store):
    result = queries.answer(article_store, queries.get("meetings"))
    rows = list(csv.reader(io.StringIO(results.serialize(result, "csv").decode())))
    assert rows[0] == list(result.variables) and len(rows) == 4
    tsv = results.serialize(result, "tsv").decode().splitlines()
    assert tsv[0].split("\t") == [f"?{v}" for v in result.variables]
    assert '"2018-11-14"^^<http://www.w3.org/2001/XMLSchema#date>' in tsv[1]


def test_table_is_readable_in_100_columns(article_store):
    text = results.table(queries.answer(article_store, queries.get("officials")), article_store)
    lines = text.splitlines()
    assert lines[0].split() == ["person", "role", "state", "asOf"]
    assert all(len(line) <= 100 for line in lines)
    assert "Taro Kono" in text and "foreign minister" in text and "http" not in text
    assert "\x1b[" not in text and "6 rows" in lines
    assert any(line.startswith("  ↳ [1] 221–474 “Moscow and Tokyo") for line in lines)
    wide = results.table(
        queries.answer(article_store, queries.get("promised-handovers")), article_store
    )
    cells = [line for line in wide.splitlines() if not line.startswith("  ↳")]
    assert max(len(line) for line in wide.splitlines()) <= 100 and not any("…" in c for c in cells)


# -- the command line ----------------------------------------------------------------------------


def cli(*args: str):
    from kg.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_lists_the_queries():
    result = cli("queries")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == sorted(NAMES)
    assert any(line.startswith("timeline") and "[territory?]" in line for line in lines)
    assert any(line.startswith("evidence") and "[entity]" in line for line in lines)


def test_cli_answers_a_named_query_with_a_label_parameter(store_dir):
    result = cli("query", "timeline", "--param", "territory=Kuril Islands", "--store", store_dir)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split()[:3] == ["date", "kind", "event"]
    assert "12 rows" in result.output and "Singapore" in result.output


def test_cli_formats_sparql_text_and_files(store_dir, tmp_path):
    result = cli("query", "disputes", "-f", "json", "--store", store_dir)
    assert json.loads(result.output)["results"]["bindings"][0]["parties"]["value"] == (
        "Japan, Russia"
    )
    result = cli(
        "query",
        "--sparql",
        "SELECT (COUNT(*) AS ?n) WHERE { ?f a dkg:Meeting }",
        "--format",
        "csv",
        "--store",
        store_dir,
    )
    assert result.output.splitlines() == ["n", "3"]
    file = tmp_path / "mine.rq"
    file.write_text(f"ASK {{ ?s dkg:claimant <{ID}state/japan> }}")
    assert cli("query", str(file), "--store", store_dir).output == "yes\n"


def test_cli_errors_are_one_line(store_dir, tmp_path):
    result = cli("query", "nope", "--store", store_dir)
    assert result.exit_code == 2 and "available: agreements, claims" in result.output
    assert len(result.output.strip().splitlines()) == 1
    result = cli("query", "--sparql", "SELECT ?x WHERE {", "--store", store_dir)
    assert result.exit_code == 1 and "does not parse at line 1, column 18" in result.output
    assert result.output.strip().splitlines()[1:] == [
        "  1 | SELECT ?x WHERE {",
        "    |" + " " * 18 + "^",
    ]
    result = cli("query", "claims", "--store", str(tmp_path / "none"))
    assert result.exit_code == 1 and "run kg build or kg demo" in result.output
    result = cli("query", "evidence", "-p", 'entity=x" } UNION { ?s ?p ?o', "--store", store_dir)
    assert result.exit_code == 2 and "no entity has this label" in result.output
