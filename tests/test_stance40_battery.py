"""Rejections of what another state said, in wording not seen before (issue 12, stance40).

Every sentence was written for this module, about disputes the never-read batches do not cover
(Peru-Ecuador, Guatemala-Belize, the Falklands). Each reading has its rewrites and near-misses:
- a bare "the demand" or "the complaint" (with "that", in the passive, under another verb of
  rejecting) after a state's official or ministry said what it wants or what it holds wrong is
  that state's: it is the claimant of the rejection, as a bare "the charge" or "that claim" is;
- what the rejecter's own voice said is no claim of another's: no claimant;
- a rejection of "any" thing, or of a bare plural or mass noun ("will not accept unilateral
  measures"), that names neither whose it is nor a land at stake ("rejects any presence of foreign
  troops", "opposes any attempt to ...") is a principle, no stance on a claim; "any claim by X",
  "claims by X", "Bolivian claims", "any claim to the island", "sovereignty talks" still are.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

PERU, ECUADOR = "state/peru", "state/ecuador"
GUATEMALA, BELIZE = "state/guatemala", "state/belize"
ARGENTINA, UK = "state/argentina", "state/united-kingdom"

_PERU_SAID = "Peruvian Foreign Minister Javier Gonzalez said Ecuador must pull its troops back from the valley. "
_GUATEMALA_SAID = (
    "Guatemala's foreign ministry said the new road on the Sarstoon violated the 1859 treaty. "
)

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # "the demand" after a state's official said what another must do: that state's demand
    (
        "rejectsClaim",
        {"state": ECUADOR, "claimant": PERU},
        _PERU_SAID + "Quito rejected the demand.",
    ),
    (
        "rejectsClaim",
        {"state": ECUADOR, "claimant": PERU},
        _PERU_SAID + "That demand was turned down by Quito.",
    ),
    (
        "rejectsClaim",
        {"state": ECUADOR, "claimant": PERU},
        _PERU_SAID + "Ecuador's foreign ministry dismissed the demand on Friday.",
    ),
    # "the complaint" after a state's ministry said what it holds wrong: that state's complaint
    (
        "rejectsClaim",
        {
            "state": BELIZE,
            "claimant": GUATEMALA,
            "what": "Guatemala's complaint (the new road on the Sarstoon violated the 1859 treaty)",
        },
        _GUATEMALA_SAID + "Belize dismissed the complaint.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA},
        "Argentina said the British survey breached its waters. Britain brushed aside the complaint.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA, "what": "Argentina's complaint"},
        '"The survey breached our waters," Argentine Foreign Minister Diana Mondino told reporters. '
        "London rejected that complaint.",
    ),
    # "any" thing whose maker or land the text names: still a rejection
    (
        "rejectsClaim",
        {"state": "state/chile", "claimant": "state/bolivia"},
        "Chile rejected any claim by Bolivia to the coast.",
    ),
    (
        "rejectsClaim",
        {"state": BELIZE, "claimant": GUATEMALA},
        "Belize will never accept any Guatemalan claim to the Sapodilla Cayes.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "territory": "territory/falkland-islands"},
        "Britain rejects any claim to the Falkland Islands, the Foreign Office said.",
    ),
    # a bare plural whose maker the text names, or a thing asked of the rejecter: still a rejection
    (
        "rejectsClaim",
        {"state": "state/chile", "claimant": "state/bolivia"},
        "Chile has repeatedly rejected Bolivian claims to the Atacama coast.",
    ),
    (
        "rejectsClaim",
        {"state": "state/chile", "claimant": "state/bolivia"},
        "Chile rejected claims by Bolivia to the coast.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "what": "sovereignty talks"},
        "Britain has ruled out sovereignty talks.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # the rejecter's own minister said it: no claimant of its own
    (
        "Belizean Foreign Minister Eamon Courtenay said the road was legal. Belize dismissed the "
        "complaint.",
        "rejectsClaim",
        {"claimant": BELIZE},
    ),
    # a demand only possible: no rejection yet
    (_PERU_SAID + "Quito may reject the demand.", "rejectsClaim", {}),
    # "any" thing of no one named, on no land named: a principle
    ("Ecuador rejects any presence of foreign troops on its soil.", "rejectsClaim", {}),
    (
        "Ecuador will oppose any project that ignores its rights, the ministry said.",
        "rejectsClaim",
        {},
    ),
    (
        "Belize firmly rejects any attempt to reopen a boundary that was settled by the court.",
        "rejectsClaim",
        {},
    ),
    ("Any attempt to change the border will be rejected by Quito.", "rejectsClaim", {}),
    # a bare plural or mass noun of no one named: a kind, not another's act
    ("Ecuador will not accept unilateral measures while the case is pending.", "rejectsClaim", {}),
    (
        '"Peru will not accept unilateral measures on the river," the minister said.',
        "rejectsClaim",
        {},
    ),
    ("Belize has always rejected military operations near its coast.", "rejectsClaim", {}),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)
