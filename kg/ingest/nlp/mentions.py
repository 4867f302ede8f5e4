"""Mentions: spans of a sentence that refer to an entity, found with the gazetteer (longest match).

A sentence is then *masked*: each mention becomes a placeholder such as ``«S3»`` (state 3 of the
sentence), so relation rules read "«S0» laid claims to «T1»" whatever the names are. Tags:
S state (also a capital or demonym standing for its state), P person, T territory, D document,
C city or place, O organisation, X process (negotiations).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from kg.gazetteer import Gazetteer, Surface, norm
from kg.model import Entity

TAG = {
    "State": "S",
    "Person": "P",
    "Territory": "T",
    "Island": "T",
    "IslandGroup": "T",
    "Document": "D",
    "City": "C",
    "Place": "C",
    "Organization": "O",
    "Process": "X",
}
_TOKEN = re.compile(
    r"[^\W_]+(?:\.[^\W_]+)*\.?|[^\s\w]", re.UNICODE
)  # hyphens split: "Russian-held"
_MAX_NGRAM = 9
PLACEHOLDER = re.compile(r"«([A-Z])(\d+)»")
_ARTICLE = re.compile(r"\b[Tt]he\s+$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_PLACE_NOUN = re.compile(
    r"\s+(?:meeting|talks|summit|visit|conference|office|airport|embassy|trip|forum)s?\b"
)
_POSSESSIVE = re.compile(r"['’]s\b")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    tag: str
    entity: Entity | None = None
    members: tuple[Entity, ...] = ()  # plural references: "the two countries"
    how: str = "name"  # name, alias, demonym, capital, pronoun, role, surname ...
    office: str | None = None  # persons: the office the mention's title gives
    #: persons: whose office; lands: whose territory or what whole it is part of (kg.ingest.nlp.lands)
    office_of: Entity | None = None
    office_words: str | None = None  # the office as the title words it ("premier")
    issuer: Entity | None = None  # documents: the state a possessive names ("a Soviet memorandum")

    @property
    def entities(self) -> tuple[Entity, ...]:
        return self.members or ((self.entity,) if self.entity else ())


@dataclass
class Masked:
    """A sentence with its mentions replaced by placeholders, and the way back to offsets.

    The way back is kept as runs (masked index where each begins, original offset there, and step:
    1 through plain text, 0 through a placeholder), not one list entry per character: building
    that list was most of the cost of masking, done three or four times a sentence."""

    text: str
    mentions: list[Mention]
    runs: tuple[list[int], list[int], list[int]] = field(default_factory=lambda: ([0], [0], [1]))

    @property
    def starts(self) -> list[int]:
        """Masked index -> original offset, one entry per character and one past the end."""
        at, orig, step = self.runs
        bounds = [*at[1:], len(self.text) + 1]
        out: list[int] = []
        for a, b, o, st in zip(at, bounds, orig, step, strict=True):
            out.extend(range(o, o + b - a) if st else [o] * (b - a))
        return out

    def offset(self, i: int) -> int:
        """``starts[i]``, indexed as a list is (past the end: the last entry)."""
        size = len(self.text) + 1
        i = min(i, size - 1)
        if i < 0:
            i += size
            if i < 0:
                raise IndexError("masked index out of range")
        at, orig, step = self.runs
        k = bisect_right(at, i) - 1
        return orig[k] + (i - at[k]) * step[k]

    def mention(self, placeholder: str) -> Mention:
        m = PLACEHOLDER.fullmatch(placeholder.strip())
        if not m:
            raise ValueError(placeholder)
        return self.mentions[int(m.group(2))]

    def all_in(self, fragment: str) -> list[Mention]:
        return [self.mentions[int(m.group(2))] for m in PLACEHOLDER.finditer(fragment)]


def _key_start(m: Mention) -> int:
    return m.start


def mask(text: str, start: int, end: int, mentions: list[Mention]) -> Masked:
    """Replace each mention in ``text[start:end]`` by «<tag><index>»."""
    ordered = sorted((m for m in mentions if start <= m.start and m.end <= end), key=_key_start)
    out: list[str] = []
    at: list[int] = []  # runs alternate: text (step 1), placeholder (step 0), ..., text
    orig: list[int] = []
    pos, n = start, 0
    for i, m in enumerate(ordered):
        chunk = text[pos : m.start]
        if chunk[-1:].isspace():  # "the «S1»" reads as "«S1»": rules need not spell out articles
            article = _ARTICLE.search(
                chunk, max(0, len(chunk.rstrip()) - 3)
            )  # it can only start there
            if article:
                chunk = chunk[: article.start()]
        ph = f"«{m.tag}{i}»"
        out += (chunk, ph)
        at += (n, n + len(chunk))
        orig += (pos, m.start)
        n += len(chunk) + len(ph)
        pos = m.end
    out.append(text[pos:end])
    at.append(n)
    orig.append(pos)
    return Masked("".join(out), ordered, (at, orig, [1, 0] * len(ordered) + [1]))


def tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    append = spans.append
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if word[-1] == "." and len(word) > 2 and not _INITIALS.fullmatch(word):
            s, e = m.span()
            append((s, e - 1))  # a word before a full stop
            append((e - 1, e))
        else:
            append(m.span())
    return spans


@lru_cache(maxsize=1 << 14)
def _norm(text: str) -> str:
    """Cached: case checks ask it for the same gazetteer names again and again."""
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("–", "-")).strip().lower()


def _surface_case_ok(gz: Gazetteer, surface_text: str, refs: list[Surface]) -> bool:
    """A capitalised name must be capitalised in the text; a descriptive alias need not be. An
    acronym of two or three letters must stand in capitals: "Un" in "Kim Jong Un" is no UN, "Nam"
    in "Nam Yuen district" no NAM ("Nato", "Asean" are written so; two or three letters never are)."""
    if len(surface_text) in (2, 3) and not surface_text.isupper():
        low = _norm(surface_text)
        names = [n for r in refs for n in (r.entity.label, *r.entity.aliases) if _norm(n) == low]
        if names and all(n.isupper() for n in names):
            return False
    if surface_text[:1].isupper() or surface_text[:1].isdigit():
        return True
    low = _norm(surface_text)
    for r in refs:
        for name in (r.entity.label, *r.entity.aliases):
            if _norm(name) == low and not name[:1].isupper() and _capitals_kept(name, surface_text):
                return True
    return False


def _capitals_kept(name: str, text: str) -> bool:
    """Whether the text keeps the capitals of an alias after its first word: "the Rock" is
    Gibraltar, "a lighthouse on the rock" is no place; "the Kremlin" must be written so too."""
    return all(
        w[:1] == t[:1]
        for w, t in zip(name.split()[1:], text.split()[1:], strict=False)
        if w[:1].isupper()
    )


#: "of" and a name after a description: "the four islands of the Comoros archipelago".
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _described_otherwise(gz: Gazetteer, text: str, s: int, e: int, refs: list[Surface]) -> bool:
    """Whether a descriptive alias (in lower case: "four islands") is told of another land by the
    of-phrase after it ("one of the four islands of the Comoros archipelago"): not that alias,
    unless the phrase names the land it is part of ("the four southern islands of the Kurils")."""
    of = _OF_NAME.match(text, e) if text[s : s + 1].islower() else None
    if of is None:
        return False
    after = text[of.end() - 1 : of.end() + 80].lower()
    for ref in refs:
        for key in gz.part_of(ref.entity.key):
            whole = gz.entities.get(key)
            names = (whole.label, *whole.aliases) if whole is not None else ()
            if any(after.startswith(n.lower()) for n in names):
                return False
    return True


def gazetteer_mentions(gz: Gazetteer, text: str, start: int, end: int) -> list[Mention]:
    """Longest-match lookup of every gazetteer surface in ``text[start:end]``.

    From each token, n-grams grow one token at a time while they still begin some surface (a
    normalised n-gram extends the normalised shorter one), so most tokens cost one set lookup. A
    match gives way to a longer one that begins inside it ("the Gulf" to "Gulf Cooperation
    Council" in "the Gulf Cooperation Council")."""
    toks = tokens(text, start, end)
    prune = "Σ" not in text[start:end]  # the one letter str.lower() reads in context (final sigma)
    out: list[Mention] = []
    i, n = 0, len(toks)
    while i < n:
        hit = _hit_at(gz, text, toks, i, prune)
        if hit is None:
            i += 1
            continue
        j, s, e, refs = hit
        if any(
            (later := _hit_at(gz, text, toks, k, prune)) and later[0] > j for k in range(i + 1, j)
        ):
            i += 1
            continue
        out.append(_choose(gz, text, s, e, refs))
        i = j
    return out


def _hit_at(
    gz: Gazetteer, text: str, toks: list[tuple[int, int]], i: int, prune: bool
) -> tuple[int, int, int, list[Surface]] | None:
    """The longest surface that begins at token ``i`` (end token, offsets, entities), if any."""
    surfaces, prefixes = gz.surfaces, gz.prefixes()
    s, e = toks[i]
    if prune and norm(text[s:e]) not in prefixes:  # most tokens begin no surface
        return None
    found = []  # (n-gram end token, end offset, refs), shortest first
    for j in range(i, min(len(toks), i + _MAX_NGRAM)):
        key = norm(text[s : toks[j][1]])
        if prune and key not in prefixes:
            break
        refs = surfaces.get(key)
        if refs:
            found.append((j + 1, toks[j][1], refs))
    for j, e, refs in reversed(found):
        if _surface_case_ok(gz, text[s:e], refs) and not _described_otherwise(gz, text, s, e, refs):
            return j, s, e, refs
    return None


def _choose(gz: Gazetteer, text: str, s: int, e: int, refs: list[Surface]) -> Mention:
    """Pick among entities sharing a surface; a capital is its state unless it is a place."""
    before = text[max(0, s - 12) : s].lower().split()
    after = text[e : e + 12]
    prev = before[-1] if before else ""
    from kg.ingest.nlp import lexicon  # late import: the lexicon needs the gazetteer loaded

    as_place = prev in lexicon.load().place_prepositions or _PLACE_NOUN.match(after) is not None
    as_place = as_place and not _POSSESSIVE.match(after)
    order = ["State", "Territory", "Island", "IslandGroup", "Organization", "Document", "City"]
    if as_place:
        order = ["City", "Territory", "Island", "IslandGroup", "State", "Organization", "Document"]
    ranked = sorted(
        refs,
        key=lambda r: (
            order.index(r.entity.kind) if r.entity.kind in order else 99,
            r.how != "name",
        ),
    )
    best = ranked[0]
    entity, how = best.entity, best.how
    if entity.kind == "City" and not as_place and entity.key in gz.capitals:
        state = gz.get(gz.capitals[entity.key])
        if state is not None:
            return Mention(s, e, text[s:e], "S", state, how="capital")
    return Mention(s, e, text[s:e], TAG.get(entity.kind, "C"), entity, how=how)


def merge(base: list[Mention], extra: list[Mention]) -> list[Mention]:
    """Add ``extra`` mentions that do not overlap ``base``; longer extras replace shorter bases."""
    result = list(base)
    for m in extra:
        clash = [o for o in result if m.start < o.end and o.start < m.end]
        if not clash:
            result.append(m)
        elif all(
            (m.end - m.start) > (o.end - o.start) and m.start <= o.start and o.end <= m.end
            for o in clash
        ):
            result = [o for o in result if o not in clash] + [m]
    return sorted(result, key=lambda m: m.start)
