"""Documents and who made them, read across writers (issue 12, twenty-first round, agree41).

- What two states agreed under a document ("Under the accord, the two countries agreed that ...")
  was agreed the day the document was signed, also where that day is told only by another telling
  of the same signing ("A and B signed an agreement on Monday ... The X Agreement was signed by
  ..."), which the article folds into one only after every sentence is read.
- "then-President X", "then-Secretary of State X": the hyphen that glues the adverb to the title
  is read as a space, so the title and the name keep their places in the sentence (the signers
  listed around it, the state the title's possessive names).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _agreed(text: str) -> list[tuple[set[str], str, str | None]]:
    """Each agreement read: its parties' labels, what was agreed and its date."""
    return [
        (
            {e.label for e in f.args["parties"]},
            str(f.args.get("what")),
            f.args.get("date"),
        )
        for f in facts(text)
        if f.rel == "agreedTo" and not f.negated
    ]


# -- what was agreed under a document takes the day it was signed, told by the other telling
UNDER = [
    # (article, a word of what was agreed, the parties, the day)
    (
        "Chile and Peru signed an agreement on Tuesday on the sharing of fish stocks. The Pacific "
        "Fisheries Agreement was signed by Chilean Foreign Minister Ana Soto and Peruvian Foreign "
        "Minister Luis Vega. Under the accord, the two countries agreed that the anchovy catch "
        "would be shared equally.",
        "anchovy",
        {"Chile", "Peru"},
        "2020-05-05",
    ),
    (  # "under it", another verb of the class
        "Norway and Iceland signed an agreement on herring on Friday. The Herring Agreement was "
        "signed by Norwegian Fisheries Minister Per Dahl and Icelandic Fisheries Minister Jon "
        "Arnason. Under it, the two governments agreed to set a joint quota.",
        "quota",
        {"Norway", "Iceland"},
        "2020-05-01",
    ),
    (  # "undertook to", the that-clause coordinated
        "Chile and Peru signed an agreement on Tuesday on the sharing of fish stocks. The Pacific "
        "Fisheries Agreement was signed by Chilean Foreign Minister Ana Soto and Peruvian Foreign "
        "Minister Luis Vega. Under the accord, both sides undertook to share data on the catch "
        "every month.",
        "data",
        {"Chile", "Peru"},
        "2020-05-05",
    ),
]


@pytest.mark.parametrize("text, word, parties, day", UNDER)
def test_agreed_under_a_document_on_its_signing_day(text, word, parties, day):
    found = [a for a in _agreed(text) if word in a[1]]
    assert found, _agreed(text)
    assert all(parties <= a[0] and a[2] == day for a in found), found


def test_agreed_under_no_document_stays_undated():
    """No "under" phrase: the agreement is no document's, and its sentence gives no day."""
    text = (
        "Chile and Peru signed an agreement on Tuesday on the sharing of fish stocks. The Pacific "
        "Fisheries Agreement was signed by Chilean Foreign Minister Ana Soto and Peruvian Foreign "
        "Minister Luis Vega. The two countries agreed that the anchovy catch would be shared "
        "equally."
    )
    found = [a for a in _agreed(text) if "anchovy" in a[1]]
    assert found and all(a[2] is None for a in found), found


# -- "then-President X": the title's state is the one its own possessive names
THEN = [
    (
        "The accord was signed in 2015 by Egyptian President Abdel Fattah al-Sisi and Sudan's "
        "then-President Omar al-Bashir.",
        "Omar al-Bashir",
        "Sudan",
    ),
    (  # the title before the name with no possessive after a name of the other state
        "The declaration was signed in Khartoum on March 23, 2015, by Egyptian President Abdel "
        "Fattah al-Sisi, Sudan's then-President Omar al-Bashir and Ethiopian Prime Minister "
        "Hailemariam Desalegn.",
        "Omar al-Bashir",
        "Sudan",
    ),
    (  # spaced, as some writers spell it: read the same
        "The accord was signed in 2015 by Egyptian President Abdel Fattah al-Sisi and Sudan's "
        "then President Omar al-Bashir.",
        "Omar al-Bashir",
        "Sudan",
    ),
]


@pytest.mark.parametrize("text, person, state", THEN)
def test_then_title_is_of_its_own_state(text, person, state):
    offices = {
        f.args["person"].label: f.args["of"].label
        for f in facts(text)
        if f.rel == "holdsRole" and f.args.get("of") is not None
    }
    assert offices.get(person) == state, offices


def test_then_title_signing_keeps_both_signers():
    text = (
        "The accord was signed in 2015 by Egyptian President Abdel Fattah al-Sisi and Sudan's "
        "then-President Omar al-Bashir."
    )
    signed = [f for f in facts(text) if f.rel == "signed" and not f.negated]
    assert signed
    labels = {e.label for e in signed[0].args["parties"]}
    assert {"Egypt", "Sudan"} <= labels, labels


# -- an agreement a past speech verb reports ("said the two had agreed to") is of the report's day
# where the sentence names none; a date of its own, or one of the speech, wins
REPORTED = [
    # (article, a word of what was agreed, the day)
    (
        "Rwanda will reopen its border with Uganda. Ayebare said the two countries had agreed to "
        "continue talks on the release of detained nationals.",
        "talks",
        "2020-05-05",
    ),
    (  # the speech's words put in a statement
        "Rwanda will reopen its border with Uganda. The ministry said in a statement that both "
        "sides had agreed to continue talks.",
        "talks",
        "2020-05-05",
    ),
    (  # the simple past, told back the same way
        "Chile and Peru held talks in Lima. The foreign minister said the two countries agreed to "
        "reopen the border crossing.",
        "crossing",
        "2020-05-05",
    ),
    (  # the speech's own day
        "Rwanda will reopen its border with Uganda. Ayebare said on Friday that the two countries "
        "had agreed to continue talks.",
        "talks",
        "2020-05-01",
    ),
    (  # the agreement's own year
        "Rwanda will reopen its border with Uganda. Ayebare said the two countries had agreed in "
        "2019 to continue talks.",
        "talks",
        "2019",
    ),
]


@pytest.mark.parametrize("text, word, day", REPORTED)
def test_reported_agreement_takes_the_reports_day(text, word, day):
    found = [a for a in _agreed(text) if word in a[1]]
    assert found, _agreed(text)
    assert all(a[2] == day for a in found), found


def test_agreement_told_outright_in_the_past_perfect_stays_undated():
    """No speech verb reports it: "had agreed" may reach back any time."""
    text = (
        "Rwanda will reopen its border with Uganda. Rwanda and Uganda had agreed to continue talks."
    )
    found = [a for a in _agreed(text) if "talks" in a[1]]
    assert found and all(a[2] is None for a in found), found
