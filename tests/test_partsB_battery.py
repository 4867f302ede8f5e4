"""Land a state says is "part of" itself, where the sentence reads that as the state's claim, is
the claim only, no outlet's partOf (issue 12, seventeenth round, partsB).

Seen in two writers' study articles (h202 of T25, h223 of T30): a quoted "X is part of Y" of land
the gazetteer knows another state holds, "a tract that New Delhi insists is part of its territory", "which New Delhi regards
as part of its X region" each gave the claim and a partOf beside it. Land the speaker's state holds,
land a breakaway holds or a state annexed against the UN's word, land no state is known to hold and the outlet's own "X is part of Y" keep
their partOf. Sentences written
for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts

SHAKSGAM, AKSAI_CHIN = "territory/shaksgam-valley", "territory/aksai-chin"
INDIA = "state/india"


def _parts(text: str) -> set[tuple[str, str]]:
    """The (part, whole) keys of the partOf facts the extractor reads, negated ones left out."""
    return {
        (f.args["part"].key, f.args["whole"].key)
        for f in facts(text)
        if f.rel == "partOf" and not f.negated
    }


def _claims(text: str) -> set[tuple[str, str]]:
    """The (claimant, territory) keys of the claims the extractor reads."""
    return {
        (f.args["claimant"].key, f.args["territory"].key)
        for f in facts(text)
        if f.rel == "claims" and not f.negated
    }


# (article, the claimed land) -- the claim is read, and no partOf of that land
CLAIMED = [
    # -- a clause under a verb of saying
    ("Indian officials insist that Aksai Chin is part of India.", AKSAI_CHIN),
    ("India said on Tuesday that the Shaksgam Valley was part of its territory.", SHAKSGAM),
    # -- a quotation, its tag after it
    (
        '"The Shaksgam Valley is part of India," the Indian foreign ministry spokesman said.',
        SHAKSGAM,
    ),
    # -- a relative clause on the land
    (
        "China is building a road through the Shaksgam Valley, which New Delhi regards as part "
        "of its territory.",
        SHAKSGAM,
    ),
    # -- another verb of regarding, the whole a region of the claimant's
    ("New Delhi has long considered Aksai Chin part of its Ladakh region.", AKSAI_CHIN),
]


@pytest.mark.parametrize(("text", "land"), CLAIMED)
def test_a_claimed_part_is_the_claim_only(text: str, land: str) -> None:
    assert (INDIA, land) in _claims(text)
    assert not {p for p in _parts(text) if p[0] == land}


# (article, the partOf that stays)
KEPT = [
    # -- land the speaker's own state holds: no claim, the part stays
    (
        "Japan's government spokesman said Okinawa is part of Japan.",
        ("territory/okinawa", "state/japan"),
    ),
    # -- land a breakaway holds: what the world recognises
    ("Tbilisi says Abkhazia is part of its territory.", ("territory/abkhazia", "state/georgia")),
    # -- land held under an annexation the UN declared invalid (data/gazetteer/unrecognised_holds.yaml)
    (
        "Ukraine's foreign ministry said on Monday that Crimea is part of Ukraine.",
        ("territory/crimea", "state/ukraine"),
    ),
    (
        "Damascus insists the Golan Heights are part of Syria.",
        ("territory/golan-heights", "state/syria"),
    ),
    # -- the outlet's own words
    ("Aksai Chin is part of the wider Kashmir region.", (AKSAI_CHIN, "territory/kashmir")),
]


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_a_part_told_by_the_outlet_or_its_holder_stays(text: str, part: tuple[str, str]) -> None:
    assert part in _parts(text)


def test_the_outlets_own_part_told_after_a_claimed_one_stays() -> None:
    text = (
        "India said on Tuesday that the Shaksgam Valley was part of its territory. "
        "The Shaksgam Valley is part of the wider Kashmir region."
    )
    parts = [f for f in facts(text) if f.rel == "partOf" and f.args["part"].key == SHAKSGAM]
    assert [f.args["whole"].key for f in parts] == ["territory/kashmir"]


def test_a_claimed_part_told_again_by_the_outlet_keeps_the_outlets_sentence() -> None:
    text = (
        "India insists that the Shaksgam Valley is part of India. "
        "Under India's constitution the Shaksgam Valley is part of India."
    )
    parts = [f for f in facts(text) if f.rel == "partOf" and f.args["part"].key == SHAKSGAM]
    assert [f.evidence.text[:5] for f in parts] == ["Under"]
