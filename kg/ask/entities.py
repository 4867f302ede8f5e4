"""The entities a question names: by the store's labels first, then by the gazetteer's names.

A name is matched exactly (case and spacing aside; an acronym that is also an English word, such
as "US", only in capitals, so the word "us" is not the United States), longest first, then, for
the words left, by similarity, so a misspelt "Lavorv" still finds Sergey Lavrov (rapidfuzz's plain
ratio, not the weighted ratio of kg.suggest: that one scores "kuril" a match for "Kuril Islands",
right for a did-you-mean among names, wrong for finding names among the words of a sentence). An entity the store has is given by the store's IRI;
one only the gazetteer knows by the IRI a build would give it, so its question can be asked (and
answered with nothing) on a store that does not hold it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from rapidfuzz import fuzz, process

from kg import gazetteer
from kg.ask.words import Word
from kg.stores.base import GraphStore
from kg.vocab import ID, ONTOLOGY

#: Longest name tried, in words ("Treaty of Mutual Cooperation and Security" is six).
_MAX_WORDS = 7
#: Similarity (rapidfuzz ratio, 0-100) a misspelt name needs, and its shortest length.
_FUZZY_CUTOFF = 80
_FUZZY_MIN = 4

#: Every labelled entity that is not a fact (a fact's label is its sentence), with its classes.
_LABELS = """
SELECT ?entity ?property ?text ?type WHERE {
  VALUES ?property { rdfs:label skos:prefLabel skos:altLabel }
  ?entity ?property ?text .
  OPTIONAL { ?entity a ?type }
  FILTER NOT EXISTS { ?entity a dkg:Fact }
}
"""
_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_PERSON = frozenset({"Person"})


@dataclass(frozen=True)
class Candidate:
    """An entity a name may stand for."""

    iri: str
    label: str  # the entity's own name
    classes: frozenset[str]  # its dkg classes (local names)
    origin: str  # "store" or "gazetteer" (known to the gazetteer, not in the store)
    rank: int  # 0: the name is the entity's label, 1: an alias, 2: a surname alone


@dataclass(frozen=True)
class Mention:
    """Words ``start``..``end`` (exclusive) of the question that name ``candidates``."""

    text: str  # as written
    start: int
    end: int
    name: str  # the name it matched
    fuzzy: bool
    candidates: tuple[Candidate, ...]


class Index:
    """Names (normalised) to the entities they may stand for, from a store and the gazetteer."""

    def __init__(self, store: GraphStore | None, gz: gazetteer.Gazetteer | None = None) -> None:
        self._names: dict[str, list[Candidate]] = {}
        self._capitals: set[str] = set()  # acronyms that are English words too: "US", not "us"
        self._written: dict[str, str] = {}  # normalised name -> the name as first written
        by_label: dict[str, set[str]] = {}  # normalised label -> store IRIs
        if store is not None:
            for candidate, text in _store_candidates(store):
                self._add(text, candidate)
                by_label.setdefault(gazetteer.norm(text), set()).add(candidate.iri)
        for candidate, text in _gazetteer_candidates(gz) if gz else _gazetteer_names():
            known = by_label.get(gazetteer.norm(candidate.label))
            if not known:
                self._add(text, candidate)
                continue
            for c in list(self._names[gazetteer.norm(candidate.label)]):  # the store's entity
                if c.iri in known:
                    self._add(text, Candidate(c.iri, c.label, c.classes, "store", 1))

    def _add(self, text: str, candidate: Candidate) -> None:
        key = gazetteer.norm(text)
        self._written.setdefault(key, text)
        found = self._names.setdefault(key, [])
        if not any(c.iri == candidate.iri for c in found):
            found.append(candidate)
            found.sort(key=lambda c: (c.origin != "store", c.rank, c.iri))
        if text.isupper() and key in _stop_words():
            self._capitals.add(text)

    def exact(self, text: str) -> list[Candidate]:
        key = gazetteer.norm(text)
        if key.upper() in self._capitals and text != key.upper():
            return []
        return self._names.get(key, [])

    def nearest(self, text: str) -> tuple[str, list[Candidate]] | None:
        """The name most like ``text``, if any: same first letter, about the same length (one
        letter apart, two from eight letters on: "people" is not "Pole"), ratio >= _FUZZY_CUTOFF."""
        key = gazetteer.norm(text)
        slack = 1 if len(key) < 8 else 2
        choices = [
            n
            for n in self._names
            if n[:1] == key[:1] and len(n) >= _FUZZY_MIN and abs(len(n) - len(key)) <= slack
        ]
        best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        return (self._written[best[0]], self._names[best[0]]) if best else None


def mentions(
    question: str, ws: list[Word], index: Index, skip: Iterable[int] = ()
) -> list[Mention]:
    """The entities named in the question, in order, longest names first; words in ``skip`` (those
    that are cue words) are never taken for a misspelt name."""
    found: list[Mention] = []
    covered: set[int] = set()
    i = 0
    while i < len(ws):
        for n in range(min(_MAX_WORDS, len(ws) - i), 0, -1):
            if not _edges_fit(ws[i : i + n]):
                continue
            text = question[ws[i].start : ws[i + n - 1].end]
            candidates = index.exact(text)
            if candidates:
                found.append(Mention(text, i, i + n, text, False, tuple(candidates)))
                covered.update(range(i, i + n))
                i += n
                break
        else:
            i += 1
    skipped = set(skip) | covered
    for i, w in enumerate(ws):  # misspelt names: one or two words, never a cue word
        if i in skipped or not w.content or not w.text[:1].isalpha():
            continue
        for n in (2, 1):
            span = ws[i : i + n]
            if len(span) < n or any(j in skipped for j in range(i, i + n)) or not _edges_fit(span):
                continue
            text = question[span[0].start : span[-1].end]
            if len(text) < _FUZZY_MIN:
                continue
            near = index.nearest(text)
            if near:
                found.append(Mention(text, i, i + n, near[0], True, tuple(near[1])))
                skipped.update(range(i, i + n))
                break
    return sorted(found, key=lambda m: m.start)


def _edges_fit(span: list[Word]) -> bool:
    """A name begins and ends with a content word (or is written in capitals: "US")."""
    first, last = span[0], span[-1]
    if len(span) == 1 and first.text.isupper() and first.text.isalpha():
        return True
    return first.content and last.content and first.pos != "PART" and last.pos != "PART"


def _store_candidates(store: GraphStore) -> list[tuple[Candidate, str]]:
    classes: dict[str, set[str]] = {}
    names: dict[str, list[tuple[str, int]]] = {}
    for row in store.query(_LABELS):
        iri = row["entity"]
        if not isinstance(iri, ox.NamedNode):
            continue
        kind = row["type"]
        have = classes.setdefault(iri.value, set())
        if kind is not None and kind.value.startswith(ONTOLOGY):
            have.add(kind.value[len(ONTOLOGY) :])
        rank = 1 if row["property"].value == _ALT else 0
        names.setdefault(iri.value, []).append((row["text"].value, rank))
    out = []
    for iri in sorted(names):
        own = sorted(names[iri], key=lambda tr: (tr[1], tr[0]))
        for text, rank in dict.fromkeys(own):
            out.append((Candidate(iri, own[0][0], frozenset(classes[iri]), "store", rank), text))
    return out


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _gazetteer_names() -> tuple[tuple[Candidate, str], ...]:
    """The default gazetteer's names, read once per process (a server asks many questions)."""
    return tuple(_gazetteer_candidates(gazetteer.load()))


