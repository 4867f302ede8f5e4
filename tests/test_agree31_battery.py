"""Agreements told under a document, and disputes a court settles (issue 12, fourteenth round,
agree31).

"Under the treaty, the two countries pledged to ..." (T20 h184), "Under it, the two states shelved
their dispute and agreed to ..." (T19 h180), "Under it, they undertook to ..." (TT h137), "Under the
consensus, ... the two governments agreed to ..." (TTT h163): a group word that agrees under a
document the article says was signed stands for its signatories (not the pair the article is
about, whose other half may be a third state), and what it agreed was agreed when they signed
(rules/under_documents.py). "Nigeria's dispute with Cameroon was settled by the International
Court of Justice" (T19 h180; the court that "settled their dispute", O h39) is a ruling: a court
is no party to a settlement (data/lexicon/relations.yaml ``agreedTo``, ``settle``). Sentences
written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has, shown

NICARAGUA, COSTA_RICA, COLOMBIA = "state/nicaragua", "state/costa-rica", "state/colombia"
BOTSWANA, NAMIBIA = "state/botswana", "state/namibia"

#: An article about another pair (Colombia and Nicaragua), so "the two countries" alone would be
#: read as that pair.
_OPENING = (
    "Colombia protested to Nicaragua on Monday over naval patrols near San Andres. "
    "Colombia said the patrols broke international law. "
)
_SIGNED = "Nicaragua and Costa Rica signed a maritime boundary treaty in 2019. "
_SIGNED_ON = (
    "The maritime boundary treaty was signed in Managua on March 3, 2019, by Nicaragua and "
    "Costa Rica. "
)

# (what follows the signing, the date the agreement must carry)
UNDER = [
    (
        _SIGNED
        + "Under the treaty, the two countries pledged to create a joint fisheries commission.",
        "2019",
    ),
    (_SIGNED + "Under that treaty, they undertook to create a joint fisheries commission.", "2019"),
    (
        _SIGNED + "Under the treaty, both governments committed to create a joint fisheries "
        "commission.",
        "2019",
    ),
    (
        _SIGNED_ON + "Under it, the two states ended their quarrel and agreed to share the revenue "
        "from the gas field.",
        "2019-03-03",
    ),
    (
        _SIGNED_ON
        + "Under the treaty, the two sides agreed to create a joint fisheries commission.",
        "2019-03-03",
    ),
]


@pytest.mark.parametrize(("text", "date"), UNDER)
def test_who_agrees_under_a_signed_document_are_its_signatories(text, date):
    found = facts(_OPENING + text)
    agreed = find(found, "agreedTo", parties={NICARAGUA, COSTA_RICA})
    assert agreed, shown(found)
    assert agreed[0].args.get("date") == date, shown(found)
    assert not any(
        COLOMBIA in {e.key for e in f.args["parties"]} for f in found if f.rel == "agreedTo"
    ), shown(found)


def test_named_parties_under_a_document_stay_named():
    """Where the sentence names who agreed, they are the parties, whoever signed."""
    found = facts(
        _OPENING + _SIGNED + "Under the treaty, Colombia and Nicaragua agreed to hold talks on "
        "fishing rights."
    )
    assert has(found, "agreedTo", parties={COLOMBIA, NICARAGUA}), shown(found)


# a dispute a court (or a tribunal) settles: a ruling, no agreement of anyone
SETTLED_BY_A_COURT = [
    "Botswana's dispute with Namibia was settled by the International Court of Justice in 1999.",
    "The International Court of Justice settled the dispute between Botswana and Namibia in 1999.",
    "Namibia's quarrel with Botswana over the island was resolved by the International Court of "
    "Justice in 1999.",
]


@pytest.mark.parametrize("text", SETTLED_BY_A_COURT)
def test_a_court_settling_a_dispute_agrees_nothing(text):
    found = facts(text)
    assert not [f for f in found if f.rel == "agreedTo"], shown(found)


# two states that settle their dispute still agree
SETTLED_BY_THE_PARTIES = [
    "Botswana and Namibia settled their dispute over the island in 1999.",
    "The dispute over the island was settled by Botswana and Namibia in 1999.",
]


@pytest.mark.parametrize("text", SETTLED_BY_THE_PARTIES)
def test_states_settling_their_dispute_agree(text):
    found = facts(text)
    assert has(found, "agreedTo", parties={BOTSWANA, NAMIBIA}), shown(found)


# an agreement noun no verb takes as made, that tells nothing of what was agreed: a document told
# of ("Argentina's 1991 agreement with Chile had sent ...", TTTT h186; "a row over Addis Ababa's
# port deal with Somaliland", TT h139), no agreement the sentence reports
DOCUMENT_TOLD_OF = [
    "Belize's 2008 agreement with Guatemala had sent the dispute to the court.",
    "Belize's agreement with Guatemala, signed by the two foreign ministers, sent the dispute to "
    "the court.",
    "The two countries ended a long row over Guatemala's fishing deal with Honduras.",
]


@pytest.mark.parametrize("text", DOCUMENT_TOLD_OF)
def test_an_agreement_only_named_agrees_nothing(text):
    found = facts(text)
    assert not [f for f in found if f.rel == "agreedTo"], shown(found)


# the same nouns with a verb that makes them, or with what they settle, still agree
AGREEMENT_MADE = [
    "Belize and Guatemala announced their agreement to take the dispute to the court.",
    "An agreement between Belize and Guatemala to take the dispute to the court was announced on "
    "Tuesday.",
    "Belize and Guatemala reached an agreement on fishing rights in the river.",
    "The deal, struck in 2008 by Belize and Guatemala, sent the dispute to the court.",
    "The deal that Belize and Guatemala struck in 2008 sent the dispute to the court.",
]


@pytest.mark.parametrize("text", AGREEMENT_MADE)
def test_an_agreement_made_agrees(text):
    found = facts(text)
    assert has(found, "agreedTo", parties={"state/belize", "state/guatemala"}), shown(found)
