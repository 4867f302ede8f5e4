"""Handovers a document promises on a condition, and adherence, as news words them (issue 12,
round 29, handover49).

- 'X "shall transfer" the island to Y': news quotes a document's operative verb inside its own
  sentence; the parser, reading the quotation marks, lost the verb's subject and object
  (kg/ingest/nlp/parse.py reads the sentence with those two marks as spaces). Seen in study
  articles h355, h394, h397.
- "... hand the islet over to Y should a joint survey place it on Y's side": a condition told by
  inversion, with no "if" (grammar/condition_clauses.py; h388, h397, h412). The condition's
  words keep their inner commas ("should the court, in its ruling, place it ...").
- "..., according to minutes signed in Kisumu on Tuesday": the source of the report, hung by the
  parser at the end of the condition, is the promise's document, and minutes are a document's
  text, no one's words (h388); the condition leaves it out.
- '... as "the foundation of our relationship, and we remain committed to it"': a quoted "we"
  of a spokesman whose ministry no state owns is the state the reported clause is about (h354).
- "remained attached to the 2022 roadmap": an adjective of adherence after a copula (not
  "attached a condition to"), and a document noun named with its year is a document (h409).
- "Both governments say it remains in force": "it", where only a document can be meant, is the
  document the sentence before was about (h381).
- "Nepal's claim rests on the 1816 treaty", "Its position rests on the 1966 Geneva Agreement": a
  state that founds its own claim on a document adheres to it (h392, h406); another's reading of
  that claim, or a case of no state, adheres to nothing.
- "will respect the obligations Egypt assumed for the islands under the treaty": duties under a
  document, respected, are adherence to it (h389); duties denied or under no document are none.

Sentences written for these tests (other states, lands, triggers and voices than the articles').
"""

from __future__ import annotations

import pytest
from helpers import adherence, promises

QUOTED_VERBS = [
    'Russia and Ukraine signed a protocol on Monday. Under the protocol, Russia "shall transfer" '
    "Tuzla Island to Ukraine once the survey is finished.",
    'Russia and Ukraine signed a protocol on Monday. Russia "shall hand over" Tuzla Island to '
    "Ukraine within 60 days, the protocol says.",
    'Russia and Ukraine signed a protocol on Monday. Under its terms, Russia "will return" '
    "Tuzla Island to Ukraine if the survey places it east of the line.",
]


@pytest.mark.parametrize("text", QUOTED_VERBS)
def test_a_quoted_operative_verb_keeps_its_giver_and_receiver(text: str) -> None:
    found = promises(text)
    assert any(
        (terr, frm, to) == ("Tuzla Island", "Russia", "Ukraine") for _, terr, frm, to, _ in found
    ), found


def test_a_quoted_phrase_that_is_no_verb_is_left_alone() -> None:
    from kg.ingest.nlp.parse import _parsed_text

    text = 'He called the "shall transfer" clause vague, and said "we will see" later.'
    assert _parsed_text(text) == text


INVERTED = [
    (
        "The minutes provide that Uganda will hand Migingo Island over to Kenya should a joint "
        "survey place it on the Kenyan side of the border.",
        "a joint survey place it on the Kenyan side of the border",
    ),
    (
        "Under the memorandum, Belize will transfer Sarstoon Island to Guatemala should the "
        "court, in its judgment, place it on the Guatemalan side.",
        "the court, in its judgment, place it on the Guatemalan side",
    ),
]


@pytest.mark.parametrize(("text", "condition"), INVERTED)
def test_a_condition_told_by_inversion(text: str, condition: str) -> None:
    found = promises(text)
    assert found and found[0][4] == condition, found


def test_a_condition_keeps_its_inner_commas() -> None:
    text = (
        "Under the agreement, Russia will return Tuzla Island to Ukraine if the commission, after "
        "a joint survey, finds it east of the line."
    )
    found = promises(text)
    assert (
        found and found[0][4] == "the commission, after a joint survey, finds it east of the line"
    )


def test_an_inverted_question_is_no_condition() -> None:
    text = "Should Russia return Tuzla Island to Ukraine? The agreement says nothing."
    assert all(cond is None for *_, cond in promises(text))


ACCORDING = [
    "Uganda will hand Migingo Island over to Kenya if a joint survey places it on the Kenyan "
    "side, according to minutes signed in Kisumu on Tuesday.",
    "Uganda will hand Migingo Island over to Kenya once the survey is finished, according to a "
    "record signed in Jinja last week.",
]


@pytest.mark.parametrize("text", ACCORDING)
def test_the_source_hung_on_the_condition_is_the_promise_document(text: str) -> None:
    found = promises(text)
    assert len(found) == 1, found
    doc, terr, frm, to, cond = found[0]
    assert (terr, frm, to) == ("Migingo Island", "Uganda", "Kenya")
    assert doc in ("minutes", "record")
    assert cond is not None and "according" not in cond


def test_according_to_a_statement_is_still_speech() -> None:
    text = (
        "Uganda will hand Migingo Island over to Kenya, according to a statement issued by the "
        "Ugandan foreign ministry."
    )
    assert not any(doc == "statement" for doc, *_ in promises(text))


WE_QUOTED = [
    "Foreign Ministry spokesman Kim Dae-ho spoke on Friday. He added that Seoul regarded the 1965 "
    'treaty with Japan as "the basis of our ties, and we remain committed to it."',
    "A Foreign Ministry spokeswoman, Park Min-ji, briefed reporters. She said Seoul regarded the "
    '1965 treaty with Japan as "the cornerstone of our relations, and we remain bound by it."',
]


