"""What a document lays on its parties, in wording not read before (issue 12, fourteenth round,
docs30).

Seen in several writers' articles (T23's Sinai treaty and Baikonur lease, T9's Gabcikovo special
agreement, T23's Tavush protocol):
- "Under it, they undertook to ...": the "it" of an "under" phrase is the document the sentence
  before named, and "they" its signatories, each obliged;
- "obliges X to pay A and to clean up B", "was required to limit A and to guarantee B": one
  obligation per coordinated act, each with its own words only;
- "commits both sides to A and requires X to B", which the parser reads as one infinitive with a
  second verb hung on it: the first obligation stops where the second verb starts.
Every sentence was written for this module, in wire-copy wording, about disputes the never-read
batches do not cover.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

EGYPT, ISRAEL = "state/egypt", "state/israel"
PERU, ECUADOR = "state/peru", "state/ecuador"
RUSSIA, KAZAKHSTAN = "state/russia", "state/kazakhstan"


def _actions(text: str, party: str) -> list[str]:
    """The words of each obligation laid on ``party`` (by entity key)."""
    return [
        str(f.args["action"])
        for f in facts(text)
        if f.rel == "obliges" and getattr(f.args.get("party"), "key", None) == party
    ]


# (text, party, words each of its obligations must hold: one obligation per entry)
SPLIT: list = [
    (
        "The lease obliges Russia to pay a yearly rent and to clean up the spilled fuel.",
        RUSSIA,
        ["pay a yearly rent", "clean up the spilled fuel"],
    ),
    (
        "The agreement requires Russia to pay the rent on time and to repair the launch pads.",
        RUSSIA,
        ["pay the rent on time", "repair the launch pads"],
    ),
    (
        "Under the 1979 treaty, Egypt is required to limit its troops near the border and to "
        "guarantee free passage through the strait.",
        EGYPT,
        ["limit its troops near the border", "guarantee free passage through the strait"],
    ),
    (
        "Under the treaty, Egypt was obliged to keep its tanks out of the zone and to allow "
        "observers in.",
        EGYPT,
        ["keep its tanks out of the zone", "allow observers in"],
    ),
]


@pytest.mark.parametrize(("text", "party", "parts"), SPLIT)
def test_each_coordinated_act_is_an_obligation(text, party, parts):
    found = _actions(text, party)
    assert len(found) == len(parts), found
    for words, action in zip(parts, found, strict=True):
        assert words in action, found
        others = [w for w in parts if w != words]
        assert not any(w in action for w in others), found  # its own words only


# (text, party, words of the obligation the document lays on it)
UNDER_IT: list = [
    (
        "The withdrawal was laid down in a peace treaty signed in 1979. Under it, Israel "
        "undertook to withdraw all its troops from the peninsula.",
        ISRAEL,
        "withdraw all its troops from the peninsula",
    ),
    (
        "Peru and Ecuador signed a peace agreement in Brasilia in 1998. Under it, they "
        "undertook to demarcate the whole border within a year.",
        PERU,
        "demarcate the whole border within a year",
    ),
    (
        "Peru and Ecuador signed a peace agreement in Brasilia in 1998. Under it, they "
        "undertook to demarcate the whole border within a year.",
        ECUADOR,
        "demarcate the whole border within a year",
    ),
    (
        "The two governments signed a new accord in 2004. Under it, Egypt is required to keep "
        "the crossing open.",
        EGYPT,
        "keep the crossing open",
    ),
]


@pytest.mark.parametrize(("text", "party", "words"), UNDER_IT)
def test_under_it_is_the_document_told_before(text, party, words):
    found = [
        f
        for f in facts(text)
        if f.rel == "obliges" and getattr(f.args.get("party"), "key", None) == party
    ]
    assert any(words in str(f.args["action"]) for f in found), shown(found)
    assert all(getattr(f.args["document"], "kind", None) == "Document" for f in found), shown(found)


def test_a_second_verb_of_its_own_is_no_part_of_the_first_act():
    text = (
        "Russia and Kazakhstan signed a border protocol on Monday. The protocol commits both "
        "sides to respect the new line and requires Kazakhstan to withdraw its border posts "
        "within a month."
    )
    both = _actions(text, RUSSIA) + _actions(text, KAZAKHSTAN)
    assert any("respect the new line" in action for action in both), both
    for action in both:
        assert "requires" not in action, action


# no document told before: "under it" obliges no one
DENIED: list = [
    "Under it, Israel undertook to withdraw all its troops from the peninsula.",
    "Israel said it was ready to talk. Under it, Israel undertook to withdraw its troops.",
]


@pytest.mark.parametrize("text", DENIED)
def test_no_document_no_obligation(text):
    found = [f for f in facts(text) if f.rel == "obliges"]
    assert not found, shown(found)


# -- a passive handover told without its receiver: the one the article last gave that land
YEMEN, UKRAINE, JAPAN = "state/yemen", "state/ukraine", "state/japan"
HANISH, TUZLA, SHIKOTAN = "territory/hanish-islands", "territory/tuzla-island", "territory/shikotan"

RECEIVED: list = [
    (
        "The arbitral tribunal awarded the Hanish Islands to Yemen in 1998, and the islands were "
        "handed over in November that year.",
        HANISH,
        YEMEN,
    ),
    (
        "An arbitral tribunal awarded the Hanish Islands to Yemen in 1998. The islands were "
        "formally handed over two months later.",
        HANISH,
        YEMEN,
    ),
    (
        "The 1975 treaty ceded Tuzla Island to Ukraine. It was handed over in 1976.",
        TUZLA,
        UKRAINE,
    ),
    (
        "Under the 1975 treaty, Russia will hand Tuzla Island to Ukraine. Tuzla Island was "
        "transferred a year later.",
        TUZLA,
        UKRAINE,
    ),
]


def _handed(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (getattr(f.args.get("territory"), "key", None), getattr(f.args.get("to"), "key", None))
        for f in facts(text)
        if f.rel == "handedOverTo" and not f.negated
    ]


@pytest.mark.parametrize(("text", "land", "receiver"), RECEIVED)
def test_passive_handover_takes_the_receiver_told_before(text, land, receiver):
    assert (land, receiver) in _handed(text), _handed(text)


# no receiver told before for that land: no handover read
NO_RECEIVER: list = [
    "Japan claims Shikotan. The island was handed over in 1945.",
    "The tribunal awarded the Hanish Islands to Yemen in 1998. Tuzla Island was handed over in "
    "1976.",
    "The 1956 declaration promised Shikotan to Japan. Shikotan was never handed over.",
]


@pytest.mark.parametrize("text", NO_RECEIVER)
def test_no_receiver_no_handover(text):
    found = [x for x in _handed(text) if x[1] == JAPAN or x[0] == TUZLA]
    assert not found, found


# -- a claim given up withdraws no obligation taken on (FORMAT.md's withdrewObligation): the
# readable gold of two writers leaves "Tehran dropped the claim", "dropped its claims" out, and a
# treaty left still withdraws one
GIVEN_UP: list = [
    "In return Britain recognised the protectorate, and Germany gave up its claim to the coast.",
    "Colombia renounced its claim to the Mosquito Coast in 1928.",
    "Tehran dropped the claim in 1970, after a United Nations mission reported its findings.",
    "Guatemala relinquished its claim to Belize in 1991.",
]


@pytest.mark.parametrize("text", GIVEN_UP)
def test_a_claim_given_up_is_no_obligation_withdrawn(text):
    found = [f for f in facts(text) if f.rel == "withdrewObligation" and not f.negated]
    assert not found, shown(found)


def test_a_treaty_left_is_still_an_obligation_withdrawn():
    found = [
        f
        for f in facts("Iraq withdrew from the 1975 Algiers Agreement in 1980.")
        if f.rel == "withdrewObligation"
    ]
    assert found, shown(found)


# -- a statement of the day's news that the sentence dates not is issued on the report's day
# (the helpers' PUBLISHED day); a treaty or a decree told without a date gets none, and a
# statement's own date stays its own
DAY = "2020-05-05"

DATED: list = [
    (
        "The step was announced in a joint statement issued by Canadian Foreign Minister "
        "Melanie Joly and U.S. Secretary of State Antony Blinken.",
        "state/canada",
        DAY,
    ),
    ("The Bosnian foreign ministry issued a statement on the dams.", None, DAY),
    ("Egypt issued a communique on the border crossing.", "state/egypt", DAY),
    ("Egypt issued a statement on the crossing in March 2019.", "state/egypt", "2019-03"),
]


def _issued(text: str) -> list[tuple[str | None, object]]:
    return [
        (getattr(f.args.get("issuer"), "key", None), f.args.get("date"))
        for f in facts(text)
        if f.rel == "issued" and not f.negated
    ]


@pytest.mark.parametrize(("text", "issuer", "date"), DATED)
def test_a_statement_of_the_day_is_issued_that_day(text, issuer, date):
    found = _issued(text)
    assert any((issuer is None or who == issuer) and when == date for who, when in found), found


UNDATED: list = [
    "France issued a decree on the islands.",
    "The colonial governor issued a note on the border.",
]


@pytest.mark.parametrize("text", UNDATED)
def test_a_document_of_any_year_gets_no_day(text):
    found = _issued(text)
    assert all(when is None for _, when in found), found
