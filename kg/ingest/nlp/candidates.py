"""Which sentences are worth the parser: those that hold a form of some trigger whose required roles
the sentence's mentions (or a pronoun) could fill.

The parser is most of extraction's time, and a sentence with no trigger, or with a trigger but
nothing to fill it ("be" with no person in sight), can state no relation. The forms are made from
the trigger lemmas (``data/lexicon/relations.yaml``) and the irregular forms of
``data/lexicon.yaml``; the test is on words, before any parse.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg import gazetteer
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.mentions import Mention
from kg.ingest.nlp.triggers import by_lemma
from kg.paths import DATA_DIR, read_yaml

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
#: Words that stand for a state, a person or a group where no name does ("it", "the two sides").
_STANDS_IN = frozenset(
    {
        "it",
        "its",
        "they",
        "their",
        "them",
        "we",
        "our",
        "us",
        "he",
        "she",
        "his",
        "her",
        "i",
        "both",
        "two",
        "sides",
        "leaders",
        "ministers",
        "countries",
        "side",
        "government",
        "governments",
        "parties",
    }
)


def _forms(lemma: str) -> set[str]:
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        out |= {lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):  # stop -> stopped, commit -> committed
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[frozenset[str], ...]]]:
    """Word form -> for each trigger it may be, the mention tags each of its required roles takes."""
    irregular = read_yaml(DATA_DIR / "lexicon.yaml").get("irregular_forms") or {}
    from kg.ingest.nlp.rules.slots import (
        required_roles,  # the engine says which roles a fact needs
    )

    index: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for lemma, pairs in by_lemma().items():
        forms = _forms(lemma) | set(irregular.get(lemma, ()))
        for rel, trig in pairs:
            needs = tuple(
                tags
                for role, tags in rel.roles.items()
                if role in required_roles(rel.name)
                and "text" not in tags
                and role not in trig.implicit
            )
            for form in forms:
                index.setdefault(form, []).append(needs)
    return index


#: Two or more capitalised words in a row: a name, perhaps of someone the gazetteer does not know.
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")
#: A capitalised word after the first: a name, perhaps of a place the gazetteer does not know.
_PLACE = re.compile(r"(?<=\S )[A-Z][a-z]+\b")
#: One capitalised word anywhere: a surname, perhaps, of someone the article did not name in full.
_LONE = re.compile(r"\b[A-Z][a-z]{2,}\b")


def _unknown_name(
    text: str, mentions: list[Mention], start: int, name: re.Pattern[str] = _NAME
) -> bool:
    return any(
        not any(m.start < start + n.end() and start + n.start() < m.end for m in mentions)
        for n in name.finditer(text)
    )


def _unknown_opener(text: str, mentions: list[Mention], start: int) -> bool:
    """Whether the sentence opens with a lone capitalised word no mention covers and that is never
    a name's ("The", "Officials" are not): "Gan forms part of Addu Atoll", where the land a sentence
    is about stands first, as its subject."""
    first = _LONE.match(text)
    return (
        first is not None
        and first.group() not in lexicon.load().non_name_words
        and _unknown_name(text[: first.end()], mentions, start, _LONE)
    )


@lru_cache(maxsize=1)
def _speech_forms() -> frozenset[str]:
    """The forms of the ``statement`` class's plain verbs ("said", "told"), whose subject may be a
    lone surname (kg.ingest.nlp.proposals); not those that need a particle or modifier ("was
    adamant"), which words alone cannot tell."""
    irregular = read_yaml(DATA_DIR / "lexicon.yaml").get("irregular_forms") or {}
    return frozenset(
        form
        for lemma, pairs in by_lemma().items()
        if any(
            rel.name == "statement"
            and not (trig.noun or trig.particle or trig.modifiers)
            and trig.unquoted != "starts"  # "Bujumbura wanted it back": a stance, no speaker
            for rel, trig in pairs
        )
        for form in _forms(lemma) | set(irregular.get(lemma, ()))
    )


def _lone_name(text: str) -> bool:
    """Whether some capitalised word of ``text`` may be a name: not one that is never a name
    ("The", "Minister", "Monday": ``non_name_words`` of data/lexicon.yaml)."""
    stop = lexicon.load().non_name_words
    return any(w not in stop for w in _LONE.findall(text))


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """The nouns of bodies of states that meet (``state_bodies`` of data/lexicon.yaml), plurals too."""
    nouns = read_yaml(DATA_DIR / "lexicon.yaml")["state_bodies"]["nouns"]
    return frozenset(w for n in nouns for w in (n, n + "s"))


def has_trigger(text: str) -> bool:
    """Whether ``text`` holds a form of some trigger: what :func:`worth_parsing` asks first, on
    words alone, so that an article's sentences can be parsed in one batch before the mentions
    of each are known (kg.ingest.nlp.rules)."""
    index = _index()
    return any(w in index for w in _WORD.findall(text.lower()))


def _guessed(m: Mention, gz: gazetteer.Gazetteer) -> bool:
    """A town guessed by a word of its own, or a person by capitals alone (no title), that the
    gazetteer does not know: in a land-only role it is land (kg.ingest.nlp.proposals)."""
    if m.how != "name" or m.entity is None or gz.get(m.entity.key) is not None:
        return False
    return m.tag == "C" or (m.tag == "P" and m.office is None)


def worth_parsing(text: str, mentions: list[Mention], start: int = 0) -> bool:
    """Whether some trigger form in ``text`` (at ``start`` in the article) could have each of its
    required roles filled (never where :func:`has_trigger` is false)."""
    words = set(_WORD.findall(text.lower()))
    index = _index()
    hits = [w for w in words if w in index]
    if not hits:
        return False
    tags = {m.tag for m in mentions}
    if _unknown_name(text, mentions, start):
        tags |= {"P", "O"}  # "Kemi Badenoch denounced ...": the recogniser may name who
    elif (
        words & _speech_forms() and _lone_name(text) and _unknown_name(text, mentions, start, _LONE)
    ):
        tags.add("P")  # "Mohamud said": a lone surname may speak (kg.ingest.nlp.proposals)
    if _unknown_name(text, mentions, start, _PLACE) or _unknown_opener(text, mentions, start):
        tags.add("T")  # "Britain ceded Heligoland": the recogniser may name land (proposals)
    gz = gazetteer.load()
    if any(_guessed(m, gz) for m in mentions):
        tags.add("T")  # "Mexico claimed El Chamizal": a name guessed a town or a person may be land
    if any(m.tag == "S" and m.entity is not None and m.entity.key in gz.lands for m in mentions):
        tags.add("T")  # "Russia controls Abkhazia": a would-be state is land too (rules.relations)
    # "Russian President Vladimir Putin recognised ...", "Japan's foreign ministry lodged a protest
    # with the Russian embassy": people and bodies act for their state
    if tags & {"P", "O"}:
        tags.add("S")
    if any(m.tag == "C" and m.entity is not None and m.entity.key in gz.capitals for m in mentions):
        tags.add("S")  # "officials in Beijing said": the capital's state speaks (rules/slots.py)
    bare = {w.split("'")[0].split("’")[0] for w in words}  # "the country's": "country"
    if words & _STANDS_IN or bare & lexicon.load().state_nouns:  # "the kingdom said"
        tags |= set("SPOT")
    if words & _body_words():  # "the joint committee met": its states met (rules/state_bodies.py)
        tags.add("P")
    if "it" in words:
        tags.add(
            "D"
        )  # "It will enter into force once ...": the document just named (document_refs)
    if words & _speech_forms() and "the" in words and words & lexicon.load().spoken_nouns:
        tags |= {
            "S",
            "P",
            "O",
        }  # "The statement said": its issuer, told before (rules/issued_words.py)
    if words & _speech_forms() and "the" in words and words & lexicon.load().body_heads:
        tags |= {"S", "O"}  # "The foreign ministry said": the state's that acted (actor_bodies)
    if "T" in tags and words & _speech_forms():
        tags.add("O")  # "Hong Kong officials said": the land's government speaks (rules/voices.py)
    return any(all(n & tags for n in needs) for w in hits for needs in index[w])
