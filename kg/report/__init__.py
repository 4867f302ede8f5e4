"""A dossier on one dispute (``kg report``): what the sources that speak of a territory say about
its parties, documents, officials, meetings and statements, every fact footnoted to its sentence.

Why queries, not graph walking: each section is the answer of a named query (queries/*.rq and
queries/report/*.rq) run over the union of the dispute's sources only, so what the report says is
what ``kg query`` answers, and a reader can re-run any section. This module only groups rows and
words them; :mod:`kg.report.render` writes HTML or Markdown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import lookup, queries
from kg.errors import UsageError
from kg.labels import entity_phrase
from kg.model import Entity
from kg.paths import QUERIES_DIR
from kg.stores import GraphStore
from kg.vocab import ID

__all__ = ["Dossier", "Item", "Note", "Section", "dossier", "to_html", "to_markdown"]

#: The report's own queries (the others are the competency questions in queries/).
QUERIES = QUERIES_DIR / "report"


@dataclass(frozen=True)
class Note:
    """A footnote: one sentence of one source."""

    number: int
    source: str  # key
    title: str  # the source's title, publisher and date
    sentence: str
    start: int
    end: int


@dataclass
class Item:
    """One statement of fact, with the numbers of the notes that support it."""

    text: str
    notes: list[int] = field(default_factory=list)


@dataclass
class Section:
    title: str
    items: list[Item] = field(default_factory=list)
    heading: str = ""  # a sub-heading (a document's name), for grouped sections


@dataclass
class Dossier:
    territory: str  # IRI
    label: str
    parties: list[str]
    sections: list[Section]
    sources: list[dict[str, str]]
    notes: list[Note]
    timeline: list[tuple[str, str]]  # (date, event) oldest first
    timeline_svg: str = ""


class _Notes:
    """Footnote numbers in order of first use: one per (source, start, end)."""

    def __init__(self, titles: dict[str, str]) -> None:
        self._titles = titles
        self._numbers: dict[tuple[str, int, int], Note] = {}

    def cite(self, row) -> int:
        key = (row["source"].value, int(row["start"].value), int(row["end"].value))
        if key not in self._numbers:
            self._numbers[key] = Note(
                len(self._numbers) + 1,
                key[0].removeprefix(ID + "source/"),
                self._titles.get(key[0], ""),
                row["sentence"].value,
                key[1],
                key[2],
            )
        return self._numbers[key].number

    def all(self) -> list[Note]:
        return sorted(self._numbers.values(), key=lambda n: n.number)


def dossier(store: GraphStore, territory: str, *, timeline_svg: bool = True) -> Dossier:
    """Everything the report says about the dispute over ``territory`` (a label or IRI)."""
    place = lookup.resolve(store, "territory", territory, ("Territory",))
    found = _run(store, "sources", {"territory": place}, report=True)
    label = _v(found[0], "territoryLabel") if found else territory
    sources = [_source(r) for r in found]
    if not sources:
        raise UsageError(
            f"{territory!r}: no source in the store speaks of {label}",
            hint="kg build the articles first",
        )
    graphs = [ox.NamedNode(s["source"]) for s in sources]
    # a note names its source by title, publisher and date
    notes = _Notes(
        {
            s["source"]: ", ".join(filter(None, (s["title"], s["publisher"], s["published"])))
            for s in sources
        }
    )

    def rows(name: str, bindings: dict | None = None, report: bool = False) -> list:
        return _run(store, name, bindings, report=report, graphs=graphs)

    stances = rows("stances", {"territory": place}, report=True)
    sections = [
        _stances(stances, notes),
        *_documents(
            rows("signed-documents"),
            rows("promised-handovers"),
            rows("withdrawn-obligations"),
            notes,
        ),
        _agreements(rows("agreements"), notes),
        _officials(rows("officials"), rows("negotiation-roles"), notes),
        _meetings(rows("meetings"), notes),
        _statements(rows("statements"), notes),
    ]
    parties = sorted(
        {
            _v(r, "stateLabel")
            for r in stances
            if r["stance"].value in ("disputes", "claims", "asserts sovereignty over")
        }
    )
    events, svg = _timeline(store, place, label, timeline_svg)
    return Dossier(
        place.value,
        label,
        parties,
        [s for s in sections if s.items],
        sources,
        notes.all(),
        events,
        svg,
    )


def _run(
    store: GraphStore,
    name: str,
    bindings: dict | None = None,
    *,
    report: bool = False,
    graphs: list[ox.NamedNode] | None = None,
) -> list:
    query = queries.get(name, QUERIES) if report else queries.get(name)
    return list(store.query(query.text, bindings, graphs=graphs))


def _v(row, name: str, default: str = "") -> str:
    term = row[name]
    return term.value if term is not None else default


def _source(row) -> dict[str, str]:
    return {n: _v(row, n) for n in ("source", "title", "publisher", "published")}


def _state(row, name: str) -> str:
    """A state's label as it reads in a sentence: 'the Soviet Union', 'Japan'."""
    label = _v(row, name)
    return entity_phrase(Entity("State", "state/" + label.lower(), label)) if label else ""


