"""Statements: what a diplomatic note or a letter says is its sender's statement (issue 12, twenty-
ninth round, notes49; rules/note_senders.py).

News tells a note's content as the note's own act: "handed him a note demanding the withdrawal",
"The note, delivered by X to the envoy, demands that ...", "The note ... asks Quito to remove the
structure", "According to the note, ...", "The letter states that ...". The one who hands it over,
a minister or a ministry, does so for the state, so the words are the state's. The sender is the
doer of the verb that sends the note (its object, the subject of its passive with a by-phrase, a
relative clause "a letter that X sent"; "the foreign ministry" of the state that acted before, also
as the body of an official who hands it, "the secretary general of the foreign ministry, X"),
else whoever sent the note a few sentences before. "The notes ... state that", where the parser
reads "state" as a noun, is read as the verb. Seen in h356, h370, h390, h392, h395, h398, h406,
h409, h411, h412, where the words went to no one, to the envoy the note was handed to, or to the
minister who handed it.

A note or a text no one is told to have sent speaks for no one, and a treaty's content is nobody's
statement. A note's demand in a "that"-clause in the outlet's words ("demanded that it stop at
once") is no statement, as for any speaker; quoted, or asked of someone ("asked Baghdad to remove
it"), it is.

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statement_labels


def _said(text: str) -> list[tuple[str, str]]:
    return statement_labels(HEADLINE + text)


SENT_NOTES = [
    (
        "Malawi's Foreign Ministry summoned the Tanzanian ambassador on Monday and handed him a "
        'note demanding the "immediate withdrawal" of the troops from the lake shore.',
        "Malawi",
        "immediate withdrawal",
    ),
    (
        "The note, delivered by Malawi's foreign secretary to the envoy, demands that the soldiers "
        '"leave Malawian soil without delay".',
        "Malawi",
        "without delay",
    ),
    (
        "Malawi summoned Tanzania's ambassador on Monday and handed him a protest note. According "
        'to the note, the island lies "within Malawian territory".',
        "Malawi",
        "Malawian territory",
    ),
    (
        "Chile made the offer in a letter that its foreign ministry sent to Lima on Friday. The "
        'letter states that Chile "will withdraw its patrol boats within 30 days".',
        "Chile",
        "patrol boats",
    ),
    (
        "Peru on Tuesday sent Ecuador a note of protest over a wall. The note, handed to "
        "Ecuador's ambassador, states that the wall stands on Peruvian land and asks Quito to "
        "remove the structure.",
        "Peru",
        "remove the structure",
    ),
    (
        "Guyana handed Venezuela a protest note on Monday over the airstrip. The note, given to "
        "Venezuela's charge d'affaires, Jorge Mendez, described the works as \"a provocation\".",
        "Guyana",
        "provocation",
    ),
    (
        "Madagascar protested on Monday. The foreign ministry called in France's ambassador and "
        'gave him a note of protest which described the exercise as "a provocation on Malagasy '
        'soil", a spokesman said.',
        "Madagascar",
        "provocation",
    ),
    (
        "Nepal sent notes to India and China on Tuesday. The notes, delivered to the embassies, "
        'state that Lipulekh is "an integral part of Nepal".',
        "Nepal",
        "integral part",
    ),
    (
        "Niger on Thursday summoned Algeria's charge d'affaires and handed him a formal protest. "
        "The note, delivered by the secretary general of the foreign ministry, Ali Mahamane, to "
        'the diplomat, demands that the troops "leave Nigerien soil at once", a ministry '
        "statement said.",
        "Niger",
        "at once",
    ),
]


@pytest.mark.parametrize(("text", "state", "words"), SENT_NOTES)
def test_a_note_speaks_for_the_state_that_sent_it(text: str, state: str, words: str) -> None:
    said = _said(text)
    assert any(s == state and words in w for s, w in said), said


def test_the_envoy_a_note_is_handed_to_does_not_speak() -> None:
    said = _said(SENT_NOTES[5][0])
    assert not [s for s, _ in said if s in ("Jorge Mendez", "Venezuela")], said


def test_the_note_told_of_paragraphs_before_still_speaks() -> None:
    text = (
        "The protest note was handed by Guyana's foreign ministry to the Venezuelan envoy on "
        "Monday.\n\nThe note recalls that the 1899 award fixed the boundary. It adds that the "
        "island was divided then.\n\nVenezuela has not answered. The airstrip breaks the Geneva "
        "Agreement, the note states."
    )
    said = _said(text)
    assert any(s == "Guyana" and "Geneva Agreement" in w for s, w in said), said


NOBODYS = [
    "A note found in the colonial archive says the island was Spanish in 1790.",
    'According to the note, the island lies "within Malawian territory".',
    "The treaty states that the island belongs to Chile and that both sides may fish there.",
    "Malawi handed Tanzania a note on Monday. The ambassador asked Malawi to withdraw it.",
]


def test_a_notes_unquoted_that_clause_demand_is_no_statement() -> None:
    said = _said(
        "Peru sent Ecuador a note on Monday. The note demanded that Ecuador remove the wall."
    )
    assert not [w for s, w in said if s == "Peru"], said


@pytest.mark.parametrize("text", NOBODYS)
def test_a_text_no_state_is_told_to_send_is_no_ones_statement(text: str) -> None:
    said = _said(text)
    assert not [s for s, _ in said if s in ("Malawi", "Chile", "Spain")], said
