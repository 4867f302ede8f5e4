"""A quoted "our territory" answering the rival who acted last (issue 12, round 37, lands57).

'Japan's Foreign Ministry said its director-general had lodged a protest ... "Dokdo is clearly our
territory ..., and we will not accept any protest from Japan," foreign ministry spokesperson Kim
said': the spokesperson's office is read only after the sentence's pronouns, so "our" fell back on
the state that acted last, the rival his own words name, and the assertion was dropped (study
articles h504, h522). Where that rival is one of the article's two main states, "our" is the other.

- The speaker's own office still wins where it is known; the fallback only replaces a rival.
- No assertion where both main states are named in the words, or where the rival is no main state.

Sentences written for these tests (other states and lands than the articles').
"""

from __future__ import annotations

import pytest
from helpers import facts

from kg.model import Entity


def _asserted(text: str) -> set[tuple[str, str]]:
    return {
        (f.args["state"].label, f.args["territory"].label)
        for f in facts(text, "2026-05-05")
        if f.rel == "assertsSovereignty"
        and not f.negated
        and isinstance(f.args.get("state"), Entity)
        and isinstance(f.args.get("territory"), Entity)
    }


_ANSWERS = [
    (
        "MANILA, May 5 (Reuters) - The Philippines on Tuesday rejected a protest from China over a"
        " survey near Scarborough Shoal. China's Foreign Ministry said on Monday that it had lodged"
        ' a protest with the Philippine embassy in Beijing. "Scarborough Shoal is our territory,'
        ' and we will not accept any protest from China over lawful activities," foreign ministry'
        " spokesperson Teresita Daza said at a briefing.",
        ("Philippines", "Scarborough Shoal"),
    ),
    (
        "BUENOS AIRES, May 5 (AP) - Argentina rejected a British protest over a research cruise"
        " near the Falkland Islands. Britain's Foreign Office said on Monday that it had summoned"
        " the Argentine charge d'affaires. \"The Falkland Islands are our territory and Britain"
        ' has no right to protest," ministry spokesman Diego Perez said.',
        ("Argentina", "Falkland Islands"),
    ),
]


@pytest.mark.parametrize(("text", "want"), _ANSWERS)
def test_our_territory_answering_the_rival_is_the_other_side(text, want):
    found = _asserted(text)
    assert want in found
    rival = "China" if want[0] == "Philippines" else "United Kingdom"
    assert (rival, want[1]) not in found


def test_both_sides_named_in_the_words_give_no_side():
    text = (
        "MANILA, May 5 (Reuters) - China's Foreign Ministry said on Monday that it had lodged a"
        ' protest with the Philippines. "Scarborough Shoal is our territory, whatever China and'
        ' the Philippines say," spokesperson Ana Cruz said.'
    )
    assert not {s for s, _ in _asserted(text)} & {"China", "Philippines"}


def _wholes(text: str, part: str) -> set[str]:
    return {
        f.args["whole"].label
        for f in facts(text, "2026-05-05")
        if f.rel == "partOf"
        and isinstance(f.args.get("part"), Entity)
        and f.args["part"].label == part
        and isinstance(f.args.get("whole"), Entity)
    }


@pytest.mark.parametrize(
    ("text", "part", "whole", "placing"),
    [
        (
            "SEOUL, May 5 (Yonhap) - South Korea administers Dokdo as part of Ulleung County in"
            " North Gyeongsang Province.",
            "Liancourt Rocks",
            "Ulleung County",
            "North Gyeongsang Province",
        ),
        (
            "THIMPHU, May 5 (Reuters) - Beijing administers the Jakarlung valley as part of Lhunze"
            " county in the Tibet Autonomous Region, officials said.",
            "Jakarlung valley",
            "Lhunze county",
            "Tibet",
        ),
    ],
)
def test_run_as_part_of_a_unit_in_a_region_is_in_the_unit_only(text, part, whole, placing):
    found = _wholes(text, part)
    assert whole in found
    assert placing not in found


def test_a_lone_whole_is_kept():
    text = "MADRID, May 5 (Reuters) - Spain administers the Chafarinas Islands as part of Melilla."
    assert "Melilla" in _wholes(text, "Chafarinas Islands")


def _held(text: str) -> set[tuple[str, str]]:
    return {
        (f.args["state"].label, f.args["territory"].label)
        for f in facts(text, "2026-05-05")
        if f.rel == "controls"
        and isinstance(f.args.get("state"), Entity)
        and isinstance(f.args.get("territory"), Entity)
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "NICOSIA, May 5 (Reuters) - Kombos held Turkey, whose army has controlled Varosha"
            " since 1974, responsible for the reopening.",
            ("Turkey", "Varosha"),
        ),
        (
            "RABAT, May 5 (Reuters) - Morocco, whose troops have held the Guerguerat crossing"
            " since November 2020, rejected the statement.",
            ("Morocco", "Guerguerat crossing"),
        ),
        (
            "KAMPALA, May 5 (AP) - Uganda, whose marine police are stationed on Migingo Island,"
            " denied the report.",
            ("Uganda", "Migingo Island"),
        ),
    ],
)
def test_whose_forces_hold_land_for_the_state_before_it(text, want):
    assert want in _held(text)


def _disputes(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(p.label for p in f.args["parties"]), f.args["territory"].label)
        for f in facts(text, "2026-05-05")
        if f.rel == "disputes" and isinstance(f.args.get("territory"), Entity)
    }


def test_no_dispute_over_a_land_that_is_one_of_the_parties():
    text = (
        "BELGRADE, May 5 (Reuters) - Serbia does not recognize Kosovo's 2008 declaration of"
        " independence, and President Aleksandar Vucic said Serbia would never accept it."
    )
    assert not any(terr == "Kosovo" for _, terr in _disputes(text))


def test_a_rejected_claim_to_other_land_is_still_a_dispute():
    text = (
        "MOSCOW, May 5 (Reuters) - Japan claims the southern Kuril Islands, and Russia rejects"
        " the claim."
    )
    assert (frozenset({"Japan", "Russia"}), "Southern Kuril Islands") in _disputes(text)
