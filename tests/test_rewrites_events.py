"""Events and stances read from grammar survive rewrites that keep the meaning (issue 12, points 2-4).

Declaring a thing invalid, meetings, court rulings and orders, and "X's dispute with Y": each fact
told several ways - active and passive, a clause or apposition put in between, another trigger of
the same class (data/lexicon/relations.yaml), a nominalisation, the title after the name. The
sentences are written for these tests, not taken from the dev articles.
"""

from __future__ import annotations

import pytest
from helpers import facts, has

INDIA, PAKISTAN, CHINA = "state/india", "state/pakistan", "state/china"

VOID = [
    'India declared the border accord between China and Pakistan "null and void".',
    "India, in a statement on Monday, called the border accord between China and Pakistan illegal.",
    "India regards the border accord between China and Pakistan as invalid.",
    "India said that the border accord between China and Pakistan was unlawful.",
    "The Indian foreign ministry said the border accord between China and Pakistan has no legal effect.",
    "Indian Foreign Minister Ravi Kumar considers the border accord between China and Pakistan illegitimate.",
    "Ravi Kumar, India's foreign minister, insisted that the border accord between China and Pakistan "
    "was null and void.",
    "The border accord between China and Pakistan was declared null and void by India.",
]


@pytest.mark.parametrize("sentence", VOID)
def test_declaring_a_thing_invalid_rejects_it(sentence):
    found = facts(sentence)
    rejects = [f for f in found if f.rel == "rejectsClaim"]
    assert has(found, "rejectsClaim", state=INDIA, claimant=CHINA), rejects
    assert all("border accord" in f.args["what"] for f in rejects), rejects


@pytest.mark.parametrize(
    "sentence",
    [
        "India did not declare the border accord between China and Pakistan illegal.",
        "India said the border accord between China and Pakistan was not invalid.",
        "The border accord between China and Pakistan is illegal.",  # nobody's view: no rejecter
    ],
)
def test_no_rejection_where_nobody_declares_the_thing_invalid(sentence):
    found = facts(sentence)
    assert not has(found, "rejectsClaim", state=INDIA, claimant=CHINA)
    assert not any(
        f.rel == "rejectsClaim" and "border accord" in str(f.args.get("what")) for f in found
    ), found
