"""People: capitalised names with the titles news puts around them.

"Japanese top diplomat Taro Kono", "his Russian counterpart Sergey Lavrov", "Mikhail Bely, Russia's
ambassador to Japan", "Foreign Minister Seiji Maehara", "Turkish president Erdoğan". A single
capitalised word is a person only after a title or when it is the surname of a name already seen.
The spelling of a name (its words, initials, regnal number) is kg.ingest.nlp.name_shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import article_names, name_places, name_tails
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.lexicon import Lexicon
from kg.ingest.nlp.mentions import Masked, Mention
from kg.ingest.nlp.name_shapes import (
    ARTICLE,
    INITIAL_LETTERS,
    NAME_RUN,
    REGNAL,
    short_name,
    split_runs,
)
from kg.ingest.nlp.office_phrase import role_words
from kg.ingest.nlp.places import placed_by_preposition, places_in
from kg.ingest.nlp.titled_pairs import own_title
from kg.ingest.nlp.titles import title_of
from kg.iris import entity_key
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class PersonInfo:
    entity: Entity
    office: str | None = None
    of: Entity | None = None
    words: str | None = None  # the office as the article words it ("spokesman", "premier")
    sentence: int = -1  # index of the sentence that first gave the office


@dataclass
class People:
    """The article's people so far, by key, with surnames for later short references."""

    by_key: dict[str, PersonInfo] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    #: first names, where one person of the article has it ("Anwar told", after "Anwar Ibrahim";
    #: "" where two do): some names are shortened to the first, not the last
    given: dict[str, str] = field(default_factory=dict)
    #: middle words of three-word names, where one person of the article has it (double surnames;
    #: a lone word with a title is someone else: "Ali Abdullah Saleh" met "Crown Prince Abdullah")
    middle: dict[str, str] = field(default_factory=dict)
    #: surnames of two words or more ("Di Maio" of "Luigi Di Maio"; "" where two people share one)
    tails: dict[str, str] = field(default_factory=dict)
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
            name_tails.remember(self.tails, name, canonical.key)
            return self.by_key[canonical.key]
        key = entity_key("Person", name)
        if key not in self.by_key:
            short = short_name(name)
            self.by_key[key] = PersonInfo(Entity("Person", key, name, (short,) if short else ()))
            if short is not None:
                self.surnames.setdefault(short, key)
            self._first_name(name, key)
            name_tails.remember(self.tails, name, key)
        return self.by_key[key]

    def forget(self, key: str) -> None:
        """Drop a guess that proved no person ("Sahel Boundary Authority" is a body): no entity,
        and its words no short name of anyone."""
        if self.by_key.pop(key, None) is not None:
            for names in (self.surnames, self.given, self.middle):
                for word in [w for w, k in names.items() if k == key]:
                    del names[word]

    def _first_name(self, name: str, key: str) -> None:
        parts = name.split()
        if len(parts) > 1:
            self.given[parts[0]] = key if self.given.get(parts[0], key) == key else ""
        middle = name_tails.first_surname(name)  # "Hill" of "Alexandra Hill Tinoco"
        if middle is not None:
            self.middle[middle] = key if self.middle.get(middle, key) == key else ""

    def initialled(self, name: str) -> str | None:
        """The one person whose name this is with its initials left out ("Lyonpo Dhungyel" after
        "Lyonpo D.N. Dhungyel", "George Bush" after "George W. Bush"): news drops them when it
        names someone again, and the shorter name is no one new."""
        words = name.split()
        found = {
            key
            for key, info in self.by_key.items()
            if (full := info.entity.label.split()) != words
            and [w for w in full if not re.fullmatch(INITIAL_LETTERS, w)] == words
        }
        return found.pop() if len(found) == 1 else None

    def short(self, word: str) -> str | None:
        """Whom a lone name means: a surname seen ("Burhan" for "al-Burhan" too), else a first
        name one person has."""
        low = word[:1].lower() + word[1:]  # "Al-Baour said": a sentence opens on "al-Baour"
        return (
            self.surnames.get(word)
            or (self.surnames.get(low) if ARTICLE.match(low) else None)
            or next((k for s, k in self.surnames.items() if ARTICLE.sub("", s) == word != s), None)
            or self.given.get(word)
            or None
        )


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


