"""Places the gazetteer lacks, which the statistical recogniser mistypes, are land where the grammar
says so (issue 12, unknown lands).

A proper name in a land-only role of a trigger class (data/lexicon/relations.yaml: the object of
"occupy", "seize", "cede", "annex", what "a dispute over" is over) is a territory whatever the
recogniser calls it, unless the text gives a person's or a body's cue (an honorific or title, a
body's word as its head). Elsewhere the name keeps the recogniser's reading. The sentences are
written for these tests; the names are ones the gazetteer does not know.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has

from kg import gazetteer
from kg.iris import entity_key

NAMES = [
    "Walvis Bay",
    "Badme",
    "Melitopol",
    "Katchatheevu",
    "Transylvania",
    "San Andres",
    "Tokmak",
]


def land(name: str) -> str:
    return entity_key("Territory", name)


def test_the_battery_names_are_unknown_to_the_gazetteer():
    """The battery is about names the gazetteer cannot settle: were one added, its test would no
    longer read the grammar."""
    gz = gazetteer.load()
    assert not [n for n in NAMES if gz.lookup(n)]


HANDOVERS = [  # (sentence, territory, to)
    ("Walvis Bay was ceded to Namibia by South Africa in 1994.", "Walvis Bay", "state/namibia"),
    ("South Africa ceded Walvis Bay to Namibia in 1994.", "Walvis Bay", "state/namibia"),
    (
        "South Africa, after years of talks, finally transferred Walvis Bay to Namibia.",
        "Walvis Bay",
        "state/namibia",
    ),
    ("India ceded Katchatheevu to Sri Lanka in 1974.", "Katchatheevu", "state/sri-lanka"),
    ("Katchatheevu was handed over to Sri Lanka in 1974.", "Katchatheevu", "state/sri-lanka"),
    (
        "The handover of Katchatheevu to Sri Lanka angered fishermen.",
        "Katchatheevu",
        "state/sri-lanka",
    ),
]


@pytest.mark.parametrize("sentence, name, to", HANDOVERS)
def test_a_name_handed_over_is_land(sentence, name, to):
    assert has(facts(sentence), "handedOverTo", territory=land(name), to=to)


CONTROL = [  # (sentence, state, territory)
    ("Eritrea occupied Badme in 1998.", "state/eritrea", "Badme"),
    ("Badme was occupied by Eritrea in 1998.", "state/eritrea", "Badme"),
    ("Eritrea, which had just won independence, seized Badme in 1998.", "state/eritrea", "Badme"),
    ("Russian forces seized Melitopol in March.", "state/russia", "Melitopol"),
    ("Russia annexed Melitopol in September.", "state/russia", "Melitopol"),
    ("Romania annexed Transylvania in 1920.", "state/romania", "Transylvania"),
    ("Russia's seizure of Melitopol was condemned.", "state/russia", "Melitopol"),  # nominalisation
]


@pytest.mark.parametrize("sentence, state, name", CONTROL)
def test_a_name_occupied_seized_or_annexed_is_land(sentence, state, name):
    assert has(facts(sentence), "controls", state=state, territory=land(name))


@pytest.mark.parametrize(
    "sentence",
    [
        "Colombia and Nicaragua have a long-running dispute over San Andres.",
        "Colombia and Nicaragua remain locked in a dispute over San Andres.",
    ],
)
def test_a_town_word_in_a_land_role_is_land(sentence):
    """ "San" reads as a town's first word; what a dispute is over is land."""
    found = find(facts(sentence), "disputes", territory=land("San Andres"))
    assert found and found[0].args["territory"].kind != "City"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Hungary claims Transylvania.", "Transylvania"),
        ("Russia and Ukraine both claim Tokmak.", "Tokmak"),
        ("Hungary has long claimed sovereignty over Transylvania.", "Transylvania"),
        ("Eritrea's claim to Badme was upheld.", "Badme"),
    ],
)
def test_a_name_claimed_is_land(sentence, name):
    assert any(f.rel == "claims" and f.args["territory"].key == land(name) for f in facts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Walvis said the talks had failed.",  # a speaker, no land role
        "Eritrea occupied the Badme Foundation's offices.",  # a body
        "Eritrea criticised the Badme Foundation.",
        "Melitopol's mayor met Russian officers.",  # a possessive of a person noun
        "Russian forces seized Mr Melitopol in March.",  # an honorific
        "Russian troops seized Dr Melitopol in March.",
        "Russia annexed Crimea, President Melitopol said.",  # a title: a speaker
        "Melitopol said Russia had seized the city.",  # a speech verb's subject
        "Russian forces seized Melitopol, a retired general, in March.",  # a title in apposition
        "Fishermen from San Andres said they were not consulted.",  # a town where no land is at stake
    ],
)
def test_a_name_with_a_person_or_body_cue_or_no_land_role_is_no_land(sentence):
    keys = {
        a.key
        for f in facts(sentence)
        for a in f.args.values()
        if hasattr(a, "key") and a.key.startswith("territory/")
    }
    assert not keys & {land(n) for n in NAMES} and not any(
        k.startswith(("territory/badme", "territory/mr", "territory/walvis")) for k in keys
    )


