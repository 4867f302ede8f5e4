"""Rejections whose maker is told before them, and a court's judges (issue 12, stance27).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (Belize-Guatemala, Ecuador-Peru, Chile-Argentina, Bolivia-Chile, the Kurils,
the Aegean, Guyana-Suriname). Each reading has its rewrites and its near-misses:
- "that position" ("that view", "that stance", "that contention") rejected is what another state
  said last: that state is the claimant, as for "the remarks" or "the charge";
- "demanded that ...", "set a condition", "proposed", "tabled a proposal", "requested": the doer
  made the thing a later bare "the demand" ("that demand", "the plan", "the request") means, under
  any noun of its group ("set a condition ... turned that demand down");
- "the judges" is the court named last (ICJ, ITLOS, PCA): "The judges turned down a request by
  Guatemala", "Rejecting that argument, the judges ...", "..., the judges said".
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

BELIZE, GUATEMALA, ECUADOR, PERU = (
    "state/belize",
    "state/guatemala",
    "state/ecuador",
    "state/peru",
)
CHILE, ARGENTINA, BOLIVIA, JAPAN, RUSSIA = (
    "state/chile",
    "state/argentina",
    "state/bolivia",
    "state/japan",
    "state/russia",
)
GREECE, TURKEY, GUYANA, SURINAME = "state/greece", "state/turkey", "state/guyana", "state/suriname"
ICJ = "organization/international-court-of-justice"
ITLOS = "organization/international-tribunal-for-the-law-of-the-sea"

_ICJ_RULED = "The International Court of Justice ruled on Monday on the Sarstoon River. "

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # a stance told by another state, rejected as "that position" and its kin
    (
        "rejectsClaim",
        {
            "state": GUATEMALA,
            "claimant": BELIZE,
            "what": "that position (its border ran along the Sarstoon River)",
        },
        "Belize told the court on Monday that its border ran along the Sarstoon River. "
        "Guatemala rejected that position.",
    ),
    (
        "rejectsClaim",
        {"state": PERU, "claimant": ECUADOR, "what": "that view (the river belonged to Ecuador)"},
        "Ecuador's foreign minister said the river belonged to Ecuador. "
        "Peru dismissed that view on Tuesday.",
    ),
    (
        "rejectsClaim",
        {
            "state": ARGENTINA,
            "claimant": CHILE,
            "what": "that stance (the glacier lay on its side of the line)",
        },
        "Chile insisted that the glacier lay on its side of the line. Argentina rejected that "
        "stance, a foreign ministry spokesman said.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": SURINAME},
        "Suriname said the boundary should follow the 10-degree line. "
        "Guyana has always rejected that position.",
    ),
    (
        "rejectsClaim",
        {"state": TURKEY, "claimant": GREECE},
        "Greece said on Friday that the islands generate a continental shelf. "
        "Ankara dismissed that contention as baseless.",
    ),
    # a demand voiced or a condition set, referred to by a noun of its group
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": BOLIVIA, "what": "the demand"},
        "Bolivia demanded that Chile return the coastal strip. Chile rejected the demand.",
    ),
    (
        "rejectsClaim",
        {  # the demand as told before (rejects51: rules/told_things.py)
            "state": BOLIVIA,
            "claimant": CHILE,
            "what": "that demand (a fresh condition for the talks)",
        },
        "Chile set a fresh condition for the talks. Bolivia turned that demand down.",
    ),
    (
        "rejectsClaim",
        {"state": JAPAN, "claimant": RUSSIA},
        "Moscow set a fresh condition for the handover of the islands. "
        "Tokyo turned that demand down.",
    ),
    (
        "rejectsClaim",
        {"state": BOLIVIA, "claimant": CHILE},
        "Chile set a fresh condition for the talks, namely that Bolivia drop its case. "
        "Bolivia rejected the condition a day later.",
    ),
    # a proposal made, referred to as "the plan"
    (
        "rejectsClaim",
        {"state": PERU, "claimant": ECUADOR, "what": "the plan"},
        "Ecuador proposed joint development of the river basin on Monday. Peru rejected the plan.",
    ),
    (
        "rejectsClaim",
        {"state": PERU, "claimant": ECUADOR},
        "Ecuador tabled a proposal for joint patrols on the river. "
        "Peru rejected the plan on Tuesday.",
    ),
    (
        "rejectsClaim",
        {"state": PERU, "claimant": ECUADOR},
        "Ecuador suggested a joint commission for the river. Lima turned down the proposal.",
    ),
    (
        "rejectsClaim",
        {"state": BELIZE, "claimant": GUATEMALA, "what": "the request"},
        "Guatemala requested arbitration of the border. Belize rejected the request.",
    ),
    # "the judges": the court named last
    (
        "rejectsClaim",
        {"state": ICJ, "claimant": GUATEMALA},
        _ICJ_RULED + "The judges unanimously turned down a request by Guatemala that the court "
        "also fix the sea boundary.",
    ),
    (
        "rejectsClaim",
        {"state": ICJ, "claimant": GUATEMALA},
        _ICJ_RULED + "The judges rejected Guatemala's request.",
    ),
    (
        "rejectsClaim",
        {"state": ICJ, "claimant": GUATEMALA, "what": "that argument"},
        _ICJ_RULED + "Guatemala argued that the river was its own. "
        "Rejecting that argument, the judges drew a line along the river.",
    ),
    (
        "rejectsClaim",
        {"state": ITLOS, "claimant": GUYANA},
        "The International Tribunal for the Law of the Sea gave its judgment on Thursday. "
        "The judges dismissed Guyana's objection.",
    ),
    (
        "statement",
        {"speaker": ICJ},
        _ICJ_RULED + "The border follows the deepest channel of the river, the judges said.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles that must not be found; {} for none of the relation at all)
DENIED: list[tuple[str, str, dict]] = [
    # a position not rejected, or only perhaps
    (
        "Belize said the river was its own. Guatemala has not rejected that position.",
        "rejectsClaim",
        {},
    ),
    ("Belize said the river was its own. Guatemala may reject that position.", "rejectsClaim", {}),
    ("Belize said the river was its own. Guatemala noted that position.", "rejectsClaim", {}),
    # no one told the position before: no claimant made up
    (
        "Belize and Guatemala met in Washington on Monday. Guatemala rejected that position.",
        "rejectsClaim",
        {"claimant": BELIZE},
    ),
    # the rejecter's own words are no claim against it
    (
        "Peru said the river was Peruvian. Peru rejected that view.",
        "rejectsClaim",
        {"claimant": PERU},
    ),
    # a demand welcomed or accepted, a plan discussed
    (
        "Bolivia demanded that Chile return the coastal strip. Chile welcomed the demand.",
        "rejectsClaim",
        {},
    ),
    (
        "Chile set a fresh condition for the talks. Bolivia accepted that demand.",
        "rejectsClaim",
        {},
    ),
    (
        "Ecuador proposed joint development of the river basin. Peru discussed the plan.",
        "rejectsClaim",
        {},
    ),
    # "the judges" with no court named, or a ruling still to come
    ("The judges rejected a request by Guatemala.", "rejectsClaim", {"state": ICJ}),
    (
        _ICJ_RULED + "The judges will rule on Guatemala's request next year.",
        "rejectsClaim",
        {},
    ),
    (
        _ICJ_RULED + "The judges may reject Guatemala's request.",
        "rejectsClaim",
        {},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)
