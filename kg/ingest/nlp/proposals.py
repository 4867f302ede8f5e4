"""Names the gazetteer does not know, proposed by spaCy's statistical entity recogniser.

The gazetteer stays the authority for what it knows; a proper name nothing else recognised (a
person named without a title, "the Korean Maritime Institute") is put to the recogniser, and its
PERSON and ORG entities become mentions, so the relations can use them. Where the grammar puts a
name in a land-only role (kg.ingest.nlp.land_roles) it is land whatever label the recogniser gives
it. Run only on sentences that need it: the recogniser costs about as much again as the parse.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from kg.ingest.nlp import (
    acting_bodies,
    land_roles,
    lexicon,
    phrases,
    place_phrases,
    shared_names,
)
from kg.ingest.nlp.discourse import Discourse, Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.joined_bodies import joined_front
from kg.ingest.nlp.lone_speakers import CALENDAR, lone_speakers
from kg.ingest.nlp.mentions import Mention, mask, merge
from kg.ingest.nlp.parse import recognise
from kg.ingest.nlp.places import place_entity, placed_body
from kg.ingest.nlp.titled_names import abbreviated_title, in_title, name_after, rank
from kg.ingest.nlp.titles import retitle
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

#: Where a proper name plays a part in a relation (as subject, object, agent or apposition).
_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "compound"})
_TAGS = {"PERSON": "P", "ORG": "O", "GPE": "T", "LOC": "T"}
#: How a state is named inside a body's name for the body to win ("of Nepal", "Nepal's").
_OWNER_HOWS = frozenset({"name", "alias"})
#: Prepositions that put an unknown place the recogniser names where something happens.
_WHERE = frozenset(
    "in at near outside inside around from into to across via toward towards".split()
)
#: The recogniser's labels that a name in a land role may be given wrongly ("claims Ssese": NORP);
#: the name is then read from the parse (a date, a number, a person's name stays what it says).
_MISLABELLED = frozenset({"NORP", "PRODUCT", "WORK_OF_ART", "LANGUAGE", "EVENT"})


def _unknown_name(p: Parsed, surnames: dict[str, str]) -> bool:
    """A proper name no mention covers (or only a guess at a person: "the Sahel Boundary
    Authority", but not the surname of one the article named in full, "Kono said"), where it may
    fill a role: worth the recogniser's look."""
    return any(
        (
            (m := p.mention(t)) is None
            or (_guessed_person(m) and m.text not in surnames)
            or in_title(p, m, t)
        )
        and t.dep_ in _ROLE_DEPS
        and t.text[:1].isupper()
        and t.lower_ not in CALENDAR
        and not (t.dep_ == "compound" and t.head.lower_ in CALENDAR)
        for t in p.having(POS, "PROPN")
    )


def propose(disc: Discourse, text: str, s: Sentence) -> None:
    """Add the recogniser's people, organisations and places (as arguments) to a parsed
    sentence's mentions."""
    p = s.parsed
    if p is None or not (_unknown_name(p, disc.people.surnames) or _unknown_town(p, disc)):
        return
    doc = recognise(p.doc)
    keep = list(s.masked.mentions)
    new = lone_speakers(disc, p, text)
    keep += new  # the recogniser's body or place on the same word gives way (overlap)
    lands: list[Mention] = []
    for span in _in_land_roles(p, doc, land_roles.slots(p)):
        start, end = p.offset + span.start_char, p.offset + span.end_char
        overlap = [m for m in keep if m.start < end and start < m.end]
        if not all(_misread(disc, m) for m in overlap) or any(n.end > start for n in lands[-1:]):
            continue  # the gazetteer's name stays its mention
        if span.label_ == "PERSON" and _said_as(span[-1]) and any(map(_guessed_person, overlap)):
            continue  # "regards Tom Smith as a witness": a person, as both readers and the text say
        keep = [m for m in keep if m not in overlap]
        for m in overlap:
            if m.tag == "P" and m.entity is not None:
                disc.people.forget(m.entity.key)  # "Walvis Bay" was no person
        entity = _role_land(disc, re.sub(r"^(?:the|The)\s+", "", span.text).strip(), s.index)
        lands.append(m := Mention(start, end, text[start:end], "T", entity, how="land-role"))
        disc.last_territories.append(m)
        if (word := place_phrases.names_region(p.doc, p.offset, start, end)) is not None:
            disc.region_lands.append((word, entity))  # "the triangle" after "New River Triangle"
    new += lands
    for ent in (joined_front(disc.gz, _unpossessed(e)) for e in doc.ents):
        tag = "T" if placed_body(ent) else _TAGS.get(ent.label_)  # "met in Aosta"
        start = p.offset + ent.start_char
        end = p.offset + ent.end_char
        if tag == "O" and _portfolio(disc, ent):
            continue  # "Natural Resources Minister X": the minister's portfolio, no body
        if tag == "O" and _titled(disc, ent):
            continue  # "Ladakh's Lieutenant Governor, X,": a title, no body
        if any(n.start < end and start < n.end for n in new):
            continue  # read as land by its role, or a lone speaker
        overlap = [m for m in keep if m.start < end and start < m.end]
        if (
            tag == "O"
            and overlap
            and all(
                (_guessed_person(m) or shared_names.unsettled(m)) and _longer(start, end, m)
                for m in overlap
            )
        ):
            keep = [
                m for m in keep if m not in overlap
            ]  # "Korean Maritime" was the start of an institute's name
            for m in overlap:  # the guess was no person at all
                if m.entity is not None and m.entity.label in ent.text:
                    disc.people.forget(m.entity.key)
        elif tag == "O" and overlap and _owned_body(text, overlap, start, end):
            keep = [m for m in keep if m not in overlap]  # "Nepal's Armed Police Force"
        elif (
            tag == "O"
            and len(overlap) == 1
            and _proper_name(ent.text)  # not "Defence ministry spokesman X": a description
            and not any(disc.gz.lookup(w) for w in ent.text.split())  # "Gibraltar's", known
            and (named := name_after(p, overlap[0], end))
        ):
            keep = [m if m is not overlap[0] else named for m in keep]  # "an official at X, Y"
        elif tag is None or overlap:
            continue
        name = re.sub(r"^(?:the|The)\s+", "", ent.text).strip()
        if len(name) < 3 or not name[:1].isupper() or abbreviated_title(name):
            continue
        if tag == "P" and (any(ch.isdigit() for ch in name) or _NUMBERED.match(text, end)):
            continue  # "Hai Tong 16", "Haiyang Shiyou 981": a vessel's or a rig's name
        if tag == "P" and name.split()[-1] in lexicon.load().non_name_words:
            tag = "O"  # "Chunghwa Telecom": a word no person's name ends in, a company's
        place = place_entity(name) if tag == "P" else None
        if place is not None:  # the recogniser's "person" Hunter Cay is an island
            tag, entity = ("C" if place.kind == "City" else "T"), place
        elif tag == "P":
            if len(name.split()) < 2 and name not in disc.people.surnames:
                continue  # one word alone is too weak a name
            if rank(name):
                continue  # "Air Marshal", "Minister-Counselor": a rank, no one's name
            entity = disc.people.add(name).entity
        elif tag == "T":
            land = _land(disc, p, ent, s.index)
            if land is None and (town := _town(ent, name)) is not None:
                tag, entity = "C", town  # "met in Kasane": a place where, no land at stake
            elif land is None:
                continue
            else:
                entity = land
        else:  # "the Foreign Ministry": the body of the state the text settles, if it does
            entity = acting_bodies.owned_body(
                disc.gz, p, ent, name, disc.subject_states[-3:]
            ) or Entity("Organization", entity_key("Organization", name), name, ())
            disc.organizations.append(entity)
        m = Mention(start, end, text[start:end], tag, entity, how="recognised")
        new.append(m)
        if tag == "T":
            disc.last_territories.append(m)
    if new:
        keep = [m for m in keep if m not in new]
        s.masked = mask(text, s.span.start, s.span.end, merge(keep, new))
        s.parsed = Parsed.of(doc, p.offset, s.masked.mentions)
        if any(m.tag == "O" for m in new):  # "the leader of the opposition Conservative Party"
            retitle(disc.gz, disc.people, s.parsed, s.masked.mentions, s.index)


def _portfolio(disc: Discourse, ent: Span) -> bool:
    """Whether a name stands right before an office its capitalised words narrow ("Natural
    Resources Minister", ``portfolio_offices`` of data/lexicon.yaml): a title, not a body."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    office = disc.gz.office(after.lower_) if after is not None and after.is_title else None
    return office in lexicon.load().portfolio_offices


#: A number right after a name: a ship's, a rig's or a block's, never a person's.
_NUMBERED = re.compile(r"[ \u00a0]+\d+\b")


def _titled(disc: Discourse, ent: Span) -> bool:
    """Whether the recogniser's organisation ends in an office the gazetteer knows, whole or its
    last word ("Ladakh's Lieutenant Governor", "the Deputy Premier"): a title the person named
    after it holds, not a body that speaks. A body named by an office's "of" phrase ("Office of
    the President") keeps its name."""
    if any(t.pos_ == "ADP" for t in ent):
        return False
    words = [t.lower_ for t in ent if t.tag_ != "POS"]
    return any(disc.gz.office(" ".join(words[i:])) for i in range(len(words)))


def _said_as(name: Token) -> bool:
    """Whether the name's verb says it may be a person's: an "as" phrase says what it is
    ("regards X as a key witness": no land, or kg.ingest.nlp.apposed_lands would have read it), or
    the verb takes people too (``person_verbs``: "handed Ivan Petrov to Ukraine")."""
    verb = name.head if name.dep_ in ("dobj", "nsubjpass") else None
    if verb is None:
        return False
    return verb.lemma_.lower() in _person_verbs() or any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    )


