"""Named SPARQL queries: the competency questions in ``queries/*.rq``, their headers, running them.

Each file starts with a header comment (title, question, params, returns), so one file documents
itself, lists itself in ``kg queries`` and runs in any SPARQL tool. Parameter values are bound as
RDF terms with pyoxigraph ``substitutions``, never pasted into the query text, so a value cannot
change what the query means.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from kg import lookup, suggest
from kg.errors import QueryError, SourceError, UsageError
from kg.files import read_bytes
from kg.paths import QUERIES_DIR
from kg.sparql import results as sparql_results
from kg.sparql.errors import read_only_message
from kg.stores.base import GraphStore
from kg.vocab import DKG

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

_KEYS = ("title", "question", "params", "returns")
_KEY_LINE = re.compile(r"#\s*([a-z]+)\s*:\s?(.*)$")
_CONTINUATION = re.compile(r"#\s{2,}(\S.*)$")
_PARAM = re.compile(
    r"(?P<name>[A-Za-z_]\w*)(?:\s*\[(?P<types>[^\]]*)\])?\s+(?:—|–|--?)\s+(?P<description>.+?),"
    r"\s*(?P<need>optional|required)"
)
_NAME = re.compile(r"[A-Za-z_]\w*")


class Param(NamedTuple):
    name: str
    description: str
    required: bool


@dataclass(frozen=True)
class NamedQuery:
    """A query with its header. ``params is None`` for ad-hoc queries: any parameter name binds."""

    name: str
    title: str
    question: str
    params: tuple[Param, ...] | None
    returns: tuple[str, ...]
    text: str
    path: Path | None = None
    #: (parameter, the dkg classes its entity must have one of), for typed parameters
    param_types: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @classmethod
    def adhoc(cls, text: str, path: Path | None = None) -> NamedQuery:
        name = path.stem if path else "sparql"
        return cls(name, name, "", None, (), text, path)


def parse(text: str, path: Path) -> NamedQuery:
    """A query file's header and text; a malformed header is a QueryError naming the file."""
    fields: dict[str, list[str]] = {}
    last: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        key_match = _KEY_LINE.match(line)
        if key_match and key_match.group(1) in _KEYS:
            last = key_match.group(1)
            if last in fields:
                raise QueryError(f"{path}:{number}: '{last}:' given twice in the header")
            fields[last] = [key_match.group(2).strip()]
        elif last and (cont := _CONTINUATION.match(line)):
            fields[last].append(cont.group(1).strip())
        else:
            break
    missing = [k for k in _KEYS if not fields.get(k) or not fields[k][0]]
    if missing:
        raise QueryError(
            f"{path}: header lacks {', '.join(k + ':' for k in missing)}",
            hint="start the file with '# title:', '# question:', '# params:', '# returns:' lines",
        )
    returns = tuple(r.strip() for r in ", ".join(fields["returns"]).split(",") if r.strip())
    if not all(_NAME.fullmatch(r) for r in returns):
        raise QueryError(f"{path}: 'returns:' must list variable names separated by commas")
    params, types = _parse_params(fields["params"], path)
    return NamedQuery(
        name=path.stem,
        title=" ".join(fields["title"]),
        question=" ".join(fields["question"]),
        params=params,
        returns=returns,
        text=text,
        path=path,
        param_types=types,
    )


