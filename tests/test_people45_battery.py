"""Speakers of statements (issue 12, twenty-fifth round, people45).

1. A person's staff telling of the person in the third person ("Tamaki met the ambassador ...,
his office said"; "The decision was taken at a meeting chaired by Prime Minister Sharif, his office
said"; "Marape's office released a statement saying the prime minister remained committed") was
read as the person's own statement. It is the office's account of what the person did, and the
readable gold records no statement there (h241, h247, h270, in two batches). Words of the office
that do not name the person stay the person's ("his office said the base would never be
accepted"), and a spokesman voices the person ("Tamaki is alarmed, his spokesman said"). Sentences written for these tests, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statements

_LEAD = "Okinawa Governor Denny Tamaki criticised the delay on Wednesday. "

# the office tells of the person: tag after, tag before, tag inserted, another speech verb and
# a possessive name before the office, a passive
NARRATED = [
    "Tamaki met U.S. Ambassador George Glass in Tokyo on Thursday, his office said.",
    "His office said Tamaki had met U.S. Ambassador George Glass in Tokyo on Thursday.",
    "Tamaki, his office said, met U.S. Ambassador George Glass in Tokyo on Thursday.",
    "Tamaki's press office announced that Tamaki would travel to Washington in June.",
    "The plan was approved at a meeting chaired by Governor Denny Tamaki, his office said.",
]


@pytest.mark.parametrize("sentence", NARRATED)
def test_an_office_telling_of_its_person_is_no_statement_of_his(sentence: str) -> None:
    said = statements(HEADLINE + _LEAD + sentence)
    assert not [q for k, q in said if k == "person/denny-tamaki"], said


# the office's words that do not name the person are the person's; the person naming himself
# is his own statement; a spokesman voices the person, even in the third person
OWN = [
    ("His office said the base would never be accepted.", "the base would never be accepted"),
    ("Tamaki's office said the base would never be accepted.", "the base would never be accepted"),
    ("Tamaki said the base would never be accepted.", "the base would never be accepted"),
    (
        "Tamaki is alarmed by the delay, his spokesman said.",
        "Tamaki is alarmed by the delay",
    ),
]


@pytest.mark.parametrize(("sentence", "words"), OWN)
def test_the_offices_other_words_stay_the_persons(sentence: str, words: str) -> None:
    said = statements(HEADLINE + _LEAD + sentence)
    assert ("person/denny-tamaki", words) in said, said
