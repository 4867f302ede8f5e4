"""The group words that name the participants last introduced ("they", "the two leaders", "the
delegations", "the two sides"), as data (data/lexicon/references.yaml, ``participants``), and
whether one names people told of ("the two foreign ministers said") or any of a kind ("diplomats
said"): rules/pronouns.py reads whom they stand for, rules/named_after.py whom they stand for
once named later.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from kg.paths import DATA_DIR, read_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


class Groups(NamedTuple):
    """The words that name the participants last introduced (data/lexicon/references.yaml,
    ``participants``): all of them ("they", "the two leaders", "the delegations"), those that name
    people only ("the two leaders said"), and those that name their states ("the two sides said")."""

    every: frozenset[str]
    people: frozenset[str]
    states: frozenset[str]


@lru_cache(maxsize=1)
def groups() -> Groups:
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")["participants"]
    people = frozenset(data["people"])
    return Groups(
        frozenset(data["pronouns"]) | people | frozenset(data["delegations"]),
        people,
        frozenset(data["states"]),
    )


def of_people(word: str) -> bool:
    """Whether a plural noun names a group of people ("the two leaders", "the ministers")."""
    return word in groups().people


def told_group(tok: Token) -> bool:
    """Whether a group word of people is one told of ("the two leaders", "both ministers", "the
    leaders of the two countries"), not any of its kind ("diplomats said")."""
    return of_people(tok.lower_) and any(
        ch.dep_ in ("det", "nummod", "predet") and ch.lower_ in ("the", "two", "both", "these")
        for ch in tok.children
    )
