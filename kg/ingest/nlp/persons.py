"""People: capitalised names with the titles news puts around them.

"Japanese top diplomat Taro Kono", "his Russian counterpart Sergey Lavrov", "Mikhail Bely, Russia's
ambassador to Japan", "Foreign Minister Seiji Maehara", "Turkish president Erdoğan". A single
capitalised word is a person only after a title or when it is the surname of a name already seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.lexicon import Lexicon
from kg.ingest.nlp.mentions import Masked, Mention
from kg.iris import entity_key
from kg.model import Entity

_NAME_TOKEN = r"(?:[A-Z]|[À-ÖØ-Þ]|Ş|Ğ|İ|Ç)[^\W\d_]*(?:[-'’][A-Z]?[^\W\d_]+)*"
_NAME_WORD = re.compile(_NAME_TOKEN + r"|de|da|di|del|van|von|bin|al|el|la|le")
_WORD = re.compile(r"\S+")
_NAME_RUN = re.compile(
    rf"{_NAME_TOKEN}(?:\s+(?:(?:de|da|di|del|van|von|bin|al|el|la|le)\s+)?{_NAME_TOKEN}){{0,9}}"
)


@dataclass
class PersonInfo:
    entity: Entity
    office: str | None = None
    of: Entity | None = None
    sentence: int = -1  # index of the sentence that first gave the office


@dataclass
class People:
    """The article's people so far, by key, with surnames for later short references."""

    by_key: dict[str, PersonInfo] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    #: first names, where one person of the article has it ("Anwar told", after "Anwar Ibrahim";
    #: "" where two do): some names are shortened to the first, not the last
    given: dict[str, str] = field(default_factory=dict)
    known: dict[str, Entity] = field(
        default_factory=dict
    )  # the gazetteer's spellings of public figures

    def add(self, name: str) -> PersonInfo:
        canonical = self.known.get(" ".join(name.lower().split()))
        if canonical is not None:  # "Sergei Lavrov" is the gazetteer's "Sergey Lavrov"
            if canonical.key not in self.by_key:
                parts = name.split()
                spellings = dict.fromkeys((*canonical.aliases, name, parts[-1]))
                aliases = tuple(a for a in spellings if a != canonical.label)
                self.by_key[canonical.key] = PersonInfo(
                    Entity("Person", canonical.key, canonical.label, aliases)
                )
            self.surnames.setdefault(name.split()[-1], canonical.key)
            self._first_name(name, canonical.key)
            return self.by_key[canonical.key]
        key = entity_key("Person", name)
        if key not in self.by_key:
            parts = name.split()
            aliases = (parts[-1],) if len(parts) > 1 else ()
            self.by_key[key] = PersonInfo(Entity("Person", key, name, aliases))
            if len(parts) > 1:
                self.surnames.setdefault(parts[-1], key)
            self._first_name(name, key)
        return self.by_key[key]

    def _first_name(self, name: str, key: str) -> None:
        parts = name.split()
        if len(parts) > 1:
            self.given[parts[0]] = key if self.given.get(parts[0], key) == key else ""

    def short(self, word: str) -> str | None:
        """Whom a lone name means: a surname seen, else a first name one person has."""
        return self.surnames.get(word) or self.given.get(word) or None


_SURNAMES: dict[int, dict[str, str]] = {}


def _public_surnames(known: dict[str, Entity]) -> dict[str, str]:
    """The gazetteer's public figures by surname alone ("Lavrov"), where one figure has it."""
    if id(known) not in _SURNAMES:
        seen: dict[str, set[str]] = {}
        spelling: dict[str, str] = {}
        for name, person in known.items():
            surname = name.split()[-1]
            if len(name.split()) > 1 and len(surname) > 3:
                seen.setdefault(surname, set()).add(person.key)
                spelling.setdefault(surname, name)
        _SURNAMES[id(known)] = {s: spelling[s] for s, keys in seen.items() if len(keys) == 1}
    return _SURNAMES[id(known)]


def _split_runs(run: str, start: int, lex: Lexicon) -> list[tuple[int, str]]:
    """Cut a capitalised run at words that cannot be part of a name ('President Vladimir Putin')."""
    parts: list[tuple[int, str]] = []
    cur: list[str] = []
    cur_start = start
    for word in _WORD.finditer(run):
        w = word.group()
        if w in lex.non_name_words or w.isupper() or not _NAME_WORD.fullmatch(w):
            if cur:
                parts.append((cur_start, " ".join(cur)))
            cur = []
            continue
        if not cur:
            cur_start = start + word.start()
        cur.append(w)
    if cur:
        parts.append((cur_start, " ".join(cur)))
    return parts


