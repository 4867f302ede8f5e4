"""A free relative's wh-word is no content of an agreement: '"What we have agreed today is a
process," the minister said' tells that the two sides agreed something, not what (issue 12,
seventeenth round, second pass, agreeB).

Seen in T26 (a quoted minister's "What we have agreed today is ...", read as an agreement on
"What") and in T43 ("not what the two governments had agreed in the covenant"). The agreement's
own clause, a that-clause or an embedded question ("agreed on what the commission should do"),
still tells it. Sentences written for these tests, in news style, about disputes outside the
never-read batches.
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
