"""Lands the gazetteer does not know, named by a proper name that the text says is land: "Kuvanza,
a hilltop outpost in the Cenepa valley", "Dumaru is a small island", "the Bolsones, pockets of land along
their border", "recognised Zanzibar as a British protectorate".

A one-word name has no word of its own that tells a place from a person or a body; news tells it
in the apposition or the predicate noun beside it. The land nouns are those of
``data/lexicon/places.yaml`` (an island's word makes an island; a town's none, as the parser
hangs "Chalov, mayor of Sevastopol, the Crimean port" on the person) with the nouns
that name land only in such a phrase (``apposed_lands``). A name the gazetteer or an earlier
reader already took (a state, a city, a person) stays what it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from kg.ingest.nlp import land_aliases, land_names, name_joints
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def _nouns() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Nouns that name land in apposition, nouns of a share that do with "of land", and the
    lands such a share is of."""
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml").get("apposed_lands", {})
    return (
        frozenset(str(w) for w in data.get("nouns", ())),
        frozenset(str(w) for w in data.get("shares", ())),
        frozenset(str(w) for w in data.get("share_of", ())),
    )


def _kind(noun: Token) -> str | None:
    """The kind of place a noun says its name is, or None for no land noun."""
    kinds, _skip = land_names.nouns()
    lemma = noun.lemma_.lower()
    nouns, shares, share_of = _nouns()
    if lemma in kinds:
        kind = kinds[lemma]
        return "IslandGroup" if kind == "Island" and noun.tag_ == "NNS" else kind
    if lemma in nouns:
        return "Territory"
    if lemma in shares:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if obj is not None and (obj.lemma_.lower() in share_of or obj.lemma_.lower() in kinds):
            return "Territory"
    return None


def _named(noun: Token) -> Token | None:
    """The name a land noun says what it is: its apposition's head, the subject of "be", or the
    object an "as" phrase says it of ("ran Ifni as a colony")."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.dep_ == "prep":
        verb = noun.head.head  # "recognised Zanzibar as a British protectorate"
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return None


def _name_tokens(p: Parsed, name: Token, skip: frozenset[str]) -> list[Token] | None:
    """The proper-name words of a name: the head and the name words joined before it, none taken
    by another mention; None where it is no plain proper name."""
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.lower_ in skip:
        return None
    words = [name]
    for t in reversed(list(name.lefts)):
        if t.i != words[0].i - 1 and not (t.i == words[0].i - 2 and t.nbor().text == "-"):
            break
        if name_joints.joiner(t) and t.dep_ in ("compound", "nmod"):
            words.insert(0, t)  # "Tierra del Fuego", "Madre de Dios"
            continue
        if t.dep_ != "compound" or t.pos_ != "PROPN" or not t.text[:1].isupper():
            break
        words.insert(0, t)
    while name_joints.joiner(words[0]):
        words.pop(0)
    if any(p.mention(t) is not None for t in words):
        return None
    return words


def _listed(p: Parsed, noun: Token, skip: frozenset[str]) -> Iterator[tuple[list[Token], str]]:
    """ "two islets, Mali Skoj and Veliki Skoj", "the three islets — A, B and C —", "the villages,
    A and B": the names a plural land noun's apposition lists are lands of its kind, one each."""
    kind = _kind(noun) if noun.tag_ == "NNS" else None
    if (
        kind is None
        or kind == "City"
        or noun.i + 1 >= len(p.doc)
        or p.doc[noun.i + 1].pos_ != "PUNCT"
    ):
        return
    single = "Island" if kind == "IslandGroup" else kind
    for first in noun.children:
        if first.dep_ != "appos" or first.i <= noun.i or first.pos_ != "PROPN":
            continue
        for name in (first, *first.conjuncts):
            words = p.doc[name.left_edge.i : name.i + 1]
            if (
                name.i > noun.i
                and all(
                    w.pos_ == "PROPN"
                    and w.text[:1].isupper()
                    and w.lower_ not in skip
                    or w.text == "-"
                    or name_joints.joiner(w)
                    for w in words
                )
                and not any(p.mention(w) is not None for w in words)
            ):
                yield list(words), single


def _lands(p: Parsed) -> Iterator[tuple[list[Token], str]]:
    _kinds, skip = land_names.nouns()
    for noun in p.tokens:
        if noun.pos_ == "NOUN":
            yield from _listed(p, noun, skip)
    shares = _nouns()[1]
    for noun in p.tokens:
        described = noun.pos_ == "NOUN" and not any(c.pos_ == "PROPN" for c in noun.lefts)
        called = land_aliases.called(noun) if described and p.mention(noun) is None else None
        kind = _kind(noun) or ("Territory" if noun.lemma_.lower() in shares else None)
        words = _name_tokens(p, called, skip) if called is not None and kind else None
        if words and kind and kind != "City" and called is not None:
            others = [w for c in called.conjuncts if (w := _name_tokens(p, c, skip))]
            if _one_side(called):  # "the two areas, known in Israel as Naharayim and Tzofar"
                others = []
            if others:  # "the islets, known locally as Tuskru Grande and Tuskru Pequeño"
                single = "Island" if kind == "IslandGroup" else kind
                yield from ((w, single) for w in (words, *others))
                continue
            yield [noun.left_edge, *words], kind  # "the tract, known as El Chamizal": all of it
            continue
        if noun.pos_ != "NOUN" or noun.dep_ not in ("appos", "attr", "pobj"):
            continue
        kind = _kind(noun)
        name = _named(noun) if kind else None
        words = _name_tokens(p, name, skip) if name is not None else None
        if kind == "City":
            continue  # "Chalov, mayor of Sevastopol, the Crimean port": a town's apposition may be misplaced
        if words and kind and name is not None and name.i < noun.i:
            yield words, kind


def _one_side(name: Token) -> bool:
    """Whether the participle that gives a name says whose usage it is ("known in Israel as",
    "called X by Serbs"): the other side's names of lands told before, kg.ingest.nlp.land_aliases
    reads them, not lands of their own."""
    verb = name.head.head if name.head.lower_ == "as" else name.head
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by") for c in verb.children)


def find(p: Parsed, text: str, seen: dict[str, Entity]) -> list[Mention]:
    """Mentions of lands a sentence says a name is; ``seen`` keeps one entity a name per source."""
    out: list[Mention] = []
    for words, kind in _lands(p):
        first = 1 if len(words) > 1 and words[1].i > words[0].i + 1 else 0  # the phrase naming it
        s = p.offset + words[0].idx
        e = p.offset + words[-1].idx + len(words[-1].text)
        label = " ".join(text[p.offset + words[first].idx : e].split())
        key = entity_key("City" if kind == "City" else "Territory", label)
        ent = seen.setdefault(key, Entity(kind, key, label, ()))
        out.append(Mention(s, e, text[s:e], "T", ent, how="land-noun"))  # as land_names' towns
    return out
