"""A state's body named by what it is, with "the" and no owner, none of its kind named before:
"Japan lodged a protest with China. The foreign ministry said ..." is Japan's ministry. Wire copy
names the body so once the state has acted; the mentions (bodies.py) make none, since the
sentence does not say whose it is. As the speaker of a statement it is the body of the state that
is the subject of the clause its "with" phrase hangs on ("X protested, with the foreign ministry
saying"), else of the one whose capital opens its sentence ("In Tokyo, the foreign ministry
said"), else of the one whose capital the dateline names ("SEOUL (Yonhap) - Japan renewed its claim ... The foreign ministry
said": Seoul's, the bureau's government), else of the state that last acted as a subject, as "the
government" is that state (rules/pronouns.py). A bare "the ministry", where only a title named it
("foreign ministry spokeswoman X"), is the body that title describes, of that same state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ingest.nlp import bodies, lexicon
from kg.ingest.nlp import grammar as g
from kg.ingest.nlp.acting_bodies import seat_state, with_clause_state
from kg.ingest.nlp.rules.common import Collector
from kg.ingest.nlp.rules.venues import dateline_city
from kg.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The modifiers a body's description may carry before its head ("the foreign ministry").
_DESCRIBING = frozenset({"compound", "amod"})


def actor_body(c: Collector, p: g.Parsed, tok: Token) -> Entity | None:
    """The state's body that ``tok`` names with "the" and no owner (the state of the clause a
    "with" phrase hangs on, of the dateline's capital, or last acting), if any; never one a state
    keeps abroad ("the embassy")."""
    if [ch.lower_ for ch in tok.children if ch.dep_ == "det"] != ["the"]:
        return None
    before = [ch for ch in tok.children if ch.i < tok.i and ch.dep_ != "det"]
    if any(ch.dep_ not in _DESCRIBING for ch in before):
        return None  # "its ministry", "Japan's ministry": the mentions read those
    said = " ".join([*(t.lower_ for ch in before for t in ch.subtree), tok.lower_])
    body = bodies.described_kind(said, at_home=True)
    if body is None and not before:  # "foreign ministry spokeswoman X ... the ministry said"
        body = _titled_body(c, p, tok)
    state = with_clause_state(p, tok) or seat_state(c.gz, p) or dateline_state(c) or c.actor
    if state is not None and state.kind == "Organization":
        state = bodies.owner(c.gz, state)
    if body is None or state is None or state.kind != "State":
        return None
    return bodies.body_of(c.gz, state, *body)


def _titled_body(c: Collector, p: g.Parsed, tok: Token) -> tuple[str, tuple[str, ...]] | None:
    """The body a bare "the ministry" repeats where only a title named it before ("foreign
    ministry spokeswoman X told a briefing ... The talks will resume, the ministry said"): the
    description in the words of the title of the person named last before whose title holds one
    with that head (the body the title's holder speaks for)."""
    at = p.offset + tok.idx
    seen = [e for e, start, _ in c.disc.person_marks if start < at]
    for person in dict.fromkeys(reversed(seen)):  # the latest first
        info = c.disc.people.by_key.get(person.key)
        said = (getattr(info, "words", None) or "").lower().replace("’s ", "'s ")
        said = " ".join(said.replace("'s ", " ").split())  # "the ministry's X Bureau"
        words = f" {said} "
        for name, described in lexicon.load().bodies:
            if any(
                w.split(" of ")[0].split()[-1] == tok.lower_ and f" {w} " in words
                for w in described
            ):
                return name, described
    return None


def dateline_state(c: Collector) -> Entity | None:
    """The state whose capital the article's dateline names ("SEOUL, May 3 (Yonhap) -"): whose
    unowned body or "the government" speaks in its wire copy (rules/pronouns.py)."""
    city = dateline_city(c.gz, c.source)
    key = c.gz.capitals.get(city.key) if city is not None else None
    return c.gz.get(key) if key is not None else None
