"""Obligations, adherence and handovers of described land in wording not seen before (issue 12,
eighteenth round, docs38).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (Jordan and Saudi Arabia, Mali and Burkina Faso, Egypt and Israel). Causes:
- "the accord binds both sides to share the oil": the parties are obliged (obliges), not bound by
  the accord as adherents; "the treaty binds both countries" without an act tells no obligation
  (its parties were read as the act), only the adherence;
- a described land ("the coastal strip", "the maritime area") handed over, ceded or transferred
  is the land of the handover (the handover class is a land-only role, as a claim's is), also
  where the parser hangs the receiver's "to" on the last of the pair the land lies between.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, none_told, shown

JORDAN, SAUDI = "state/jordan", "state/saudi-arabia"
MALI, BURKINA = "state/mali", "state/burkina-faso"
EGYPT, ISRAEL = "state/egypt", "state/israel"

# (text, relation, roles by entity key, words the text role must hold or "")
BATTERY: list = [
    # "binds X to do": an obligation of each party, told actively, with an adverb, by a pair word
    (
        "Jordan and Saudi Arabia signed a border treaty in 1965. The treaty binds Jordan and "
        "Saudi Arabia to share any oil found under the swapped land.",
        "obliges",
        {"party": JORDAN},
        "share any oil",
    ),
    (
        "Jordan and Saudi Arabia signed a border treaty in 1965. The treaty also bound both "
        "countries to share any oil found under the swapped land.",
        "obliges",
        {"party": SAUDI},
        "share any oil",
    ),
    (
        "Egypt and Israel signed an arbitration accord in 1986. The accord, signed in Cairo, "
        "binds both countries to accept the panel's award.",
        "obliges",
        {"party": ISRAEL},
        "accept the panel's award",
    ),
    (
        "Mali and Burkina Faso went to court in 1985. The judgment required both governments to "
        "pull their troops out within 20 days.",
        "obliges",
        {"party": BURKINA},
        "pull their troops out",
    ),
    # a described land handed over: active, passive, by a promise of a document
    (
        "Saudi Arabia ceded the coastal strip to Jordan in 1965.",
        "handedOverTo",
        {"from": SAUDI, "to": JORDAN},
        "coastal strip",
    ),
    (
        "In 1965 the coastal strip was transferred by Saudi Arabia to Jordan.",
        "handedOverTo",
        {"to": JORDAN},
        "coastal strip",
    ),
    (
        "Saudi Arabia handed the maritime area over to Jordan in 1965.",
        "handedOverTo",
        {"from": SAUDI, "to": JORDAN},
        "maritime area",
    ),
    (
        "The 1965 agreement between Jordan and Saudi Arabia provided that Saudi Arabia would "
        "cede the coastal strip between Aqaba and the reef to Jordan.",
        "promisesHandover",
        {"to": JORDAN},
        "coastal strip",
    ),
    (
        "Saudi Arabia gave the coastal strip between Haql and the reef to Jordan in 1965.",
        "handedOverTo",
        {"to": JORDAN},
        "coastal strip",
    ),
]

_WORDS = {"obliges": "action", "handedOverTo": "territory", "promisesHandover": "territory"}


def _words(fact, role: str) -> str:
    value = fact.args.get(role)
    return str(getattr(value, "label", value) or "")


@pytest.mark.parametrize(("text", "rel", "roles", "words"), BATTERY)
def test_reading(text, rel, roles, words):
    found = [f for f in find(facts(text), rel, **roles)]
    if words:
        found = [f for f in found if words in _words(f, _WORDS[rel])]
    assert found, shown(facts(text))


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # obliged to an act: not bound by the accord as its adherent
    (
        "Jordan and Saudi Arabia signed a border treaty in 1965. The treaty binds both "
        "countries to share any oil found under the swapped land.",
        "adheresTo",
        {},
    ),
    # no act told: no obligation (the parties are no act)
    (
        "Jordan and Saudi Arabia signed a border treaty in 1965. The treaty binds Jordan and "
        "Saudi Arabia.",
        "obliges",
        {},
    ),
    (
        "Mali and Burkina Faso went to court in 1985. The ruling requires both countries.",
        "obliges",
        {},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)


def test_bound_without_an_act_is_still_adherence():
    found = facts(
        "Jordan and Saudi Arabia signed a border treaty in 1965. The treaty binds Jordan and "
        "Saudi Arabia."
    )
    assert find(found, "adheresTo", party=JORDAN), shown(found)
