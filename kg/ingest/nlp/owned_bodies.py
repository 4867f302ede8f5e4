"""Bodies named by a head noun and the words that modify it: "the Indian navy", "Eritrea's
information ministry", "Belize's Fisheries Department", "the Ethiopian National Defence Force",
"Argentina's National Geographic Institute", "the Guyana-Suriname Border Commission".

News names most of a state's bodies this way, and the gazetteer cannot list them all; left unread,
"the Indian Army said" is read as India speaking, and a map "issued by Argentina's National
Geographic Institute" loses its issuer. The head nouns are data (``data/lexicon.yaml``,
``body_heads``); the name and the state come from the parse: the modifiers on the head (a state's
name, possessive or demonym among them: kg.ingest.nlp.body_modifiers) and a proper name after
"of" (kg.ingest.nlp.body_tails). A body of one state is one entity for every article ("Pakistan's
navy" is "the Pakistani navy"); one with no state, or with two ("a joint Guyana-Suriname
commission"), is a body of its own article. A name the gazetteer or the described bodies
(kg.ingest.nlp.bodies) already read stays their mention. A name goes on past "and" ("Ministry of
Foreign Affairs and International Cooperation") and may open with its parent body's ("the African
Union Border Programme"); named again without its state, it is the state's body the article named
before ("the Sovereignty Council").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.strings import StringStore
from spacy.tokens import Token

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import land_names, lexicon, placed_features
from kg.ingest.nlp.acting_bodies import seat_state
from kg.ingest.nlp.bodies import described_kind
from kg.ingest.nlp.body_modifiers import (
    STATE_HOWS,
    held_back,
    land_named,
    modifiers,
    numbered,
    parent_body,
)
from kg.ingest.nlp.body_owners import body_of
from kg.ingest.nlp.body_tails import SMALL, name_tail
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity

#: Speakers' nouns that are a person's title after a body's head ("navy spokesman", "army commander").
_TITLED = frozenset(
    "spokesman spokeswoman spokesperson commander general minister ambassador envoy leader "
    "representative negotiator delegate adviser advisor aide".split()
)


@lru_cache(maxsize=4)
def _word_ids(strings: StringStore, *words: frozenset[str]) -> frozenset[int]:
    """The ids of the head nouns' lower-case forms: a sentence's tokens are read as one column,
    and a ``Token`` object is made for a head noun alone."""
    return frozenset(strings[w] for group in words for w in group)


def find(
    gz: Gazetteer,
    p: Parsed,
    text: str,
    local: Callable[[str, str], str] | None = None,
    seen: list[Entity] | None = None,
) -> list[Mention]:
    """Mentions of bodies named by a head noun in one parsed sentence; ``seen`` holds the bodies
    the article has named so far, one of which a name without its state names again ("Sudan's
    Sovereignty Council ... The Sovereignty Council said")."""
    heads = lexicon.load().body_heads
    caps = lexicon.load().named_body_heads
    skip = lexicon.load().non_name_words
    out: list[Mention] = []
    wanted = _word_ids(p.doc.vocab.strings, heads, caps)
    for t in [p.doc[i] for i, w in enumerate(p.doc.to_array([LOWER]).tolist()) if w in wanted]:
        if not (t.lower_ in heads or (t.lower_ in caps and t.text[:1].isupper() and t.i > 0)):
            continue
        if t.pos_ not in ("NOUN", "PROPN") or p.mention(t) is not None:
            continue
        if t.lower_ in placed_features.features() and placed_features.placed(p, t):
            continue  # "near Rifleman Bank": a sea feature (placed_features), no bank
        if t.text.islower() and land_names.land_noun(t) and land_named(p, t, skip):
            continue  # "the Peten department", "the department of La Guajira": land
        if (t.dep_ == "compound" and not _voiced(t)) or any(t.i <= o for o in _ends(p, out)):
            continue  # "navy spokesman": the person's title, not a body named
        left, states = modifiers(p, t, skip, lands=t.lower_ in lexicon.load().land_body_heads)
        if held_back(p, left[0] if left else t):
            continue  # "the Korean Maritime Institute": a name the recogniser reads whole
        if not states and t.text[:1].isupper():
            while len(left) > 1 and left[0].text.islower():  # "the nationalist Homeland
                left = left[1:]  # Movement": a description before the name
            left = [*parent_body(p, left[0] if left else t, t), *left]  # "the AU Border Programme"
        right, of = name_tail(p, t, names=t.text[:1].isupper())
        if of is not None and not states:
            states = [of]
        mods = [x for x in left if p.mention(x) is None and x.tag_ != "POS"]
        if not states and (seat := _seated(gz, p, [*mods, t])) is not None:
            states = [seat]  # "In London, a Foreign Office spokesperson said": the UK's
        words = [*mods, t, *(x for x in right if p.mention(x) is None)]
        while words[-1].lower_ in SMALL:
            words.pop()  # "Foreign Ministry of" Peru
        # a unit's number is part of its name ("the 14 Corps", "the 2nd Infantry Division")
        named = all(w.text[:1].isupper() or w.lower_ in SMALL or numbered(w) for w in words)
        proper = any(w.pos_ == "PROPN" and w.text[:1].isupper() for w in mods)
        named = named or (proper and t.text.islower())  # "the ruling Frelimo party"
        s, e = p.span([*left, t, *right])
        if len(states) == 1:
            entity = _owned(gz, states[0], words, " ".join(text[s:e].split()))
        elif (states or len(words) > 1) and (named or len(states) > 1) and not _described(words):
            entity = _unowned(p, text, left or words, words[-1], local if states else None)
            if not states:
                entity = _named_before(entity, seen or [])
        else:
            continue
        out.append(Mention(s, e, text[s:e], "O", entity, how="body-head"))
    return out


def _seated(gz: Gazetteer, p: Parsed, words: list[Token]) -> Entity | None:
    """The state whose capital opens the sentence, for a body named by what a state keeps at home
    ("Foreign Office", "Defence Ministry") and nothing of its owner (acting_bodies.seat_state)."""
    said = " ".join(w.lower_ for w in words)
    return seat_state(gz, p) if described_kind(said, at_home=True) is not None else None


def _voiced(t: Token) -> bool:
    """Whether a body's head modifies what carries its words ("a Jordanian army source said", "an
    Indian army statement"): the body speaks, where "army chief" is a person's title."""
    lex = lexicon.load()
    return t.head.lemma_.lower() in (lex.spokespeople | lex.spoken_nouns) - _TITLED


def _described(words: list[Token]) -> bool:
    """Whether a name of no state is a state's body described ("the Foreign Ministry", "the
    Supreme Court"): whose it is, kg.ingest.nlp.bodies reads from the article, never a guess."""
    said = " ".join(w.lower_ for w in words)
    return described_kind(said) is not None


def _ends(p: Parsed, out: list[Mention]) -> list[int]:
    """Token indices where the mentions found so far end (a head inside one is taken)."""
    return [t.i for m in out for t in p.within(m.start, m.end)]


def _owned(gz: Gazetteer, state: Entity, words: list[Token], written: str) -> Entity:
    """The state's body (kg.ingest.nlp.body_owners.body_of: one per state and name), also called as
    written ("Indian Navy", "Saudi Press Agency", "Eritrea's information ministry")."""
    said = " ".join(w.text for w in words)
    known = described_kind(said.lower())
    if known is not None:  # "the foreign ministry of Bhutan" is "Bhutan's foreign ministry"
        entity = body_of(gz, state, *known)
    else:
        name = " ".join(
            w.text if w.text[:1].isupper() or w.lower_ in SMALL or numbered(w) else w.text.title()
            for w in words
        )
        entity = body_of(gz, state, name, (said.lower(),))
    if written not in (entity.label, *entity.aliases):
        entity = replace(entity, aliases=(*entity.aliases, written))
    return entity


def _named_before(body: Entity, seen: list[Entity]) -> Entity:
    """The state's body the article named before under this name ("the Sovereignty Council" after
    "Sudan's Sovereignty Council"): one body, the latest so named, else ``body`` itself."""
    said = body.label.lower()
    return next(
        (b for b in reversed(seen) if b.label.lower().startswith(said + " of ")),
        body,
    )


def _unowned(
    p: Parsed,
    text: str,
    first: list[Token],
    last: Token,
    local: Callable[[str, str], str] | None,
) -> Entity:
    """A body no one state owns, named as written: a proper name is one body everywhere, one of two
    states ("the Guyana-Suriname Border Commission") one of its article (``local``)."""
    s, e = p.span([first[0], last])
    label = " ".join(text[s:e].split())
    key = local("Organization", label) if local else entity_key("Organization", label)
    return Entity("Organization", key, label, ())


def owned_elsewhere(text: str, m: Mention, found: list[Mention]) -> bool:
    """Whether a body the gazetteer found by a short name ("Security Council", "General
    Assembly") is another state's body of that name: a state's demonym or possessive stands right
    before it ("the Armenian Security Council", "Kenya's General Assembly") and is no word of the
    body's own names. Left out, the body is read here with its state."""
    words = m.text.split()
    if m.tag != "O" or m.entity is None or len(words) < 2 or any(w.isupper() for w in words):
        return False  # "China's UN ambassador": an acronym names the body itself
    before = [f for f in found if f.tag == "S" and f.entity and f.how in STATE_HOWS]
    owner = next((f for f in before if re.fullmatch(r"(?:['’]s)?\s+", text[f.end : m.start])), None)
    if owner is None or owner.entity is None:
        return False
    names = " ".join((m.entity.label, *m.entity.aliases)).lower()
    return owner.text.lower() not in names and owner.entity.label.lower() not in names