def find_people(gz: Gazetteer, lex: Lexicon, masked: Masked, people: People) -> list[Mention]:
    """Person mentions in a masked sentence, with the office their title gives."""
    out: list[Mention] = []
    text = masked.text
    plural: dict | None = (
        None  # "foreign ministers, Sergey Lavrov and Taro Kono": the title covers both
    )
    for run in _NAME_RUN.finditer(text):
        for pos, name in _split_runs(run.group(), run.start(), lex):
            end = pos + len(name)
            if "«" in name:
                continue
            words = name.split()
            title = _title_before(text[:pos], lex)
            if title is None and plural is not None and re.search(r"(?:,|\band)\s*$", text[:pos]):
                plural["index"] = plural.get("index", 0) + 1
                title = dict(plural, start=None)
            if title and (
                title.get("plural") or title.get("office", "").lower().endswith(("ies", "parts"))
            ):
                plural = title
            sentence_initial = not text[:pos].strip() or text[:pos].rstrip().endswith(('"', "“"))
            if len(words) == 1:
                key = people.short(name)
                public = (
                    _public_surnames(people.known).get(name.lower())
                    if key is None and not title
                    else None
                )
                if key is None and not title and public is None:
                    continue  # a lone capitalised word is a name only if the article or gazetteer says so
                info = (
                    people.by_key[key]
                    if key
                    else people.add(people.known[public].label if public else name)
                )
            else:
                if sentence_initial and words[0] in lex.non_name_words:
                    continue
                info = people.add(name)
            office, of, how = None, None, "name"
            if title:
                office, of = _office(gz, masked, title)
            apposition = _apposition_after(text[end:], lex)
            if apposition and not office:
                office, of = _office(gz, masked, apposition)
            s, e = masked.offset(pos), masked.offset(end)
            if title and title.get("start") is not None:
                s = masked.offset(title["start"])
                how = "titled"
            out.append(Mention(s, e, "", "P", info.entity, how=how, office=office, office_of=of))
    return out


def _title_before(prefix: str, lex: Lexicon) -> dict | None:
    if not _may_end_in_title(prefix, lex):
        return None
    m = _title_pattern(lex.office_pattern).search(prefix)
    if not m:
        return None
    found = {k: v for k, v in m.groupdict().items() if v}
    found["start"] = m.start() if not m.group("poss") else m.start("poss")
    return found


def _may_end_in_title(prefix: str, lex: Lexicon) -> bool:
    """Whether ``prefix`` ends (bar a comma) in a title's last word, as it must for the title
    pattern to match. That pattern, anchored at the end but tried from every position, was the
    costliest search of extraction; most names follow no title and are let go here."""
    tail = prefix.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    if tail.endswith("»"):  # "ambassador to «S1»": left to the full pattern
        return True
    words = tail.split()
    return not words or _title_end(lex.office_ends).search(words[-1]) is not None


@lru_cache(maxsize=4)
def _title_end(office_ends: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:{office_ends}|counterparts?|deputies|deputy|Mr\.?|Mrs\.?|Ms\.?)s?$", re.I
    )


@lru_cache(maxsize=4)
def _title_pattern(office_pattern: str) -> re.Pattern[str]:
    """Built once per lexicon, not once per name (the office alternation is long)."""
    return re.compile(
        r"(?:(?P<poss>\b(?:his|her|their)\s+))?(?:(?P<state>«[ST]\d+»)(?:['’]s)?\s+)?"
        r"(?:(?P<dems>«S\d+»(?:\s*,\s*«S\d+»)*\s*,?\s*and\s+«S\d+»)\s+)?"
        r"(?:(?P<dem>«S\d+»)\s+(?:(?:foreign|defen[cs]e|interior|finance|trade|justice|state|"
        r"ministry|ministerial|government|cabinet|army|navy|coast\s+guard)\s+){0,2})?(?:(?P<org>«O\d+»)\s+)?"
        rf"(?P<office>(?:{office_pattern})|counterparts?|deputies|deputy|Mr\.?|Mrs\.?|Ms\.?)(?P<plural>s)?"
        r"(?P<to>\s+(?:to|of|for)\s+«S\d+»)?\s*,?\s*$",
        re.IGNORECASE,
    )


def _apposition_after(suffix: str, lex: Lexicon) -> dict | None:
    m = _apposition_pattern(lex.office_pattern).search(suffix)
    return {k: v for k, v in m.groupdict().items() if v} if m else None


@lru_cache(maxsize=4)
def _apposition_pattern(office_pattern: str) -> re.Pattern[str]:
    return re.compile(
        r"^\s*,\s*(?:(?:the|a|an|his|her|their)\s+)?(?:(?P<state>«[ST]\d+»)(?:['’]s)?\s+)?"
        r"(?:(?P<org>«O\d+»)['’]s\s+)?(?:(?P<dem>«S\d+»)\s+)?"
        rf"(?P<office>{office_pattern}|counterpart)(?P<to>\s+(?:to|of|for|at)\s+(?:the\s+)?«[SO]\d+»)?",
        re.IGNORECASE,
    )


def _office(gz: Gazetteer, masked: Masked, title: dict) -> tuple[str | None, Entity | None]:
    word = re.sub(r"\s+", " ", title.get("office", "")).lower().rstrip(".")
    if word in ("mr", "mrs", "ms"):
        return None, None
    office = gz.office(word) or (
        "deputy"
        if word.startswith("deput")
        else "counterpart"
        if word.startswith("counterpart")
        else word
    )
    of = None
    for role in (
        "state",
        "dem",
        "org",
    ):  # "European Commission vice-president X": of the Commission
        if title.get(role):
            of = masked.mention(title[role]).entity
    if title.get("dems"):  # "his Greek, Cypriot and French counterparts, A, B and C, respectively"
        listed = masked.all_in(title["dems"])
        index = title.get("index", 0)
        of = listed[index].entity if index < len(listed) else None
    if title.get("to"):
        target = masked.all_in(title["to"])
        if target and target[0].entity is not None:
            if office == "ambassador":
                office = f"ambassador to {target[0].entity.label}"
            elif of is None:
                of = target[0].entity
    return office, of
