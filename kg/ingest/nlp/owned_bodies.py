"""Bodies named by a head noun and the words that modify it: "the Indian navy", "Eritrea's
information ministry", "Belize's Fisheries Department", "the Ethiopian National Defence Force",
"Argentina's National Geographic Institute", "the Guyana-Suriname Border Commission".

News names most of a state's bodies this way, and the gazetteer cannot list them all; left unread,
"the Indian Army said" is read as India speaking, and a map "issued by Argentina's National
Geographic Institute" loses its issuer. The head nouns are data (``data/lexicon.yaml``,
``body_heads``); the name and the state come from the parse: the modifiers on the head (a state's
name, possessive or demonym among them) and a proper name after "of" (kg.ingest.nlp.body_tails). A
body of one state is one entity for every article ("Pakistan's navy" is "the Pakistani navy"); one
with no state, or with two ("a joint Guyana-Suriname commission"), is a body of its own article. A
name the gazetteer or the described bodies (kg.ingest.nlp.bodies) already read stays their mention.
A name goes on past "and" ("Ministry of Foreign Affairs and International Cooperation") and may
open with its parent body's ("the African Union Border Programme"); named again without its state,
it is the state's body the article named before ("the Sovereignty Council").
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
from kg.ingest.nlp.bodies import body_of, described_kind
from kg.ingest.nlp.body_tails import SMALL, name_tail
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity

#: How a word modifies the head of a body's name ("Fisheries Department", "information ministry").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: How a state's name stands before a body's head ("Eritrea's", "the Indian", "Kenya Navy").
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
#: How a state is named for it to own a body (not "they", not "the two countries").
_STATE_HOWS = frozenset({"name", "alias", "demonym", "capital"})
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
        if t.text.islower() and land_names.land_noun(t) and _land_named(p, t, skip):
            continue  # "the Peten department", "the department of La Guajira": land
        if (t.dep_ == "compound" and not _voiced(t)) or any(t.i <= o for o in _ends(p, out)):
            continue  # "navy spokesman": the person's title, not a body named
        left, states = _left(p, t, skip, lands=t.lower_ in lexicon.load().land_body_heads)
        if _held_back(p, left[0] if left else t):
            continue  # "the Korean Maritime Institute": a name the recogniser reads whole
        if not states and t.text[:1].isupper():
            while len(left) > 1 and left[0].text.islower():  # "the nationalist Homeland
                left = left[1:]  # Movement": a description before the name
            left = [*_parent_body(p, left[0] if left else t, t), *left]  # "the AU Border Programme"
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
        named = all(w.text[:1].isupper() or w.lower_ in SMALL or _numbered(w) for w in words)
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


def _numbered(w: Token) -> bool:
    """A number or an ordinal that opens a unit's name ("14", "2nd", "XIV" is capitalised)."""
    return w.like_num or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", w.lower_))


def _described(words: list[Token]) -> bool:
    """Whether a name of no state is a state's body described ("the Foreign Ministry", "the
    Supreme Court"): whose it is, kg.ingest.nlp.bodies reads from the article, never a guess."""
    said = " ".join(w.lower_ for w in words)
    return described_kind(said) is not None


def _held_back(p: Parsed, first: Token) -> bool:
    """Whether a state's name that owns no body (a demonym two states share: "Korean") modifies
    the name right before its first word: the name is more than the words read, left alone."""
    if first.i == 0:
        return False
    t = p.doc[first.i - 1]
    m = p.mention(t)
    return (
        m is not None
        and m.tag == "S"
        and _state(m) is None
        and t.dep_ in _OWNER_DEPS
        and t.head.i >= first.i
    )


def _ends(p: Parsed, out: list[Mention]) -> list[int]:
    """Token indices where the mentions found so far end (a head inside one is taken)."""
    return [t.i for m in out for t in p.within(m.start, m.end)]