def test_the_same_name_is_the_same_land_in_every_article():
    """Deterministic: the land's key is its name's own, in any sentence."""
    a = find(facts("Eritrea occupied Badme in 1998."), "controls")
    b = find(facts("Badme was seized by Eritrea."), "controls")
    assert a and b and a[0].args["territory"].key == b[0].args["territory"].key == land("Badme")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyrgyzstan has controlled Sokhra and Vorukh since 1991.",
        "Sokhra and Vorukh were occupied by Kyrgyzstan in 1991.",
    ],
)
def test_coordinated_names_are_each_their_own_land(sentence):
    """The recogniser may read two names joined by "and" as one body; each conjunct is a land."""
    found = facts(sentence)
    for name in ("Sokhra", "Vorukh"):
        assert has(found, "controls", state="state/kyrgyzstan", territory=land(name))


@pytest.mark.parametrize(
    "sentence, state, name",
    [
        ("Eritrean troops occupied the Badme area in 1998.", "state/eritrea", "Badme area"),
        ("The Badme area was seized by Eritrea.", "state/eritrea", "Badme area"),
        (
            "Romania took control of the Transylvania area in 1918.",
            "state/romania",
            "Transylvania area",
        ),
    ],
)
def test_a_land_noun_names_an_unknown_land(sentence, state, name):
    """ "the Badme area": the land noun says what the recogniser took for a body."""
    assert has(facts(sentence), "controls", state=state, territory=land(name))


def test_the_island_of_an_unknown_name_is_that_island():
    found = facts("Britain ceded the island of Lundy to Germany in 1890.")
    assert has(found, "handedOverTo", territory=land("Lundy"), to="state/germany")


@pytest.mark.parametrize(
    "text",
    [
        "Britain ceded Lundy to Germany in 1890. Germany later annexed the island.",
        "Britain ceded Lundy to Germany in 1890.\n\nGermany later annexed the island.",
        "Lundy was handed over to Germany in 1890. The island was later annexed by Germany.",
    ],
)
def test_the_island_after_the_one_unknown_land_is_that_land(text):
    """The recogniser and the roles say land, not what kind: "the island" is the one such land
    named when no island is, in the same paragraph as in the next."""
    assert has(facts(text), "controls", state="state/germany", territory=land("Lundy"))


def test_the_island_after_two_unknown_lands_is_left_unresolved():
    """Two lands of no told kind: "the island" may be either, and is neither."""
    text = "Britain ceded Lundy to Germany, and Germany gave up Witu. Germany annexed the island."
    found = facts(text)
    assert not find(found, "controls", state="state/germany")
