"""A store on a SPARQL 1.1 server (Query, Update and Graph Store Protocols), tested on Virtuoso.

Writes: each source is one named graph, replaced atomically (``DROP SILENT GRAPH`` and
``INSERT DATA`` in one update request, which the server runs as one transaction; or one Graph
Store Protocol ``PUT`` of the whole graph). Small sources are sent together, a batch of
``batch_triples`` triples a request, since the round trip, not the data, is what costs.

Reads: the server's JSON results and N-Triples are parsed by pyoxigraph, so callers get the same
``QuerySolutions`` / ``QueryBoolean`` / ``QueryTriples`` as from the embedded store. The union
default graph: by default (``union="graphs"``) each query names the store's graphs as its
dataset (``default-graph-uri`` and ``named-graph-uri``, i.e. FROM and FROM NAMED), so it sees
exactly the dispute-kg sources, as the embedded store does; Virtuoso's own default graph would add
its system graphs. With ``union="native"`` the query goes as written, for a server or dataset whose
default graph is already the union of the sources (Fuseki with ``unionDefaultGraph``, GraphDB,
QLever). Credentials come from KG_STORE_USER / KG_STORE_PASSWORD, basic or digest as the server
asks.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import pyoxigraph as ox
import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from kg.errors import QueryError, QueryFailed, StoreError
from kg.sparql import rewrite, tokens
from kg.stores.base import GraphName, Object, Subject
from kg.stores.replies import NT, as_query_triples, canonical_json, parse_rdf
from kg.vocab import BUILDS_GRAPH, ID, NOT_SOURCES, PREFIXES

_JSON = "application/sparql-results+json"
#: Seconds the list of graphs is trusted (another process may build meanwhile; kg serve lives long).
_GRAPHS_TTL = 5.0
#: Engine error messages that name the construct they stumbled on.
_OFFENDING = (
    re.compile(r"syntax error at '([^']+)'", re.I),  # Virtuoso
    re.compile(r'Encountered\s+"\s*"?([^"\s]+)', re.I),  # Jena, RDF4J (GraphDB)
    re.compile(r'Token "([^"]+)"', re.I),  # QLever
    re.compile(r"not supported[:\s]+([\w ]+)", re.I),
)


class RemoteStore:
    """A dispute-kg store on a SPARQL server; see the module docstring."""

    def __init__(
        self,
        query_endpoint: str,
        *,
        update_endpoint: str | None = None,
        gsp_endpoint: str | None = None,
        read_only: bool = False,
        union: str | None = None,
        batch_triples: int = 5_000,
        timeout: float | None = None,
    ) -> None:
        self.query_endpoint = query_endpoint
        self.update_endpoint = update_endpoint or query_endpoint
        self.gsp_endpoint = gsp_endpoint
        self.read_only = read_only
        self.union = (union or os.environ.get("KG_STORE_UNION") or "graphs").lower()
        if self.union not in ("graphs", "native"):
            raise StoreError(f"KG_STORE_UNION={self.union!r}: use 'graphs' or 'native'")
        self.batch_triples = batch_triples
        self.timeout = timeout or float(os.environ.get("KG_STORE_TIMEOUT") or 300)
        self.engine = "SPARQL server"
        self._user = os.environ.get("KG_STORE_USER")
        self._password = os.environ.get("KG_STORE_PASSWORD") or ""
        self._http = requests.Session()
        self._pending: dict[ox.NamedNode, list[str]] = {}
        self._pending_size = 0
        self._graphs: list[ox.NamedNode] | None = None
        self._graphs_at = 0.0
        self._request("POST", self.query_endpoint, data={"query": "ASK {}"}, accept=_JSON)

    @property
    def path(self) -> str:
        return self.query_endpoint

    def describe(self) -> str:
        return f"{self.engine} at {self.query_endpoint}"

    # -- writing ---------------------------------------------------------------------------------

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad] | bytes) -> int:
        """Queue ``graph``'s replacement (quads, or their N-Quads bytes); sent with the next batch,
        and at the latest by flush."""
        self._writable()
        if isinstance(quads, bytes):
            quads = ox.parse(quads, format=ox.RdfFormat.N_QUADS)
        written = [rewrite.triple_line(q.subject, q.predicate, q.object) for q in quads]
        lines = sorted(set(written))
        # A graph queued twice keeps its last content only: the same end state as two
        # replacements, and Virtuoso's DROP does not see an INSERT earlier in the same request.
        earlier = self._pending.pop(graph, None)
        self._pending_size -= max(1, len(earlier)) if earlier is not None else 0
        self._pending[graph] = lines
        self._pending_size += max(1, len(lines))
        if self._pending_size >= self.batch_triples:
            self._send()
        return len(written)

    @contextmanager
    def batched(self) -> Iterator[RemoteStore]:
        """Writes here are always sent in batches (see ``replace_graph``); the block sends the rest."""
        try:
            yield self
        finally:
            self._send()

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self._writable()
        self._send()
        self.update(f"DROP SILENT GRAPH {graph}")

    def flush(self) -> None:
        self._send()

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update request (project prefixes declared)."""
        self._writable()
        self._send()
        text = rewrite.prologue(sparql, PREFIXES, None)
        self._request("POST", self.update_endpoint, data={"update": text}, accept="*/*")
        self._graphs = None

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.describe()}: opened read-only")

    def _send(self) -> None:
        """Write the queued graphs: big ones by a Graph Store PUT, the rest in one update."""
        pending, self._pending, self._pending_size = self._pending, {}, 0
        if not pending:
            return
        self._graphs = None
        ops: list[str] = []
        for graph, lines in pending.items():
            if self.gsp_endpoint and len(lines) >= self.batch_triples:
                body = ("\n".join(lines) + "\n").encode()
                self._request(
                    "PUT",
                    self.gsp_endpoint,
                    params={"graph": graph.value},
                    data=body,
                    headers={"Content-Type": NT},
                    accept="*/*",
                )
                continue
            ops.append(f"DROP SILENT GRAPH {graph}")
            for start in range(0, len(lines), 1000):  # Virtuoso compiles each INSERT DATA to SQL
                chunk = "\n".join(lines[start : start + 1000])
                ops.append(f"INSERT DATA {{ GRAPH {graph} {{\n{chunk}\n}} }}")
        if ops:
            data = {"update": " ;\n".join(ops)}
            self._request("POST", self.update_endpoint, data=data, accept="*/*")

    # -- reading ---------------------------------------------------------------------------------

    def graphs(self) -> list[ox.NamedNode]:
        """The sources' graphs on the server (under the project's ``id/`` namespace; the inferred
        graph is derived from them, not a source)."""
        return [g for g in self._id_graphs() if g not in NOT_SOURCES]

    def _id_graphs(self) -> list[ox.NamedNode]:
        """Every dispute-kg graph on the server, the inferred one too: a query's dataset."""
        self._send()
        if self._graphs is None or time.monotonic() - self._graphs_at > _GRAPHS_TTL:
            text = (
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                f"FILTER(STRSTARTS(STR(?g), {ox.Literal(ID)})) }}"
            )
            found = self.select(text, dataset=False)
            self._graphs = sorted(
                (s["g"] for s in found if isinstance(s["g"], ox.NamedNode)), key=lambda g: g.value
            )
            self._graphs_at = time.monotonic()
        return list(self._graphs)

    def query(
        self,
        sparql: str,
        substitutions: dict | None = None,
        *,
        graphs: list[ox.NamedNode] | None = None,
        named_graphs: list[ox.NamedNode] | None = None,
        base_iri: str | None = None,
    ) -> Any:
        """Run a query over the union of the store's graphs, or over the dataset of ``graphs`` and
        ``named_graphs``."""
        try:
            return self.run(
                sparql,
                substitutions,
                prefixes=PREFIXES,
                base_iri=base_iri,
                graphs=graphs,
                named=named_graphs,
            )
        except SyntaxError as exc:
            raise QueryError(str(exc)) from None
        except OSError as exc:
            raise QueryFailed(str(exc)) from None

    def run(
        self,
        sparql: str,
        substitutions: Mapping[str, object] | None = None,
        *,
        prefixes: Mapping[str, str] | None = None,
        base_iri: str | None = None,
        graphs: list[ox.NamedNode] | None = None,
        named: list[ox.NamedNode] | None = None,
        union: bool = True,
    ):
        """The query as the server answers it, as pyoxigraph objects. A query the server cannot
        parse raises SyntaxError, one it cannot run OSError; both name the engine."""
        text = rewrite.prologue(rewrite.bind(sparql, substitutions or {}), prefixes, base_iri)
        form = tokens.form(text)
        if form == "UPDATE":
            raise SyntaxError("updates go through update(), not query()")
        if graphs is not None or named is not None:
            text = rewrite.with_dataset(text, graphs or [], named or [])
        elif union and self.union == "graphs" and not tokens.has_dataset_clause(text):
            mine = self._id_graphs() or [ox.NamedNode(ID + "graph/none")]
            union_of = [g for g in mine if g != BUILDS_GRAPH] or [ox.NamedNode(ID + "graph/none")]
            text = rewrite.with_dataset(text, union_of, mine)  # the build log: by GRAPH only
        data = {"query": text}
        graph_form = form in ("CONSTRUCT", "DESCRIBE")
        reply = self._request(
            "POST", self.query_endpoint, data=data, accept=NT if graph_form else _JSON, query=text
        )
        if graph_form:
            return as_query_triples(parse_rdf(reply, self.engine))
        try:
            body = canonical_json(reply.content)
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        except SyntaxError as exc:
            raise OSError(f"{self.engine} sent results pyoxigraph cannot read: {exc}") from None

    def select(self, sparql: str, bindings: Mapping[str, object] | None = None, *, dataset=True):
        return list(self.run(sparql, bindings, union=dataset))

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """Every quad of ``graph`` (or of every dispute-kg graph), one request a graph. Read with a
        CONSTRUCT, not the Graph Store's GET: Virtuoso's answers 404 for a graph its SPARQL lists.
        Queued writes are sent first, so a build that meets a source twice reads what it wrote."""
        self._send()
        for g in [graph] if graph is not None else self.graphs():
            text = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"
            triples = list(self.run(text, union=False))
            for t in triples:
                yield ox.Quad(t.subject, t.predicate, t.object, g)

    def quads_for_pattern(
        self,
        subject: Subject | None,
        predicate: ox.NamedNode | None,
        object: Object | None,
        graph_name: GraphName | None = None,
        /,
    ) -> list[ox.Quad]:
        """Quads matching a pattern: in one graph, in the union of the sources
        (``DefaultGraph()``), or in any dispute-kg graph (None). The bound terms are written into
        the pattern as pyoxigraph serialises them (N-Triples syntax, escaped): Virtuoso plans an
        inline term as an index lookup, but a VALUES row here as a scan of every quad."""
        terms: dict[str, Any] = {"s": subject, "p": predicate, "o": object}
        for term in terms.values():
            if term is not None and not isinstance(term, ox.NamedNode | ox.Literal):
                raise StoreError(f"cannot look up a {type(term).__name__} on a remote store")
        at = {k: str(v) if v is not None else f"?{k}" for k, v in terms.items()}
        triple = f"{at['s']} {at['p']} {at['o']}"
        if isinstance(graph_name, ox.DefaultGraph):
            rows = self.run(f"SELECT * WHERE {{ {triple} }}")  # the union, as queries see it
            return _matched(rows, terms)
        if graph_name is not None and not isinstance(graph_name, ox.NamedNode):
            raise StoreError(f"cannot look up a {type(graph_name).__name__} on a remote store")
        terms["g"] = graph_name
        g = str(graph_name) if graph_name is not None else "?g"
        text = f"SELECT * WHERE {{ GRAPH {g} {{ {triple} }} }}"
        mine = self.graphs() if self.union == "graphs" and graph_name is None else None
        rows = self.run(text, named=mine) if mine is not None else self.run(text, union=False)
        return _matched(rows, terms)

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"].value) if rows else 0

    # -- HTTP ------------------------------------------------------------------------------------

    def _request(self, method: str, url: str, *, accept: str, query: str = "", **kwargs):
        headers = {"Accept": accept, **kwargs.pop("headers", {})}
        try:
            reply = self._http.request(method, url, headers=headers, timeout=self.timeout, **kwargs)
            if reply.status_code == 401 and self._http.auth is None:
                self._http.auth = self._auth(url, reply)
                reply = self._http.request(
                    method, url, headers=headers, timeout=self.timeout, **kwargs
                )
        except requests.RequestException as exc:
            raise StoreError(f"{url}: cannot reach the SPARQL server: {_first_line(exc)}") from None
        self.engine = _engine(reply) or self.engine
        if reply.status_code >= 400:
            self._fail(url, method, reply, query)
        return reply

    def _auth(self, url: str, reply: requests.Response):
        if not self._user:
            raise StoreError(
                f"{url}: the server asks for credentials",
                hint="set KG_STORE_USER and KG_STORE_PASSWORD",
            )
        scheme = reply.headers.get("WWW-Authenticate", "").split(" ", 1)[0].lower()
        if scheme == "digest":
            return HTTPDigestAuth(self._user, self._password)
        return HTTPBasicAuth(self._user, self._password)

    def _fail(self, url: str, method: str, reply: requests.Response, query: str):
        message = _first_line_text(reply.text) or reply.reason
        if reply.status_code in (401, 403):
            raise StoreError(
                f"{url}: {self.engine} refused the {method} ({reply.status_code}): {message}",
                hint="check KG_STORE_USER / KG_STORE_PASSWORD and the user's rights",
            )
        if query:
            feature = _offending(reply.text)
            what = f" (it does not support {feature!r})" if feature else ""
            if reply.status_code == 400 or feature:
                raise SyntaxError(f"{self.engine} cannot run this query{what}: {message}")
            raise OSError(f"{self.engine} failed on the query ({reply.status_code}): {message}")
        raise StoreError(f"{url}: {self.engine} failed ({reply.status_code}): {message}")


def _matched(solutions: Any, terms: dict[str, Any]) -> list[ox.Quad]:
    """The quads a pattern query matched: each solution's values for the pattern's variables,
    the pattern's own terms elsewhere (``terms`` has "s", "p", "o" and maybe "g")."""
    names = {v.value for v in solutions.variables}
    return [ox.Quad(*(s[k] if k in names else terms[k] for k in terms)) for s in solutions]


def _engine(reply: requests.Response) -> str | None:
    server = reply.headers.get("Server", "")
    return server.split(" (")[0].strip() or None


def _offending(text: str) -> str | None:
    for pattern in _OFFENDING:
        if match := pattern.search(text or ""):
            return match.group(1).strip()
    return None


def _first_line_text(text: str) -> str:
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
