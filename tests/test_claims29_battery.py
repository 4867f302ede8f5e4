"""Claims and control read through relative clauses on a landmark (issue 12, claims29).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (the Senkakus, the Falklands, the Chafarinas, the Essequibo, the Kurils,
Crimea, the Sarstoon, the Rovuma). Two readings, each with its rewrites and its near-misses:
- "vessels near the Senkaku Islands, which China claims": a named landmark after a noun no land
  can be (vessels, a patrol, jets, a platform) is what the clause describes, not the noun; after a
  land noun ("the islands off Hokkaido that Moscow holds") the clause still describes the land noun;
- "X, where soldiers have occupied two villages": a "where" clause gives its place as the land only
  when the trigger's own land slot is empty ("where Russia has ruled since 2014", "where Guyana
  exercises control"); an object named, even without a name ("two villages", "the airport"), or a
  participle's noun ("Serbian-run plants") is what is held, not the place;
- "their dispute over the maritime boundary in the Beaufort Sea": a line at issue is over the land
  it runs in, also where the parser hangs "over" on the verb whose object the dispute is and an
  apposition after it names another land ("..., an Arctic wedge off Alaska").
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

JAPAN, CHINA, RUSSIA = "state/japan", "state/china", "state/russia"
ARGENTINA, MOROCCO, VENEZUELA, GUYANA = (
    "state/argentina",
    "state/morocco",
    "state/venezuela",
    "state/guyana",
)
SENKAKU, FALKLANDS, KURILS = (
    "territory/senkaku-islands",
    "territory/falkland-islands",
    "territory/kuril-islands",
)
CANADA, USA, BEAUFORT, ECS = (
    "state/canada",
    "state/united-states",
    "territory/beaufort-sea",
    "territory/east-china-sea",
)
CHAFARINAS, ESSEQUIBO, CRIMEA = (
    "territory/chafarinas-islands",
    "territory/guayana-esequiba",
    "territory/crimea",
)

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # a named landmark after a noun that is no land: the clause describes the name
    (
        "claims",
        {"claimant": CHINA, "territory": SENKAKU},
        "A Chinese coast guard ship shadowed Japanese fishing boats near the Senkaku Islands,"
        " which Beijing claims and calls the Diaoyu.",
    ),
    (
        "claims",
        {"claimant": CHINA, "territory": SENKAKU},
        "Japanese fishermen were chased by Chinese patrol ships near the Senkaku Islands, which"
        " China also claims.",
    ),
    (
        "claims",
        {"claimant": CHINA, "territory": SENKAKU},
        "Tokyo lodged a protest over a Chinese survey vessel off the Senkaku Islands, which China"
        " claims as its own.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentine jets were spotted by a British frigate near the Falkland Islands, which Buenos"
        " Aires claims as the Malvinas.",
    ),
    (
        "claims",
        {"claimant": MOROCCO, "territory": CHAFARINAS},
        "Moroccan fishermen were detained by a Spanish patrol boat off the Chafarinas Islands,"
        " which Morocco claims.",
    ),
    (
        "claims",
        {"claimant": VENEZUELA, "territory": ESSEQUIBO},
        "A Venezuelan navy vessel approached an oil platform off the Essequibo, which Caracas"
        " claims.",
    ),
    (
        "claims",
        {"claimant": JAPAN, "territory": KURILS},
        "A Russian warship sailed past tourists near the Kuril Islands, which Japan claims.",
    ),
    # a "where" clause whose trigger names no land of its own: the place is the land
    (
        "controls",
        {"state": RUSSIA, "territory": CRIMEA},
        "Ukraine raised the situation in Crimea, where Russian troops have ruled since 2014.",
    ),
    (
        "controls",
        {"state": GUYANA, "territory": ESSEQUIBO},
        "Guyana raised the situation in the Essequibo region, where Guyana exercises"
        " administration and control.",
    ),
    (
        "controls",
        {"state": RUSSIA, "territory": CRIMEA},
        "Ukraine raised the situation in Crimea, where Russia has kept a garrison since 2014.",
    ),
    (
        "controls",
        {"state": GUYANA, "territory": ESSEQUIBO},
        "The talks concerned the Essequibo region, which Guyana administers.",
    ),
    # a dispute over a line: over the land the line runs in
    (
        "disputes",
        {"parties": frozenset({CANADA, USA}), "territory": BEAUFORT},
        "Canada and the United States agreed to form a task force to resolve their decades-old"
        " dispute over the maritime boundary in the Beaufort Sea, an Arctic wedge off Alaska and"
        " Yukon.",
    ),
    (
        "disputes",
        {"parties": frozenset({GUYANA, VENEZUELA}), "territory": ESSEQUIBO},
        "Guyana and Venezuela agreed to settle their long-running dispute over the boundary in the"
        " Essequibo region, a swath of jungle west of the Essequibo River.",
    ),
    (
        "disputes",
        {"parties": frozenset({GUYANA, VENEZUELA}), "territory": ESSEQUIBO},
        "Guyana and Venezuela are locked in a dispute over the border in the Essequibo region.",
    ),
    (
        "disputes",
        {"parties": frozenset({JAPAN, CHINA}), "territory": ECS},
        "Japan and China have a quarrel over the maritime boundary in the East China Sea.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles that must not be found; {} for none of the relation at all)
DENIED: list[tuple[str, str, dict]] = [
    # the clause describes a land noun before the landmark, not the landmark
    (
        "Japan protested Russian drills on the islands off Hokkaido that Moscow holds.",
        "controls",
        {},
    ),
    ("Tokyo objected to drilling in the waters off Okinawa that China claims.", "claims", {}),
    # negated: no claim
    (
        "A British frigate sailed near the Falkland Islands, which Argentina does not claim.",
        "claims",
        {},
    ),
    # the "where" clause's trigger holds a thing of its own: not the place
    (
        "Guyana raised the situation in the Essequibo region, where Venezuelan soldiers have"
        " occupied two river islands.",
        "controls",
        {},
    ),
    (
        "Ukraine raised the situation in Crimea, where Russian troops seized the airport in 2014.",
        "controls",
        {},
    ),
    (
        "Tanzania raised the situation near the Rovuma River, where Mozambican police have"
        " occupied a border post.",
        "controls",
        {},
    ),
    (
        "Belize complained about the Sarstoon River, where Guatemalan soldiers have occupied a"
        " sandbank.",
        "controls",
        {"territory": "territory/sarstoon-river"},  # the sandbank is a land of its own (lands47)
    ),
    (
        "Ukraine raised the situation in Crimea, where two Russian-run plants stand on disputed"
        " land.",
        "controls",
        {"state": RUSSIA, "territory": CRIMEA},
    ),
    (
        "Ukraine raised the situation in Crimea, where Russia has claimed two villages.",
        "claims",
        {"claimant": RUSSIA, "territory": CRIMEA},
    ),
    # a dispute over no line, or over a line between lands: not over the land named
    (
        "Canada and the United States have a dispute over fishing quotas in the Beaufort Sea.",
        "disputes",
        {},
    ),
    (
        "Canada and the United States agreed to resolve their dispute over the weekend in Ottawa,"
        " a city near Quebec.",
        "disputes",
        {},
    ),
    (
        "Canada and the United States have no dispute over the boundary in the Beaufort Sea.",
        "disputes",
        {},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)
