"""What is new since a date or a build (issue 14, point 2): ``kg changes`` over two builds of
sources published on different dates, the build log as PROV activities, and BorderLines snapshots
compared as ``kg table-diff`` compares their files."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from first_article import ARTICLE

from kg import builds, changes, iris
from kg.cli import main
from kg.ingest.table_diff import diff_tables
from kg.paths import ROOT
from kg.stores.embedded import Store
from kg.vocab import BUILDS_GRAPH, DKG, PROV, RDF

FIRST = ARTICLE
LATER = """Russia and Japan resume talks on the Kuril Islands

TOKYO, June 3, 2021

Japan claims the Southern Kuril Islands, which Russia controls. Japanese Foreign Minister Toshimitsu Motegi met Russian Foreign Minister Sergey Lavrov in Moscow on Thursday.
"""
ELSEWHERE = """China sends ships to the Senkaku Islands

BEIJING, March 8, 2022

China claims the Senkaku Islands, which Japan controls.
"""
TABLES = ROOT / "data" / "borderlines"


def cli(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    """Build 1: the first article (2019-05-10); build 2: a 2021 article on the Kurils and a 2022
    one on the Senkakus."""
    root = tmp_path_factory.mktemp("changes")
    (root / "later").mkdir()
    (root / "later" / "kurils-2021.txt").write_text(LATER, encoding="utf-8")
    (root / "later" / "senkaku-2022.txt").write_text(ELSEWHERE, encoding="utf-8")
    store = root / "store"
    for paths in ([FIRST], [root / "later"]):
        done = cli("build", "--store", store, *paths)
        assert done.exit_code == 0, done.output
    return {
        "store": store,
        "texts": {
            "2019-05-10": FIRST.read_text(encoding="utf-8"),
            "2021-06-03": LATER,
            "2022-03-08": ELSEWHERE,
        },
    }


def _json(news, *args: str) -> list[dict]:
    done = cli("changes", "--store", news["store"], "-f", "json", *args)
    assert done.exit_code == 0, done.output
    return json.loads(done.output)


def test_since_lists_what_the_newer_sources_report_with_their_sentences(news):
    found = _json(news, "--since", "2021")
    assert found and {c["published"] for c in found} == {"2021-06-03", "2022-03-08"}
    kinds = {c["change"] for c in found}
    assert {"claim", "control", "meeting", "office"} <= kinds
    whats = {c["what"] for c in found}
    assert "Japan claims the Southern Kuril Islands" in whats
    assert any("Toshimitsu Motegi" in w and "foreign minister" in w for w in whats)
    for c in found:  # each change points to the sentence of the source that reports it
        assert news["texts"][c["published"]].find(c["sentence"]) >= 0, c
    assert not any("Taro Kono" in c["what"] for c in found)  # 2019 news is not new since 2021


def test_since_a_day_keeps_only_sources_published_on_or_after_it(news):
    assert {c["published"] for c in _json(news, "--since", "2021-06-04")} == {"2022-03-08"}
    assert {c["published"] for c in _json(news, "--since", "2019-05-10")} == set(news["texts"])


def test_territory_keeps_the_sources_that_speak_of_it(news):
    kurils = _json(news, "--since", "2019", "--territory", "Kuril Islands")
    assert {c["published"] for c in kurils} == {"2019-05-10", "2021-06-03"}
    senkaku = _json(news, "--since", "2019", "--territory", "Senkaku Islands")
    assert {c["published"] for c in senkaku} == {"2022-03-08"}
    assert any(c["what"] == "China claims the Senkaku Islands" for c in senkaku)


def test_table_and_csv_show_the_same_changes_as_json(news):
    found = _json(news, "--since", "2021")
    table = cli("changes", "--store", news["store"], "--since", "2021")
    assert table.exit_code == 0 and f"{len(found)} changes" in table.output
    assert "published" in table.output.splitlines()[0]
    rows = list(
        csv.DictReader(
            io.StringIO(
                cli("changes", "--store", news["store"], "--since", "2021", "-f", "csv").output
            )
        )
    )
    assert [(r["published"], r["change"], r["what"]) for r in rows] == [
        (c["published"], c["change"], c["what"]) for c in found
    ]


def test_since_build_shows_what_one_build_brought(news):
    first = _json(news, "--since-build", "1")
    assert first and {c["published"] for c in first} == {"2019-05-10"}
    assert any(c["what"] == "Japan claims the Southern Kuril Islands" for c in first)
    second = _json(news, "--since-build", "2")
    assert {c["published"] for c in second} == {"2021-06-03", "2022-03-08"}


def test_the_builds_are_prov_activities_in_their_own_graph(news):
    store = Store(news["store"], read_only=True)
    first, second = builds.log(store)
    assert (first.number, second.number) == (1, 2)
    assert first.sources == {"added": [iris.source_iri(_key(store, "2019")).value]}
    assert len(second.sources["added"]) == 2
    assert first.started <= first.ended <= second.started <= second.ended
    node = iris.build_iri(2)
    log = {
        (q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, BUILDS_GRAPH)
    }
    assert (node, RDF.type, PROV.Activity) in log and (node, RDF.type, DKG.Build) in log
    assert {o for s, p, o in log if s == node and p == PROV.generated} == {
        ox.NamedNode(s) for s in second.sources["added"]
    }
    assert any(
        p == PROV.startedAtTime and o.datatype.value.endswith("#dateTime") for s, p, o in log
    )
    # the log is not a source, and not in the union the queries read
    assert BUILDS_GRAPH not in store.graphs()
    assert not list(store.quads_for_pattern(node, None, None, ox.DefaultGraph()))
    del store


def _key(store: Store, year: str) -> str:
    from kg import sources

    return next(s.key for s in sources.list_sources(store) if s.date and s.date.startswith(year))


def test_a_rebuild_is_logged_but_exports_the_same_graph(tmp_path):
    store = tmp_path / "s"
    exports = []
    for _ in range(2):
        assert cli("build", "--store", store, FIRST).exit_code == 0
        done = cli("export", "--store", store, "-f", "nquads")
        assert done.exit_code == 0
        exports.append(done.output)
    assert exports[0] == exports[1] and "graph/builds" not in exports[0]
    log = cli("changes", "--store", store, "--builds")
    assert "build 1:" in log.output and "build 2:" in log.output
    assert "0 added, 0 replaced, 1 unchanged" in log.output.splitlines()[1]
    assert _json({"store": store}, "--since-build", "2") == []  # nothing new: unchanged


def test_rm_is_logged_as_a_removal(tmp_path):
    store = tmp_path / "s"
    assert cli("build", "--store", store, FIRST).exit_code == 0
    key = json.loads(cli("sources", "--store", store, "-f", "json").output)[0]["key"]
    done = cli("rm", "--store", store, key)
    assert done.exit_code == 0 and "logged as build 2" in done.output
    removed = builds.log(Store(store, read_only=True), 2)[0].sources
    assert list(removed) == ["removed"] and removed["removed"][0].endswith(key)


def test_the_log_cannot_be_loaded_over(tmp_path):
    rdf = tmp_path / "x.ttl"
    rdf.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    for extra in ([], ["--replace"]):
        done = cli("load", "--store", tmp_path / "s", rdf, "--graph", BUILDS_GRAPH.value, *extra)
        assert done.exit_code == 2 and "that is the build log" in done.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["--since", "last week"], "'last week': not a date"),
        (["--since-build", "9"], "no such build"),
        ([], "give --since DATE or --since-build N"),
    ],
)
def test_bad_options_are_one_line_errors(news, args, message):
    done = cli("changes", "--store", news["store"], *args)
    assert done.exit_code == 2 and message in done.output and "Traceback" not in done.output


def test_table_snapshots_differ_as_kg_table_diff_says(tmp_path):
    old, new = (
        TABLES / "disputed_territories_2021-08.csv",
        TABLES / "disputed_territories_2021-12.csv",
    )
    store = Store(tmp_path / "s")
    from kg.engines import local

    local.build([old, new], store)
    found = changes.changes(store, since="2021-09")
    table = [c for c in found if c.change.startswith("table: ")]
    assert table and {c.published for c in table} == {"2021-12"}
    assert {c.what for c in table} == set(diff_tables(old, new).lines())
    assert not [c for c in changes.changes(store, since="2022") if c.change.startswith("table")]
    assert len(changes.changes(store, since="2021-09", territory="Tibet")) >= 1


def test_the_log_stays_out_of_exports_after_kg_infer_too(tmp_path):
    store = tmp_path / "s"
    assert cli("build", "--store", store, FIRST).exit_code == 0
    assert cli("infer", "--store", store).exit_code == 0
    for fmt in ("turtle", "nquads"):
        done = cli("export", "--store", store, "-f", fmt)
        assert done.exit_code == 0 and "id/build/" not in done.output, fmt
    assert "build 1:" in cli("changes", "--store", store, "--builds").output
    assert cli("build", "--store", store, FIRST).exit_code == 0  # build 2: unchanged (prov:used)
    assert cli("infer", "--store", store).exit_code == 0  # nothing inferred from the log
    seen = cli(
        "query",
        "--store",
        store,
        "--sparql",
        "SELECT ?p WHERE { <https://w3id.org/dispute-kg/id/build/2> ?p ?o }",
        "-f",
        "csv",
    )
    assert seen.exit_code == 0 and seen.output.split() == ["p"]
