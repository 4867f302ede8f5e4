"""A document the text refers back to is the one it named before: "the accord", "the deal", "that
document" after "an agreement" is that agreement, and a second telling of its signing is more
evidence for one signing, not a second one; "an agreement" names a new one; "the treaty" skips a
memorandum named in between.

The sentences are written for these tests (not taken from the dev or held-out articles).
"""

from __future__ import annotations

import pytest
from helpers import arg_key, facts

CHILE_PERU = {"state/chile", "state/peru"}


def _signings(text: str) -> dict[tuple, list[int]]:
    """Each distinct signing (its arguments) -> where each telling of it starts."""
    out: dict[tuple, list[int]] = {}
    for f in facts(text):
        if f.rel == "signed":
            key = tuple(sorted((k, str(arg_key(v))) for k, v in f.args.items()))
            out.setdefault(key, []).append(f.evidence.start)
    return out


@pytest.mark.parametrize(
    "later",
    [
        "The two foreign ministers put their signatures to the accord in Lima.",
        "The deal was signed by Chile and Peru in Lima.",  # passive, another noun of the class
        "Both governments signed that document in Lima.",
        "Chile and Peru, after years of talks, signed the agreement in Lima.",  # inserted phrase
    ],
)
def test_a_signing_told_again_is_one_signing_with_two_sentences(later):
    first = "Chile and Peru signed a border agreement on Monday. "
    signings = _signings(first + later)
    assert len(signings) == 1, signings
    (args, starts) = next(iter(signings.items()))
    assert dict(args)["document"] == "document/border-agreement-of-2020"
    assert sorted(starts) == [0, len(first)]


def test_the_date_told_later_goes_to_the_first_telling():
    first = "Chile and Peru put their signatures to a border accord in Lima. "
    signings = _signings(first + "Chile and Peru signed the agreement on May 6, 2024.")
    assert len(signings) == 1, signings
    (args, starts) = next(iter(signings.items()))
    assert dict(args)["date"] == "2024-05-06" and sorted(starts) == [0, len(first)]


def test_an_indefinite_document_is_a_new_one():
    signings = _signings(
        "Chile and Peru signed a border agreement in 2022. "
        "In 2023, Chile and Peru signed an agreement on fisheries."
    )
    documents = {dict(args)["document"] for args in signings}
    assert len(documents) == 2, documents


def test_a_document_refers_back_to_its_own_class_only():
    found = facts(
        "Chile and Peru signed a border treaty on Monday. Peru issued a memorandum on fishing. "
        "Chile and Peru signed the treaty in Lima."
    )
    signed = {f.args["document"].key for f in found if f.rel == "signed"}
    issued = {f.args["document"].key for f in found if f.rel == "issued"}
    assert signed == {"document/border-treaty-of-2020"}
    assert issued and not issued & signed
    assert all({p.key for p in f.args["parties"]} == CHILE_PERU for f in found if f.rel == "signed")
