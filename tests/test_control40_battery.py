"""Who holds land, told by what it stayed and by the members of a list (issue 12, twentieth
round, control40).

"Under which Asir, Najran and Jizan have remained Saudi", "Coto remained Costa Rican":
land that stays a state's demonym in the outlet's own words is held by it (the ``controls``
trigger ``remain`` with ``narrated: true``, data/lexicon/relations.yaml; a demonym the parser
reads as a predicate noun counts as the adjective; three articles, three batches).
"Llivia was not counted among the villages and remained Spanish": an active verb joined to a
passive one shares the passive's subject, not its by-agent (kg.ingest.nlp.grammar.voice).
'"The reefs are part of the Kingdom of Tonga," its prime minister said', "New Delhi insists the
valley is part of its territory": a speaker who says land is part of their own state asserts its
sovereignty (a ``part`` trigger of ``assertsSovereignty`` under verbs of saying, not of regarding:
"considers X part of its territory" is a view; four articles, three batches: T1, T30, T36).
"Controls seven reefs, among them Subi Reef", parsed with "among them ..." hung on the verb: the
members "among them" names belong to the object's phrase (kg.ingest.nlp.grammar.misreads; "among
them" after an object in four articles of three batches).
Sentences written for these tests, in news style.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown


def _pairs(text: str, rel: str, roles: tuple[str, str]) -> set[tuple[str, str]]:
    """The (first role, second role) labels of each affirmed ``rel`` read from ``text``."""
    out = set()
    for f in facts(text):
        if f.rel != rel or f.negated:
            continue
        a, b = (f.args.get(r) for r in roles)
        if a is not None and b is not None:
            out.add((getattr(a, "label", str(a)), getattr(b, "label", str(b))))
    return out


_CONTROL = ("state", "territory")

# (relation, roles, text, pairs that must be read)
LISTED: list = [
    # -- land that stays a state's: "remained <demonym>" in the outlet's words
    (
        "controls",
        _CONTROL,
        "Under the 1934 treaty the provinces of Asir and Najran have remained Saudi.",
        {("Saudi Arabia", "Asir"), ("Saudi Arabia", "Najran")},
    ),
    (
        "controls",
        _CONTROL,
        "Asir and Najran, which Yemen once ruled, remained Saudi after the 1934 war.",
        {("Saudi Arabia", "Asir"), ("Saudi Arabia", "Najran")},
    ),
    (
        "controls",
        _CONTROL,
        "After the arbitration the Coto region remained Costa Rican.",
        {("Costa Rica", "Coto region")},
    ),
    (
        "controls",
        _CONTROL,
        "Gibraltar has remained British since 1713.",
        {("United Kingdom", "Gibraltar")},
    ),
    # -- a state's speaker who says a land is part of that state asserts its sovereignty
    (
        "assertsSovereignty",
        _CONTROL,
        '"Gibraltar is part of the United Kingdom," British Foreign Secretary David Lammy said.',
        {("United Kingdom", "Gibraltar")},
    ),
    (
        "assertsSovereignty",
        _CONTROL,
        'British Foreign Secretary David Lammy said: "Gibraltar is part of the United Kingdom."',
        {("United Kingdom", "Gibraltar")},
    ),
    (
        "assertsSovereignty",
        _CONTROL,
        "India protested over a road in Aksai Chin, which New Delhi insists is part of its "
        "territory.",
        {("India", "Aksai Chin")},
    ),
    (
        "assertsSovereignty",
        _CONTROL,
        "The Indian foreign ministry reiterated that Aksai Chin is a part of India's territory.",
        {("India", "Aksai Chin")},
    ),
    # -- an active verb joined to a passive one shares its subject
    (
        "controls",
        _CONTROL,
        "Melilla was left out of the 1860 treaty and remained Spanish.",
        {("Spain", "Melilla")},
    ),
    (
        "controls",
        _CONTROL,
        "Melilla was not mentioned in the 1956 accord and remained Spanish.",
        {("Spain", "Melilla")},
    ),
    (
        "controls",
        _CONTROL,
        "Abu Musa was seized in 1971 and, despite protests from the UAE, Iran has controlled it "
        "since.",
        {("Iran", "Abu Musa")},
    ),
    (
        "controls",
        _CONTROL,
        "The Glorioso Islands were surveyed by a Malagasy team in 1962 and remained French.",
        {("France", "Glorioso Islands")},
    ),
    # -- "among them" names members of the object
    (
        "controls",
        _CONTROL,
        "China controls seven reefs in the chain, among them Subi Reef.",
        {("China", "Subi Reef")},
    ),
    (
        "controls",
        _CONTROL,
        "Beijing has occupied seven features in the Spratlys since 1988, among them Subi Reef "
        "and Mischief Reef.",
        {("China", "Subi Reef"), ("China", "Mischief Reef")},
    ),
    (
        "controls",
        _CONTROL,
        "China, diplomats say, now holds seven reefs, among them Subi Reef.",
        {("China", "Subi Reef")},
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text", "want"), LISTED)
def test_every_land_of_the_list(rel: str, roles: tuple[str, str], text: str, want: set) -> None:
    got = _pairs(text, rel, roles)
    assert want <= got, (got, shown(facts(text)))


# Near misses: "among" with no "them" is no list of members; a view ("considers") or another
# state's land ("India says X is part of Nepal") asserts nothing;
# "remains <demonym>" said by a party, quoted, or to come is a view, no holding.
NOT_TOLD: list = [
    (
        "controls",
        _CONTROL,
        "The Comoros insists that Mayotte remains Comorian.",
        ("Comoros", "Mayotte"),
    ),
    (
        "controls",
        _CONTROL,
        '"Mayotte remained Comorian all along," the Comorian foreign minister said.',
        ("Comoros", "Mayotte"),
    ),
    (
        "controls",
        _CONTROL,
        "Argentina says the Falkland Islands will remain Argentine.",
        ("Argentina", "Falkland Islands"),
    ),
    (
        "controls",
        _CONTROL,
        "Gibraltar did not remain Spanish after 1713.",
        ("Spain", "Gibraltar"),
    ),
    (
        "assertsSovereignty",
        _CONTROL,
        "Georgia considers Abkhazia part of its territory.",
        ("Georgia", "Abkhazia"),
    ),
    (
        "assertsSovereignty",
        _CONTROL,
        "India says Kalapani is part of Nepal.",
        ("Nepal", "Kalapani"),
    ),
    (
        "controls",
        _CONTROL,
        "The Glorioso Islands were surveyed by Madagascar in 1962 and remained French.",
        ("Madagascar", "Glorioso Islands"),
    ),
    (
        "controls",
        _CONTROL,
        "China controls seven reefs, a source among diplomats in Manila said, and Vietnam "
        "claims Subi Reef.",
        ("China", "Subi Reef"),
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text", "pair"), NOT_TOLD)
def test_not_read_as_a_member(rel: str, roles: tuple[str, str], text: str, pair: tuple) -> None:
    assert pair not in _pairs(text, rel, roles), shown(facts(text))
