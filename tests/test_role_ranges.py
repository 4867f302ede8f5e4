"""Facts keep to the kinds the relation table declares (issue 12, fifteenth round): a held-out
build broke the shapes twice, with an office "of" a town and a European body as a claimant, and
once with one unknown valley labelled "Galwan Valley" in one article and "Galwan valley" in
another (two skos:prefLabel on one node)."""

from __future__ import annotations

import pytest
from helpers import facts

from kg.engines import local
from kg.ingest.nlp.rules import role_kinds
from kg.model import Entity
from kg.stores.embedded import Store
from kg.validate import validate

TOWN = Entity("City", "city/rio-branco", "Rio Branco")
VALLEY = Entity("Territory", "territory/galwan-valley", "Galwan Valley")
COMMISSION = Entity("Organization", "organization/european-commission", "European Commission")
JAPAN = Entity("State", "state/japan", "Japan")


@pytest.mark.parametrize(
    ("rel", "args", "fits"),
    [
        ("holdsRole", {"of": TOWN}, False),
        ("holdsRole", {"of": VALLEY}, False),
        ("holdsRole", {"of": COMMISSION}, True),
        ("holdsRole", {"of": JAPAN}, True),
        ("rejectsClaim", {"claimant": COMMISSION}, False),
        ("claims", {"claimant": JAPAN}, True),
        ("controls", {"state": VALLEY}, False),
        ("rejectsClaim", {"state": COMMISSION, "claimant": JAPAN}, True),  # a body may reject
    ],
)
def test_a_role_takes_the_kinds_its_range_declares(rel, args, fits):
    assert role_kinds.fit(rel, args) is fits


@pytest.mark.parametrize("noun", ["valley", "Valley"])
def test_an_unknown_land_is_labelled_the_same_however_its_noun_is_cased(noun):
    found = facts(f"China claims the Tumen {noun}, which North Korea also claims.")
    lands = {f.args["territory"].label for f in found if f.rel == "claims"}
    assert lands == {"Tumen Valley"}


def test_two_articles_casing_one_land_apart_build_a_conforming_graph(tmp_path):
    for name, noun in (("a.txt", "valley"), ("b.txt", "Valley")):
        (tmp_path / name).write_text(
            f"BEIJING, May 2, 2024 (Xinhua) -- China claims the Tumen {noun}, which North Korea "
            "also claims, Foreign Ministry spokesman Lin Jian said on Thursday.\n",
            encoding="utf-8",
        )
    db = Store(None)
    local.build([tmp_path], db)
    assert validate(db).conforms
