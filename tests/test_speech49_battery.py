"""Statements: unnamed voices that speak for no one side (issue 12, twenty-ninth round, speech49).

- "said a Western diplomat in Nicosia", "diplomats in Doha said": a diplomat placed in a capital
  is one posted there, a foreign one, so the place's state is not whom the words speak for (as it
  is for "an official at the defence ministry" or "officials in Beijing"). Seen in h374 and h249,
  where the words went to Cyprus and Qatar. A diplomat of a state named by its demonym ("a
  Chilean diplomat said") still speaks for it, and so does a diplomat named.
- "The two countries agreed to ..., officials of both countries said", "officials on both sides
  said", "traders on both sides said": people told only as of both sides are the outlet's
  sources for its own report, not a joint statement of the two states. Seen in h32, h293, h358,
  h370, h377 and h416 (a meeting due, an agreement told, traders' losses; h416's gold marks such
  a line implied). The sides themselves speak ("the two governments said", "both governments
  said").
- "Al-Baour said ..." opening a sentence, after "Taher al-Baour" was named: the surname with its
  article capitalised is the same person, so the statement is his and "He said" after it too
  (h352, where both went unread or to the other minister). Another name with an article is not.
- '"Pyla is a test," said a Western diplomat in Nicosia': a quotation whose tag names someone
  unnamed who speaks for no body (a diplomat, a villager, a fisherman) is that person's words, not
  those of the speaker of the sentence before, as an untagged quotation would be (h374: the two
  leaders who "have said they will attend").

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import statement_labels

PLACED_DIPLOMATS = [
    '"The island is a test case," said a Western diplomat in Nicosia, who asked not to be named.',
    "Diplomats in Doha said the row could complicate Gulf efforts to settle other frontier "
    "questions.",
    "A European diplomat in Caracas told reporters the exercise had alarmed Guyana's neighbours.",
    "The talks were postponed to March, according to an Asian diplomat in Hanoi, who said the "
    "delay had been expected.",
    "Several diplomats based in Beijing said the new map had been expected for months.",
]


@pytest.mark.parametrize("text", PLACED_DIPLOMATS)
def test_a_diplomat_posted_in_a_capital_does_not_speak_for_its_state(text: str) -> None:
    states = {"Cyprus", "Qatar", "Venezuela", "Vietnam", "China"}
    assert not [s for s, _ in statement_labels(text) if s in states]


SOURCED_BY_BOTH_SIDES = [
    "Namibia and Angola have agreed to send a joint technical team to survey the islet, "
    "officials of both countries said on Wednesday.",
    "Canada and the United States met in Ottawa on Monday. The two governments also agreed to "
    "hold a first round of boundary talks in the autumn, officials on both sides said.",
    "Belize and Honduras argued over the cays in May. Their foreign ministers are due to meet in "
    "San Pedro Sula next month, officials from both countries said.",
    "Pakistan and Afghanistan closed the Torkham crossing last month. Traders on both sides said "
    "they had lost millions of dollars.",
    "France and Brazil quarrelled over the islet in October. The matter will go to the "
    "cross-border commission in November, officials from both countries told reporters.",
    "Vietnam and the Philippines met in Manila. Officials of both governments said the coast "
    "guard talks would begin in July.",
]


@pytest.mark.parametrize("text", SOURCED_BY_BOTH_SIDES)
def test_people_told_only_as_of_both_sides_are_no_joint_statement(text: str) -> None:
    assert not [s for s, _ in statement_labels(text) if "+" in s]


STILL_SPEAKERS = [
    (  # the sides themselves speak
        "Peru and Brazil signed a memorandum on the sandbar on Monday. Both governments said the "
        "case did not change their border.",
        "Peru+Brazil",
        "did not change",
    ),
    (
        "Bahrain and Iran have agreed to start talks on resuming relations, the two governments "
        "said on Monday.",
        "Bahrain+Iran",
        "resuming relations",
    ),
    (  # one who speaks for a body placed at it: the body's words
        "An official at the Indian defence ministry, who asked not to be named, said troops had "
        "been withdrawn from two friction points.",
        "Ministry of Defence of India",
        "troops had been withdrawn",
    ),
    (  # officials placed in a capital are its state's
        "Officials in Beijing said the new map reflected China's long-standing position.",
        "China",
        "new map",
    ),
    (  # a diplomat of a state its demonym names
        "A Chilean diplomat said satellite images showed the new track near boundary marker 16.",
        "Chile",
        "satellite images",
    ),
    (  # a diplomat named speaks for himself
        "Chinese diplomat Sun Weidong said the buildings were a veterinary station.",
        "Sun Weidong",
        "veterinary station",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), STILL_SPEAKERS)
def test_sides_bodies_and_named_diplomats_still_speak(text: str, speaker: str, words: str) -> None:
    found = statement_labels(text)
    assert any(s == speaker and words in w for s, w in found), found


UNNAMED_TAGS = [
    (
        "Tufan Erhurman and Khassim Diagne will meet on Friday. Both leaders have said they will "
        'attend.\n\n"Pyla is a test," said a Western diplomat in Nicosia, who asked not to be '
        'named. "If the two sides cannot settle a hut, they will not settle a country."',
        "Pyla is a test",
    ),
    (
        "Foreign Minister Constantinos Kombos said the post was illegal.\n\n"
        '"We will not accept it," said a villager in Pyla.',
        "We will not accept it",
    ),
    (
        'Prime Minister Siaosi Sovaleni told parliament: "The reef is ours."\n\n'
        '"Nobody here fishes there any more," a fisherman in Nuku\'alofa said.',
        "Nobody here fishes",
    ),
]


@pytest.mark.parametrize(("text", "words"), UNNAMED_TAGS)
def test_a_quotation_tagged_with_someone_unnamed_is_not_the_speaker_before(
    text: str, words: str
) -> None:
    """The tag tells whose words they are, someone unnamed; not the one who spoke before."""
    assert not [s for s, w in statement_labels(text) if words in w]


def test_an_unnamed_official_still_goes_on_with_the_speaker() -> None:
    """One who speaks for a body ("an official") is no unnamed bystander: unchanged."""
    text = (
        'Foreign Minister Constantinos Kombos told reporters on Monday: "We will not accept it."'
        '\n\n"We are calm," a Cypriot official said.'
    )
    assert ("Cyprus", "We are calm") in statement_labels(text)


OPENING_ARTICLE = [
    (
        "Egyptian Foreign Minister Badr Abdelatty met Libyan Foreign Minister Taher al-Baour in "
        'Cairo on Tuesday.\n\nAl-Baour said Libya "has never claimed a grain of Egyptian sand". '
        "He said Tripoli remained committed to the 1925 line.",
        [("Taher al-Baour", "never claimed"), ("Taher al-Baour", "remained committed")],
    ),
    (
        "Syrian Foreign Minister Faisal al-Miqdad received his Lebanese counterpart on Monday. "
        "Al-Miqdad told reporters the border crossing at Jdeidet Yabous would reopen next week.",
        [("Faisal al-Miqdad", "would reopen")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_ARTICLE)
def test_a_surname_with_its_article_capitalised_at_a_sentence_start(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "Al-Baour said" opening a sentence is "al-Baour" named before, the speaker; and "he" after
    it is he, not the minister named first."""
    found = statement_labels(text)
    for speaker, words in expected:
        assert any(s == speaker and words in w for s, w in found), found


def test_another_name_with_an_article_is_no_one_named_before() -> None:
    text = (
        "Kuwaiti Foreign Minister Abdullah al-Yahya met the Iraqi envoy on Sunday. "
        "Al-Sabah said the platform had to be removed."
    )
    assert not [s for s, _ in statement_labels(text) if s == "Abdullah al-Yahya"]