def _left(
    p: Parsed, head: Token, skip: frozenset[str], lands: bool
) -> tuple[list[Token], list[Entity]]:
    """The words before the head that modify it, and the states named among them: the state's
    mention whole ("South Korea's"), its possessive, name words and lower-case modifiers."""
    words: list[Token] = []
    states: list[Entity] = []
    # "a Jordanian army source": the parse hangs the state on the noun the head modifies
    owners = {head.i, head.head.i} if head.dep_ == "compound" else {head.i}
    i = head.i - 1
    while i >= 0:
        t = p.doc[i]
        m = p.mention(t)
        if t.tag_ == "POS" and i > 0 and _state(p.mention(p.doc[i - 1]), lands) is not None:
            words.insert(0, t)
            i -= 1
            continue
        if m is not None:
            state = _state(m, lands)
            toks = p.within(m.start, m.end)
            if state is None or not toks or toks[-1].i != i or toks[-1].dep_ not in _OWNER_DEPS:
                break
            if not (toks[-1].head.i in owners or toks[-1].head in words):
                break
            if (prefix := _prefixed(p, toks[0])) is not None:
                words[:0] = [*prefix, *toks]  # "the Inter-American Commission": no state's
                i = prefix[0].i - 1
                continue
            words[:0] = toks
            if state not in states:
                states.append(state)
            i = toks[0].i - 1
            continue
        if (
            t.dep_ in _MODIFIER_DEPS
            and t.pos_ in ("NOUN", "PROPN", "ADJ")
            and t.lower_ not in skip
            and t.i < t.head.i <= head.i
        ):
            words.insert(0, t)
            i -= 1
            continue
        if _numbered(t) and t.head.i <= head.i and t.i < t.head.i and head.text[:1].isupper():
            words.insert(0, t)  # "the 14 Corps", "the 2nd Infantry Division": the unit's number
            i -= 1
            continue
        if t.text == "-" and words and i > 0 and _joined(p, p.doc[i - 1], skip):
            words.insert(0, t)  # "the Guyana-Suriname Border Commission", "the Kuki-Zo Council"
            i -= 1
            continue
        break
    owner = next((k for k, x in enumerate(words) if p.mention(x) is not None), 0)
    words = [x for k, x in enumerate(words) if k >= owner or x.text[:1].isupper()]  # "the official"
    while words and (words[0].tag_ == "POS" or words[0].text == "-"):
        words.pop(0)
    return words, states


def _joined(p: Parsed, t: Token, skip: frozenset[str]) -> bool:
    """Whether a word before a hyphen is a name's: a mention, or a free capitalised name word."""
    return p.mention(t) is not None or (
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.text not in skip
    )


def _land_named(p: Parsed, head: Token, skip: frozenset[str]) -> bool:
    """Whether a lower-case head that is also a land noun ("department") has a proper name of its
    own beside it, which no mention holds: right before it ("the Peten department") or after "of"
    ("the department of La Guajira"). A body is named by what it does ("the fisheries
    department"), a land by its name."""
    before = p.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.dep_ == "compound":
        if p.mention(before) is None and before.text not in skip:
            return True
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "PROPN" and p.mention(obj) is None:
            return obj.text not in skip
    return False


def _parent_body(p: Parsed, first: Token, head: Token) -> list[Token]:
    """The words of a body's name ("African Union", "UN") that open a capitalised body's name
    right before its first word ("the African Union Border Programme"): the name is the whole,
    a body of its own, not the parent body."""
    if first.i == 0:
        return []
    m = p.mention(p.doc[first.i - 1])
    if m is None or m.tag != "O" or m.how not in ("name", "alias"):
        return []
    toks = p.within(m.start, m.end)
    last = toks[-1] if toks else None
    if last is None or last.i != first.i - 1 or last.dep_ != "compound" or last.head.i > head.i:
        return []
    return toks


def _prefixed(p: Parsed, first: Token) -> list[Token] | None:
    """A capitalised prefix and a hyphen before a demonym ("Inter-American", "Pan-African"): one
    adjective of the body's name, whose state owns nothing; the prefix's words, or None."""
    if first.i < 2 or p.doc[first.i - 1].text not in ("-", "–"):
        return None
    prefix = p.doc[first.i - 2]
    if p.mention(prefix) is not None or not prefix.text[:1].isupper() or prefix.pos_ == "PUNCT":
        return None
    return [prefix, p.doc[first.i - 1]]


def _state(m: Mention | None, lands: bool = False) -> Entity | None:
    """The state a mention names for it to own a body, or with ``lands`` a territory by name."""
    if m is None or m.how not in _STATE_HOWS or m.entity is None:
        return None
    if m.tag == "S" and m.entity.kind == "State":
        return m.entity
    if lands and m.tag == "T" and m.how in ("name", "alias"):
        return m.entity
    return None


def _owned(gz: Gazetteer, state: Entity, words: list[Token], written: str) -> Entity:
    """The state's body (kg.ingest.nlp.bodies.body_of: one per state and name), also called as
    written ("Indian Navy", "Saudi Press Agency", "Eritrea's information ministry")."""
    said = " ".join(w.text for w in words)
    known = described_kind(said.lower())
    if known is not None:  # "the foreign ministry of Bhutan" is "Bhutan's foreign ministry"
        entity = body_of(gz, state, *known)
    else:
        name = " ".join(
            w.text if w.text[:1].isupper() or w.lower_ in SMALL or _numbered(w) else w.text.title()
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
    before = [f for f in found if f.tag == "S" and f.entity and f.how in _STATE_HOWS]
    owner = next((f for f in before if re.fullmatch(r"(?:['’]s)?\s+", text[f.end : m.start])), None)
    if owner is None or owner.entity is None:
        return False
    names = " ".join((m.entity.label, *m.entity.aliases)).lower()
    return owner.text.lower() not in names and owner.entity.label.lower() not in names
