"""What documents do and suffer, read from grammar, survives rewrites (issue 12, document relations).

Each group is one fact told several ways (active and passive, an inserted clause, a fronted reason,
another trigger of the same class in data/lexicon/relations.yaml, a nominalisation), followed by
sentences that look alike and state no such fact. The sentences are written for these tests, about
other disputes than the dev articles' where the wording allows, not taken from the dev articles.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

DOKDO = "territory/liancourt-rocks"
HANS = "territory/hans-island"
KURILS = "territory/kuril-islands"

#: The sentence before: which dispute "the row", "the quarrel" is (the article is about it).
KOREA_JAPAN = "South Korea and Japan have quarrelled over the Dokdo islets for decades. "


# -- obstruction: a dispute keeps a document from being made ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # the dispute does it
        KOREA_JAPAN + "The row has kept the two neighbours from signing a fisheries treaty.",
        KOREA_JAPAN + "A fisheries treaty has been held up for years by the row.",
        KOREA_JAPAN + "What has kept the two neighbours from a fisheries treaty is the row.",
        KOREA_JAPAN + "The row over the islets still stands in the way of a fisheries treaty.",
        # the document not made, the dispute given as the reason
        KOREA_JAPAN + "Because of the row, Seoul and Tokyo have yet to sign a fisheries treaty.",
        KOREA_JAPAN
        + "Seoul and Tokyo, because of the row, have never concluded a fisheries treaty.",
        KOREA_JAPAN + "A fisheries treaty has never been signed by Seoul and Tokyo because of the "
        "row.",
        KOREA_JAPAN
        + "Owing to the row, Seoul and Tokyo have failed to conclude a fisheries treaty.",
        # the dispute called the reason
        KOREA_JAPAN + "The row is the reason Seoul and Tokyo have never signed a fisheries treaty.",
        KOREA_JAPAN + "The row is the main reason why the two neighbours never concluded a "
        "fisheries treaty.",
        KOREA_JAPAN + "The reason Seoul and Tokyo have never signed a fisheries treaty is the row.",
        KOREA_JAPAN + "The row is why Seoul and Tokyo never signed a fisheries treaty.",
    ],
)
def test_a_dispute_that_keeps_a_treaty_from_being_made_obstructs_it(sentence):
    found = find(facts(sentence), "obstructs", territory=DOKDO)
    assert [f.args["document"].label for f in found] == ["fisheries treaty"], shown(facts(sentence))


def test_such_a_deal_is_the_document_just_named():
    sentence = (
        KOREA_JAPAN
        + "The lack of a fisheries treaty has long weighed on their ties. What has kept "
        "the two neighbours from such a deal is the row over the islets."
    )
    found = find(facts(sentence), "obstructs", territory=DOKDO)
    assert [f.args["document"].label for f in found] == ["fisheries treaty"], shown(facts(sentence))


def test_the_disputes_own_territory_is_the_one_obstructing():
    sentence = (
        "Because of their dispute over Hans Island, Canada and Denmark had never concluded a "
        "boundary treaty."
    )
    found = find(facts(sentence), "obstructs", territory=HANS)
    assert [f.args["document"].label for f in found] == ["boundary treaty"], shown(facts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the treaty was made: a reason for making it obstructs nothing
        KOREA_JAPAN + "Because of the row, Seoul and Tokyo signed a fisheries treaty.",
        KOREA_JAPAN + "The row is the reason Seoul and Tokyo signed a fisheries treaty.",
        # not made, but for a reason that is no dispute
        KOREA_JAPAN
        + "Because of the election, Seoul and Tokyo have yet to sign a fisheries treaty.",
        KOREA_JAPAN + "The weather is the reason the ministers never signed a fisheries treaty.",
        # not made, and no reason given
        KOREA_JAPAN + "Seoul and Tokyo have never signed a fisheries treaty.",
        # a fear, not a fact
        KOREA_JAPAN + "The row could delay a fisheries treaty.",
    ],
)
def test_no_obstruction_without_a_dispute_keeping_the_document_unmade(sentence):
    assert not find(facts(sentence), "obstructs"), shown(facts(sentence))


# -- orders: what a court's order obliges, and that the court issued it ------------------------------

ITLOS = "The International Tribunal for the Law of the Sea issued an order on Monday. "
CHILE, PERU = "state/chile", "state/peru"


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # the court named, the order named in an "in" phrase
        (ITLOS + "In its order, the tribunal barred Chile from fishing in the zone.", {CHILE}),
        (
            ITLOS + "In that order, the tribunal told Chile that it must not fish in the zone.",
            {CHILE},
        ),
        # the court's members ("the judges", "the arbitrators"): the order the court issued
        (
            ITLOS
            + "The judges also instructed Chile and Peru to refrain from fishing in the zone.",
            {CHILE, PERU},
        ),
        (
            ITLOS + "The judges, in a unanimous order, barred Chile from fishing in the zone.",
            {CHILE},
        ),
        (ITLOS + "The judges ordered Peru not to fish in the zone.", {PERU}),
    ],
)
def test_an_order_obliges_each_party_it_names(sentence, parties):
    found = facts(sentence)
    obliges = [f for f in found if f.rel == "obliges"]
    assert {f.args["party"].key for f in obliges} == parties, shown(found)
    assert all("fish" in f.args["action"] for f in obliges), shown(obliges)
    [issued] = {f.args["document"].key for f in found if f.rel == "issued"}
    assert {f.args["document"].key for f in obliges} == {issued}


@pytest.mark.parametrize(
    "sentence",
    [
        "The tribunal said in a 2016 award that Chile was obliged to stop fishing in the zone.",
        "The tribunal issued a 2016 award that Chile is obliged to stop fishing in the zone.",
    ],
)
def test_what_a_document_says_a_party_is_obliged_to_it_obliges(sentence):
    found = facts(ITLOS + sentence)
    obliges = find(found, "obliges", party=CHILE)
    assert [f.args["document"].label for f in obliges] == ["award of 2016"], shown(found)
    assert obliges[0].args["action"] == "to stop fishing in the zone"


def test_barred_from_is_an_obligation_not_to():
    found = facts(ITLOS + "In its order, the tribunal barred Chile from fishing in the zone.")
    [order] = [f for f in found if f.rel == "obliges"]
    assert order.args["action"] == "not fishing in the zone", order.args


def test_an_order_told_in_an_opinion_is_issued_by_the_court_on_the_day():
    found = facts(
        "In its order, the International Court of Justice told Chile that it must not fish."
    )
    issued = find(found, "issued", issuer="organization/international-court-of-justice")
    assert [f.args.get("date") for f in issued] == ["2020-05-05"], shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        # judges with no court told before, a ministry's order, a barred act of no party
        "The judges also instructed Chile and Peru to refrain from fishing in the zone.",
        "The foreign ministry barred Chile from fishing in the zone.",
        ITLOS + "The judges also instructed the fishermen to leave the zone.",
        # not barred
        ITLOS + "The judges did not bar Chile from fishing in the zone.",
    ],
)
def test_no_obligation_without_a_court_and_a_party(sentence):
    assert not [f for f in facts(sentence) if f.rel == "obliges"], shown(facts(sentence))


# -- adherence: a party still bound by a document -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile remains committed to the 1904 border treaty.",
        "Chile has never rejected the 1904 border treaty.",
        "Chile, as its signatory since 1904, remains committed to the 1904 border treaty.",
        "Chile, the foreign minister said, has not renounced the 1904 border treaty.",
        '"We have never rejected the 1904 border treaty," Chilean Foreign Minister Ana Soto said.',
        '"We remain committed to the 1904 border treaty," said Ana Soto, the Chilean foreign '
        "minister.",
    ],
)
def test_a_party_that_keeps_to_a_document_adheres_to_it(sentence):
    found = find(facts(sentence), "adheresTo", party=CHILE)
    assert [f.args["document"].label for f in found] == ["border treaty of 1904"], shown(
        facts(sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile rejected the 1904 border treaty.",
        "Chile has renounced the 1904 border treaty.",
        '"We have rejected the 1904 border treaty," Chilean Foreign Minister Ana Soto said.',
        "Chile never rejected Peru's claim to the islands.",
    ],
)
def test_a_rejection_that_was_made_is_no_adherence(sentence):
    assert not find(facts(sentence), "adheresTo"), shown(facts(sentence))


# -- conditions a document sets ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The 1992 memorandum states that the border commission will meet only if both parliaments "
        "ratify the accord.",
        "According to the 1992 memorandum, the border commission will meet once both parliaments "
        "ratify the accord.",
        "The border commission, according to the 1992 memorandum, will meet provided that both "
        "parliaments ratify the accord.",
        "According to the 1992 memorandum, the minister said, the border commission will meet once "
        "both parliaments ratify the accord.",
        "The 1992 memorandum made the meeting of the border commission conditional on both "
        "parliaments ratifying the accord.",
        "The 1992 memorandum made the meeting of the border commission dependent upon the "
        "ratification of the accord by both parliaments.",
    ],
)
def test_a_document_that_sets_a_condition_conditions_what_it_says(sentence):
    found = [f for f in facts(sentence) if f.rel == "conditionedOn"]
    assert len(found) == 1, shown(facts(sentence))
    args = found[0].args
    assert args["document"].label == "memorandum of 1992", args
    assert "ratif" in args["condition"] and "commission" not in args["condition"], args
    assert "border commission" in args["what"] and "ratif" not in args["what"], args
    assert "minister" not in args["what"], args


@pytest.mark.parametrize(
    "sentence",
    [
        "The 1992 memorandum states that the border commission met in May.",  # no condition
        "According to the minister, the border commission will meet once both parliaments ratify "
        "the accord.",  # no document
        "The 1992 memorandum made the border commission responsible for the survey.",
    ],
)
def test_no_condition_without_a_document_and_a_conditional_clause(sentence):
    assert not [f for f in facts(sentence) if f.rel == "conditionedOn"], shown(facts(sentence))


def test_a_handover_a_document_promises_on_a_condition_is_one_promise_with_it():
    """FORMAT.md: a document that itself promises a handover on a condition is one
    promisesHandover with its condition, not a conditionedOn."""
    found = facts(
        "The 1992 memorandum states that Habomai will be handed over to Japan only if all "
        "foreign troops leave."
    )
    assert not [f for f in found if f.rel == "conditionedOn"], shown(found)
    [promise] = [f for f in found if f.rel == "promisesHandover"]
    assert "foreign troops leave" in promise.args["condition"]


def test_the_document_is_the_one_that_exists_not_a_treaty_still_to_be_made():
    found = facts(
        "The 1956 declaration restored ties between Japan and the Soviet Union. The two countries "
        "have since taken steps toward a peace treaty. Russia adheres to this document, Lavrov said."
    )
    assert [f.args["document"].key for f in found if f.rel == "adheresTo"] == [
        "document/soviet-japanese-joint-declaration"
    ], shown(found)


# -- what a court's ruling recognises ---------------------------------------------------------------

ICJ = "organization/international-court-of-justice"


@pytest.mark.parametrize(
    "sentence",
    [
        "The International Court of Justice ruled on Tuesday that Singapore has sovereignty over "
        "Pedra Branca.",
        "The International Court of Justice, sitting in The Hague, found on Tuesday that Singapore "
        "possesses sovereignty of Pedra Branca.",
        "The International Court of Justice decided on Tuesday that Pedra Branca belongs to "
        "Singapore.",
        "Singapore's sovereignty over Pedra Branca was upheld by the International Court of "
        "Justice on Tuesday.",
    ],
)
def test_a_court_that_finds_a_land_is_a_states_recognises_it_as_such(sentence):
    found = find(facts(sentence), "recognizes", party=ICJ)
    assert [(f.args["what"], f.args["as"], f.args["date"]) for f in found] == [
        ("Pedra Branca", "sovereignty of Singapore", "2020-05-05")
    ], shown(facts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # no court: a state's own view is no finding of a court
        "Singapore said on Tuesday that it has sovereignty over Pedra Branca.",
        # the court found no sovereignty
        "The International Court of Justice ruled on Tuesday that Singapore does not have "
        "sovereignty over Pedra Branca.",
        # the court found something else
        "The International Court of Justice ruled on Tuesday that it has jurisdiction over the case.",
    ],
)
def test_no_recognition_without_a_courts_finding_of_sovereignty(sentence):
    assert not find(facts(sentence), "recognizes"), shown(facts(sentence))


def test_a_courts_finding_is_no_assertion_by_the_state():
    found = facts(
        "The International Court of Justice ruled on Tuesday that Singapore has sovereignty over "
        "Pedra Branca."
    )
    assert find(found, "recognizes", party=ICJ), shown(found)
    assert not find(found, "assertsSovereignty"), shown(found)
    said = facts("Singapore said on Tuesday that it has sovereignty over Pedra Branca.")
    assert find(said, "assertsSovereignty", state="state/singapore"), shown(said)


def test_a_court_that_decides_issues_a_ruling():
    found = facts("The International Court of Justice decides that the islands belong to Gabon.")
    assert [f.args["document"].subtype for f in find(found, "issued", issuer=ICJ)] == ["Ruling"]


# -- sovereignty asserted in the speaker's own words ------------------------------------------------

SOUTH_KOREA, DOKDO_KEY = "state/south-korea", "territory/liancourt-rocks"


@pytest.mark.parametrize(
    "sentence",
    [
        'South Korean Foreign Minister Park Jin described Dokdo as "clearly our territory".',
        "Park Jin, South Korea's foreign minister, described Dokdo as \"our inherent territory, "
        'historically and by international law".',
        "Park Jin, the South Korean foreign ministry's spokesperson, spoke on Tuesday. He described "
        'Dokdo as "clearly our inherent territory" and urged Tokyo to drop its claim.',
    ],
)
def test_a_land_a_speaker_calls_our_territory_is_one_whose_sovereignty_the_state_asserts(sentence):
    found = find(facts(sentence), "assertsSovereignty", state=SOUTH_KOREA, territory=DOKDO_KEY)
    assert len(found) == 1, shown(facts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the land is called someone's by others, in the outlet's words
        "Most countries regard Dokdo as South Korean territory held by Seoul.",
        'Japanese Foreign Minister Taro Kono described Dokdo as "a dispute Seoul created".',
    ],
)
def test_no_assertion_of_sovereignty_in_others_words(sentence):
    assert not find(facts(sentence), "assertsSovereignty", state=SOUTH_KOREA), shown(
        facts(sentence)
    )


def test_the_readme_example_reads_as_the_readme_says():
    """README.md, "What documents do": the four facts it shows."""
    from pathlib import Path

    from kg.ingest import sources

    path = Path(__file__).parent / "data" / "documents" / "hague.txt"
    [ex] = list(sources.extract_source(path))
    got = {
        (f.rel, tuple(sorted((k, getattr(v, "label", v)) for k, v in f.args.items())))
        for f in ex.facts
        if f.rel in ("obstructs", "obliges", "conditionedOn", "recognizes")
    }
    assert got == {
        ("obstructs", (("document", "maritime boundary treaty"), ("territory", "Pedra Branca"))),
        (
            "recognizes",
            (
                ("as", "sovereignty of Singapore"),
                ("date", "2026-05-05"),
                ("party", "International Court of Justice"),
                ("what", "Pedra Branca"),
            ),
        ),
        (
            "obliges",
            (
                ("action", "not fishing in the waters around the island"),
                ("document", "order"),
                ("party", "Malaysia"),
            ),
        ),
        (
            "conditionedOn",
            (
                ("condition", "both parliaments ratify the accord"),
                ("document", "fisheries memorandum of 1995"),
                ("what", "the border commission will meet"),
            ),
        ),
    }


# -- "did so": the same act by another party ---------------------------------------------------------

ABKHAZIA, NAURU, VENEZUELA_KEY = "territory/abkhazia", "state/nauru", "state/venezuela"


@pytest.mark.parametrize(
    "sentence",
    [
        "Venezuela recognised Abkhazia in 2009, shortly after Nauru did so.",
        "Venezuela recognised Abkhazia in 2009, and Nauru did so too.",
        "Venezuela recognised Abkhazia as an independent state in 2009, and Nauru did so a few "
        "weeks later.",
    ],
)
def test_a_party_that_did_so_did_the_same(sentence):
    found = facts(sentence)
    parties = {f.args["party"].key for f in found if f.rel == "recognizes" and not f.negated}
    assert parties == {VENEZUELA_KEY, NAURU}, shown(found)


def test_a_party_that_did_not_do_so_did_not():
    found = facts("Venezuela recognised Abkhazia in 2009, but Nauru did not do so.")
    assert find(found, "recognizes", negated=True, party=NAURU), shown(found)
    assert not find(found, "recognizes", party=NAURU), shown(found)


# -- incorporation by a document -------------------------------------------------------------------

CRIMEA_KEY, RUSSIA_KEY = "territory/crimea", "state/russia"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia and Crimea on Tuesday signed a treaty under which Crimea becomes part of Russia.",
        "Russia and Crimea on Tuesday signed a treaty by which the peninsula, after the vote, "
        "becomes part of Russia.",
    ],
)
def test_a_document_under_which_a_land_becomes_part_of_a_state_incorporates_it(sentence):
    found = facts("Crimea voted on Sunday. " + sentence)
    inc = find(found, "incorporates", territory=CRIMEA_KEY, into=RUSSIA_KEY)
    assert [(f.args["document"].subtype, f.args["date"]) for f in inc] == [
        ("Treaty", "2020-05-05")
    ], shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Crimea became part of Russia in 2014.",  # no document
        "Russia and Crimea signed a treaty under which Crimea does not become part of Russia.",
    ],
)
def test_no_incorporation_without_a_document_making_it(sentence):
    assert not find(facts(sentence), "incorporates"), shown(facts(sentence))
