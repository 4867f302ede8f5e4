"""Rejections by bodies and of documents referred back to (issue 12, reject35).

Every sentence was written for this module, in wire-copy wording about disputes of its own making.
Each reading has its rewrites and its near-misses:
- a body of no state (a union, a liberation front, a league) that declares a thing null and void,
  illegal or of no legal validity rejects it itself; a court that rules a claim baseless issues a
  ruling and takes no stance;
- "X filed (lodged) a submission ... Y has never accepted it": the pronoun stands for the document
  the filing made, whose maker is the claimant, in the sentence or the one before;
- a thing declared void that an earlier sentence told someone made ("Venezuela passed a law ...
  called the law illegal", "Iraq annexed Kuwait ... the annexation was declared void") is its
  maker's: the claimant;
- filing a document issues it ("filed a submission", "an addendum filed by X"); filing a case
  issues no document.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

SPAIN, PORTUGAL, GREECE, TURKEY = "state/spain", "state/portugal", "state/greece", "state/turkey"
CHILE, ARGENTINA, NORWAY, RUSSIA = "state/chile", "state/argentina", "state/norway", "state/russia"
AU, LEAGUE = "organization/african-union", "organization/arab-league"
POLISARIO, EU = "organization/polisario-front", "organization/european-union"
MOROCCO, GUYANA, VENEZUELA = "state/morocco", "state/guyana", "state/venezuela"
IRAQ, UKRAINE, UNSC = "state/iraq", "state/ukraine", "organization/un-security-council"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # a body of no state declares a thing invalid: its own rejection
    (
        "rejectsClaim",
        {"state": AU, "what": "the referendum"},
        "The African Union called the referendum illegal.",
    ),
    (
        "rejectsClaim",
        {"state": LEAGUE, "what": "The referendum"},
        "The referendum was declared null and void by the Arab League.",
    ),
    (
        "rejectsClaim",
        {"state": POLISARIO, "what": "the new fishing rules"},
        "The Polisario Front said the new fishing rules were null and void.",
    ),
    (
        "rejectsClaim",
        {"state": POLISARIO, "what": "the vote"},
        "The Polisario Front regards the vote as illegitimate.",
    ),
    (
        "rejectsClaim",
        {"state": EU, "what": "the elections in the region"},
        "The European Union said on Monday that the elections in the region had no legal validity.",
    ),
    # a pronoun for a document a filing (lodging, publishing) made: its maker is the claimant
    (
        "rejectsClaim",
        {"state": PORTUGAL, "claimant": SPAIN, "what": "a submission"},
        "Spain lodged a submission with the commission in 2009. Portugal has never accepted it.",
    ),
    (
        "rejectsClaim",
        {"state": PORTUGAL, "claimant": SPAIN, "what": "a submission"},
        "Spain filed a submission with the commission in 2009. Portugal has not recognised it.",
    ),
    (
        "rejectsClaim",
        {"state": TURKEY, "claimant": GREECE, "what": "a map"},
        "Greece published a map of its zone last year. Turkey rejected it.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": CHILE, "what": "a submission"},
        "Chile filed a submission in 2009, and Argentina objects to it.",
    ),
    # a thing made before and declared void: its maker is the claimant
    (
        "rejectsClaim",
        {"state": POLISARIO, "claimant": MOROCCO, "what": "the laws"},
        "Morocco passed two laws on Wednesday. The Polisario Front said the laws were null and void.",
    ),
    (
        "rejectsClaim",
        {"state": POLISARIO, "claimant": MOROCCO, "what": "the laws"},
        "The laws, passed by Morocco's parliament on Wednesday, extend its waters. "
        "The Polisario Front called the laws illegal.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "what": "the law"},
        "Venezuela enacted a law on the region. Guyana called the law illegal.",
    ),
    (
        "rejectsClaim",
        {"state": UNSC, "claimant": IRAQ, "what": "The annexation"},
        "Iraq annexed Kuwait on Aug. 8. The annexation was declared null and void by the U.N. "
        "Security Council.",
    ),
    (
        "rejectsClaim",
        {"state": UKRAINE, "claimant": RUSSIA, "what": "the annexation"},
        "Russia annexed the peninsula in 2014. Ukraine has never accepted the annexation.",
    ),
    # filing a document issues it
    ("issued", {"issuer": NORWAY}, "Norway filed a submission with the commission in 2006."),
    ("issued", {"issuer": RUSSIA}, "A submission filed by Moscow in 2015 extends the shelf."),
    ("issued", {"issuer": CHILE}, "Chile lodged a submission with the UN commission in 2009."),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # a court's finding is its ruling, no stance of its own
    ("The tribunal ruled that the claims had no legal basis.", "rejectsClaim", {}),
    ("The arbitral court found the cession unlawful.", "rejectsClaim", {}),
    # a body's view denied, or a treaty voided by a body: no withdrawal of a state's
    ("The African Union did not call the referendum illegal.", "rejectsClaim", {}),
    ("The Arab League declared the treaty null and void.", "withdrewObligation", {}),
    # the rejecter's own law has no claimant
    (
        "Guyana passed a law on the region. Guyana's parliament later called the law illegal.",
        "rejectsClaim",
        {"claimant": GUYANA},
    ),
    # filing a case issues no document; a pronoun the rejecter made is no claim of another's
    ("Bolivia filed a case at the court.", "issued", {}),
    ("Chile filed a submission in 2009. Argentina said it would study it.", "rejectsClaim", {}),
    (
        "Chile filed a submission in 2009, and Chile later withdrew it.",
        "rejectsClaim",
        {"claimant": CHILE},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)
