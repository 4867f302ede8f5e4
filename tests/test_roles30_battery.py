"""Two things said by one speech verb (issue 12, fourteenth round, roles30): "said the border had
never been delimited and that the question did not affect relations" holds a second statement,
the clause opened by its own "that" after "and", "but" or a list's comma, besides the words whole
(which some readers quote as one).

Seen in many writers' articles (T7, T8, T9, T10, T14, T17, T22 and batch C): the second clause was
the tail of the first statement, so a gold statement of it was never met. A clause joined without
a "that" of its own ("said X and Y") or a relative "that" stays inside the one statement.
Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _said(text: str) -> list[tuple[str, str]]:
    """Each statement as (speaker's label, what was said)."""
    out = []
    for f in facts(text):
        if f.rel != "statement" or f.negated:
            continue
        who = f.args["speaker"]
        label = who.label if hasattr(who, "label") else "+".join(w.label for w in who)
        out.append((label, f.args["quote_start"]))
    return out


# (article, speaker's label, the first thing said, the second thing said)
TWICE = [
    (
        "Chile's foreign minister, Ana Torres, said the glacier had never been surveyed and that "
        "Santiago would ask for a joint commission.",
        "Ana Torres",
        "the glacier had never been surveyed",
        "Santiago would ask for a joint commission",
    ),
    # a comma before "and", the tag with a date and an addressee
    (
        "Foreign Minister Ana Torres told reporters on Monday that the glacier was Chilean, and "
        "that talks with Argentina would resume in May.",
        "Ana Torres",
        "the glacier was Chilean",
        "talks with Argentina would resume in May",
    ),
    # "but that", the title after the name
    (
        "Ana Torres, the Chilean foreign minister, said Chile was ready to talk but that it "
        "would never give up the glacier.",
        "Ana Torres",
        "Chile was ready to talk",
        "it would never give up the glacier",
    ),
    # a state's ministry as speaker, "in a statement", a quoted fragment in the second clause
    (
        "Argentina's foreign ministry said in a statement that the survey had no legal effect and "
        'that the glacier remained "an integral part of the national territory".',
        "Ministry of Foreign Affairs of Argentina",
        "the survey had no legal effect",
        "the glacier remained",
    ),
    # another speech verb, the first clause opened by "that" too
    (
        "Chile insisted that the 1998 agreement was still in force and that the line drawn "
        "under it could not be changed.",
        "Chile",
        "the 1998 agreement was still in force",
        "the line drawn under it could not be changed",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "first", "second"), TWICE)
def test_two_clauses_two_statements(text, speaker, first, second):
    said = _said(text)
    mine = [words for who, words in said if who == speaker]
    assert any(w.startswith(first) for w in mine), said  # the words whole, first
    assert any(w.startswith(second) for w in mine), said


# (article, speaker's label, what was said whole)
ONCE = [
    # coordinated clauses with no "that" of their own: one statement
    (
        "Ana Torres said the glacier was Chilean and talks with Argentina would resume in May.",
        "Ana Torres",
        "the glacier was Chilean and talks with Argentina would resume in May",
    ),
    # a relative "that" after "and" is no second clause
    (
        "Ana Torres said the treaty and the protocol that followed it were still valid.",
        "Ana Torres",
        "the treaty and the protocol that followed it were still valid",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "whole"), ONCE)
def test_one_clause_one_statement(text, speaker, whole):
    said = _said(text)
    assert [w for who, w in said if who == speaker] == [whole], said


def test_a_list_of_three_clauses_is_three_statements():
    said = _said(
        "Ana Torres said the glacier was Chilean, that the survey was void and that talks "
        "would resume in May."
    )
    mine = sorted(w for who, w in said if who == "Ana Torres")
    assert mine == [
        "talks would resume in May",
        "the glacier was Chilean, that the survey was void and that talks would resume in May",
        "the survey was void",
    ], said


# An office's lower-case nouns before it are part of the role as worded ("foreign affairs
# adviser", "government spokesman"), the office itself the bare one. Seen in T6, T18, T12 and
# T14's articles (the gold's role "foreign affairs adviser" was not met by "adviser").
# (article, person's label, the role's words, the canonical office)
WORDED = [
    (
        "Bangladesh's foreign affairs adviser, Rafiq Alam, said the talks would resume.",
        "Rafiq Alam",
        "foreign affairs adviser",
        "adviser",
    ),
    (
        "Rafiq Alam, Bangladesh's foreign affairs adviser, said the talks would resume.",
        "Rafiq Alam",
        "foreign affairs adviser",
        "adviser",
    ),
    (
        "The talks will resume, the Bangladeshi foreign affairs adviser Rafiq Alam said.",
        "Rafiq Alam",
        "foreign affairs adviser",
        "adviser",
    ),
    (
        "Kenya's government spokesman, Peter Otieno, said the island was Kenyan.",
        "Peter Otieno",
        "government spokesman",
        "spokesperson",
    ),
    (
        "The island is Kenyan, said Peter Otieno, the Kenyan government spokesman.",
        "Peter Otieno",
        "government spokesman",
        "spokesperson",
    ),
]


def _roles(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.args["person"].label, f.args["role"], f.args["office"])
        for f in facts(text)
        if f.rel == "holdsRole"
    ]


