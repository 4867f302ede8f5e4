"""Where the parser hides what a rejection or a protest acts on (issue 12, rejects50).

Every sentence was written for this module. A wire tells a quick rejection in few words:
"Guatemala rejected the protest hours later". The small parser reads "the protest hours" as one
noun hung on "later", so the verb acts on nothing; that noun is the verb's object
(grammar/time_objects.py). A passive ("was rejected hours later") has no object to take, and an
as-phrase after the object ("dismissed the agreement as null and void") is left as it is.

What a protest is over often ends with where it lies, and the parser hangs that place phrase on
the verb: "delivered a protest to X over construction work [on an airstrip extension on Ankoko
Island]". A place phrase right after the object of "over" is that object's (grammar/hung_places.py),
so the protest's subject and the land of its rejection are read; a time ("on Monday") stays the
verb's. A land named as the doer of the protested deed ("road works by Argentina's Chubut
province close to the Encuentro River") is not where it happened, so a rejection of the protest is
about the other land (rules/protest_rejected.py). Seen in h353, h359, h406, h412.
"""

from __future__ import annotations

import pytest
from helpers import facts, rejections_of_land

from kg.ingest.nlp.grammar.hung_places import place_after
from kg.ingest.nlp.parse import nlp


def _rejections(text: str) -> list[tuple[str, ...]]:
    return rejections_of_land(text, published="2026-11-05")


def _protest_subjects(text: str) -> list[str]:
    return [
        str(f.args.get("subject"))
        for f in facts(text, published="2026-11-05")
        if f.rel == "protests" and not f.negated
    ]


@pytest.mark.parametrize(
    ("text", "state", "claimant", "word"),
    [
        (
            "Honduras lodged a formal protest with El Salvador on Monday over dredging work in "
            "the Gulf of Fonseca. El Salvador rejected the protest hours later.",
            "El Salvador",
            "Honduras",
            "dredging",
        ),
        (
            "Kuwait handed Iraq a protest note on Tuesday over a platform anchored off Bubiyan "
            "island. Baghdad dismissed the note days later.",
            "Iraq",
            "Kuwait",
            "platform",
        ),
        (
            "Vietnam protested to China over a survey ship near the Paracel Islands. China "
            "rebuffed the protest two hours later.",
            "China",
            "Vietnam",
            "survey",
        ),
    ],
)
def test_object_before_a_time_count_is_rejected(
    text: str, state: str, claimant: str, word: str
) -> None:
    found = [r for r in _rejections(text) if r[0] == state]
    assert found, _rejections(text)
    assert found[0][1] == claimant
    assert word in found[0][3]


def test_passive_with_a_time_count_takes_no_object() -> None:
    text = "The protest was rejected hours later by officials who asked not to be named."
    assert not [r for r in _rejections(text) if "hours" in r[3]]


def test_as_phrase_after_the_object_is_left_as_it_is() -> None:
    found = _rejections("Turkey dismissed the agreement as null and void.")
    assert [r[3] for r in found] == ["the agreement"]


@pytest.mark.parametrize(
    ("text", "words", "land"),
    [
        (
            "Guyana on Thursday delivered a formal protest to Venezuela over construction work on "
            "an airstrip extension on Ankoko Island. Venezuela rejected the note.",
            "airstrip",
            "Ankoko Island",
        ),
        (
            "Denmark sent Canada a note of protest over a flag planted on Hans Island. Ottawa "
            "rejected the note.",
            "flag",
            "Hans Island",
        ),
    ],
)
def test_place_after_the_protested_thing_is_its_own(text: str, words: str, land: str) -> None:
    assert any(words in s for s in _protest_subjects(text)), _protest_subjects(text)
    assert any(r[2] == land for r in _rejections(text)), _rejections(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan delivered a protest to China over the new pier on Monday.",
        "Japan delivered a protest to China over the new pier on Nov. 3.",
        "Manila delivered a protest to China over the ramming on behalf of the fishermen.",
    ],
)
def test_a_time_or_a_manner_after_the_protested_thing_stays_the_verbs(text: str) -> None:
    doc = nlp()(text)
    over = next(t for t in doc if t.lower_ == "over")
    obj = next(t for t in over.children if t.dep_ == "pobj")
    assert place_after(obj) is None


def test_a_land_named_as_the_doer_is_no_place_of_the_deed() -> None:
    text = (
        "Chile has formally protested to Argentina over road works by Argentina's Chubut "
        "province close to the Encuentro River. Argentina rejected the protest hours later."
    )
    found = [r for r in _rejections(text) if r[0] == "Argentina" and r[1] == "Chile"]
    assert found, _rejections(text)
    assert found[0][2] != "Chubut Province"
