"""Errors that help (issue 13, point 4): where a query fails to parse, which prefix is unknown,
that kg query is read-only, what the user probably meant, what kind of entity a parameter needs,
and what a file that is not text is. Every error is 'Error: ...', exit 2 for usage, 1 for failure."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest
from click.testing import CliRunner

from kg import queries
from kg.cli import main
from kg.errors import QueryError, UsageError
from kg.files import sniff
from kg.sparql import errors as sparql_errors
from kg.stores.embedded import Store


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def error_of(result) -> list[str]:
    """The error's lines, checked to be one 'Error:' message and no traceback."""
    assert "Traceback" not in result.output
    lines = result.output.rstrip("\n").splitlines()
    assert lines and lines[0].startswith("Error: "), result.output
    return lines


# -- SPARQL syntax ---------------------------------------------------------------------------------


def test_a_syntax_error_shows_line_column_and_a_caret(store_dir, tmp_path):
    text = "SELECT ?x WHERE {\n  ?x ?p ?o .\n  ?x foo ?y }"
    bad = tmp_path / "bad.rq"
    for args, named in ((["--sparql", text], ""), ([str(bad)], f"{bad}: ")):
        bad.write_text(text, encoding="utf-8")
        result = cli("query", *args, "--store", store_dir)
        assert result.exit_code == 1
        lines = error_of(result)
        assert lines[0] == (
            f"Error: {named}the query does not parse at line 3, column 11: expected OPTIONAL"
        )
        assert lines[1] == "  3 |   ?x foo ?y }"
        assert lines[2].index("^") - lines[2].index("|") - 2 == 10  # under column 11


def test_the_caret_counts_characters_and_keeps_tabs():
    text = 'SELECT ?x WHERE {\n\t?x <a:b> "ééé" . ?x ?y }'
    with pytest.raises(QueryError) as info:
        Store(None).query(text)
    source, mark = str(info.value).splitlines()[1:]
    assert mark.startswith("    | \t") and mark.index("^") == len(source)  # past the last '}'


def test_an_unknown_prefix_is_named_with_the_prefixes_there_are(store_dir):
    result = cli("query", "--sparql", "SELECT ?x WHERE { ?x ex:p ?o }", "--store", store_dir)
    assert result.exit_code == 1
    lines = error_of(result)
    assert "unknown prefix 'ex:' at line 1, column 22" in lines[0]
    assert "dkg, " in lines[0] and "rdfs" in lines[0]
    assert lines[2].index("^") == lines[1].index("ex:p")


def test_a_prefix_the_query_declares_is_known():
    text = "PREFIX ex: <http://example.org/>\nSELECT ?x WHERE { ?x ex:p ?o . ?x dkg:q ?y }"
    assert sparql_errors.undeclared_prefix(text, {"dkg": "x"}) is None
    assert sparql_errors.undeclared_prefix(text, {}) == ("dkg", text.index("dkg:q"))
    assert sparql_errors.undeclared_prefix('SELECT * { ?x ?p "ex:p", <ex:p> }', {}) is None


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <a:b> <a:b> <a:b> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/x>",
        "PREFIX a: <a:> CLEAR ALL",
    ],
)
def test_an_update_is_refused_as_read_only_not_as_a_syntax_error(store_dir, update):
    result = cli("query", "--sparql", update, "--store", store_dir)
    assert result.exit_code == 2
    (line,) = error_of(result)
    assert "read-only" in line and "CONSTRUCT" in line and "expected" not in line


def test_the_endpoint_gives_the_same_syntax_message():
    from kg.serve.execute import Job, Limits, execute

    reply = execute(Store(None), Job(query="SELECT ?x WHERE { ?x ex:p ?o }"), Limits())
    body = reply.body.decode()
    assert reply.status == 400 and "unknown prefix 'ex:' at line 1, column 22" in body
    assert body.splitlines()[2].index("^") == body.splitlines()[1].index("ex:p")


# -- names and parameters --------------------------------------------------------------------------


def test_a_missing_file_fails_alike_in_every_command(store_dir, tmp_path):
    missing = str(tmp_path / "missing")
    for args in (
        ["query", missing + ".rq"],
        ["load", missing + ".ttl"],
        ["build", missing + ".txt"],
        ["extract", missing + ".txt"],
    ):
        result = cli(*args, "--store", store_dir) if args[0] != "extract" else cli(*args)
        assert result.exit_code == 1, (args, result.output)
        assert f"{missing}.{args[1].rsplit('.', 1)[1]}: no such file" in result.output


