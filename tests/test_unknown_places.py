"""Places the gazetteer does not know still fill a relation's land role.

News names land no list holds (Antofagasta, Alaska, Bubiyan Island). The statistical recogniser
proposes such a name (kg.ingest.nlp.proposals) and the relation rules read it by its grammatical
role, told several ways: active, passive, an inserted clause, another trigger of the class, a
nominalisation. A place where something happens ("met in ...") or a name modifying another noun
("the ... port") is no land at stake. The sentences are written for these tests; none of these
places is in data/gazetteer.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has

from kg import gazetteer

BOLIVIA, CHILE, IRAQ = "state/bolivia", "state/chile", "state/iraq"
US = "state/united-states"
ANTOFAGASTA, ALASKA, BUBIYAN = (
    "territory/antofagasta",
    "territory/alaska",
    "territory/bubiyan-island",
)


def test_the_places_are_unknown_to_the_gazetteer() -> None:
    """The tests below are about unknown places: they would prove nothing if the list held them."""
    gz = gazetteer.load()
    for name in ("Antofagasta", "Alaska", "Bubiyan Island"):
        assert not gz.lookup(name), name


@pytest.mark.parametrize(
    "sentence",
    [
        "Bolivia claims Antofagasta.",
        "Since 1904, Antofagasta has been claimed by Bolivia.",
        "Bolivia has laid claim to Antofagasta.",
    ],
)
def test_unknown_place_claimed(sentence: str) -> None:
    assert has(facts(sentence), "claims", claimant=BOLIVIA, territory=ANTOFAGASTA)


@pytest.mark.parametrize(
    ("sentence", "state", "land"),
    [
        ("Chile controls Antofagasta.", CHILE, ANTOFAGASTA),
        ("Since 1884, Antofagasta has been held by Chile.", CHILE, ANTOFAGASTA),
        ("Iraq controls Bubiyan Island.", IRAQ, BUBIYAN),
    ],
)
def test_unknown_place_controlled(sentence: str, state: str, land: str) -> None:
    assert has(facts(sentence), "controls", state=state, territory=land)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1867, Alaska was handed over to the United States.",
        "Russia, short of money after a war, handed Alaska over to the United States in 1867.",
        "Russia transferred Alaska to the United States in 1867.",
        "The handover of Alaska to the United States took place in 1867.",
    ],
)
def test_unknown_place_handed_over(sentence: str) -> None:
    found = find(facts(sentence), "handedOverTo", territory=ALASKA, to=US)
    assert [f.args["date"] for f in found] == ["1867"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers met in Antofagasta on Monday.",  # where they met
        "Bolivian officials visited the Antofagasta port.",  # a name modifying a noun
        "Bolivia claims the beaches near Antofagasta.",  # beside the land claimed
    ],
)
def test_place_named_in_passing_is_no_land_at_stake(sentence: str) -> None:
    found = facts(sentence)
    assert not [
        f
        for f in found
        if f.rel in ("claims", "controls", "handedOverTo", "disputes")
        and getattr(f.args.get("territory"), "key", None) == ANTOFAGASTA
    ]
