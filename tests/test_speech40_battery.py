"""Speech and offices read across writers (issue 12, twentieth round, speech40).

- A speech verb in a relative clause hung on a noun ("announced by the ministry, which said that
  ...", "Cameli, who described the treaty as '...'") says the noun's own words, beside the outer
  verb, even where that verb is itself a speech verb: only a complement clause carries what a verb
  says. Seen in h278 and h200 (two batches), each a whole statement lost.
- A mayor's or a governor's office whose title names no place ("Governor X", "Its governor, X",
  "the town's mayor, X") is the office of the city or region the sentence, or the one before it,
  names, never the state guessed from the article: seen in h228, h241, h284, h285 (four batches).

Sentences written for these tests in wire style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _speakers(text: str, words: str) -> set[str]:
    """The labels of whoever is credited with a statement whose words include ``words``."""
    out: set[str] = set()
    for f in facts(text):
        if f.rel != "statement" or words not in str(f.args.get("quote_start", "")):
            continue
        who = f.args["speaker"]
        out |= {w.label for w in who} if isinstance(who, tuple) else {who.label}  # type: ignore[union-attr]
    return out


RELATIVE = [
    # (sentence, words said, a word of the speaker's label)
    (
        "The reopening was announced by Kenya's foreign ministry, which said that the crossing "
        "would stay open.",
        "the crossing would stay open",
        "Kenya",
    ),
    (
        "The reopening was announced by Kenya's foreign ministry, which said in a statement that "
        "the crossing would stay open.",
        "the crossing would stay open",
        "Kenya",
    ),
    (
        "Chile's foreign ministry announced the talks on Monday. The plan was unveiled by "
        "Bolivia's foreign ministry, which said the talks would start in June.",
        "the talks would start in June",
        "Bolivia",
    ),
    (
        "The deal was announced by President William Ruto, who said that Kenya would keep the "
        "island.",
        "Kenya would keep the island",
        "William Ruto",
    ),
    (
        '"The river is our border," said Governor Gladson Cameli, who described the treaty as '
        '"the birth certificate of the state".',
        "the birth certificate of the state",
        "Gladson Cameli",
    ),
]


@pytest.mark.parametrize(("text", "said", "speaker"), RELATIVE)
def test_relative_clause_speaks_for_its_noun(text: str, said: str, speaker: str) -> None:
    assert any(speaker in s for s in _speakers(text, said)), facts(text)


def test_reported_clause_stays_inside() -> None:
    """A relative clause inside what another says stays that speaker's report."""
    text = (
        "Lavrov said Japan, which says the islands are its own, would have to accept the results "
        "of the war."
    )
    assert "Sergey Lavrov" in _speakers(text, "would have to accept")


def _offices(text: str, person: str) -> set[str]:
    """The labels of the bodies or states ``person`` (a label) is found to hold an office of."""
    return {
        f.args["of"].label  # type: ignore[union-attr]
        for f in facts(text)
        if f.rel == "holdsRole" and f.args["person"].label == person  # type: ignore[union-attr]
    }


LOCAL = [
    # (text, person, the place whose office it is)
    (
        "Kaliningrad depends on rail freight from Russia. Its governor, Anton Alikhanov, said half "
        "of the goods were affected.",
        "Anton Alikhanov",
        "Kaliningrad",
    ),
    (
        "Kaliningrad depends on rail freight from Russia. Governor Anton Alikhanov said half of "
        "the goods were affected.",
        "Anton Alikhanov",
        "Kaliningrad",
    ),
    (
        "Okinawa Prefecture marked the anniversary on Friday, with Governor Denny Tamaki urging "
        "Japan to cut the U.S. presence.",
        "Denny Tamaki",
        "Okinawa",
    ),
    (
        "Okinawa Prefecture marked the anniversary on Friday. Governor Denny Tamaki asked Japan "
        "to cut the U.S. presence.",
        "Denny Tamaki",
        "Okinawa",
    ),
    (
        'The town of Llivia has been Spanish since 1660. "It stays Spanish," the town\'s mayor, '
        "Elisabet Rafart, said at a ceremony.",
        "Elisabet Rafart",
        "Llivia",
    ),
]


@pytest.mark.parametrize(("text", "person", "place"), LOCAL)
def test_local_office_is_the_places(text: str, person: str, place: str) -> None:
    held = _offices(text, person)
    assert any(place in h for h in held), held
    assert not {"Russia", "Japan", "Spain"} & held


def test_state_office_keeps_its_state() -> None:
    """A state's own office beside a named region stays the state's."""
    text = "Okinawa Prefecture marked the anniversary. Prime Minister Fumio Kishida sent a message."
    assert "Japan" in _offices(text, "Fumio Kishida")


def _places(text: str) -> set[str]:
    """The labels of the places the meetings ``text`` tells were held at."""
    return {
        f.args["place"].label  # type: ignore[union-attr]
        for f in facts(text)
        if f.rel == "meeting" and f.args.get("place") is not None
    }


VENUES = [
    # (text, the venue's name): a named building or site after "at"; a seat of government too
    (
        "Argentine President Cristina Fernandez and her Uruguayan counterpart, Jose Mujica, met "
        "at the Olivos presidential residence on Wednesday.",
        "Olivos presidential residence",
    ),
    (
        "Prime Minister Mark Carney met President Donald Trump at the White House in May.",
        "White House",
    ),
    (
        "Prime Minister Mark Carney, who met President Donald Trump at the White House in May, "
        "promised more patrols.",
        "White House",
    ),
    (
        "President Gustavo Petro met President Nicolas Maduro at the Miraflores Palace on Tuesday.",
        "Miraflores Palace",
    ),
    (
        "Prime Minister Narendra Modi met Prime Minister Sheikh Hasina at Hyderabad House on "
        "Saturday.",
        "Hyderabad House",
    ),
]


@pytest.mark.parametrize(("text", "venue"), VENUES)
def test_meeting_at_a_named_venue(text: str, venue: str) -> None:
    assert venue in _places(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sergey Lavrov met Taro Kono at the United Nations on Monday.",
        "Sergey Lavrov met Taro Kono at the border on Monday.",
        "Sergey Lavrov met Taro Kono at the invitation of Japan.",
    ],
)
def test_no_venue_from_a_body_or_a_common_noun(text: str) -> None:
    assert not _places(text), facts(text)
