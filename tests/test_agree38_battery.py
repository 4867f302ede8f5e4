"""Agreements and signings that news tells with unfamiliar names and words (issue 12, eighteenth
round, second pass, agree38).

- "Austrian Foreign Minister A and Swiss Foreign Minister B signed ...": with names the small
  model does not know, the parser may hang the first titled name on the second's title as an
  adjective (``amod``), the "and" still on the first name; that name is the second's conjunct as
  when it hangs as ``nmod`` or ``compound`` (grammar/filler_conjuncts.py). Seen in T49 and in the case the
  rule was written for (a Romanian and a Ukrainian minister).
- "have reached an interim arrangement on ...": an arrangement reached, struck or sealed is an
  agreement, like a deal or an accord (data/lexicon/relations.yaml).
- "the strait between British Columbia and Alaska": British Columbia is a Canadian province, not
  Britain ("British" in its name is no demonym), so "both sides" later in the report still names
  the two states in play (data/gazetteer/territories.yaml).
Sentences written for these tests, in news style.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, none_told, shown

AT, CH = "state/austria", "state/switzerland"
NO, IS = "state/norway", "state/iceland"
CA, US = "state/canada", "state/united-states"

# -- two titled officials of unfamiliar names, the first read as the second title's adjective
OFFICIALS = [
    "Austrian Foreign Minister Norbert Totschnig and Swiss Foreign Minister Ignazio Cassis "
    "signed a fisheries treaty on Thursday.",
    "Austrian Foreign Minister Norbert Totschnig and Swiss Foreign Minister Ignazio Cassis "
    "signed a fisheries treaty in Bregenz on Thursday, officials said.",
]


@pytest.mark.parametrize("text", OFFICIALS)
def test_both_officials_sign_for_their_states(text):
    found = facts(text)
    signed = find(found, "signed", parties={AT, CH})
    assert signed, shown(found)
    people = {e.key for e in signed[0].args["parties"] if e.kind == "Person"}
    assert people == {"person/norbert-totschnig", "person/ignazio-cassis"}, people


def test_both_officials_agree():
    found = facts(
        "Austrian Foreign Minister Norbert Totschnig and Swiss Foreign Minister Ignazio Cassis "
        "agreed on Thursday to extend the ban on whitefish fishing."
    )
    agreed = [f for f in found if f.rel == "agreedTo" and not f.negated]
    assert agreed, shown(found)
    keys = {e.key for e in agreed[0].args["parties"]}
    assert {AT, CH, "person/norbert-totschnig", "person/ignazio-cassis"} <= keys, keys


# -- an arrangement reached is an agreement
ARRANGED = [
    "Norway and Iceland struck an arrangement on Monday on herring quotas in the disputed waters.",
    "Norway and Iceland have reached an interim arrangement on herring quotas.",
    "An arrangement on herring quotas was reached on Monday by Norway and Iceland.",
]


@pytest.mark.parametrize("text", ARRANGED)
def test_an_arrangement_reached_is_agreed(text):
    found = facts(text)
    agreed = find(found, "agreedTo", parties={NO, IS})
    assert agreed and "herring" in agreed[0].args["what"], shown(found)


NOT_ARRANGED = [
    "Norway and Iceland hope to reach an arrangement on herring quotas.",
    "Norway and Iceland did not reach an arrangement on herring quotas.",
]


@pytest.mark.parametrize("text", NOT_ARRANGED)
def test_no_arrangement_hoped_for_or_denied(text):
    none_told(text, "agreedTo", {"parties": {NO, IS}})


# -- a province whose name holds a demonym is no state: "both sides" stays the two states
def test_british_columbia_is_no_side():
    found = facts(
        "Canada and the United States have reached an interim deal on halibut in the Dixon "
        "Entrance, the strait between British Columbia and Alaska. Under the deal, both sides "
        "agreed to exchange catch figures every week."
    )
    assert not any(e.key == "state/united-kingdom" for f in found for e in _entities(f)), shown(
        found
    )
    assert any(
        "catch figures" in f.args.get("what", "") for f in find(found, "agreedTo", parties={CA, US})
    ), shown(found)


def _entities(f):
    for v in f.args.values():
        if isinstance(v, tuple):
            yield from v
        elif hasattr(v, "key"):
            yield v
