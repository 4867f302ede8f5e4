"""Agreements and signings told without their parties in the verb's own phrase (issue 12,
fifteenth round, agree32).

- A document signed with no signer named ("The agreement, signed in Seoul on Jan. 30, 1974,
  created a zone between the two countries", "divided the gap in a treaty signed in 2000"), in a
  sentence that names the article's two states and no third, was signed by them
  (rules/named_parties.py). Seen in T24 (a treaty signed in Washington), T16 (an agreement signed
  in Seoul), T13 (an agreement signed in 2002 between the two neighbours) and T16 (a treaty signed
  in Washington in 1979).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts

CHILE, PERU, ECUADOR = "state/chile", "state/peru", "state/ecuador"
NORWAY, RUSSIA = "state/norway", "state/russia"


def _signings(text: str) -> list[tuple[frozenset[str], str | None]]:
    """Each signing as the keys of its parties and its date."""
    out = []
    for f in facts(text):
        if f.rel == "signed" and not f.negated:
            parties = f.args["parties"]
            keys = frozenset(e.key for e in (parties if isinstance(parties, tuple) else (parties,)))
            date = f.args.get("date")
            out.append((keys, date if isinstance(date, str) else None))
    return out


# (article, the two signers, the date)
UNNAMED_SIGNERS = [
    # a participle set off by commas on the subject
    (
        "Chile and Peru still argue over the land triangle. The agreement, signed in Lima on "
        "March 3, 1999, set up a joint commission between the two countries.",
        {CHILE, PERU},
        "1999-03-03",
    ),
    # the participle on a prepositional object; a pair word for the two
    (
        "Chile and Peru still argue over the land triangle. The two countries fixed their sea "
        "border in a treaty signed in Santiago on May 4, 2001.",
        {CHILE, PERU},
        "2001-05-04",
    ),
    # a passive with no by-phrase, the two named in the clause
    (
        "Ecuador and Peru ended their war in 1998. A protocol on the river, which Peru and "
        "Ecuador both observe, was signed in Brasilia in 1999.",
        {ECUADOR, PERU},
        "1999",
    ),
]


@pytest.mark.parametrize("text, parties, date", UNNAMED_SIGNERS)
def test_a_document_signed_by_no_one_named_is_the_two_states(text, parties, date):
    assert (frozenset(parties), date) in _signings(text), _signings(text)


# near-misses: a signing still to come, a named (perhaps many-sided) treaty, a third state, a law
NO_SIGNERS = [
    "Chile and Peru still argue over the triangle. Once a treaty is signed, the two countries "
    "will open the border.",
    "Norway and Russia share the Barents Sea. Norway's rule over the islands rests on the "
    "Svalbard Treaty, signed in Paris in 1920, and Russia accepts it.",
    "Chile and Peru still argue over the triangle. Bolivia lost its coast to Chile under a "
    "treaty signed in 1904, and Peru kept Tacna.",
    "Chile and Peru still argue over the triangle. A law signed in 2024 made the triangle part "
    "of Peru's Tacna region, and Chile protested.",
]


@pytest.mark.parametrize("text", NO_SIGNERS)
def test_no_signers_where_the_text_leaves_them_open(text):
    pairs = [
        {CHILE, PERU},
        {NORWAY, RUSSIA},
    ]
    assert not [k for k, _ in _signings(text) if set(k) in pairs], _signings(text)
