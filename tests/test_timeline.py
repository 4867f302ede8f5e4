"""The chronology of the Kuril dispute: the right events in order, the undated ones counted."""

from __future__ import annotations

import csv
import io

import pytest
from kuril_fixture import build_store
from PIL import Image

from kg.errors import UsageError
from kg.export.graph import build_graph
from kg.export.timeline import dispute_seeds, render, timeline
from kg.vocab import ID

KURILS = ID + "islandgroup/kuril-islands"


@pytest.fixture(scope="module")
def G():
    return build_graph(build_store(None))


@pytest.fixture(scope="module")
def kurils(G):
    return timeline(G, [KURILS], title="Kuril Islands")


def test_events_in_order(kurils):
    dates = [e.date for e in kurils.events]
    assert dates == [
        "1956",
        "1956",
        "1960",
        "1960",
        "1960",
        "1960-01-27",
        "1960-01-27",
        "2018-11-14",
        "2019-05-10",
    ]
    types = [e.type for e in kurils.events]
    assert types[:2] == ["JointDeclaration", "Signing"] and types[-2:] == ["Meeting", "Meeting"]
    # the WWII handover has no date, nor has the (negated, never signed) peace treaty
    assert kurils.undated == 2
    assert all("peace treaty" != e.label for e in kurils.events)


def test_depth_limits_the_scope(G):
    near = timeline(G, [KURILS], depth=2)
    assert "Meeting" not in {e.type for e in near.events}
    assert {e.type for e in near.events} >= {"JointDeclaration", "Signing", "Memorandum"}


def test_dispute_fact_seeds_its_territory(G):
    dispute = next(n for n, d in G.nodes(data=True) if d["type"] == "Dispute")
    assert dispute_seeds(G, dispute) == [KURILS]
    assert dispute_seeds(G, KURILS) == [KURILS]


def test_csv(kurils):
    rows = list(csv.DictReader(io.StringIO(render(kurils, "csv").decode())))
    assert [r["date"] for r in rows][-1] == "2019-05-10"
    assert rows[-1]["sources"] == "2" and rows[0]["label"] == "Joint Declaration"


def test_png_svg_html(kurils, tmp_path):
    png = render(kurils, "png")
    (tmp_path / "t.png").write_bytes(png)
    image = Image.open(tmp_path / "t.png")
    assert image.size[0] > 1000 and len(image.convert("RGB").getcolors(1_000_000)) > 10
    svg = render(kurils, "svg").decode()
    assert svg == render(kurils, "svg").decode()  # deterministic
    assert "2 undated left out" in svg and "Joint Declaration" in svg
    page = render(kurils, "html").decode()
    assert '<span id="undated">2</span>' in page and page.count("<tr>") == 10
    assert page.index("Joint Declaration") < page.index("Sergey Lavrov and Taro Kono met in Moscow on 10 May 2019")
    with pytest.raises(UsageError):
        render(kurils, "pdf")


def test_empty_timeline_still_draws():
    from kg.export.timeline import Timeline

    assert render(Timeline([], 3, "nothing"), "png").startswith(b"\x89PNG")
