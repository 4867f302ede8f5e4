"""Adherence told by a state participle (issue 12, fourteenth round, agree30).

"Kyiv remained bound by the judgment" (O h72), "their governments remained bound by the UN
Convention" (T19 h179), "his government was committed to the settlement" (O h74): the party is the
subject of "bound" or "committed", which the parser reads as a passive (its "by" phrase an agent).
The passive's own subject is the party (data/lexicon/relations.yaml ``adheresTo``), also where the
parser reads "remained" as the auxiliary holding the subject (grammar/object_roles.objects, agree37). And
adherence told as another's reading ("Pakistan
says India remains bound by the treaty") is the sayer's view, no adherence of the party
(rules/others_views.py). Sentences written for these tests, in news style, about disputes outside
the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

INDIA, PAKISTAN, UKRAINE = "state/india", "state/pakistan", "state/ukraine"
ECUADOR, PERU = "state/ecuador", "state/peru"

# (sentence, the party that adheres)
BOUND = [
    ("Kyiv is bound by the judgment, the foreign ministry said.", UKRAINE),
    ("Kyiv remains bound by the judgment.", UKRAINE),
    ("Ukraine remained bound by the 2009 judgment, its foreign minister said on Monday.", UKRAINE),
    ("Ukraine's foreign minister said that Kyiv remained bound by the judgment.", UKRAINE),
    ("Ukraine stays bound by the judgment despite the war.", UKRAINE),
    ("Ecuador is committed to the 1998 peace agreement.", ECUADOR),
    ("Ecuador was committed to the peace agreement, Quito said.", ECUADOR),
    ("Ecuador remains committed to the peace agreement.", ECUADOR),
    ("Indian Foreign Minister S. Jaishankar said India remains bound by the 1960 treaty.", INDIA),
]


@pytest.mark.parametrize(("text", "party"), BOUND)
def test_the_bound_party_adheres(text, party):
    found = facts(text)
    assert has(found, "adheresTo", party=party), shown(found)


# no adherence of the party: denied, or told as another's reading of its duty
NOT_BOUND = [
    ("Ukraine is not committed to the judgment.", UKRAINE),
    ("Pakistan says India remains bound by the 1960 treaty.", INDIA),
    ("Pakistan insisted that India was committed to the 1960 treaty.", INDIA),
    ("Peru said Ecuador still respects the peace agreement.", ECUADOR),
    ("The treaty commits Peru to granting Ecuador access to the river.", PERU),
]


@pytest.mark.parametrize(("text", "party"), NOT_BOUND)
def test_no_adherence_where_none_is_told(text, party):
    found = [f for f in facts(text) if not f.negated]
    assert not has(found, "adheresTo", party=party), shown(found)


def test_the_sayers_own_adherence_stands():
    """ "Pakistan says it remains bound by the treaty": the sayer is the party."""
    found = facts("Pakistan says it remains bound by the 1960 treaty with India.")
    assert has(found, "adheresTo", party=PAKISTAN), shown(found)
