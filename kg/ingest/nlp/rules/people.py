"""Offices: who holds which office of which state, as the article's titles tell it."""

from __future__ import annotations

from kg.ingest.nlp import coordinated_titles, heads_of_state
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.office_phrase import MEMBERSHIP, VAGUE_OFFICES, Title
from kg.ingest.nlp.persons import PersonInfo
from kg.ingest.nlp.place_titles import unguessed
from kg.ingest.nlp.rules import named_next, shared_titles
from kg.ingest.nlp.rules import office_sides as sides
from kg.ingest.nlp.rules.bare_bodies import told_body
from kg.ingest.nlp.rules.body_holders import body_of_office
from kg.ingest.nlp.rules.common import Collector, government_of
from kg.ingest.nlp.rules.filed_from import filed_from
from kg.ingest.nlp.rules.issuers import issuer_state
from kg.ingest.nlp.rules.land_governments import land_government
from kg.ingest.nlp.rules.led_sides import led_side_state
from kg.ingest.nlp.rules.local_offices import local_place
from kg.ingest.nlp.rules.neighbour_states import (
    before_state,
    previous_official,
    sentence_before,
    sentence_state,
    spoken_body,
    spoken_for,
)
from kg.ingest.nlp.rules.note_signers import note_state
from kg.ingest.nlp.rules.office_sides import body_named
from kg.ingest.nlp.rules.patrons import patron_state
from kg.ingest.nlp.rules.place_roles import placed_role, regional_state
from kg.ingest.nlp.rules.placed_officials import place_state
from kg.ingest.nlp.rules.possessed_titles import boss_state, possessor
from kg.ingest.nlp.rules.spoken_states import spoken_state
from kg.model import Entity

_NEVER = {"counterpart", "deputy"}  # resolved into a real office, or nothing
#: Offices held only of the body the title itself names ("a member of the Legislative Assembly"),
#: whatever words narrow them: "a member of the delegation", "a crew member" hold no office, and
#: a state named with one says where the member is from
_OWNED_ONLY = {MEMBERSHIP}


def offices(c: Collector, sentences: list[Sentence]) -> None:
    """One holdsRole per person whose office and state the article gives (a title, or "X is the first
    Russian leader": kg.ingest.nlp.titles); where none names the state, it is the state the
    gazetteer says the person serves, else the state or body an "its" before the title means
    (kg.ingest.nlp.rules.possessed_titles), else the place set before the sentence's subject, else
    the one state the sentence names that is no other official's, else the state of the official
    named just before (low confidence). The dateline's city only last, for a state's own office
    (kg.ingest.nlp.rules.filed_from): it says where the reporter was."""
    by_index = {s.index: s for s in sentences}
    resolved: dict[str, Entity] = {}  # the state each official was found to serve, in order
    for info in c.disc.people.by_key.values():
        if (
            info.office
            and unguessed(info.office)  # "the judge": whose, only if the title says
            and info.of is None
            and info.words in (None, info.office)
        ):  # a vague office its portfolio narrows ("Information Minister") is not vague
            _its_body(c, info, by_index, sentences)
            continue
        if not info.office or info.office in _NEVER:
            continue
        if info.office in _OWNED_ONLY and (info.of is None or info.of.kind == "State"):
            continue  # "the Iranian member of the tribunal": where the member is from
        if info.entity == c.author and info.of is None:
            continue  # a press statement's author speaks for the state it names as subject (author_office)
        s = by_index.get(info.sentence) or sentences[0]
        if info.of is not None and _referred(c, info, s, sentences, by_index, resolved):
            continue
        if (
            info.of is not None
            and not sides.stateless_body(c, info.of)
            and not sides.unit_of_bare_body(info.words, info.of)
        ):
            role = role_args(info)
            placed = placed_role(c, info)  # "Migori Governor X": "governor of Migori"
            if placed is not None:
                role = {**role, "role": placed}
            of = regional_state(c, info, sentences) or government_of(info.of)
            c.add("holdsRole", {"person": info.entity, **role, "of": of}, s, "title", 0.9)
            resolved[info.entity.key] = info.of
            _coordinated(c, info, sentences, info.of)
            continue
        state, rule, confidence = _state_of(c, info, s, sentences, by_index, resolved)
        if state is None and info.of is not None:  # a "Foreign Ministry" no context gives a state
            state, rule, confidence = info.of, "title", 0.9
        shared = shared_titles.partners(c, info.entity, s)  # "presidents A and B": one each
        across = shared_titles.partner_state(c, shared) if shared else None
        if across is not None and info.entity.key not in c.gz.serves:
            state, rule, confidence = across, "title-partner", 0.6
        if state is not None:
            resolved[info.entity.key] = state
            of = (
                body_named(c, info.words, info.office, state)
                if state.kind == "State"
                else government_of(
                    state
                )  # "Rhineland-Palatinate ... Its premier, X": its government's
            )
            if of == state and info.of is not None and state.kind == "State":
                of = sides.owned_body(c, info.of, state)  # "Foreign Ministry spokesman X"
            if of == state and rule == "title-known" and info.office == "spokesperson":
                of = spoken_body(c, info, s, by_index, state)  # a known spokesman's ministry
            c.add(
                "holdsRole",
                {"person": info.entity, **role_args(info), "of": of},
                s,
                rule,
                confidence,
            )
            _coordinated(c, info, sentences, state)
    named_next.read(c, sentences)  # "Japan's prime minister vowed ... . Shigeru Ishiba told"


