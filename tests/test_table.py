"""The BorderLines table ingester, on the real snapshots and on a fixture of quirks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.ingest.table import (
    date_from_name,
    read_rows,
    read_table,
    table_key,
)
from kg.ingest.table_diff import diff_tables
from kg.mapping import extraction_quads

ROOT = Path(__file__).resolve().parent.parent
BL = ROOT / "data" / "borderlines"
QUIRKS = ROOT / "tests" / "data" / "tables" / "quirks_2022-03.csv"


def _args(fact):
    return {k: (v.key if hasattr(v, "key") else v) for k, v in fact.args.items()}


def _facts(extraction, rel, territory):
    return [f for f in extraction.facts if f.rel == rel and f.args["territory"].key == territory]


@pytest.fixture(scope="module")
def default():
    return read_table(BL / "disputed_territories.csv")


@pytest.mark.parametrize(
    "name,rows",
    [
        ("disputed_territories.csv", 251),
        ("disputed_territories_2021-08.csv", 225),
        ("disputed_territories_2021-12.csv", 228),
        ("disputed_territories_2023-05.csv", 251),
    ],
)
def test_every_row_is_read(name, rows):
    x = read_table(BL / name)
    assert len(read_rows(BL / name)[1]) == rows
    assert Counter(f.rel for f in x.facts)["disputes"] == rows  # every row has two parties
    assert x.source.kind == "Table"


def test_japan_claims_the_southern_kurils_russia_controls_them(default):
    south = "territory/southern-kuril-islands"
    assert {_args(f)["claimant"] for f in _facts(default, "claims", south)} == {"state/japan"}
    (controls,) = _facts(default, "controls", south)
    assert _args(controls)["state"] == "state/russia"
    (dispute,) = _facts(default, "disputes", south)
    assert {p.key for p in dispute.args["parties"]} == {"state/japan", "state/russia"}
    part_of = [f for f in default.facts if f.rel == "partOf" and f.args["part"].key == south]
    assert [f.args["whole"].key for f in part_of] == ["territory/kuril-islands"]


def test_unknown_controller_gives_no_control_fact(default):
    geyser = "territory/banc-du-geyser"
    assert _facts(default, "controls", geyser) == []
    claimants = {_args(f)["claimant"] for f in _facts(default, "claims", geyser)}
    assert claimants == {"state/madagascar", "state/france", "state/comoros"}


def test_evidence_is_the_row(default):
    text = default.source.text
    for f in default.facts:
        ev = f.evidence
        assert text[ev.start : ev.end] == ev.text and "\n" not in ev.text
        assert ev.confidence == 1.0 and ev.rule in ("borderlines-row", "gazetteer-part-of")
    (claim,) = [f for f in _facts(default, "claims", "territory/abyei")]
    assert claim.evidence.text.startswith("Abyei,South Sudan;Sudan,Sudan,Africa")


def test_dating():
    x = read_table(BL / "disputed_territories_2021-08.csv")
    assert x.source.key == "borderlines-disputed-territories-2021-08"
    assert x.source.published == "2021-08"
    assert all(f.args["date"] == "2021-08" for f in x.facts if f.rel in ("claims", "controls"))
    assert read_table(BL / "disputed_territories_2021-08.csv", "2021-08-15").source.published == (
        "2021-08-15"
    )
    undated = read_table(BL / "disputed_territories.csv")
    assert undated.source.published is None
    assert not any("date" in f.args for f in undated.facts)
    assert date_from_name(Path("x_2023-05-15.csv")) == "2023-05-15"
    assert table_key(Path("disputed_territories.csv")) == "borderlines-disputed-territories"


def test_states_named_differently_are_one_node(default):
    (taiwan_controls,) = _facts(default, "controls", "territory/taiwan")
    assert _args(taiwan_controls)["state"] == "state/taiwan"
    assert {_args(f)["claimant"] for f in _facts(default, "claims", "territory/taiwan")} == {
        "state/china"
    }
    assert not any(e.key.startswith("state/people") for e in default.entities)


def test_quirks_fixture():
    x = read_table(QUIRKS)
    assert x.source.published == "2022-03"
    by_key = {e.key: e for e in x.entities}
    # slashes: resolved through the gazetteer, or a new entity named by the first part
    assert "territory/liancourt-rocks" in by_key
    foo = by_key["territory/foo-island"]
    assert foo.aliases == ("Ilha Foo", "Foo Island/Ilha Foo")
    # an unknown claimant is a State keyed by its slug, never an error
    assert by_key["state/atlantis"].kind == "State"
    assert _facts(x, "controls", "territory/foo-island") == []  # Unknown
    assert _facts(x, "controls", "territory/wake-island") == []  # empty controller
    assert _facts(x, "controls", "territory/demchok-sector") == []  # N/A
    # apostrophes
    (halaib,) = _facts(x, "controls", "territory/hala-ib-triangle")
    assert _args(halaib)["state"] == "state/egypt"
    # PRC and China in one row: one claimant; ROC controls
    assert [_args(f)["claimant"] for f in _facts(x, "claims", "territory/taiwan")] == [
        "state/china"
    ]
    # overlapping rows: both kept, plus the part-of link
    assert _facts(x, "claims", "territory/kuril-islands")
    assert _facts(x, "claims", "territory/southern-kuril-islands")
    assert any(
        f.rel == "partOf"
        and (f.args["part"].key, f.args["whole"].key)
        == ("territory/southern-kuril-islands", "territory/kuril-islands")
        for f in x.facts
    )
    # a quoted field across two lines: the evidence spans both
    (demchok,) = _facts(x, "disputes", "territory/demchok-sector")
    assert demchok.evidence.text.endswith('"Outside\nUN",N/A')
    assert demchok.evidence.text == x.source.text[demchok.evidence.start : demchok.evidence.end]


def test_crlf_and_bom(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(
        b"\xef\xbb\xbfTerritory,Claimants,Controller\r\nCrimea,Russia;Ukraine,Russia\r\n"
    )
    x = read_table(path)
    (controls,) = [f for f in x.facts if f.rel == "controls"]
    assert controls.evidence.text == "Crimea,Russia;Ukraine,Russia"
    assert x.source.text[controls.evidence.start : controls.evidence.end] == controls.evidence.text


def test_missing_column_names_file_and_line():
    with pytest.raises(SourceError) as err:
        read_table(ROOT / "tests" / "data" / "tables" / "missing_column.csv")
    message = str(err.value)
    assert "missing_column.csv:1: missing column(s) Territory" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "content,cause",
    [
        (b"", "empty file"),
        (b"\xff\xfe\x00bad", "invalid UTF-8"),
        (b"Territory,Claimants\n,Japan\n", "row without a Territory"),
    ],
)
def test_unreadable_tables(tmp_path, content, cause):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=cause):
        read_table(path)


def test_diff_between_snapshots():
    diff = diff_tables(
        BL / "disputed_territories_2021-08.csv", BL / "disputed_territories_2023-05.csv"
    )
    changes = {c.territory.key: c for c in diff.changes}
    crimea = changes["territory/crimea"]
    assert crimea.status == "changed" and crimea.controller_changed
    assert (crimea.controller_before, crimea.controller_after.key) == (None, "state/russia")
    assert "Crimea: controller unknown -> Russia" in diff.lines()
    assert changes["territory/southern-kuril-islands"].status == "added"
    assert changes["territory/hans-island"].status == "removed"
    chagos = changes["territory/chagos-archipelago"]
    assert [e.key for e in chagos.claimants_added] == ["state/seychelles"]
    assert "territory/abyei" not in changes  # unchanged rows are not reported
    same = diff_tables(
        BL / "disputed_territories_2023-05.csv", BL / "disputed_territories_2023-05.csv"
    )
    assert same.changes == ()


def test_maps_to_quads_deterministically():
    a = extraction_quads(read_table(QUIRKS))
    b = extraction_quads(read_table(QUIRKS))
    assert a == b and len(a) > 100


def test_table_graph_conforms_to_the_shapes(tmp_path):
    from kg import iris
    from kg.stores.embedded import Store
    from kg.validate import validate

    store = Store(tmp_path / "store")
    x = read_table(QUIRKS)
    store.replace_graph(iris.source_iri(x.source.key), extraction_quads(x))
    report = validate(store)
    assert report.conforms, [str(r) for r in report.results]
