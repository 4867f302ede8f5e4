"""Rewriting SPARQL text for a remote engine: prefixes, a base IRI, bound parameters, a dataset.

pyoxigraph binds parameters (``substitutions``) and implicit prefixes inside its own parser; a remote
server only sees text. So the text is rewritten on the tokens of :mod:`kg.sparql.tokens` (strings,
IRIs and comments are whole tokens, never touched): missing project prefixes are declared in front,
each bound parameter becomes a one-row ``VALUES`` block opening the query's outermost group (and
each sub-select projecting it), and a dataset becomes FROM clauses. The values are RDF terms written by pyoxigraph in N-Triples syntax, so a value is
always data, never query text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from kg.errors import QueryError
from kg.sparql.tokens import FORMS, declared_prefixes, scan


def prologue(text: str, prefixes: Mapping[str, str] | None, base_iri: str | None) -> str:
    """``text`` with a BASE and the PREFIX lines it does not declare itself put in front."""
    head = f"BASE {ox.NamedNode(base_iri)}\n" if base_iri else ""
    if prefixes:
        mine = set(declared_prefixes(text))
        head += "".join(
            f"PREFIX {p}: {ox.NamedNode(iri)}\n" for p, iri in prefixes.items() if p not in mine
        )
    return head + text


def bind(text: str, bindings: Mapping[str, object]) -> str:
    """``text`` with each variable of ``bindings`` fixed to its term by a one-row VALUES block at
    the start of the outermost group (the WHERE clause), as pyoxigraph's substitutions do.

    A sub-select that projects a bound variable by name gets a row for it too, as pyoxigraph binds
    it there too (before the sub-select's LIMIT), so the planner starts it from that term. A
    sub-select that does not project the variable has its own of that name and is left alone.
    """
    if not bindings:
        return text
    names = list(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
    terms = {name: _term(name, bindings[name]) for name in names}
    inserts = [(_pattern_start(text)[1], names)]
    inserts += [(at, [n for n in names if n in projected]) for at, projected in _subselects(text)]
    for at, bound in sorted(inserts, reverse=True):
        if bound:
            variables, values = " ".join("?" + n for n in bound), " ".join(terms[n] for n in bound)
            row = f" VALUES ({variables}) {{ ({values}) }} "
            text = text[: at + 1] + row + text[at + 1 :]
    return text


def _subselects(text: str) -> list[tuple[int, set[str]]]:
    """(offset of the '{' opening its WHERE group, variables it projects by name) of each
    sub-select."""
    toks = list(scan(text))
    found = []
    for i, (kind, tok, _) in enumerate(toks):
        if not (kind == "word" and tok.upper() == "SELECT" and i and toks[i - 1][1] == "{"):
            continue
        projected: set[str] = set()
        depth = 0
        for k, t, at in toks[i + 1 :]:
            if depth == 0 and t == "{":
                found.append((at, projected))
                break
            depth += (t == "(") - (t == ")")
            if k == "var" and depth == 0:  # not an expression's input nor its ``AS`` name
                projected.add(t[1:])
    return found


def with_dataset(text: str, default: list, named: list) -> str:
    """``text`` with ``FROM`` / ``FROM NAMED`` clauses for these graphs, before its WHERE clause.

    The dataset goes into the text rather than the protocol's ``default-graph-uri`` parameters,
    which Virtuoso echoes as one response header each (past 100, Python's HTTP client gives up).
    """
    where, brace = _pattern_start(text)
    at = brace if where is None else where
    clauses = "".join(f"FROM {g}\n" for g in default) + "".join(f"FROM NAMED {g}\n" for g in named)
    return text[:at] + clauses + text[at:]


def _term(name: str, value: object) -> str:
    if isinstance(value, ox.NamedNode | ox.Literal):
        return str(value)  # N-Triples syntax: escaped by pyoxigraph
    raise QueryError(f"parameter {name}: cannot send a {type(value).__name__} to a remote store")


def _pattern_start(text: str) -> tuple[int | None, int]:
    """The offsets of the WHERE keyword (None when left out) and of the '{' opening the pattern."""
    toks = list(scan(text))
    depth, top_braces, query_form = 0, [], ""
    for i, (kind, tok, at) in enumerate(toks):
        if kind == "word" and depth == 0:
            word = tok.upper()
            if word in FORMS and not query_form:
                query_form = word
            if word == "WHERE":
                nxt = next((t for t in toks[i + 1 :] if t[1] == "{"), None)
                if nxt is None:
                    break
                return at, nxt[2]
        if tok == "{":
            if depth == 0:
                top_braces.append(at)
            depth += 1
        elif tok == "}":
            depth -= 1
    wanted = 1 if query_form == "CONSTRUCT" else 0  # CONSTRUCT's template comes first
    if len(top_braces) > wanted and query_form:
        return None, top_braces[wanted]
    raise QueryError("cannot rewrite the query for the remote store: it has no WHERE clause")


def triple_line(s: object, p: object, o: object) -> str:
    """One triple as a line of SPARQL ``INSERT DATA``. A term's ``str`` is N-Triples, which SPARQL
    shares, except an RDF 1.2 triple term: N-Triples prints it bare, SPARQL needs ``<<( … )>>``."""
    return f"{_data_term(s)} {_data_term(p)} {_data_term(o)} ."


def _data_term(term: object) -> str:
    if isinstance(term, ox.Triple):
        return f"<<( {_data_term(term.subject)} {_data_term(term.predicate)} {_data_term(term.object)} )>>"
    return str(term)
