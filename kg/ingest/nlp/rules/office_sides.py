"""Which side an official stands on when no title says whose office it is: what the sentences
around the official tell of the other side (kg.ingest.nlp.rules.people reads the rest)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from kg.ingest.nlp import bodies, lexicon
from kg.ingest.nlp.discourse import Sentence
from kg.ingest.nlp.grammar import Parsed, head_token
from kg.ingest.nlp.land_names import land_noun
from kg.ingest.nlp.rules.common import Collector, members
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


def other_side(c: Collector, person, resolved: dict[str, Entity]) -> Entity | None:
    """ "President Blaise Compaore and his Nigerien counterpart Mahamadou Issoufou", "Lavrov was
    received by President Zatlers": one whose counterparts and hosts all serve one state of the two
    the article is about serves the other."""
    partners = met_by(c, person)
    partners |= {k for k, v in c.disc.counterparts.items() if v == person.key}
    partners |= {v for k, v in c.disc.counterparts.items() if k == person.key}
    states = {s.key: s for k in partners if (s := _serves(c, k, resolved)) is not None}
    pair = c.disc.pair_in_play()
    if len(states) != 1 or len(pair) != 2 or next(iter(states)) not in {s.key for s in pair}:
        return None
    return next(s for s in pair if s.key not in states)


def _serves(c: Collector, key: str, resolved: dict[str, Entity]) -> Entity | None:
    info = c.disc.people.by_key.get(key)
    return info.of if info is not None and info.of is not None else resolved.get(key)


def met_by(c: Collector, person) -> set[str]:
    """The people the article says ``person`` met: a host or a guest, a counterpart across the
    table, of the other side, so never the official whose state a bare title borrows."""
    out: set[str] = set()
    for f in c.of("meeting"):
        keys = {e.key for e in members(f.args.get("participants"))}
        if person.key in keys and len(keys) == 2:
            out |= keys - {person.key}
    return out


def locating_states(s: Sentence) -> set[int]:
    """Where a state is named only to place a town or a land ("in the Russian city of Kazan",
    "Russia's Pskov region"): it says where, not whom an official of the sentence serves."""
    return _named_where(
        s,
        lambda p, t: (
            t.dep_ in ("amod", "compound", "poss") and t.head.pos_ == "NOUN" and land_noun(t.head)
        ),
    )


def _named_where(
    s: Sentence, test: Callable[[Parsed, Token], bool], lemmas: frozenset[str] | None = None
) -> set[int]:
    """Where in the article the words of the sentence's parse that pass ``test`` start.
    ``lemmas``: a word of the sentence must have one of them for any word to pass (the test is
    not run on every word of a sentence that has none)."""
    if s.doc is None:
        return set()
    p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
    if lemmas is not None:
        strings = p.doc.vocab.strings
        if not any(strings[x].lower() in lemmas for x in p.doc.to_array([LEMMA]).tolist()):
            return set()
    return {p.offset + t.idx for t in p.doc if test(p, t)}


def deployed_states(s: Sentence) -> set[int]:
    """Where a state is named only as the owner of troops or a side on the ground ("the presence
    of Croatian troops", "the Syrian side of Mount Hermon", ``deployed_nouns`` of
    data/lexicon.yaml): in an official's words, the other side's, not whom the official serves."""
    return _named_where(
        s,
        lambda p, t: (
            t.dep_ in ("amod", "compound", "poss")
            and t.head.pos_ == "NOUN"
            and t.head.lower_ in lexicon.load().deployed_nouns
            and (
                t.head.lower_ != "side"
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in t.head.children)
            )
        ),
    )


def partner_states(s: Sentence) -> set[int]:
    """Where a state is named as the other party of a "with" ("relations with Guatemala", "held
    talks with India", "its border with Nepal"): whom an official deals with, never whom the
    official serves."""
    return _named_where(
        s, lambda p, t: _with_object(t) or _with_object(t.head) and t.dep_ in _WITHIN
    )


def addressed_states(s: Sentence) -> set[int]:
    """Where a state is the object of a verb that asks it to act ("asked Mozambique to back its
    claim", "urged China to withdraw": ``object_control`` of data/lexicon/mood.yaml): whom the
    official addresses, never whom the official serves."""
    return _named_where(
        s,
        lambda p, t: (
            t.dep_ == "dobj"
            and t.head.lemma_.lower() in _OBJECT_CONTROL
            and any(c.dep_ in ("xcomp", "ccomp") for c in t.head.children if c.i > t.i)
        ),
        _OBJECT_CONTROL,
    )


#: Verbs whose object is asked to do what their infinitive says (the parser's reading of control).
_OBJECT_CONTROL = frozenset(read_yaml(DATA_DIR / "lexicon" / "mood.yaml")["object_control"])

#: The words of a "with" object's phrase that a state's name may start on ("the Indian side").
_WITHIN = ("compound", "det", "amod", "poss")


def summoned_states(s: Sentence) -> set[int]:
    """Where a state is named inside the phrase of the one summoned ("summoned the Chinese
    ambassador", "called in a Japanese diplomat", "X of the Chinese Embassy was called in by Y"):
    the envoy's side, never the summoning official's."""
    return _named_where(s, lambda p, t: any(_summoned(a) for a in _phrase_up(t)), _SUMMON)


def _phrase_up(t: Token) -> list[Token]:
    """The word and the words above it up to, not past, the verb its phrase hangs on."""
    out = [t]
    while out[-1].head != out[-1] and out[-1].pos_ not in ("VERB", "AUX"):
        out.append(out[-1].head)
    return out[:-1] if out[-1].pos_ in ("VERB", "AUX") else out


def _summoned(a: Token) -> bool:
    verb = a.head if a.dep_ != "pobj" else a.head.head
    if verb.lemma_.lower() not in _SUMMON:
        return False
    if verb.lemma_.lower() == "call" and not any(
        c.lower_ == "in" and c.dep_ in ("prt", "prep") for c in verb.children
    ):
        return False  # "called for", "called on": no summons
    if a.dep_ == "pobj":  # "called in a Japanese diplomat": the object hung on "in"
        return a.head.lower_ == "in" and a.head.head == verb
    return a.dep_ in ("dobj", "nsubjpass")


#: Verbs of summoning an envoy (the protest class's summons, data/lexicon/relations.yaml).
_SUMMON = frozenset({"summon", "call"})


def _with_object(t: Token) -> bool:
    return t.dep_ == "pobj" and t.head.lower_ == "with"


def describing_states(s: Sentence) -> set[int]:
    """Where a state is the subject of a clause that describes a land ("a farming area that Rwanda
    has administered for decades", "the reef, which Peru calls Isla Roja"): it tells who
    holds or names the land, not whom an official of the sentence serves."""
    return _named_where(
        s,
        lambda p, t: (
            t.dep_ == "nsubj"
            and t.head.dep_ == "relcl"
            and (land_noun(t.head.head) or _land_named(p, t.head.head))
        ),
    )


def _land_named(p: Parsed, word) -> bool:
    m = p.mention(word)
    return m is not None and m.tag in ("T", "C")


def body_named(c: Collector, words: str | None, office: str | None, state: Entity) -> Entity:
    """The state's body a title's own words name ("spokesman of the foreign ministry", with the
    state found from the article): the office is the body's, as a title naming the body's state
    says it ("China's foreign ministry spokeswoman"); else the state itself. A body kept abroad
    (an embassy) is never found so, nor a body the office's own name holds ("chief cabinet
    secretary")."""
    said = f" {(words or '').lower()} ".replace("'s ", " ").replace("’s ", " ")
    # ("the foreign ministry's Asian and Oceanian Affairs Bureau": a unit of that ministry)
    for name, described in lexicon.load().bodies:
        if name in lexicon.load().abroad | lexicon.load().by_seat:
            continue
        if any(f" {w} " in said and w not in (office or "") for w in described):
            return bodies.body_of(c.gz, state, name, described)
    return state


def unit_of_bare_body(words: str | None, of: Entity | None) -> bool:
    """Whether the title names its owner as a unit of a body no state is given to ("director
    general of the Foreign Ministry's Asian Affairs Bureau"): the holding is that body's, whose
    state the article gives (body_named), not the unit's."""
    if of is None or of.kind != "Organization" or not words:
        return False
    said = words.lower().replace("’s ", "'s ")
    unit = f"'s {of.label.lower()}"
    return any(f"{w}{unit}" in said for _, described in lexicon.load().bodies for w in described)


def same_side(c: Collector, person, s: Sentence, resolved: dict[str, Entity]) -> Entity | None:
    """ "Japanese Prime Minister Taro Yamada and Foreign Minister Jiro Sato said China must ...":
    a bare title after "and" a titled name is of that official's state (a wire names the other
    side's with a demonym or "his ... counterpart"), not a state the rest of the sentence names;
    never one the person met or is the counterpart of."""
    if s.doc is None:
        return None
    p = Parsed.of(s.doc, s.span.start, s.masked.mentions)
    met = met_by(c, person)
    for m in s.masked.mentions:
        if m.tag != "P" or m.entity != person:
            continue
        name = p.within(m.start, m.end)
        head = head_token(name)
        if head is None:
            continue
        if head.dep_ != "conj":
            continue  # "Foreign Minister A and his Russian counterpart B": B's owner is B's alone
        o = p.mention(head.head)
        if o is None or o.tag != "P" or o.entity is None:
            continue
        between = [*p.doc[head.head.i + 1 : min(t.i for t in name)], *name]
        if any(_owner_word(p, t) for t in between):
            continue  # "and Trinidad's prime minister, A.N.R. Robinson": an owner of its own
        others = {o.entity.key} - met - {person.key}
        others -= {c.disc.counterparts.get(person.key), c.disc.counterparts.get(o.entity.key)}
        states = {x.key: x for k in others if (x := _serves(c, k, resolved))}
        if len(states) == 1:
            return next(iter(states.values()))
    return None


def _owner_word(p: Parsed, t) -> bool:
    """A word that names a title's owner: a possessive, a demonym, a state's or body's name."""
    m = p.mention(t)
    return (
        t.tag_ == "POS"
        or (t.pos_ == "ADJ" and t.text[:1].isupper())
        or (m is not None and m.tag != "P")
    )


def stateless_body(c: Collector, of: Entity) -> bool:
    """Whether a title's body is a state's by its kind but names no state ("Foreign Ministry
    spokesman X", "the defence ministry's spokesman"): whose it is, the article says around it,
    as for a bare title; kept abroad (an embassy) or named only with its state, never so."""
    if of.kind != "Organization" or bodies.owner(c.gz, of) is not None:
        return False
    return _kind_of(of) is not None


def owned_body(c: Collector, of: Entity, state: Entity) -> Entity:
    """The state's own body of the kind a stateless title's body is ("Foreign Ministry" of Iran:
    Iran's Ministry of Foreign Affairs)."""
    kind = _kind_of(of)
    return of if kind is None else bodies.body_of(c.gz, state, *kind)


def _kind_of(of: Entity) -> tuple[str, tuple[str, ...]] | None:
    return bodies.described_kind(" ".join(of.label.lower().split()), at_home=True, by_name=True)


def referred_body(c: Collector, s: Sentence, of: Entity) -> tuple[str, tuple[str, ...]] | None:
    """The kind of a state's body a title's sentence names only by referring back to one named
    before ("Lee, the foreign ministry's spokesperson", after "Japan's Foreign Ministry"): "the"
    says whose it is no more than a bare title does, so the person's state is read from the
    article as for one, and the body is that state's of the same kind."""
    if of.kind != "Organization" or bodies.owner(c.gz, of) is None:
        return None
    for m in s.masked.mentions:
        if m.tag == "O" and m.entity == of and m.how == "referred":
            said = " ".join(m.text.lower().split())
            said = said.removeprefix("the ").removesuffix("'s").removesuffix("\u2019s").strip()
            return bodies.described_kind(said, at_home=True, by_name=True)
    return None
