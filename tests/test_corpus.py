"""Many sources, one graph: the same entity is one node whatever the spelling, the same fact from two
articles is one fact with two pieces of evidence, and contradicting facts keep both sides."""

from __future__ import annotations

from pathlib import Path

import pytest
from first_article import ARTICLE as FIRST

from kg.engines import local
from kg.stores.embedded import Store

SECOND = """Lavrov and Kono fail to bridge gap over islands

TOKYO, May 11, 2019

Russian Foreign Minister Sergei Lavrov and Japanese Foreign Minister Taro Kono met in Moscow on Friday.
Japan lays claim to the Northern Territories, which Russia controls. Moscow says Russia's sovereignty
over the Kuril Islands is beyond doubt.
"""

CONTRA = """Islands not returned, ministry says

TOKYO, June 3, 2019

Shikotan has not been handed over to Japan, the Japanese foreign ministry said on Monday.
"""

PRO = """Report: Shikotan transferred

MOSCOW, June 4, 2019

Shikotan was handed over to Japan, a local newspaper wrote on Tuesday.
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Store:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-first.txt").write_text(FIRST.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-second.txt").write_text(SECOND, encoding="utf-8")
    (folder / "c-contra.txt").write_text(CONTRA, encoding="utf-8")
    (folder / "d-pro.txt").write_text(PRO, encoding="utf-8")
    store = Store(None)
    report = local.build([folder], store)
    assert report.sources == 4 and not report.skipped
    return store


def _sources(store: Store, fact_class: str, **roles: str) -> set[str]:
    where = " ".join(f"?f dkg:{p} <https://w3id.org/dispute-kg/id/{k}> ." for p, k in roles.items())
    rows = store.query(
        f"SELECT DISTINCT ?src WHERE {{ ?f a dkg:{fact_class} . {where} ?f dkg:evidence/dkg:inSource ?src }}"
    )
    return {r["src"].value for r in rows}


def test_one_person_whatever_the_spelling(corpus: Store):
    people = {
        r["p"].value
        for r in corpus.query(
            "SELECT DISTINCT ?p WHERE { ?p a dkg:Person ; rdfs:label ?l FILTER(CONTAINS(STR(?l), 'Lavrov')) }"
        )
    }
    assert people == {"https://w3id.org/dispute-kg/id/person/sergey-lavrov"}


def test_the_same_fact_from_two_articles_has_two_sources(corpus: Store):
    claim = _sources(
        corpus, "Claim", claimant="state/japan", territory="territory/southern-kuril-islands"
    )
    assert len(claim) == 2
    office = _sources(corpus, "OfficeHolding")
    assert len(office) == 2  # Lavrov and Kono as foreign ministers, read in both articles


def test_contradicting_facts_keep_both_sides_with_their_sources(corpus: Store):
    rows = list(
        corpus.query(
            """SELECT ?f ?neg ?src WHERE {
             ?f a dkg:Handover ; dkg:territory <https://w3id.org/dispute-kg/id/territory/shikotan> ;
                dkg:evidence/dkg:inSource ?src .
             OPTIONAL { ?f dkg:negated ?neg } }"""
        )
    )
    sides = {(r["neg"] is not None, r["src"].value.rsplit("/", 1)[-1]) for r in rows}
    assert len({neg for neg, _ in sides}) == 2, sides  # one asserted, one negated
    assert len({src for _, src in sides}) == 2


def test_corroboration_query_counts_the_sources(corpus: Store):
    from kg import queries

    result = queries.answer(corpus, queries.get("corroboration"), {})
    rows = result.records()
    claims = [
        r
        for r in rows
        if r.get("kind") and "Claim" in r["kind"].value and "southern-kuril" in r["fact"].value
    ]
    assert claims and max(int(r["sources"].value) for r in claims) == 2
