"""A treaty signed by two officials the text titles but gives no state ("signed ... by foreign
ministers A and B"), in a report about two states: the two states signed it, and the officials
did (issue 12, eighteenth round, agree37).

Seen in two writers' articles (T6: "signed at Eemshaven ... by foreign ministers A and B", and
T44's signings by named leaders): the signing was dropped for want of the officials' states. The
article's two states in play are the sides, as a reader takes them; the officials are named beside
them. Sentences written for these tests, in news style, about no dispute of a never-read batch.
"""

from __future__ import annotations

import pytest
from helpers import facts, signings

_LEAD = "Chile and Peru have quarrelled over their sea border for decades. "

SIGNED = [
    # a participle after the document, with place and date before the agent
    "A second treaty, signed in Geneva on May 3, 2016, by foreign ministers Ana Torres and "
    "Luis Vega, drew the line beyond the bay.",
    # the passive main clause
    "The second treaty was signed on May 3, 2016, by foreign ministers Ana Torres and Luis Vega.",
    # another title
    "A second treaty, signed on May 3, 2016, by prime ministers Ana Torres and Luis Vega, drew "
    "the line beyond the bay.",
]


@pytest.mark.parametrize("sentence", SIGNED)
def test_titled_signers_sign_for_the_two_states(sentence: str) -> None:
    found = signings(_LEAD + sentence)
    assert any(
        {"Chile", "Peru", "Ana Torres", "Luis Vega"} <= parties and date == "2016-05-03"
        for parties, date in found
    ), found


def test_untitled_signers_make_no_states_signing() -> None:
    """Two people with no office named: nothing tells they signed for the two states."""
    found = signings(
        _LEAD + "A second treaty, signed on May 3, 2016, by Ana Torres and Luis Vega, drew the "
        "line beyond the bay."
    )
    assert not any({"Chile", "Peru"} <= parties for parties, _ in found), found


# -- "remained bound by": the parser reads "remained" as a passive auxiliary and hangs the subject
# on it (seen in T19's "their governments remained bound by" and T44's "Kampala remained bound
# by"); the subject is the participle's, the state bound by the document.

_BOUND = [
    "Uganda remained bound by the 2019 memorandum.",
    "Uganda's foreign minister said Kampala remained bound by the 2019 memorandum.",
    "Kampala remained bound by the 2019 memorandum, the foreign minister said.",
    "Uganda remains bound by the 2019 memorandum.",  # the present, parsed as a copula
]


@pytest.mark.parametrize("sentence", _BOUND)
def test_remained_bound_adheres(sentence: str) -> None:
    found = [
        (f.args["party"].label, f.args["document"].label)
        for f in facts(sentence)
        if f.rel == "adheresTo" and not f.negated
    ]
    assert ("Uganda", "memorandum of 2019") in found, found


def test_remained_bound_not_when_negated() -> None:
    found = facts("Uganda no longer remained bound by the 2019 memorandum.")
    assert not any(f.rel == "adheresTo" and not f.negated for f in found)
