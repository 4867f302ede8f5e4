"""A land named by its own feature word is land, not a person: an English name whose last word is
a lake's, a dam's, a barrage's or a glacier's ("Pangong Lake", "the Kariba Dam"), and a name
opened by a mountain's word in the land's language ("Mont Blanc")
(issue 12, nineteenth round, lands39b).

Seen as people in four articles of four batches (TT, TTTTTTTT, TTTTTTTTT, TTTTTTTTTT): a run of
capitals with no word of its own for a place is read as a person's name, so the facts on the lake, dam or summit were lost ("Ras", a cape's word, is a given name too:
"Ras Baraka", tests/test_entities21_battery.py). The words are data
(``data/lexicon/places.yaml`` ``lands``). Sentences written for these tests, in news style.
"""

from __future__ import annotations

import pytest
from helpers import entity_kinds, facts

LANDS = [
    # -- the last word: a lake, a dam, a barrage, a glacier
    ("Troops of both armies pulled back from the shores of Tsomo Lake on Monday.", "Tsomo Lake"),
    ("Tsomo Lake, which both countries claim, froze early this year.", "Tsomo Lake"),
    ("Sudan fears the Kassala Dam will cut the river's flow.", "Kassala Dam"),
    ("The Kassala Dam was completed by Eritrea in 2019.", "Kassala Dam"),
    ("Dhaka says the Mirpur Barrage diverts water from its farms.", "Mirpur Barrage"),
    ("Water released at the Mirpur Barrage flooded villages downstream.", "Mirpur Barrage"),
    ("Patrols of both states met on the Siachen-style Lorin Glacier in May.", "Lorin Glacier"),
    # -- the first word: a mountain, a cape
    ("Both mayors claim the summit of Mont Valier.", "Mont Valier"),
    ("Mont Valier was long disputed by the two villages.", "Mont Valier"),
]


@pytest.mark.parametrize(("text", "name"), LANDS)
def test_named_by_its_feature_word_is_land(text: str, name: str) -> None:
    kinds = entity_kinds(text)
    assert kinds.get(name) == "Territory", kinds


def test_a_claimed_lake_is_a_claimed_territory() -> None:
    for text in (
        "China claims Tsomo Lake.",
        "Tsomo Lake is claimed by China.",
        "China has laid claim to the whole of Tsomo Lake.",
    ):
        claims = {
            (f.args["claimant"].label, f.args["territory"].label)
            for f in facts(text)
            if f.rel == "claims" and not f.negated
        }
        assert ("China", "Tsomo Lake") in claims, (text, claims)


def test_a_disputed_dam_is_disputed() -> None:
    for text in (
        "Egypt and Sudan dispute the Kassala Dam.",
        "The Kassala Dam is disputed by Egypt and Sudan.",
    ):
        disputed = {f.args["territory"].label for f in facts(text) if f.rel == "disputes"}
        assert "Kassala Dam" in disputed, (text, disputed)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ambassador Michael Lake met the foreign minister in Rome.", "Michael Lake"),
        ("Talks were led by Jane Glacier-Smith, the envoy.", "Jane Glacier-Smith"),
    ],
)
def test_a_person_named_so_stays_a_person(text: str, name: str) -> None:
    assert entity_kinds(text).get(name) != "Territory"


# -- "the state of X": a federation's state named after its noun (lands39b, second fix)
#
# Seen in seven articles of five batches (O, TT, TTTTTT, TTTTTTTT, TTTTTTTTTT: "the state of Sarawak",
# "the Austrian state of Vorarlberg", "the princely state of Kutch", "the state of Chiapas"): "state"
# names a place in lower case only after a name ("Gujarat state"), so a name after its "of" was
# read as a body or not at all.
STATES_OF = [
    ("Malaysia considers the reef part of the state of Penang.", "Penang"),
    ("The reef, Malaysia says, lies within the state of Penang.", "Penang"),
    ("The assembly of the Austrian state of Tyrolia backed the accord.", "Tyrolia"),
    ("The accord was backed by the assembly of the Austrian state of Tyrolia.", "Tyrolia"),
    ("The marsh was part of the former princely state of Rampura.", "Rampura"),
]


@pytest.mark.parametrize(("text", "name"), STATES_OF)
def test_state_of_a_name_is_land(text: str, name: str) -> None:
    kinds = entity_kinds(text)
    assert kinds.get(name) == "Territory", kinds


@pytest.mark.parametrize(
    "text",
    [
        "The two countries formally ended the state of war in 1956.",
        "Russia regards itself as the successor state of the Soviet Union.",
        "The law declares the region a new state of Venezuela.",
        "No member state of the United Nations has recognised the republic.",
    ],
)
def test_state_of_no_new_name_makes_no_land(text: str) -> None:
    kinds = entity_kinds(text)
    assert not any(k == "Territory" for k in kinds.values()), kinds