@lru_cache(maxsize=1)
def _person_verbs() -> frozenset[str]:
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml").get("not_lands") or {}
    return frozenset(str(w) for w in data.get("person_verbs", ()))


def _unpossessed(ent: Span) -> Span:
    """The recogniser's name without the possessive it sometimes takes in ("Javier Milei's" of
    "Javier Milei's foreign minister"): the name is the person's, the "'s" no part of it."""
    if len(ent) > 1 and ent[-1].tag_ == "POS":
        return ent[:-1]
    return ent


def _unknown_town(p: Parsed, disc: Discourse) -> bool:
    """A town named by a word of its own that the gazetteer does not know ("San Andres"): in a
    land-only role it is land, which only the recogniser's look and the roles can tell."""
    return any(
        (m := p.mention(t)) is not None and m.tag == "C" and _misread(disc, m)
        for t in p.having(POS, "PROPN")
    )


def _in_land_roles(p: Parsed, doc: Doc, land: frozenset[int]) -> list[Span]:
    """The proper names standing in a land-only role (kg.ingest.nlp.land_roles) with no cue of a
    person or a body: the recogniser's entity there, whatever it calls it, or the parse's name."""
    if not land:
        return []
    ents = [e for e in doc.ents if not any(t.dep_ == "cc" for t in e)]  # "Sokhra and Vorukh": two
    spans = [e for e in ents if e.label_ in _TAGS or e.label_ == "FAC"]
    covered = {t.i for e in ents if e.label_ not in _MISLABELLED for t in e}  # "on Monday"
    spans += [land_roles.name_span(doc[i]) for i in sorted(land) if i not in covered]
    return sorted(
        (
            x
            for x in spans
            if land_roles.named_land(x, land)
            and x.text[:1].isupper()
            and not any(t.lower_ in CALENDAR for t in x)
        ),
        key=lambda x: x.start,
    )