def _referred(
    c: Collector,
    info: PersonInfo,
    s: Sentence,
    sentences: list[Sentence],
    by_index: dict[int, Sentence],
    resolved: dict[str, Entity],
) -> bool:
    """ "Lee, the foreign ministry's spokesperson" after "Japan's Foreign Ministry": a body the
    title only refers back to is of the state the article gives the person, where that is another
    state than the body's (kg.ingest.nlp.rules.office_sides.referred_body)."""
    assert info.of is not None
    kind = sides.referred_body(c, s, info.of)
    if kind is None:
        return False
    state, rule, confidence = _state_of(c, info, s, sentences, by_index, resolved, told=False)
    if state is None or state.kind != "State" or state == sides.bodies.owner(c.gz, info.of):
        return False
    of = sides.bodies.body_of(c.gz, state, *kind)
    c.add("holdsRole", {"person": info.entity, **role_args(info), "of": of}, s, rule, confidence)
    resolved[info.entity.key] = state
    _coordinated(c, info, sentences, state)
    return True


def _its_body(
    c: Collector, info: PersonInfo, by_index: dict[int, Sentence], sentences: list[Sentence]
) -> None:
    """ "The opposition Party of Socialists rejected the deal. Its leader, X, said": a vague title
    that opens with "its" is an office of the body the sentence before has as subject."""
    if info.office not in VAGUE_OFFICES:
        return
    s = by_index.get(info.sentence) or sentences[0]
    owner = possessor(c, s, sentence_before(c, s, by_index), info.entity)
    if owner is not None and owner.kind == "Organization":
        c.add("holdsRole", {"person": info.entity, **role_args(info), "of": owner}, s, "its", 0.6)


def role_args(info: PersonInfo | Title) -> dict[str, str]:
    """A holding's role as the article words it ("spokesman for the defence ministry": what a
    reader and the eval's gold see) and its canonical office ("spokesperson": the one org:Role
    node every wording of it shares, kg.mapping); of a person's first office, or of a title read
    as a second one."""
    office = info.office or ""
    return {"role": info.words or office, "office": office}


