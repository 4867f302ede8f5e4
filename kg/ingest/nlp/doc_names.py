"""The proper name of a document the gazetteer does not know: "the Treaty of Ilo", "the 1911 Treaty
of Maroua", "the Kuala Lumpur Accord", "the Wyke-Aycinena Treaty", "the Asmara Declaration".

News names a treaty by a capitalised document noun with the names around it: the place or the
parties before it, or an "of" phrase after it. Without the name every such document is "treaty",
and two treaties of one article become one. The document noun is the pattern's in
kg.ingest.nlp.documents; this module reads the name words around it in the masked sentence (a
place, a state or a capitalised word; a person or a body is no part of a document's name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.ingest.nlp import lexicon, triggers
from kg.ingest.nlp.mentions import Masked
from kg.paths import DATA_DIR, read_yaml

#: A word of a document's name: a capitalised word, or a place's or a state's placeholder.
_WORD = r"(?:[A-Z][\w'’.]*[\w]|«[CTS]\d+»)"
#: A capitalised word, no placeholder: an item of a list inside a name.
_PLAIN = r"[A-Z][\w'’.]*\w"
#: The name words right before the noun ("Kuala Lumpur", "Wyke-Aycinena"), after a year or not.
_BEFORE = re.compile(  # "The" opening a sentence is no word of the name ("The Chamizal Convention")
    rf"(?:\bThe\s+)?(?:\b(?P<year>1[5-9]\d\d|20\d\d)\s+)?"
    rf"(?P<name>{_WORD}(?:\s*[-–]\s*{_WORD}|\s+{_WORD}|\s+\({_WORD}\)){{0,4}})\s+$"  # "(Amendment)"
)
#: The "of" or "on" phrase after the noun ("of Peace and Friendship", "of «C3»").
_AFTER = re.compile(
    rf"\s+(?:of|on)\s+(?:the\s+)?(?P<name>{_WORD}(?:\s+(?:and|of|the|de|del|for|on|in)\s+{_WORD}"
    rf"|\s*[-–]\s*{_WORD}|\s+{_WORD}|,\s+{_PLAIN}(?=(?:,\s+{_PLAIN})*,?\s+and\s+{_PLAIN}))*)"
)  # a list of plain words closed by "and" ("of Peace, Friendship and Boundaries")


#: A lower-case word before a document noun that may tell its subject: no function word, no verb's
#: form in -ed, -ing or -s ("the sides reached agreement", "a statement calling the ruling"; "access"
#: ends in "ss"), no capitalised name word (a proper name's: proper_name below), not "draft".
FREE_WORD = (
    r"(?!(?:a|an|the|of|on|in|at|by|to|for|from|with|about|against|between|among|within|without"
    r"|around|across|through|upon|toward|towards|amid|despite|per|via|like|near|off|out|up|down|as"
    r"|and|or|but|nor|than|that|which|who|whom|whose|what|if|when|where|while|because|since|until"
    r"|during|after|before|under|over|into|onto|also|then|now|yet|so|it|he|she|we|you|they|him|them"
    r"|his|her|its|their|our|my|your|this|these|those|same|other|such|any|no|not|only|first|last"
    r"|new|is|are|was|were|be|been|has|had|have|do|does|did|would|will|could|should|must|may|might"
    r"|can|said|says|draft)\b)"
    r"(?-i:[a-z][a-zA-Z'’-]*[a-zA-Z](?<!ed)(?<!ing)(?<![a-rt-z]s)\b|[a-z]+-«S\d+»)"  # "inter-«S1»"
)


def own_subject(m: re.Match[str]) -> bool:
    """Whether words no list holds tell a document's subject ("the 1997 partition treaty"): then it
    is no well-known document of its year and states (not that year's friendship treaty)."""
    return bool((m.groupdict().get("free") or "").strip())


@dataclass(frozen=True)
class DocName:
    """A document's proper name, where it begins and ends (original offsets), and a year before it."""

    label: str
    start: int
    end: int
    year: str | None
    noun: str
    plain_tail: bool  # no mention in the "of" phrase: the document's mention may take it in


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Capitalised words that are no part of a document's name ("The", "Monday", "March")."""
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")
    return frozenset(str(w) for w in data.get("not_document_names", ()))


def _plain(words: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–]+", words) if w and not w.startswith("«")]


def _names_only(words: str) -> bool:
    return not any(w in _not_names() for w in _plain(words))


#: A determiner, then name words right before a lower-case document noun ("the Itaipu treaty").
_DETERMINED_NAME = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+$"
)


