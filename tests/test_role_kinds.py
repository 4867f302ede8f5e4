"""A fact's arguments are of the kinds the ontology's shapes require (ontology/shapes.ttl): a town
read as a part of land ("the town of Vyborg, part of Karelia") gives no part-of statement, which
SHACL would reject (dkg:part must point to a dkg:Territory)."""

from __future__ import annotations

import pytest
from helpers import entity

from kg.ingest.nlp.rules import role_kinds
from kg.ingest.nlp.rules.checks import sane

KARELIA = entity("Territory", "Karelia")
VYBORG = entity("City", "Vyborg")
HOGLAND = entity("Island", "Hogland")
FINLAND = entity("State", "Finland")
TREATY = entity("Document", "Treaty of Paris", subtype="treaty")


@pytest.mark.parametrize(
    ("part", "whole", "kept"),
    [
        (HOGLAND, KARELIA, True),
        (KARELIA, FINLAND, True),
        (VYBORG, KARELIA, False),  # a town is no part of land here
        (HOGLAND, VYBORG, False),  # nor a whole
        (HOGLAND, TREATY, False),
    ],
)
def test_a_part_of_statement_is_of_land_in_land_or_a_state(part, whole, kept):
    assert sane("partOf", {"part": part, "whole": whole}) is kept


def test_the_check_is_the_one_every_fact_passes_where_it_is_added():
    """Collector.add drops a fact whose kinds do not fit, whichever reading made it."""
    assert not role_kinds.fit("partOf", {"part": VYBORG, "whole": KARELIA})
    assert role_kinds.fit("controls", {"state": FINLAND, "territory": KARELIA})


@pytest.mark.parametrize("rel", ["controls", "claims", "assertsSovereignty", "handedOverTo"])
def test_a_town_fills_no_territory_role(rel):
    """dkg:territory must point to land (shapes.ttl's territoryValue): "the oasis town of Figuig ...
    until Algeria took them over" gives no control of the town, which SHACL would reject."""
    assert not role_kinds.fit(rel, {"state": FINLAND, "territory": VYBORG})
    assert role_kinds.fit(rel, {"state": FINLAND, "territory": HOGLAND})
