"""Every ``kg …`` line of README.md and docs/*.md runs on the first article.

Each line (in a ``` block, after an optional ``$``, or in `inline code`) is split as the shell
would (quotes, ``#`` comments, ``;`` and ``|``: only the ``kg`` part before a pipe runs), its
placeholders (FILE, SOURCE, ...) replaced from ``PLACEHOLDERS``, and run with click's CliRunner in
a temporary folder that holds a store of the first article built by ``kg build`` (``.kg``), the
project's ``data/`` and the small files the docs name. It must exit 0, unless the docs show it
failing (``ERRORS``: then it must fail, with the documented message and no traceback). Lines that
need a server, a network or a cluster are listed in ``NOT_RUN`` with the reason; lines that are not
commands as written in prose are in ``REWRITE``.
"""

from __future__ import annotations

import gc
import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import require_executable
from first_article import ARTICLE, TITLE

from kg.cli import main
from kg.engines import local
from kg.paths import QUERIES_DIR, SHAPES_FILE
from kg.stores.embedded import Store

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SOURCE_KEY = "tass-2019-05-10-japanese-top-diplomat-says-russia-japan-fail-to-overcom-1c8da271"

#: Placeholder arguments of the docs, and the real value each stands for here.
PLACEHOLDERS = {
    "ARTICLE": "data/articles/tass-2019-05-10-kono-lavrov.txt",
    "SOURCE": SOURCE_KEY,
    "PATH": "data/articles/",
    "PATHS": "data/articles/",
    "FILE.ttl": "islands.ttl",
    "FILE": "islands.ttl",
    "OLD.csv": "data/borderlines/disputed_territories_2021-08.csv",
    "NEW.csv": "data/borderlines/disputed_territories_2023-05.csv",
    "COMMAND": "query",
    "NAME": "claims",
    "QUESTION": "who claims the Kuril Islands?",
    "A": "Taro Kono",
    "B": "Shikotan",
    "X": "Japan",
    "N": "2",
}

#: Lines that name a command in prose rather than run it, and what is run instead.
REWRITE = {
    # a bare command that needs an argument: its help is what the prose points to
    "kg query": "kg query --help",
    "kg query --sparql": "kg query --help",
    "kg path": "kg path --help",
    "kg rm": "kg rm --help",
    "kg load": "kg load --help",
    "kg ask": "kg ask --help",
    "kg extract": "kg extract --help",
    "kg neighbours": "kg neighbours --help",
    "kg export --graph": "kg export --help",
    "kg load --graph": "kg load --help",
    "kg extract SOURCE": "kg extract ARTICLE",  # a source file here, not a source's key
    "kg ask --format json": "kg ask --format json 'who claims the Kuril Islands?'",
    "kg validate [--store PATH] [--shapes FILE]": f"kg validate --store .kg --shapes {SHAPES_FILE}",
    "kg …": "kg --help",  # "every `kg …` line": the command as a whole
    "kg changes": "kg changes --help",
    "kg changes --since": "kg changes --help",
    "kg changes --since DATE": "kg changes --since 2019",
    "kg report": "kg report --help",
    "kg table-diff": "kg table-diff --help",
    "kg query -p": "kg query --help",
    "kg validate --shapes": "kg validate --help",
    "kg query FILE.rq": f"kg query {QUERIES_DIR / 'claims.rq'}",
    "kg query queries/report/stances.rq -p territory='Kuril Islands'": f"kg query {QUERIES_DIR / 'report' / 'stances.rq'} -p territory='Kuril Islands'",
    "kg --debug …": "kg --debug sources",
    "kg --debug ...": "kg --debug sources",
    # bash's $'…' quoting, which shlex does not know: the same query written out
    "kg query --sparql $'SELECT ?x WHERE {\\n  ?x ?p ?o .\\n  ?x foo ?y }'": "kg query --sparql 'SELECT ?x WHERE {\n  ?x ?p ?o .\n  ?x foo ?y }'",
}

