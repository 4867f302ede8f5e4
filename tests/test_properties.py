"""Property-based tests of the article ingester: any text is read without a crash, every fact quotes
its evidence exactly, and every graph built conforms to the SHACL shapes.

Text comes two ways: arbitrary unicode, and news-like prose assembled from the gazetteer's own
names, its office titles and the verbs the rules look for. Example counts stay small so the suite
stays fast; hypothesis keeps failures it found in .hypothesis/ and replays them first.
"""

from __future__ import annotations

import pytest
import rdflib
from helpers import triples_graph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import gazetteer, mapping
from kg.errors import SourceError
from kg.ingest import article
from kg.validate import validate_graph

_GZ = gazetteer.load()
_BY_KIND: dict[str, list[str]] = {}
for _entity in _GZ.entities.values():
    _BY_KIND.setdefault(_entity.kind, []).append(_entity.label)
for _names in _BY_KIND.values():
    _names.sort()

STATES = _BY_KIND["State"]
TERRITORIES = (
    sorted(
        n
        for kind in ("Island", "IslandGroup", "Territory", "Region")
        for n in _BY_KIND.get(kind, [])
    )
    or STATES
)
OFFICES = sorted(set(_GZ.offices))
FIRST = ["Taro", "Sergey", "Fumio", "Wang", "Antony", "Maria", "Shinzo", "Vladimir", "Li", "Ana"]
LAST = ["Kono", "Lavrov", "Kishida", "Yi", "Blinken", "Zakharova", "Abe", "Putin", "Qiang", "Silva"]
MONTHS = ["January", "March", "May", "June", "Sept.", "Nov.", "December"]

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

state = st.sampled_from(STATES)
territory = st.sampled_from(TERRITORIES)
office = st.sampled_from(OFFICES)
person = st.builds(lambda f, la: f"{f} {la}", st.sampled_from(FIRST), st.sampled_from(LAST))
date = st.builds(
    lambda m, d, y: f"{m} {d}, {y}",
    st.sampled_from(MONTHS),
    st.integers(1, 28),
    st.integers(1945, 2030),
)
TEMPLATES = [
    "{S} claims {T}.",
    "{S} laid claims to {T}.",
    "{S} controls {T}.",
    "{T} is part of {T2}.",
    "{S} has rejected {S2}'s claim to {T}.",
    "{S} protested against the visit of the {O} of {S2} to {T}.",
    "{S2} {O} {P} met {S} {O2} {P2} in {S} on {D}.",
    "{P}, the {O} of {S}, said that {S} would never give up {T}.",
    "{S} and {S2} signed a peace treaty on {D}.",
    "The Soviet Union was ready to hand {T} over to {S} after a peace treaty was signed.",
    "{S} said {T} was an inherent part of its territory.",
    "{S} seized {T} in {Y}.",
    "{P} visited {T} on {D}, angering {S}.",
    "\u201cWe will not hand over {T},\u201d {P} told reporters.",
    "No peace treaty has been signed between {S} and {S2}.",
    "{S} is the successor of {S2}.",
]
sentence = st.builds(
    lambda tpl, s, s2, t, t2, o, o2, p, p2, d, y: tpl.format(
        S=s, S2=s2, T=t, T2=t2, O=o, O2=o2, P=p, P2=p2, D=d, Y=y
    ),
    st.sampled_from(TEMPLATES),
    state,
    state,
    territory,
    territory,
    office,
    office,
    person,
    person,
    date,
    st.integers(1800, 2030),
)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
news = st.builds(
    lambda head, place, date_, agency, paras: (
        f"{head}\n\n{place.upper()}, {date_}. /{agency}/. " + "\n\n".join(paras) + "\n"
    ),
    st.lists(st.sampled_from(STATES + TERRITORIES), min_size=1, max_size=3).map(
        lambda words: " and ".join(words) + " fail to agree"
    ),
    st.sampled_from(["Moscow", "Tokyo", "Beijing", "Seoul", "Buenos Aires"]),
    st.builds(
        lambda m, d: f"{m} {d}", st.sampled_from(["May", "June", "Nov."]), st.integers(1, 28)
    ),
    st.sampled_from(["TASS", "Kyodo", "Reuters", "Xinhua"]),
    st.lists(paragraph, min_size=1, max_size=5),
)


def _read(text: str):
    """parse + extract; an article with no text is the one refusal allowed (a SourceError)."""
    try:
        parsed = article.parse(text, name="generated")
    except SourceError:
        return None
    return article.extract(parsed)


def _check_evidence(extraction) -> None:
    text = extraction.source.text
    for fact in extraction.facts:
        ev = fact.evidence
        assert 0 <= ev.start < ev.end <= len(text), (fact.rel, ev)
        assert text[ev.start : ev.end] == ev.text, (fact.rel, ev)
        assert ev.source == extraction.source.key


@SETTINGS
@given(st.text(max_size=3000))
def test_any_unicode_text_never_crashes(text):
    extraction = _read(text)
    if extraction is not None:
        _check_evidence(extraction)


@SETTINGS
@given(st.lists(st.text(st.characters(codec="utf-8"), max_size=200), max_size=12))
def test_any_paragraphs_never_crash(paragraphs):
    extraction = _read("\n\n".join(paragraphs))
    if extraction is not None:
        _check_evidence(extraction)


@SETTINGS
@given(news)
def test_news_like_text_never_crashes_and_quotes_its_evidence(text):
    extraction = _read(text)
    assert extraction is not None
    _check_evidence(extraction)
    mapping.extraction_quads(extraction)  # the mapping takes whatever the rules produce


def _graph(extractions) -> rdflib.Graph:
    return triples_graph(q for ex in extractions for q in mapping.extraction_quads(ex))


@settings(SETTINGS, max_examples=8)
@given(st.lists(news, min_size=2, max_size=5))
def test_every_built_graph_conforms_to_the_shapes(texts):
    extractions = [ex for ex in map(_read, texts) if ex is not None]
    report = validate_graph(_graph(extractions))
    assert report.conforms, "\n".join(str(r) for r in report.violations[:10])


def test_the_generators_make_text_the_rules_read():
    """A sanity check on the strategies: a generated article does yield facts."""
    text = (
        "Japan and Russia fail to agree\n\nMOSCOW, May 10. /TASS/. Japan claims the Kuril Islands. "
        "Russia controls the Kuril Islands.\n"
    )
    extraction = _read(text)
    assert extraction is not None and extraction.facts
    assert "Kuril Islands" in TERRITORIES and "Japan" in STATES
    assert any("minister" in o for o in OFFICES)


@pytest.mark.parametrize("size", [0, 1, 10_000])
def test_degenerate_texts(size):
    for text in ("\n" * size, " " * size, "." * size, "\u200b" * size, "A" * size):
        extraction = _read(text)
        if extraction is not None:
            _check_evidence(extraction)