def find_people(
    gz: Gazetteer, lex: Lexicon, masked: Masked, people: People, parsed: Parsed | None = None
) -> list[Mention]:
    """Person mentions in a masked sentence, with the office their title gives (read from the
    sentence's parse, kg.ingest.nlp.titles: a sentence not parsed gives names without titles); a
    run that names a place by a word of its own (kg.ingest.nlp.places) is that place instead."""
    out: list[Mention] = []
    text = masked.text
    for run in NAME_RUN.finditer(text):
        run_text = run.group()
        for a, b, place in places_in(run_text, lex.non_name_words):  # "Hunter Cay", "Isla Aves"
            s, e = masked.offset(run.start() + a), masked.offset(run.start() + b)
            out.append(Mention(s, e, "", "C" if place.kind == "City" else "T", place))
            run_text = run_text[:a] + "¤" * (b - a) + run_text[b:]  # cuts the run there
        for pos, name in split_runs(run_text, run.start(), lex):
            if cut := name_places.place_before_name(text, pos, name, lex):
                name, pos = name[cut:], pos + cut  # "governor of Loreto Rene Chavez"
            end = pos + len(name)
            if "«" in name:
                continue
            s, e = masked.offset(pos), masked.offset(end)
            toks = _name_tokens(_tokens(parsed, s, e))
            if toks and parsed is not None and parsed.offset + toks[0].idx > s:
                cut = parsed.offset + toks[0].idx - s  # "Secretary of State Antony Blinken"
                name, pos, s = name[cut:], pos + cut, s + cut
            title = title_of(parsed, gz, toks) if parsed is not None and toks else None
            if title is not None and parsed is not None:  # "A X and B Y": not A's title
                title = own_title(parsed, gz, title, s)
            words = name.split()
            sentence_initial = not text[:pos].strip() or text[:pos].rstrip().endswith(('"', "“"))
            if len(words) == 1:
                key = people.short(name)
                if key is None and title is None:  # "Hill said"; "Crown Prince Abdullah" is
                    key = people.middle.get(name) or None  # no "Ali Abdullah Saleh"
                public = (
                    _public_surnames(people.known).get(name.lower()) if key is None else None
                )  # "Lavrov, the foreign minister,": the gazetteer's Sergey Lavrov
                if key is None and not title and public is None:
                    continue  # a lone capitalised word is a name only if the article or gazetteer says so
                if key is None and public is None and _placed(toks, lex):
                    continue  # "Speaking in Ndola, Zambia's foreign minister, X": a town
                info = (
                    people.by_key[key]
                    if key
                    else people.add(people.known[public].label if public else name)
                )
            elif len(words) == 2 and REGNAL.fullmatch(words[1]):  # "Mohammed VI", "Chapter VI"
                if not title and " ".join(words).lower() not in people.known:
                    continue  # a ruler's name is a name only with a title or known to the gazetteer
                info = people.add(name)
            else:
                if sentence_initial and words[0] in lex.non_name_words:
                    continue
                if _NUMBERED.match(text, end):
                    continue  # "the Cameroon-flagged Hai Tong 16": a vessel's or a rig's name
                tail = people.tails.get(name) or people.initialled(name)  # "Di Maio", after
                # "Luigi Di Maio"; "Lyonpo Dhungyel", after "Lyonpo D.N. Dhungyel"
                if tail is None and not title and _placed_run(toks, people, name):
                    place = Entity("City", entity_key("City", name), name, ())
                    out.append(Mention(s, e, "", "C", place, how="name"))  # "near Ras Kamboni"
                    continue
                if tail is None and not title and article_names.owns_land(toks, people):
                    land = Entity("Territory", entity_key("Territory", name), name, ())
                    out.append(Mention(s, e, "", "T", land, how="name"))  # "X Y's Z district"
                    continue
                if tail is None and not title and article_names.placed_with_article(toks, people):
                    continue  # "in the Pool Malebo": no person, whatever else names it
                info = people.by_key[tail] if tail in people.by_key else people.add(name)
            office, of, written, how = None, None, None, "name"
            if title is not None:
                office, of = title.office, title.of if title.office else None
                written = role_words(title) if title.office else None
                if title.start is not None:
                    s, how = min(s, _outside(masked, title.start)), "titled"
            out.append(
                Mention(
                    s,
                    e,
                    "",
                    "P",
                    info.entity,
                    how=how,
                    office=office,
                    office_of=of,
                    office_words=written,
                )
            )
    return out


#: A number right after a name of several words: a ship's, a rig's or a block's ("Hai Tong 16",
#: "Haiyang Shiyou 981"), never a person's.
_NUMBERED = re.compile(r"[ \u00a0]+\d+\b")


def run_places(lex: Lexicon, masked: Masked) -> list[Mention]:
    """The places named by a word of their own in the sentence's runs of capitals ("Hunter Cay",
    "Lower Saxony"), read before the people: a title then finds the place it is of ("Lower
    Saxony's environment minister"), which a person's mention would otherwise swallow."""
    out: list[Mention] = []
    for run in NAME_RUN.finditer(masked.text):
        for a, b, place in places_in(run.group(), lex.non_name_words):
            s, e = masked.offset(run.start() + a), masked.offset(run.start() + b)
            out.append(Mention(s, e, "", "C" if place.kind == "City" else "T", place))
    return out


def _placed(toks: list[Token], lex: Lexicon) -> bool:
    """Whether a lone unknown name is the object of a preposition of place ("in Ndola"): a place,
    whatever title the parser hangs on it after a comma."""
    return (
        len(toks) == 1
        and toks[0].dep_ == "pobj"
        and toks[0].head.lower_ in (lex.place_prepositions - {"of", "to"})
    )


def _placed_run(toks: list[Token], people: People, name: str) -> bool:
    """Whether a run of capitals no title, gazetteer or earlier mention makes a person's is the
    object of a preposition said of places alone, or a conjunct of one ("clashed near Ras Kamboni",
    "dams near Zvornik and Bajina Basta"): a town's name, as a lone name after any preposition of
    place is."""
    known = " ".join(name.lower().split()) in people.known
    if len(toks) < 2 or known or entity_key("Person", name) in people.by_key:
        return False
    return placed_by_preposition(toks[-1])


def _outside(masked: Masked, start: int) -> int:
    """Where a title that begins inside a mention begins: that mention's start ("The Argentine
    ambassador": the alias "The Argentine" holds the article the title's words leave out)."""
    return next((m.start for m in masked.mentions if m.start < start < m.end), start)


def _name_tokens(toks: list[Token]) -> list[Token]:
    """The run's tokens that the parse binds into one name: a capitalised word before it that
    hangs elsewhere ("State" in "Secretary of State Antony Blinken") is no part of it."""
    while len(toks) > 1 and toks[0].head not in toks[1:]:
        toks = toks[1:]
    return toks


def _tokens(parsed: Parsed | None, start: int, end: int) -> list[Token]:
    """The parse's tokens of the article span [start, end)."""
    if parsed is None:
        return []
    return parsed.within(start, end)
