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
