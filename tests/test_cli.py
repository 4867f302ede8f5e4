"""The kg command as a user meets it: help, extract's formats, the demo, and errors on one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import click
import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from first_article import ARTICLE

from kg import queries
from kg.cli import main


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, cmd in sorted(group.commands.items()):
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))


# -- help -------------------------------------------------------------------------------------------


def test_main_help_lists_every_command_with_a_description(runner):
    done = runner.invoke(main, ["--help"])
    assert done.exit_code == 0
    listing = done.output.split("Commands:", 1)[1]
    for name in main.commands:
        line = next(line for line in listing.splitlines() if line.strip().startswith(name + " "))
        assert len(line.split(None, 1)) == 2, f"{name} has no description in 'kg --help'"


@pytest.mark.parametrize("path", [p for p, _ in _commands(main)], ids=" ".join)
def test_every_command_has_help_and_a_one_line_description(runner, path):
    cmd = main
    for name in path:
        cmd = cmd.commands[name]
    summary = cmd.get_short_help_str(limit=1000)
    assert summary and "\n" not in summary, path
    assert summary.endswith("."), f"{path}: {summary!r}"
    done = runner.invoke(main, [*path, "--help"])
    assert done.exit_code == 0, done.output
    assert done.output.startswith("Usage: ")
    assert (cmd.help or "").split("\n\n")[0].split()[0] in done.output


# -- extract ----------------------------------------------------------------------------------------


def test_extract_facts_are_json_lines(runner):
    done = runner.invoke(main, ["extract", str(ARTICLE), "--format", "facts"])
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    objs = [json.loads(line) for line in lines]
    entities = [o["entity"] for o in objs if "entity" in o]
    facts = [o for o in objs if "rel" in o]
    assert entities and facts and len(entities) + len(facts) == len(lines)
    ids = {e["id"] for e in entities}
    for f in facts:
        assert {"rel", "args", "evidence", "confidence", "id"} <= set(f)
        assert {"start", "end", "text", "rule"} <= set(f["evidence"])
        for value in f["args"].values():
            for ent in value if isinstance(value, list) else [value]:
                if isinstance(ent, dict):
                    assert ent["id"] in ids  # every argument entity is listed
    # the default format is facts
    assert runner.invoke(main, ["extract", str(ARTICLE)]).output == done.output


def test_extract_turtle_parses(runner):
    done = runner.invoke(main, ["extract", str(ARTICLE), "--format", "turtle"])
    assert done.exit_code == 0, done.output
    g = rdflib.Graph().parse(data=done.output, format="turtle")
    assert len(g) > 100
    kono = rdflib.URIRef("https://w3id.org/dispute-kg/id/person/taro-kono")
    assert (kono, None, None) in g


def test_extract_trig_keeps_the_source_graph(runner):
    done = runner.invoke(main, ["extract", str(ARTICLE), "--format", "trig"])
    assert done.exit_code == 0, done.output
    quads = list(ox.parse(done.output.encode("utf-8"), format=ox.RdfFormat.TRIG))
    named = {q.graph_name for q in quads}
    assert len(quads) > 100 and len(named) == 1
    assert "tass-2019-05-10" in next(iter(named)).value


def test_extract_html(runner):
    page = os.path.join(os.path.dirname(__file__), "data", "html", "kono-lavrov.html")
    done = runner.invoke(main, ["extract", page])
    assert done.exit_code == 0, done.output
    rels = {json.loads(line).get("rel") for line in done.output.splitlines()}
    assert {"promisesHandover", "meeting", "holdsRole"} <= rels


def test_extract_stdin(runner):
    done = runner.invoke(main, ["extract", "-"], input=ARTICLE.read_text(encoding="utf-8"))
    assert done.exit_code == 0, done.output
    assert any('"rel": "signed"' in line for line in done.output.splitlines())


# -- demo -------------------------------------------------------------------------------------------


def test_demo_answers_every_question_and_writes_the_graph(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_STORE", raising=False)
    done = runner.invoke(main, ["demo"])
    assert done.exit_code == 0, done.output
    for q in queries.load_all():
        assert f"== {q.title}" in done.output, q.title
    target = tmp_path / "out" / "graph.ttl"
    assert target.exists()
    g = rdflib.Graph().parse(target, format="turtle")
    assert len(g) > 100
    assert (tmp_path / ".kg").is_dir()


# -- errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["extract", "no-such-file.txt"], 1, "no-such-file.txt: no such file"),
        (
            ["build", "--store", "{tmp}/s", "{tmp}/missing.txt"],
            1,
            "missing.txt: no such file or directory",
        ),
        (
            ["build", "--store", "{tmp}/s", "--strict", "{tmp}/missing.txt"],
            1,
            "missing.txt: no such file",
        ),
        (["build", "--workers", "0"], 2, "--workers"),
        (["extract", str(ARTICLE), "--format", "nope"], 2, "'nope' is not one of"),
        (["no-such-command"], 2, "No such command"),
    ],
)
def test_user_errors_are_one_line_without_traceback(runner, tmp_path, args, code, says):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    done = runner.invoke(main, args)
    assert done.exit_code == code, done.output
    assert "Traceback" not in done.output
    errors = [line for line in done.output.splitlines() if line.startswith(("Error", "skipped:"))]
    assert len(errors) == 1 and says in errors[0], done.output
    assert done.exception is None or isinstance(done.exception, SystemExit)


def test_a_binary_source_is_an_error_not_a_crash(runner, tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    done = runner.invoke(main, ["extract", str(path)])
    assert done.exit_code == 1
    assert done.output.strip().startswith(f"Error: {path}: a PNG image, not text")


def test_debug_shows_the_traceback(tmp_path):
    code = "import sys; from kg.cli import main; sys.exit(main())"
    missing = str(tmp_path / "missing.txt")
    plain = subprocess.run(
        [sys.executable, "-c", code, "extract", missing],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert plain.returncode == 1
    assert plain.stderr.strip() == f"Error: {missing}: no such file"
    debug = subprocess.run(
        [sys.executable, "-c", code, "--debug", "extract", missing],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert debug.returncode == 1
    assert "Traceback (most recent call last)" in debug.stderr
    assert "SourceError" in debug.stderr and missing in debug.stderr


def test_python_dash_m_kg_is_the_kg_command():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "kg", "queries"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "claims" in done.stdout.split()