#: Lines the docs show failing: a fragment of the documented error, which the output must hold.
ERRORS = {
    "kg query claim": "unknown query 'claim'",
    "kg query claims -p territory=Japan": "is a state",
    "kg query claims -p territory=Senkaku": "no entity has this label",
    "kg query --sparql 'SELECT ?x WHERE { ?x ex:p ?o }'": "unknown prefix",
    "kg query --sparql 'INSERT DATA { <urn:a> <urn:b> <urn:c> }'": "read-only",
    "kg query --sparql 'SELECT …'": "does not parse",
    "kg query --sparql $'SELECT ?x WHERE {\\n  ?x ?p ?o .\\n  ?x foo ?y }'": "does not parse",
    "kg build photo.png": "a PNG image, not text",
    "kg build bad/ missing.txt": "missing.txt: no such file",
    "kg build --strict bad/": "bad/empty.txt: empty file",
    "kg extract menu.html": "no article text found",
    "kg query evidence -p 'entity=x\" } UNION { ?s ?p ?o'": "no entity has this label",
    'kg ask "how tall is Mount Fuji?"': "cannot map",
    "kg validate --store nowhere": "no store here",
    "kg validate --shapes my-shapes.ttl": "cannot parse the shapes",
    "kg load evil.rdf": "external entity",
    # the docs' store with three violations is made by hand; bad/ here is a folder of sources
    "kg validate --store bad": "bad: cannot open the store",
}

#: Lines that need a system component: the executable and the Debian package that has it (the line
#: skips where it is absent, and fails under KG_REQUIRE_ALL=1, as every such test does).
NEEDS = {
    "kg viz --format svg": ("dot", "graphviz"),
}

#: Lines not run, and why.
NOT_RUN = {
    "kg serve": "starts a server that runs until stopped (tests/test_serve_*.py run it)",
    "kg serve --store URL": "starts a server on a remote store",
    "kg serve: SPARQL endpoint http://127.0.0.1:7878/sparql, query page http://127.0.0.1:7878/ "
    "(store .kg, read-only; Ctrl-C to stop)": "the output of kg serve, not a command",
    "kg build --store http://127.0.0.1:8890/sparql": "needs a SPARQL server (tests/test_store_remote.py)",
    "kg build --store http://127.0.0.1:8890/sparql-auth --gsp-endpoint "
    "http://127.0.0.1:8890/sparql-graph-crud-auth data/articles": "needs a SPARQL server",
    'kg query claims -p territory="Kuril Islands" --store http://127.0.0.1:8890/sparql-auth': "needs a SPARQL server",
    "kg build --engine dask --workers 2 data/articles ../shared/eval/dev/articles": "starts a Dask cluster on ../shared (tests/test_engine_dask.py)",
    "kg build --engine dask --scheduler tcp://scheduler:8786 /shared/articles": "needs a Dask scheduler on the network",
    "kg build --engine dask [--scheduler tcp://HOST:8786]": "starts a Dask cluster",
    "kg serve --warm": "starts a server (tests/test_serve_answers.py runs it with --warm)",
    "kg serve: answering 14 named questions ahead": "the output of kg serve --warm, not a command",
    "kg serve --workers 2 --named-workers 2 --slow-workers 1 --query-memory 1G": "starts a server "
    "(tests/test_serve_limits.py runs the lanes and the memory cap)",
    'kg query --sparql "ASK { FILTER($(python3 -c \'print(" || ".join(["true"] * 10000))\')) }"': "shell command substitution writes the query (tests/test_query_size.py sends it)",
    "kg extract pipe.csv": "needs a FIFO made with mkfifo (tests/test_reliability_limits.py)",
    "kg build --max-table-rows 50000 --source-timeout 120 data/big-table.csv": "a big table of the reader's "
    "own (tests/test_reliability_limits.py checks the limits)",
    "kg build --max-table-rows 100 tables/": "a folder of the reader's tables (tests/test_reliability_limits.py)",
    "kg build && kg build kurils-2021.txt": "a second article of the reader's "
    "own; tests/test_changes.py runs two logged builds",
    "kg build kurils-2021.txt": "a second article of the reader's own (tests/test_changes.py)",
    "kg changes --since-build 2": "needs two logged builds (tests/test_changes.py)",
    "kg changes --since-build 2 --format json": "needs two logged builds (tests/test_changes.py)",
    "kg query queries/changes/new-facts.rq -p territory='Kuril Islands' -p build=id:build/2": "needs two "
    "logged builds (tests/test_changes.py)",
}


