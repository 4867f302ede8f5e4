"""Refusals of a thing that need not exist (issue 12, twenty-fifth round, rejects45).

"Egypt would not accept a fait accompli", "Namibia cannot accept a border that denies our farmers
water", "Croatia would never accept a ruling reached through fraud": a thing brought in by "a"
under a negated modal is any such thing, as "any" is, and names no one's claim, demand or act. It
was read as a rejection with no claimant. A deed ("did not accept a ruling"), a thing told of
("will never accept the ruling") and a thing whose maker or land is named ("a ruling by the
court") stay rejections. Seen in study articles of several batches (h147, h189, h191, h292).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import rejections

# a modal refusal of an indefinite thing: another modal, another trigger, a tag before or after,
# in quotation marks, the passive, a relative clause on the noun
HYPOTHETICAL = [
    'Foreign Minister Sameh Shoukry said Egypt would "not accept a fait accompli".',
    "Egypt will not accept a fait accompli, Foreign Minister Sameh Shoukry said.",
    "A fait accompli would never be accepted by Egypt, Foreign Minister Sameh Shoukry said.",
    '"Namibia cannot accept a border that denies our farmers access to the water that flows past'
    ' their doorstep," the minister told reporters in Windhoek.',
    "Croatian Prime Minister Andrej Plenkovic said that Croatia would never accept a ruling"
    " reached through fraud.",
    "Croatia, Prime Minister Andrej Plenkovic said, will never recognise a ruling reached through"
    " fraud.",
    "Egypt, the foreign minister said, will not recognise a government installed by force.",
    "Egypt can't accept a fait accompli, the foreign minister said.",
    "Egypt won't ever recognise a government installed by force.",
]


@pytest.mark.parametrize("text", HYPOTHETICAL)
def test_a_thing_that_need_not_exist_is_no_rejection(text: str) -> None:
    assert rejections(text) == []


# the same words where the thing is one: a deed, one told of, one whose maker is named
REJECTED = [
    ("Croatia did not accept a ruling reached through fraud.", "Croatia", None, "ruling"),
    ("Croatia will never accept the ruling.", "Croatia", None, "ruling"),
    ("Croatia will never accept a Slovenian ruling.", "Croatia", "Slovenia", "ruling"),
    (
        "Namibia did not accept a border proposed by South Africa.",
        "Namibia",
        "South Africa",
        "border",
    ),
    ("Japan will never accept a Chinese proposal on the islands.", "Japan", "China", "proposal"),
    ("Egypt did not accept a fait accompli.", "Egypt", None, "fait accompli"),
    (
        "Beijing has refused to accept an award made in The Hague in 2016.",
        "China",
        None,
        "award",
    ),
    (
        "Venezuela will not accept a ruling by the International Court of Justice.",
        "Venezuela",
        None,
        "ruling",
    ),
]


@pytest.mark.parametrize(("text", "state", "claimant", "word"), REJECTED)
def test_a_thing_that_is_one_stays_rejected(
    text: str, state: str, claimant: str | None, word: str
) -> None:
    found = rejections(text)
    assert any(s == state and c == claimant and word in w for s, c, w in found), found
