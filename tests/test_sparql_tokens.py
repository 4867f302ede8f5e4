"""The one SPARQL tokenizer: a keyword inside a string, an IRI or a comment is never read as one."""

from __future__ import annotations

import pytest

from kg.sparql import tokens


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("PREFIX a: <urn:a>\nBASE <urn:b>\nask {}", "ASK"),
        ("# INSERT DATA\nSELECT * { ?s ?p 'DELETE' }", "SELECT"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("describe <urn:x>", "DESCRIBE"),
        ("# SELECT\nWITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "UPDATE"),
        ("LOAD <urn:x>", "UPDATE"),
        ("hello", ""),
        ("", ""),
    ],
)
def test_the_query_form(text, form):
    assert tokens.form(text) == form


def test_the_dataset_clause_is_a_keyword_not_a_word_in_a_string():
    assert tokens.has_dataset_clause("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }")
    assert tokens.has_dataset_clause("SELECT * from named <urn:g> { GRAPH ?g { ?s ?p ?o } }")
    assert not tokens.has_dataset_clause('SELECT * { ?s ?p "FROM" } # FROM <urn:g>')
    assert not tokens.has_dataset_clause("SELECT * { ?s <urn:FROM> ?from }")


def test_the_update_keyword_to_name_in_a_message():
    assert tokens.update_keyword("PREFIX a: <urn:a> INSERT DATA { a:b a:c 'DELETE' }") == "INSERT"
    assert tokens.update_keyword("# DROP\nclear all") == "CLEAR"
    assert tokens.update_keyword("SELECT * { ?s ?p 'DROP' }") is None
    assert tokens.UPDATE_KEYWORDS >= {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "WITH"}


def test_declared_prefixes_in_order_the_empty_one_too():
    text = "PREFIX a: <urn:a>\nprefix : <urn:e>\nSELECT * { ?s a:p 'PREFIX b: <urn:b>' }"
    assert tokens.declared_prefixes(text) == ["a", ""]


def test_tokens_carry_their_offsets():
    text = 'SELECT ?x { ?x <urn:p> "a b" }'
    scanned = list(tokens.scan(text))
    assert [t.kind for t in scanned] == [
        "word", "var", "other", "var", "iri", "string", "other",
    ]  # fmt: skip
    assert all(text[t.start : t.start + len(t.text)] == t.text for t in scanned)
