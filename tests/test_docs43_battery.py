"""Co-signers of whom the text places only some in a state (issue 12, twenty-third round, docs43).

"signed by Kagame and Museveni", Museveni's state told and Kagame's not; "signed by the two
countries' oil ministers, A of Libya and B": the one placed official made the signing his state's
alone and the other signer was lost, so the signing named one side and a stray person. Co-signers
some of whom are placed in no state sign in their own names, all of them (beside the states the
text tells), and a signing after a meeting of the states they serve keeps that meeting's day.
Seen in study articles of several batches (h154, h220, h278, h292). Sentences written for these
tests, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown, signings

from kg.model import Entity


def _signings(text: str) -> list[tuple[set[str], str | None]]:
    """The party labels and the date of each affirmed signing."""
    out = []
    for f in facts(text):
        if f.rel == "signed" and not f.negated:
            parties = f.args["parties"]
            members = parties if isinstance(parties, tuple) else (parties,)
            date = f.args.get("date")
            out.append(({e.label for e in members if isinstance(e, Entity)}, date))
    return out


_CONTEXT = "Rwanda and Uganda have long quarrelled over the Gatuna border post. "

# (text, the signers that must stand among the parties): the placed official first or second,
# active or passive, a participle phrase with an inserted place and time
MIXED = [
    (
        _CONTEXT
        + "In August 2019, President Paul Kagame and Ugandan President Yoweri Museveni signed a "
        "memorandum of understanding in Luanda.",
        {"Paul Kagame", "Yoweri Museveni"},
    ),
    (
        _CONTEXT + "A memorandum of understanding was signed in Luanda in August 2019 by Ugandan "
        "President Yoweri Museveni and President Paul Kagame.",
        {"Paul Kagame", "Yoweri Museveni"},
    ),
    (
        _CONTEXT + "The memorandum, signed in Luanda in August 2019 by President Paul Kagame and "
        "Ugandan President Yoweri Museveni, ended the closure.",
        {"Paul Kagame", "Yoweri Museveni"},
    ),
]


@pytest.mark.parametrize(("text", "signers"), MIXED)
def test_unplaced_cosigner_signs_beside_placed(text: str, signers: set[str]) -> None:
    found = _signings(text)
    assert any(signers <= parties for parties, _ in found), shown(facts(text))


# a co-signer with neither a state nor an office adds no side (tests/test_docs25_battery.py), the
# states the text tells sign alone
def test_unplaced_untitled_cosigner_adds_no_side() -> None:
    text = (
        _CONTEXT + "A memorandum of understanding was signed in Luanda in August 2019 by Ugandan "
        "President Yoweri Museveni and Emile Habineza."
    )  # a name the gazetteer does not know (it places Paul Kagame in Rwanda since round 28)
    assert not any("Emile Habineza" in parties for parties, _ in _signings(text)), shown(
        facts(text)
    )


# every signer placed: the states sign, as before (the officials beside them)
PLACED = [
    "Italy and France dispute the sea border. The agreement was signed in Caen in 2015 by Italian "
    "Foreign Minister Paolo Gentiloni and French Foreign Minister Laurent Fabius.",
    "Italy and France dispute the sea border. Italian Foreign Minister Paolo Gentiloni and French "
    "Foreign Minister Laurent Fabius signed the agreement in Caen in 2015.",
]


@pytest.mark.parametrize("text", PLACED)
def test_placed_signers_sign_for_their_states(text: str) -> None:
    found = _signings(text)
    assert any({"Italy", "France"} <= parties for parties, _ in found), shown(facts(text))


# one official alone signs nothing with a second side; a law one head signs stays his
def test_one_signer_is_no_pair() -> None:
    text = _CONTEXT + "Paul Kagame signed the memorandum in Luanda in August 2019."
    assert not any("Paul Kagame" in parties for parties, _ in _signings(text))


# the meeting's day: "X held talks with Y on Tuesday. A memorandum was then signed by the two
# countries' ministers, A of Libya and B": the ministers serve the states whose leaders met
_AGREED = (
    "Libya and Tunisia agreed on Tuesday to revive joint exploration of the offshore zone.\n\n"
)
_SIGNED = (
    "A memorandum of understanding was then signed by the two countries' oil ministers, Khalifa "
    "Abdulsadek of Libya and Tunisia's Fatma Thabet Chiboub."
)
MET = [
    _AGREED + "The deal was struck in Tunis during a visit by Libyan Prime Minister Abdul Hamid "
    "Dbeibah, who held talks with Tunisian President Kais Saied at Carthage Palace. " + _SIGNED,
    _AGREED + "Libyan Prime Minister Abdul Hamid Dbeibah held talks with Tunisian President Kais "
    "Saied in Tunis on Tuesday. " + _SIGNED,
]


@pytest.mark.parametrize("text", MET)
def test_signing_after_meeting_keeps_its_day(text: str) -> None:
    found = signings(text, published="2026-01-14")
    want = {"Libya", "Tunisia", "Khalifa Abdulsadek", "Fatma Thabet Chiboub"}
    assert any(want <= parties and date == "2026-01-13" for parties, date in found), shown(
        facts(text, published="2026-01-14")
    )
