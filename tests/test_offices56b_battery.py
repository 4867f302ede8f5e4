"""A title after a hyphenated name whose "general" the tagger made an adjective, and an embassy's
attache (offices56b).

News sets a ministry official's bare title after a Korean or Vietnamese name ("X Seong-min,
director general for international policy, summoned ..."); the small tagger calls "general" an
adjective there but still makes it the head of "director", so the apposition was passed over as no
noun. An adjective heading a noun compound stands for the noun it ends. A defence or military
attache summoned over a protest is his embassy's state's officer, and the other side's.

Texts written for these tests, not from any batch.
"""

from __future__ import annotations

from helpers import roles_read


def _has(text: str, person: str, word: str, of: str) -> bool:
    return any(word in role and owner == of for role, owner in roles_read(text).get(person, set()))


def test_director_general_for_a_policy_after_a_hyphenated_name() -> None:
    text = (
        "SEOUL, June 3 (Yonhap) -- South Korea protested to Japan on Wednesday. Choi Hyun-woo, "
        "director general for international policy, summoned a Japanese diplomat."
    )
    assert _has(text, "Choi Hyun-woo", "director general for international policy", "South Korea")


def test_director_general_in_a_passive_and_under_a_verb_of_saying() -> None:
    head = "SEOUL, June 3 (Yonhap) -- South Korea protested to Japan on Wednesday. "
    passive = (
        "A Japanese officer was called in by Han Ji-min, director general for international "
        "policy, the ministry said."
    )
    reported = (
        "The ministry said Han Ji-min, director general for security policy, had called in a "
        "Japanese officer."
    )
    assert _has(head + passive, "Han Ji-min", "director general", "South Korea")
    assert _has(head + reported, "Han Ji-min", "director general for security", "South Korea")


def test_defence_attache_after_the_name_is_his_states() -> None:
    text = (
        "SEOUL, June 3 (Yonhap) -- South Korea protested to Japan on Wednesday. Choi Hyun-woo, "
        "director general for international policy, summoned Col. Taro Kimura, Japan's defence "
        "attache, and urged Tokyo to delete the passage."
    )
    roles = roles_read(text)
    assert ("defence attache", "Japan") in roles.get("Taro Kimura", set())
    assert not any(of == "South Korea" for _, of in roles.get("Taro Kimura", set()))
    assert _has(text, "Choi Hyun-woo", "director general", "South Korea")


def test_military_attache_before_the_name() -> None:
    text = (
        "HANOI, June 3 -- Vietnam protested on Wednesday. The ministry summoned the Chinese "
        "embassy's military attache, Li Wei, over the drills."
    )
    assert any("military attache" in role for role, _ in roles_read(text).get("Li Wei", set()))


def test_a_general_who_is_no_official_gets_no_title() -> None:
    text = (
        "SEOUL, June 3 (Yonhap) -- South Korea protested on Wednesday. Park Min-ho, general "
        "manager of a fishing cooperative, said boats stayed in port."
    )
    assert not any("director" in role for role, _ in roles_read(text).get("Park Min-ho", set()))
