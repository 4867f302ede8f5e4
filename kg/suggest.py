"""Did-you-mean: the nearest names to a mistyped one, by rapidfuzz's weighted ratio.

Why rapidfuzz: its WRatio scores a prefix ("Senkaku" for "Senkaku Islands") and a small typo
("claim" for "claims") alike, in C, so suggesting among every label of a large store stays fast.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process, utils

#: Scores (0-100) below this are not worth suggesting.
CUTOFF = 70


def nearest(word: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    """Up to ``limit`` choices closest to ``word``, best first (case and punctuation ignored)."""
    found = process.extract(
        word,
        set(choices),
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=limit,
        score_cutoff=CUTOFF,
    )
    return [choice for choice, _score, _key in sorted(found, key=lambda f: (-f[1], f[0]))]


def did_you_mean(word: str, choices: Iterable[str], limit: int = 3) -> str | None:
    """'did you mean: a, b?' for the nearest choices, or None when nothing is close."""
    found = nearest(word, choices, limit)
    return f"did you mean: {', '.join(repr(f) for f in found)}?" if found else None
