"""Query rewriting for remote stores, checked by running the rewritten text on pyoxigraph: a
parameter bound by VALUES must give the answer pyoxigraph's own substitutions give."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import queries
from kg.errors import QueryError
from kg.sparql import rewrite, tokens
from kg.stores import is_remote
from kg.vocab import PREFIXES

EX = "http://example.org/"
DATA = f"""
<{EX}a> <{EX}label> "Japan"@en ; <{EX}knows> <{EX}b> .
<{EX}b> <{EX}label> "Russia"@en ; <{EX}knows> <{EX}c> .
<{EX}c> <{EX}label> "x\\" }} ; DROP ALL #" .
"""


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.load(DATA.encode(), format=ox.RdfFormat.TURTLE)
    return s


def _rows(answer) -> list[tuple]:
    return sorted(tuple(str(s[v]) if s[v] else "" for v in answer.variables) for s in answer)


QUERIES = [
    f"SELECT ?who ?name WHERE {{ ?who <{EX}label> ?name }}",
    f"SELECT * {{ ?who <{EX}knows> ?other OPTIONAL {{ ?other <{EX}label> ?name }} }}",
    f"# a comment with WHERE {{ in it\nSELECT ?who ?name WHERE {{ ?who <{EX}label> ?name . "
    f"{{ SELECT ?name WHERE {{ ?x <{EX}label> ?name }} }} }}",
    f"SELECT ?who ?other WHERE {{ {{ ?who <{EX}knows> ?other }} UNION {{ ?other <{EX}knows> ?who }} }}",
]
VALUES = {
    "name": ox.Literal("Japan", language="en"),
    "other": ox.NamedNode(EX + "c"),
}


@pytest.mark.parametrize(("text", "var"), [(t, v) for t in QUERIES for v in VALUES if f"?{v}" in t])
def test_values_binding_answers_as_substitutions_do(store, text, var):
    bound = {var: VALUES[var]}
    expected = store.query(text, substitutions={ox.Variable(var): VALUES[var]})
    rewritten = rewrite.bind(text, bound)
    assert rewritten != text
    assert _rows(store.query(rewritten)) == _rows(expected)


def test_sub_selects_projecting_the_variable_start_from_it_others_keep_their_own(store):
    russia = ox.Literal("Russia", language="en")
    inner = f"{{ SELECT ?name WHERE {{ ?x <{EX}label> ?name }} }}"
    scoped = f"{{ SELECT ?who WHERE {{ ?who <{EX}knows> ?x . ?x <{EX}label> ?name }} }}"
    limited = f"{{ SELECT ?name WHERE {{ ?x <{EX}label> ?name }} ORDER BY ?name LIMIT 1 }}"
    renamed = f"{{ SELECT (STR(?l) AS ?name) WHERE {{ ?x <{EX}label> ?l }} }}"
    for sub, rows in [(inner, 2), (scoped, 1), (limited, 2), (renamed, 1)]:
        text = f"SELECT ?who ?name WHERE {{ ?who <{EX}label> ?name . {sub} }}"
        bound = rewrite.bind(text, {"name": russia})
        assert bound.count("VALUES") == rows  # the outer group, and a sub-select projecting it
        expected = store.query(text, substitutions={ox.Variable("name"): russia})
        assert _rows(store.query(bound)) == _rows(expected)
    # the scoped sub-select's ?name is its own: seeding it would have found nobody knowing b
    text = f"SELECT ?who WHERE {{ ?who <{EX}label> ?name . {scoped} }}"
    assert _rows(store.query(rewrite.bind(text, {"name": russia}))) == [(f"<{EX}b>",)]


def test_a_hostile_literal_stays_data(store):
    evil = ox.Literal('x" } ; DROP ALL #')
    text = rewrite.bind(f"SELECT ?who WHERE {{ ?who <{EX}label> ?name }}", {"name": evil})
    assert "DROP ALL" in text  # as an escaped literal, inside one VALUES row
    assert _rows(store.query(text)) == [(f"<{EX}c>",)]  # the label matched, as a whole literal
    assert len(store) == 5


def test_construct_template_is_skipped_and_dataset_goes_before_where(store):
    text = f"CONSTRUCT {{ ?who <{EX}named> ?name }} WHERE {{ ?who <{EX}label> ?name }}"
    bound = rewrite.bind(text, {"name": ox.Literal("Russia", language="en")})
    assert [t.subject.value for t in store.query(bound)] == [EX + "b"]
    g = ox.NamedNode(EX + "g")
    with_from = rewrite.with_dataset(bound, [g], [g])
    assert with_from.index("FROM <") < with_from.index("WHERE")
    assert tokens.has_dataset_clause(with_from)
    assert not tokens.has_dataset_clause(text)


def test_prologue_declares_only_missing_prefixes_and_a_base():
    text = "PREFIX dkg: <urn:mine#>\nSELECT * WHERE { ?s a dkg:Claim ; rdfs:label ?l }"
    out = rewrite.prologue(text, PREFIXES, "http://example.org/base/")
    assert out.count("PREFIX dkg:") == 1
    assert "PREFIX rdfs:" in out
    assert out.startswith("BASE <http://example.org/base/>")
    ox.Store().query(out)  # parses


def test_forms_and_errors():
    assert tokens.form("PREFIX a: <urn:a>\nask {}") == "ASK"
    assert tokens.form("# SELECT\nINSERT DATA {}") == "UPDATE"
    with pytest.raises(QueryError, match="variable name"):
        rewrite.bind("SELECT * WHERE {}", {"a b": ox.Literal("x")})
    with pytest.raises(QueryError, match="no WHERE clause"):
        rewrite.bind("DESCRIBE <urn:x>", {"x": ox.Literal("x")})


def test_every_competency_query_can_be_bound():
    for query in queries.load_all():
        for param in query.params or ():
            text = rewrite.bind(query.text, {param.name: ox.NamedNode(EX + "x")})
            ox.Store().query(text, prefixes=PREFIXES)  # still parses


def test_store_specs():
    assert is_remote("http://127.0.0.1:8890/sparql") and is_remote("HTTPS://h/sparql")
    assert not is_remote(".kg") and not is_remote(None)
