"""A spokesperson's ministry named only by referring back (issue 12, lands57b): "X, the foreign
ministry's spokesperson" after the rival's "Japan's Foreign Ministry" was filed under the rival's
ministry. "The" says whose body it is no more than a bare title does: the person's state is read
from the article as for one, and the body is that state's of the same kind; where the article
gives no other state, the body referred back to stands.

Sentences written for these tests in wire style, about Dokdo, Ceuta and the Essequibo.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

SEOUL = (
    "SEOUL, May 5 (Yonhap) - South Korea on Tuesday rejected Japan's protest over its military "
    "exercise near Dokdo.\n\n"
    "A senior official at Japan's Foreign Ministry lodged a protest with a diplomat at the South "
    "Korean Embassy in Tokyo. The Japanese Embassy in Seoul lodged a similar complaint with the "
    "foreign ministry here.\n\n"
    '"Dokdo is clearly our territory under international law," Park Min-ho, the foreign '
    "ministry's spokesperson, told reporters."
)
MADRID = (
    "MADRID, May 5 (Reuters) - Spain on Tuesday dismissed a complaint from Morocco over a naval "
    "patrol off Ceuta.\n\n"
    "Morocco's Foreign Ministry summoned the Spanish ambassador in Rabat on Monday.\n\n"
    "Ana Ruiz, a spokeswoman for the foreign ministry, said the patrol was routine."
)
GEORGETOWN = (
    "GEORGETOWN, May 5 (AP) - Guyana on Tuesday condemned a Venezuelan decree on the Essequibo.\n\n"
    "Venezuela's Foreign Ministry published the decree on Monday.\n\n"
    "Carl Ramsaran, the foreign ministry's spokesman, called the decree illegal."
)
SAME = (
    "TOKYO, May 5 (Kyodo) - Japan on Tuesday protested a South Korean drill near Takeshima.\n\n"
    "Japan's Foreign Ministry lodged the protest with the South Korean Embassy.\n\n"
    "Taro Kono, the foreign ministry's spokesman, said Takeshima is Japanese territory."
)


def _roles(text: str) -> dict[str, str]:
    return {
        f.args["person"].label: f.args["of"].label
        for f in facts(text)
        if f.rel == "holdsRole" and not f.negated
    }


@pytest.mark.parametrize(
    "text, person, ministry",
    [
        (SEOUL, "Park Min-ho", "Ministry of Foreign Affairs of South Korea"),
        (GEORGETOWN, "Carl Ramsaran", "Ministry of Foreign Affairs of Guyana"),
    ],
)
def test_a_ministry_referred_back_is_the_spokespersons_states(text, person, ministry):
    found = _roles(text)
    assert found.get(person) == ministry, found


def test_a_spokeswoman_for_the_ministry_is_her_states():
    found = _roles(MADRID)
    assert "Morocc" not in found.get("Ana Ruiz", ""), found


def test_the_ministry_referred_back_stands_when_it_is_the_persons_states():
    found = facts(SAME)
    roles = {f.args["person"].label: f.args["of"].label for f in found if f.rel == "holdsRole"}
    assert "Japan" in roles.get("Taro Kono", ""), shown(found)
