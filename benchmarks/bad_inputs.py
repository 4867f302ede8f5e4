"""Bad inputs on purpose, counted: how many does kg refuse cleanly (issue 16, docs/safety.md)?

Each case feeds one hostile or broken input to the command line, as a user would (a subprocess,
so a crash, a hang or a traceback shows), and is *clean* when kg answers as docs/safety.md says:
a one-line refusal or skip that names the file (and the line, where there is one) and the cause,
a non-zero exit, no traceback, no "internal error", within the time limit; or, where the input
is legal but odd, the right result. A command given a file must name it (``kg query q.rq``
too). The cases follow issue 16's list and docs/safety.md; the
60-case run the issue counted ("48 of 60") was not kept, so this is a new count of its own.
It measures; it asserts nothing.

    python benchmarks/bad_inputs.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

KG = [sys.executable, "-m", "kg"]
TIME_LIMIT = 120.0
ARTICLE = (
    "MOSCOW, May 10. /TASS/. Japan laid claims to the Kuril Islands. Russia controls the "
    "Kuril Islands.\n"
)


@dataclass
class Case:
    name: str
    make: Callable[[Path], list[str]]  # writes the input under a folder; the command's arguments
    expect: str | tuple[str, ...]  # what the output must say (the file and cause, or the result)
    ok_exit: tuple[int, ...] = (1, 2)


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _build(d: Path, *paths: Path | str) -> list[str]:
    return ["build", "--store", str(d / "store"), *map(str, paths)]


def _load(d: Path, path: Path, *extra: str) -> list[str]:
    return ["load", "--store", str(d / "store"), str(path), *extra]


def _query(d: Path, text: str) -> list[str]:
    _write(d / "store-src" / "a.txt", ARTICLE)
    subprocess.run([*KG, *_build(d, d / "store-src")], capture_output=True, check=False)
    return ["query", "--store", str(d / "store"), str(_write(d / "q.rq", text))]


def _bad_shapes(d: Path) -> list[str]:
    _query(d, "ASK {}")  # a store to validate
    shapes = _write(d / "s.ttl", "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<a:s> sh:path .\n")
    return ["validate", "--store", str(d / "store"), "--shapes", str(shapes)]


def _deep(d: Path, levels: int) -> Path:
    path = d / "deep"
    path.mkdir()
    for _ in range(levels):  # one level at a time: pathlib's mkdir(parents=True) recurses
        path = path / "d"
        path.mkdir()
    (path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return d / "deep"


def _fifo(d: Path) -> list[str]:
    os.mkfifo(d / "pipe.csv")
    return ["extract", str(d / "pipe.csv")]


def _zero(d: Path) -> list[str]:
    (d / "zero.csv").symlink_to("/dev/zero")
    return ["extract", str(d / "zero.csv")]


XML = '<?xml version="1.0"?>\n<!DOCTYPE r [{dtd}]>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://example.org/"><rdf:Description rdf:about="http://example.org/s"><e:p>{body}</e:p></rdf:Description></rdf:RDF>\n'
LAUGHS = '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
ROWS = "Territory,Claimants,Controller\n" + "".join(f"T{i},A;B,A\n" for i in range(20_000))

CASES = [
    Case(
        "binary file",
        lambda d: ["extract", str(_write(d / "a.txt", bytes(range(256)) * 8))],
        "a.txt",
    ),
    Case(
        "invalid UTF-8",
        lambda d: ["extract", str(_write(d / "a.txt", b"caf\xe9 au lait"))],
        "UTF-8",
    ),
    Case("empty file", lambda d: ["extract", str(_write(d / "a.txt", ""))], "empty"),
    Case(
        "truncated JSON",
        lambda d: ["extract", str(_write(d / "a.json", '{"text": "abc'))],
        "a.json",
    ),
    Case(
        "JSON record without text",
        lambda d: ["extract", str(_write(d / "a.json", '{"title": "x"}'))],
        "text",
    ),
    Case(
        "CSV without its columns",
        lambda d: ["extract", str(_write(d / "a.csv", "a,b\n1,2\n"))],
        "a.csv",
    ),
    Case(
        "CSV of 20,000 rows",
        lambda d: ["extract", str(_write(d / "big.csv", ROWS))],
        "big.csv:10002",
    ),
    Case("missing path", lambda d: ["extract", str(d / "missing.txt")], "missing.txt"),
    Case(
        "folder without sources",
        lambda d: _build(d, _write(d / "pics" / "x.png", b"\x89PNG").parent),
        "pics",
    ),
    Case(
        "article over 200,000 characters",
        lambda d: ["extract", str(_write(d / "long.txt", "Japan claims the islands. " * 8000))],
        "long.txt",
    ),
    Case(
        "article file over 800,000 bytes",
        lambda d: ["extract", str(_write(d / "huge.txt", "a" * 900_000))],
        "huge.txt",
    ),
    Case("a .csv FIFO", _fifo, "not a regular file"),
    Case("a link to /dev/zero", _zero, "not a regular file"),
    Case("random bytes on stdin", lambda d: ["extract", "-"], "stdin"),
    Case(
        "JSON Lines, one bad record",
        lambda d: _build(
            d,
            _write(
                d / "feed.jsonl",
                f'{json.dumps({"text": ARTICLE})}\n{{"text": \n{json.dumps({"text": ARTICLE})}\n',
            ),
        ),
        "feed.jsonl:2",
    ),
    Case(
        "published: not-a-date",
        lambda d: _build(
            d,
            _write(d / "r.jsonl", json.dumps({"text": ARTICLE, "published": "not-a-date"}) + "\n"),
        ),
        "not-a-date",
    ),
    Case(
        "a bad url",
        lambda d: _build(
            d,
            _write(
                d / "r.jsonl", json.dumps({"text": ARTICLE, "url": "javascript:alert(1)"}) + "\n"
            ),
        ),
        "url",
    ),
    Case(
        "a folder 1,100 levels deep", lambda d: _build(d, _deep(d, 1100)), "1 source(s) read", (0,)
    ),
    Case(
        "a control character in a file name",
        lambda d: ["extract", str(_write(d / "a\x1b[31m.txt", ""))],
        "\\x1b",
    ),
    Case(
        "Turtle syntax error on line 3",
        lambda d: _load(
            d, _write(d / "a.ttl", "<a:s> <a:p> <a:o> .\n<a:s> <a:p> <a:o> .\n<a:s> <a:p> .\n")
        ),
        "a.ttl:3",
    ),
    Case(
        "RDF/XML external entity (XXE)",
        lambda d: _load(
            d,
            _write(
                d / "x.rdf", XML.format(dtd='<!ENTITY x SYSTEM "file:///etc/passwd">', body="&x;")
            ),
        ),
        "external entity",
    ),
    Case(
        "RDF/XML billion laughs",
        lambda d: _load(d, _write(d / "x.rdf", XML.format(dtd=LAUGHS, body="&b;" * 200_000))),
        "x.rdf:2: refused",
    ),
    Case(
        "RDF/XML external DTD",
        lambda d: _load(
            d,
            _write(
                d / "x.rdf",
                XML.replace(
                    "<!DOCTYPE r [{dtd}]>", '<!DOCTYPE r SYSTEM "http://127.0.0.1:9/x.dtd">'
                ).format(body="x"),
            ),
        ),
        "DTD",
    ),
    Case(
        "JSON-LD remote context",
        lambda d: _load(
            d,
            _write(
                d / "x.jsonld",
                '{"@context": "http://127.0.0.1:9/ctx", "@id": "http://e.org/s", "p": "v"}',
            ),
        ),
        "x.jsonld",
    ),
    Case(
        "kg load --graph over the inferred graph",
        lambda d: _load(
            d,
            _write(d / "a.nt", "<http://e.org/s> <http://e.org/p> <http://e.org/o> .\n"),
            "--graph",
            "https://w3id.org/dispute-kg/id/graph/inferred",
        ),
        "inferred graph",
    ),
    Case(
        "kg load --graph not an IRI",
        lambda d: _load(d, _write(d / "a.nt", ""), "--graph", "not an iri"),
        "absolute IRI",
    ),
    Case("kg load of an unknown extension", lambda d: _load(d, _write(d / "a.xyz", "x")), "a.xyz"),
    Case(
        "a SPARQL syntax error", lambda d: _query(d, "SELECT * WHERE { ?s ?p }"), ("q.rq", "parse")
    ),
    Case(
        "a 10,000-way UNION",
        lambda d: _query(d, "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 10_000) + " }"),
        ("q.rq", "UNION"),
    ),
    Case(
        "a 10,000-way ||",
        lambda d: _query(
            d, "SELECT * WHERE { ?s ?p ?o FILTER(" + " || ".join(["?o = 1"] * 10_000) + ") }"
        ),
        ("q.rq", "||"),
    ),
    Case(
        "an update as a query",
        lambda d: _query(d, "INSERT DATA { <http://e.org/s> <http://e.org/p> 1 }"),
        ("q.rq", "read-only"),
    ),
    Case(
        "SERVICE in a query",
        lambda d: _query(d, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
        ("q.rq", "SERVICE"),
    ),
    Case("shapes file with a syntax error", _bad_shapes, "s.ttl:2"),
    Case(
        "table-diff of a broken table",
        lambda d: ["table-diff", str(_write(d / "a.csv", "x\n")), str(_write(d / "b.csv", "x\n"))],
        "a.csv",
    ),
]


def run_case(case: Case) -> dict:
    folder = Path(tempfile.mkdtemp())
    try:
        args = case.make(folder)
        stdin = os.urandom(4096) if args[-1] == "-" else None
        try:
            done = subprocess.run(
                [*KG, *args], input=stdin, capture_output=True, timeout=TIME_LIMIT, check=False
            )
        except subprocess.TimeoutExpired:
            return {"case": case.name, "clean": False, "why": f"no answer in {TIME_LIMIT:g} s"}
    finally:  # rm, not shutil.rmtree: that recurses, and one case is 1,100 folders deep
        subprocess.run(["rm", "-rf", str(folder)], check=False)
    out = (done.stdout + done.stderr).decode("utf-8", "replace")
    problems = []
    if done.returncode not in case.ok_exit:
        problems.append(f"exit {done.returncode}")
    if "Traceback" in out or "internal error" in out:
        problems.append("a traceback or internal error")
    expected = (case.expect,) if isinstance(case.expect, str) else case.expect
    problems += [f"does not say {text!r}" for text in expected if text not in out]
    last = next((line for line in reversed(out.splitlines()) if line.strip()), "")
    return {
        "case": case.name,
        "clean": not problems,
        "why": "; ".join(problems),
        "exit": done.returncode,
        "said": last[:200],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    results = []
    for case in CASES:
        result = run_case(case)
        results.append(result)
        mark = "clean" if result["clean"] else f"NOT CLEAN ({result['why']})"
        print(f"{case.name}: {mark}: {result.get('said', '')}", flush=True)
    clean = sum(r["clean"] for r in results)
    print(f"bad inputs refused cleanly: {clean} of {len(results)}")
    if args.json:
        args.json.write_text(json.dumps({"clean": clean, "cases": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
