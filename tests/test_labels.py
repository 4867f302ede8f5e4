"""Every fact reads as a sentence, from its relation's template (kg.labels), and the mapper writes
it as the fact node's rdfs:label, so every view and export shows the same words."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from _all_relations import (
    FACT_ARGS,
    JAPAN,
    KURILS,
    MEMORANDUM,
    RUSSIA,
    SHIKOTAN,
    USSR,
    _e,
    extraction,
    quads,
)

from kg import iris
from kg.labels import date_phrase, entity_phrase, fact_label
from kg.mapping import extraction_quads
from kg.model import Evidence, Fact
from kg.relations import RELATIONS
from kg.vocab import RDFS

_EV = Evidence("s", 0, 1, "x", "rule")
SOUTHERN_KURILS = _e("IslandGroup", "Southern Kuril Islands")


def _label(rel: str, negated: bool = False, **args) -> str:
    return fact_label(Fact(rel, args, _EV, negated=negated))


def test_the_examples_of_the_issue_read_as_written():
    assert _label("claims", claimant=JAPAN, territory=SOUTHERN_KURILS) == (
        "Japan claims the Southern Kuril Islands"
    )
    memo = _e("Document", "Soviet Union government memorandum of 1960-01-27", subtype="Memorandum")
    assert _label(
        "conditionedOn",
        document=memo,
        condition="all foreign troops were pulled out",
        what="handover of Shikotan to Japan",
        territory=SHIKOTAN,
        to=JAPAN,
    ) == (
        "The Soviet Union government memorandum of 27 January 1960 conditions the handover of "
        "Shikotan to Japan on the withdrawal of foreign troops"
    )


def test_verbs_agree_and_parties_read_in_one_order():
    assert _label("disputes", parties=(RUSSIA, JAPAN), territory=KURILS) == (
        "Japan and Russia dispute the Kuril Islands"
    )
    assert _label("disputes", parties=(JAPAN, RUSSIA), territory=KURILS) == (
        "Japan and Russia dispute the Kuril Islands"
    )
    assert _label("partOf", part=SOUTHERN_KURILS, whole=KURILS) == (
        "The Southern Kuril Islands are part of the Kuril Islands"
    )
    assert _label("partOf", part=SHIKOTAN, whole=KURILS) == "Shikotan is part of the Kuril Islands"


def test_missing_optional_roles_leave_no_trace_and_alternatives_fill_in():
    assert _label("handedOverTo", territory=KURILS, to=USSR) == (
        "The Kuril Islands were handed over to the Soviet Union"
    )
    assert _label("handedOverTo", territory=KURILS, to=USSR, date="1945") == (
        "The Kuril Islands were handed over to the Soviet Union in 1945"
    )
    assert _label("conditionedOn", document=MEMORANDUM, condition="the islands stay unarmed") == (
        "The Soviet memorandum sets a condition: “the islands stay unarmed”"
    )


def test_dates_and_negation():
    assert [date_phrase(d) for d in ("2019-05-10", "2019-02", "1956", "after WWII")] == [
        "on 10 May 2019",
        "in February 2019",
        "in 1956",
        "(after WWII)",
    ]
    assert _label("claims", negated=True, claimant=JAPAN, territory=KURILS) == (
        "Not so: Japan claims the Kuril Islands"
    )


@pytest.mark.parametrize("rel", sorted(RELATIONS))
def test_every_relation_reads_as_words(rel):
    label = _label(rel, **FACT_ARGS[rel])
    assert not re.search(r"[{}\[\]|]", label), label  # no template syntax left
    assert label[0].isupper() and "  " not in label
    names = [v.label for v in FACT_ARGS[rel].values() if hasattr(v, "label")]
    assert all(n.split()[0] in label for n in names), (label, names)


def test_every_relation_declares_its_words_and_names_only_its_own_roles():
    for rel in RELATIONS.values():
        assert rel.label, f"{rel.name}: no label template in kg/relations/"
        for template in rel.label.split(" || "):
            first = re.findall(r"\{([a-z_]+)\}", template)[0]
            assert first in rel.by_role, (rel.name, template)


def test_the_mapper_writes_one_label_a_fact_and_only_that_is_new():
    found = {}
    for q in quads():
        if q.predicate == RDFS.label and "/evidence/" not in q.subject.value:
            found.setdefault(q.subject, []).append(q.object)
    for fact in extraction().facts:
        node = iris.fact_iri(fact)
        assert found[node] == [ox.Literal(fact_label(fact), language="en")]
    again = extraction_quads(extraction())
    assert again == extraction_quads(extraction())  # deterministic, byte for byte


@pytest.mark.parametrize(
    ("kind", "name", "reads"),
    [
        ("IslandGroup", "Kuril Islands", "the Kuril Islands"),
        (
            "Territory",
            "Scattered Islands in the Indian Ocean",
            "the Scattered Islands in the Indian Ocean",
        ),
        ("Territory", "Strait of Kerch", "the Strait of Kerch"),
        ("Territory", "Golan Heights", "the Golan Heights"),
        ("Territory", "Mbamba Bay", "Mbamba Bay"),
        ("Territory", "Cyprus", "Cyprus"),
        ("Island", "Shikotan", "Shikotan"),
        ("State", "Philippines", "the Philippines"),
        ("State", "Turkish Republic of Northern Cyprus", "the Turkish Republic of Northern Cyprus"),
        ("State", "Japan", "Japan"),
        ("Organization", "United Nations", "the United Nations"),
        ("Organization", "ASEAN", "ASEAN"),
        ("Document", "Memorandum of 1960-01-27", "the Memorandum of 27 January 1960"),
        ("Person", "Taro Kono", "Taro Kono"),
    ],
)
def test_names_take_the_article_they_take_in_a_sentence(kind, name, reads):
    assert entity_phrase(_e(kind, name)) == reads
