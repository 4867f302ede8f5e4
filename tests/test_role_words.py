"""An office as the article words it: a holding's role text is the title's own words ("premier",
"spokeswoman for Peru's defence ministry"), with the body an "of"/"for" phrase names; the graph
still has one org:Role node per canonical office, however worded; an epithet ("top diplomat")
titles nothing and gives the canonical name.

The sentences are written for these tests (not taken from the dev or held-out articles).
"""

from __future__ import annotations

import pytest
import rdflib
from helpers import facts, find, triples_graph

from kg import mapping
from kg.ingest import article

ORG_ROLE = rdflib.URIRef("http://www.w3.org/ns/org#role")
RUIZ, VEGA = "person/ana-ruiz", "person/luis-vega"
PERU_DEFENCE = "organization/ministry-of-defence-of-peru"


def _holding(text: str, person: str):
    found = find(facts(text), "holdsRole", person=person)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, spokeswoman for Peru's defence ministry, said the patrols would continue.",
        "Ana Ruiz, who is spokeswoman for Peru's defence ministry, said the patrols would continue.",
        "The patrols would continue, said Ana Ruiz, spokeswoman for Peru's defence ministry.",
        "Peru's defence ministry spokeswoman Ana Ruiz said the patrols would continue.",
        "Peruvian defence ministry spokeswoman Ana Ruiz said on Monday the patrols would continue.",
    ],
)
def test_the_role_is_the_titles_words_and_the_office_its_canonical_name(text):
    fact = _holding(text, RUIZ)
    assert fact.args["office"] == "spokesperson"
    # the title's words: "spokeswoman for Peru's defence ministry", "defence ministry spokeswoman"
    assert "spokeswoman" in fact.args["role"].split()
    assert fact.args["of"].key == PERU_DEFENCE


def test_the_body_an_of_phrase_names_stays_in_the_role():
    fact = _holding(
        "Luis Vega, director of the press department of Peru's foreign ministry, said the "
        "patrols would continue.",
        VEGA,
    )
    assert fact.args["office"] == "director"
    assert "press department" in fact.args["role"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile's premier, Luis Vega, said the patrols would continue.",
        "The patrols would continue, Chile's premier Luis Vega said on Monday.",
        "Luis Vega, who serves as Chile's premier, said the patrols would continue.",
    ],
)
def test_another_title_of_the_same_office_is_kept_as_written(text):
    fact = _holding(text, VEGA)
    assert (fact.args["role"], fact.args["office"]) == ("premier", "prime minister")
    assert fact.args["of"].key == "state/chile"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, Peru's top diplomat, said the patrols would continue.",
        "Peru's chief diplomat, Ana Ruiz, said the patrols would continue.",
    ],
)
def test_an_epithet_gives_the_canonical_office(text):
    fact = _holding(text, RUIZ)
    assert fact.args["role"] == fact.args["office"] == "foreign minister"


def test_a_state_after_the_title_is_whose_office_not_part_of_it():
    fact = _holding("Ana Ruiz, the minister of foreign affairs of Peru, met reporters.", RUIZ)
    assert "Peru" not in fact.args["role"]
    assert fact.args["of"].key == "state/peru"


def test_a_counterpart_takes_the_other_persons_words():
    fact = _holding(
        "Chile's premier, Luis Vega, and his Peruvian counterpart, Ana Ruiz, met in Lima.", RUIZ
    )
    assert (fact.args["role"], fact.args["office"]) == ("premier", "prime minister")


def test_two_wordings_of_one_office_share_one_role_node():
    ex = article.extract(
        article.parse(
            "Ana Ruiz, spokeswoman for Peru's defence ministry, said the patrols would continue. "
            "Luis Vega, Peru's defence ministry spokesman, said the navy would join them.",
            name="test",
            published="2024-05-01",
        )
    )
    roles = {f.args["role"] for f in ex.facts if f.rel == "holdsRole"}
    assert len(roles) == 2, roles  # worded apart ...
    g = triples_graph(mapping.extraction_quads(ex))
    assert set(g.objects(None, ORG_ROLE)) == {
        rdflib.URIRef("https://w3id.org/dispute-kg/id/role/spokesperson")
    }  # ... one office


@pytest.mark.parametrize(
    "text",
    [
        "The purchase was urged by Tokyo's nationalist governor, Kenji Mori, last spring.",
        "Kenji Mori, Tokyo's governor, urged the purchase last spring.",
        "The purchase was urged last spring by Kenji Mori, the governor of Tokyo.",
        "Tokyo's mayor, Kenji Mori, urged the purchase last spring.",  # another office of a city
    ],
)
def test_a_capital_with_a_citys_office_is_the_city_not_its_state(text):
    fact = _holding(text, "person/kenji-mori")
    assert fact.args["of"].key == "organization/government-of-tokyo"


def test_a_capital_with_a_states_office_stays_its_state():
    fact = _holding("Tokyo's top diplomat, Kenji Mori, urged the purchase.", "person/kenji-mori")
    assert fact.args["of"].key == "state/japan"
