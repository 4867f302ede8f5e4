"""Query results for machines (W3C SPARQL JSON, CSV, TSV) and for people (an aligned text table).

The machine formats are pyoxigraph's own serialisations. The table shows labels instead of IRIs
(a fact's label is its sentence, kg.labels), puts each row's evidence (source, offsets, the
sentence, shortened to one line of ``width``) on a line of its own under the row, and fits
``width`` columns by wrapping the widest cells onto more lines (kg.texttable); ``width=None`` is
one line a row, nothing shortened. ``limit`` keeps the first rows of any format.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import click
import pyoxigraph as ox

from kg import texttable
from kg.errors import UsageError
from kg.queries import Result, Term
from kg.stores.base import GraphStore
from kg.vocab import PREFIXES, RDFS

FORMATS = ("table", "json", "csv", "tsv", "turtle", "ntriples")
_SOLUTION_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}
#: Variables shown on a row's evidence line rather than as columns.
EVIDENCE = ("source", "sourceTitle", "sentence", "start", "end")


def serialize(
    result: Result,
    fmt: str,
    store: GraphStore | None = None,
    *,
    color: bool = False,
    width: int | None = 100,
    limit: int | None = None,
) -> bytes:
    """``result`` in ``fmt`` (one of FORMATS) as bytes, ready for stdout; only its first
    ``limit`` rows (or triples) when given."""
    total = len(result.triples if result.kind == "graph" else result.rows)
    if limit is not None:
        result = dataclasses.replace(
            result, rows=result.rows[:limit], triples=result.triples[:limit]
        )
    if fmt == "table":
        return table(result, store, color=color, width=width, total=total).encode("utf-8")
    if result.kind == "graph":
        if fmt not in _GRAPH_FORMATS:
            raise UsageError(f"a graph result is written as table, turtle or ntriples, not {fmt}")
        return (
            ox.serialize(
                result.triples,
                format=_GRAPH_FORMATS[fmt],
                prefixes=PREFIXES if fmt == "turtle" else None,
            )
            or b""
        )
    if fmt not in _SOLUTION_FORMATS:
        raise UsageError(
            f"a {result.kind.upper()} result is written as table, json, csv or tsv, not {fmt}"
        )
    answer = ox.parse_query_results(result.raw, format=ox.QueryResultsFormat.JSON)
    return answer.serialize(format=_SOLUTION_FORMATS[fmt]) or b""


# -- the table ------------------------------------------------------------------------------------


def table(
    result: Result,
    store: GraphStore | None = None,
    *,
    color: bool = False,
    width: int | None = 100,
    total: int | None = None,
) -> str:
    """An aligned text table for people; see the module docstring. ``total``: the rows there
    were before a limit kept the first ones."""
    style = _Style(color)
    if result.kind == "ask":
        return f"{'yes' if result.boolean else 'no'}\n"
    names = _Names(store)
    if result.kind == "graph":
        variables = result.variables
        rows: list[tuple[Term | None, ...]] = [
            (t.subject, t.predicate, t.object) for t in result.triples
        ]
    else:
        variables, rows = result.variables, result.rows
    columns = [
        i
        for i, v in enumerate(variables)
        if _shown(v, variables) and (not rows or any(row[i] is not None for row in rows))
    ]
    headers = [_header(variables[i]) for i in columns]
    cells = [[names.text(row[i]) for i in columns] for row in rows]
    plain = [  # columns of unlabelled IRIs narrow first
        all(
            isinstance(row[i], ox.NamedNode) and c.startswith("id:")
            for row, c in zip(rows, (r[k] for r in cells), strict=True)
        )
        for k, i in enumerate(columns)
    ]
    widths = texttable.fit(headers, cells, width, first=plain)
    lines = [style.header(line) for line in texttable.row(headers, widths)]
    with_evidence = "sentence" in variables
    sources: dict[str, int] = {}
    for row, row_cells in zip(rows, cells, strict=True):
        lines += texttable.row(row_cells, widths)
        if with_evidence:
            lines.append(
                style.dim(_evidence_line(dict(zip(variables, row, strict=True)), sources, width))
            )
    noun = "triple" if result.kind == "graph" else "row"
    shown = f"{len(rows)} {noun}{'' if len(rows) == 1 else 's'}"
    if total is not None and total > len(rows):
        shown = f"{len(rows)} of {total} {noun}s (--limit {len(rows)})"
    lines.append(shown)
    for source, number in sources.items():
        legend = f"[{number}] {names.prefixed(source)}  {names.title(source)}"
        lines += texttable.wrap(legend, width, indent=" " * (len(str(number)) + 3))
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _shown(variable: str, variables: list[str]) -> bool:
    """Evidence goes on its own line; an IRI column with a label column beside it is hidden."""
    return variable not in EVIDENCE and f"{variable}Label" not in variables


def _header(variable: str) -> str:
    return variable.removesuffix("Label") or variable


def _cut(text: str, width: int | None) -> str:
    text = " ".join(text.split())
    return text if width is None or len(text) <= width else text[: max(width - 1, 0)] + "…"


def _evidence_line(row: dict[str, Term | None], sources: dict[str, int], width: int | None) -> str:
    source, sentence = row.get("source"), row.get("sentence")
    if source is None and sentence is None:
        return "  ↳ (no evidence)"
    prefix = "  ↳"
    if source is not None:
        number = sources.setdefault(_value(source), len(sources) + 1)
        prefix += f" [{number}]"
    start, end = row.get("start"), row.get("end")
    if start is not None and end is not None:
        prefix += f" {_value(start)}–{_value(end)}"
    budget = None if width is None else width - len(prefix) - 3  # one line of the terminal
    return f"{prefix} “{_cut(_value(sentence) if sentence else '', budget)}”"


class _Names:
    """Readable names for terms: a label from the store, else a prefixed name, else the IRI."""

    def __init__(self, store: GraphStore | None) -> None:
        self._store = store
        self._labels: dict[str, str] = {}

    def text(self, term: Term | None) -> str:
        if term is None:
            return ""
        if isinstance(term, ox.NamedNode):
            return self.label(term) or self.prefixed(term.value)
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        if isinstance(term, ox.Literal):
            return term.value
        return str(term)

    def label(self, node: ox.NamedNode) -> str | None:
        if node.value not in self._labels:
            self._labels[node.value] = self._lookup(node, RDFS.label)
        return self._labels[node.value] or None

    def title(self, iri: str) -> str:
        return self._lookup(ox.NamedNode(iri), ox.NamedNode("http://purl.org/dc/terms/title"))

    def _lookup(self, node: ox.NamedNode, predicate: ox.NamedNode) -> str:
        if self._store is None:
            return ""
        values = {q.object for q in self._store.quads_for_pattern(node, predicate, None)}
        literals = sorted(values, key=_label_rank)
        return _value(literals[0]) if literals else ""

    @staticmethod
    def prefixed(iri: str) -> str:
        best = max(
            ((p, ns) for p, ns in PREFIXES.items() if iri.startswith(ns)),
            key=lambda pn: len(pn[1]),
            default=None,
        )
        return f"{best[0]}:{iri[len(best[1]) :]}" if best else f"<{iri}>"


def _value(term: Term) -> str:
    """A term's lexical value; an RDF-star triple has none, so its N-Triples text."""
    return str(term) if isinstance(term, ox.Triple) else term.value


def _label_rank(term: Term) -> tuple[int, str]:
    language = term.language if isinstance(term, ox.Literal) else None
    return (0 if language == "en" else 1 if not language else 2, getattr(term, "value", ""))


class _Style:
    """Bold headers and dim evidence on a terminal; plain text otherwise."""

    def __init__(self, color: bool) -> None:
        self._color = color

    def header(self, text: str) -> str:
        return self._styled(text, bold=True)

    def dim(self, text: str) -> str:
        return self._styled(text, dim=True)

    def _styled(self, text: str, **kwargs: bool) -> str:
        style: Callable[..., str] = click.style
        return style(text, **kwargs) if self._color else text
