"""kg.sparql.guard on its own: what counts as naming SERVICE, what is refused, and that checking
is linear in the text (the endpoint runs it on every query)."""

from __future__ import annotations

import time

import pytest

from kg.sparql import guard, size


@pytest.mark.parametrize(
    "text,names",
    [
        ("SELECT * { ?s ?p ?o }", False),
        ("SELECT * { SERVICE <x:y> {} }", True),
        ("select * { sErViCe <x:y> {} }", True),
        ("SELECT * { \\u0053ERVICE <x:y> {} }", True),
        ("SELECT * { \\U00000073ervice <x:y> {} }", True),
        ("SELECT * { \\u005Cu0053ERVICE <x:y> {} }", True),  # an escaped escape: still counted
        ('SELECT * { ?s ?p "service" }', True),  # a literal: counted, then parsed and let through
    ],
)
def test_may_name_service_only_errs_towards_checking(text, names):
    assert guard.may_name_service(text) is names


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { SERVICE SILENT <http://x/> { ?s ?p ?o } }",
        "SELECT * { VALUES ?e { <http://x/> } SERVICE ?e { ?s ?p ?o } }",
        "ASK { FILTER NOT EXISTS { SERVICE <http://x/> {} } }",
        "SELECT * { { SELECT * { OPTIONAL { GRAPH ?g { SERVICE <http://x/> {} } } } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { MINUS { SERVICE <http://x/> { ?s ?p ?o } } }",
        "DESCRIBE ?s WHERE { {} UNION { SERVICE <http://x/> { ?s ?p ?o } } }",
    ],
)
def test_service_anywhere_in_the_parse_is_refused(text):
    with pytest.raises(guard.Refused) as refused:
        guard.check_query(text)
    assert refused.value.status == 403 and "--allow-service" in str(refused.value)
    guard.check_query(text, allow_service=True)  # allowed: no refusal


def test_updates_and_unparsable_texts_that_name_service():
    with pytest.raises(guard.Refused) as refused:
        guard.check_query('INSERT DATA { <http://x/a> <http://x/b> "service" }')
    assert refused.value.status == 403 and "read-only" in str(refused.value)
    with pytest.raises(guard.Refused) as refused:
        guard.check_query("SELECT * { SERVICE <x:y> { ?s ?p ?o ")
    assert refused.value.status == 400 and "cannot be checked for SERVICE" in str(refused.value)
    assert guard.is_update("CLEAR ALL") and not guard.is_update("ASK {}")


def test_nesting_is_refused_before_any_parser_sees_it():
    with pytest.raises(guard.Refused, match="levels deep"):
        guard.check_query("SELECT * WHERE " + "{" * 5000 + "}" * 5000 + " # service")
    guard.check_query("SELECT * WHERE " + "{" * 200 + "}" * 200 + " # service")  # deep stack: fine


@pytest.mark.parametrize(
    "text",
    [
        "a." * 32768,
        "a:" * 32768,
        "'a" * 32768,
        "<a" * 32768,
        "e:x\\'" * 13000,
        "?a." * 21000,
        "\\u0053" * 10000,
        "#" * 65536,
        "'\\" * 32000,
        "'''\\" * 16000,
    ],
)
def test_the_token_checks_are_linear(text):
    """The old tokenizer took ~30 s on 64 KB of ``a.a.``; each of these must take well under 1 s."""
    started = time.monotonic()
    size.nesting(text)
    guard.may_name_service(text)
    assert time.monotonic() - started < 1.0


def test_no_repeated_unit_makes_the_tokenizer_slow():
    """Quadratic patterns show on a short unit repeated; 200 random ones over SPARQL's delimiters."""
    import random

    rand = random.Random(16)
    for _ in range(200):
        unit = "".join(rand.choice("a.:'\"\\<>#_?{}\n -%e") for _ in range(rand.randint(1, 6)))
        started = time.monotonic()
        size.nesting(unit * (65536 // len(unit)))
        assert time.monotonic() - started < 5.0, unit  # linear: well under 1 s; quadratic: minutes


def test_every_named_query_parses_with_the_checking_parser():
    """The two parsers agree on the project's own questions (kg query checks them too)."""
    from rdflib.plugins.sparql.parser import parseQuery

    from kg import queries

    for query in queries.load_all():
        assert not guard.federates(parseQuery(query.text)), query.name
        guard.check_query(query.text)


def test_one_warning_line_when_the_network_wall_is_down(capsys):
    from kg.serve.app import _warn_about_network
    from kg.serve.execute import Limits
    from kg.serve.pool import _wall

    _warn_about_network("unshare(CLONE_NEWNET) failed (EPERM)", allow_service=False)
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "network wall is unavailable" in said and "EPERM" in said
    _warn_about_network(None, allow_service=False)
    assert capsys.readouterr().err == ""
    assert "remote endpoint" in _wall(False, Limits())
    assert _wall(True, Limits(allow_service=True)) == "--allow-service was given"


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o OPTIONAL { \\u0073ervice silent ?e { ?a ?b ?c } } }",
    ],
)
def test_pyoxigraph_is_asked_too_should_rdflib_miss_a_service(monkeypatch, text):
    """Should rdflib ever read a SERVICE keyword as something else, pyoxigraph's parser tells."""
    monkeypatch.setattr(guard, "federates", lambda tree: False)
    with pytest.raises(guard.Refused, match="read 'service' in this query differently"):
        guard.check_query(text)


def test_service_as_a_name_or_in_a_literal_is_not_a_disagreement():
    guard.check_query(
        'PREFIX service: <http://s/> SELECT ?service { ?service service:p "x"@service, "Service" }'
    )