def test_an_unknown_question_suggests_the_nearest(store_dir):
    result = cli("query", "claim", "--store", store_dir)
    assert result.exit_code == 2
    (line,) = error_of(result)
    assert "unknown query 'claim'; did you mean: 'claims'?" in line


def test_an_unknown_label_suggests_the_nearest_of_the_right_kind(store_dir):
    result = cli("query", "claims", "-p", "territory=Kuril Islnds", "--store", store_dir)
    assert result.exit_code == 2
    (line,) = error_of(result)
    assert "no entity has this label; did you mean: 'Kuril Islands'" in line
    assert "Japan" not in line


def test_a_state_given_for_a_territory_is_an_error_that_says_so(store_dir):
    result = cli("query", "claims", "-p", "territory=Japan", "--store", store_dir)
    assert result.exit_code == 2
    (line,) = error_of(result)
    assert "territory='Japan' is a state (id:state/japan), not a territory" in line


def test_typed_parameters_accept_subclasses_and_unknown_iris_are_named(article_store):
    claims = queries.get("claims")
    assert dict(claims.param_types) == {"territory": ("Territory",)}
    bound = queries.bind_params(article_store, claims, {"territory": "Kuril Islands"})
    assert bound["territory"].value.endswith("kuril-islands")  # an IslandGroup is a Territory
    with pytest.raises(UsageError, match="is not in the store; expected a territory"):
        queries.bind_params(article_store, claims, {"territory": "id:territory/atlantis"})


def test_a_repeated_parameter_is_an_error(store_dir):
    result = cli(
        "query",
        "claims",
        "-p",
        "territory=Kuril Islands",
        "-p",
        "territory=Shikotan",
        "--store",
        store_dir,
    )
    assert result.exit_code == 2
    (line,) = error_of(result)
    assert "parameter 'territory' given twice ('Kuril Islands' and 'Shikotan')" in line


def test_a_misspelt_parameter_name_suggests_the_right_one(store_dir):
    result = cli("query", "claims", "-p", "teritory=Japan", "--store", store_dir)
    assert result.exit_code == 2 and "did you mean: 'territory'?" in error_of(result)[0]


# -- files that are not text -----------------------------------------------------------------------


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    return out.getvalue()


@pytest.mark.parametrize(
    "name, data, what",
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        ("scan.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        ("anim.html", b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        ("letter.txt", _zip(), "a ZIP archive"),
        ("table.csv", gzip.compress(b"a,b\n1,2\n"), "a gzip archive"),
    ],
)
def test_a_file_that_is_not_text_is_called_what_it_is(tmp_path, name, data, what):
    path = tmp_path / name
    path.write_bytes(data)
    assert sniff(data).startswith(what)
    extracted = cli("extract", str(path))
    assert extracted.exit_code == 1
    (line,) = error_of(extracted)
    assert f"{path}: {what}" in line and "UTF-8" not in line
    built = cli("build", "--store", str(tmp_path / "s"), str(path))
    assert built.exit_code == 1
    assert f"skipped: {path}: {what}" in built.output and "UTF-8" not in built.output


def test_text_is_not_mistaken_for_a_known_binary():
    assert sniff(b"PK is a fine start of a sentence.") is None
    assert sniff(b"Gif89a? no: GIF is upper-case") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", 2),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", 1),
        ("SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 2000) + " }", 1),
    ],
)
def test_a_query_files_refusal_names_the_file(store_dir, tmp_path, text, code):
    path = tmp_path / "q.rq"
    path.write_text(text, encoding="utf-8")
    result = cli("query", str(path), "--store", store_dir)
    assert result.exit_code == code
    assert error_of(result)[0].startswith(f"Error: {path}: "), result.output


def test_a_mistyped_source_never_opens_the_store(store_dir, tmp_path):
    """A build of a file that is not there fails before the store is opened, so a reader of the
    same store in the same process (as the test runner, or a notebook, is) keeps working."""
    assert cli("build", str(tmp_path / "nothing.txt"), "--store", store_dir).exit_code == 1
    result = cli("query", "claims", "-p", "territory=Kuril Islands", "--store", store_dir)
    assert result.exit_code == 0, result.output