def _and(listed: str, kind: str = "State") -> str:
    """A query's comma-separated labels as a phrase: 'Japan, Soviet Union' -> 'Japan and the
    Soviet Union'."""
    names = [
        entity_phrase(Entity(kind, f"{kind.lower()}/{n.lower()}", n))
        for n in listed.split(", ")
        if n
    ]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def _words(camel: str) -> str:
    """'ForeignTroopWithdrawal' -> 'foreign troop withdrawal'."""
    return "".join(" " + c.lower() if c.isupper() else c for c in camel).strip()


def _name(names: dict[str, tuple[str, str]], doc: str, label: str, date: str) -> None:
    """A document's label and its most precise date (1956-10-19 rather than 1956)."""
    old = names.get(doc)
    if old is None or len(date) > len(old[1]):
        names[doc] = (label, date)


def _dated(text: str, date: str) -> str:
    return f"{text} ({date})" if date and date not in text else text


def _merge(items: dict[str, Item], text: str, note: int) -> None:
    item = items.setdefault(text, Item(text))
    if note not in item.notes:
        item.notes.append(note)


# -- sections --------------------------------------------------------------------------------------


def _stances(rows: Iterable, notes: _Notes) -> Section:
    items: dict[str, Item] = {}
    for r in rows:
        text = (
            _v(r, "factLabel") or f"{_v(r, 'stateLabel')} {r['stance'].value} {_v(r, 'placeLabel')}"
        )
        if _v(r, "negated") == "true":
            text = f"Not so, as reported: {text}"
        _merge(items, _dated(text, _v(r, "date")), notes.cite(r))
    return Section("Parties and their positions", list(items.values()))


def _documents(signed: list, promised: list, withdrawn: list, notes: _Notes) -> list[Section]:
    """One section a document, oldest first: who signed or issued it, what it promises on which
    conditions, and who withdrew from it."""
    docs: dict[str, dict[str, Item]] = defaultdict(dict)
    names: dict[str, tuple[str, str]] = {}
    for r in signed:
        doc = r["document"].value
        _name(names, doc, _v(r, "documentLabel", doc), _v(r, "date"))
        act = r["act"].value
        text = f"{act.capitalize()} by {_and(_v(r, 'parties'))}" + (
            f" ({_v(r, 'date')})" if _v(r, "date") else ""
        )
        _merge(docs[doc], text, notes.cite(r))
    grouped: dict[tuple[str, str, str, str], list] = defaultdict(list)
    for r in promised:
        doc = r["document"].value
        _name(names, doc, _v(r, "documentLabel", doc), _v(r, "date"))
        grouped[(doc, _state(r, "fromLabel"), _state(r, "toLabel"), _v(r, "condition"))].append(r)
    for (doc, giver, receiver, condition), group in grouped.items():
        places = sorted({_v(r, "territoryLabel") or _v(r, "what") for r in group})
        text = "Promises the handover of " + (
            ", ".join(places[:-1]) + " and " + places[-1] if len(places) > 1 else places[0]
        )
        text += f" from {giver}" if giver else ""
        text += f" to {receiver}" if receiver else ""
        if condition:
            kinds = sorted({_words(_v(r, "conditionType")) for r in group} - {""})
            text += f", on condition that {condition}" + (f" ({', '.join(kinds)})" if kinds else "")
        for r in group:
            _merge(docs[doc], text, notes.cite(r))
    for r in withdrawn:
        doc = r["document"].value if r["document"] is not None else ""
        if doc:
            _name(names, doc, _v(r, "documentLabel", doc), "")
        text = f"Withdrawn by {_state(r, 'stateLabel')}"
        text += f" ({_v(r, 'date')})" if _v(r, "date") else ""
        text += f": {_v(r, 'obligation')}" if _v(r, "obligation") else ""
        reason = _v(r, "reasonLabel")
        if reason and isinstance(r["reason"], ox.NamedNode):  # a document: 'the Treaty of ...'
            reason = entity_phrase(Entity("Document", "document/" + reason.lower(), reason))
        text += f", in reaction to {reason}" if reason else ""
        _merge(docs[doc], text, notes.cite(r))
    order = sorted(
        docs, key=lambda d: (names.get(d, ("", ""))[1] or "9999", names.get(d, (d, ""))[0])
    )
    sections = []
    for doc in order:
        label, date = names.get(doc, (doc or "(a document not named)", ""))
        sections.append(Section("Documents", list(docs[doc].values()), heading=_dated(label, date)))
    return sections


