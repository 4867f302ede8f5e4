"""Claims and recognitions as news words them around other phrases (issue 12, sixteenth round,
second pass, claims35).

- An object set after an inserted adverbial between commas ("Pakistan has also claimed, since the
  1960s, the whole of Sir Creek"): the parser hangs it on the verb as a bare adverbial noun or
  leaves it unread, and the verb had no object. Seen in T30's Sir Creek and the claims35 study
  articles; a verb without an object of its own now takes it back (grammar/displaced_roles.py).
- "Considers the whole of X its own": the parser hangs "its own" on X, inside "the whole of";
  the share is the verb's object (rules/own_land.py). Seen in T30 ("considers the whole of the
  former princely state ... its own") and the claims35 Somaliland article.
- A recognition's date is not one told of another event inside its phrases: a clause with its own
  subject ("making it the first to do so since the region declared independence in 1991") or a
  year naming a noun that is no argument of the verb ("recognised the border as drawn in the 1972
  treaty") (rules/when.py). Seen in two claims35 articles by different outlets' styles and in the
  readable batches' dates of other relations.

- A decision to do what deciding does ("Israel's decision to recognise Somaliland", "Jordan
  informed Israel of its decision to end the annexes", "decided to suspend talks") tells the deed,
  not a plan, and the noun's possessor is the infinitive's doer (data/lexicon/mood.yaml `decided`,
  grammar/mood.py, grammar/displaced_roles.py). Seen in T18's Baqura and Ghamr annexes and the
  claims35 Somaliland article; a decision to hand over, or one that would be taken, is still none.

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import FALKLANDS, UK, facts, has, shown

ARGENTINA, PAKISTAN, MAURITIUS = "state/argentina", "state/pakistan", "state/mauritius"
VENEZUELA, SOMALIA, JAPAN, CHINA = "state/venezuela", "state/somalia", "state/japan", "state/china"
ISRAEL, MOROCCO, RUSSIA = "state/israel", "state/morocco", "state/russia"
SIR_CREEK, CHAGOS = "territory/sir-creek", "territory/chagos-archipelago"
ESSEQUIBO, SENKAKU = "territory/guayana-esequiba", "territory/senkaku-islands"

# (relation, roles, text): the object after an inserted phrase, and its rewrites
DISPLACED: list = [
    (
        "claims",
        {"claimant": PAKISTAN, "territory": SIR_CREEK},
        "Pakistan has also claimed, since the 1960s, the whole of Sir Creek.",
    ),
    (
        "claims",
        {"claimant": PAKISTAN, "territory": SIR_CREEK},
        "Pakistan has claimed, since the partition of 1947, Sir Creek.",
    ),
    (
        "claims",
        {"claimant": PAKISTAN, "territory": SIR_CREEK},
        "Pakistan has claimed the whole of Sir Creek since the 1960s.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina has claimed, since 1833, the Falkland Islands.",
    ),
    (
        "controls",
        {"state": UK, "territory": FALKLANDS},
        "Britain has held, since 1833, the Falkland Islands.",
    ),
    (
        "rejectsClaim",
        {"state": JAPAN, "claimant": CHINA},
        "Japan rejected, in a note delivered on Tuesday, China's claim to the Senkaku Islands.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), DISPLACED)
def test_object_after_an_inserted_phrase_is_the_verbs(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (relation, roles, text): "considers the whole of X its own" and its rewrites
SHARES: list = [
    (
        "claims",
        {"claimant": MAURITIUS, "territory": CHAGOS},
        "Mauritius considers the whole of the Chagos Archipelago its own.",
    ),
    (
        "claims",
        {"claimant": VENEZUELA, "territory": ESSEQUIBO},
        "Venezuela considers all of the Essequibo its own.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina, which lost the war in 1982, still considers the whole of the Falklands its own.",
    ),
    (
        "claims",
        {"claimant": MAURITIUS, "territory": CHAGOS},
        "Mauritius regards the whole of the Chagos Archipelago as its own.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), SHARES)
def test_the_whole_of_a_land_regarded_as_ones_own_is_claimed(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


def test_the_whole_of_ones_own_held_land_is_no_claim():
    found = facts("Britain considers the whole of the Falkland Islands its own.")
    assert not has(found, "claims", claimant=UK, territory=FALKLANDS), shown(found)


def _recognition_dates(text: str) -> list[str | None]:
    return [f.args.get("date") for f in facts(text) if f.rel == "recognizes" and not f.negated]


# (text, the date the recognition must have, or None for none): 2020-05-05 is a Tuesday
DATED: list = [
    (
        "Israel formally recognised Somaliland, the first state to do so since the region declared "
        "independence in 1991.",
        None,
    ),
    (
        "Prime Minister Benjamin Netanyahu announced on Friday that Israel formally recognised "
        "Somaliland, making it the first country to do so since the region declared independence "
        "in 1991.",
        "2020-05-01",
    ),
    (
        "The spokesman said on Wednesday that Morocco recognised the border as drawn in the 1972 "
        "treaty.",
        "2020-04-29",
    ),
    (
        "On Aug. 26, 2008, Russia recognised Abkhazia as an independent state, days after Georgian "
        "forces had withdrawn since the fighting began in 2006.",
        "2008-08-26",
    ),
    ("In 1994 Iraq recognised the border marked out by a U.N. commission.", "1994"),
    ("Georgia on Tuesday condemned Russia's decision to recognise Abkhazia.", None),
    ("Russia decided on Tuesday to recognise Abkhazia.", "2020-05-05"),
]


@pytest.mark.parametrize(("text", "date"), DATED)
def test_a_recognition_takes_no_date_of_another_event(text, date):
    assert _recognition_dates(text) == [date], shown(facts(text))


# (relation, roles, text): a decision that is the act, and its rewrites
DECIDED: list = [
    (
        "recognizes",
        {"party": RUSSIA},
        "Georgia condemned Russia's decision to recognise Abkhazia as an independent state.",
    ),
    (
        "recognizes",
        {"party": RUSSIA},
        "Russia's decision to recognise Abkhazia was condemned by Georgia on Tuesday.",
    ),
    (
        "recognizes",
        {"party": RUSSIA},
        "Russia decided in August 2008 to recognise Abkhazia as an independent state.",
    ),
    ("suspends", {"party": JAPAN}, "Japan decided to suspend talks with Russia on the islands."),
    (
        "suspends",
        {"party": JAPAN},
        "Tokyo announced on Monday its decision to suspend the talks with Moscow on the islands.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), DECIDED)
def test_a_decision_to_do_what_deciding_does_is_the_deed(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


NOT_DECIDED: list = [
    ("recognizes", "Russia would decide to recognise Abkhazia only after a referendum."),
    ("recognizes", "Russia's decision whether to recognise Abkhazia is expected next week."),
    ("handedOverTo", "Britain decided to hand over Hong Kong to China."),
    ("recognizes", "Georgia urged Russia to reverse its plan to recognise Abkhazia."),
]


@pytest.mark.parametrize(("rel", "text"), NOT_DECIDED)
def test_a_decision_not_taken_or_a_plan_is_no_deed(rel, text):
    found = facts(text)
    assert not [f for f in found if f.rel == rel and not f.negated], shown(found)
