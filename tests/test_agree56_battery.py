"""A body that a signed document sets up, its signatories agreed to (issue 12, round 36, agree56).

"The memorandum, initialed by A's foreign minister and his B counterpart, sets up a joint technical
committee", "A and B signed a memorandum setting up a joint panel": what a signed document does
is what its signatories agreed (the ``content`` reader of agreedTo in data/lexicon/relations.yaml,
which already read "establishes", "fixes", "restores"); "set up" is the phrasal verb news uses for
the commissions and working groups such documents create. A state that sets up a body on its own
agrees nothing, and a document nobody is said to have signed agrees nothing either.
Sentences written for these tests, in wire style, on disputes of several regions.
"""

from __future__ import annotations

from helpers import facts


def _agreed(text, published="2026-06-12"):
    return [f for f in facts(text, published) if f.rel == "agreedTo" and not f.negated]


def _labels(f):
    return {e.label for e in f.args["parties"]}


def test_a_signed_memorandum_that_sets_up_a_committee():
    text = (
        "TASHKENT, June 12 (AP) - Uzbekistan and Kyrgyzstan signed a memorandum on the Kempir-Abad "
        "reservoir on Thursday.\n\nThe memorandum, initialed by Uzbek Foreign Minister Bakhtiyor "
        "Saidov and his Kyrgyz counterpart, sets up a joint water commission to share the "
        "reservoir's flow."
    )
    got = _agreed(text)
    assert any(
        _labels(f) == {"Uzbekistan", "Kyrgyzstan"} and "joint water commission" in f.args["what"]
        for f in got
    )


def test_a_participle_setting_up_a_panel_after_the_signing():
    text = (
        "QUITO, June 12 (Reuters) - Ecuador and Colombia on Wednesday signed an agreement setting "
        "up a binational working group on the San Miguel river."
    )
    got = _agreed(text)
    assert any(
        _labels(f) == {"Ecuador", "Colombia"} and "working group" in f.args["what"] for f in got
    )


def test_a_passive_signing_before_the_document_sets_up_a_commission():
    text = (
        "HANOI, June 12 (Xinhua) - A protocol signed by Vietnam and Laos on Tuesday sets up a "
        "joint commission to replace the missing border markers."
    )
    got = _agreed(text)
    assert any(_labels(f) == {"Vietnam", "Laos"} and "commission" in f.args["what"] for f in got)


def test_one_state_setting_up_a_body_agrees_nothing():
    text = (
        "CARACAS, June 12 (EFE) - Venezuela set up a military command on Monday to patrol the "
        "Essequibo frontier, a move Guyana called a provocation."
    )
    assert not _agreed(text)


def test_an_unsigned_plan_that_sets_up_a_body_agrees_nothing():
    text = (
        "ADDIS ABABA, June 12 (AFP) - A draft plan circulated by the African Union sets up a joint "
        "monitoring team for the disputed Fashaga farmland."
    )
    assert not _agreed(text)
