"""The dossier on one dispute (issue 14, point 3): ``kg report`` on the first article, as
Markdown and as a self-contained, printable HTML page that headless Chromium reads."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner
from conftest import CHROMIUM_ARGS, require_executable
from first_article import ARTICLE, TEXT

from kg import report
from kg.cli import main
from kg.stores.embedded import Store


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    store = root / "store"
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--store", str(store), str(ARTICLE)]).exit_code == 0
    out = {}
    for suffix in ("md", "html"):
        target = root / f"kurils.{suffix}"
        done = runner.invoke(
            main, ["report", "Kuril Islands", "--store", str(store), "-o", str(target)]
        )
        assert done.exit_code == 0, done.output
        out[suffix] = target
    out["store"] = store
    return out


@pytest.fixture(scope="module")
def dossier(written):
    return report.dossier(Store(written["store"], read_only=True), "Kurils", timeline_svg=False)


def _item(dossier, text: str):
    """The one item whose words contain ``text``."""
    found = [i for s in dossier.sections for i in s.items if text in i.text]
    assert len(found) == 1, (text, [i.text for s in dossier.sections for i in s.items])
    return found[0]


def _sentence(dossier, item) -> str:
    return " ".join(n.sentence for n in dossier.notes if n.number in item.notes)


def test_the_parties_and_what_each_claims_holds_or_asserts(dossier):
    assert dossier.label == "Kuril Islands" and dossier.parties == ["Japan", "Russia"]
    claim = _item(dossier, "Japan claims the Southern Kuril Islands")
    assert "Japan laid claims to the four southern islands" in _sentence(dossier, claim)
    sovereignty = _item(dossier, "Russia asserts sovereignty over the Kuril Islands")
    assert "sovereignty over the islands cannot be called into question" in _sentence(
        dossier, sovereignty
    )
    assert "handed over to the Soviet Union" in _sentence(
        dossier, _item(dossier, "were handed over to the Soviet Union")
    )


def test_the_1956_declaration_its_promise_condition_and_withdrawal(dossier):
    declaration = [
        s for s in dossier.sections if s.heading.startswith("Soviet-Japanese Joint Declaration")
    ]
    assert len(declaration) == 1 and "1956-10-19" in declaration[0].heading
    words = [i.text for i in declaration[0].items]
    assert any(w.startswith("Signed by Japan and the Soviet Union") for w in words)
    promise = _item(
        dossier, "Promises the handover of Habomai and Shikotan from the Soviet Union to Japan"
    )
    assert "on condition that a peace treaty was signed" in promise.text
    assert "ready to hand Shikotan Island" in _sentence(dossier, promise)
    withdrawn = _item(dossier, "Withdrawn by the Soviet Union (1960)")
    assert "Treaty of Mutual Cooperation and Security" in withdrawn.text
    assert "withdrew its obligation" in _sentence(dossier, withdrawn)


def test_the_1960_memorandum_and_its_condition(dossier):
    memo = [s for s in dossier.sections if "memorandum" in s.heading]
    assert len(memo) == 1 and "1960-01-27" in memo[0].heading
    promise = _item(dossier, "all foreign troops were pulled out of the country")
    assert promise.text.startswith("Promises the handover of Habomai and Shikotan to Japan")
    assert "foreign troop withdrawal" in promise.text
    assert "memorandum dated January 27, 1960" in _sentence(dossier, promise)


def test_officials_meetings_and_statements(dossier):
    assert _item(dossier, "Taro Kono: foreign minister of Japan")
    assert _item(dossier, "Igor Morgulov conducts the peace treaty negotiations")
    singapore = _item(dossier, "met in Singapore")
    assert singapore.text.startswith("2018-11-14: Shinzo Abe and Vladimir Putin")
    assert _item(dossier, "Russia’s sovereignty over the islands cannot be called into question")
    assert [d for d, _ in dossier.timeline] == sorted(d for d, _ in dossier.timeline)


def test_every_footnote_is_a_sentence_of_the_source(dossier):
    assert dossier.notes and [n.number for n in dossier.notes] == list(
        range(1, len(dossier.notes) + 1)
    )
    for note in dossier.notes:
        assert TEXT[note.start : note.end] == note.sentence
    cited = {n for s in dossier.sections for i in s.items for n in i.notes}
    assert cited == {n.number for n in dossier.notes}
    assert all(i.notes for s in dossier.sections for i in s.items)  # no statement without a source


def test_markdown_footnotes_resolve(written, dossier):
    text = written["md"].read_text(encoding="utf-8")
    assert text.startswith("# Dossier: Kuril Islands")
    used = set(re.findall(r"\[\^(\d+)\](?!:)", text))
    defined = set(re.findall(r"^\[\^(\d+)\]:", text, re.M))
    assert used == defined == {str(n.number) for n in dossier.notes}
    for section in ("## Parties and their positions", "## Documents", "## Timeline", "## Sources"):
        assert section in text
    assert "on condition that all foreign troops were pulled out of the country" in text


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id":
                self.ids.add(value)
            if name in ("src", "href", "xlink:href", "data", "srcset", "poster"):
                self.links.append((name, value or ""))


def test_html_is_self_contained_printable_and_footnoted(written, dossier):
    page = written["html"].read_text(encoding="utf-8")
    parsed = _Page()
    parsed.feed(page)
    assert parsed.links and all(v.startswith("#") for _, v in parsed.links), "fetches something"
    assert not re.search(r"url\((?!#)|@import", page)  # url(#clip) is inside the page
    assert "@media print" in page and "svg" in parsed.tags  # the timeline drawn inline
    targets = {v[1:] for _, v in parsed.links if v.startswith("#note-")}
    assert targets == {f"note-{n.number}" for n in dossier.notes} and targets <= parsed.ids


def test_headless_chromium_reads_the_dossier(written):
    chromium = require_executable("chromium", "chromium")
    dom = subprocess.run(
        [chromium, *CHROMIUM_ARGS, "--dump-dom", written["html"].as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    for text in (
        "Dossier: Kuril Islands",
        "Japan claims the Southern Kuril Islands",
        "Soviet-Japanese Joint Declaration",
        "all foreign troops were pulled out",
        "Taro Kono",
        "<svg",
    ):
        assert text in dom, text


def test_the_same_store_writes_the_same_file(written, tmp_path):
    again = tmp_path / "again.html"
    done = CliRunner().invoke(
        main, ["report", "Kuril Islands", "--store", str(written["store"]), "-o", str(again)]
    )
    assert done.exit_code == 0 and again.read_bytes() == written["html"].read_bytes()


def test_bad_output_and_unknown_territory_are_one_line_errors(written, tmp_path):
    runner = CliRunner()
    bad = runner.invoke(
        main,
        [
            "report",
            "Kuril Islands",
            "--store",
            str(written["store"]),
            "-o",
            str(tmp_path / "x.pdf"),
        ],
    )
    assert bad.exit_code == 2 and "x.pdf: the report is written as .html or .md" in bad.output
    unknown = runner.invoke(
        main, ["report", "Atlantis", "--store", str(written["store"]), "-o", str(tmp_path / "x.md")]
    )
    assert unknown.exit_code != 0 and "Atlantis" in unknown.output
    assert "Traceback" not in bad.output + unknown.output and not (tmp_path / "x.md").exists()


def test_the_report_and_changes_queries_have_headers_matching_their_projection(written):
    from kg import builds, queries

    store = Store(written["store"], read_only=True)
    for folder in (report.QUERIES, builds.QUERIES):
        named = queries.load_all(folder)
        assert named, folder
        for q in named:
            assert q.title and q.question.endswith("?") and "ORDER BY" in q.text, q.name
            bound = (
                {"territory": "Kuril Islands"} if any(p.required for p in q.params or ()) else {}
            )
            assert tuple(queries.answer(store, q, bound).variables) == q.returns, q.name
