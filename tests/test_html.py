"""HTML news pages: main text without page furniture, metadata from the markup, then the article
ingester; evidence offsets index the extracted text."""

from __future__ import annotations

from pathlib import Path

import pytest
from first_article import ARTICLE, TITLE

from kg.errors import SourceError
from kg.ingest import article, html
from kg.ingest import sources as ingest_sources
from kg.model import Entity, Extraction

PAGE = Path(__file__).parent / "data" / "html" / "kono-lavrov.html"
FURNITURE = (
    "Most read",
    "Subscribe",
    "All rights reserved",
    "Privacy policy",
    "Facebook",
    "Business & Economy",
    "Breadcrumbs",
    "Home /",
    "window.dataLayer",
    "All news",
)


@pytest.fixture(scope="module")
def page() -> html.Page:
    return html.read_page(PAGE.read_bytes(), name=str(PAGE))


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return html.read_html(PAGE)


def test_metadata_from_the_markup(page):
    assert page.title == TITLE  # og:title, not the <title> with the site's suffix
    assert page.url == "https://example.org/politics/1057567"  # the canonical link
    assert page.published == "2019-05-10"  # article:published_time, as a date
    assert page.publisher == "TASS"  # og:site_name


def test_main_text_without_navigation_or_boilerplate(page):
    for word in FURNITURE:
        assert word not in page.text, word
    paras = page.text.split("\n\n")
    assert paras[0].startswith("Taro Kono confirmed")  # the standfirst; the <h1> is the title
    assert TITLE not in page.text
    assert "Peace treaty issue" in paras  # a sub-heading stays a paragraph of its own
    assert paras[-1].rstrip().endswith("pulled out of the country.")
    assert "\n\n\n" not in page.text


def test_the_source_keeps_the_extracted_text_and_evidence_indexes_it(extraction, page):
    src = extraction.source
    assert src.text == page.text
    assert (src.title, src.url, src.published, src.publisher) == (
        TITLE,
        "https://example.org/politics/1057567",
        "2019-05-10",
        "TASS",
    )
    assert src.dateline.startswith("MOSCOW, May 10")
    assert src.path == PAGE.name
    assert extraction.facts
    for f in extraction.facts:
        assert src.text[f.evidence.start : f.evidence.end] == f.evidence.text


def _signature(ex: Extraction) -> set:
    def token(v):
        if isinstance(v, Entity):
            return v.key
        if isinstance(v, tuple):
            return tuple(sorted(x.key for x in v))
        return v

    return {
        (f.rel, f.negated, tuple(sorted((k, token(v)) for k, v in f.args.items())))
        for f in ex.facts
    }


def test_same_facts_as_the_plain_text_article(extraction):
    text = article.read_article(ARTICLE)
    assert _signature(extraction) == _signature(text)
    assert extraction.source.key == text.source.key  # the same article is the same source


def test_page_without_metadata_falls_back_to_headline_and_dateline():
    raw = (
        b"<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article>"
        b"<h2>Japan protests Medvedev trip to disputed island</h2>"
        b"<p>TOKYO, Nov. 1, 2010 - Japan protested on Monday after Russian President Dmitry Medvedev "
        b"visited Kunashir, one of the Kuril Islands, the first such visit by a Russian leader.</p>"
        b"<p>Japan claims the island, which Russia has controlled since 1945.</p>"
        b"</article><footer>Copyright 2010</footer></body></html>"
    )
    page = html.read_page(raw, name="trip.html")
    assert page.url is None and page.published is None and page.publisher is None
    parsed = article.parse(
        page.text,
        name="trip.html",
        title=page.title,
        url=page.url,
        published=page.published,
        publisher=page.publisher,
    )
    assert parsed.source.published == "2010-11-01"  # from the dateline
    assert "Copyright" not in parsed.source.text and "Home" not in parsed.source.text
    ex = article.extract(parsed)
    assert any(
        f.rel == "holdsRole" and f.args["person"].key == "person/dmitry-medvedev" for f in ex.facts
    )


def test_a_page_with_no_article_text_is_a_one_line_error(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><title>Menu</title></head><body><nav><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/p'>Politics</a></li></ul></nav><footer>© 2024</footer></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(SourceError) as err:
        html.read_html(path)
    assert str(err.value) == f"{path}: no article text found in the HTML"


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty file"), (b"  \n", "empty file"), (b"\x00\x01\x02<html>", "binary file")],
)
def test_empty_and_binary_files(tmp_path, data, message):
    path = tmp_path / "page.html"
    path.write_bytes(data)
    with pytest.raises(SourceError, match=message):
        html.read_html(path)


def test_legacy_encoding_declared_in_the_page(tmp_path):
    body = (
        "<html><head><meta charset='windows-1252'><title>x</title></head><body><article>"
        "<p>MOSCOW, May 10. /TASS/. Russian Foreign Minister Sergey Lavrov met Japanese Foreign "
        "Minister Taro Kono in Moscow on Friday, the ministry said in a statement on its caf\xe9 "
        "menu page.</p></article></body></html>"
    )
    path = tmp_path / "legacy.htm"
    path.write_bytes(body.encode("cp1252"))
    ex = html.read_html(path)
    assert "café" in ex.source.text
    assert any(f.rel == "meeting" for f in ex.facts)


def test_build_reads_html_and_htm(tmp_path):
    (tmp_path / "a.html").write_bytes(PAGE.read_bytes())
    (tmp_path / "b.htm").write_bytes(PAGE.read_bytes().replace(TITLE.encode(), b"Another headline"))
    sources = list(ingest_sources.find_sources([tmp_path]))
    assert [p.name for p in sources] == ["a.html", "b.htm"]
    keys = [ingest_sources.extract_source(p)[0].source.key for p in sources]
    assert len(set(keys)) == 2


_BODY = (
    "<article><p>MOSCOW, May 10. Russian Foreign Minister Sergey Lavrov met Japanese Foreign "
    "Minister Taro Kono in Moscow on Friday to discuss the islands.</p></article>"
)


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
            '"NewsArticle", "headline": "Lavrov meets Kono", "datePublished": "2019-05-09T22:00:00Z",'
            ' "publisher": {"@type": "Organization", "name": "Example Wire"}}</script>',
            {"published": "2019-05-09", "publisher": "Example Wire"},
        ),
        ('<meta name="date" content="2019-05-09">', {"published": "2019-05-09"}),
        ('<meta name="DC.date.issued" content="2019-05-09">', {"published": "2019-05-09"}),
        (
            '<meta property="og:url" content="https://example.org/a/1">'
            '<meta property="og:site_name" content="Example Wire">',
            {"url": "https://example.org/a/1", "publisher": "Example Wire", "published": None},
        ),
    ],
    ids=["json-ld", "meta-date", "dublin-core", "og-url"],
)
def test_metadata_variants(head, want):
    page = html.read_page(
        f"<html><head><title>Lavrov meets Kono</title>{head}</head><body>{_BODY}</body></html>"
    )
    assert page.title == "Lavrov meets Kono"
    for field, value in want.items():
        assert getattr(page, field) == value, field


def test_the_date_is_never_guessed_from_the_body():
    page = html.read_page(f"<html><head><title>x</title></head><body>{_BODY}</body></html>")
    assert page.published is None  # "May 10" in the text is the ingester's business (dateline)
