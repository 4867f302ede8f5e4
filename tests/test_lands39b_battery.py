"""A land named by its own feature word is land, not a person: an English name whose last word is
a lake's, a dam's, a barrage's or a glacier's ("Pangong Lake", "the Kariba Dam"), and a name
opened by a mountain's or a cape's word in the land's language ("Mont Blanc", "Ras Jedir")
(issue 12, nineteenth round, lands39b).

Seen as people in eight articles of six batches (TT, T, TTTTTT, TTTTTTTT, TTTTTTTTT,
TTTTTTTTTT): a run of capitals with no word of its own for a place is read as a person's name, so
the facts on the lake, dam, summit or headland were lost. The words are data
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
    ("Tunisia reopened the Ras Ajdar crossing on its border with Libya.", "Ras Ajdar"),
    ("Fishermen from Ras Kambo were detained by the coast guard.", "Ras Kambo"),
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
