"""A meeting placed in a state by the state's own name (agree59).

dkg:place takes a dkg:Site, the union of prov:Location and dkg:State, so "held talks in Qatar"
places the meeting in Qatar; a state only inside the phrase ("in Japan's interest") places nothing,
and a city named in the phrase stays the place. Texts written for this test, several regions."""

from __future__ import annotations

import pytest
import rdflib
from _all_relations import JAPAN, KONO, store
from helpers import facts
from rdflib import RDF, URIRef

from kg import iris
from kg.model import Entity
from kg.validate import store_graph, validate_graph
from kg.vocab import DKG

PUBLISHED = "2026-03-12"  # a Thursday


def _places(text: str) -> list[str | None]:
    return [
        (p.label if isinstance(p := f.args.get("place"), Entity) else None)
        for f in facts(text, PUBLISHED)
        if f.rel == "meeting" and not f.negated
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Irfaan Ali and Nicolas Maduro met in St Vincent on Thursday.",
            "Saint Vincent and the Grenadines",
        ),
        (
            "Kenyan President William Ruto held talks with Yoweri Museveni in Uganda on Monday.",
            "Uganda",
        ),
        ("Talks between Sergey Lavrov and Taro Kono were held in Qatar on Monday.", "Qatar"),
        ("Sergey Lavrov, the Russian foreign minister, met Taro Kono in Qatar on Monday.", "Qatar"),
        (
            "Foreign ministers Nasser Bourita and Ahmed Attaf met in Switzerland last week.",
            "Switzerland",
        ),
    ],
    ids=["met-in", "held-talks-with", "passive-talks", "apposition", "title-before"],
)
def test_a_state_named_as_the_place(text: str, place: str):
    assert place in _places(text), _places(text)


def test_a_city_in_the_phrase_stays_the_place():
    text = "Sergey Lavrov met Taro Kono in Doha, Qatar, on Monday."
    assert "Doha" in _places(text), _places(text)


def test_a_state_inside_the_phrase_places_nothing():
    text = "Ruto met Museveni in Kenya's interest on Monday."
    assert "Kenya" not in _places(text), _places(text)


def _placed(who) -> rdflib.Graph:
    graph = rdflib.Graph()
    for triple in store_graph(store()):
        graph.add(triple)
    meeting = sorted(graph.subjects(RDF.type, URIRef(DKG["Meeting"].value)))[0]
    graph.set((meeting, URIRef(DKG.place.value), URIRef(iris.entity_iri(who).value)))
    return graph


def test_a_meeting_placed_in_a_state_conforms_to_the_shapes():
    """sh:class dkg:Site: a dkg:State is one (as is a prov:Location)."""
    assert validate_graph(_placed(JAPAN)).conforms


def test_a_meeting_placed_at_a_person_does_not():
    report = validate_graph(_placed(KONO))
    assert not report.conforms
    assert any(r.path == "dkg:place" for r in report.results), report.results


def _people(text: str) -> set[str]:
    return {
        e.label
        for f in facts(text, PUBLISHED)
        if f.rel == "meeting"
        for e in f.args["participants"]
        if isinstance(e, Entity)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Australia's Resources Minister Madeleine King met Xanana Gusmao in Dili on Monday.",
        "Xanana Gusmao met Australian Foreign Minister Madeleine King in Dili on Monday.",
        "The deal was signed by Xanana Gusmao and Resources Minister Madeleine King, who met in "
        "Dili on Monday.",
    ],
    ids=["subject", "object", "relative"],
)
def test_a_surname_that_is_a_title_ends_a_titled_name(text: str):
    assert "Madeleine King" in _people(text), _people(text)


def test_a_title_before_a_name_is_still_a_title():
    text = "Morocco's King Mohammed VI met French President Emmanuel Macron in Rabat on Monday."
    assert _people(text) == {"Mohammed VI", "Emmanuel Macron"}, _people(text)
