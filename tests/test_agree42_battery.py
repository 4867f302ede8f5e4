"""Documents and who made them, read across the readable corpus (issue 12, twenty-second round,
agree42).

A treaty told only as the place where two states settled something ("the boundary, drawn by Britain
and Belgium in an 1894 agreement", "Honduras recognised ... in a 1986 maritime treaty with Bogota")
was signed by those states (rules/acting_parties.py): seen in six articles of five batches (TTT,
TTTTT, TTTTTT, TTTTTTTT, TTTTTTTTT). Sentences written for these tests, in news style, about
disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, signings

# (article, the parties that signed, the signing's date)
ACTED_IN = [
    # -- the doers of a passive: participle, relative clause, full passive
    (
        "The frontier, drawn by France and Spain in an 1866 agreement, runs along the ridge.",
        {"France", "Spain"},
        "1866",
    ),
    (
        "Ghana disputes the line, which was traced by Germany and the United Kingdom in a 1904 "
        "agreement and never marked on the ground.",
        {"Germany", "United Kingdom"},
        "1904",
    ),
    (
        "The river border was fixed by Bolivia and Paraguay in a 1938 treaty.",
        {"Bolivia", "Paraguay"},
        "1938",
    ),
    # -- active clauses: coordinated subjects, a with-phrase, a pair word
    (
        "Norway and Russia divided the Barents Sea in a treaty signed in Murmansk on Sept. 15, "
        "2010.",
        {"Norway", "Russia"},
        "2010-09-15",
    ),
    (
        "Belize, which accepted the old line in an 1859 treaty with Guatemala, says the matter is "
        "closed.",
        {"Belize", "Guatemala"},
        "1859",
    ),
    (
        "Guyana recognised the boundary in a 1966 agreement with Venezuela, its minister said.",
        {"Guyana", "Venezuela"},
        "1966",
    ),
    (
        "Eritrea and Ethiopia fought a war over the town. The two countries later settled the "
        "border in an agreement signed in Algiers in 2000.",
        {"Eritrea", "Ethiopia"},
        "2000",
    ),
    # -- "under" a document as well as "in" it
    (
        "Kuwait and Saudi Arabia divided the zone under an agreement signed in July 2000.",
        {"Kuwait", "Saudi Arabia"},
        "2000-07",
    ),
]


@pytest.mark.parametrize("text, parties, date", ACTED_IN)
def test_states_acting_in_a_new_document_signed_it(text, parties, date):
    found = signings(text)
    assert any(p == parties and d == date for p, d in found), found


# near-misses: one state alone, a document told before, a negated act, words said in a text
NOT_SIGNED = [
    "Russia recognised Ukraine's borders in a 1997 friendship treaty.",
    "Britain and Belgium did not mention the island in an 1894 agreement.",
    "France and Spain might settle the matter in a 2027 agreement.",
]


@pytest.mark.parametrize("text", NOT_SIGNED)
def test_no_signing_without_two_states_acting(text):
    assert not signings(text)


def test_a_document_told_before_gets_no_new_signers():
    text = (
        "Chile and Argentina signed a treaty in 1984. Under the treaty, Argentina and Uruguay "
        "share the river."
    )
    assert all(p == {"Chile", "Argentina"} for p, _ in signings(text)), signings(text)


# -- a pledge under a document is the parties' promise (agreedTo), not the document's duty
# (obliges): seen in 3 articles of 3 batches (TTTT h184, TTTTTT h221, TTTTTTT h243), whose gold
# has the agreedTo and no obligation; "undertook to" stays the document's obligation
PLEDGED = [
    "Norway and Russia signed a treaty in 2010. Under the treaty, the two countries pledged to "
    "set up a joint fisheries commission.",
    "Under a 2009 accord, Benin and Niger had pledged to refrain from any administrative act in "
    "the zone.",
    "Under an agreement signed in 1950, the Soviet Union pledged to withdraw its forces from the "
    "port.",
]


@pytest.mark.parametrize("text", PLEDGED)
def test_a_pledge_under_a_document_obliges_nothing(text):
    assert not [f for f in facts(text) if f.rel == "obliges"]


def test_a_joint_pledge_is_agreed():
    text = (
        "Under a 2009 accord, Benin and Niger had pledged to refrain from any administrative act "
        "in the zone."
    )
    found = [f for f in facts(text) if f.rel == "agreedTo" and not f.negated]
    assert any("refrain" in str(f.args.get("what")) for f in found), found


def test_an_undertaking_under_a_document_still_obliges():
    text = "Under the 1904 treaty, Chile undertook to build a railway from Arica to La Paz."
    found = [f for f in facts(text) if f.rel == "obliges"]
    assert any("railway" in str(f.args.get("action")) for f in found), found


# -- a body that acts "in" a resolution, a ruling or a law of its own issued it ("endorsed by the
# Security Council in Resolution 278", "drawn by the tribunal in its 1903 award"): seen in 3
# articles of 3 batches (TT h140, TTTTT h210, TTTTTTTTTT h293)
def _issued(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (f.args["issuer"].label, f.args["document"].label, f.args.get("date"))  # type: ignore[union-attr]
        for f in facts(text)
        if f.rel == "issued" and not f.negated
    }


ACTED_BY_BODY = [
    # (article, issuer, a word of the document's label, date)
    (
        "The plan was endorsed by the UN Security Council in Resolution 1244 on June 10, 1999.",
        "UN Security Council",
        "1244",
        "1999-06-10",
    ),
    (
        "The UN Security Council endorsed the plan in Resolution 1244 on June 10, 1999.",
        "UN Security Council",
        "1244",
        "1999-06-10",
    ),
    (
        "The line, drawn by the International Court of Justice in its 1992 judgment, runs along "
        "the river.",
        "International Court of Justice",
        "judgment",
        "1992",
    ),
    (
        "The UN Security Council declared the annexation void in its resolution 662.",
        "UN Security Council",
        "662",
        None,
    ),
]


@pytest.mark.parametrize("text, issuer, word, date", ACTED_BY_BODY)
def test_a_body_acting_in_its_document_issued_it(text, issuer, word, date):
    found = _issued(text)
    assert any(i == issuer and word in d.lower() and t == date for i, d, t in found), found


NOT_ISSUED = [
    # a state acting in a document: as often one another made
    "Peru restated its claim to the island in a 2008 ruling.",
    # negated, or to come
    "The UN Security Council did not mention the island in Resolution 1244.",
    "The UN Security Council may address the matter in a resolution next month.",
]


@pytest.mark.parametrize("text", NOT_ISSUED)
def test_no_issuer_without_a_body_acting(text):
    assert not _issued(text)


# -- the pair named by its kind or its envoys ("both kingdoms", "the two republics", "both
# delegations"), as "both countries" names it (data/lexicon/references.yaml pairs.counted): seen
# in 4 articles of 3 batches (TTT h154 h162, TTTTTTTTT h279, TTTTTTTTTT h299)
PAIR_WORDS = [
    "Jordan and Saudi Arabia signed the agreement in 1965. The agreement also bound both kingdoms "
    "to share equally any oil found beneath the exchanged areas.",
    "Jordan and Saudi Arabia signed the agreement in 1965. The agreement required the two "
    "kingdoms to share equally any oil found beneath the exchanged areas.",
    "Jordan and Saudi Arabia signed the agreement in 1965. The agreement obliges both "
    "delegations to share equally any oil found beneath the exchanged areas.",
]


@pytest.mark.parametrize("text", PAIR_WORDS)
def test_both_kingdoms_are_the_pair(text):
    parties = {
        f.args["party"].label  # type: ignore[union-attr]
        for f in facts(text)
        if f.rel == "obliges" and "oil" in str(f.args.get("action"))
    }
    assert parties == {"Jordan", "Saudi Arabia"}, parties


def test_officials_in_both_capitals_are_no_speakers():
    text = (
        "India and Pakistan fought over the creek. Any settlement, officials in both capitals "
        "say, would need talks."
    )
    speakers = [f.args["speaker"] for f in facts(text) if f.rel == "statement"]
    assert not any(isinstance(x, tuple) for x in speakers), speakers
