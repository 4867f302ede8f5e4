"""A bare title's neighbour gives it a state, never a local body (issue 12, offices52b).

"British Foreign Secretary X ... Prime Minister Y said": Y is Britain's, the state of the official
named last before (rules.people._previous_official). Where that official holds a local office
("The Chief District Officer of Dolpa, X, ... Home Minister Y has asked"), the district's
government is no state a national minister serves: the neighbour passes on only a state, or
the state whose body the neighbour serves, and the reading goes on to the sentences around.

Texts written for these tests (Himalaya, Korea Strait), not from any batch.
"""

from __future__ import annotations

from helpers import roles_read

_KATHMANDU = (
    "KATHMANDU, March 3 (Reuters) - Nepal said on Tuesday that a border pillar near the Limi "
    "valley had gone missing, and asked China to help find it.\n\n"
)


def test_a_minister_after_a_district_officer_is_the_states() -> None:
    text = _KATHMANDU + (
        "The Chief District Officer of Dolpa, Hari Prasad Adhikari, whose staff walked the ridge "
        "in May, disagrees. Home Minister Sita Gurung has asked the foreign ministry to take up "
        "the matter."
    )
    roles = roles_read(text).get("Sita Gurung", set())
    assert not any(of.startswith("Government of") for _, of in roles)


def test_a_minister_after_a_mayor_is_not_the_towns() -> None:
    text = (
        "SEOUL, Oct 21 (Yonhap) - South Korea protested to Japan on Wednesday.\n\n"
        "The Mayor of Tsushima, Naoki Hitakatsu, said the visitors were welcome. Foreign "
        "Minister Takeshi Iwaya told reporters the islands were Japanese."
    )
    roles = roles_read(text).get("Takeshi Iwaya", set())
    assert roles and not any("Tsushima" in of for _, of in roles)


def test_a_neighbour_of_a_state_still_gives_it() -> None:
    text = (
        "LONDON, May 2 (Reuters) - Britain rejected the claim on Friday.\n\n"
        "British Foreign Secretary William Hague spoke to his counterpart on Thursday. "
        "Prime Minister David Cameron said the talks would go on."
    )
    assert ("prime minister", "United Kingdom") in roles_read(text).get("David Cameron", set())
