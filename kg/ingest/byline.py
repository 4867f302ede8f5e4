"""Bylines: who wrote a report ("By Jane Doe", "By X, Staff Writer") and who authored a press
statement ("Name, Office" under the headline, "Statement from President X"). Kept apart from the
article reader so that what names a person (a reporter, an author) is read in one place."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.segment import Span
from kg.paths import DATA_DIR, read_yaml

#: Lines above a dateline that are the byline or the wire's name: "By Jane Doe", "Reuters".
BYLINE_LINE = re.compile(
    r"^By\s+(?P<who>(?:(?:a|an|our)\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5})"
    r"(?:,\s+[A-Za-z][A-Za-z ]{2,40})?$"
)  # "By Jane Doe", "By a Staff Reporter", "By Yuki Hamada, Staff Writer"


_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+(?P<office>[A-Z][A-Za-z ]{3,60})$"
)
_STATEMENT_TITLE = re.compile(
    r"^(?:Press\s+)?Statement\s+(?:from|by)\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,7}?)"
    r"(?=\s+(?:on|regarding|about|at|in|to|for)\b|\s*$)"
)


def reporters(line: str, lex: lexicon.Lexicon) -> tuple[str, ...]:
    """The people a byline line names ("By Jane Doe", "By A and B", "By X, Staff Writer"), the
    report's authors: none for a desk's name ("By a Staff Reporter", "By Staff Writer")."""
    m = BYLINE_LINE.match(line.split("\n")[0].strip())
    if m is None:
        return ()
    names = re.split(r"\s+and\s+", m.group("who"))
    stop = lex.non_name_words | _desk_words()
    return tuple(n for n in names if len(n.split()) > 1 and not any(w in stop for w in n.split()))


@lru_cache(maxsize=1)
def _desk_words() -> frozenset[str]:
    """Words that name a newsroom's desk in a byline (``byline_desk_words``, data/lexicon.yaml)."""
    return frozenset(
        str(w) for w in read_yaml(DATA_DIR / "lexicon.yaml").get("byline_desk_words", ())
    )


def author(body: list[Span], title: str | None) -> tuple[str, str | None] | None:
    """The author of a press statement: a 'Name, Office' line, or 'Statement from President X'."""
    if body:
        m = _BYLINE.match(body[0].text.strip())
        if m and len(body) > 1:
            return m.group("name"), m.group("office").strip()
    m = _STATEMENT_TITLE.match(title or "")
    if (
        m
    ):  # "Statement by National Security Council Spokesperson Emily Horne on ...": the name is what
        words = m.group("who").split()  # follows the last title word
        titled = [i for i, w in enumerate(words) if w in lexicon.load().non_name_words]
        cut = titled[-1] + 1 if titled else 0
        if cut < len(words):
            return " ".join(words[cut:]), (" ".join(words[:cut]) or None)
    return None
