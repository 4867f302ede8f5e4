"""Noun phrases that refer back, read from the parse: "the islands", "the two breakaway regions",
"a group of small islands", "the border between A and B", "sovereign Ukrainian territory",
"Kunashir, one of four islands", "the islands, which Japan calls the Senkaku".

A phrase is found by its head noun's class (``data/lexicon/references.yaml``), its determiner,
number and modifiers as the parse gives them, not by word order; which entity it means is the
discourse's business (kg.ingest.nlp.references).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import LOWER

from kg.ingest.nlp import dates
from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.ingest.nlp.grammar import Parsed

_WORD = re.compile(r"[a-z]+")
#: Dependents that stand before a head noun inside its phrase.
_PRENOMINAL = frozenset({"det", "predet", "nummod", "amod", "compound", "npadvmod", "poss", "nmod"})


@dataclass(frozen=True)
class _Class:
    nouns: frozenset[str]
    determiners: frozenset[str]


@dataclass(frozen=True)
class Nouns:
    """The head-noun classes of ``data/lexicon/references.yaml``."""

    lands: _Class
    singular_island: frozenset[str]
    singular_group: frozenset[str]  # "the archipelago": a group, as "the islands" is
    plural_only: frozenset[str]
    island_group_only: frozenset[str]  # "the group": a named island group, or nothing
    region: _Class
    sited: frozenset[str]  # "the base in Sevastopol": a site said of its land by place
    site_preps: frozenset[str]
    states: _Class
    state_kinds: _Class  # "the kingdom": the state of that kind named last
    groups: _Class
    new_lands: _Class  # "a newly emerged sandbank in X": an island local to the source
    group_members: frozenset[str]
    borders: _Class
    between: frozenset[str]
    state_territory: frozenset[str]
    sovereign: frozenset[str]
    shares: frozenset[str]
    naming: frozenset[str]
    naming_as: frozenset[str]
    partitive: frozenset[str]
    numbers: dict[str, int]
    claim_determiners: frozenset[str]
    said_nouns: frozenset[str]
    demand_nouns: frozenset[str]  # "a demand that farmers ... return to X": over X
    surroundings: frozenset[str]
    rejected_things: frozenset[str]
    making: frozenset[str]  # "lodged a protest, which China rejected": its maker
    voicing: dict[str, frozenset[str]]  # "X accused (demanded) ... Y rejected the charge": X's
    told_deeds: frozenset[str]  # "Sudan suspended the deal ... rejected the suspension": what
    same_things: dict[str, frozenset[str]]  # "set a condition ... rejected that demand": one thing
    private_doers: frozenset[str]  # "Argentine war veterans rejected ...": no state's stance
    former_marks: frozenset[str]  # "Guatemala's former foreign minister": no longer its voice
    group_shares: frozenset[str]  # "67.7 per cent of Saar voters": the voters act
    allegations: frozenset[str]  # "claims of aggression on the river": no land claimed
    modified_by_place: frozenset[str]
    dispute_nouns: frozenset[str]
    dispute_preps: frozenset[str]
    dispute_marks: frozenset[str]
    dispute_lines: dict[str, frozenset[str]]  # "a dispute over the boundary in X": over X
    part_preps: frozenset[str]
    among: frozenset[str]
    place_preps: frozenset[str]  # "met in Kasane": a place where, not land at stake
    forms: dict[str, tuple[str, bool]]  # word form -> (lemma, plural)


def plural(noun: str) -> str:
    """The plural of a class noun ("territory": "territories")."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