def named_before(before: str) -> bool:
    """Whether a determiner and capitalised name words stand right before a lower-case document
    noun: "the Itaipu treaty", "the Dayton accords" (wire copy leaves the noun lower-case; a word
    that names no document, "the Monday agreement", does not count)."""
    found = _DETERMINED_NAME.search(before)
    return found is not None and _names_only(found.group("name"))


def proper_name(masked: Masked, m: re.Match[str], text: str) -> DocName | None:
    """The name of the document the pattern match ``m`` found, when its noun is capitalised (or
    follows name words and a determiner) and names stand before it or after it; ``text`` is the
    source the masked offsets point into."""
    noun = m.group("type")
    if not noun[:1].isupper() and not named_before(masked.text[: m.start("type")]):
        return None
    start, year = m.start("type"), None
    inner = [m.start(g) for g in ("pair", "place") if m.group(g)]
    if m.group("issuer") and m.group("issuer") != m.group("place"):
        inner += [m.start("issuer")] if _joined(masked, m) else []
    if inner:
        start = min(inner)
    elif m.start() == m.start("type") or not m.group(0)[: m.start("type") - m.start()].strip():
        before = _BEFORE.search(masked.text[: m.start("type")])
        named = _DETERMINED_NAME.search(masked.text[: m.start("type")])
        if before and _names_only(before.group("name")):
            start, year = before.start("name"), before.group("year")
        elif named and _names_only(named.group("name")):  # "The Itaipu treaty" opening a sentence
            start = named.start("name")
    # the pattern's own "of" phrase (a place: "the Treaty of «C3»") is read again here, whole
    stem = m.start("of") if m.groupdict().get("of") else m.end()
    end, plain = stem, True
    after = _AFTER.match(masked.text, stem)
    if after and _names_only(after.group("name")):
        end, plain = after.end("name"), "«" not in after.group("name")
    if start == m.start("type") and end == stem:
        return None
    s, e = masked.offset(start), masked.offset(end)
    label = " ".join(text[s:e].split())
    return DocName(label, s, e, year, " ".join(noun.split()), plain)


def _joined(masked: Masked, m: re.Match[str]) -> bool:
    """A state's name before the noun that is part of the name: a capital ("the Algiers Accord")
    or one side of a hyphenated pair, not an issuer ("Japan's White Paper")."""
    at = m.start("issuer")
    if masked.text[at - 1 : at] in ("-", "–"):
        return True
    named = masked.mention(m.group("issuer"))
    return named.how == "capital" and not re.match(r"«S\d+»['’]s", masked.text[at:])


@lru_cache(maxsize=1)
def _bodies() -> str:
    """The nouns a court or a body of no state is called by, as a regex alternation: the ruling
    triggers' subject nouns ("the court's order") and the bodies news names by what they are, whole
    or by their head ("the boundary commission's decision", "the commission's decision")."""
    nouns = {
        n
        for r in triggers.load()
        if r.name == "issued"
        for t in r.triggers
        for n in t.subject_nouns
    }
    nouns |= {w for b in lexicon.load().unowned_bodies for w in (b, b.split()[-1])}
    alts = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in nouns), key=len, reverse=True)
    return "|".join(alts) or "(?!)"


def determined(before: str) -> bool:
    """Whether a determiner stands right before a lower-case document noun: "a", "the", "its",
    a number ("two protocols", "both treaties") and a body's possessive ("the ministry's note"
    masked, "the court's order")."""
    return _determiner().search(before) is not None


@lru_cache(maxsize=1)
def _determiner() -> re.Pattern[str]:
    """The pattern of :func:`determined`, compiled once: its alternation of bodies' nouns is the
    costliest pattern of extraction to compile, and ``re``'s own cache, which every pattern built
    from an article's names passes through, drops it again and again over a long build."""
    return re.compile(
        rf"(?:\b(?:a|an|the|its|their|both|two|three|four|five)|«O\d+»['’]s"
        rf"|\b[Tt]he\s+(?:{_bodies()})['’]s)\s+$"
    )
