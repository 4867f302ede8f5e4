"""Incorporations and parts of land in wording not read before (issue 12, lands36).

Sentences written for this module, in wire-copy wording; each reading has rewrites and near-misses:
- a state named by what it is as the whole of "part of" ("declared part of the kingdom", "an
  integral part of the country") is the state the clause's subject names, else the state last
  acting; the noun elsewhere ("the kingdom signed") is no whole of anything;
- a verb's own preposition is no misread phrase of its object: "extended Israeli law to the Golan
  Heights, seized from Syria" incorporates the heights into Israel alone;
- "the island of Abd al-Kuri": a name after "the NOUN of" keeps its Arabic article and hyphen (and
  "the department of Islas de la Bahia" its first word);
- "the Palestinian territories" is a land of the gazetteer, no anaphor for the lands named before.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

MOROCCO, SAHARA = "state/morocco", "territory/western-sahara"
ISRAEL, SYRIA, GOLAN = "state/israel", "state/syria", "territory/golan-heights"
SOCOTRA = "territory/socotra-archipelago"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # the kingdom, the country, the republic: the state acting or speaking
    (
        "incorporates",
        {"territory": SAHARA, "into": MOROCCO, "date": "1979-08-14"},
        "Morocco held a ceremony in Dakhla on Wednesday. Western Sahara was declared part of the "
        "kingdom on Aug. 14, 1979.",
    ),
    (
        "incorporates",
        {"territory": SAHARA, "into": MOROCCO, "date": "1979-08"},
        "Rabat marked the anniversary on Wednesday. Western Sahara, after weeks of talks, was "
        "proclaimed part of the kingdom in August 1979.",
    ),
    (
        "partOf",
        {"part": SAHARA, "whole": MOROCCO},
        "Morocco held a ceremony on Wednesday. Western Sahara was declared part of the country in "
        "1979.",
    ),
    (
        "partOf",
        {"part": SAHARA, "whole": MOROCCO},
        "Morocco said on Monday that Western Sahara is part of the kingdom.",
    ),
    # a verb's own "to" is no misread phrase of its object
    (
        "incorporates",
        {"territory": GOLAN, "into": ISRAEL, "date": "1981"},
        "In 1981 the Knesset extended Israeli law to the Golan Heights, seized from Syria.",
    ),
    (
        "incorporates",
        {"territory": GOLAN, "into": ISRAEL, "date": "1981-12"},
        "The Knesset, in December 1981, applied Israeli law to the Golan Heights, captured from "
        "Syria in 1967.",
    ),
    # the Palestinian territories: one land by its name (data/gazetteer/territories.yaml)
    (
        "partOf",
        {"part": "territory/jordan-valley", "whole": "territory/palestinian-territories"},
        "The Jordan Valley, the minister said, is part of the Palestinian territories occupied in "
        "1967.",
    ),
    (
        "partOf",
        {"part": "territory/jordan-valley", "whole": "territory/palestinian-territories"},
        "The Jordan Valley forms part of the occupied Palestinian territories, the minister said.",
    ),
    # the island of NAME, with an Arabic article
    (
        "partOf",
        {"part": "territory/abd-al-kuri", "whole": SOCOTRA},
        "A runway was built on the island of Abd al-Kuri, part of the Socotra archipelago.",
    ),
    (
        "partOf",
        {"part": "territory/abd-al-kuri", "whole": SOCOTRA},
        "Satellite images show works on the island of Abd al-Kuri, which is part of the Socotra "
        "archipelago.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


@pytest.mark.parametrize(
    ("text", "rel", "roles"),
    [
        # the land of another state: not its own
        (
            "In 1981 the Knesset extended Israeli law to the Golan Heights, seized from Syria.",
            "incorporates",
            {"into": SYRIA},
        ),
        (
            "The Knesset applied Israeli law to the Golan Heights, captured from Syria in 1967.",
            "incorporates",
            {"into": SYRIA},
        ),
        # a state noun that is no whole of "part of"
        (
            "Morocco held a ceremony on Wednesday. The kingdom signed a deal on Western Sahara.",
            "partOf",
            {},
        ),
        # a wish, not a deed
        (
            "Morocco held a ceremony on Wednesday. Western Sahara should become part of the "
            "kingdom, the minister said.",
            "incorporates",
            {},
        ),
    ],
)
def test_near_misses(text, rel, roles):
    none_told(text, rel, roles)