@lru_cache(maxsize=1)
def nouns() -> Nouns:
    """The classes, read once per process."""
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")

    def cls(name: str) -> _Class:
        entry = data[name]
        return _Class(frozenset(entry["nouns"]), frozenset(entry.get("determiners", ())))

    heads = (
        {
            n
            for key in (
                "lands",
                "region",
                "states",
                "state_kinds",
                "groups",
                "borders",
                "state_territory",
                "new_lands",
            )
            for n in data[key]["nouns"]
        }
        | set(data["groups"]["members"])
        | set(data["modified_by_place"])
    )
    forms: dict[str, tuple[str, bool]] = {}
    for n in sorted(heads):
        forms[n] = (n, False)
        forms[plural(n)] = (n, True)
    return Nouns(
        lands=cls("lands"),
        singular_island=frozenset(data["lands"].get("singular_island", ())),
        singular_group=frozenset(data["lands"].get("singular_group", ())),
        plural_only=frozenset(data["lands"].get("plural_only", ())),
        island_group_only=frozenset(data["lands"].get("island_group_only", ())),
        region=cls("region"),
        sited=frozenset(data["region"].get("sited", ())),
        site_preps=frozenset(data["region"].get("site_preps", ())),
        states=cls("states"),
        state_kinds=cls("state_kinds"),
        groups=cls("groups"),
        new_lands=cls("new_lands"),
        group_members=frozenset(data["groups"]["members"]),
        borders=cls("borders"),
        between=frozenset(data["borders"]["between"]),
        state_territory=frozenset(data["state_territory"]["nouns"]),
        sovereign=frozenset(data["state_territory"]["marks"]),
        shares=frozenset(data["state_territory"].get("shares", ())),
        naming=frozenset(data["naming_verbs"]),
        naming_as=frozenset(data["naming_as"]),
        partitive=frozenset(data["partitive"]),
        numbers=dict(data["numbers"]),
        claim_determiners=frozenset(data["claim_determiners"]),
        said_nouns=frozenset(data["said_nouns"]),
        demand_nouns=frozenset(data.get("demand_nouns", ())),
        surroundings=frozenset(data.get("surroundings", ())),
        rejected_things=frozenset(data.get("rejected_things", ())),
        making=frozenset(data.get("making_verbs", ())),
        voicing={v: frozenset(n) for v, n in (data.get("voicing_verbs") or {}).items()},
        told_deeds=frozenset(data.get("told_deeds", ())),
        same_things={n: frozenset(grp) for grp in data.get("same_things", ()) for n in grp},
        private_doers=frozenset(data.get("private_doers", ())),
        former_marks=frozenset(data.get("former_marks", ())),
        group_shares=frozenset(data.get("group_shares", ())),
        allegations=frozenset(data.get("allegations", ())),
        modified_by_place=frozenset(data["modified_by_place"]),
        dispute_nouns=frozenset(data["disputed_as"]["nouns"]),
        dispute_preps=frozenset(data["disputed_as"]["prepositions"]),
        dispute_marks=frozenset(data["disputed_as"]["marks"]),
        dispute_lines={
            line: frozenset(data["disputed_as"]["line_preps"])
            for line in data["disputed_as"]["lines"]
        },
        part_preps=frozenset(data["part_prepositions"]),
        among=frozenset(data["among"]),
        place_preps=frozenset(data["place_prepositions"]),
        forms=forms,
    )


def head_of(tok: Token) -> tuple[str, bool] | None:
    """The class lemma a token is a form of, and whether it is plural ("Islands" too)."""
    return nouns().forms.get(tok.lower_)


def heads_in(doc: Doc) -> list[tuple[Token, tuple[str, bool]]]:
    """Every token of ``doc`` that :func:`head_of` reads, with its answer: read from the column of
    lower-case words, so that a ``Token`` object is made for those alone."""
    forms, strings = nouns().forms, doc.vocab.strings
    return [
        (doc[i], form)
        for i, low in enumerate(doc.to_array([LOWER]).tolist())
        if (form := forms.get(strings[low])) is not None
    ]


def determiner(head: Token) -> str:
    """The head's determiner or possessive pronoun, lower case ("" if none)."""
    for ch in head.children:
        if ch.dep_ in ("det", "predet") or (ch.dep_ == "poss" and ch.pos_ == "PRON"):
            return ch.lower_
    return ""


def count(head: Token) -> int | None:
    """How many the phrase counts ("the three islands", "both regions")."""
    numbers = nouns().numbers
    for ch in head.children:
        if ch.dep_ in ("nummod", "det", "predet") and ch.lower_ in numbers:
            return numbers[ch.lower_]
    return None


def modifiers(head: Token) -> list[Token]:
    """Every word of the phrase before the head but its determiner ("Russian-held", "breakaway")."""
    out: list[Token] = []
    for ch in head.lefts:
        if ch.dep_ in _PRENOMINAL and ch.dep_ not in ("det", "predet"):
            out.extend(ch.subtree)
    return sorted(out, key=lambda t: t.i)


