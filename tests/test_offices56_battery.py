"""Ministry officials titled by their bureau, and ministers placed by their capital (offices56).

News titles a foreign ministry's senior civil servant by the bureau he heads ("director-general for
Asian and Oceanian affairs", capitalised before the name in a press release: "Director-General for
Northeast and Central Asian Affairs X"), often set before the name with commas, where the small
parser hangs the title on the verb as a clause or a second subject, or swallows the name into the
title's "for" phrase. Such a director is a state's own official: a report filed from that state's
capital titles him bare, as it does a minister. A minister "in Kabul" is the government's whose
seat Kabul is (the report may be filed from the other side's capital); an envoy "in" a capital is
posted there, and no minister placed in a city that is no capital is given that city's state.

Texts written for these tests, not from any batch.
"""

from __future__ import annotations

from helpers import roles_read


def _has(text: str, person: str, word: str, of: str) -> bool:
    return any(word in role and owner == of for role, owner in roles_read(text).get(person, set()))


def test_director_general_for_a_region_after_the_name() -> None:
    text = (
        "HANOI, May 4 (VNA) -- Vietnam protested on Monday against a Chinese survey near the "
        "Paracels. Pham Thu Hang, director general for Asian and Pacific affairs at the foreign "
        "ministry, called in Wang Lei, the minister at the Chinese embassy."
    )
    assert _has(text, "Pham Thu Hang", "director general", "Vietnam") or _has(
        text, "Pham Thu Hang", "director general", "Ministry of Foreign Affairs of Vietnam"
    )


def test_director_general_capitalised_before_the_name() -> None:
    text = (
        "MANILA, May 4 -- The Philippines protested on Monday. Director-General for Southeast "
        "and East Asian Affairs Maria Santos summoned the Chinese envoy to the ministry."
    )
    assert _has(text, "Maria Santos", "director-general for southeast", "Philippines")


def test_director_general_before_the_name_set_off_by_commas() -> None:
    text = (
        "HANOI, May 4 -- Vietnam protested to China on Monday over a survey ship. Vietnam's "
        "Foreign Ministry said on Monday that its director-general for "
        "Chinese and Mongolian affairs, Le Van Minh, had lodged a protest with a counsellor at "
        "the Chinese Embassy in Hanoi."
    )
    assert _has(text, "Le Van Minh", "director-general", "Vietnam")


def test_a_bare_director_general_under_a_dateline() -> None:
    text = (
        "SEOUL, May 4 (Yonhap) -- South Korea lodged a protest with Japan on Monday. The "
        "director-general for Asian and Pacific affairs, Kim Do-yun, had called in a Japanese "
        "diplomat, the ministry said."
    )
    assert _has(text, "Kim Do-yun", "director-general", "South Korea")


def test_a_minister_placed_in_the_other_sides_capital() -> None:
    text = (
        "TEHRAN, March 3 -- Iran and Afghanistan signed a memorandum on the Harirud river on "
        "Monday. It was signed by Iranian Energy Minister Reza Karimi and Abdul Wahid Noori, the "
        "acting minister of water in Kabul."
    )
    assert _has(text, "Abdul Wahid Noori", "minister of water", "Afghanistan")
    assert _has(text, "Reza Karimi", "minister", "Iran")


def test_a_foreign_minister_in_a_capital_as_an_apposition() -> None:
    text = (
        "ISLAMABAD, March 3 -- Pakistan and Afghanistan reopened the Torkham crossing on "
        "Monday. Amir Khan Sadiq, the foreign minister in Kabul, welcomed the decision."
    )
    assert _has(text, "Amir Khan Sadiq", "foreign minister", "Afghanistan")


def test_an_envoy_in_a_capital_is_not_that_capitals_official() -> None:
    text = (
        "ISLAMABAD, March 3 -- Pakistan and Afghanistan reopened the Torkham crossing on "
        "Monday. Amir Khan Sadiq, the ambassador in Kabul, welcomed the decision."
    )
    assert not _has(text, "Amir Khan Sadiq", "ambassador", "Afghanistan")


def test_a_subject_after_a_phrase_ending_in_a_title_keeps_no_title() -> None:
    text = (
        "TOKYO, May 4 -- Japan protested on Monday. After talks with the foreign minister, "
        "Kenji Sato said the fishermen would stay in port."
    )
    assert "Kenji Sato" not in roles_read(text)


def test_minister_of_state_for_a_portfolio_before_the_name() -> None:
    text = (
        "LUSAKA, May 4 -- Zambia and Malawi signed a border protocol on Friday. It was signed "
        "by Zambia's Minister of State for Border Affairs Grace Mwale and Malawian Deputy "
        "Foreign Minister Peter Banda."
    )
    assert _has(text, "Grace Mwale", "minister of state for border affairs", "Zambia")
    assert _has(text, "Peter Banda", "deputy foreign minister", "Malawi")


def test_a_lower_case_title_before_a_name_it_does_not_title() -> None:
    text = (
        "DAKAR, May 4 -- Mali and Senegal met on Monday. The line follows a 1932 decree of the "
        "governor-general of French West Africa."
    )
    assert not any("governor" in role for roles in roles_read(text).values() for role, _ in roles)
