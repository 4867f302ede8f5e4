"""The matches of a pattern made of optional lead-in words before a noun it requires (the document
pattern: "the 1956 Soviet-Japanese joint declaration"), found without trying it at every position.

``finditer`` tries such a pattern at each character of the sentence, and each try runs through the
alternations of its lead-in (determiners, epithets, owners, years, subjects) before the noun fails:
the document pattern was ~3 % of extraction's CPU (py-spy), on sentences that name a document noun
somewhere. A match's lead-in holds only words, spaces, placeholders («S1»), apostrophes and dashes
(``_OUTSIDE_LEAD_IN`` matches none of them), so no match starts before the last other character
ahead of the first place where the noun matches; the pattern is tried from there. The matches are
those of ``finditer``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

#: A character no lead-in word, space, placeholder or apostrophe holds.
_OUTSIDE_LEAD_IN = re.compile(r"[^\w\s«»'’\-–]")


def matches(pattern: re.Pattern[str], noun: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, where every match of ``pattern`` holds a match of ``noun``
    (searched with the same flags) after a lead-in of characters ``_OUTSIDE_LEAD_IN`` does not
    match."""
    stops = [m.end() for m in _OUTSIDE_LEAD_IN.finditer(text)]
    pos = 0
    while (first := noun.search(text, pos)) is not None:
        at = bisect_right(stops, first.start())  # the stops at or before the noun
        start = max(pos, stops[at - 1]) if at else pos
        found = pattern.search(text, start)
        if found is None:
            return
        yield found
        pos = found.end()
