"""Holding told by a state's forces kept on land, and a stance shared with a land "like" it
(issue 12, lands50).

News tells who holds a disputed place by the forces that have kept it for years: "Tajik border
guards have patrolled the island since the 1990s", "the temple has been guarded by Thai troops
for decades", "a village where Guinean troops have been stationed for two decades". Told in the
perfect or with a span of time, a state's forces guarding, patrolling or stationed on land hold it
for their state; one patrol on one day, a patrol planned, or troops sent once hold nothing. A
"where" clause hung on a noun set beside a name ("Yenga, a riverside village where ...") tells of
the named land.

A speaker who says "X, like Y, is Kenyan territory" (or "X, like Y and Z, is Spanish") says it of
Y as of X; "unlike Y" says nothing of Y. "X is and remains part of Y", said by Y's side, is one view
of the speaker's, as "X is part of Y" is. Sentences written for these tests, on several regions.
"""

from __future__ import annotations

import pytest
from helpers import facts, land_stance, shown

# (state, land, text): the state's forces kept on the land for a span: the state holds it
KEPT: list[tuple[str, str, str]] = [
    (
        "Tajikistan",
        "Kokul Island",
        "Afghanistan claims Kokul Island. Tajik border guards have patrolled the island, a reedy "
        "strip two kilometres long, since the 1990s.",
    ),
    (
        "Tajikistan",
        "Kokul Island",
        "Afghanistan claims Kokul Island. The island has been patrolled by Tajik border guards "
        "since 1995.",
    ),
    (
        "Thailand",
        "Ta Moan Thom",
        "Cambodia claims Ta Moan Thom. Ta Moan Thom, which has been guarded by Thai troops for "
        "decades, lies on the watershed.",
    ),
    (
        "Guinea",
        "Yenga",
        "Sierra Leone and Guinea dispute Yenga, a riverside village where Guinean troops have "
        "been stationed for more than two decades.",
    ),
    (
        "Honduras",
        "Conejo Island",
        "El Salvador claims Conejo Island, a rocky islet where Honduran soldiers have been "
        "stationed since 1990.",
    ),
    (
        "Honduras",
        "Conejo Island",
        "El Salvador claims Conejo Island. Honduran police have guarded the island for years.",
    ),
]


@pytest.mark.parametrize("state, land, text", KEPT)
def test_forces_kept_on_land_for_a_span_hold_it(state, land, text):
    found = facts(text)
    assert land_stance(found, "controls", "state", state, land), shown(found)


# one patrol, one planned, one denied, troops sent once: no holding
NOT_KEPT: list[str] = [
    "Afghanistan claims Kokul Island. Tajik border guards patrolled the island on Thursday.",
    "Afghanistan claims Kokul Island. Tajik border guards will patrol the island.",
    "Afghanistan claims Kokul Island. Tajik border guards have never patrolled the island.",
    "Afghanistan claims Kokul Island. Tajik troops were deployed to the island on Monday.",
    "Japan claims the Senkaku Islands. Chinese coast guard ships patrolled near the islands on Monday.",
]


@pytest.mark.parametrize("text", NOT_KEPT)
def test_a_passing_patrol_holds_nothing(text):
    found = facts(text)
    assert not any(f.rel == "controls" for f in found), shown(found)


# (state, land, text): a stance said of a land, and of the lands "like" it
LIKENED: list[tuple[str, str, str]] = [
    (
        "Kenya",
        "Migingo Island",
        'Uganda claims Usingo Island. "Usingo, like Migingo, is Kenyan territory," the Kenyan '
        "foreign minister said.",
    ),
    (
        "Spain",
        "Ceuta",
        'Morocco protested. "The Peñón de Alhucemas, like Ceuta and Melilla, is Spanish," the '
        "Spanish foreign minister said.",
    ),
    (
        "Spain",
        "Melilla",
        'Morocco protested. "The Peñón de Alhucemas, like the other islets and like Ceuta and '
        'Melilla, is Spanish," the Spanish foreign minister said.',
    ),
    (
        "Kenya",
        "Migingo Island",
        "Uganda claims Usingo Island. Kenya says that Usingo, like Migingo, is part of its "
        "territory.",
    ),
]


@pytest.mark.parametrize("state, land, text", LIKENED)
def test_a_land_like_another_shares_its_stance(state, land, text):
    found = facts(text)
    assert land_stance(found, "assertsSovereignty", "state", state, land), shown(found)


def test_unlike_says_nothing_of_the_other_land():
    found = facts(
        'Morocco protested. "The Peñón de Alhucemas, unlike Ceuta, is Spanish," the Spanish '
        "foreign minister said."
    )
    assert land_stance(found, "assertsSovereignty", "state", "Spain", "Peñón de Alhucemas"), shown(
        found
    )
    assert not land_stance(found, "assertsSovereignty", "state", "Spain", "Ceuta"), shown(found)


# (state, land, text): two copulas joined ("is and remains part of") report one view of the speaker
JOINED_COPULAS: list[tuple[str, str, str]] = [
    ("Nepal", "Kalapani", "Nepal's foreign minister said Kalapani is and remains part of Nepal."),
    ("Japan", "Senkaku Islands", 'Japan said the Senkaku Islands "were and remain part of Japan".'),
    (
        "Japan",
        "Senkaku Islands",
        "Japan said the Senkaku Islands are and remain Japanese territory.",
    ),
    ("Botswana", "Sedudu Island", "Botswana said Sedudu Island was and remains Botswana's."),
    (
        "Argentina",
        "Falkland Islands",
        "Argentina rejected the vote, saying the Falklands were and remain part of Argentina.",
    ),
]


@pytest.mark.parametrize("state, land, text", JOINED_COPULAS)
def test_joined_copulas_report_the_speakers_view(state, land, text):
    found = facts(text)
    assert land_stance(found, "assertsSovereignty", "state", state, land), shown(found)


def test_joined_copulas_of_another_states_land_assert_nothing():
    found = facts("India's foreign minister said Kalapani is and remains part of Nepal.")
    assert not any(f.rel == "assertsSovereignty" for f in found), shown(found)
