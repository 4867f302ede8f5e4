"""A dossier as one self-contained HTML page (inline CSS and SVG, a print stylesheet, nothing
fetched) or as Markdown with footnotes (``[^n]``, as GitHub and pandoc read them)."""

from __future__ import annotations

from html import escape

from kg.report import Dossier, Item, Section

_CSS = """
body { font: 15px/1.5 Georgia, 'Times New Roman', serif; max-width: 56rem; margin: 2rem auto;
       padding: 0 1rem; color: #222; }
h1 { font-size: 1.7rem; margin-bottom: 0.2rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-bottom: 0.3rem; }
.meta { color: #555; } sup a { text-decoration: none; }
ol.notes { font-size: 0.85rem; color: #333; } ol.notes q { font-style: italic; }
.timeline svg { width: 100%; height: auto; }
table { border-collapse: collapse; } td { padding: 2px 10px 2px 0; vertical-align: top; }
td:first-child { white-space: nowrap; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  h2 { page-break-after: avoid; } li, tr, .timeline { page-break-inside: avoid; }
  nav { display: none; }
}
"""


def _refs_html(item: Item) -> str:
    return "".join(f'<sup><a href="#note-{n}">[{n}]</a></sup>' for n in item.notes)


def _section_html(s: Section) -> str:
    heading = f"<h3>{escape(s.heading)}</h3>\n" if s.heading else ""
    items = "".join(f"<li>{escape(i.text)}{_refs_html(i)}</li>\n" for i in s.items)
    return f"{heading}<ul>\n{items}</ul>\n"


def _grouped(d: Dossier) -> list[tuple[str, list[Section]]]:
    groups: list[tuple[str, list[Section]]] = []
    for s in d.sections:
        if groups and groups[-1][0] == s.title:
            groups[-1][1].append(s)
        else:
            groups.append((s.title, [s]))
    return groups


def html(d: Dossier) -> str:
    """The dossier as a standalone HTML page."""
    body = []
    for title, sections in _grouped(d):
        body.append(f"<h2>{escape(title)}</h2>\n" + "".join(_section_html(s) for s in sections))
    events = "".join(
        f"<tr><td>{escape(date)}</td><td>{escape(text)}</td></tr>\n" for date, text in d.timeline
    )
    body.append(
        f'<h2>Timeline</h2>\n<div class="timeline">{d.timeline_svg}</div>\n'
        f"<table>\n{events}</table>\n"
    )
    sources = "".join(
        f"<li><b>{escape(s.get('title') or s['source'])}</b>"
        f"{escape(', ' + s['publisher']) if s.get('publisher') else ''}"
        f"{escape(', ' + s['published']) if s.get('published') else ''}"
        f" <code>{escape(s['source'])}</code></li>\n"
        for s in d.sources
    )
    body.append(f"<h2>Sources</h2>\n<ol>\n{sources}</ol>\n")
    notes = "".join(
        f'<li id="note-{n.number}">{escape(n.title or n.source)}, characters {n.start}–{n.end}: '
        f"<q>{escape(n.sentence)}</q></li>\n"
        for n in d.notes
    )
    body.append(f'<h2>Notes</h2>\n<ol class="notes">\n{notes}</ol>\n')
    parties = escape(", ".join(d.parties)) or "not stated"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dossier: {escape(d.label)}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>Dossier: {escape(d.label)}</h1>
<p class="meta">Parties: {parties}. Written by dispute-kg from {len(d.sources)} source(s); every
statement is footnoted to the sentence it was read from.</p>
{"".join(body)}</body>
</html>
"""


def _refs_md(item: Item) -> str:
    return "".join(f"[^{n}]" for n in item.notes)


def markdown(d: Dossier) -> str:
    """The dossier as Markdown; the timeline as a table of dates (Markdown has no inline SVG)."""
    out = [
        f"# Dossier: {d.label}",
        "",
        f"Parties: {', '.join(d.parties) or 'not stated'}. Written by dispute-kg from "
        f"{len(d.sources)} source(s); every statement is footnoted to the sentence it was read from.",
        "",
    ]
    for title, sections in _grouped(d):
        out += [f"## {title}", ""]
        for s in sections:
            if s.heading:
                out += [f"### {s.heading}", ""]
            out += [f"- {_md(i.text)}{_refs_md(i)}" for i in s.items] + [""]
    out += ["## Timeline", "", "| date | event |", "| --- | --- |"]
    out += [f"| {date} | {_md(text).replace('|', '/')} |" for date, text in d.timeline] + [""]
    out += ["## Sources", ""]
    for i, src in enumerate(d.sources, 1):
        extra = "".join(f", {src[k]}" for k in ("publisher", "published") if src.get(k))
        out.append(
            f"{i}. **{_md(src.get('title') or src['source'])}**{_md(extra)} `{src['source']}`"
        )
    out.append("")
    for n in d.notes:
        out.append(
            f"[^{n.number}]: {_md(n.title or n.source)}, characters {n.start}–{n.end}: "
            f"“{_md(n.sentence)}”"
        )
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """Text safe in a Markdown line: one line, and no accidental emphasis, link or footnote."""
    text = " ".join(text.split())
    for char in "\\*_[]<>`":
        text = text.replace(char, "\\" + char)
    return text
