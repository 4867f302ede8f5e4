"""A bare "ministry" in a spokesperson's title repeats the ministry named just before (issue 12,
round 26, speech46).

"South Korea's defense ministry reaffirmed the line. '...,' ministry spokesperson Jeon Ha-kyu told a
briefing": the spokesperson is the defence ministry's, not merely the state's (nor the state the
quotation names, nor the dateline's). Seen in study articles of two batches (h110, h183, h363).
Sentences written for these tests, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

from kg.model import Entity


def _offices(text: str) -> dict[str, str]:
    """Each holder's label -> the label of what the holdsRole facts say they hold an office of."""
    out = {}
    for f in facts(text):
        person, of = f.args.get("person"), f.args.get("of")
        if f.rel == "holdsRole" and isinstance(person, Entity) and isinstance(of, Entity):
            out[person.label] = of.label
    return out


_LEAD = "CHISINAU, May 4 (Reuters) - "

# the same spokesperson: the ministry owned, unowned, a sentence or a paragraph before, another
# body noun, the title after a quotation or before the verb
MINISTRY_BEFORE = [
    (
        "Moldova's foreign ministry protested to Ukraine on Monday over the works.\n\n"
        '"The island is ours," ministry spokesperson Ion Lungu told a briefing.',
        "Foreign Affairs",
    ),
    (
        _LEAD + "The foreign ministry protested to Ukraine on Monday over the works.\n\n"
        '"The island is ours," ministry spokesperson Ion Lungu told a briefing.',
        "Foreign Affairs",
    ),
    (
        "Moldova's defence ministry said troops would stay on the island.\n\n"
        "Ministry spokesman Ion Lungu said the patrols were routine.",
        "Defence",
    ),
    (
        "Moldova's foreign ministry protested to Ukraine on Monday over the works. "
        '"We have told Ukraine so in writing," ministry spokesman Ion Lungu said.',
        "Foreign Affairs",
    ),
]


@pytest.mark.parametrize(("text", "body"), MINISTRY_BEFORE)
def test_a_bare_ministry_is_the_ministry_named_before(text: str, body: str) -> None:
    of = _offices(text).get("Ion Lungu", "")
    assert body in of and "Moldova" in of, shown(facts(text))


# near misses: a portfolio or a state in the title names its own body; no ministry named before
OWN_BODY = [
    (
        "Moldova's foreign ministry protested to Ukraine on Monday.\n\n"
        '"The works are lawful," Ukrainian Foreign Ministry spokesman Oleh Nikolenko said.',
        "Ukraine",
    ),
    (
        "Moldova protested to Ukraine on Monday over the works.\n\n"
        '"The island is ours," Moldovan government spokesman Ion Lungu told a briefing.',
        "Moldova",
    ),
]


@pytest.mark.parametrize(("text", "state"), OWN_BODY)
def test_a_title_naming_its_own_body_keeps_it(text: str, state: str) -> None:
    holders = _offices(text)
    assert holders and all(state in of for of in holders.values()), shown(facts(text))


# A small city's dateline names its state after it ("NARVA, Estonia (AP) _"): a bare home title is
# that state's, as under a capital's dateline. Seen in h115, h291, h361.
_STORY = (
    "{dateline} Estonia lodged a formal protest with Russia on Monday over the removal of buoys.\n\n"
    "{title} said the removal was a provocation.\n"
)
FILED_FROM_A_SMALL_CITY = [
    ("NARVA, Estonia (AP) _", "Foreign Minister Kristjan Lepp"),
    ("NARVA, Estonia, Dec. 1, 2026 (Reuters) -", "Foreign Minister Kristjan Lepp"),
    ("TARTU, Estonia (AP) _", "Prime Minister Kristen Michal"),
    ("TALLINN, Dec. 1 (Reuters) -", "Foreign Minister Kristjan Lepp"),
]


@pytest.mark.parametrize(("dateline", "title"), FILED_FROM_A_SMALL_CITY)
def test_a_small_city_dateline_gives_its_state(dateline: str, title: str) -> None:
    text = _STORY.format(dateline=dateline, title=title)
    name = " ".join(title.split()[-2:])
    assert _offices(text).get(name) == "Estonia", shown(facts(text))


def test_a_foreign_title_keeps_its_demonym() -> None:
    text = _STORY.format(
        dateline="NARVA, Estonia (AP) _", title="Russian Foreign Minister Ivan Orlov"
    )
    assert _offices(text).get("Ivan Orlov") == "Russia", shown(facts(text))
