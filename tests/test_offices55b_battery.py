"""Two offices joined by "and" before a name that follows another titled name (issue 12, offices55b).

"A and Cambodia's Deputy Prime Minister and Defence Minister X": news lists two co-chairs or
signatories, the second with two offices before the name. The small parser hangs the first
office on the name before as its conjunct and the name on neither, so only the office right
before the name was read. Both offices that run into the name with "and" and title words alone
are the person's (kg.ingest.nlp.coordinated_titles); each of two names with one title each keeps
its own, and a title of the first name is never the second's.

Texts written for these tests, not from any batch.
"""

from __future__ import annotations

from helpers import roles_read

_LEAD = "Laos and Vietnam held talks on their border in Vientiane on Monday.\n\n"


def _holds(text: str, person: str) -> set[tuple[str, str]]:
    return roles_read(text).get(person, set())


def _has(roles: set[tuple[str, str]], word: str, of: str) -> bool:
    return any(word in role and owner == of for role, owner in roles)


def test_two_offices_before_the_second_of_two_names() -> None:
    text = _LEAD + (
        "The commission is co-chaired by Defence Minister Gen Chansamone Chanyalath and "
        "Vietnam's Deputy Prime Minister and Defence Minister Nguyen Tan Dung."
    )
    roles = _holds(text, "Nguyen Tan Dung")
    assert _has(roles, "deputy prime minister", "Vietnam")
    assert _has(roles, "defence minister", "Vietnam")


def test_two_offices_with_a_nationality_after_a_titled_name() -> None:
    text = _LEAD + (
        "The minutes were signed by Lao Foreign Minister Thongsavanh Phomvihane and Vietnamese "
        "Deputy Prime Minister and Foreign Minister Bui Thanh Son."
    )
    roles = _holds(text, "Bui Thanh Son")
    assert _has(roles, "deputy prime minister", "Vietnam")
    assert _has(roles, "foreign minister", "Vietnam")
    assert not any("prime minister" in role for role, _ in _holds(text, "Thongsavanh Phomvihane"))


def test_one_title_each_stays_with_its_own_name() -> None:
    text = _LEAD + (
        "The accord was signed by Vietnam's Foreign Minister Bui Thanh Son and Defence Minister "
        "Nguyen Tan Dung."
    )
    assert not any("defence" in role for role, _ in _holds(text, "Bui Thanh Son"))
    assert not any("foreign" in role for role, _ in _holds(text, "Nguyen Tan Dung"))