def _gazetteer_candidates(gz: gazetteer.Gazetteer) -> list[tuple[Candidate, str]]:
    """Every name the gazetteer knows, as written in its files (the index keys are lower case)."""
    out = []
    for key, surfaces in sorted(gz.surfaces.items()):
        for s in surfaces:
            e = s.entity
            text = next((t for t in (e.label, *e.aliases) if gazetteer.norm(t) == key), key)
            rank = 0 if s.how == "name" else 1
            out.append(
                (Candidate(ID + e.key, e.label, frozenset({e.kind}), "gazetteer", rank), text)
            )
    people = {person.key: person for person in gz.people.values()}
    surnames: dict[str, list[str]] = {}  # "Zakharova" alone names Maria Zakharova, if only her
    for person in people.values():
        surnames.setdefault(person.label.split()[-1], []).append(person.key)
    for key, person in sorted(gz.people.items()):
        text = next((t for t in (person.label, *person.aliases) if gazetteer.norm(t) == key), key)
        rank = 0 if text == person.label else 1
        out.append((Candidate(ID + person.key, person.label, _PERSON, "gazetteer", rank), text))
    for surname, keys in sorted(surnames.items()):
        if len(keys) == 1 and len(surname) >= _FUZZY_MIN:
            person = people[keys[0]]
            out.append((Candidate(ID + person.key, person.label, _PERSON, "gazetteer", 2), surname))
    return out
