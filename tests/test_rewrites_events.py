"""Events and stances read from grammar survive rewrites that keep the meaning (issue 12, points 2-4).

Declaring a thing invalid, meetings, court rulings and orders, and "X's dispute with Y": each fact
told several ways - active and passive, a clause or apposition put in between, another trigger of
the same class (data/lexicon/relations.yaml), a nominalisation, the title after the name. The
sentences are written for these tests, not taken from the dev articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import facts, has

from kg.ingest.sources import extract_source

LIMA = Path(__file__).parent / "data" / "events" / "lima.txt"

INDIA, PAKISTAN, CHINA = "state/india", "state/pakistan", "state/china"

VOID = [
    'India declared the border accord between China and Pakistan "null and void".',
    "India, in a statement on Monday, called the border accord between China and Pakistan illegal.",
    "India regards the border accord between China and Pakistan as invalid.",
    "India said that the border accord between China and Pakistan was unlawful.",
    "The Indian foreign ministry said the border accord between China and Pakistan has no legal effect.",
    "Indian Foreign Minister Ravi Kumar considers the border accord between China and Pakistan illegitimate.",
    "Ravi Kumar, India's foreign minister, insisted that the border accord between China and Pakistan "
    "was null and void.",
    "The border accord between China and Pakistan was declared null and void by India.",
    "India declared the border accord between China and Pakistan null and void.",  # misparsed
]


@pytest.mark.parametrize("sentence", VOID)
def test_declaring_a_thing_invalid_rejects_it(sentence):
    found = facts(sentence)
    rejects = [f for f in found if f.rel == "rejectsClaim"]
    assert has(found, "rejectsClaim", state=INDIA, claimant=CHINA), rejects
    assert all("border accord" in f.args["what"] for f in rejects), rejects


def test_they_who_declared_are_the_people_last_named_together():
    found = facts(
        "Indian foreign minister Ravi Kumar and his Bhutanese counterpart, Tashi Dorji, arrived on "
        "Sunday. They declared the border accord between China and Pakistan null and void."
    )
    for state in (INDIA, "state/bhutan"):
        assert has(found, "rejectsClaim", state=state, claimant=CHINA), found


def test_a_body_of_a_state_that_declares_a_deal_illegal_is_its_states_rejection():
    found = facts("The Indian foreign ministry declared the Greentree Agreement illegal.")
    assert has(found, "rejectsClaim", state=INDIA), found


def test_a_body_of_no_stated_state_rejects_nothing_for_a_state():
    found = facts("The Senate declared last November that the Greentree Agreement was illegal.")
    rejections = [f for f in found if f.rel == "rejectsClaim"]  # whose Senate is not said: the
    assert all(f.args["state"].kind != "State" for f in rejections), found  # body's, no state's


@pytest.mark.parametrize(
    "sentence",
    [
        "India did not declare the border accord between China and Pakistan illegal.",
        "India said the border accord between China and Pakistan was not invalid.",
        "The border accord between China and Pakistan is illegal.",  # nobody's view: no rejecter
    ],
)
def test_no_rejection_where_nobody_declares_the_thing_invalid(sentence):
    found = facts(sentence)
    assert not has(found, "rejectsClaim", state=INDIA, claimant=CHINA)
    assert not any(
        f.rel == "rejectsClaim" and "border accord" in str(f.args.get("what")) for f in found
    ), found


ANA, LUIS = "person/ana-soto", "person/luis-vega"
INTRO = (
    "Chilean foreign minister Ana Soto and her Peruvian counterpart, Luis Vega, arrived on Sunday. "
)

MEETINGS = [
    "Ana Soto met Luis Vega in Lima on Monday.",
    "Ana Soto, Chile's foreign minister, met on Monday in Lima with Luis Vega.",
    "Luis Vega was received by Ana Soto in Lima on Monday.",
    "Ana Soto and Luis Vega held talks in Lima on Monday.",
    "Ana Soto held a meeting with Luis Vega on the sidelines of a summit in Lima on Monday.",
    "The meeting between Ana Soto and Luis Vega in Lima on Monday lasted two hours.",
    "Ana Soto spoke to reporters in Lima on Monday after talks with Luis Vega.",
    "Ana Soto spoke by phone with Luis Vega on Monday.",
    INTRO + "The two ministers met in Lima on Monday.",
    INTRO + "They met in Lima on Monday.",
]


@pytest.mark.parametrize("sentence", MEETINGS)
def test_a_meeting_survives_its_rewrites(sentence):
    found = [f for f in facts(sentence) if f.rel == "meeting"]
    assert len(found) == 1, found
    assert {p.key for p in found[0].args["participants"]} == {ANA, LUIS}
    assert found[0].args["date"] == "2020-05-04"  # the Monday before Tuesday 5 May 2020
    if "Lima" in sentence:
        assert found[0].args["place"].key == "city/lima"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Soto said she would meet Luis Vega in Lima next week.",  # not yet met
        "Ana Soto did not meet Luis Vega in Lima.",
        "Chile and Peru held talks in Lima on Monday.",  # states: no people met
        "Ana Soto met reporters in Lima on Monday.",  # one person is no meeting
        "Ana Soto called for talks with Luis Vega.",  # asked for, not held
    ],
)
def test_no_meeting_where_none_took_place(sentence):
    assert not [f for f in facts(sentence) if f.rel == "meeting"]


GUYANA, VENEZUELA = "state/guyana", "state/venezuela"
ESSEQUIBO = "territory/guayana-esequiba"

DISPUTES = [
    "Venezuela's long-running territorial dispute with Guyana over the Essequibo region flared again.",
    "The dispute between Venezuela and Guyana over the Essequibo region flared again.",
    "Venezuela, in a bitter border row with Guyana, claims the Essequibo region.",
    "Guyana administers the Essequibo region in a territorial dispute with Venezuela.",
    "Venezuela's conflict with Guyana, which concerns the Essequibo region, flared again.",
]


@pytest.mark.parametrize("sentence", DISPUTES)
def test_a_dispute_with_names_its_parties(sentence):
    found = facts(sentence)
    disputes = [f for f in found if f.rel == "disputes"]
    assert any(
        {p.key for p in f.args["parties"]} == {GUYANA, VENEZUELA}
        and f.args["territory"].key == ESSEQUIBO
        for f in disputes
    ), disputes


ICJ = "organization/international-court-of-justice"

RULINGS = [
    "The International Court of Justice ruled on Friday that Venezuela must not annex the Essequibo region.",
    "The International Court of Justice, the UN's top court, decided on Friday that Venezuela must not "
    "annex the Essequibo region.",
    "On Friday the International Court of Justice found that Venezuela must not annex the Essequibo "
    "region.",
    "The International Court of Justice on Friday ordered Venezuela not to annex the Essequibo region.",
    "The International Court of Justice ruled on Friday that the region lies in Guyana and that "
    "Venezuela is obliged not to annex the Essequibo region.",
]


@pytest.mark.parametrize("sentence", RULINGS)
def test_a_courts_ruling_is_issued_and_obliges_the_party_it_names(sentence):
    found = facts(sentence)
    issued = [f for f in found if f.rel == "issued" and f.args["issuer"].key == ICJ]
    assert len(issued) == 1, found
    doc = issued[0].args["document"]
    assert issued[0].args["date"] == "2020-05-01" and doc.subtype == "Ruling"
    assert has(found, "obliges", document=doc.key, party=VENEZUELA)
    [order] = [f for f in found if f.rel == "obliges"]
    assert (
        order.args["action"].startswith("not")
        and "annex the Essequibo region" in order.args["action"]
    )


def test_a_ministry_that_finds_makes_no_ruling():
    found = facts("The Venezuelan foreign ministry found that Guyana must not drill in the area.")
    assert not [f for f in found if f.rel in ("issued", "obliges")], found


def test_every_reader_the_trigger_classes_name_exists():
    from kg.ingest.nlp.rules.relations import READERS
    from kg.ingest.nlp.triggers import load

    named = {t.reader for rel in load() for t in rel.triggers if t.reader}
    assert named and named <= set(READERS), named - set(READERS)


def test_the_readme_example_meets_and_declares():
    """tests/data/events/lima.txt, the README's example: a meeting of the two ministers named the
    sentence before, and their states' rejection of the accord they declared null and void."""
    [ex] = list(extract_source(LIMA))
    met = [f for f in ex.facts if f.rel == "meeting"]
    assert [{p.key for p in f.args["participants"]} for f in met] == [
        {"person/ana-soto", "person/luis-vega"}
    ]
    assert met[0].args["place"].key == "city/lima" and met[0].args["date"] == "2020-05-04"
    rejects = [f for f in ex.facts if f.rel == "rejectsClaim"]
    assert {f.args["state"].key for f in rejects} == {"state/chile", "state/peru"}
    assert {f.args["what"] for f in rejects} == {
        "the 1929 border accord between Bolivia and Paraguay"
    }
