"""When an agreement was made, where news tells its day in another sentence (issue 12, round 29,
agree49).

- "The two countries signed a joint declaration in April 2022 ... In it, A and B committed to ...",
  "The minutes, signed by ... on Tuesday ... Under them, the two governments agreed to ...": a
  pronoun after "in" or "under" is the document the sentence before named ("them" only for a
  document named in the plural), so what was agreed in it was agreed the day it was signed. Where
  the sentence before named two documents, the pronoun names none and the agreement stays undated.
- "A and B have agreed to ..., officials said on Wednesday. Their ministers met in X on Tuesday and
  signed a memorandum": the perfect tells an act done before the report's day; the signing or the
  meeting of those sides the next sentence tells, in the week before, is the agreement's day. A
  meeting of other states leaves the agreement on the report's day.
- "The clinic, opened under a 2011 agreement between Chile and Argentina, ...": an agreement noun
  after "under" whose own words tell only its year and its parties names a document, no content
  agreed; one that tells what it is on ("an agreement between A and B on fishing") or that a
  relative clause tells made ("the accord A struck with B in 1956") is still read.
- "since the two countries agreed on it", "ready to support any arrangement agreed by both
  parties": a pronoun alone, or "any" thing, tells nothing agreed.
- "the two Koreas agreed", "both Koreas": the plural of a name several states share (the
  gazetteer's ``shared``) names all of them, not the two states the article names most.
- '"I have spoken to President X and we agreed that ...," Y said': a quoted "we" joined to the
  speaker's own "I spoke to (met, called) X" names the speaker and X, with their states (or, where
  one is placed in none, the article's two); "I spoke with the fishermen and we agreed" names no
  person.
Sentences written for these tests, in news style, on disputes of several regions.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown


def _agreed(found, words):
    return [f for f in found if f.rel == "agreedTo" and not f.negated and words in f.args["what"]]


# -- a pronoun after "in" or "under": the document named in the sentence before, dated by its signing
IN_THE_DOCUMENT = [
    (
        "The row is the first since Chile and Peru signed a joint declaration in March 2019 that "
        "ended a long quarrel over fishing. In it, Santiago and Lima committed to share catch data "
        "every month.",
        "share catch data",
        "2019-03",
    ),
    (
        "Ghana and Togo signed a fisheries accord in Lome in June 2021. In it, the two countries "
        "agreed to patrol the lagoon together.",
        "patrol the lagoon",
        "2021-06",
    ),
    (
        "ACCRA, Thursday, January 15, 2026 - Ghana will pull its police off the island, officials "
        "said. The minutes, signed by Ghana and Togo in Lome on Tuesday at the end of a two-day "
        "session, were released yesterday. Under them, the two governments agreed to resume the "
        "survey of the lagoon boundary by the end of March.",
        "resume the survey",
        "2026-01-13",
    ),
]


@pytest.mark.parametrize("text, words, day", IN_THE_DOCUMENT)
def test_an_agreement_in_a_document_named_before_takes_its_signing_day(text, words, day):
    found = facts(text, published="2026-01-15")
    agreed = _agreed(found, words)
    assert agreed and all(f.args.get("date") == day for f in agreed), shown(found)


def test_a_pronoun_after_two_documents_names_neither():
    text = (
        "Ghana and Togo signed a fisheries accord in June 2021 and a border treaty in May 2019. "
        "In it, the two countries agreed to patrol the lagoon together."
    )
    found = facts(text)
    assert not [f for f in _agreed(found, "patrol the lagoon") if f.args.get("date")], shown(found)


def test_them_names_no_document_named_in_the_singular():
    text = (
        "Ghana and Togo signed a fisheries accord in Lome in June 2021. Under them, the two "
        "countries agreed to patrol the lagoon together."
    )
    found = facts(text)
    assert not [f for f in _agreed(found, "patrol the lagoon") if f.args.get("date")], shown(found)


# -- "have agreed ..., officials said on <day>": the signing or the meeting told next, its day
PERFECT_THEN_MET = [
    (
        "LUSAKA, Nov. 18 (Xinhua) -- Zambia and Malawi have agreed to send a joint team to survey a "
        "small island in the Songwe River, officials of both countries said on Wednesday.\n\n"
        "Zambian Foreign Minister Mulambo Haimbe and his Malawian counterpart Nancy Tembo met in "
        "Lusaka on Tuesday and signed a memorandum of understanding on the island.",
        "send a joint team",
        "2026-11-17",
    ),
    (
        "LUSAKA, Nov. 18 (Xinhua) -- Zambia and Malawi have agreed to send a joint team to survey a "
        "small island in the Songwe River, officials said on Wednesday.\n\n"
        "The two countries signed a memorandum of understanding in Lusaka on Monday after two days "
        "of talks.",
        "send a joint team",
        "2026-11-16",
    ),
]


@pytest.mark.parametrize("text, words, day", PERFECT_THEN_MET)
def test_a_perfect_agreement_takes_the_day_of_the_signing_told_next(text, words, day):
    found = facts(text, published="2026-11-18")
    agreed = _agreed(found, words)
    assert agreed and all(f.args.get("date") == day for f in agreed), shown(found)


def test_a_signing_of_other_states_leaves_the_report_day():
    text = (
        "LUSAKA, Nov. 18 (Xinhua) -- Zambia and Malawi have agreed to send a joint team to survey a "
        "small island in the Songwe River, officials said on Wednesday.\n\n"
        "Kenya and Uganda signed a memorandum of understanding in Kampala on Monday."
    )
    found = facts(text, published="2026-11-18")
    agreed = _agreed(found, "send a joint team")
    assert agreed and all(f.args.get("date") == "2026-11-18" for f in agreed), shown(found)


# -- an agreement noun after "under" that tells only its year and parties: no content agreed
NAMED_ONLY = [
    "The clinic, opened in 2014 under a 2011 agreement between Chile and Argentina, treats patients "
    "from both sides.",
    "The river is patrolled under agreements between Lima and Quito.",
    "Under a 1998 accord between Peru and Ecuador, the fishermen were released.",
]


@pytest.mark.parametrize("text", NAMED_ONLY)
def test_an_agreement_named_under_tells_no_content(text):
    found = facts(text)
    assert not [f for f in found if f.rel == "agreedTo"], shown(found)


TELLS_CONTENT = [
    (
        "Under an agreement between Peru and Ecuador on fishing, boats may cross the line.",
        "fishing",
    ),
    (
        "Under a 2011 deal between Chile and Argentina to share the clinic, patients cross freely.",
        "share",
    ),
]


@pytest.mark.parametrize("text, words", TELLS_CONTENT)
def test_an_agreement_named_under_with_its_content_is_read(text, words):
    found = facts(text)
    assert _agreed(found, words), shown(found)


# -- a pronoun alone, or "any" thing, tells nothing agreed
NOTHING_AGREED = [
    '"The line runs where it has run since the two countries agreed on it," the Estonian minister '
    "said of Estonia and Russia.",
    'Kosovo and Serbia were told that KFOR was "ready to support any arrangement agreed by both '
    'parties."',
]


@pytest.mark.parametrize("text", NOTHING_AGREED)
def test_a_pronoun_or_any_tells_nothing_agreed(text):
    found = facts(text)
    assert not [f for f in found if f.rel == "agreedTo"], shown(found)


def test_a_thing_named_is_agreed():
    found = facts("Estonia and Russia agreed on the line in 2014.")
    assert _agreed(found, "the line"), shown(found)


# -- the plural of a shared name: all the states that share it
KOREAS = [
    "SEOUL, Sept 21 (Yonhap) -- South Korea protested to China over fishing boats near the "
    "estuary. In a 2018 military pact, the two Koreas agreed to turn the estuary into a joint use "
    "area open to civilian vessels.",
    "Both Koreas agreed in 2018 to turn the estuary into a joint use area, and China was told of "
    "it by South Korea.",
]


@pytest.mark.parametrize("text", KOREAS)
def test_the_two_koreas_are_north_and_south(text):
    found = facts(text)
    agreed = _agreed(found, "joint use area")
    keys = [{e.key for e in f.args["parties"]} for f in agreed]
    assert keys and all(k == {"state/north-korea", "state/south-korea"} for k in keys), shown(found)


def test_korea_alone_is_still_settled_by_the_sentence():
    found = facts("Seoul insists that Dokdo belongs to Korea, and Japan disputes it.")
    assert not [
        f for f in found if "state/north-korea" in {getattr(e, "key", "") for e in f.args.values()}
    ], shown(found)


# -- "I have spoken to X and we agreed": the speaker and X, with their states
SPOKEN_TO = [
    'LIMA, May 5 (Reuters) - Peruvian President Dina Boluarte said on Monday: "I have spoken to '
    "President Gustavo Petro of Colombia and we agreed that our foreign ministers will meet in "
    'Leticia next week."',
    "LIMA, May 5 (Reuters) - Colombia and Peru traded notes over the island on Monday. "
    '"I talked with President Gustavo Petro this morning, and we agreed that our foreign ministers '
    'will meet in Leticia next week," Peruvian President Dina Boluarte told reporters.',
]


@pytest.mark.parametrize("text", SPOKEN_TO)
def test_we_after_i_spoke_to_names_both_leaders(text):
    found = facts(text)
    agreed = _agreed(found, "foreign ministers will meet")
    keys = [{e.key for e in f.args["parties"]} for f in agreed]
    want = {"person/dina-boluarte", "person/gustavo-petro", "state/peru", "state/colombia"}
    assert keys and all(want <= k for k in keys), shown(found)


def test_we_after_i_spoke_to_no_person_names_no_person():
    text = (
        'Colombia and Peru are at odds over the island. "I spoke with the fishermen and we agreed '
        'they would stay home," Peruvian President Dina Boluarte said.'
    )
    found = facts(text)
    for f in _agreed(found, "stay home"):
        assert not [e for e in f.args["parties"] if e.kind == "Person"], shown(found)
