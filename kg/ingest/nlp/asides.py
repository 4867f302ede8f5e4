"""Whether a mention stands in a relative clause set off by commas that closes before a later
point of the sentence: "Defence Minister X, who reviewed the situation with Army chief Y on
Monday, is expected to meet his Chinese counterpart Z". The aside tells of Y; "his counterpart"
after it is the counterpart of the clause's own subject, X, not of the person named last."""

from __future__ import annotations

import re

#: A relative clause set off by a comma: ", who", ", whom", ", whose", ", which".
_OPENS = re.compile(r",\s+(?:who|whom|whose|which)\b")


def in_closed_aside(text: str, start: int, end: int, later: int) -> bool:
    """Whether ``text[start:end]`` lies in a comma-set relative clause that opens before it and
    closes with a comma before ``later``."""
    opened = [m.end() for m in _OPENS.finditer(text, 0, start)]
    if not opened:
        return False
    between = text[opened[-1] : start]
    if "," in between or "." in between:
        return False  # the aside closed before the mention
    return "," in text[end:later]
