"""Each competency question answered on the first article; parameters, formats and the CLI.

The data source is ONE fixture, conftest's ``article_store``: the hand-made gold facts of the article
(tests/first_article.py) mapped by the real kg.mapping, so the queries' logic is checked apart from
the extractor (tests/test_competency_article.py and test_expected_answers.py check the real build).
"""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest
from first_article import KURILS, SOURCE_KEY, TEXT, extraction
from helpers import entity

from kg import iris, lookup, queries
from kg.errors import QueryError, UsageError
from kg.mapping import extraction_quads
from kg.paths import QUERIES_DIR
from kg.stores.embedded import Store
from kg.vocab import ID

NAMES = [
    "handover-conditioned-on-troop-withdrawal",
    "promised-handovers",
    "claims",
    "officials",
    "meetings",
    "negotiation-roles",
    "signed-documents",
    "withdrawn-obligations",
    "statements",
    "timeline",
    "evidence",
    "disputes",
    "agreements",
    "territory-parts",
    "corroboration",
]
SOURCE = ID + "source/" + SOURCE_KEY


def ask(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    """Rows of a named query as {variable: lexical value}, with every row's evidence checked."""
    result = queries.answer(store, queries.get(name), params)
    rows = [{k: t.value for k, t in r.items()} for r in result.records()]
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert TEXT[start:end] == row["sentence"], f"{name}: evidence offsets do not match"
        assert row["source"] == SOURCE and row["sourceTitle"].startswith("Japanese top diplomat")
    return rows


def labels(rows: list[dict[str, str]], key: str) -> list[str]:
    return [r.get(key, "") for r in rows]


# -- the files -------------------------------------------------------------------------------------


def test_every_question_has_its_file_and_header_matching_the_projection(article_store):
    loaded = {q.name: q for q in queries.load_all()}
    assert sorted(loaded) == sorted(NAMES)
    for q in loaded.values():
        binding = {p.name: "Kuril Islands" for p in q.params or () if p.required}
        binding = {"entity": "Japan"} if q.name == "evidence" else binding
        assert tuple(queries.answer(article_store, q, binding).variables) == q.returns, q.name
        assert "ORDER BY" in q.text and "PREFIX dkg:" in q.text
        assert q.title and q.question.endswith("?")


def test_every_parameter_binds_on_its_own(article_store):
    for q in queries.load_all():
        types = dict(q.param_types)
        for p in q.params or ():  # a value of the declared kind; Japan where any entity will do
            value = "Kuril Islands" if "Territory" in types.get(p.name, ()) else "Japan"
            queries.answer(article_store, q, {p.name: value})  # must not raise


def test_malformed_header_names_the_file(tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text(
        "# title: x\n# question: y?\n# params: territory optional\n# returns: a\nSELECT ?a {}"
    )
    with pytest.raises(QueryError, match=r"bad\.rq.*params"):
        queries.load_all(tmp_path)
    bad.write_text("# title: x\n# question: y?\nSELECT ?a {}")
    with pytest.raises(QueryError, match=r"bad\.rq: header lacks params:, returns:"):
        queries.load_all(tmp_path)


def test_readme_is_generated_from_the_headers():
    assert (QUERIES_DIR / "README.md").read_text(encoding="utf-8") == queries.readme(), (
        "queries/README.md is stale: regenerate it with "
        "python -c 'import kg.queries as q; print(q.readme(), end=\"\")' > queries/README.md"
    )


# -- one test per competency question --------------------------------------------------------------


def test_q1_handover_conditioned_on_troop_withdrawal(article_store):
    rows = ask(article_store, "handover-conditioned-on-troop-withdrawal")
    assert len(rows) == 1
    (row,) = rows
    assert row["documentLabel"] == "Soviet government memorandum of January 27 1960"
    assert row["date"] == "1960-01-27" and "foreign troops" in row["sentence"]
    assert row["condition"] == "withdrawal of all foreign troops from Japan"


def test_q2_promised_handovers(article_store):
    rows = ask(article_store, "promised-handovers")
    got = [
        (
            r["documentLabel"],
            r.get("territoryLabel"),
            r.get("fromLabel"),
            r.get("toLabel"),
            r.get("conditionType"),
        )
        for r in rows
    ]
    assert got == [
        ("Joint Declaration", "Shikotan", "Soviet Union", "Japan", "PeaceTreatySignature"),
        (
            "Joint Declaration",
            "group of small islands",
            "Soviet Union",
            "Japan",
            "PeaceTreatySignature",
        ),
        (
            "Soviet government memorandum of January 27 1960",
            None,
            None,
            None,
            "ForeignTroopWithdrawal",
        ),
    ]
    assert rows[2]["what"] == "handover of the islands to Japan"


def test_q3_claims(article_store):
    rows = ask(article_store, "claims")
    got = {(r["stateLabel"], r["relation"], r["territoryLabel"]) for r in rows}
    assert got == {
        ("Japan", "claims", "four southern islands"),
        ("Russia", "asserts sovereignty", "Kuril Islands"),
        ("Soviet Union", "received", "Kuril Islands"),
    }
    only = ask(article_store, "claims", territory="four southern islands")
    assert [(r["stateLabel"], r["relation"]) for r in only] == [("Japan", "claims")]


def test_q3_claims_lists_an_organisation_as_claimant():
    """A claim by a body no state speaks for (a movement, a separatist authority) is listed as a
    state's is: the query reads dkg:claimant, whatever org:Organization fills it."""
    ex = extraction()
    front = entity("Organization", "Kuril Liberation Front")
    facts = [
        dataclasses.replace(f, args={**f.args, "claimant": front}) if f.rel == "claims" else f
        for f in ex.facts
    ]
    store = Store(None)
    store.replace_graph(
        iris.source_iri(ex.source.key), extraction_quads(dataclasses.replace(ex, facts=facts))
    )
    rows = ask(store, "claims", territory="four southern islands")
    assert [(r["stateLabel"], r["relation"]) for r in rows] == [
        ("Kuril Liberation Front", "claims")
    ]


def test_q4_officials(article_store):
    rows = ask(article_store, "officials")
    got = {(r["personLabel"], r["roleLabel"], r["stateLabel"], r["asOf"]) for r in rows}
    assert ("Taro Kono", "foreign minister", "Japan", "2019-05-10") in got
    assert ("Sergey Lavrov", "foreign minister", "Russia", "2019-05-10") in got
    assert ("Vladimir Putin", "president", "Russia", "2019-05-10") in got
    assert ("Shinzo Abe", "prime minister", "Japan", "2019-05-10") in got
    assert {"Igor Morgulov", "Takeo Mori"} < {r["personLabel"] for r in rows}
    assert len(rows) == 6
    assert set(labels(ask(article_store, "officials", state="Japan"), "stateLabel")) == {"Japan"}


def test_q5_meetings(article_store):
    rows = ask(article_store, "meetings")
    got = [(r["date"], r.get("placeLabel"), r["participants"]) for r in rows]
    assert got == [
        ("2018-11-14", "Singapore", "Shinzo Abe, Vladimir Putin"),
        ("2019-02", None, "Sergey Lavrov, Taro Kono"),
        ("2019-05-10", "Moscow", "Sergey Lavrov, Taro Kono"),
    ]
    assert "ASEAN summit" in rows[0]["sentence"]


def test_q6_negotiation_roles(article_store):
    rows = ask(article_store, "negotiation-roles")
    got = [(r["personLabel"], r["role"]) for r in rows]
    assert got == [
        ("Sergey Lavrov", "oversees"),
        ("Taro Kono", "oversees"),
        ("Igor Morgulov", "conducts"),
        ("Takeo Mori", "conducts"),
    ]
    assert set(labels(rows, "negotiation")) == {"peace treaty negotiations"}


def test_q7_signed_documents(article_store):
    rows = ask(article_store, "signed-documents")
    got = [(r["documentLabel"], r["act"], r["date"], r["parties"]) for r in rows]
    assert got[:2] == [
        ("Joint Declaration", "signed", "1956", "Japan, Soviet Union"),
        ("Treaty of Mutual Cooperation and Security", "signed", "1960", "Japan, United States"),
    ]
    assert got[2][1:] == ("issued", "1960-01-27", "Soviet Union")


def test_q8_withdrawn_obligations(article_store):
    (row,) = ask(article_store, "withdrawn-obligations")
    assert (row["stateLabel"], row["documentLabel"], row["date"]) == (
        "Soviet Union",
        "Joint Declaration",
        "1960",
    )
    assert row["reasonLabel"] == "Treaty of Mutual Cooperation and Security"
    assert row["obligation"] == "handover of the islands to Japan"
    assert "withdrew its obligation" in row["sentence"]


def test_q9_statements(article_store):
    rows = ask(article_store, "statements")
    assert labels(rows, "speakerLabel") == ["Taro Kono", "Taro Kono", "Taro Kono", "Russia"]
    assert "called into question" in rows[3]["sentence"]
    assert rows[0]["sentence"].startswith('"I can’t say')
    assert len(ask(article_store, "statements", speaker="Kono")) == 3  # an alias resolves


def test_q10_timeline(article_store):
    rows = ask(article_store, "timeline", territory="Kuril Islands")
    dates = labels(rows, "date")
    assert dates == sorted(dates)
    for earlier, later in [
        ("1956", "1960"),
        ("1960", "2018-11-14"),
        ("2018-11-14", "2019-02"),
        ("2019-02", "2019-05-10"),
    ]:
        assert dates.index(earlier) < dates.index(later)
    kinds = {(r["date"], r["kind"]) for r in rows}
    assert {
        ("1956", "JointDeclaration"),
        ("1960-01-27", "Memorandum"),
        ("2018-11-14", "Meeting"),
        ("2019-05-10", "Meeting"),
    } <= kinds
    assert {r["territory"] for r in rows} == {iris.entity_iri(KURILS).value}
    # a part's timeline: the source speaks of it; an unrelated territory has none
    assert len(ask(article_store, "timeline", territory="Shikotan")) == len(rows)
    assert len(ask(article_store, "timeline")) == len(rows)


def test_q11_evidence(article_store):
    rows = queries.answer(article_store, queries.get("evidence"), {"entity": "Shinzo Abe"})
    got = {(r["kind"].value, r["rule"].value) for r in rows.records()}
    assert got == {
        ("OfficeHolding", "office.title"),
        ("Meeting", "meeting.held"),
        ("AgreementReached", "agreement.agreed"),
    }
    for r in rows.records():
        assert TEXT[int(r["start"].value) : int(r["end"].value)].startswith("On November 14, 2018")
        assert float(r["confidence"].value) == pytest.approx(0.9)
    fact = rows.records()[0]["fact"].value
    (itself,) = ask(article_store, "evidence", entity=f"<{fact}>")
    assert itself["role"] == "self" and itself["fact"] == fact


def test_q12_disputes(article_store):
    (row,) = ask(article_store, "disputes")
    assert (row["territoryLabel"], row["parties"]) == ("Kuril Islands", "Japan, Russia")


def test_q13_agreements(article_store):
    rows = ask(article_store, "agreements")
    assert [(r["date"], r["parties"]) for r in rows] == [
        ("2018-11-14", "Shinzo Abe, Vladimir Putin"),
        ("2019-05-10", "Japan, Russia"),
    ]
    assert "based on the 1956 declaration" in rows[0]["what"]
    assert rows[1]["what"] == "not to disclose the details of the talks"


def test_q14_territory_parts(article_store):
    rows = ask(article_store, "territory-parts")
    assert {(r["territoryLabel"], r["relation"], r["relatedLabel"]) for r in rows} == {
        ("Shikotan", "covered by", "Joint Declaration"),
        ("group of small islands", "covered by", "Joint Declaration"),
        ("four southern islands", "part of", "Kuril Islands"),
    }


def test_q15_corroboration(article_store):
    rows = ask(article_store, "corroboration")
    assert len(rows) == len(extraction().facts)
    assert {r["sources"] for r in rows} == {"1"}
    contested = {r["kind"]: r["disagreement"] for r in rows if r["disagreement"]}
    assert contested == {
        "Claim": "contested by Russia",
        "SovereigntyAssertion": "contested by Japan",
    }


def test_q15_counts_sources_across_a_corpus(article_store):
    store = Store(None)
    for quads in _two_sources():
        store.replace_graph(quads[0].graph_name, quads)
    rows = ask_rows(store, "corroboration")
    claims = [r for r in rows if r["kind"] == "Claim"]
    assert [r["sources"] for r in claims] == ["2", "2"]
    assert {r["source"] for r in claims} == {SOURCE, ID + "source/copy"}


def test_q15_a_rival_over_the_same_territory_contests(article_store):
    """Two states asserting the same territory contest each other, not only a whole and its part;
    a rival stated as not so (negated) contests nothing."""
    from kg.model import Entity, Evidence, Extraction, Fact, Source

    def entity(kind: str, label: str) -> Entity:
        return Entity(kind, iris.entity_key(kind, label), label)

    argentina, uk, chile = (
        entity("State", "Argentina"),
        entity("State", "United Kingdom"),
        entity("State", "Chile"),
    )
    falklands = entity("IslandGroup", "Falkland Islands")
    text = "Argentina claims the Falklands. Britain holds sovereignty. Chile does not claim them."
    spans = [(0, 31), (32, 58), (59, len(text))]
    facts = [
        Fact(
            "claims",
            {"claimant": argentina, "territory": falklands},
            Evidence("f", *spans[0], text[0:31], "t"),
        ),
        Fact(
            "assertsSovereignty",
            {"state": uk, "territory": falklands},
            Evidence("f", *spans[1], text[32:58], "t"),
        ),
        Fact(
            "claims",
            {"claimant": chile, "territory": falklands},
            Evidence("f", *spans[2], text[59:], "t"),
            negated=True,
        ),
    ]
    ex = Extraction(
        Source("f", "Article", title="Falklands"), [argentina, uk, chile, falklands], facts
    )
    store = Store(None)
    store.replace_graph(iris.source_iri("f"), extraction_quads(ex))
    got = {(r["kind"], r["disagreement"]) for r in ask_rows(store, "corroboration")}
    assert got == {
        ("Claim", "contested by United Kingdom"),
        ("SovereigntyAssertion", "contested by Argentina"),
        ("Claim", "negated"),
    }


def _two_sources() -> list[list[ox.Quad]]:
    first = extraction()
    claim = next(f for f in first.facts if f.rel == "claims")
    ev = claim.evidence
    copy = type(first)(
        source=type(first.source)("copy", "Article", title="A copy"),
        facts=[
            type(claim)(claim.rel, claim.args, type(ev)("copy", 0, len(ev.text), ev.text, ev.rule))
        ],
    )
    return [extraction_quads(first), extraction_quads(copy)]


def ask_rows(store: Store, name: str) -> list[dict[str, str]]:
    return [
        {k: t.value for k, t in r.items()}
        for r in queries.answer(store, queries.get(name)).records()
    ]


# -- parameters are terms, never text ------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ['Kuril" } UNION { ?s ?p ?o', "x } UNION { ?fact ?p ?o }", "Japan'; DROP", "<not an iri>"],
)
def test_hostile_values_are_inert(article_store, value):
    with pytest.raises(UsageError, match=r"parameter territory="):
        queries.answer(article_store, queries.get("timeline"), {"territory": value})


def test_labels_iris_and_prefixed_names_resolve_to_the_same_entity(article_store):
    japan = ox.NamedNode(ID + "state/japan")
    for value in ("Japan", "japan", "Tokyo", "id:state/japan", f"<{japan.value}>", japan.value):
        assert lookup.resolve(article_store, "state", value) == japan


def test_unknown_and_missing_params_are_usage_errors(article_store):
    with pytest.raises(UsageError, match=r"no parameter 'country'; allowed: state"):
        queries.answer(article_store, queries.get("officials"), {"country": "Japan"})
    with pytest.raises(UsageError, match=r"needs parameter 'entity'"):
        queries.answer(article_store, queries.get("evidence"))
    with pytest.raises(UsageError, match=r"unknown query 'nope'; available: agreements, claims"):
        queries.get("nope")


def test_a_bad_query_is_a_query_error(article_store):
    with pytest.raises(QueryError, match="does not parse"):
        queries.run(article_store, "SELECT ?x WHERE { ?x")