def bounds(p: Parsed, head: Token, with_det: bool = True) -> tuple[int, int]:
    """Article offsets of the phrase: its first prenominal word (or number) to the head."""
    first = head
    for ch in head.lefts:
        if ch.dep_ in _PRENOMINAL and (with_det or ch.dep_ not in ("det", "predet")):
            first = min(first, ch.left_edge, key=lambda t: t.i)
    return p.span([first, head])


def of_phrase(head: Token) -> Token | None:
    """The object of an "of" right after the head ("the islands of the Pacific")."""
    for ch in head.rights:
        if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i == head.i + 1:
            return next((o for o in ch.children if o.dep_ == "pobj"), None)
    return None


def prep_objects(head: Token, words: frozenset[str]) -> list[Token]:
    """The objects of the head's prepositions in ``words``, with their conjuncts ("between A and B")."""
    out: list[Token] = []
    for ch in head.children:
        if ch.dep_ == "prep" and ch.lower_ in words:
            for o in ch.children:
                if o.dep_ == "pobj":
                    out.append(o)
                    out.extend(t for t in o.subtree if t.dep_ == "conj" and t.head.i == o.i)
    return out


def partitive_of(head: Token) -> Token | None:
    """For "X, one of four islands" (or a superlative: "X, the largest of the islands"; or a count:
    "X and Y, two of the islands"; or a predicate: "X is one of the islands"): X, the (first) named
    part the head's group holds."""
    prep = head.head
    one = prep.head
    if head.dep_ != "pobj" or prep.lower_ != "of":
        return None
    if (
        one.lower_ not in nouns().partitive
        and one.tag_ != "JJS"
        and one.lower_ not in nouns().numbers
    ):
        return None
    if one.dep_ == "attr" and one.head.lemma_ in ("be", "remain"):
        return next((t for t in one.head.children if t.dep_ == "nsubj"), None)
    return one.head if one.dep_ == "appos" else None


def partitive_number(head: Token) -> Token | None:
    """For "three of the islands": the number the head stands under."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NUM":
        return prep.head
    return None


def named_as(head: Token) -> tuple[Token | None, Token] | None:
    """For "the islands, which Japan calls the Senkaku", "the islands, known in Japan as the
    Northern Territories": (who names them, if said, the name's head). A passive participle may
    leave the namer unsaid; a clause in the active voice says it."""
    n = nouns()
    for ch in head.children:
        if ch.dep_ not in ("relcl", "acl"):
            continue
        lemma = ch.lemma_.lower()
        if lemma in n.naming:
            names = (t for t in ch.children if t.dep_ in ("oprd", "attr", "dobj"))
            name = next((t for t in names if t.pos_ != "PRON"), None)
        elif lemma in n.naming_as:
            preps = (t for t in ch.children if t.dep_ == "prep" and t.lower_ == "as")
            name = next((o for w in preps for o in w.children if o.dep_ == "pobj"), None)
        else:
            continue
        namer = next((t for t in ch.children if t.dep_ == "nsubj"), None)
        if name is not None and (namer is not None or ch.tag_ == "VBN"):
            return namer, name
    return None


def bare_reference(p: Parsed, span: tuple[int, int], heads: frozenset[str]) -> bool:
    """Whether the words at ``span`` are only a head of ``heads`` and a determiner that points
    back ("the claim", "these claims"): a reference to what was told before, not a new one."""
    toks = [t for t in p.within(*span) if not t.is_punct]
    inner = [t for t in toks if t.head not in toks or t.head == t]
    if len(inner) != 1 or inner[0].lemma_.lower() not in heads:
        return False
    dets = nouns().claim_determiners
    when = {  # "rejected the claim on Monday", the date hung on the noun: no part of it
        x.i
        for prep in inner[0].children
        if prep.dep_ == "prep"
        and any(
            o.dep_ == "pobj" and (o.lower_ in dates.WEEKDAYS or dates.find_dates(_words(o)))
            for o in prep.children
        )
        for x in prep.subtree
    }
    when |= {  # "rejected the remarks as provocative": what the rejecter calls it, no part of it
        x.i
        for prep in inner[0].children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for x in prep.subtree
    }
    rest = [t for t in toks if t.i != inner[0].i and t.i not in when]
    return bool(rest) and all(t.head.i == inner[0].i and t.lower_ in dets for t in rest)


def _words(tok: Token) -> str:
    return "".join(t.text_with_ws for t in tok.subtree)
