"""Agreements, signings and documents issued, read from grammar, survive rewrites (issue 12).

Each group is one fact told several ways: active and passive, an inserted clause, another trigger
of the same class (data/lexicon/relations.yaml), a relative clause. The sentences are written for
these tests, not taken from the dev articles.
"""

from __future__ import annotations

import pytest
from helpers import PUBLISHED, arg_key, facts, find

KAZAKHSTAN, UZBEKISTAN = "state/kazakhstan", "state/uzbekistan"
CANADA, DENMARK = "state/canada", "state/denmark"
BOTH = {KAZAKHSTAN, UZBEKISTAN}


def _args(found):
    return [(f.rel, {k: getattr(v, "key", v) for k, v in f.args.items()}) for f in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan and Uzbekistan sign a border treaty in Astana.",
        "Kazakhstan and Uzbekistan, after years of talks, sign a border treaty.",
        "A border treaty is signed by Kazakhstan and Uzbekistan.",
    ],
)
def test_a_signing_told_in_the_present_is_of_the_day_of_publication(sentence):
    found = find(facts(sentence), "signed", parties=BOTH)
    assert [f.args.get("date") for f in found] == [PUBLISHED], _args(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan and Uzbekistan did not sign a border treaty.",
        "Kazakhstan and Uzbekistan are expected to sign a border treaty.",
    ],
)
def test_a_signing_that_did_not_happen_has_no_fact(sentence):
    assert not find(facts(sentence), "signed"), _args(facts(sentence))


@pytest.mark.parametrize(
    "second",
    [
        "The treaty was signed by Kazakhstan and Uzbekistan after long talks.",
        "Their foreign ministers put their signatures to the treaty at a ceremony.",
    ],
)
def test_a_second_telling_of_a_signing_is_that_signing_with_its_date(second):
    found = facts(f"Kazakhstan and Uzbekistan signed a border treaty in Astana on Monday. {second}")
    signed = find(found, "signed", parties=BOTH)
    assert signed and {f.args.get("date") for f in signed} == {"2020-05-04"}, _args(signed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada and Denmark signed an agreement that ends the border dispute over Hans Island.",
        "Canada and Denmark on Tuesday signed an agreement that ends the border dispute over Hans "
        "Island.",
        "An agreement that ends the border dispute over Hans Island was signed by Canada and "
        "Denmark.",
        "Canada and Denmark signed a treaty, which ends the border dispute over Hans Island, in "
        "Ottawa.",
        "Canada signed with Denmark an accord that ends the border dispute over Hans Island.",
    ],
)
def test_what_a_signed_document_does_is_what_its_signatories_agreed_to(sentence):
    found = find(facts(sentence), "agreedTo", parties={CANADA, DENMARK})
    assert len(found) == 1, _args(facts(sentence))
    what = found[0].args["what"]
    assert what.startswith("ends the border dispute") and "Hans Island" in what, what


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada and Denmark signed the agreement that Greenland had long wanted.",
        "Canada and Denmark signed a treaty that Britain rejected.",
    ],
)
def test_a_relative_clause_about_the_document_is_no_content_of_it(sentence):
    assert not find(facts(sentence), "agreedTo"), _args(facts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain and Mauritius pledged to guarantee that the base on Diego Garcia keeps operating.",
        "Britain and Mauritius pledged to guarantee, in the treaty as well, that the base on Diego "
        "Garcia keeps operating.",
        "Britain and Mauritius agreed to ensure, in a separate protocol, that the base on Diego "
        "Garcia keeps operating.",
        "Britain and Mauritius met in London. Both countries pledged to guarantee, in the treaty, "
        "that the base on Diego Garcia keeps operating.",
        "Britain and Mauritius vowed to ensure, in a protocol, that the base on Diego Garcia keeps "
        "operating.",
    ],
)
def test_what_is_pledged_is_the_infinitive_with_its_that_clause(sentence):
    found = find(facts(sentence), "agreedTo", parties={"state/united-kingdom", "state/mauritius"})
    assert len(found) == 1, _args(facts(sentence))
    assert "base on Diego Garcia keeps operating" in found[0].args["what"], found[0].args


CABINET = "organization/cabinet-of-japan"


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's Cabinet signed off on the annual defence white paper on Tuesday.",
        "Japan's Cabinet, chaired by the prime minister, on Tuesday signed off on the annual "
        "defence white paper.",
        "The annual defence white paper was signed off on by Japan's cabinet on Tuesday.",
        "Japan's Cabinet approved the annual defence white paper on Tuesday.",
        "The annual defence white paper was adopted by Japan's cabinet on Tuesday.",
    ],
)
def test_a_document_a_cabinet_signs_off_on_is_issued_by_it(sentence):
    found = find(facts(sentence), "issued", issuer=CABINET)
    assert [f.args.get("date") for f in found] == [PUBLISHED], _args(facts(sentence))


