"""Rejections of a thing told by its maker's demonym, and of a content clause (issue 12, reject36).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (the Essequibo, the Falklands, Belize-Guatemala, Bolivia's sea access). Each
reading has its rewrites and its near-misses:
- "rejected a Venezuelan decree": the demonym the document's name took in names its maker, the
  claimant, as "the Venezuelan decree" and "Venezuela's decree" do, in the active and the passive,
  and a later bare "the decree" is that maker's too; the rejecter's own demonym gives none;
- "will not (does not, cannot, never) accept that X ...", "refused to accept that ...": the clause
  is what is rejected, its state the claimant; accepted, or a clause that names no state ("we do
  not accept that nothing can change"), rejects nothing;
- "X issued (sent) a decree ... The decree, published on <day>, ...": the document put out again
  in the passive with no doer named is X's issue told with its day (a participle, a relative
  clause, a main clause); "a decree was published" is another, and an issue dated already keeps
  its day.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

VENEZUELA, GUYANA, BELIZE = "state/venezuela", "state/guyana", "state/belize"
ARGENTINA, UK, GUATEMALA = "state/argentina", "state/united-kingdom", "state/guatemala"
CHILE, BOLIVIA = "state/chile", "state/bolivia"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # the demonym in the rejected document's name: its maker is the claimant
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA},
        "Guyana rejected a Venezuelan decree on the Essequibo.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA},
        "A Venezuelan law was rejected by Guyana on Monday.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA},
        "Guyana, which has long disputed the border, turned down a Venezuelan proposal for talks.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA},
        "Britain dismissed an Argentine plan that would extend the zone around the islands.",
    ),
    (
        "rejectsClaim",
        {"state": BELIZE, "claimant": VENEZUELA, "what": "the decree"},
        "Guyana rejected a Venezuelan decree on Monday. Belize later said it also rejects the "
        "decree.",
    ),
    # a content clause not accepted: its state is the claimant
    (
        "rejectsClaim",
        {"state": GUATEMALA, "claimant": BELIZE},
        "Guatemala will not accept that the 1859 treaty gives Belize the cays.",
    ),
    (
        "rejectsClaim",
        {"state": GUATEMALA, "claimant": BELIZE},
        "Guatemala refused to accept that the treaty gave Belize the cays.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK},
        "Argentina does not accept that the islands belong to Britain.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": BOLIVIA},
        "Chile has never accepted that Bolivia has a right to the sea.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA},
        '"We cannot accept that Venezuela decides where the border runs," Guyana\'s foreign '
        "minister said.",
    ),
]


ISSUED: list = [
    (
        {"issuer": VENEZUELA, "date": "2026-03-02"},
        "Venezuela issued a decree on the river. The decree, published on March 2, 2026, places "
        "the islands under a new state.",
    ),
    (
        {"issuer": VENEZUELA, "date": "2026-03-02"},
        "Venezuela issued a decree on the river. The decree, which was published on March 2, "
        "2026, places the islands under a new state.",
    ),
    (
        {"issuer": ARGENTINA, "date": "2020-04-29"},
        "Argentina said it had sent a formal note to London demanding talks. The note, handed over "
        "on Wednesday, also asked Britain to halt the drilling.",
    ),
]
BATTERY += [("issued", roles, text) for roles, text in ISSUED]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # the rejecter's own demonym names no claimant
    ("Guyana rejected a Guyanese decree.", "rejectsClaim", {"claimant": GUYANA}),
    # a clause accepted, or one that names no state, rejects nothing
    ("Guatemala accepts that the treaty gives Belize the cays.", "rejectsClaim", {}),
    ("We do not accept that nothing can change, Guatemala said.", "rejectsClaim", {}),
    # another decree, or an issue dated already
    (
        "Venezuela issued a decree on the river. A decree was published on March 2, 2026.",
        "issued",
        {"date": "2026-03-02"},
    ),
    (
        "Venezuela issued a decree on Monday. The decree, published on March 2, 2026, places the "
        "islands under a new state.",
        "issued",
        {"date": "2026-03-02"},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)
