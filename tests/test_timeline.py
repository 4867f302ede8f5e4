"""The chronology of the Kuril dispute: the right events in order, the undated ones counted; and a
picture of a hundred events that stays legible (no label over another, a legend of kinds, the
long empty stretches of years cut out of the axis)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random

import pytest
from first_article import build_store
from lxml import etree
from PIL import Image

from kg.errors import UsageError
from kg.export.timeline import Event, Timeline, dispute_seeds, render, timeline
from kg.export.timeline_figure import axis, lanes
from kg.graph.view import build_graph
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
    # the declaration and its signing, the 1960 treaty, its signing and the obligation withdrawn,
    # the memorandum and its issuing, Singapore (agreement, meeting), February, Moscow
    assert dates == [
        "1956",
        "1956",
        "1960",
        "1960",
        "1960",
        "1960-01-27",
        "1960-01-27",
        "2018-11-14",
        "2018-11-14",
        "2019-02",
        "2019-05-10",
        "2019-05-10",
    ]
    types = [e.type for e in kurils.events]
    assert types[:2] == ["JointDeclaration", "Signing"] and types[-1] == "Meeting"
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
    assert '<span id="undated">2</span>' in page and page.count("<tr>") == len(kurils.events) + 1
    assert page.index("Joint Declaration") < page.index(
        "Sergey Lavrov and Taro Kono met in Moscow on 10 May 2019"
    )
    with pytest.raises(UsageError):
        render(kurils, "pdf")


def test_empty_timeline_still_draws():
    from kg.export.timeline import Timeline

    assert render(Timeline([], 3, "nothing"), "png").startswith(b"\x89PNG")


def _hundred(seed: int = 5) -> Timeline:
    """A hundred events in clusters (1855, 1875, 1905, 1945-1960, 1991-2023 and a crowded 2019)
    with labels of 2 to 12 words, dated by day, month or year."""
    rng = random.Random(seed)
    words = (
        "treaty islands ministers talks declaration sovereignty memorandum protest border "
        "fishing rights joint statement withdrawal troops"
    ).split()
    kinds = ["Meeting", "Signing", "Treaty", "Protest", "Issuance", "Memorandum", "Suspension"]
    clusters = [
        (1855, 1856, 5),
        (1875, 1876, 3),
        (1905, 1906, 4),
        (1945, 1961, 30),
        (1991, 2024, 40),
        (2019, 2020, 18),
    ]
    events = []
    for lo, hi, k in clusters:
        days = (dt.date(hi, 1, 1) - dt.date(lo, 1, 1)).days
        for _ in range(k):
            day = (dt.date(lo, 1, 1) + dt.timedelta(days=rng.randrange(days))).isoformat()
            date = rng.choice([day, day[:7], day[:4]])
            label = " ".join(rng.choice(words) for _ in range(rng.randint(2, 12))).capitalize()
            events.append(Event(date, rng.choice(kinds), label, f"urn:x:{len(events)}", 1, 1))
    events.sort(key=lambda e: (e.when, e.label))
    return Timeline(events, 0, "A hundred events")


def test_a_hundred_events_have_a_legend_and_a_broken_axis():
    tl = _hundred()
    svg = etree.fromstring(render(tl, "svg"))
    ids = {g.get("id") for g in svg.iter("{http://www.w3.org/2000/svg}g") if g.get("id")}
    assert {i for i in ids if i.startswith("event-label-")} == {
        f"event-label-{k}" for k in range(100)
    }
    assert {i[len("legend-") :] for i in ids if i.startswith("legend-")} == {
        e.type for e in tl.events
    }
    assert any(i.startswith("axis-break-") for i in ids)


def test_long_empty_stretches_are_cut_out_of_the_axis():
    days = [dt.date(y, m, 1).toordinal() for y in (1855, 1856) for m in (1, 6)]
    days += [dt.date(y, m, 1).toordinal() for y in (1990, 1991) for m in (1, 6)]
    ax = axis(days, 0.0, 10.0)
    assert len(ax.breaks) == 1 and ax.segments == ((days[0], days[3]), (days[4], days[7]))
    # each stretch of two years gets about half the axis, not 1/70 of it
    first = ax.x(days[3]) - ax.x(days[0])
    second = ax.x(days[7]) - ax.x(days[4])
    assert first > 3 and second > 3
    # time runs left to right, and a short gap is kept (to scale)
    xs = [ax.x(d) for d in sorted(days)]
    assert xs == sorted(xs) and ax.x(days[1]) - ax.x(days[0]) > 0.5


def test_labels_stack_in_the_lowest_free_lane():
    assert lanes([(0, 2), (1, 3), (1.5, 4), (5, 6)]) == [1, 2, 3, 1]
    assert lanes([(0, 1), (1.2, 2), (0.5, 1.5)]) == [1, 1, 2]
    assert lanes([(0, 1), (1.02, 2)]) == [1, 2]  # touching is too close: a gap is kept


def test_a_hundred_labels_do_not_overlap_in_a_browser(browser, tmp_path):
    path = tmp_path / "hundred.svg"
    path.write_bytes(render(_hundred(), "svg"))
    page = browser.new_page(viewport={"width": 2400, "height": 1400})
    page.goto(path.as_uri())
    boxes = page.eval_on_selector_all(
        "g[id^='event-label-']",
        "gs => gs.map(g => { const r = g.getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom]; })",
    )
    assert len(boxes) == 100
    width, height = page.evaluate(
        "() => { const r = document.documentElement.getBoundingClientRect();"
        " return [r.width, r.height]; }"
    )
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        assert x1 > x0 and y1 > y0 and x0 >= 0 and y0 >= 0 and x1 <= width and y1 <= height
        for a0, b0, a1, b1 in boxes[i + 1 :]:
            overlap_x = min(x1, a1) - max(x0, a0)
            overlap_y = min(y1, b1) - max(y0, b0)
            assert overlap_x <= 0.5 or overlap_y <= 0.5, (boxes[i], (a0, b0, a1, b1))
