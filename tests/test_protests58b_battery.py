"""A protest lodged with a body (issue 12, round 38, protests58b).

"Cyprus lodged a formal protest with the United Nations", "sent protest notes to the secretariat of
the fisheries commission", "a move Sudan protested at the Security Council": the body hears the
complaint and is no side of it, so whom the protest is against is the doer of the deed the sentence
tells (the state it holds to blame, the subject, owner or adjective of the deed), else the state
the sentence before names as the subject of its deed. "Complained to the Security Council" is a
protest too.

- A state addressed by "complained to" is no protest read: grumbling is told so too.
- No state told as the doer: no protest ("China said Vietnam protested": China only tells it;
  "Kenya and Somalia signed an accord": a joint act is no deed protested).

Sentences written for these tests (other states and lands than the articles').
"""

from __future__ import annotations

from helpers import facts_by_label


def _protests(text: str) -> set[tuple[object, object]]:
    return {(f["party"], f["against"]) for f in facts_by_label(text, "protests")}


def test_owner_of_the_deed_with_a_body() -> None:
    text = (
        "Azerbaijan lodged a formal protest with the United Nations on Tuesday over Armenian "
        "shelling near the border."
    )
    assert _protests(text) == {("Azerbaijan", "Armenia")}


def test_deed_in_the_sentence_before() -> None:
    text = (
        "Chinese coast guard ships entered the waters off the islands last week. Japan protested "
        "to the United Nations on Monday."
    )
    assert _protests(text) == {("Japan", "China")}


def test_adjective_of_the_deed_in_a_participle() -> None:
    text = (
        "Georgia has sent protest notes to the secretariat of the Organization for Security and "
        "Co-operation in Europe, asking it not to recognise the Russian border markers."
    )
    assert _protests(text) == {("Georgia", "Russia")}


def test_state_held_to_account_by_the_letter() -> None:
    text = (
        "Guyana sent a letter of protest to U.N. Secretary-General Antonio Guterres, urging the "
        "world body to hold Venezuela to account for the seizure of Ankoko island."
    )
    assert _protests(text) == {("Guyana", "Venezuela")}


def test_passive_with_an_accusation() -> None:
    text = (
        "A complaint was lodged with the U.N. Security Council by Eritrea, which accused Ethiopia "
        "of occupying Badme."
    )
    assert _protests(text) == {("Eritrea", "Ethiopia")}


def test_deed_protested_at_a_body_in_a_relative_clause() -> None:
    text = (
        "Venezuela deployed troops to the Essequibo in March, a move Guyana protested at the "
        "Security Council."
    )
    assert _protests(text) == {("Guyana", "Venezuela")}


def test_title_after_name_complains_to_a_court() -> None:
    text = (
        "Carlos Ramiro Martinez, Guatemala's foreign minister, filed a complaint before the "
        "International Court of Justice over Belize's new road."
    )
    assert ("Guatemala", "Belize") in _protests(text)


def test_complained_to_the_security_council() -> None:
    text = (
        "Somalia complained to the U.N. Security Council on Tuesday after Kenyan troops crossed "
        "into Gedo region."
    )
    assert _protests(text) == {("Somalia", "Kenya")}


def test_complained_to_a_state_is_no_protest() -> None:
    text = "Japan complained to China on Monday about the weather at the talks."
    assert _protests(text) == set()


def test_teller_is_no_doer() -> None:
    assert _protests("China said Vietnam protested to the United Nations.") == set()


def test_joint_act_is_no_deed() -> None:
    text = (
        "Kenya and Somalia signed an accord on the border. Somalia later lodged a complaint with "
        "the African Union."
    )
    assert _protests(text) == set()


def test_people_complaining_protest_nothing() -> None:
    assert _protests("Residents complained to the council about the noise of the drills.") == set()
