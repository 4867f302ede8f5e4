"""Driving the query page of ``kg serve`` in headless Chromium: its editor is CodeMirror, so the
query text is set and read through the editor (``window.kgEditor``), not the hidden textarea."""

from __future__ import annotations


def open_page(browser, url: str, *, width: int = 1400, height: int = 900):
    """A new tab on the page, once its editor is up (scripts are modules: they run after parsing)."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    page.wait_for_function("window.kgEditor !== undefined")
    return page


def set_query(page, text: str) -> None:
    page.evaluate("text => window.kgEditor.setValue(text)", text)


def query_text(page) -> str:
    return page.evaluate("() => window.kgEditor.getValue()")


def run(page) -> str:
    """Click Run and wait for the answer; returns the status line."""
    page.click("#run")
    page.wait_for_function(
        "() => !['running…', ''].includes(document.getElementById('status').textContent)",
        timeout=15_000,
    )
    return page.inner_text("#status")


def cells(page, column: int, where: str = "#results") -> list[str]:
    """The values of one column (0-based) of the table shown in ``where``: each cell's text
    without its datatype or language note."""
    return page.eval_on_selector_all(
        f"{where} table tbody tr td:nth-child({column + 1})",
        "tds => tds.map(td => td.firstChild ? td.firstChild.textContent : '')",
    )