def doc_lines() -> list[str]:
    """The ``kg …`` lines of the docs, each once, in the order they first appear."""
    found: dict[str, None] = {}
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for block in re.findall(r"^[ \t]*```[^\n]*\n(.*?)^[ \t]*```", text, re.S | re.M):
            for line in re.sub(r"\s*\\\n\s*", " ", block).splitlines():
                line = line.strip().removeprefix("$ ").strip()
                if line.startswith("kg "):
                    found[line] = None
        prose = re.sub(r"^[ \t]*```.*?^[ \t]*```", "", text, flags=re.S | re.M)
        for code in re.findall(r"``?(kg [^`]+)``?", prose):
            found[code.strip()] = None
    return list(found)


def _key(line: str) -> str:
    """The line as the tables name it: without its comment, trailing continuation or blanks."""
    line = line.split("   #")[0].split("  #")[0].strip().removesuffix("\\").strip()
    return line


def _commands(line: str, cwd: Path) -> list[list[str]]:
    """The ``kg`` invocations of a shell line, as argument lists without the leading ``kg``."""
    lexer = shlex.shlex(line, posix=True, punctuation_chars=";&|<>")
    lexer.whitespace_split = True
    commands, current, piped = [], [], False
    for token in lexer:
        if token in (";", "&&"):
            commands.append(current)
            current, piped = [], False
        elif token in ("|", ">", "<"):
            piped = True
        elif not piped:
            current.append(token)
    commands.append(current)
    return [_arguments(c, cwd) for c in commands if c and c[0] == "kg"]


def _arguments(tokens: list[str], cwd: Path) -> list[str]:
    args: list[str] = []
    for token in tokens[1:]:
        if any(c.isspace() for c in token):  # a quoted argument: as written
            args.append(token)
            continue
        token = token.strip("[]").removesuffix("...").removesuffix("…").strip("[]")
        if not token:
            continue
        if token in PLACEHOLDERS:
            args.append(PLACEHOLDERS[token])
        elif "*" in token:
            args.extend(sorted(str(p.relative_to(cwd)) for p in cwd.glob(token)))
        else:
            args.append(token)
    return args


LINES = [line for line in doc_lines() if _key(line) not in NOT_RUN]