@pytest.mark.parametrize("text", WE_QUOTED)
def test_a_quoted_we_of_an_unowned_ministry_is_the_state_spoken_of(text: str) -> None:
    found = adherence(text)
    assert any(party == "South Korea" for party, _ in found), found


def test_a_quoted_we_with_no_state_spoken_of_adheres_to_nothing() -> None:
    text = (
        "Foreign Ministry spokesman Kim Dae-ho spoke on Friday. He added that the 1965 treaty was "
        '"the basis of our ties, and we remain committed to it."'
    )
    assert not any(party == "Japan" for party, _ in adherence(text))


ATTACHED = [
    "Spain and Morocco signed a joint declaration in April 2022. Rabat said Morocco remained "
    '"attached to the declaration" and to good relations.',
    "Spain and Morocco signed a joint declaration in April 2022. Morocco is still attached to "
    "the declaration, its foreign ministry said.",
]


@pytest.mark.parametrize("text", ATTACHED)
def test_attached_to_a_document_adheres(text: str) -> None:
    assert ("Morocco", "joint declaration of 2022") in adherence(text)


@pytest.mark.parametrize(
    "text",
    [
        "Spain and Morocco signed a joint declaration in April 2022. Morocco attached a condition "
        "to the declaration.",
        "Spain and Morocco signed a joint declaration in April 2022. A condition is attached to "
        "the declaration.",
        "Spain and Morocco signed a joint declaration in April 2022. Morocco is no longer attached "
        "to the declaration.",
    ],
)
def test_attaching_something_else_is_noadherence(text: str) -> None:
    assert not adherence(text)


def test_a_document_noun_named_with_its_year_is_a_document() -> None:
    text = (
        "The ministry of Morocco issued a statement on Friday. It said Morocco remained committed "
        "to the 2019 roadmap on migration."
    )
    assert ("Morocco", "roadmap of 2019") in adherence(text)


IN_FORCE = [
    (
        "The 2006 treaty, signed by Palau and Micronesia, sets their sea boundary. Both "
        "governments say it remains in force.",
        {("Palau", "treaty of 2006"), ("Micronesia", "treaty of 2006")},
    ),
    (
        "Palau and Micronesia signed a treaty in 2006. Palau insists it is still valid.",
        {("Palau", "treaty of 2006")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), IN_FORCE)
def test_it_held_in_force_is_the_document_told_before(text: str, expected: set) -> None:
    assert expected <= adherence(text)


def test_it_in_force_with_no_document_before_is_none() -> None:
    text = (
        "Palau and Micronesia signed a treaty in 2006. Fishermen from Yap were detained. Palau "
        "says it remains in force."
    )
    assert not adherence(text)


IN_WHICH = [
    "Ethiopia issued a letter in which Ethiopia promises to hand Badme over to Eritrea once the "
    "pillars are placed.",
    "The Ethiopian envoy delivered a letter in which Addis Ababa undertakes to hand Badme over to "
    "Eritrea if the commission confirms the line.",
]


@pytest.mark.parametrize("text", IN_WHICH)
def test_a_letter_in_which_a_state_promises_is_the_promise_document(text: str) -> None:
    found = promises(text)
    assert any(
        (doc, terr, frm, to) == ("letter", "Badme", "Ethiopia", "Eritrea")
        for doc, terr, frm, to, _ in found
    ), found


def test_a_statement_that_says_is_still_speech() -> None:
    text = (
        "Ethiopia issued a statement that said Ethiopia would hand Badme over to Eritrea once the "
        "pillars are placed."
    )
    assert not any(doc == "statement" for doc, *_ in promises(text))


RESTS_ON = [
    (
        "Peru and Chile signed the Treaty of Lima in 1929. Peru's claim rests on the treaty.",
        ("Peru", "Treaty of Lima"),
    ),
    (
        "Bolivia has never accepted the 1904 treaty. Its position rests on the 1895 Treaty of "
        "Transfer, signed with Chile before the war ended.",
        ("Bolivia", "Treaty of Transfer"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESTS_ON)
def test_a_claim_that_rests_on_a_document_adheres_to_it(text: str, expected: tuple) -> None:
    found = adherence(text)
    assert any(
        party == expected[0] and doc is not None and expected[1] in doc for party, doc in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile signed the Treaty of Lima in 1929. Chile says Peru's claim rests on a "
        "misreading of the treaty.",
        "Peru and Chile signed the Treaty of Lima in 1929. The case rests on the treaty, lawyers "
        "said.",
    ],
)
def test_what_rests_on_no_state_own_claim_adheres_to_nothing(text: str) -> None:
    assert not any(party == "Peru" for party, _ in adherence(text))


OBLIGATIONS_UNDER = [
    "Egypt and Israel signed the 1979 peace treaty. Jordan will respect the obligations Egypt "
    "assumed for the strait under the treaty.",
    "Egypt and Israel signed the 1979 peace treaty. Jordan will honour its commitments under the "
    "treaty, its foreign minister said.",
]


@pytest.mark.parametrize("text", OBLIGATIONS_UNDER)
def test_respecting_obligations_under_a_document_adheres_to_it(text: str) -> None:
    assert any(party == "Jordan" for party, _ in adherence(text)), adherence(text)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Israel signed the 1979 peace treaty. Egypt has not honoured its commitments "
        "under the treaty, Israel said.",
        "Egypt and Israel signed the 1979 peace treaty. Egypt will meet its obligations to its "
        "citizens.",
    ],
)
def test_duties_denied_or_under_no_document_are_noadherence(text: str) -> None:
    assert not any(party == "Egypt" for party, _ in adherence(text))