@pytest.mark.parametrize(("text", "person", "words", "office"), WORDED)
def test_role_as_worded(text, person, words, office):
    roles = _roles(text)
    assert (person, words, office) in roles, roles


def test_a_vague_office_is_not_narrowed_into_a_guess():
    """ "Party leader X": a vague office's nouns do not make it one whose state the sentences
    around may give (kg.ingest.nlp.place_titles.unguessed); its holding needs a title that names
    the owner. ("Opposition leader" is an office of its own since offices51, a state's home office
    like "foreign minister".)"""
    roles = _roles(
        "Party leader Ana Torres said the glacier was Chilean. Chile rejected the claim."
    )
    assert not [r for r in roles if r[0] == "Ana Torres"], roles


# A name of three words or more shortened to its last two ("Di Maio", "Grlic Radman") is the same
# person, whose office a counterpart then takes. Seen in TT's Mont Blanc article and in T22.
SHORTENED = [
    (
        "Italian Foreign Minister Luigi Di Maio called the order void. Di Maio discussed the "
        "matter on Tuesday with his French counterpart, Jean-Yves Le Drian.",
        ("Jean-Yves Le Drian", "foreign minister", "France"),
    ),
    (
        "Italian Foreign Minister Luigi Di Maio called the order void. Later, his French "
        "counterpart Jean-Yves Le Drian spoke to Di Maio by telephone.",
        ("Luigi Di Maio", "foreign minister", "Italy"),
    ),
    (
        "Croatia's foreign minister, Gordan Grlic Radman, rejected the note. Grlic Radman met "
        "his Slovenian counterpart, Tanja Fajon, in Zagreb.",
        ("Tanja Fajon", "foreign minister", "Slovenia"),
    ),
]


@pytest.mark.parametrize(("text", "holding"), SHORTENED)
def test_a_two_word_surname_is_the_same_person(text, holding):
    found = facts(text)
    roles = {
        (f.args["person"].label, f.args["role"], f.args["of"].label)
        for f in found
        if f.rel == "holdsRole"
    }
    assert holding in roles, roles
    people = {e.label for f in found if f.rel == "meeting" for e in f.args["participants"]}
    assert not people & {"Di Maio", "Grlic Radman"}, people


def test_a_tail_two_people_share_is_neither():
    found = facts(
        "Sheikh Abdullah bin Zayed Al Nahyan met Sheikh Khalifa bin Zayed Al Nahyan on Monday. "
        "Zayed Al Nahyan said the border was settled."
    )
    speakers = [f.args["speaker"].label for f in found if f.rel == "statement"]
    assert not [s for s in speakers if "Abdullah" in s or "Khalifa" in s], speakers
