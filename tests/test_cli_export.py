"""The export, viz, timeline, stats, path and neighbours commands through click's CliRunner."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from first_article import build_store

from kg.cli import main


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("kg") / "store"
    build_store(path)  # written and flushed; the commands open it read-only
    return path


def _run(store_path, *args):
    return CliRunner().invoke(main, [*args, "--store", str(store_path)])


def test_export_to_file_and_stdout(store_path, tmp_path):
    out = tmp_path / "kg.nq"
    r = _run(store_path, "export", "-f", "nquads", "-o", str(out), "--graph", "second-source")
    assert r.exit_code == 0, r.output
    graphs = {q.graph_name.value for q in ox.parse(out.read_bytes(), format=ox.RdfFormat.N_QUADS)}
    assert graphs == {"https://w3id.org/dispute-kg/id/source/second-source"}
    r = _run(store_path, "export", "-f", "jsonld")
    assert r.exit_code == 0 and json.loads(r.stdout)["@context"]["dkg"].endswith("ontology#")
    assert _run(store_path, "export", "--format", "json-ld").stdout == r.stdout  # the usual name


def test_export_unknown_graph_is_one_line(store_path):
    r = _run(store_path, "export", "--graph", "nowhere")
    assert r.exit_code == 2 and "no such source graph" in r.output
    assert "Traceback" not in r.output


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "dot", "cytoscape", "html"])
def test_viz_formats(store_path, tmp_path, fmt):
    out = tmp_path / f"kg.{fmt}"
    r = _run(store_path, "viz", "-f", fmt, "-o", str(out), "--focus", "Taro Kono", "--depth", "1")
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert "Sergey Lavrov" in text and "Shikotan" not in text


def test_viz_types_and_bad_focus(store_path):
    r = _run(store_path, "viz", "-f", "cytoscape", "--types", "State")
    labels = {n["data"]["label"] for n in json.loads(r.stdout)["elements"]["nodes"]}
    assert labels == {"Japan", "Russia", "Soviet Union", "United States"}
    r = _run(store_path, "viz", "--focus", "Atlantis")
    assert r.exit_code == 2 and "Atlantis" in r.output


def test_timeline_csv(store_path):
    r = _run(store_path, "timeline", "--territory", "Kurils", "-f", "csv")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[1].startswith("1956,JointDeclaration")
    assert "2 undated left out" in r.stderr


def test_stats_path_neighbours(store_path):
    r = _run(store_path, "stats", "--json")
    s = json.loads(r.stdout)
    assert s["sources"] == 2 and s["most_connected"][0]["label"] == "Japan"
    r = _run(store_path, "path", "Taro Kono", "id:person/sergey-lavrov")
    assert r.exit_code == 0, r.output
    assert "participant" in r.stdout and "Sergey Lavrov and Taro Kono met in " in r.stdout
    r = _run(store_path, "neighbours", "kono")
    assert "Sergey Lavrov (Person)\tvia Sergey Lavrov and Taro Kono met in " in r.stdout


def test_neighbours_limit_keeps_the_nearest_and_says_so(store_path):
    every = _run(store_path, "neighbours", "Japan", "--depth", "2").stdout.splitlines()
    r = _run(store_path, "neighbours", "Japan", "--depth", "2", "--limit", "2")
    assert r.exit_code == 0 and r.stdout.splitlines() == every[:2] + [
        f"2 of {len(every)} entities (--limit 2)"
    ]
