"""English-news word lists from ``data/lexicon.yaml``, and the office-title matcher built from the
gazetteer's offices. Loaded once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg import gazetteer
from kg.iris import entity_key
from kg.paths import DATA_DIR, read_yaml


@dataclass(frozen=True)
class Lexicon:
    boilerplate: frozenset[str]
    agencies: tuple[str, ...]
    non_name_words: frozenset[str]
    place_prepositions: frozenset[str]
    #: buildings a meeting is held at ("at the presidential palace"): its place where no city is told
    venue_nouns: frozenset[str]
    speech_continues: frozenset[str]  # '"...," he added': the same statement goes on
    argued_whole: frozenset[str]  # "argued that A and that B": one case, one statement
    said_nouns: frozenset[str]  # "a statement by X that ...": X said what the clause says
    #: words that open a sentence going on with the one before ('"A," X said. "But B."')
    connectives: frozenset[str]
    courtesy_titles: frozenset[str]  # "Supreme Leader Ayatollah X": a rank that titles no office
    spokespeople: frozenset[str]  # "an official at the ministry said": who speaks for a body
    spoken_nouns: frozenset[str]  # "a Kremlin statement said": what a body's words are put in
    noted_acts: frozenset[str]  # "lodged a protest ... The note said": acts a note carries
    sending_verbs: frozenset[str]  # "handed him a note": who sends a message, and to whom
    leaving_verbs: frozenset[str]  # "will withdraw a post from X": forces leaving land
    state_nouns: frozenset[str]  # "the kingdom said": a noun that names a state by what it is
    deployed_nouns: frozenset[str]  # "Croatian troops": a state named only as their owner
    led_sides: frozenset[str]  # "the Indian delegation was led by X": X is India's
    office_pattern: str  # regex alternation of every office title variant, longest first
    #: a state's bodies named by description: (name in the graph, the descriptions), see bodies.py
    bodies: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: bodies named only by their seat ("the government in Georgetown"): with a state's name before
    #: them ("the Soviet government") the words are the state's own
    by_seat: frozenset[str] = frozenset()
    #: bodies a state keeps abroad ("the embassy"): never the body of the state last acting or of
    #: the dateline's capital (rules/actor_bodies.py), whose embassies are elsewhere
    abroad: frozenset[str] = frozenset()
    #: bodies that are a state's only where the state is named with them ("Belize's Supreme
    #: Court"): "the court" alone is the case's court, not the state last acting's
    by_name: frozenset[str] = frozenset()
    #: bodies of no state named by description ("the arbitral tribunal"), longest first
    unowned_bodies: tuple[str, ...] = ()
    #: nouns that head a body's name ("the Indian navy", "Belize's Fisheries Department"), see owned_bodies.py
    body_heads: frozenset[str] = frozenset()
    #: heads that name a body only capitalised ("the Lebanese Armed Forces", not "Russian forces")
    named_body_heads: frozenset[str] = frozenset()
    #: of those, the heads a territory's name makes a body of ("the Hong Kong government")
    land_body_heads: frozenset[str] = frozenset()
    #: heads of a state's organs' names ("ministry", "court"): no claimant of their own
    organ_heads: frozenset[str] = frozenset()
    #: never-name words that stand inside a name ("Hassan Sheikh Mohamud"), not before it
    inner_name_words: frozenset[str] = frozenset()
    #: never-name words that end a titled name as its surname ("Minister Madeleine King")
    surname_titles: frozenset[str] = frozenset()
    #: capitalised words that make a known body's name before them another body's ("National")
    body_name_qualifiers: frozenset[str] = frozenset()
    #: offices of a state's own government, which a report filed from its city names bare
    home_offices: frozenset[str] = frozenset()
    #: offices that are a home office once a portfolio narrows them ("Energy Secretary")
    home_portfolio_offices: frozenset[str] = frozenset()
    #: offices a capitalised portfolio narrows ("Energy and Mines Minister"): their role text keeps it
    portfolio_offices: frozenset[str] = frozenset()
    #: a state's titles that a place name no gazetteer knows makes a region's ("Yukon Premier")
    place_titles: frozenset[str] = frozenset()
    town_titles: frozenset[str] = frozenset()
    #: words that rank an office set before its title ("Acting Premier"): never a place's name
    office_ranks: frozenset[str] = frozenset()
    #: offices of international bodies a demonym only gives the holder's nationality ("South
    #: Korean judge X"): never the demonym's state's office
    nationality_offices: frozenset[str] = frozenset()
    #: offices of an international body only ("executive secretary"): never a guessed state's
    body_offices: frozenset[str] = frozenset()
    #: first words of a press release's issuing line ("Ministry of Information, State of Eritrea")
    issuing_bodies: frozenset[str] = frozenset()
    #: a national news agency's state ("PTI": India's key), whose officials its reports title bare
    agency_states: dict[str, str] = field(default_factory=dict)
    #: unnamed voices that speak for no state ("a Chilean diplomat said", "a diplomatic source")
    off_record: frozenset[str] = frozenset()
    #: words that make one who speaks for a body such a voice ("diplomatic" source)
    off_record_modifiers: frozenset[str] = frozenset()
    #: unnamed people who, told as of both sides, are the outlet's sourcing ("officials of both")
    of_both_sides: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load() -> Lexicon:
    data = read_yaml(DATA_DIR / "lexicon.yaml")
    gz = gazetteer.load()
    variants = sorted(gz.offices, key=len, reverse=True)
    office = _alternation(variants)
    return Lexicon(
        boilerplate=frozenset(s.lower() for s in data["boilerplate"]),
        agencies=tuple(data["agencies"]),
        non_name_words=frozenset(data["non_name_words"]),
        place_prepositions=frozenset(data["place_prepositions"]),
        venue_nouns=frozenset(str(w).lower() for w in data.get("venue_nouns", ())),
        speech_continues=frozenset(data["speech_continues"]),
        argued_whole=frozenset(data.get("argued_whole", ())),
        said_nouns=frozenset(data.get("said_nouns", ())),
        connectives=frozenset(data["connectives"]),
        courtesy_titles=frozenset(data["courtesy_titles"]),
        spokespeople=frozenset(data["spokespeople"]),
        spoken_nouns=frozenset(data.get("spoken_nouns", ())),
        noted_acts=frozenset(data.get("noted_acts", ())),
        sending_verbs=frozenset(data.get("sending_verbs", ())),
        leaving_verbs=frozenset(data.get("leaving_verbs", ())),
        off_record=frozenset(data.get("off_record", {}).get("nouns", ())),
        off_record_modifiers=frozenset(data.get("off_record", {}).get("modifiers", ())),
        of_both_sides=frozenset(data.get("off_record", {}).get("of_both_sides", ())),
        state_nouns=frozenset(data.get("state_nouns", ())),
        deployed_nouns=frozenset(data.get("deployed_nouns", ())),
        led_sides=frozenset(data.get("led_sides", ())),
        office_pattern=office,
        bodies=tuple((b["name"], tuple(b["words"])) for b in data.get("bodies", ())),
        by_seat=frozenset(b["name"] for b in data.get("bodies", ()) if b.get("by_seat")),
        abroad=frozenset(b["name"] for b in data.get("bodies", ()) if b.get("abroad")),
        by_name=frozenset(b["name"] for b in data.get("bodies", ()) if b.get("by_name")),
        body_heads=frozenset(str(w).lower() for w in data.get("body_heads", ())),
        named_body_heads=frozenset(str(w).lower() for w in data.get("named_body_heads", ())),
        land_body_heads=frozenset(str(w).lower() for w in data.get("land_body_heads", ())),
        unowned_bodies=tuple(
            sorted(
                {str(w) for w in data.get("unowned_bodies", ())} | _composed_bodies(data),
                key=len,
                reverse=True,
            )
        ),
        organ_heads=frozenset(str(w).lower() for w in data.get("organ_heads", ())),
        inner_name_words=frozenset(data.get("inner_name_words", ())),
        surname_titles=frozenset(data.get("surname_titles", ())),
        body_name_qualifiers=frozenset(data.get("body_name_qualifiers", ())),
        home_offices=frozenset(data.get("home_offices", ())),
        home_portfolio_offices=frozenset(data.get("home_portfolio_offices", ())),
        portfolio_offices=frozenset(data.get("portfolio_offices", ())),
        place_titles=frozenset(data.get("place_titles", ())),
        town_titles=frozenset(data.get("town_titles", ())),
        office_ranks=frozenset(data.get("office_ranks", ())),
        nationality_offices=frozenset(data.get("nationality_offices", ())),
        body_offices=frozenset(data.get("body_offices", ())),
        issuing_bodies=frozenset(str(w).lower() for w in data.get("issuing_bodies", ())),
        agency_states={
            agency: entity_key("State", state)
            for state, agencies in data.get("agency_states", {}).items()
            for agency in agencies
        },
    )


def office_regex(form: str, lex: Lexicon | None = None) -> re.Pattern[str]:
    """``form`` with ``{office}`` standing for the office titles, compiled once, case-blind.
    Why not ``re.search``: its cache keeps 512 patterns, and the patterns other code makes per
    value push this one (tens of KB) out of it, so it was compiled again (~3 ms) many times an
    article."""
    return _office_regex(form, (lex or load()).office_pattern)


@lru_cache(maxsize=8)
def _office_regex(form: str, office: str) -> re.Pattern[str]:
    return re.compile(form.replace("{office}", office), re.I)


def _alternation(variants: list[str]) -> str:
    """The variants as one regex alternation, in their order, factored by first letter:
    ``m(?:inister|...)|a(?:mbassador|...)``. re tries every branch of a flat alternation at every
    position a search starts from (no fast reject for case-insensitive literals), and the title
    search starts from every position of the text before a name; one letter per group cuts that
    ~20-fold. Only one group can match at a position (their first letters differ), and in it the
    branches keep their order, so what matches, and which variant wins, stay the same."""

    def escaped(v: str) -> str:
        return re.escape(v).replace(r"\ ", r"\s+")

    if not variants:
        return "(?!)"
    if not all(v[:1].isalpha() and v[:1].islower() for v in variants):
        return "|".join(escaped(v) for v in variants)  # keep the flat form for odd data
    groups: dict[str, list[str]] = {}
    for v in variants:
        groups.setdefault(v[0], []).append(v)
    parts = []
    for first, members in groups.items():
        rests = [escaped(v[1:]) for v in members]
        parts.append(f"{re.escape(first)}(?:{'|'.join(rests)})")
    return "|".join(parts)


def _composed_bodies(data: dict) -> set[str]:
    """The bodies news names by a word of their kind, an optional topic and a head ("a binational
    commission", "their joint water commission", "the regional council"): it composes them
    freely, so no list of whole names would keep up."""
    return {
        f"{m} {t}{h}"
        for group in data.get("composed_bodies") or ()
        for m in group.get("modifiers", ())
        for t in ["", *(f"{t} " for t in group.get("topics", ()))]
        for h in group.get("heads", ())
    }
