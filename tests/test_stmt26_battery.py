"""Statements and meetings only planned, a battery of issue 12 (stmt26). Sentences written for this test
about disputes outside the development set's wording (the Silala, the Essequibo, the Falklands, the
Sarstoon, the Nile dam), in wire style.

Three readings, each a shape news English uses for them, seen in the gold of several writers:
- "X holds that ..." states X's position (a state's or a person's); a court that "held that" rules,
  and "held talks", "has held the island since 1967" say nothing (data/lexicon/relations.yaml).
- '"A," X said. "B."': an untagged quotation that opens the next sentence is the same speaker's
  next statement; one that opens with a connective ('"But B."') goes on with the first
  (rules/speech.py, data/lexicon.yaml ``connectives``).
- "X is due (scheduled, set) to meet Y next month" is no meeting: FORMAT.md's meeting is people
  who met, and a plan may yet fail (some of our own gold writers list such plans; the integrator
  kept FORMAT's reading, which the older batteries hold too).
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, facts, find, said_by, shown, statements

BOLIVIA, GUYANA = "state/bolivia", "state/guyana"
MAYTA, GIL, TODD = "person/rogelio-mayta", "person/yvan-gil", "person/hugh-todd"
MONDINO, CAMERON = "person/diana-mondino", "person/david-cameron"
LONDON = "city/london"

_SILALA = "the Silala is an international watercourse"


# -- "holds that" --------------------------------------------------------------------------------

HOLDS = [
    pytest.param(
        BOLIVIA, "Bolivia holds that the Silala is an international watercourse.", id="holds"
    ),
    pytest.param(
        BOLIVIA, "Bolivia has long held that the Silala is an international watercourse.", id="long"
    ),
    pytest.param(
        BOLIVIA, "Bolivia still holds that the Silala is an international watercourse.", id="still"
    ),
    pytest.param(
        MAYTA,
        "Bolivian Foreign Minister Rogelio Mayta holds that the Silala is an international"
        " watercourse.",
        id="person",
    ),
    pytest.param(
        BOLIVIA,
        "Chile says the river was canalised in 1908, while Bolivia holds that the Silala is an"
        " international watercourse.",
        id="contrast",
    ),
]


@pytest.mark.parametrize(("speaker", "text"), HOLDS)
def test_holds_that_is_a_statement(speaker, text):
    assert said_by(text, speaker, _SILALA), statements(HEADLINE + text)


HOLDS_NOT = [
    "The International Court of Justice held that the Silala is an international watercourse.",
    "The court held that the Silala is an international watercourse.",
    "Bolivia does not hold that the Silala is an international watercourse.",
    "Bolivia held talks with Chile that lasted two days.",
    "Chile has held the springs since it captured them in 1879.",
]


@pytest.mark.parametrize("text", HOLDS_NOT)
def test_held_says_nothing(text):
    assert not any(q.startswith("the Silala") for _, q in statements(HEADLINE + text))
    assert not any(q.startswith("the springs") for _, q in statements(HEADLINE + text))


# -- a quotation that follows a tagged one -------------------------------------------------------

_LEAD = "Venezuelan Foreign Minister Yvan Gil spoke in Caracas on Tuesday.\n\n"

FOLLOW = [
    pytest.param(
        '"The Essequibo is ours," Venezuelan Foreign Minister Yvan Gil told reporters. "No court'
        ' in The Hague will change that."',
        id="told",
    ),
    pytest.param(
        '"The Essequibo is ours," said Yvan Gil, Venezuela\'s foreign minister. "No court in The'
        ' Hague will change that."',
        id="inverted",
    ),
    pytest.param(
        _LEAD + '"The Essequibo is ours," Gil said in a televised address. "No court in The Hague'
        ' will change that."',
        id="surname",
    ),
    pytest.param(
        _LEAD + '"The Essequibo is ours, and it always has been," he said. "No court in The Hague'
        ' will change that."',
        id="pronoun",
    ),
]


@pytest.mark.parametrize("text", FOLLOW)
def test_next_quotation_is_the_next_statement(text):
    found = statements(HEADLINE + text)
    assert said_by(text, GIL, "No court in The Hague"), found
    assert said_by(text, GIL, "The Essequibo is ours"), found
    assert not any("No court" in q for _, q in found if q.startswith("The Essequibo")), found


def test_connective_goes_on_with_the_quotation():
    """ "But ..." opens a sentence that goes on with the one before: one statement."""
    text = (
        '"We have been patient," Venezuelan Foreign Minister Yvan Gil said. "But no court in The'
        ' Hague will change that."'
    )
    found = statements(HEADLINE + text)
    assert not said_by(text, GIL, "But no court"), found
    assert any(q.startswith("We have been patient") and "no court" in q for _, q in found), found


def test_next_quotation_with_its_own_tag_is_its_speakers():
    text = (
        '"The Essequibo is ours," Venezuelan Foreign Minister Yvan Gil said. "It has been'
        " Guyanese since 1899,\" Guyana's Foreign Minister Hugh Todd replied."
    )
    assert said_by(text, TODD, "It has been Guyanese"), statements(HEADLINE + text)
    assert not said_by(text, GIL, "It has been Guyanese"), statements(HEADLINE + text)


# -- meetings only planned: none held (FORMAT.md: "people met") ------------------------------------

_PAIR = "Argentine Foreign Minister Diana Mondino"
_BRIT = "British Foreign Secretary David Cameron"

PLANNED_NOT = [
    f"{_PAIR} is due to meet {_BRIT} in London next month.",
    f"{_PAIR} and {_BRIT} are scheduled to meet in London.",
    f"{_PAIR} is set to meet {_BRIT} in London.",
    f"{_PAIR}, who is due to meet {_BRIT} in London next month, said the islands were Argentine.",
    f"{_PAIR} was due to meet {_BRIT} in London, but the talks were called off.",
    f"{_PAIR} had been scheduled to meet {_BRIT} in London on Friday.",
    f"{_PAIR} is expected to meet {_BRIT} in London next month.",
    f"{_PAIR} hopes to meet {_BRIT} in London.",
    f"{_PAIR} could meet {_BRIT} in London next month.",
]


@pytest.mark.parametrize("text", PLANNED_NOT)
def test_no_planned_meeting(text):
    found = facts(text)
    assert not find(found, "meeting", participants={MONDINO, CAMERON}), shown(found)


# -- "..., officials said": the outlet's sources, no one's statement ------------------------------

PERU = "state/peru"
_RESUME = "Peru will resume talks with Chile next month"

VOICED = [
    pytest.param(f"{_RESUME}, Peruvian officials said.", id="demonym"),
    pytest.param(f"{_RESUME}, a spokesman said.", id="spokesman"),
    pytest.param(f"{_RESUME}, a government spokeswoman said.", id="government"),
    pytest.param(f"{_RESUME}, officials in Lima said.", id="seat"),
]


@pytest.mark.parametrize("text", VOICED)
def test_officials_of_a_state_speak_for_it(text):
    assert said_by(text, PERU, _RESUME), statements(HEADLINE + text)


@pytest.mark.parametrize(
    "text",
    [f"{_RESUME}, officials said.", f"{_RESUME}, sources said.", f"{_RESUME}, officials say."],
)
def test_bare_officials_are_no_speaker(text):
    assert not said_by(text, PERU, _RESUME), statements(HEADLINE + text)