def _misread(disc: Discourse, m: Mention) -> bool:
    """A mention that only guesses what a name is: a person read from capitalised words, or a town
    read from a word of its own, neither known to the gazetteer."""
    unknown = m.entity is None or disc.gz.get(m.entity.key) is None
    return unknown and (_guessed_person(m) or (m.tag == "C" and m.how == "name"))


def _role_land(disc: Discourse, name: str, index: int) -> Entity:
    """The land a name in a land-only role names: an island by its own word ("Hunter Cay"), else a
    territory, one entity a name per source."""
    place = place_entity(name)
    if place is not None and place.kind != "City":
        entity = place
    else:
        key = entity_key("Territory", name)
        entity = disc.unknown_lands.setdefault(key, Entity("Territory", key, name, ()))
    disc.named_lands.append((index, entity))
    return entity


def _proper_name(text: str) -> bool:
    """Whether a body's words are a name (every word capitalised but the small ones: "the Sahel
    Boundary Authority", "Commission for Boundaries") rather than a description ("Defence ministry")."""
    words = [w for w in text.split() if w.lower() not in ("the", "of", "for", "and", "on")]
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _longer(start: int, end: int, m: Mention) -> bool:
    """Whether the recogniser's span holds the mention and more ("Korean Maritime" in "the Korean
    Maritime Institute"): the same words alone ("Lavrov said") stay the person the article named."""
    return start <= m.start and m.end <= end and end - start > m.end - m.start


