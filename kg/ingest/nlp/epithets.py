"""A person referred to by what they are, not by an office or a name: "The official said",
"the veteran diplomat added", "the Chilean diplomat", "the 58-year-old told reporters". Such a
definite noun (``person_epithets`` of data/lexicon/references.yaml) is the person named last before
it, in its sentence or the few sentences before, as a reader takes it: a state before the noun must
be the one that person serves, and an indefinite one since ("a senior official said") is someone
else, so nothing is resolved. Offices ("the minister") are kg.ingest.nlp.references's ``_roles``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ingest.nlp.mentions import Mention
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.gazetteer import Gazetteer
    from kg.ingest.nlp.grammar import Parsed
    from kg.ingest.nlp.persons import People
    from kg.model import Entity


@dataclass(frozen=True)
class _Words:
    nouns: frozenset[str]
    ages: tuple[str, ...]
    determiners: frozenset[str]
    window: int
    counterparts: frozenset[str]
    person_nouns: frozenset[str]  # nouns and counterparts: the test of every word, made once
    unnamed: frozenset[str]  # nouns and those who speak for a body ("a spokeswoman for X")


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")["person_epithets"]
    nouns, counterparts = frozenset(data["nouns"]), frozenset(data.get("counterparts", ()))
    return _Words(
        nouns,
        tuple(data["ages"]),
        frozenset(data["determiners"]),
        int(data["window"]),
        counterparts,
        nouns | counterparts,
        nouns | frozenset(data.get("unnamed", ())),
    )


def is_counterpart(lemma: str) -> bool:
    """ "her Cypriot counterpart": a stand-in whose demonym names the other side's state."""
    return lemma.lower() in _words().counterparts


def window() -> int:
    """How many sentences back an epithet may refer."""
    return _words().window


def _epithet(noun: Token) -> bool:
    """A singular person noun of the list, or an age standing for the person ("the 58-year-old":
    tokens "58 - year - old", headed by "old")."""
    words = _words()
    if noun.tag_ == "NN" and noun.lemma_.lower() in words.person_nouns:
        return True
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False  # (tested before the words are joined: most words are no subject)
    said = "".join(t.text for t in noun.doc[noun.left_edge.i : noun.i + 1]).lower()
    return any(said.endswith(a) for a in words.ages)


def _indefinite(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The indefinite person nouns ("a senior official", "an Ecuadorian diplomat", "a spokeswoman")
    between ``start`` and ``end``: someone unnamed, whom a definite one or a pronoun after them means."""
    nouns = "|".join(sorted(_words().unnamed))
    pattern = rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}(?:{nouns})\b"
    return list(re.finditer(pattern, text[start:end], re.I))


def _unnamed_since(text: str, start: int, end: int) -> bool:
    """Whether an indefinite person noun stands between the last naming and here."""
    return bool(_indefinite(text, start, end))


def _unnamed_state(gz: Gazetteer, text: str, start: int, end: int) -> Entity | None:
    """The state of the last unnamed official before ``end`` ("A senior Bolivian official said
    ... The official added"): the one a demonym or state name in that phrase gives, which speaks
    for it as "a Bolivian official" does."""
    found = _indefinite(text, start, end)
    if not found:
        return None
    for word in reversed(found[-1].group().split()):
        key = gz.demonyms.get(word.lower())
        if key is not None:
            return gz.get(key)
    return None


def unnamed_subject(gz: Gazetteer, text: str, start: int, end: int) -> tuple[bool, Entity | None]:
    """Whether a sentence between ``start`` and ``end`` opens with an unnamed person ("A senior
    Equatoguinean diplomat told Reuters ...") whom a later "he" means rather than anyone named
    before, and the state that person speaks for (a demonym or state in the phrase), if told."""
    opening = [
        m
        for m in _indefinite(text, start, end)
        if re.search(r"(?:^|[.!?\"\u201d]\s*|\n\s*)$", text[max(0, start - 3) : start + m.start()])
    ]
    if not opening:
        return False, None
    at = start + opening[-1].start()
    return True, _unnamed_state(gz, text, at, start + opening[-1].end())


def find(
    p: Parsed,
    gz: Gazetteer,
    people: People,
    recent: list[tuple[Entity, int]],
    text: str,
) -> list[Mention]:
    """The person each definite epithet of the sentence refers to; ``recent`` holds the people named
    in the window before it (or earlier in it), with where each was last named, latest last."""
    out: list[Mention] = []
    for noun in p.tokens:
        if p.mention(noun) is not None or not _epithet(noun):
            continue
        if noun.dep_ in ("compound", "amod", "appos") or any(
            c.dep_ in ("appos", "prep") and c.i > noun.i for c in noun.children
        ):
            continue  # "the official, X,", "an official of the ministry": told there, or no one
        lead = [c for c in noun.children if c.i < noun.i and c.dep_ in ("det", "poss")]
        states = {
            m.entity.key
            for c in noun.children
            if c.i < noun.i and (m := p.mention(c)) is not None and m.tag == "S" and m.entity
        }
        if not lead or not (
            lead[0].dep_ == "det"
            and lead[0].lower_ in _words().determiners
            or lead[0].dep_ == "poss"
            and states
            and noun.lemma_.lower() in _words().counterparts
        ):
            continue  # "his counterpart" only with the state that tells which one
        at = p.offset + lead[0].idx
        end = p.offset + noun.idx + len(noun.text)
        person = _antecedent(gz, people, recent, text, at, states)
        if person is not None:
            out.append(Mention(at, end, text[at:end], "P", person, how="epithet"))
            continue
        named = max((n for _, n in recent if n < at), default=0)
        state = _unnamed_state(gz, text, max(named, at - _REACH), at) if not states else None
        if state is not None:
            out.append(Mention(at, end, text[at:end], "S", state, how="epithet"))
    return out


#: How far back (characters) an unnamed official may be what "the official" means: about the two
#: sentences before.
_REACH = 400


def _antecedent(
    gz: Gazetteer,
    people: People,
    recent: list[tuple[Entity, int]],
    text: str,
    at: int,
    states: set[str],
) -> Entity | None:
    for person, named in reversed(recent):
        if named >= at:
            continue
        if _unnamed_since(text, named, at):
            return None
        if states:
            info = people.by_key.get(person.key)
            serves = (info.of.key if info and info.of else None) or gz.serves.get(person.key)
            if serves not in states:
                continue
        return person
    return None
