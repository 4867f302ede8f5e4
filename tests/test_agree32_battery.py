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


def _agreements(text: str) -> list[tuple[frozenset[str], str, str | None]]:
    """Each agreement as the keys of its parties, what was agreed and its date."""
    out = []
    for f in facts(text):
        if f.rel == "agreedTo" and not f.negated:
            date = f.args.get("date")
            keys = frozenset(e.key for e in f.args["parties"])
            out.append((keys, str(f.args["what"]), date if isinstance(date, str) else None))
    return out


# -- "also": an agreement or a signing that adds to the act just told took place when it did
# (seen in T24 "The two governments also agreed that ...", "Each side also agreed to ...", T20
# "Marcos also signed the ... Act", T7 "They also agreed to speed up ...")
# (article, a word of what was agreed, the two parties, the date)
ALSO_AGREED = [
    (
        "Chile and Peru agreed on Thursday to reopen the border crossing. The two governments "
        "also agreed that a joint commission would mark the line.",
        "commission",
        {CHILE, PERU},
        "2020-04-30",
    ),
    # the reporting tag first, and a pair word
    (
        "Ecuador and Peru signed a fisheries accord on May 2, 2019. Both countries also agreed "
        "to share data on catches, officials said.",
        "data",
        {ECUADOR, PERU},
        "2019-05-02",
    ),
    # a second verb joined to the one "also" is on
    (
        "Chile and Peru signed a border protocol in Lima on Monday. The two sides also consented "
        "to joint patrols "
        "and pledged to withdraw their troops.",
        "withdraw",
        {CHILE, PERU},
        "2020-05-04",
    ),
]


@pytest.mark.parametrize("text, word, parties, date", ALSO_AGREED)
def test_also_agreed_when_the_last_act_was(text, word, parties, date):
    found = _agreements(text)
    assert any(k == frozenset(parties) and word in w and d == date for k, w, d in found), found


# no "also", or "also" with other parties: no date borrowed
NOT_ALSO = [
    (
        "Chile and Peru agreed on Thursday to reopen the border crossing. Ecuador and Colombia "
        "also agreed to open talks on their river.",
        "talks",
    ),
    (
        "Chile and Peru agreed on Thursday to reopen the border crossing. In a later round, the "
        "two governments agreed that a joint commission would mark the line.",
        "commission",
    ),
]


@pytest.mark.parametrize("text, word", NOT_ALSO)
def test_no_date_borrowed_without_also_or_shared_parties(text, word):
    found = [(k, w, d) for k, w, d in _agreements(text) if word in w]
    assert found and all(d is None for _, _, d in found), found


# -- "Under that treaty, A and B agreed to ...": the day the treaty was signed, not only its year
# (T24 "Under that treaty, Mexico and the United States agreed to a ten-year ban")
def test_agreed_under_a_dated_treaty_on_its_signing_day():
    text = (
        "Chile and Peru fixed their sea border in a treaty signed in Lima on June 9, 2000. Under "
        "that treaty, Chile and Peru agreed to a ban on drilling near the line."
    )
    found = _agreements(text)
    assert any(w.endswith("near the line") and d == "2000-06-09" for _, w, d in found), found


# -- document nouns: "addendum", "exchange of letters" (T15: "The addendum was signed in Bissau",
# "a 1960 exchange of letters between France and Portugal"; data/lexicon/documents.yaml)
@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Chile and Peru signed an addendum to their fisheries accord in Lima on May 2, 2019.",
            {CHILE, PERU},
        ),
        ("The line rests on a 1929 exchange of letters between Chile and Peru.", {CHILE, PERU}),
        ("The line rests on an exchange of notes between Chile and Peru in 1929.", {CHILE, PERU}),
    ],
)
def test_an_addendum_or_an_exchange_of_letters_is_signed(text, parties):
    assert frozenset(parties) in [k for k, _ in _signings(text)], _signings(text)


# -- cities of Latin America the gazetteer did not know (T24: Los Cabos, Cobija; data/gazetteer/
# places.yaml): a meeting's place, from its in-phrase or the dateline
@pytest.mark.parametrize(
    "text, city",
    [
        (
            "LOS CABOS, Mexico, Feb. 20, 2012 (Xinhua) -- Foreign Secretary Patricia Espinosa of "
            "Mexico met U.S. Secretary of State Hillary Clinton on Monday to discuss the border.",
            "Los Cabos",
        ),
        (
            "Bolivian Foreign Minister Rogelio Mayta met his Brazilian counterpart Mauro Vieira in "
            "Cobija on Friday.",
            "Cobija",
        ),
        (
            "Paraguayan Foreign Minister Ruben Ramirez met Brazilian Foreign Minister Mauro "
            "Vieira in Foz do Iguacu on Friday.",
            "Foz do Iguaçu",
        ),
    ],
)
def test_a_meeting_in_a_latin_american_city(text, city):
    places = [
        f.args["place"].label for f in facts(text) if f.rel == "meeting" and "place" in f.args
    ]
    assert city in places, places
