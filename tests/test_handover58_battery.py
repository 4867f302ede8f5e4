"""Promised handovers as news tells them (issue 12, thirty-eighth round, handover58).

Three readings of a handover a document promises on a condition:

- "it"/"them" handed over stands for a land told before it, never for one its own condition names
  after it ("Israel will hand it back to Syria once observers have visited the Daraa province": the
  land the article is about, not the province);
- the document the promise is made under, set off by a comma at the close of the sentence
  (", under minutes signed on Tuesday"), is the promise's even where the parser hung it on a clause
  deep in the condition ("... confirms that the line runs north of it, under minutes ...");
- a promise with its condition is one ``promisesHandover``: the same sentence read as a document's
  condition on "what" it says gives no ``conditionedOn`` beside it (FORMAT.md).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has, shown

ISRAEL, SYRIA, GOLAN = "state/israel", "state/syria", "territory/golan-heights"
MALAYSIA, INDONESIA, SIPADAN = "state/malaysia", "state/indonesia", "territory/sipadan"
UK, MAURITIUS, CHAGOS = "state/united-kingdom", "state/mauritius", "territory/chagos-archipelago"
KENYA, UGANDA, MIGINGO = "state/kenya", "state/uganda", "territory/migingo-island"

PRONOUN_BEFORE = [
    # -- "it" after a sentence about the land; the condition names another land after the pronoun
    (
        "BEIRUT, July 30 (Reuters) - Israel and Syria reached an arrangement on Tuesday on the"
        " Golan. Israel will hand it back to Syria once U.N. observers have visited the Daraa"
        " province, the arrangement says.",
        {"territory": GOLAN, "from": ISRAEL, "to": SYRIA},
    ),
    # -- the document as subject of "provides", the condition's land in a "that" clause
    (
        "BEIRUT, July 30 (Reuters) - Israel and Syria reached an arrangement on Tuesday on the"
        " Golan. The arrangement provides that Israel will hand it back to Syria once U.N."
        " observers have confirmed that no heavy weapons remain in the Daraa province.",
        {"territory": GOLAN, "from": ISRAEL, "to": SYRIA},
    ),
    # -- "under" first, another region
    (
        "PORT LOUIS, Oct 21 (AFP) - Britain and Mauritius signed a treaty on the Chagos"
        " Archipelago in May. Under the treaty, Britain will hand it over to Mauritius once the"
        " Seychelles has ratified a fisheries accord.",
        {"territory": CHAGOS, "from": UK, "to": MAURITIUS},
    ),
]


@pytest.mark.parametrize(("text", "roles"), PRONOUN_BEFORE)
def test_pronoun_stands_for_a_land_told_before_it(text: str, roles: dict) -> None:
    found = facts(text)
    assert has(found, "promisesHandover", **roles), shown(found)


def test_pronoun_is_not_the_land_its_condition_names() -> None:
    found = facts(PRONOUN_BEFORE[0][0])
    assert not find(found, "promisesHandover", territory="territory/daraa-governorate"), shown(
        found
    )
    assert all(f.args["territory"].key == GOLAN for f in found if f.rel == "promisesHandover"), (
        shown(found)
    )


CLOSING_UNDER = [
    # -- the set-off "under" hung by the parser on the clause the condition's verb finds
    (
        "KUCHING, April 8 (Bernama) -- Malaysia will hand over Sipadan to Indonesia if a joint"
        " re-survey confirms that the watershed line runs north of it, under minutes signed on"
        " Tuesday.",
        {"territory": SIPADAN, "from": MALAYSIA, "to": INDONESIA},
        "minutes",
    ),
    # -- an inverted condition, another document noun, another region
    (
        "KISUMU, Kenya, May 4 (Reuters) - Uganda will hand Migingo over to Kenya should the"
        " survey find that the border runs south of the island, under an agreement signed in"
        " Kampala on Monday.",
        {"territory": MIGINGO, "from": UGANDA, "to": KENYA},
        "agreement",
    ),
]


@pytest.mark.parametrize(("text", "roles", "noun"), CLOSING_UNDER)
def test_closing_under_names_the_promise_document(text: str, roles: dict, noun: str) -> None:
    found = find(facts(text), "promisesHandover", **roles)
    assert found, shown(facts(text))
    doc = found[0].args.get("document")
    assert doc is not None and noun in doc.label.lower(), shown(found)
    condition = str(found[0].args.get("condition"))
    assert "under" not in condition and "signed" not in condition, shown(found)


def test_under_inside_the_condition_stays_its_words() -> None:
    # no comma: the order is what the border is marked under, not the promise's document
    text = (
        "KISUMU, Kenya, May 4 (Reuters) - Kenya and Uganda signed minutes on Monday. Under the"
        " minutes, Uganda will hand Migingo over to Kenya once the border has been marked under"
        " the 1926 order in council."
    )
    found = find(facts(text), "promisesHandover", territory=MIGINGO, to=KENYA)
    assert found, shown(facts(text))
    assert "minutes" in found[0].args["document"].label.lower(), shown(found)


RESTATED = [
    (
        "BEIRUT, July 30 (Reuters) - Israel and Syria signed an arrangement on Tuesday. The"
        " arrangement provides that Israel will withdraw from its posts and hand the Golan Heights"
        " back to Syria once U.N. observers confirm that no heavy weapons remain there.",
        {"territory": GOLAN, "from": ISRAEL, "to": SYRIA},
    ),
    (
        "DAMASCUS, Jan 5 (AFP) - Under the agreement, Israel would pull its troops out and"
        " return the Golan Heights to Syria if Damascus keeps heavy weapons out of the south.",
        {"territory": GOLAN, "from": ISRAEL, "to": SYRIA},
    ),
]


@pytest.mark.parametrize(("text", "roles"), RESTATED)
def test_promise_with_condition_is_told_once(text: str, roles: dict) -> None:
    found = facts(text)
    promises = find(found, "promisesHandover", **roles)
    assert promises and promises[0].args.get("condition"), shown(found)
    said = promises[0].args["condition"]
    assert not [f for f in found if f.rel == "conditionedOn" and f.args.get("condition") == said], (
        shown(found)
    )


def test_condition_on_something_else_stays() -> None:
    # no handover: the document's condition on what it says is read as before
    text = (
        "NICOSIA, May 3 (Reuters) - Under the memorandum, the crossing will reopen to trade only"
        " once both sides have removed their new posts."
    )
    found = facts(text)
    assert [f for f in found if f.rel == "conditionedOn"], shown(found)


FRAMED = [
    # -- "under" the document before a predicate "conditional on"
    (
        "BUCHAREST, May 3 (Reuters) - Romania and Ukraine signed a memorandum on Tuesday. Under"
        " the memorandum, further dredging of the Bystroe channel is conditional on a joint"
        " environmental assessment.",
        "memorandum",
        "dredging",
        "environmental assessment",
    ),
    # -- the document as the source of the report, a copy of it, a gerund condition
    (
        "TOKYO, Jan 27 (Kyodo) - Japan and Russia signed a memorandum on visits on Thursday. The"
        " resumption is conditional on Tokyo lifting its entry ban on Sakhalin officials,"
        " according to a copy of the memorandum.",
        "memorandum",
        "resumption",
        "lifting its entry ban",
    ),
    # -- another region, "dependent on", "according to" the document itself
    (
        "ADDIS ABABA, Feb 2 (AFP) - Ethiopia and Sudan signed an agreement on al-Fashaga on"
        " Monday. The return of farmers to the area is dependent on a joint demarcation of the"
        " border, according to the agreement.",
        "agreement",
        "return of farmers",
        "joint demarcation",
    ),
]


@pytest.mark.parametrize(("text", "noun", "what", "condition"), FRAMED)
def test_document_framing_a_conditional_predicate(
    text: str, noun: str, what: str, condition: str
) -> None:
    found = [f for f in facts(text) if f.rel == "conditionedOn"]
    assert found, shown(facts(text))
    f = found[0]
    assert noun in f.args["document"].label.lower(), shown(found)
    assert what in str(f.args["what"]) and condition in str(f.args["condition"]), shown(found)


def test_conditional_predicate_no_document_frames() -> None:
    # no document frames the clause: a speaker's view, no document's condition
    text = (
        "TOKYO, Jan 27 (Kyodo) - Any progress on the islands is conditional on a change of"
        " government in Moscow, the minister said."
    )
    assert not [f for f in facts(text) if f.rel == "conditionedOn"], shown(facts(text))


def test_its_terms_is_a_document_told_before_it() -> None:
    # "its terms": the treaty told before, not the agreement the condition names after it
    text = (
        "GIBRALTAR, Jan 5 (Reuters) - The treaty took effect on Monday. Under its terms, the"
        " Spanish officers are to withdraw from the airport and the previous border controls are"
        " to return if either London or Brussels terminates the agreement."
    )
    found = [f for f in facts(text) if f.rel == "conditionedOn"]
    assert found and found[0].args["document"].label.lower().startswith("treaty"), shown(found)


PASSIVE_MADE = [
    # -- the on-phrase and its participle hung by the parser on the passive's by-object
    (
        "KABUL, May 5 (AFP) - Iran and Afghanistan signed a memorandum on the river. Any release"
        " of water from the reservoir is made conditional by the memorandum on the committee first"
        " agreeing a seasonal allocation, the minister said.",
        "memorandum",
        "release of water",
        "agreeing a seasonal allocation",
    ),
    (
        "TASHKENT, May 5 (Reuters) - Uzbekistan and Kyrgyzstan signed a protocol on the reservoir"
        " on Friday. Further works on the dam were made conditional by the protocol on a joint"
        " survey of the shoreline.",
        "protocol",
        "works on the dam",
        "joint survey",
    ),
]


@pytest.mark.parametrize(("text", "noun", "what", "condition"), PASSIVE_MADE)
def test_made_conditional_by_a_document(text: str, noun: str, what: str, condition: str) -> None:
    found = [f for f in facts(text) if f.rel == "conditionedOn"]
    assert found, shown(facts(text))
    f = found[0]
    assert noun in f.args["document"].label.lower(), shown(found)
    assert what in str(f.args["what"]) and condition in str(f.args["condition"]), shown(found)
