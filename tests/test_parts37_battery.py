"""Land facts told of a coordination through a relative clause or "together with", and rulings of
an "international arbitration panel" (issue 12, eighteenth round, parts37).

- a relative clause the parser hangs on the last of two coordinated names is said of them all when
  its verb is plural ("the Minquiers and the Ecrehos, which belong to Jersey": both); a singular
  verb, or one that does not show its number, keeps the last ("A and B, which was ...");
- "together with" and "along with", which the parser hangs on the verb, add their names to the
  argument they accompany: the object they follow ("ceded Gogland, together with Seiskari, to"),
  else the subject ("Shikotan forms part of the chain together with the Habomai": a linking verb's
  object is a predicate);
- "an international arbitration panel (tribunal)" is a body of the article, like "an arbitration
  panel": what it rules a land belongs to is the land's incorporation by its ruling.

Seen in T17 (h166, "the Minquiers and the Ecrehos ... belong to the Bailiwick of Jersey"), T20
(h183, "Yeonpyeong and Baengnyeong, which lie just south of the NLL") and TTT (h164: "India and
China, which share ..."); "together with" in T26 (h207, "Gan now forms part of Addu City together
with Hithadhoo, Maradhoo and Feydhoo") and T46 (h283, "Finland ceded it, together with Lavansaari,
Seiskari and Tytarsaari, to the Soviet Union"); the arbitration bodies in T16 (h165, "An international arbitration panel
ruled Thursday that Taba ... belongs to Egypt") and T23 (h191, "awarded to Egypt by an international
arbitration tribunal"). Sentences written for these tests, in news style, about disputes outside
the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, find


def _pairs(text: str, rel: str, a: str, b: str) -> set[tuple[str, str]]:
    return {
        (f.args[a].label, f.args[b].label)
        for f in find(facts(text), rel)
        if a in f.args and b in f.args
    }


# -- a plural verb agrees with the whole coordination
PLURAL = [
    (
        "The Minquiers and the Ecrehos, which belong to the Bailiwick of Jersey, lie off France.",
        {("Minquiers", "Jersey"), ("Ecrehos", "Jersey")},
    ),
    (
        "Fishermen sailed past the Minquiers and the Ecrehos, which belong to the Bailiwick of "
        "Jersey, on Monday.",
        {("Minquiers", "Jersey"), ("Ecrehos", "Jersey")},
    ),
    (
        "The Minquiers and the Ecrehos, which are part of the Bailiwick of Jersey, were awarded "
        "to Britain in 1953.",
        {("Minquiers", "Jersey"), ("Ecrehos", "Jersey")},
    ),
    (
        "The Minquiers and the Ecrehos, which have long been part of the Bailiwick of Jersey, "
        "were visited by French boats.",
        {("Minquiers", "Jersey"), ("Ecrehos", "Jersey")},
    ),
]


@pytest.mark.parametrize(("text", "want"), PLURAL)
def test_a_plural_relative_clause_is_said_of_every_conjunct(text: str, want: set) -> None:
    assert want <= _pairs(text, "partOf", "part", "whole")


def test_a_singular_verb_keeps_the_last_conjunct() -> None:
    got = _pairs(
        "France named the Minquiers and the Ecrehos, which belongs to the Bailiwick of Jersey, "
        "in its note.",
        "partOf",
        "part",
        "whole",
    )
    assert ("Minquiers", "Jersey") not in got


# -- an international arbitration panel's ruling
RULED = [
    "An international arbitration panel ruled on Thursday that Taba belongs to Egypt.",
    "An international arbitration panel ruled Thursday that Taba, a strip of beach that Israel "
    "has held since 1967, belongs to Egypt.",
    "An international arbitration tribunal ruled in 1988 that Taba belongs to Egypt.",
    "In 1988 an international arbitration tribunal ruled that the Taba strip belongs to Egypt.",
]


@pytest.mark.parametrize("text", RULED)
def test_an_international_arbitration_body_rules_land_a_states(text: str) -> None:
    found = facts(text)
    assert any(
        "Taba" in f.args["territory"].label and f.args["into"].label == "Egypt"
        for f in find(found, "incorporates")
        if "territory" in f.args and "into" in f.args
    ), found
    assert any("arbitration" in f.args["issuer"].label for f in find(found, "issued")), found


# -- "together with", "along with": the accompanied argument
HANDED = [
    "Finland ceded Gogland, together with Seiskari, to the Soviet Union in 1940.",
    "In 1940 Finland ceded Gogland together with Seiskari to the Soviet Union.",
    "Finland ceded Gogland, along with Seiskari, to the Soviet Union in 1940.",
    "Finland ceded Gogland together with Seiskari and Tytarsaari to the Soviet Union in 1940.",
]


@pytest.mark.parametrize("text", HANDED)
def test_together_with_joins_the_object_handed_over(text: str) -> None:
    got = {f.args["territory"].label for f in find(facts(text), "handedOverTo")}
    assert {"Gogland", "Seiskari"} <= got


PARTS = [
    "Shikotan forms part of the Lesser Kuril Chain together with the Habomai.",
    "Shikotan, together with the Habomai, forms part of the Lesser Kuril Chain.",
    "Shikotan is part of the Lesser Kuril Chain along with the Habomai.",
]


@pytest.mark.parametrize("text", PARTS)
def test_together_with_joins_the_subject_of_a_linking_verb(text: str) -> None:
    got = _pairs(text, "partOf", "part", "whole")
    assert {("Shikotan", "Lesser Kuril Chain"), ("Habomai", "Lesser Kuril Chain")} <= got


def test_with_alone_joins_nothing() -> None:
    got = {
        f.args["territory"].label
        for f in find(
            facts("Finland ceded Gogland to the Soviet Union with Moscow's consent in 1940."),
            "handedOverTo",
        )
    }
    assert got == {"Gogland"}


def test_together_with_after_another_phrase_joins_no_subject() -> None:
    found = facts("The islets passed to the French crown together with mainland Normandy in 1204.")
    assert not any(
        "Normandy" in f.args["territory"].label
        for f in find(found, "handedOverTo")
        if "territory" in f.args
    ), found
