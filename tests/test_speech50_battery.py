"""Statements: quoted words named by a rejection, "informed ... that", a tag whose speaker the
parser hung inside the quotation, and "the statement said" after a statement put out "in" one
(issue 12, thirtieth round, speech50).

- 'rejected the note as "unacceptable interference"', 'rebuffed the offer as "blackmail"': the
  quoted words a rejection names its object by are the speaker's own, as they are after
  "dismissed ... as" or "denounced ... as" (h406, h411, h435; h182's gold marks it implied).
  Unquoted ("rejected the claim as baseless") it is the outlet's account of the rejection.
- "informed the press that ...", "informed the council that ...": a verb of telling (h356).
- '"... under the Marine Sanctuary law," Palau's Minister of State, Gustav Aitaro, told
  reporters': the small parser hangs the phrase after the closing quotation mark on the
  quotation's last noun and leaves the tag with no subject; a phrase that opens right after the
  quotation's closing mark and a comma is outside what was said, so it is the tag's speaker
  (h381, where two quotations of the minister went unread).
- "X rejected the protest in a statement released on Tuesday ... ¶ '...,' the statement said":
  the parser hangs "in a statement" on the verb's object; the statement is still issued by the
  verb's subject, whose words "the statement said" then carries (h378).
- 'condemned the removal in a statement as "part of a pattern of provocations"': the parser hangs
  the as-phrase on "statement"; it is the verb's, naming its object in the speaker's quoted words
  (h361).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statement_labels

REJECTED_AS_QUOTED = [
    (
        "In a communique, Bolivia's Foreign Minister Celinda Sosa rejected the protest as \"an "
        'unacceptable intrusion", saying the lagoon had always been Bolivian.',
        "Celinda Sosa",
        "an unacceptable intrusion",
    ),
    (
        'Serbian minister Marko Djuric rebuffed the Kosovo proposal as "blackmail dressed up as '
        'diplomacy".',
        "Marko Djuric",
        "blackmail dressed up as diplomacy",
    ),
    (
        'Eritrea\'s information minister, Yemane Gebremeskel, on Monday rejected as "null and void" '
        "a decree by Ethiopia's regional council on the border villages.",
        "Yemane Gebremeskel",
        "null and void",
    ),
]


@pytest.mark.parametrize(("text", "who", "words"), REJECTED_AS_QUOTED)
def test_a_rejection_names_its_object_in_quoted_words(text: str, who: str, words: str) -> None:
    said = statement_labels(HEADLINE + text)
    assert any(s == who and w.startswith(words) for s, w in said), said


def test_a_rejection_in_the_outlets_words_is_no_statement() -> None:
    text = HEADLINE + "Guatemala rejected the claim as baseless and recalled its ambassador."
    assert not statement_labels(text)


INFORMED = [
    (
        "Foreign Minister Dina Boluarte informed the council that Peru would not sign the accord "
        "before the survey ended.",
        "Dina Boluarte",
        "Peru would not sign",
    ),
    (
        "Kenyan Defence Secretary Soipan Tuya informed parliament on Tuesday that the troops had "
        "left Migingo island.",
        "Soipan Tuya",
        "the troops had left",
    ),
]


@pytest.mark.parametrize(("text", "who", "words"), INFORMED)
def test_informing_someone_that_is_saying_it(text: str, who: str, words: str) -> None:
    said = statement_labels(HEADLINE + text)
    assert any(s == who and w.startswith(words) for s, w in said), said


def test_informing_someone_of_a_thing_says_no_clause() -> None:
    text = HEADLINE + "Foreign Minister Dina Boluarte informed the council of the survey."
    assert not statement_labels(text)


TAG_HUNG_IN_QUOTATION = [
    (
        '"The reef is ours. It lies inside our territorial sea, and it is protected under the '
        "Marine Sanctuary law,\" Palau's Minister of State, Gustav Aitaro, told reporters in "
        "Koror on Thursday.",
        "Gustav Aitaro",
        "The reef is ours",
    ),
    (
        '"The cay is Belizean. It sits on our side of the line, and it is patrolled under the '
        "Coastal Zone Management Act,\" Belize's foreign minister, Francis Fonseca, told "
        "lawmakers on Friday.",
        "Francis Fonseca",
        "The cay is Belizean",
    ),
]


@pytest.mark.parametrize(("text", "who", "words"), TAG_HUNG_IN_QUOTATION)
def test_the_phrase_after_the_closing_mark_speaks(text: str, who: str, words: str) -> None:
    said = statement_labels(HEADLINE + text)
    assert any(s == who and w.startswith(words) for s, w in said), said


def test_a_tag_hung_in_the_quotation_then_goes_on() -> None:
    text = HEADLINE + (
        '"The reef is ours. It lies inside our territorial sea, and it is protected under the '
        "Marine Sanctuary law,\" Palau's Minister of State, Gustav Aitaro, told reporters in "
        'Koror on Thursday. "We reject the protest. The boat had no licence."'
    )
    said = statement_labels(text)
    assert ("Gustav Aitaro", "We reject the protest. The boat had no licence") in said, said


STATEMENT_ON_THE_OBJECT = [
    (
        "Chile's Foreign Ministry rejected the Argentine note in a statement released on Monday, "
        'saying the road "crosses the boundary". The works must stop "until the commission has '
        'inspected the site," the statement said.',
        "Ministry of Foreign Affairs of Chile",
        "The works must stop",
    ),
    (
        "Vietnam's Foreign Ministry announced the talks in a statement on Friday. The first round "
        "will be held in Hanoi in May, the statement added.",
        "Ministry of Foreign Affairs of Vietnam",
        "The first round will be held",
    ),
]


@pytest.mark.parametrize(("text", "who", "words"), STATEMENT_ON_THE_OBJECT)
def test_the_statement_is_its_issuers_where_the_phrase_hangs_on_the_object(
    text: str, who: str, words: str
) -> None:
    said = statement_labels(HEADLINE + text)
    assert any(s == who and w.startswith(words) for s, w in said), said


def test_a_statement_nobody_issued_speaks_for_no_one() -> None:
    text = HEADLINE + (
        "Chilean villagers blocked the road in protest on Monday. The works must stop at once, "
        "the statement said."
    )
    assert not statement_labels(text)


NAMED_IN_A_STATEMENT_AS = [
    (
        "Lithuania's foreign minister, Kestutis Budrys, condemned the drills in a statement as "
        '"a rehearsal for aggression" and said NATO stood with Vilnius.',
        "Kestutis Budrys",
        "a rehearsal for aggression",
    ),
    (
        "Chile's foreign minister, Alberto van Klaveren, denounced the new road in a statement "
        'as "a fait accompli on the border".',
        "Alberto van Klaveren",
        "a fait accompli on the border",
    ),
]


@pytest.mark.parametrize(("text", "who", "words"), NAMED_IN_A_STATEMENT_AS)
def test_an_as_phrase_hung_on_the_statement_is_the_verbs(text: str, who: str, words: str) -> None:
    said = statement_labels(HEADLINE + text)
    assert any(s == who and w.startswith(words) for s, w in said), said


def test_an_unquoted_naming_in_a_statement_is_the_outlets() -> None:
    text = HEADLINE + (
        "Lithuania's foreign minister, Kestutis Budrys, described the drills in a statement as "
        "routine."
    )
    assert not statement_labels(text)