def _agreements(rows: Iterable, notes: _Notes) -> Section:
    items: dict[str, Item] = {}
    for r in rows:
        text = f"{_and(_v(r, 'parties'))} agreed: {_v(r, 'what')}"
        _merge(items, _dated(text, _v(r, "date")), notes.cite(r))
    return Section("Agreements", list(items.values()))


def _officials(offices: Iterable, roles: Iterable, notes: _Notes) -> Section:
    items: dict[str, Item] = {}
    for r in offices:
        text = f"{_v(r, 'personLabel')}: {_v(r, 'roleLabel')} of {_v(r, 'stateLabel')}"
        text += f" (as of {_v(r, 'asOf')})" if _v(r, "asOf") else ""
        _merge(items, text, notes.cite(r))
    for r in roles:
        _merge(
            items,
            f"{_v(r, 'personLabel')} {r['role'].value} the {_v(r, 'negotiation')}",
            notes.cite(r),
        )
    return Section("Officials and their offices", list(items.values()))


def _meetings(rows: Iterable, notes: _Notes) -> Section:
    items: dict[str, Item] = {}
    for r in rows:
        where = f" in {_v(r, 'placeLabel')}" if _v(r, "placeLabel") else ""
        when = f"{_v(r, 'date')}: " if _v(r, "date") else ""
        _merge(items, f"{when}{_and(_v(r, 'participants'), 'Person')} met{where}", notes.cite(r))
    return Section("Meetings", list(items.values()))


def _statements(rows: Iterable, notes: _Notes) -> Section:
    items: dict[str, Item] = {}
    for r in rows:
        by = f" (reported by {_v(r, 'reportedByLabel')})" if _v(r, "reportedByLabel") else ""
        _merge(items, f"{_v(r, 'speakerLabel')}{by}: “{_v(r, 'words')}”", notes.cite(r))
    return Section("Key statements", list(items.values()))


def _timeline(
    store: GraphStore, place: ox.NamedNode, label: str, svg: bool
) -> tuple[list[tuple[str, str]], str]:
    """The dated events around the territory, as ``kg timeline`` finds and draws them."""
    from kg.export import timeline
    from kg.graph import view as entity_graph

    G = entity_graph.build_graph(store)
    if place.value not in G:
        return [], ""
    tl = timeline.timeline(G, timeline.dispute_seeds(G, place.value), title=f"Chronology: {label}")
    events = [(e.date, e.label) for e in tl.events]
    if not svg:
        return events, ""
    drawn = timeline.render(tl, "svg").decode()
    return events, drawn[drawn.index("<svg") :]


def to_html(d: Dossier) -> str:
    from kg.report.render import html

    return html(d)


def to_markdown(d: Dossier) -> str:
    from kg.report.render import markdown

    return markdown(d)
