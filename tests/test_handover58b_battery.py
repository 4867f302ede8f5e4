"""Promised handovers as news tells them (issue 12, thirty-eighth round, handover58b).

Three causes of a promise missed or its condition cut short:

- a deadline counted from an event ("within 90 days of a joint survey finding ...", "within six
  months after the commission completes its survey"): the event is what the promise waits on, so
  it is the promise's condition;
- a draft or proposed document ("Under the draft agreement, X would pass to Y"): still a document
  whose promise is told;
- a condition whose subject carries an apposition set off by commas ("once the MFO, the
  peacekeeping mission that monitors the treaty, has moved its post"): the condition runs on to
  the predicate the parser hung elsewhere.

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

KENYA, UGANDA, MIGINGO = "state/kenya", "state/uganda", "territory/migingo-island"
UK, MAURITIUS, CHAGOS = "state/united-kingdom", "state/mauritius", "territory/chagos-archipelago"
CANADA, DENMARK, HANS = "state/canada", "state/denmark", "territory/hans-island"
EGYPT, SAUDI, TIRAN = "state/egypt", "state/saudi-arabia", "territory/tiran"


def _promise(text: str, **roles: str) -> dict:
    found = facts(text)
    promised = find(found, "promisesHandover", **roles)
    assert promised, shown(found)
    return promised[0].args


DEADLINES = [
    # -- "within N of" a noun the event's clause hangs on
    (
        "NAIROBI, March 3 (Reuters) - Under the memorandum, Kenya will hand Migingo over to Uganda"
        " within 90 days of a joint survey finding that the island lies on the Ugandan side.",
        {"territory": MIGINGO, "from": KENYA, "to": UGANDA},
        ("joint survey", "Ugandan side"),
    ),
    # -- passive with its agent, "after" joining the span to its event, another region
    (
        "PORT LOUIS, Oct 21 (AFP) - Under the treaty, the Chagos Archipelago will be handed over"
        " to Mauritius by Britain within two years after the boundary commission completes its"
        " survey.",
        {"territory": CHAGOS, "from": UK, "to": MAURITIUS},
        ("commission completes its survey",),
    ),
    # -- the moment a clause tells, the document subject of "provides", title after name
    (
        "OTTAWA, June 14 (CP) - The accord, signed by Melanie Joly, the foreign minister, provides"
        " that Denmark will transfer Hans Island to Canada within six months of the day both"
        " parliaments ratify it.",
        {"territory": HANS, "from": DENMARK, "to": CANADA},
        ("both parliaments ratify",),
    ),
]


@pytest.mark.parametrize(("text", "roles", "words"), DEADLINES)
def test_deadline_event_is_the_condition(text: str, roles: dict, words: tuple[str, ...]) -> None:
    condition = str(_promise(text, **roles).get("condition"))
    assert all(w in condition for w in words), condition
    assert "within" not in condition and "days" not in condition, condition


def test_a_bare_date_is_no_event() -> None:
    text = (
        "NAIROBI, March 3 (Reuters) - Under the memorandum, Kenya will hand Migingo over to Uganda"
        " within 90 days of the date."
    )
    assert _promise(text, territory=MIGINGO, to=UGANDA).get("condition") is None


def test_a_deadline_without_a_document_is_no_promise() -> None:
    text = (
        "NAIROBI, March 3 (Reuters) - Kenyan Foreign Minister Musalia Mudavadi said Kenya would"
        " hand Migingo over to Uganda within 30 days of the signing."
    )
    assert not find(facts(text), "promisesHandover"), shown(facts(text))


DRAFTS = [
    (
        "COPENHAGEN, May 2 (Reuters) - Under the draft agreement, Hans Island would pass to"
        " Canada.",
        {"territory": HANS, "to": CANADA},
    ),
    (
        "NAIROBI, March 3 (Reuters) - Under the proposed treaty, Kenya would cede Migingo to"
        " Uganda.",
        {"territory": MIGINGO, "from": KENYA, "to": UGANDA},
    ),
    (
        "NAIROBI, March 3 (Reuters) - The draft accord provides that Migingo will be handed over"
        " to Uganda by Kenya.",
        {"territory": MIGINGO, "from": KENYA, "to": UGANDA},
    ),
]


@pytest.mark.parametrize(("text", "roles"), DRAFTS)
def test_draft_document_promises(text: str, roles: dict) -> None:
    assert _promise(text, **roles).get("document") is not None


APPOSED_SUBJECTS = [
    (
        "CAIRO, Feb 9 (Reuters) - The protocol provides that Egypt will hand Tiran over to Saudi"
        " Arabia once the Multinational Force and Observers (MFO), the peacekeeping mission that"
        " monitors the peace treaty, has moved its observation post to the Sinai mainland.",
        {"territory": TIRAN, "from": EGYPT, "to": SAUDI},
        "has moved its observation post to the Sinai mainland",
    ),
    (
        "NAIROBI, March 3 (Reuters) - Under the memorandum, Kenya will hand Migingo over to Uganda"
        " once the commission, a body of six surveyors from both countries, has finished its"
        " survey of the lake.",
        {"territory": MIGINGO, "from": KENYA, "to": UGANDA},
        "has finished its survey of the lake",
    ),
]


@pytest.mark.parametrize(("text", "roles", "tail"), APPOSED_SUBJECTS)
def test_condition_runs_past_its_subjects_apposition(text: str, roles: dict, tail: str) -> None:
    condition = str(_promise(text, **roles).get("condition"))
    assert condition.endswith(tail), condition


def test_condition_with_its_own_verb_is_not_stretched() -> None:
    text = (
        "NAIROBI, March 3 (Reuters) - Under the memorandum, Kenya will hand Migingo over to Uganda"
        " once the survey is finished, officials said."
    )
    condition = str(_promise(text, territory=MIGINGO, to=UGANDA).get("condition"))
    assert condition == "the survey is finished", condition


def test_both_lands_take_the_condition_past_the_apposition() -> None:
    # "both islands" after a sentence naming them; the condition's subject may be read as an object
    text = (
        "CAIRO, Feb 9 (Reuters) - Egypt and Saudi Arabia signed a protocol on Tiran and Sanafir on"
        " Sunday. The protocol provides that Egypt will hand both islands over to the Kingdom once"
        " the Multinational Force and Observers (MFO), the peacekeeping mission that monitors the"
        " peace treaty, has moved its observation post to the Sinai mainland."
    )
    found = find(facts(text), "promisesHandover", **{"from": EGYPT, "to": SAUDI})
    assert {f.args["territory"].key for f in found} == {TIRAN, "territory/sanafir"}, shown(found)
    for f in found:
        assert str(f.args.get("condition")).endswith("to the Sinai mainland"), shown(found)


MISREAD_MARKERS = [
    # -- the condition's subject read as a second object of "hand", "once" its adverb
    (
        "CAIRO, Feb 9 (Reuters) - Egypt and Saudi Arabia signed a protocol on Tiran and Sanafir on"
        " Sunday. The protocol, signed in Cairo by Egyptian Foreign Minister Badr Abdelatty and his"
        " Saudi counterpart, Prince Faisal bin Farhan, provides that Egypt will hand both islands"
        " over to the Kingdom once the Multinational Force and Observers (MFO), the peacekeeping"
        " mission that monitors the Egyptian-Israeli peace treaty, has moved its observation post"
        " to the Sinai mainland.",
        {"from": EGYPT, "to": SAUDI},
        "has moved its observation post to the Sinai mainland",
    ),
    # -- "once" read as a preposition of "hand", the clause a conjunct of it; another region
    (
        "NAIROBI, March 3 (Reuters) - Kenya and Uganda signed a memorandum on Migingo and Usingo on"
        " Sunday. The memorandum, signed in Kampala by Kenyan Foreign Minister Musalia Mudavadi and"
        " his Ugandan counterpart, Jeje Odongo, provides that Kenya will hand both islands over to"
        " Uganda once the Lake Victoria Basin Commission (LVBC), the regional body that manages the"
        " lake, has moved its survey station from Migingo to the mainland.",
        {"from": KENYA, "to": UGANDA},
        "has moved its survey station from Migingo to the mainland",
    ),
]


@pytest.mark.parametrize(("text", "roles", "tail"), MISREAD_MARKERS)
def test_misread_marker_still_opens_the_condition(text: str, roles: dict, tail: str) -> None:
    found = find(facts(text), "promisesHandover", **roles)
    assert len(found) == 2, shown(facts(text))
    for f in found:
        assert str(f.args.get("condition")).endswith(tail), shown(found)