def test_a_cabinet_that_did_not_sign_off_issued_nothing():
    found = facts("Japan's Cabinet did not sign off on the annual defence white paper.")
    assert not find(found, "issued"), _args(found)


def test_earlier_the_same_day_is_the_date_last_read():
    found = facts(
        "Japan's defence ministry published its annual white paper on July 14, 2020. Japan's "
        "Cabinet signed off on the white paper earlier the same day."
    )
    issued = find(found, "issued", issuer=CABINET)
    assert [f.args.get("date") for f in issued] == ["2020-07-14"], _args(found)


ARMENIA, AZERBAIJAN = "state/armenia", "state/azerbaijan"


@pytest.mark.parametrize(
    "text",
    [
        "A peace treaty signed by Armenia and Azerbaijan in 2026 restored their diplomatic ties.",
        "A peace treaty, signed by Armenia and Azerbaijan in 2026, restored their diplomatic ties.",
        "Armenia and Azerbaijan signed a peace treaty in 2026. The treaty restored their diplomatic "
        "ties.",
        "Armenia and Azerbaijan signed a peace treaty in 2026. The treaty ended a long war. It "
        "restored their diplomatic ties.",
    ],
)
def test_what_a_signed_document_does_its_signatories_agreed_to(text):
    found = find(facts(text), "agreedTo", parties={ARMENIA, AZERBAIJAN})
    assert any("restored their diplomatic ties" in f.args["what"] for f in found), _args(found)


@pytest.mark.parametrize(
    "text",
    [
        "Russia issued a memorandum in 2026. The memorandum ended the talks.",  # nobody signed it
        "Armenia and Azerbaijan signed a peace treaty in 2026. The treaty did not end the war.",
        "Armenia and Azerbaijan signed a peace treaty in 2026. The treaty would end the war.",
        "Armenia and Azerbaijan signed a peace treaty in 2026. Russia welcomed it. It ended the war.",
    ],
)
def test_no_agreement_from_a_document_nobody_signed_or_an_act_it_did_not_do(text):
    found = facts(text)
    assert not find(found, "agreedTo"), _args(found)


@pytest.mark.parametrize(
    "text",
    [
        "The 1956 declaration was signed in Moscow. Russia and Japan had agreed in the declaration "
        "to take steps toward a peace treaty.",
        "In the 1956 declaration, Russia and Japan agreed to take steps toward a peace treaty.",
    ],
)
def test_an_agreement_made_in_a_dated_document_is_of_its_day_and_its_states(text):
    found = find(facts(text), "agreedTo", parties={"state/soviet-union", "state/japan"})
    assert [f.args["date"][:4] for f in found] == ["1956"], _args(facts(text))


def test_an_agreement_dated_in_its_own_clause_keeps_that_date_and_the_states_of_now():
    found = facts("Russia and Japan agreed in 2018 to take steps toward a peace treaty.")
    agreed = find(found, "agreedTo", parties={"state/russia", "state/japan"})
    assert [f.args["date"] for f in agreed] == ["2018"], _args(found)


def test_the_readme_example_reads_as_the_readme_says():
    """README.md, "Agreements, signings and documents issued": the three facts it shows."""
    from pathlib import Path

    from kg.ingest import sources

    path = Path(__file__).parent / "data" / "agreements" / "baku.txt"
    found = list(  # one fact however many sentences tell it, as `kg extract` prints it
        {
            (f.rel, tuple(sorted((k, str(arg_key(v))) for k, v in f.args.items()))): f
            for ex in sources.extract_source(path)
            for f in ex.facts
            if f.rel in ("agreedTo", "signed")
        }.values()
    )
    parties = {ARMENIA, AZERBAIJAN}
    assert {f.args.get("date") for f in found} == {"2026-05-05"}, _args(found)
    assert len(find(found, "signed", parties=parties)) == 1, _args(found)
    agreed = sorted(f.args["what"] for f in find(found, "agreedTo", parties=parties))
    assert agreed == [
        "ends their dispute over the border villages",
        "restores their diplomatic ties",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan and Russia reaffirmed that they would continue the talks on the basis of the 1956 "
        "declaration.",
        "Japan and Russia, meeting in Osaka in 2018, reaffirmed that they would continue the talks "
        "on the basis of the 1956 declaration.",
        "Japan and Russia reconfirmed that they would continue the talks on the basis of the 1956 "
        "declaration.",
    ],
)
def test_two_parties_reaffirming_a_commitment_together_agree_to_it(sentence):
    found = find(facts(sentence), "agreedTo", parties={"state/japan", "state/russia"})
    assert len(found) == 1 and "continue the talks" in found[0].args["what"], _args(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan reaffirmed that it would continue the talks with Russia.",  # one party alone
        "Japan and Russia reaffirmed their positions on the islands.",  # no commitment told
        "Japan and Russia did not reaffirm that they would continue the talks.",
    ],
)
def test_a_reaffirmation_of_one_party_or_of_no_commitment_agrees_nothing(sentence):
    found = facts(sentence)
    assert not find(found, "agreedTo"), _args(found)