def _parse_params(
    lines: list[str], path: Path
) -> tuple[tuple[Param, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """The parameters, and the classes of the typed ones: ``territory [Territory] — ...``."""
    if lines == ["(none)"]:
        return (), ()
    params, types = [], []
    for line in lines:
        match = _PARAM.fullmatch(line)
        if not match:
            raise QueryError(
                f"{path}: bad 'params:' entry {line!r}",
                hint="write 'NAME [Class, ...] — description, optional' (or ', required'; the "
                "[classes] are optional), or '(none)'",
            )
        params.append(Param(match["name"], match["description"], match["need"] == "required"))
        if match["types"] is not None:
            classes = tuple(c.strip() for c in match["types"].split(",") if c.strip())
            unknown = [c for c in classes if c not in DKG.terms or not c[:1].isupper()]
            if unknown or not classes:
                raise QueryError(
                    f"{path}: parameter {match['name']!r}: {', '.join(unknown) or '[]'}"
                    " is not a class of the ontology"
                )
            types.append((match["name"], classes))
    return tuple(params), tuple(types)


#: The longest query file ``kg query FILE.rq`` reads (bytes); ``kg serve`` takes 64 KB a query.
MAX_QUERY_FILE_BYTES = 1024 * 1024


def load_file(path: Path) -> NamedQuery:
    """A ``.rq`` file: with a header it is a named query, without one an ad-hoc query."""
    raw = read_bytes(
        Path(path),
        MAX_QUERY_FILE_BYTES,
        limit="the query file limit",
        hint="a query that long is a mistake",
    )  # a regular file: not a FIFO or device
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SourceError(str(path), "cannot read the query file: not UTF-8 text") from None
    first = _KEY_LINE.match(text.lstrip().split("\n", 1)[0])
    if first and first.group(1) in _KEYS:
        return parse(text, Path(path))
    return NamedQuery.adhoc(text, Path(path))


def load_all(directory: Path = QUERIES_DIR) -> list[NamedQuery]:
    """Every ``*.rq`` in ``directory``, sorted by name."""
    return [parse(p.read_text(encoding="utf-8"), p) for p in sorted(Path(directory).glob("*.rq"))]


def get(name: str, directory: Path = QUERIES_DIR) -> NamedQuery:
    queries = {q.name: q for q in load_all(directory)}
    if name not in queries:
        nearest = suggest.did_you_mean(name, queries)
        raise UsageError(
            f"unknown query {name!r}; "
            + (f"{nearest} (available: " if nearest else "available: ")
            + ", ".join(sorted(queries))
            + (")" if nearest else ""),
            hint="run 'kg queries' for what each answers",
        )
    return queries[name]


# -- parameters -----------------------------------------------------------------------------------


def param_values(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Parameters given as (name, value) pairs, one value a name: a repeated one is a UsageError
    (keeping the last would answer a question the user did not ask)."""
    values: dict[str, str] = {}
    for name, value in pairs:
        if name in values:
            raise UsageError(
                f"parameter {name!r} given twice ({values[name]!r} and {value!r}); give it once"
            )
        values[name] = value
    return values


def bind_params(store: GraphStore, query: NamedQuery, values: Mapping[str, str]) -> dict[str, Term]:
    """Parameter values (IRIs, prefixed names or labels) as terms, checked against the header:
    known names, required ones present, and the entity of a typed one of the right class."""
    if query.params is not None:
        allowed = {p.name: p for p in query.params}
        for name in values:
            if name not in allowed:
                nearest = suggest.did_you_mean(name, allowed)
                raise UsageError(
                    f"query {query.name!r} has no parameter {name!r}; "
                    + (f"{nearest} " if nearest else "")
                    + f"allowed: {', '.join(allowed) or '(none)'}"
                )
        for param in query.params:
            if param.required and not values.get(param.name):
                raise UsageError(
                    f"query {query.name!r} needs parameter {param.name!r} ({param.description})",
                    hint=f"add --param {param.name}=VALUE",
                )
    types = dict(query.param_types)
    return {
        name: lookup.resolve(store, name, value, types.get(name, ()))
        for name, value in values.items()
    }


# -- running --------------------------------------------------------------------------------------


@dataclass
class Result:
    """A query's answer: rows of terms (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE).

    Rows are taken from the solutions as they come (a round trip through SPARQL JSON cost a
    quarter of a listing's time); ``raw`` writes the W3C SPARQL JSON results only when an output
    asks for them, and the JSON, CSV and TSV outputs are pyoxigraph's serialisations of it.
    """

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    @property
    def raw(self) -> bytes:
        """SELECT and ASK answers as W3C SPARQL 1.1 JSON results."""
        if self.kind == "ask":
            return sparql_results.boolean(bool(self.boolean))
        return sparql_results.solutions(self.variables, self.rows)

    def column(self, name: str) -> list[Term | None]:
        index = self.variables.index(name)
        return [row[index] for row in self.rows]

    def records(self) -> list[dict[str, Term]]:
        """Rows as dicts of the bound variables (for tests and library callers)."""
        return [
            {v: t for v, t in zip(self.variables, row, strict=True) if t is not None}
            for row in self.rows
        ]


def run(store: GraphStore, query_text: str, bindings: Mapping[str, Term] | None = None) -> Result:
    """Run a query over the store's union graph with ``bindings`` substituted as terms; an update
    is refused before it reaches the store (the interface is read-only)."""
    read_only = read_only_message(query_text)
    if read_only:
        raise UsageError(read_only, hint="kg build, kg load and kg rm change the store")
    try:
        answer = store.query(query_text, dict(bindings or {}))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            return Result("select", variables, [tuple(s) for s in answer])
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        return Result("graph", ["subject", "predicate", "object"], triples=list(answer))
    except RuntimeError as exc:  # e.g. a substituted variable missing from the projection
        raise QueryError(f"the query cannot run: {str(exc).strip()}") from None


def answer(store: GraphStore, query: NamedQuery, values: Mapping[str, str] | None = None) -> Result:
    """Bind ``values`` (names to text) and run ``query``: what ``kg query NAME`` does."""
    return run(store, query.text, bind_params(store, query, values or {}))


def readme(directory: Path = QUERIES_DIR) -> str:
    """``queries/README.md``, generated from the headers (a test checks the committed copy)."""
    lines = [
        "# Competency questions",
        "",
        "<!-- Generated by kg.queries.readme() from the .rq headers; do not edit by hand. -->",
        "",
        "Each `.rq` file answers one question. Run one with `kg query NAME`, list them with",
        "`kg queries`; every answer row carries its evidence (source, sentence, offsets).",
        "",
        "| name | question | parameters |",
        "|---|---|---|",
    ]
    queries = load_all(directory)
    for q in queries:
        types = dict(q.param_types)
        params = "; ".join(_param_text(p, types) for p in q.params or ()) or "—"
        lines.append(f"| [`{q.name}`](#{q.name}) | {q.question} | {params} |")
    for q in queries:
        lines += ["", f"## {q.name}", "", f"**{q.title}.** {q.question}", ""]
        for p in q.params or ():
            lines.append(f"- parameter {_param_text(p, types)}")
        lines += [f"- returns: {', '.join(f'`{r}`' for r in q.returns)}", ""]
        lines += ["```", f"kg query {q.name}" + _example_params(q), "```"]
    return "\n".join(lines) + "\n"


def _param_text(p: Param, types: Mapping[str, tuple[str, ...]]) -> str:
    kind = f" (of class {' or '.join(types[p.name])})" if p.name in types else ""
    return f"`{p.name}`: {p.description}{kind} ({'required' if p.required else 'optional'})"


def _example_params(q: NamedQuery) -> str:
    return "".join(f" --param {p.name}=..." for p in q.params or () if p.required)
