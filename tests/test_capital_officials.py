"""An official with a bare title serves the state whose capital their own clause is set in
(kg.ingest.nlp.rules.capital_officials), in any voice and word order, but not where the article
has them meet someone (talks are held abroad), not for a town that is no capital, and not for a
capital named in a clause they only report."""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

PAKISTAN, INDIA = "state/pakistan", "state/india"
CROATIA, BOSNIA = "state/croatia", "state/bosnia-and-herzegovina"
LEAD = "India and Pakistan both claim the whole of Kashmir. "

AT_HOME: list = [
    # active, the place on the event the official's verb names
    (
        LEAD
        + "Prime Minister Tariq Mahmood unveiled the new map at a ceremony in Islamabad, a day "
        "before the anniversary of India's decision.",
        "Tariq Mahmood",
        PAKISTAN,
    ),
    # an inserted participle between the subject and its verb
    (
        LEAD
        + "Prime Minister Tariq Mahmood, flanked by his ministers, unveiled the map in Islamabad "
        "and criticised India's decision.",
        "Tariq Mahmood",
        PAKISTAN,
    ),
    # a speech verb, the place after a cabinet session, another state named in the clause
    (
        "Croatia and Bosnia and Herzegovina disagree over the bridge. Prime Minister Andrej Kovacevic "
        "spoke after a cabinet session in Zagreb, dismissing the Bosnian objections.",
        "Andrej Kovacevic",
        CROATIA,
    ),
]


@pytest.mark.parametrize(("text", "person", "state"), AT_HOME)
def test_a_bare_title_acting_in_a_capital_serves_its_state(text, person, state):
    found = facts(text)
    assert has(
        found, "holdsRole", person=person.lower().replace(" ", "-").join(["person/", ""]), of=state
    ), shown(found)


#: (text, the official, the state the capital would wrongly give)
NOT_PLACED: list = [
    # a meeting abroad: talks are held in the host's capital
    (
        "Bosnia and Serbia dispute the dams on the Drina. Foreign Minister Edin Kovac held talks "
        "with his Serbian counterpart Marko Djuric on the sidelines of a conference in Skopje.",
        "person/edin-kovac",
        "state/north-macedonia",
    ),
    # a capital in a clause the official only reports
    (
        "Serbia and Kosovo dispute the mine. Foreign Minister Edin Kovac said the talks in "
        "Belgrade had failed.",
        "person/edin-kovac",
        "state/serbia",
    ),
    # acting with another state's official
    (
        "Canada and the United States disagree over the passage. Secretary of State Walter "
        "Grange and Canada's foreign minister Joe Clark signed the agreement in Ottawa in 1988.",
        "person/walter-grange",
        "state/canada",
    ),
]


@pytest.mark.parametrize(("text", "person", "state"), NOT_PLACED)
def test_a_capital_the_official_does_not_act_in_at_home_names_no_state(text, person, state):
    none_told(text, "holdsRole", {"person": person, "of": state})


@pytest.mark.parametrize(
    "text",
    [
        # a town that is no capital
        "India and Pakistan both claim Kashmir. Prime Minister Tariq Mahmood spoke to "
        "reporters in Karachi on Tuesday.",
        # a passive's agent: signers sign abroad as often as at home
        "India and Pakistan both claim the whole of Kashmir. The accord was signed by Foreign "
        "Minister Tariq Mahmood in Islamabad on Tuesday.",
    ],
)
def test_no_capital_reading(text):
    found = facts(text)
    assert not [f for f in found if f.evidence.rule == "title-capital"], shown(found)
