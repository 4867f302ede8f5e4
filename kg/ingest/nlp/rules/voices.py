"""Who speaks for a land that is no state: its government ("The Hong Kong government said",
"Gibraltar's government said", "Gibraltar said"). A land cannot speak, and the state that holds
or claims it is not who speaks there; the land's own government is (``government_of``, the body
that a territory's chief minister or chief executive already holds office in). And who speaks
for "the country" a phrase names ("the country's foreign ministry said"): the state last acting;
and for whom "his office" and "his ministry" speak."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies, lexicon
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.rules.common import Collector, government_of, person_state
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How a land's name stands before the noun of who speaks for it ("the Hong Kong government",
#: "Gibraltar's government")
_OWNING = frozenset({"compound", "poss", "amod", "nmod"})


def land_speakers(c: Collector, p: g.Parsed, toks: list[Token]) -> list[Entity]:
    """The government of the land a speaker's phrase names: the land itself as the subject
    ("Gibraltar said"), or before a noun for one who speaks for a body ("the Falkland Islands
    Government", "Hong Kong officials"); never a land only placed near the speaker ("residents of
    Hong Kong", "fishermen in the islands"), nor one referred to back ("the islands said"), nor a
    sea, which has no government ("a diplomat in the Gulf")."""
    out: list[Entity] = []
    for tok in toks:
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in lexicon.load().spokespeople:
            lands = [ch for ch in tok.children if ch.dep_ in _OWNING]
        else:
            lands = [tok]
        for land in lands:
            m = p.mention(land)
            if m is None or m.tag != "T" or m.entity is None or m.how == "anaphor":
                continue
            if m.entity.key in c.gz.waters:
                continue
            gov = government_of(m.entity)
            if gov is not m.entity and gov not in out:
                out.append(gov)
    return out


def country_speakers(c: Collector, toks: list[Token]) -> list[Entity]:
    """Who speaks for "the country" a speaker's phrase names ("the country's foreign ministry
    said", "the nation's president said"): the state last acting, through the body the phrase
    names where it names one (its foreign ministry), else the state itself."""
    if len(toks) != 1 or c.actor is None:
        return []
    tok = toks[0]
    words = lexicon.load()
    owner = next((ch for ch in tok.children if ch.dep_ == "poss"), None)
    if (
        tok.pos_ not in ("NOUN", "PROPN")
        or owner is None
        or owner.lemma_.lower() not in words.state_nouns
        or [d.lower_ for d in owner.children if d.dep_ == "det"] != ["the"]
    ):
        return []
    state = c.actor if c.actor.kind == "State" else bodies.owner(c.gz, c.actor)
    if state is None or state.kind != "State":
        return []
    said = " ".join(
        t.lower_ for t in tok.subtree if t.i > owner.right_edge.i and t.i <= tok.i
    )  # "foreign ministry"
    body = bodies.described_kind(said)
    if body is not None:
        return [bodies.body_of(c.gz, state, *body)]
    if tok.lemma_.lower() in words.spokespeople or c.gz.office(said) is not None:
        return [state]  # "the country's president", "the nation's officials"
    return []  # "the country's fishermen": people who speak for no one but themselves


def its_bodies(c: Collector, toks: list[Token], states: list[Entity]) -> list[Entity]:
    """The body a speaker's phrase names after "its" ("Its foreign ministry said", "its navy
    said") of the state the pronoun stands for: the body speaks, as "Tonga's foreign ministry"
    does, not the state."""
    if len(toks) != 1 or len(states) != 1 or states[0].kind != "State":
        return []
    tok = toks[0]
    owner = next((ch for ch in tok.children if ch.dep_ == "poss"), None)
    if owner is None or owner.lower_ != "its" or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    said = " ".join(t.lower_ for t in tok.subtree if owner.i < t.i <= tok.i)
    body = bodies.described_kind(said)
    return [bodies.body_of(c.gz, states[0], *body)] if body is not None else []


#: Nouns for the staff that speaks for one person ("his office said", "her press office said",
#: "his spokesman said": the patron's words, as "a spokesman for X" is X's)
_OFFICES = frozenset(
    {"office", "service", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor"}
)


def office_speakers(c: Collector, toks: list[Token]) -> list[Entity]:
    """Who speaks through "his office" or "her press service": the person "he" or "she" would be
    there, the first person of the sentences before (as ``Pashinyan's office`` is Pashinyan)."""
    owned = [
        tok
        for tok in toks
        if any(ch.dep_ == "poss" and ch.lower_ in ("his", "her") for ch in tok.children)
    ]
    if not c.disc.subjects or not owned or c.disc.subjects[-1].kind != "Person":
        return []
    person = c.disc.subjects[-1]
    if any(tok.lemma_.lower() in _OFFICES for tok in owned):  # "a statement from his office"
        return [person]
    body = _headed(c, person) if any(tok.lemma_.lower() == "ministry" for tok in owned) else None
    return [body] if body is not None else []


def _headed(c: Collector, person: Entity) -> Entity | None:
    """The ministry a minister heads, which "his ministry" names ("Foreign Minister X ... His
    ministry said": the foreign ministry of X's state): the body the lexicon words as the
    minister's office with "ministry" for "minister"."""
    info = c.disc.people.by_key.get(person.key)
    office = (getattr(info, "office", None) or "").lower()
    state = person_state(c, person)
    if not office.endswith("minister") or state is None or state.kind != "State":
        return None
    said = office[: -len("minister")] + "ministry"
    body = bodies.described_kind(said)
    return bodies.body_of(c.gz, state, *body) if body is not None else None


def narrated(p: g.Parsed, speakers: list[Token], who: list[Entity], said: tuple[int, int]) -> bool:
    """Whether a person's office ("his office", "Marape's press office") tells of the person in
    the third person ("Tamaki met the ambassador ..., his office said"; "... chaired by Prime
    Minister Sharif, his office said"): the bureau's account of what the person did, not the
    person's words, so no statement of the person. A spokesman voices the person ("Guterres is
    alarmed, his spokesman said": Guterres's words), so only the office is meant."""
    if len(who) != 1 or who[0].kind != "Person":
        return False
    office = any(
        t.lemma_.lower() == "office" and any(ch.dep_ == "poss" for ch in t.children)
        for t in speakers
    )
    return office and any(
        m.tag == "P" and who[0] in m.entities
        for t in p.within(*said)
        if (m := p.mention(t)) is not None
    )


#: A body whose head is one person, and the office that person holds ("the presidency said": the
#: president's bureau).
_HEADED_BODIES = {"Presidency": "president"}


def head_narrated(c: Collector, p: g.Parsed, who: list[Entity], said: tuple[int, int]) -> bool:
    """Whether a bureau that serves one person tells of that person in the third person
    ("President X received Y at the palace, the presidency said"; "President X discussed the
    situation by telephone with Y, the presidency said"): its account of the head's deeds, as
    ``narrated`` is for "his office", not words the body says of its own."""
    if len(who) != 1 or who[0].kind == "Person":
        return False
    office = next((o for b, o in _HEADED_BODIES.items() if who[0].label.startswith(b + " ")), None)
    if office is None:
        return False
    for t in p.within(*said):
        m = p.mention(t)
        if m is None or m.tag != "P" or m.entity is None:
            continue
        info = c.disc.people.by_key.get(m.entity.key)
        if (getattr(info, "office", None) or "").lower() == office:
            return True
    return False
