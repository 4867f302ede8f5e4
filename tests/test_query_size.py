"""Queries that would overflow pyoxigraph's stack are refused on a linear scan, never run.

A 10,000-way ``||``, UNION, OPTIONAL, property path or run of triple patterns killed the process
that parsed it (exit 139, a segfault): ``kg query`` and a ``kg serve`` worker alike. Now each is one
line and exit 1 (``kg query``) or a 400 (``kg serve``, tested in test_serve_limits.py).
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner
from helpers import deep_queries

from kg.cli import main
from kg.sparql import guard, size

N = 10_000


@pytest.mark.parametrize("shape", sorted(deep_queries(1)))
def test_kg_query_refuses_a_10_000_way_query_in_one_line(shape, store_dir):
    done = CliRunner().invoke(
        main, ["query", "--store", store_dir, "--sparql", deep_queries(N)[shape]]
    )
    assert done.exit_code == 1, done.output
    lines = done.output.strip().splitlines()
    assert len(lines) == 1 and ("operators" in lines[0] or "levels deep" in lines[0]), lines
    assert "Traceback" not in done.output


@pytest.mark.parametrize("shape", sorted(deep_queries(1)))
def test_the_same_query_a_few_ways_is_not_refused(shape):
    guard.check_query(deep_queries(20)[shape])


def test_numbers_and_argument_lists_are_not_operators():
    """VALUES of decimals, IN lists and function arguments are flat lists, not chains."""
    values = "SELECT * { VALUES ?x { " + " ".join(f"{i}.5" for i in range(5000)) + " } }"
    in_list = "ASK { FILTER(1 IN (" + ", ".join(str(i) for i in range(5000)) + ")) }"
    concat = "SELECT (CONCAT(" + ", ".join(['"a"'] * 5000) + ") AS ?c) {}"
    for text in (values, in_list, concat):
        assert size.too_big(text) is None


def test_the_named_queries_are_far_below_the_limits():
    from kg import queries

    for query in queries.load_all():
        nesting, operators = size.measure(query.text)
        assert nesting < size.MAX_NESTING / 10 and operators < size.MAX_OPERATORS / 10


def test_a_query_just_inside_the_limits_runs_without_crashing():
    """The limits are calibrated: MINUS (the deepest per operator) at the operator limit, inside
    groups nested to the nesting limit, runs in a fresh process with the usual stack (8 MB)."""
    depth, ways = size.MAX_NESTING - 6, size.MAX_OPERATORS - 10
    text = (
        "SELECT * WHERE " + "{" * depth + "?s ?p ?o " + "MINUS { ?s ?p ?o } " * ways + "}" * depth
    )
    assert size.too_big(text) is None
    code = "import sys, pyoxigraph as ox; print(len(list(ox.Store().query(sys.stdin.read()))))"
    done = subprocess.run(
        [sys.executable, "-c", code], input=text, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and done.stdout.strip() == "0", (done.returncode, done.stderr)
