"""The timeline as a picture (matplotlib, PNG or SVG) that stays legible at a hundred events.

Everything is placed by hand on one axes measured in inches, so the layout is the code's and not
matplotlib's: labels are stacked in lanes above the axis (a label takes the lowest lane where it
overlaps nothing, with its width measured by the renderer that draws it); long empty stretches of
years are cut out of the axis and marked with a break (``//``); a legend names the kinds of event
by their colours. Labels, legend entries and breaks carry SVG ids (``event-label-N``,
``legend-TYPE``, ``axis-break-N``) so tests and scripts can find them.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.export.colours import colour
from kg.labels import date_phrase

if TYPE_CHECKING:
    from kg.export.timeline import Timeline

_DPI = 110
_FONT = 7.5  # points, event labels
_LANE = 0.19  # inches between lanes
_GAP = 0.08  # inches kept free between two labels of a lane
_MARGIN = 0.4  # inches left and right of the axis
_BREAK = 0.35  # inches of axis for a stretch of years left out
_MIN_SEGMENT = 0.8  # inches for a stretch of events, however short
_SEG_PAD = 0.15  # inches inside each end of a stretch
_TICK_ROOM = 0.6  # inches a tick label wants
_LONG_GAP_DAYS = 5 * 365  # a gap is cut when it is longer than this
_LONG_GAP_SHARE = 0.15  # ... and than this share of the whole span
_MAX_CHARS = 60


@dataclass(frozen=True)
class Axis:
    """Days (proleptic ordinals) to inches, with the long empty stretches cut out."""

    segments: tuple[tuple[int, int], ...]  # first and last day of each stretch of events
    lefts: tuple[float, ...]  # inches
    widths: tuple[float, ...]

    def x(self, day: int, i: int | None = None) -> float:
        """Where ``day`` is drawn (in stretch ``i``, extrapolated, or in the one that holds it)."""
        if i is None:
            i = max((k for k, (s, _) in enumerate(self.segments) if s <= day), default=0)
        s, e = self.segments[i]
        left, width = self.lefts[i], self.widths[i]
        if e == s:
            return left + width / 2
        return left + _SEG_PAD + (day - s) / (e - s) * (width - 2 * _SEG_PAD)

    @property
    def breaks(self) -> list[float]:
        """The middle of each cut, in inches."""
        return [
            (self.lefts[i] + self.widths[i] + self.lefts[i + 1]) / 2
            for i in range(len(self.segments) - 1)
        ]


def axis(days: list[int], left: float, right: float) -> Axis:
    """Stretches of events separated by long empty gaps; each stretch as wide as its share of
    the time shown, and at least ``_MIN_SEGMENT``."""
    uniq = sorted(set(days))
    span = uniq[-1] - uniq[0]
    threshold = max(_LONG_GAP_DAYS, _LONG_GAP_SHARE * span)
    segs = [[uniq[0], uniq[0]]]
    for d in uniq[1:]:
        if d - segs[-1][1] > threshold:
            segs.append([d, d])
        else:
            segs[-1][1] = d
    avail = (right - left) - _BREAK * (len(segs) - 1)
    least = min(_MIN_SEGMENT, avail / len(segs))
    # room shared half by time, half by events, so a crowded short stretch gets room too
    spans = [e - s for s, e in segs]
    counts = [sum(1 for d in days if s <= d <= e) for s, e in segs]
    extra = avail - least * len(segs)
    total = sum(spans)
    widths = [
        least + extra * (0.5 * (sp / total if total else 1 / len(segs)) + 0.5 * c / len(days))
        for sp, c in zip(spans, counts, strict=True)
    ]
    lefts, x = [], left
    for w in widths:
        lefts.append(x)
        x += w + _BREAK
    return Axis(tuple((s, e) for s, e in segs), tuple(lefts), tuple(widths))


def _ticks(ax: Axis, i: int) -> list[tuple[float, str]]:
    """Year ticks (months for a stretch under two years, days under two months) that fit inside
    stretch ``i``."""
    s, e = ax.segments[i]
    lo, hi = ax.lefts[i] + 0.1, ax.lefts[i] + ax.widths[i] - 0.1  # tick labels stay off a cut
    room = max(int(ax.widths[i] / _TICK_ROOM), 1)
    first, last = dt.date.fromordinal(s), dt.date.fromordinal(e)
    out: list[tuple[float, str]] = []
    if e > s and (e - s) < 62:
        per = max(int(ax.widths[i] / (1.5 * _TICK_ROOM)), 1)  # an ISO day is a wide label
        step = next((d for d in (1, 2, 7, 14, 31) if (e - s + 2) / d <= per), 31)
        for day in range(s - 1, e + 2, step):
            out.append((ax.x(day, i), dt.date.fromordinal(day).isoformat()))
    elif e > s and (e - s) < 2 * 365:
        months = (last.year - first.year) * 12 + last.month - first.month + 3
        step = next((m for m in (1, 2, 3, 6, 12) if months / m <= room), 12)
        start = first.year * 12 + first.month - 1 - 1
        for k in range(start - start % step, start + months + step, step):
            month = dt.date(k // 12, k % 12 + 1, 1)
            out.append((ax.x(month.toordinal(), i), f"{month.year}-{month.month:02d}"))
    elif e > s:
        years = last.year - first.year + 3
        step = next((y for y in (1, 2, 5, 10, 20, 25, 50, 100, 200) if years / y <= room), 500)
        for year in range((first.year - 1) // step * step, last.year + 2 * step, step):
            if 1 <= year <= 9999:
                out.append((ax.x(dt.date(year, 1, 1).toordinal(), i), str(year)))
    out = [(x, t) for x, t in out if lo <= x <= hi]
    if not out:  # a stretch too short for a tick: its own date
        out = [
            (ax.x(s, i), str(first.year) if first.month == first.day == 1 else first.isoformat())
        ]
    return out


def lanes(spans: list[tuple[float, float]]) -> list[int]:
    """The lane (1, 2, ...) of each label: the lowest where it overlaps no label already there."""
    taken: list[list[tuple[float, float]]] = []
    out = []
    for a, b in spans:
        for k, used in enumerate(taken):
            if all(b + _GAP <= c or d + _GAP <= a for c, d in used):
                used.append((a, b))
                out.append(k + 1)
                break
        else:
            taken.append([(a, b)])
            out.append(len(taken))
    return out


def _words(type_name: str) -> str:
    """'JointDeclaration' -> 'Joint declaration'."""
    return "".join(" " + c.lower() if c.isupper() else c for c in type_name).strip().capitalize()


def _label(date: str, label: str) -> str:
    text = f"{date}  {label.replace(' ' + date_phrase(date), '', 1)}"
    return text if len(text) <= _MAX_CHARS else text[: _MAX_CHARS - 1] + "…"


def figure(tl: Timeline, fmt: str) -> bytes:
    """PNG or SVG bytes (fixed metadata: the same timeline gives the same SVG)."""
    # matplotlib is imported here, not at module load: it costs half a second every `kg` command.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    plt.rcParams["svg.hashsalt"] = "dispute-kg"
    measure = RendererAgg(10, 10, _DPI)

    def width(text: str, size: float) -> float:
        w, _, _ = measure.get_text_width_height_descent(text, FontProperties(size=size), False)
        return w / _DPI

    n = len(tl.events)
    W = min(max(8 + 0.12 * n, 13.0), 20.0)
    left, right = _MARGIN, W - _MARGIN
    texts = [_label(e.date, e.label) for e in tl.events]
    xs: list[float] = []
    spans: list[tuple[float, float]] = []
    ax_map = axis([e.when.toordinal() for e in tl.events], left, right) if n else None
    for e, text in zip(tl.events, texts, strict=True):
        x = ax_map.x(e.when.toordinal()) if ax_map else 0.0
        w = width(text, _FONT)
        a = x + 0.03 if x + 0.03 + w <= W - 0.05 else x - 0.03 - w  # right-aligned at the end
        xs.append(x)
        spans.append((a, a + w))
    lane = lanes(spans)
    kinds = sorted({e.type for e in tl.events})
    legend_rows = _legend_rows(kinds, width, W)

    note_h, ticks_h, title_h = 0.35, 0.45, 0.5
    axis_y = note_h + ticks_h
    top_lane = axis_y + 0.15 + max(lane, default=1) * _LANE
    H = top_lane + 0.2 + len(legend_rows) * 0.22 + title_h
    if not n:
        H = 2.0
    fig = plt.figure(figsize=(W, H), dpi=_DPI)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, W)
    ax.set_ylim(0, H)
    ax.axis("off")
    ax.text(W / 2, H - 0.3, tl.title, ha="center", va="center", fontsize=11, parse_math=False)
    if ax_map:
        _draw_axis(ax, ax_map, axis_y)
        for i, (e, text) in enumerate(zip(tl.events, texts, strict=True)):
            y = axis_y + 0.15 + (lane[i] - 0.5) * _LANE
            ax.plot([xs[i], xs[i]], [axis_y, y], color="#bbbbbb", linewidth=0.6, zorder=1)
            ax.plot(xs[i], axis_y, "o", color=colour(e.type), markersize=6, zorder=4)
            a = spans[i][0]
            label = ax.text(
                a,
                y,
                text,
                fontsize=_FONT,
                va="center",
                ha="left",
                zorder=3,
                parse_math=False,
                bbox={"boxstyle": "square,pad=0.15", "fc": "white", "ec": "none"},
            )
            label.set_gid(f"event-label-{i}")
        y = top_lane + 0.2
        for row in legend_rows:
            for x, kind in row:
                ax.plot(x + 0.06, y, "o", color=colour(kind), markersize=6)
                entry = ax.text(
                    x + 0.14, y, _words(kind), fontsize=8, va="center", parse_math=False
                )
                entry.set_gid(f"legend-{kind}")
            y += 0.22
    else:
        ax.text(W / 2, H / 2, "no dated events", ha="center", va="center")
    cuts = len(ax_map.breaks) if ax_map else 0
    note = f"{n} dated events and documents; {tl.undated} undated left out"
    if cuts:
        note += f"; {cuts} long empty stretch{'es' if cuts > 1 else ''} of years cut out (//)"
    ax.text(0.1, 0.15, note, fontsize=8, color="#555555", parse_math=False)
    out = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(out, format=fmt, metadata=metadata)
    plt.close(fig)
    return out.getvalue()


def _legend_rows(
    kinds: list[str], width: Callable[[str, float], float], W: float
) -> list[list[tuple[float, str]]]:
    """Legend entries (x, kind) in rows as wide as the figure."""
    rows: list[list[tuple[float, str]]] = [[]]
    x = _MARGIN
    for kind in kinds:
        w = 0.14 + width(_words(kind), 8) + 0.25
        if rows[-1] and x + w > W - _MARGIN:
            rows.append([])
            x = _MARGIN
        rows[-1].append((x, kind))
        x += w
    return [r for r in rows if r]


def _draw_axis(ax, axis_map: Axis, y: float) -> None:
    for i in range(len(axis_map.segments)):
        x0 = axis_map.lefts[i]
        ax.plot([x0, x0 + axis_map.widths[i]], [y, y], color="#333333", linewidth=1.2, zorder=2)
        for x, text in _ticks(axis_map, i):
            ax.plot([x, x], [y, y - 0.06], color="#333333", linewidth=0.8)
            ax.text(x, y - 0.1, text, ha="center", va="top", fontsize=8)
    for k, x in enumerate(axis_map.breaks):
        d = 0.05
        mark = ax.plot(
            [x - 0.08, x - 0.08 + 2 * d, math.nan, x + 0.02, x + 0.02 + 2 * d],
            [y - 0.08, y + 0.08, math.nan, y - 0.08, y + 0.08],
            color="#333333",
            linewidth=1.2,
        )[0]
        mark.set_gid(f"axis-break-{k}")
        ax.plot([x - 0.17, x + 0.17], [y, y], color="#333333", linewidth=0.8, linestyle=":")