def _guessed_person(m: Mention) -> bool:
    """A person found only as a run of capitalised words, with no title and unknown to the gazetteer."""
    return m.tag == "P" and m.how == "name" and m.office is None


def _land(disc: Discourse, p: Parsed, ent: Span, index: int) -> Entity | None:
    """An unknown place the recogniser names, as land the relations can take ("Britain ceded
    Heligoland"), unless the grammar places an event there ("met in Kasane"): a town, no land;
    or the name modifies another noun."""
    head = ent[-1]  # the head of a name ("the Black Sea" in "the Black Sea coast": not its root)
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in phrases.nouns().place_preps
        and not _with_article(ent)
    ):
        return None  # "met in Kasane": a town; "in the Chaco": a region
    if head.dep_ in ("compound", "amod", "nmod", "poss"):
        return None  # a place naming something else: "the Black Sea peninsula", "Kasane's mayor"
    name = re.sub(r"^(?:the|The)\s+", "", ent.text).strip()
    key = entity_key("Territory", name)
    entity = disc.unknown_lands.setdefault(key, Entity("Territory", key, name, ()))
    disc.named_lands.append((index, entity))
    return entity


def _with_article(ent: Span) -> bool:
    """Whether a one-word name takes "the" ("the Chaco", "the Ogaden"): a region's way, not a
    town's ("The Hague" is the gazetteer's)."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    words = [t for t in ent if t.lower_ != "the"]
    return len(words) == 1 and (ent[0].lower_ == "the" or before == "the")


def _town(ent: Span, name: str) -> Entity | None:
    """A place the recogniser calls a political entity (GPE) where the grammar puts something
    ("met in Kasane", "talks at Putrajaya", "clashed near Kok-Tash"): a town the gazetteer does
    not know, as a place."""
    head = ent[-1]
    if ent.label_ not in ("GPE", "ORG") or head.dep_ != "pobj" or head.head.lower_ not in _WHERE:
        return None
    return Entity("City", entity_key("City", name), name, ())


def _owned_body(text: str, inside: list[Mention], start: int, end: int) -> bool:
    """A body whose name holds its state's ("the Ministry of Foreign Affairs of Nepal", "Nepal's
    Armed Police Force"): the state's name is part of the body's, which names more than it."""
    if not all(
        m.tag == "S" and m.how in _OWNER_HOWS and start <= m.start and m.end <= end for m in inside
    ):
        return False
    rest = text[start:end]
    for m in sorted(inside, key=lambda m: -m.start):
        rest = rest[: m.start - start] + rest[m.end - start :]
    return any(w[:1].isupper() and w.lower() not in ("the", "of", "'s") for w in rest.split())
