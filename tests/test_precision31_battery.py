"""Officials named together under one plural title ("signed by presidents A and B", "foreign
ministers A and B met") hold the same office of two states, one each: where one's state is known,
the other serves the other state of the pair the article is about, never the same one
(issue 12, fourteenth round, precision31).

Seen in five writers' articles (T17, T18, T21, T22, T23): the second signatory borrowed the state
the sentence named, so one of the two always held the other's office. Sentences written for these
tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

NORWAY, RUSSIA = "state/norway", "state/russia"
ARGENTINA, CHILE = "state/argentina", "state/chile"
JAPAN = "state/japan"


def _roles(text: str) -> set[tuple[str, str]]:
    found = facts(text)
    return {(f.args["person"].key, f.args["of"].key) for f in find(found, "holdsRole")}


# (article, the unknown official, the state the plural title leaves for them)
ACROSS = [
    # -- the known one first, passive with "by", as a reduced relative, or active
    (
        "Norway and Russia ended their dispute over the Barents Sea in 2010. The treaty was signed "
        "in Murmansk by foreign ministers Sergei Lavrov and Kari Holmsen.",
        "person/kari-holmsen",
        NORWAY,
    ),
    (
        "Norway and Russia ended their dispute over the Barents Sea in 2010 with a treaty, signed "
        "in Murmansk on Sept. 15 by foreign ministers Sergei Lavrov and Kari Holmsen.",
        "person/kari-holmsen",
        NORWAY,
    ),
    (
        "Russia and Norway settled their sea border in 2010. Foreign ministers Sergei Lavrov and "
        "Kari Holmsen signed the treaty in Murmansk.",
        "person/kari-holmsen",
        NORWAY,
    ),
    # -- the unknown one first
    (
        "Norway and Russia ended their dispute over the Barents Sea in 2010. The treaty was signed "
        "in Murmansk by foreign ministers Kari Holmsen and Sergei Lavrov.",
        "person/kari-holmsen",
        NORWAY,
    ),
    # -- another office, another pair, the sentence naming only one of the states
    (
        "Chile and Argentina fought over the lake for decades. Argentina's 1991 accord, signed by "
        "presidents Carlos Menem and Eduardo Rojas Vial, sent the dispute to arbitration.",
        "person/eduardo-rojas-vial",
        CHILE,
    ),
    (
        "Chile and Argentina fought over the lake for decades. Presidents Eduardo Rojas Vial and "
        "Carlos Menem met in Buenos Aires in 1991 and agreed to send it to arbitration.",
        "person/eduardo-rojas-vial",
        CHILE,
    ),
]


@pytest.mark.parametrize(("text", "person", "state"), ACROSS)
def test_a_plural_title_gives_each_official_a_state_of_their_own(
    text: str, person: str, state: str
) -> None:
    """The official whose state no word gives serves the state the known one does not."""
    roles = _roles(text)
    assert (person, state) in roles, roles
    wrong = ARGENTINA if state == CHILE else RUSSIA
    assert (person, wrong) not in roles, roles


# a plural title with its own owner is one state's officials: no other side is read into it
SAME = [
    "Japan and Russia have argued over the islands since 1945. Japanese foreign ministers Taro "
    "Kono and Kenji Morimoto both visited Moscow for talks with Sergei Lavrov.",
    "Japan and Russia have argued over the islands since 1945. On Monday Japanese foreign "
    "ministers Taro Kono and Kenji Morimoto flew to Moscow, where they met Sergei Lavrov.",
]


@pytest.mark.parametrize("text", SAME)
def test_an_owned_plural_title_is_not_read_as_two_sides(text: str) -> None:
    roles = _roles(text)
    assert ("person/kenji-morimoto", RUSSIA) not in roles, roles
    assert ("person/kenji-morimoto", JAPAN) in roles, roles


def test_the_gazetteer_places_a_signatory_the_sentence_does_not() -> None:
    """A head of government the gazetteer knows serves that state whatever the sentence names."""
    found = facts(
        "Jordan and Israel signed their peace treaty in 1994. It was signed at Wadi Araba by "
        "prime ministers Yitzhak Rabin and Abdelsalam al-Majali."
    )
    roles = {(f.args["person"].key, f.args["of"].key) for f in find(found, "holdsRole")}
    assert ("person/yitzhak-rabin", "state/israel") in roles, shown(found)
    assert ("person/abdelsalam-al-majali", "state/jordan") in roles, shown(found)
