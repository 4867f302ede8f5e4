"""Agreements and signings (issue 12, seventeenth round, second pass, agreeB).

A free relative's wh-word is no content of an agreement: '"What we have agreed today is a
process," the minister said' tells that the two sides agreed something, not what (readable h178,
a quoted minister's words read as an agreement on "What"; h270 has "not what the two governments
had agreed"). The agreement's own clause, a that-clause or an embedded question ("agreed on what
the commission should do"), still tells it.

Officials under one plural title ("signed by prime ministers A and B"), one of whose states is
told only once the article is read, sign beside both states (readable h161, h169; the same
signing with a title for each already did).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _agreed(text: str) -> list[str]:
    """The what of each agreement the extractor reads, lower case."""
    return [
        str(f.args["what"]).lower() for f in facts(text) if f.rel == "agreedTo" and not f.negated
    ]


LEAD = "Peru and Chile signed a fisheries deal on Monday. "

# the wh-word alone: quoted, reported, fronted, "whatever", a perfect, a negated copula
EMPTY = [
    LEAD
    + '"What both sides agreed is a process, not a concession," the Chilean foreign minister said.',
    LEAD
    + '"What we have agreed today is a first step," the Peruvian foreign minister told reporters.',
    LEAD + "Officials said what the two governments had agreed was only a first step.",
    LEAD + '"Whatever we agreed today will be honoured," the Chilean foreign minister said.',
    LEAD + "Lima said the plan was not what the two governments had agreed in the deal.",
]


@pytest.mark.parametrize("text", EMPTY)
def test_a_free_relative_is_no_content(text):
    assert not any(w in ("what", "whatever", "whichever") for w in _agreed(text))


# near misses: the agreement's own clause tells what, a wh-clause included
TOLD = [
    ("Peru and Chile agreed on what the border commission should do next year.", "commission"),
    ("Peru and Chile agreed to open the border crossing at Chacalluta.", "open the border"),
    (LEAD + "Under the deal, the two countries agreed to share the catch.", "share the catch"),
    (
        "Peru and Chile agreed that the joint commission would meet every six months.",
        "commission would meet",
    ),
]


@pytest.mark.parametrize("text, words", TOLD)
def test_the_agreements_own_clause_still_tells_it(text, words):
    assert any(words in w for w in _agreed(text)), _agreed(text)


# -- "signed by prime ministers A and B": one plural title before two names, one official's state
# known (the gazetteer's), the other's told only once the article is read. Both officials sign
# beside both states, as they do where each has a title of his own.


def _signers(text: str) -> list[set[str]]:
    """The parties' labels of each signing the extractor reads."""
    return [
        {e.label for e in f.args["parties"]}
        for f in facts(text)
        if f.rel == "signed" and not f.negated
    ]


TOGETHER = [
    # the passive, a relative clause, a participle, another title and verb
    (
        "Israel and Jordan made peace in 1994. The treaty was signed on October 26, 1994 by prime "
        "ministers Yitzhak Rabin and Abdelsalam al-Majali.",
        {"Israel", "Jordan", "Yitzhak Rabin", "Abdelsalam al-Majali"},
    ),
    (
        "Israel and Jordan made peace in 1994 under a treaty, which was signed at the border on "
        "October 26, 1994 by prime ministers Yitzhak Rabin and Abdelsalam al-Majali.",
        {"Israel", "Jordan", "Yitzhak Rabin", "Abdelsalam al-Majali"},
    ),
    (
        "Greece and Albania still quarrel over the sea. An agreement was signed in Tirana on "
        "April 27, 2009 by foreign ministers Dora Bakoyannis and Lulzim Basha.",
        {"Greece", "Albania", "Dora Bakoyannis", "Lulzim Basha"},
    ),
]


@pytest.mark.parametrize("text, parties", TOGETHER)
def test_officials_under_one_plural_title_sign_beside_their_states(text, parties):
    assert any(parties <= found for found in _signers(text)), _signers(text)


def test_each_title_of_its_own_is_unchanged():
    text = (
        "Israel and Jordan made peace in 1994. The treaty was signed on October 26, 1994 by "
        "Israeli Prime Minister Yitzhak Rabin and Jordanian Prime Minister Abdelsalam al-Majali."
    )
    assert {"Israel", "Jordan", "Yitzhak Rabin", "Abdelsalam al-Majali"} in _signers(text)


def test_one_official_of_one_state_is_no_second_side():
    """Near miss: "Putin signed a decree" binds no second party; one official, one state."""
    text = "Russian President Vladimir Putin signed a decree on the islands on Monday."
    assert not any(len(found) > 1 for found in _signers(text))