def _coordinated(c: Collector, info: PersonInfo, read: list[Sentence], state: Entity) -> None:
    """ "Prime Minister and Foreign Minister X": the other offices coordinated with a title of the
    person anywhere in the article, each of the state its own phrase names, else the holding's."""
    seen = {info.office}
    for s in read:
        for m in s.masked.mentions if s.doc is not None else ():
            if m.tag != "P" or m.entity != info.entity or s.doc is None:
                continue
            # the title's words without the titled mention over them, as the title was first read
            p = Parsed.of(s.doc, s.span.start, [o for o in s.masked.mentions if o is not m])
            words = {w.lower() for n in (m.entity.label, *m.entity.aliases) for w in n.split()}
            name = [t for t in p.within(m.start, m.end) if t.lower_ in words]
            for title in coordinated_titles.offices(p, c.gz, name, info.entity) if name else []:
                if title.office in seen or title.office in VAGUE_OFFICES | _NEVER:
                    continue
                seen.add(title.office)
                role = role_args(title)
                of = government_of(title.of) if title.of is not None else state
                c.add("holdsRole", {"person": info.entity, **role, "of": of}, s, "title-also", 0.8)


def _state_of(
    c: Collector,
    info: PersonInfo,
    s: Sentence,
    sentences: list[Sentence],
    by_index: dict[int, Sentence],
    resolved: dict[str, Entity],
    told: bool = True,
) -> tuple[Entity | None, str, float]:
    """The state of an office no title names, the first of these readings that gives one (not the
    body a spokesman's article told, unless ``told``: kg.ingest.nlp.rules.bare_bodies); a
    state only guessed from the sentences around the title must fit the office by its form (no
    king of a republic: kg.ingest.nlp.heads_of_state)."""
    person = info.entity
    if person.key in c.gz.serves:  # "Prime Minister Ishiba": Japan's
        return c.gz.get(c.gz.serves[person.key]), "title-known", 0.8
    if info.office in c.gz.office_state:  # only Japan has the office
        return c.gz.get(c.gz.office_state[info.office]), "title-office", 0.8
    before = sentence_before(c, s, by_index)
    readings = (
        (
            lambda: body_of_office(c, info.office, (s, before), info.words),
            "body",
            0.6,
        ),  # "Secretary-General X"
        (lambda: local_place(c, info, s, before), "place", 0.6),
        (
            lambda: (
                (told_body(c, info, s, by_index) or spoken_for(c, info, s, by_index))
                if info.office == "spokesperson" and told
                else None
            ),
            "body",
            0.6,
        ),
        (lambda: issuer_state(c, info), "issuer", 0.6),  # a press release's own officials
        (lambda: possessor(c, s, before, person), "its", 0.6),
        (lambda: land_government(c, info, s, before), "government", 0.6),
        (lambda: boss_state(c, s, person, s.index), "his", 0.6),  # "his foreign secretary"
        (lambda: note_state(c, s, person), "note", 0.6),  # "Jamaica's note, delivered by X"
        (lambda: led_side_state(c, s, person), "side", 0.6),  # "the Indian delegation was led by X"
        (lambda: named_next.told_before(c, sentences, s, info.office or ""), "told", 0.6),
        (lambda: patron_state(c, s, person, resolved), "patron", 0.6),  # "adviser to President X"
        (lambda: place_state(c, s), "place", 0.5),
        (lambda: sides.same_side(c, person, s, resolved), "joined", 0.5),
        (lambda: sentence_state(c, info, s, resolved), "sentence", 0.5),
        (lambda: spoken_state(c, info, s), "spoken", 0.5),  # "X said Britain would"
        (lambda: sides.other_side(c, person, resolved), "other-side", 0.5),
        (lambda: previous_official(c, person, s, by_index, resolved), "neighbour", 0.4),
        (lambda: before_state(c, info, s, by_index, resolved), "before", 0.4),
        (lambda: heads_of_state.only_fitting(info.office, c.disc.main_states()), "form", 0.4),
        (lambda: filed_from(c, info, s), "filed-from", 0.4),
    )
    for read, rule, confidence in readings:
        state = read()
        if state is not None and heads_of_state.fits(info.office, state):
            return state, f"title-{rule}", confidence
    return None, "title-known", 0.8