def test_the_docs_have_kg_lines_and_the_tables_name_only_real_ones():
    keys = {_key(line) for line in doc_lines()}
    assert len(keys) > 40
    stale = (set(NOT_RUN) | set(ERRORS) | set(REWRITE)) - keys
    assert not stale, f"lines no longer in the docs: {sorted(stale)}"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """A folder as a reader of the docs has it after ``kg build``: the store and the files named."""
    root = tmp_path_factory.mktemp("docs")
    store = Store(root / ".kg")
    local.build([ARTICLE], store)
    store.flush()
    del store
    text = ARTICLE.read_text(encoding="utf-8")
    record = {
        "title": TITLE,
        "url": "https://example.org/politics/1057567",
        "published": "2019-05-10T15:42:00+03:00",
        "publisher": "TASS",
        "text": text,
    }
    for folder in ("news", "corpus"):
        (root / folder).mkdir()
        shutil.copy(ARTICLE, root / folder / ARTICLE.name)
    (root / "kono.json").write_text(json.dumps(record), encoding="utf-8")
    (root / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    shutil.copy(ROOT / "tests" / "data" / "html" / "kono-lavrov.html", root / "kono-lavrov.html")
    (root / "bad").mkdir()
    (root / "bad" / "empty.txt").write_bytes(b"")
    shutil.copy(ARTICLE, root / "bad" / "zz-good.txt")
    (root / "menu.html").write_text(
        "<html><body><ul><li><a href='/'>Home</a></li></ul></body></html>"
    )
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / "islands.ttl").write_text(
        "@prefix ex: <https://example.org/> .\nex:shikotan ex:partOf ex:kurils .\n"
        "ex:habomai ex:partOf ex:kurils .\n",
        encoding="utf-8",
    )
    (root / "evil.rdf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">&xxe;</rdf:RDF>\n'
    )
    (root / "my-shapes.ttl").write_text("# no prefixes\ndkg:S a sh:NodeShape .\n")
    shutil.copy(QUERIES_DIR / "claims.rq", root / "my-question.rq")
    shutil.copy(ROOT / "tests" / "data" / "events" / "lima.txt", root / "lima.txt")
    shutil.copy(ROOT / "tests" / "data" / "speech" / "talks.txt", root / "talks.txt")
    shutil.copy(ROOT / "tests" / "data" / "speech" / "tags.txt", root / "tags.txt")
    shutil.copy(ROOT / "tests" / "data" / "speech" / "announced.txt", root / "announced.txt")
    shutil.copy(ROOT / "tests" / "data" / "speech" / "unseen.txt", root / "unseen.txt")
    shutil.copy(ROOT / "tests" / "data" / "agreements" / "baku.txt", root / "baku.txt")
    shutil.copy(ROOT / "tests" / "data" / "documents" / "hague.txt", root / "hague.txt")
    shutil.copy(ROOT / "tests" / "data" / "coverage" / "gulf.txt", root / "gulf.txt")
    shutil.copy(ROOT / "tests" / "data" / "names" / "names.txt", root / "names.txt")
    shutil.copy(ROOT / "tests" / "data" / "coverage" / "signatures.txt", root / "signatures.txt")
    shutil.copy(ROOT / "tests" / "data" / "coverage" / "unseen-documents.txt", root / "unseen.txt")
    shutil.copy(ROOT / "tests" / "data" / "people" / "kasane.txt", root / "kasane.txt")
    return root


@pytest.mark.slow  # a minute on a shared machine: a hundred commands, each on a fresh copy
@pytest.mark.parametrize("line", LINES)
def test_doc_line_runs(line: str, pristine: Path, tmp_path: Path, monkeypatch):
    cwd = tmp_path / "work"
    shutil.copytree(pristine, cwd)
    (cwd / "data").symlink_to(ROOT / "data")
    monkeypatch.chdir(cwd)
    # the default store (.kg here) by its absolute path: RocksDB's lock table is per process and
    # keyed by the path as given, so a relative ".kg" would collide with the previous test's store
    monkeypatch.setenv("KG_STORE", str(cwd / ".kg"))
    key = _key(line)
    if key in NEEDS:
        require_executable(*NEEDS[key])
    commands = _commands(REWRITE.get(key, key), cwd)
    assert commands, line
    runner = CliRunner()
    for args in commands:
        done = runner.invoke(main, args)
        assert "Traceback" not in done.output, f"{line}\n{done.output}"
        if key in ERRORS:
            assert done.exit_code != 0, f"{line} was documented to fail:\n{done.output}"
            assert ERRORS[key] in done.output, f"{line}\n{done.output}"
        else:
            assert done.exit_code == 0, f"{line}: exit {done.exit_code}\n{done.output}"
        del done
        gc.collect()  # close the stores the command opened before the next one opens them
