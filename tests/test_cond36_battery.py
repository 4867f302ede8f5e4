"""Promises, conditions and obligations given up, in wording not read before (issue 12, cond36).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover. Each reading has its rewrites and its near-misses:
- "the base": a site noun said of its land by place ("its naval base at Port Arthur", "the fleet's
  base in Sevastopol", where the parser may hang the place on the verb) or in apposition ("Port
  Arthur, the naval base ...") is that land when the article says "the base" later (a promise to
  hand "the base" back hands that land back);
- "the treaty never made X dependent on Y": a condition negated on the verb that makes it so is no
  condition set;
- "declared that the treaty's restrictions were no longer binding", "no longer bound by the
  clause": a state that says a document's clause, provision or restriction no longer holds it has
  withdrawn that obligation (its reason: "citing X", "because ..."); still binding, it has not.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

RUSSIA, UKRAINE, CHINA = "state/russia", "state/ukraine", "state/china"
SOVIET, FINLAND, GREECE = "state/soviet-union", "state/finland", "state/greece"
SEVASTOPOL = "territory/sevastopol"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # "the base" after the land it stands on: by place, the place hung on the verb, in apposition
    (
        "promisesHandover",
        {"territory": SEVASTOPOL, "from": RUSSIA, "to": UKRAINE},
        "Moscow renewed the lease on its naval base in Sevastopol for 25 years. Under a 1997 "
        "treaty, Russia undertook to hand the base back to Ukraine when the lease expired.",
    ),
    (
        "promisesHandover",
        {"territory": SEVASTOPOL, "from": RUSSIA, "to": UKRAINE},
        "Russia keeps a fleet base in Sevastopol. Under the 1997 treaty, Moscow pledged to "
        "return the base to Ukraine.",
    ),
    (
        "promisesHandover",
        {"territory": SEVASTOPOL, "from": RUSSIA, "to": UKRAINE},
        "Sevastopol, the naval base Russia rents, lies in Crimea. Under the 1997 treaty, the base "
        "was to be handed back by Russia to Ukraine.",
    ),
    (
        "promisesHandover",
        {"from": SOVIET, "to": CHINA},
        "Port Arthur, the naval base the Soviet Union handed over to China in 1955, is now part "
        "of Dalian. In an agreement signed in 1950, Moscow had promised to return the base to "
        "China by 1952.",
    ),
    (
        "promisesHandover",
        {"from": SOVIET, "to": CHINA},
        "Port Arthur, the naval base the Red Army took in 1945, is now part of Dalian. In an "
        "agreement signed in 1950, the Soviet Union promised to return the base to China.",
    ),
    # a clause, a provision, a restriction no longer binding, no longer bound by
    (
        "withdrewObligation",
        {"state": FINLAND, "obligation": "the military restrictions of the peace treaty"},
        "Finland declared on Friday that the military restrictions of the peace treaty were no "
        "longer binding, citing the end of the Cold War.",
    ),
    (
        "withdrewObligation",
        {"state": FINLAND, "reason": "citing the end of the Cold War"},
        "Helsinki announced that the treaty's military restrictions were no longer binding, "
        "citing the end of the Cold War.",
    ),
    (
        "withdrewObligation",
        {"state": FINLAND, "obligation": "the restrictions"},
        "Finland said on Friday that the restrictions were no longer binding because the Soviet "
        "Union had collapsed.",
    ),
    (
        "withdrewObligation",
        {"state": GREECE, "obligation": "the demilitarisation clause of the peace treaty"},
        "Athens says it is no longer bound by the demilitarisation clause of the peace treaty.",
    ),
    (
        "withdrewObligation",
        {"state": GREECE, "obligation": "the provisions"},
        "Greece said on Monday that it no longer considered itself bound by the provisions.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # a condition negated on the verb that would make it
    (
        "Greek officials say the treaty never made sovereignty dependent on demilitarisation.",
        "conditionedOn",
        {},
    ),
    (
        "The 1947 treaty did not make the cession of the islands conditional on a referendum.",
        "conditionedOn",
        {},
    ),
    # still binding, still bound: no obligation given up
    (
        "Finland said the military restrictions of the peace treaty were still binding.",
        "withdrewObligation",
        {},
    ),
    (
        "Greece says it remains bound by the clause of the peace treaty.",
        "withdrewObligation",
        {},
    ),
    # "the base" with no land named for it refers to none
    (
        "The navy opened a new base last year. Under the treaty, Russia pledged to hand the base "
        "back to Ukraine.",
        "promisesHandover",
        {},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)


def test_a_condition_made_is_still_read():
    """The negation check leaves a condition the document does set."""
    found = facts(
        "The 1960 note made the handover of the islands conditional on the withdrawal of all "
        "foreign troops from Japan."
    )
    assert any(f.rel in ("conditionedOn", "promisesHandover") for f in found), shown(found)
