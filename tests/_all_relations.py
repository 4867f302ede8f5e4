"""A hand-made extraction with one fact of every relation and every role, mapped by the real
kg.mapping: the well-formed graph that the ontology, shape and validate tests start from.

``extraction()`` has every role of every relation in ``kg.relations.RELATIONS`` (entity and text
forms; ``tests/test_relations.py`` holds it to that), plus a negated fact, a reported fact and a
low-confidence one. Tests break copies of its graph to check each shape.
"""

from __future__ import annotations

import pyoxigraph as ox
from helpers import entity as _e

from kg import iris
from kg.mapping import extraction_quads
from kg.model import Evidence, Extraction, Fact, Source
from kg.stores.embedded import Store

SOURCE_KEY = "test-all-relations"


JAPAN = _e("State", "Japan", "Tokyo")
RUSSIA = _e("State", "Russia", "Moscow")
USSR = _e("State", "Soviet Union", "USSR")
KONO = _e("Person", "Taro Kono", "Kono")
LAVROV = _e("Person", "Sergey Lavrov")
MORGULOV = _e("Person", "Igor Morgulov")
PUTIN = _e("Person", "Vladimir Putin")
ABE = _e("Person", "Shinzo Abe")
UN = _e("Organization", "United Nations")
KURILS = _e("IslandGroup", "Kuril Islands", "Kurils")
SHIKOTAN = _e("Island", "Shikotan")
MOSCOW = _e("City", "Moscow")
SUMMIT = _e("Place", "ASEAN summit venue")
TALKS = _e("Process", "peace treaty negotiations", subtype="Negotiation")
DECLARATION = _e("Document", "Joint Declaration", subtype="JointDeclaration", date="1956-10-19")
MEMORANDUM = _e("Document", "Soviet memorandum", subtype="Memorandum", date="1960-01")
TREATY = _e("Document", "Security Treaty", subtype="Treaty", date="1960")
RULING = _e("Document", "Arbitral award", subtype="Ruling")
AGREEMENT = _e("Document", "Fisheries agreement", subtype="Agreement")
RESOLUTION = _e("Document", "Resolution 2758", subtype="Resolution")

#: rel -> args: one fact of each relation, with all its roles.
FACT_ARGS: dict[str, dict] = {
    "holdsRole": {
        "person": KONO,
        "role": "top diplomat",
        "office": "foreign minister",
        "of": JAPAN,
    },
    "claims": {"claimant": JAPAN, "territory": KURILS, "date": "2021-08"},
    "controls": {"state": RUSSIA, "territory": KURILS, "date": "2021-08"},
    "assertsSovereignty": {"state": RUSSIA, "territory": KURILS},
    "disputes": {"parties": (RUSSIA, JAPAN), "territory": KURILS},
    "partOf": {"part": SHIKOTAN, "whole": KURILS},
    "promisesHandover": {
        "document": DECLARATION,
        "territory": SHIKOTAN,
        "from": USSR,
        "to": JAPAN,
        "condition": "after a peace treaty is signed",
    },
    "conditionedOn": {
        "document": MEMORANDUM,
        "condition": "all foreign troops leave Japan",
        "what": "the handover of the islands",
        "territory": SHIKOTAN,
        "to": JAPAN,
    },
    "handedOverTo": {"territory": KURILS, "from": JAPAN, "to": USSR, "date": "1945"},
    "withdrewObligation": {
        "state": USSR,
        "obligation": "to hand over the islands",
        "document": DECLARATION,
        "reason": TREATY,
        "date": "1960-01-27",
    },
    "signed": {"parties": (USSR, JAPAN), "document": DECLARATION, "date": "1956-10-19"},
    "issued": {"issuer": USSR, "document": MEMORANDUM, "date": "1960-01-27"},
    "meeting": {"participants": (KONO, LAVROV), "place": MOSCOW, "date": "2019-05-10"},
    "agreedTo": {"parties": (PUTIN, ABE), "what": "speed up the negotiations", "date": "2018-11"},
    "oversees": {"person": LAVROV, "what": TALKS},
    "conducts": {"person": MORGULOV, "what": TALKS},
    "statement": {"speaker": KONO, "quote_start": "I can't say that we managed"},
    "rejectsClaim": {
        "state": RUSSIA,
        "claimant": JAPAN,
        "territory": KURILS,
        "what": RULING,
        "date": "2016-07-12",
    },
    "adheresTo": {"party": RUSSIA, "document": DECLARATION},
    "successorOf": {"state": RUSSIA, "predecessor": USSR},
    "suspends": {
        "party": JAPAN,
        "what": TALKS,
        "reason": "the president's visit",
        "date": "2022-03-21",
    },
    "protests": {"party": JAPAN, "against": RUSSIA, "subject": "the visit", "date": "2010-11-01"},
    "recognizes": {"party": UN, "what": RESOLUTION, "as": "binding", "date": "1971-10-25"},
    "incorporates": {"document": RESOLUTION, "territory": KURILS, "into": USSR, "date": "1946"},
    "obliges": {"document": RULING, "party": JAPAN, "action": "refrain from fishing"},
    "obstructs": {"territory": KURILS, "document": AGREEMENT},
}


def text() -> str:
    """The source text: one sentence a fact, so every evidence span is real."""
    return " ".join(f"Sentence {i} states {rel}." for i, rel in enumerate(FACT_ARGS))


def extraction() -> Extraction:
    body = text()
    source = Source(
        SOURCE_KEY,
        "Article",
        title="Everything at once",
        publisher="Test Agency",
        dateline="MOSCOW, May 10",
        published="2019-05-10",
        url="https://example.org/all-relations",
        path="data/articles/test-all-relations.txt",
        text=body,
    )
    facts = []
    for i, (rel, args) in enumerate(FACT_ARGS.items()):
        sentence = f"Sentence {i} states {rel}."
        start = body.index(sentence)
        confidence = 0.4 if rel == "obstructs" else 0.9
        evidence = Evidence(
            SOURCE_KEY, start, start + len(sentence), sentence, f"rule-{rel}", confidence
        )
        facts.append(
            Fact(
                rel,
                args,
                evidence,
                negated=rel == "adheresTo",
                reported_by=RUSSIA if rel == "assertsSovereignty" else None,
            )
        )
    entities = [SUMMIT, AGREEMENT]
    return Extraction(source, entities, facts)


def quads() -> list[ox.Quad]:
    return extraction_quads(extraction())


def store(path=None) -> Store:
    """A store (in memory, or on disk at ``path``) holding the extraction's graph."""
    result = Store(path)
    result.replace_graph(iris.source_iri(SOURCE_KEY), quads())
    result.flush()
    return result
