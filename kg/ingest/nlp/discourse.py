"""Reading an article sentence by sentence: mentions, and what short references point back to.

"he", "the Japanese foreign minister", "his Russian counterpart", "the two countries", "the
islands", "the negotiations", "I" inside a quotation: each is resolved against what the article has
said so far, the way a reader does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import (
    acted_documents,
    apposed_lands,
    armed_groups,
    bodies,
    combining,
    described_lands,
    genders,
    kind_bodies,
    land_aliases,
    land_names,
    lexicon,
    name_places,
    owned_bodies,
    pairs,
    phrases,
    place_phrases,
    places,
    plural_lands,
    qualified_names,
    salient,
    shared_names,
    state_parts,
    state_zones,
)
from kg.ingest.nlp.documents import find_documents
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Masked, Mention, gazetteer_mentions, mask, merge
from kg.ingest.nlp.name_words import family_name, given_name, place_in_name
from kg.ingest.nlp.person_offices import learn_office
from kg.ingest.nlp.persons import People, find_people, run_places
from kg.ingest.nlp.references import References
from kg.ingest.nlp.segment import Span
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Sentence:
    index: int
    span: Span
    masked: Masked
    quote: tuple[int, int] | None = None  # set when the whole sentence lies inside a quotation
    reporter: Entity | None = None  # "X said that ...": facts read here are X's view
    parsed: Parsed | None = None  # the dependency parse, where the sentence may state a relation
    doc: Doc | None = None  # its parse, read by the titles and the references before any relation

    def remask(self, text: str, mentions: list[Mention]) -> None:
        """Mask the sentence anew after a reader retyped some of its mentions, so that its parse
        reads them as retyped."""
        self.masked = mask(text, self.span.start, self.span.end, mentions)
        if self.parsed is not None:
            self.parsed = Parsed.of(self.parsed.doc, self.parsed.offset, self.masked.mentions)


@dataclass
class Discourse(References):
    gz: Gazetteer
    text: str
    ref: dt.date | None
    people: People = field(default_factory=People)
    documents: list[Entity] = field(default_factory=list)
    processes: list[Entity] = field(default_factory=list)
    state_counts: Counter = field(default_factory=Counter)
    state_order: list[Entity] = field(default_factory=list)
    state_pair: tuple[Entity, ...] = ()  # the last two states named as a pair ("Chad and Libya")
    last_territories: list[Mention] = field(default_factory=list)
    named_lands: list[tuple[int, Entity]] = field(
        default_factory=list
    )  # (sentence, territory) by name
    region_lands: list[tuple[str, Entity]] = field(
        default_factory=list
    )  # "the X region": (word, X)
    subjects: list[Entity] = field(default_factory=list)  # first person of each sentence, in order
    #: the state named as the subject of the last sentence's root verb ("Argentina rejected the
    #: protest. Its foreign ministry said ...": whose "its" is)
    subject_state: Entity | None = None
    #: each sentence's subject_state, in order: whose a bare "the Foreign Ministry" is
    subject_states: list[Entity | None] = field(default_factory=list)
    persons_seen: list[Entity] = field(default_factory=list)  # every person named, latest last
    #: each naming of a person: (person, offset, sentence index), for epithets ("the official")
    person_marks: list[tuple[Entity, int, int]] = field(default_factory=list)
    index: int = 0  # the sentence being read
    genders: dict[str, str] = field(default_factory=dict)  # person key -> as the text said it
    borders: list[Entity] = field(default_factory=list)
    organizations: list[Entity] = field(default_factory=list)  # named so far, latest last
    unknown_lands: dict[str, Entity] = field(default_factory=dict)  # named by a land noun (key)
    named_at: dict[str, int] = field(
        default_factory=dict
    )  # document key -> offset of its first mention

    article_states: set[str] | None = None  # states the whole text names (for shared names)
    #: person key -> the person whose counterpart the text calls them ("X and his Nigerien counterpart Y")
    counterparts: dict[str, str] = field(default_factory=dict)
    #: the people whose office words are a counterpart's, until their own title words it
    borrowed_words: set[str] = field(default_factory=set)
    para_start: int = 0  # where the current paragraph begins (quotations may span sentences)
    source_key: str = ""  # generic mentions get keys local to this source

    def __post_init__(self) -> None:
        self.people.known = self.gz.people

    def analyse(
        self, index: int, span: Span, quote_speaker: Entity | None = None, doc: Doc | None = None
    ) -> Sentence:
        """The sentence's mentions, its short references and titles resolved; ``doc`` is its parse."""
        lex = lexicon.load()
        text, start, end = self.text, span.start, span.end
        self.index = index
        found = gazetteer_mentions(self.gz, text, start, end)
        found = shared_names.settle(self.gz, found, self._article_states)  # "Korea"
        found = merge(found, combining.find(self.gz, text, start, end, found))  # "Anglo-German"
        found = [
            m
            for m in found
            if not (
                m.tag == "T"
                and m.entity
                and re.fullmatch(r"[a-z ]+", m.text)
                and m.text.split()[0] in ("islands", "island")
            )
            and not (m.tag != "P" and given_name(text, start, m, lex))  # "Minister Israel Katz"
            and not (m.tag in ("S", "C", "T") and place_in_name(self.gz, doc, start, m, lex))
            and not (m.tag in ("S", "C", "T") and family_name(text, m))  # "Salem al-Sabah"
            and not (m.tag in "SCT" and name_places.in_person_name(self.gz, text, start, m, lex))
            and not qualified_names.inside_longer(text, m, lex)  # "National Security Council"
            and not (m.tag == "T" and places.in_event_name(text, m.start))  # "War of the Pacific"
            and not (m.tag in "SC" and places.after_land_word(text, m.start))  # "Lake Chad"
            and not owned_bodies.owned_elsewhere(text, m, found)  # "the Armenian Security Council"
            and not (  # a place name used as a modifier ("East China Sea islands")
                m.tag == "T"
                and doc is not None
                and m.entity is not None
                and m.entity.kind not in ("Island", "IslandGroup")
                and place_phrases.place_as_modifier(doc, start, m.start, m.end)
            )
        ]
        found = [self.counted_group(m, doc, start) for m in found]  # "the four Kuril Islands"
        found = merge(found, state_parts.find(text, found))  # "southern Lebanon"
        if self.unknown_lands:  # "Kuvanza, a hilltop outpost ... Kuvanza belongs to Peru"
            found = merge(found, land_aliases.remembered(text, start, end, self.unknown_lands))
        masked = mask(text, start, end, found)
        docs = find_documents(
            self.gz,
            masked,
            self.ref,
            self.documents,
            self.main_states() or self._states(found),
            self.local_key,
            text,
        )
        for d in docs:
            d.text = text[d.start : d.end]
        if doc is not None:  # "issued a joint statement": a document because it is issued
            docs += acted_documents.find(
                doc, start, text, found + docs, self.local_key, self.documents
            )
        found = merge(found, docs)
        if docs:  # (masking again the same mentions would give the same text)
            masked = mask(text, start, end, found)
        named_bodies = bodies.find(
            self.gz, text, masked, self.organizations, self.local_key, self.subject_state
        )
        if named_bodies:  # before the titles: "Kim, the ministry's spokesperson"
            found = merge(found, named_bodies)
            masked = mask(text, start, end, found)
        zones = state_zones.find(self.gz, text, masked)  # "the Philippine exclusive economic zone"
        if zones:
            found = merge(found, zones)
            masked = mask(text, start, end, found)
        if doc is not None:  # "the Indian navy", "Belize's Fisheries Department"
            owned = owned_bodies.find(
                self.gz, Parsed.of(doc, start, found), text, self.local_key, self.organizations
            )
            owned += armed_groups.find(Parsed.of(doc, start, found), text)  # "the M23 rebel group"
            owned = merge(owned, kind_bodies.find(Parsed.of(doc, start, merge(found, owned)), text))
            if owned:
                found = merge(found, owned)
                masked = mask(text, start, end, found)
        if doc is not None:  # "Loaita Cay", before a run of capitals is read as a person
            lands = land_names.find(Parsed.of(doc, start, found), text, self.unknown_lands)
            lands = merge(
                lands, apposed_lands.find(Parsed.of(doc, start, found), text, self.unknown_lands)
            )
            lands = merge(  # "fishermen in the Sundarbans"
                lands, plural_lands.find(Parsed.of(doc, start, found), text, self.unknown_lands)
            )
            lands = merge(  # "a maritime area claimed by both"
                lands,
                described_lands.find(
                    Parsed.of(doc, start, found),
                    text,
                    self.unknown_lands,
                    lands_told=any(m.entity for m in self.last_territories),
                    told=self._told_heads(),
                ),
            )
            if lands:
                found = merge(found, lands)
            found = land_aliases.relink(
                Parsed.of(doc, start, found), text, found, self.unknown_lands
            )  # "Koro Reef, known locally as Karang Koro"
            masked = mask(text, start, end, found)
        places_named = run_places(lex, masked)  # "Lower Saxony's minister": before the titles
        for m in places_named:
            m.text = text[m.start : m.end]
        if places_named:
            found = merge(found, places_named)
            masked = mask(text, start, end, found)
        parsed = Parsed.of(doc, start, found) if doc is not None else None
        people = find_people(self.gz, lex, masked, self.people, parsed)
        for p in people:
            p.text = text[p.start : p.end]
        found = merge(found, people)
        found = merge(found, self._references(span, found, quote_speaker, doc))
        masked = mask(text, start, end, found)
        processes = self._processes(masked)
        if processes:
            found = merge(found, processes)
            masked = mask(text, start, end, found)
        self._remember(found, index, doc, start)
        return Sentence(index, span, masked, doc=doc)

    # -- short references -------------------------------------------------------------------------

    # -- memory -----------------------------------------------------------------------------------

    def _article_states(self) -> set[str]:
        """The states the whole article names by names of their own (read once, when asked)."""
        if self.article_states is None:
            found = gazetteer_mentions(self.gz, self.text, 0, len(self.text))
            self.article_states = shared_names.named_states(self.gz, found)
        return self.article_states

    def _told_heads(self) -> frozenset[str]:
        """The last words of the lands named so far ("strip" of "the Gaza Strip", "pass" of "the
        Lipulekh Pass"), singular too: "the strip" later is that land, not a site of its own."""
        words = {e.label.split()[-1].lower() for _i, e in self.named_lands if e.label.split()}
        return frozenset(words | {w[:-1] for w in words if w.endswith("s")})

    def _states(self, found: list[Mention]) -> list[Entity]:
        return [m.entity for m in found if m.tag == "S" and m.entity]

    def _remember(self, found: list[Mention], index: int, doc: Doc | None, start: int) -> None:
        first_person = None
        self.state_pair = pairs.named_pair(self.text, found) or self.state_pair
        for m in found:
            if m.tag == "S" and m.entity is not None:
                self.state_counts[m.entity.key] += 1
                if m.entity not in self.state_order:
                    self.state_order.append(m.entity)
                land = self.gz.land_of(m.entity) if m.how == "name" else None
                if land is not None:  # Abkhazia, a would-be state, is land someone holds
                    self.last_territories.append(replace(m, tag="T", entity=land))
                    self.named_lands.append((index, land))
            elif m.tag == "T" and m.entity is not None:
                mark = doc is not None and place_phrases.landmark(doc, start, m.start, m.end)
                if not mark:
                    self.last_territories.append(m)
                if m.how in ("name", "alias", "land-noun") and not mark:  # "off Hokkaido" is
                    self.named_lands.append((index, m.entity))  # none of "the two islands"
                if m.how in (
                    "name",
                    "alias",
                    "land-noun",
                    "recognised",
                    "described",
                ):  # also lands we lack
                    word = (
                        place_phrases.names_region(doc, start, m.start, m.end)
                        if doc is not None
                        else None
                    )
                    if word is not None:
                        self.region_lands.append((word, m.entity))
            elif m.tag == "C" and m.entity is not None and doc is not None:
                word = place_phrases.names_region(doc, start, m.start, m.end)  # "the naval base at
                if word in phrases.nouns().sited:  # Port Arthur": a city, "the base" later
                    self.region_lands.append((word, m.entity))
            elif m.tag == "T" and m.members:  # "the islets" for a list: the list, told again
                self.named_lands += [(index, e) for e in m.members]
            elif m.tag == "O" and m.entity is not None:
                if m.entity in self.organizations:
                    self.organizations.remove(m.entity)
                self.organizations.append(m.entity)
            elif m.tag == "D" and m.entity is not None:  # most recently named last
                self.named_at.setdefault(m.entity.key, m.start)
                if m.entity in self.documents:
                    self.documents.remove(m.entity)
                self.documents.append(m.entity)
            elif m.tag == "P" and m.entity is not None:
                if m.how not in ("first-person",) and not self._in_quote(
                    m.start, Span(m.start, m.end, "")
                ):
                    first_person = first_person or m.entity
                    self.person_marks.append((m.entity, m.start, index))
                    if m.entity in self.persons_seen:
                        self.persons_seen.remove(m.entity)
                    self.persons_seen.append(m.entity)
                said = genders.said(self.text, m) if m.how != "pronoun" else None
                if said is not None:
                    self.genders.setdefault(m.entity.key, said)
                info = self.people.by_key.get(m.entity.key)
                if info is not None and m.office:
                    learn_office(info, m, found, index, self)
        told = [m for m in found if not self._in_quote(m.start, Span(m.start, m.end, ""))]
        first_person = salient.main_subject(doc, start, told) or first_person  # not "In a message
        if first_person is not None:  # to Murillo, Gonzalez said": Gonzalez is talked of
            self.subjects.append(first_person)
        self.subject_state = salient.main_subject(doc, start, told, "S")
        self.subject_states.append(self.subject_state)
