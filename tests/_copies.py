"""The bundled TASS article under new headlines: many distinct sources for the tests that build in
another process and kill or race it."""

from __future__ import annotations

import sys
from pathlib import Path

from first_article import ARTICLE, TITLE

#: ``kg`` in a process of its own, with this interpreter.
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]


def copies(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = ARTICLE.read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"copy-{i:03d}.txt").write_text(text.replace(TITLE, f"Copy {i}: {TITLE}"))
    return folder
