"""A bare spokesperson's state when the quoted words call land "ours" (issue 12, names55b).

"'... Japan's unjust claim to Dokdo, which is clearly our territory,' foreign ministry spokesperson
X said": a title with no owner ("foreign ministry spokesperson") takes the one state its sentence
names, but who says "our territory" names their own state in the first person and the rival by
name, so a state named in such a quotation is never the speaker's (rules/quoted_sides.py). The
state then comes from the text around it or, as the last resort, from the dateline. A quotation
that calls no land "ours" still gives the state it names.

Sentences written for these tests (other names, lands and wordings than the study articles).
"""

from __future__ import annotations

import pytest
from helpers import facts, shown


def _holders(found, person: str) -> set[str]:
    """The labels of what the person holds a role of, and the owners' labels folded in."""
    out: set[str] = set()
    for f in found:
        if f.rel == "holdsRole" and getattr(f.args.get("person"), "label", "") == person:
            out.add(getattr(f.args.get("of"), "label", ""))
    return out


# (speaker's state as it stands in the holder's label, person, text)
OURS: list[tuple[str, str, str]] = [
    (
        "South Korea",
        "Park Min-ji",
        "SEOUL, May 12 (Yonhap) -- South Korea on Tuesday rejected a new Japanese claim.\n\n"
        '"We cannot accept Japan\'s claim to Dokdo, which is our inherent territory," foreign '
        "ministry spokesperson Park Min-ji said at a briefing.",
    ),
    (
        "South Korea",
        "Park Min-ji",
        "SEOUL, May 12 (Yonhap) -- South Korea on Tuesday rejected a new Japanese claim.\n\n"
        '"Dokdo is our land, and a protest from Tokyo or from Japan changes nothing," said '
        "foreign ministry spokesperson Park Min-ji.",
    ),
    (
        "Japan",
        "Aiko Sato",
        "TOKYO, May 12 (Kyodo) -- Japan lodged a protest on Tuesday.\n\n"
        '"China\'s ships have again entered our territorial waters around the Senkakus," foreign '
        "ministry spokesperson Aiko Sato told reporters.",
    ),
]


@pytest.mark.parametrize("state, person, text", OURS)
def test_a_state_named_in_words_that_call_land_ours_is_not_the_speakers(state, person, text):
    found = facts(text)
    held = _holders(found, person)
    assert held and all(state in h for h in held), shown(found)


def test_a_quotation_that_calls_no_land_ours_still_gives_its_state():
    text = (
        '"Japan will respond calmly and firmly to the matter," foreign ministry spokesperson '
        "Aiko Sato said."
    )
    found = facts(text)
    held = _holders(found, "Aiko Sato")
    assert held and all("Japan" in h for h in held), shown(found)
