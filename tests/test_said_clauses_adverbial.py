"""What a speaker said is the clause the speech verb reports, not an adverbial clause a
subordinator opens after the tag ("..., X said on Thursday, a day after parliament approved two
laws"), and not the clause before a direct object fronted in a reduced relative clause
("..., a charge Rwanda denies": Rwanda denies the charge and says nothing of the clause)."""

from __future__ import annotations

import pytest
from helpers import facts, said_by, shown

SPOKEN: list = [
    # the tag after the report, then a when-clause
    (
        "Spain will not accept any extension of Morocco's borders, Foreign Minister Ana Ruiz Soto said "
        "on Thursday, a day after Morocco's parliament approved two laws.",
        "Spain will not accept",
    ),
    # another subordinator and another speech verb
    (
        "The border will stay closed, Foreign Minister Ana Ruiz Soto warned, as talks with Morocco "
        "stalled.",
        "The border will stay closed",
    ),
    # the tag first, the report with "that", then a since-clause
    (
        "Foreign Minister Ana Ruiz Soto said that the border would stay closed, weeks after Morocco "
        "passed the laws.",
        "the border would stay closed",
    ),
]


@pytest.mark.parametrize(("text", "words"), SPOKEN)
def test_the_report_not_the_adverbial_clause_is_what_was_said(text, words):
    assert said_by(text, "person/ana-ruiz-soto", words), shown(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Burundi accused Kigali of backing the rebels, a charge Rwanda denies.",
        "Relations soured after Burundi closed the border, accusing Kigali of arming rebels, an "
        "accusation Rwanda rejects.",
    ],
)
def test_a_fronted_object_is_what_a_reduced_relative_clause_denies(text):
    found = facts(text)
    assert not [f for f in found if f.rel == "statement"], shown(found)
    if "rejects" in text:  # a charge denied answers a charge about oneself: no rejection (reject39)
        assert any(f.rel == "rejectsClaim" and f.args["state"].key == "state/rwanda" for f in found)
