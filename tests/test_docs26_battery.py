"""Documents, round 26 (issue 12: on unseen text ``signed`` was half wrong, ``agreedTo`` two thirds
unread, ``issued`` half wrong; ``obliges``, ``conditionedOn``, ``suspends`` and
``withdrewObligation`` rarely read).

What this round's study articles (batch T9) and the readable sets showed, and the method for each:
- "The treaty will enter into force only after it has been ratified by both parliaments", "The
  accord must be ratified by both congresses before it takes effect": a document's own entry into
  force waiting on a condition (rules/in_force.py; a handover it promises takes the condition);
- "notified Prague that it was terminating the treaty": a treaty terminated is an obligation
  withdrawn; "put on hold a planned seismic survey": surveys, drilling, construction suspended,
  the phrase's word read as an object passed over (rules/required_preps.py);
- "the treaty, signed in 1960, under which both governments agreed to ...": the states a relative
  clause of the document tells acting under it signed it;
- "The convention on the delimitation of their border, which was signed ... by A and B": the
  clause the parser hung on a noun inside the document's phrase signs the document; "The Treaty
  of X, signed ... by A and B, then Y's foreign minister": officials sign for the two in play;
- "the court also held that X had acted unlawfully in October 1992": a court's verb takes no date
  from what it decided; "approved it" (a treaty): ratified, not issued;
- "Under the accord, each side must ...", "is bound to", "has to", "under its terms": a pair word
  binds the states that signed the document; a court's "told X to", its "..., it ruled";
- "An agreement to ... was reached on Tuesday": those who met, or the two states in play;
  "the two governments agreed" after their leaders met: those leaders' states.

Sentences written for these tests in agency styles, on disputes not among the never-read batches'
topics. Positives give the fact; rewrites give one fact in several shapes; negatives give none.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

MOZAMBIQUE, TANZANIA, KENYA = "state/mozambique", "state/tanzania", "state/kenya"
PARAGUAY, GHANA, RUSSIA = "state/paraguay", "state/ghana", "state/russia"
URUGUAY, ARGENTINA = "state/uruguay", "state/argentina"
SENEGAL, GAMBIA = "state/senegal", "state/gambia"
DRC, UGANDA = "state/democratic-republic-of-the-congo", "state/uganda"

_ACCORD = (
    "MAPUTO, March 3 (Reuters) - Mozambique and Tanzania signed a maritime accord on Tuesday. "
)


def _case(text: str, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, marks=marks, id=text[-60:])


IN_FORCE = [
    _case(_ACCORD + "The accord will enter into force once both parliaments have ratified it."),
    _case(_ACCORD + "It will come into force only after it has been ratified by both parliaments."),
    _case(_ACCORD + "The accord takes effect when both legislatures approve it."),
    _case(_ACCORD + "The accord must be ratified by both parliaments before it takes effect."),
    _case(_ACCORD + "Both parliaments must ratify the accord before it can enter into force."),
]


@pytest.mark.parametrize("text", IN_FORCE)
def test_entry_into_force_waits_on_a_condition(text: str) -> None:
    """The document's own coming into force, on the condition its clause sets."""
    found = facts(text)
    got = find(found, "conditionedOn")
    assert got, shown(found)
    cond = str(got[0].args["condition"]).lower()
    assert "ratif" in cond or "approve" in cond, shown(found)
    assert "force" in str(got[0].args["what"]) or "effect" in str(got[0].args["what"])


@pytest.mark.parametrize(
    "text",
    [
        _ACCORD + "The accord entered into force after both parliaments ratified it.",
        _ACCORD + "The accord will enter into force next year.",
        _ACCORD + "The accord was ratified by both parliaments before it took effect.",
        _ACCORD + "The accord must take steps once both parliaments approve it.",
    ],
)
def test_entry_into_force_told_or_undated_sets_no_condition(text: str) -> None:
    """Told as past, with no condition, or no coming into force at all: nothing conditioned."""
    found = facts(text)
    assert not find(found, "conditionedOn"), shown(found)


TERMINATED = [
    _case(
        "ASUNCION, May 2 (AFP) - Paraguay terminated its 1992 fisheries agreement with Argentina."
    ),
    _case(
        "ASUNCION, May 2 (AFP) - Paraguay announced on Friday the termination of the 1992 "
        "fisheries agreement."
    ),
    _case(
        "ASUNCION, May 2 (AFP) - Paraguay notified Buenos Aires on Friday that it was terminating "
        "the 1992 fisheries agreement."
    ),
]


@pytest.mark.parametrize("text", TERMINATED)
def test_a_treaty_terminated_is_an_obligation_withdrawn(text: str) -> None:
    found = facts(text)
    assert find(found, "withdrewObligation", state=PARAGUAY), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "ASUNCION, May 2 (AFP) - Paraguay threatened to terminate the 1992 fisheries agreement.",
        "ASUNCION, May 2 (AFP) - Paraguay has never terminated the 1992 fisheries agreement.",
        "ASUNCION, May 2 (AFP) - The contract was terminated by the company in March.",
    ],
)
def test_a_termination_threatened_or_denied_withdraws_nothing(text: str) -> None:
    found = facts(text)
    assert not find(found, "withdrewObligation"), shown(found)


SUSPENDED = [
    _case("ACCRA, June 9 (Reuters) - Ghana put on hold a planned seismic survey near the border."),
    _case("ACCRA, June 9 (Reuters) - Ghana put its planned seismic survey on hold last month."),
    _case("ACCRA, June 9 (Reuters) - Ghana suspended drilling near the border last month."),
    _case("ACCRA, June 9 (Reuters) - Ghana halted construction of the jetty in March."),
]


@pytest.mark.parametrize("text", SUSPENDED)
def test_an_activity_put_on_hold_is_suspended(text: str) -> None:
    found = facts(text)
    assert find(found, "suspends", party=GHANA), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, June 9 (Reuters) - Ghana began a seismic survey near the border last month.",
        "ACCRA, June 9 (Reuters) - Ghana has not suspended drilling near the border.",
        "ACCRA, June 9 (Reuters) - Ghana put the survey ship on hold.",
    ],
)
def test_an_activity_begun_or_not_halted_is_not_suspended(text: str) -> None:
    found = facts(text)
    assert not find(found, "suspends"), shown(found)


_RIVER = (
    "MONTEVIDEO, Nov. 19 (AP) _ Uruguay and Argentina marked 50 years of their river treaty. "
    "Uruguay's foreign ministry said Argentina had honoured it. "
)

SIGNED_BY_OFFICIALS = [
    _case(
        _RIVER + "The Treaty of the River Plate, signed on Nov. 19, 1973 by Uruguayan President "
        "Juan Maria Bordaberry and Juan Peron, then Argentina's president, divided the estuary."
    ),
    _case(
        _RIVER + "The treaty on the delimitation of their river boundary, which was signed in "
        "Montevideo on Nov. 19, 1973 by President Juan Maria Bordaberry of Uruguay and Argentine "
        "President Juan Peron, divided the estuary."
    ),
    _case(
        _RIVER + "The treaty was signed in Montevideo on Nov. 19, 1973 by Uruguayan President "
        "Juan Maria Bordaberry and Argentine President Juan Peron."
    ),
]


@pytest.mark.parametrize("text", SIGNED_BY_OFFICIALS)
def test_officials_sign_for_their_states(text: str) -> None:
    found = facts(text)
    got = [
        f
        for f in find(found, "signed")
        if {URUGUAY, ARGENTINA} <= {e.key for e in f.args["parties"]}
        and str(f.args.get("date", "")).startswith("1973")
    ]
    assert got, shown(found)


def test_a_treaty_discussed_but_not_signed_is_no_signing() -> None:
    found = facts(
        _RIVER + "A treaty on the delimitation of their land border, which was discussed by "
        "the two presidents in 1974, has never been signed."
    )
    assert not [f for f in find(found, "signed") if f.args.get("date") == "1974"], shown(found)


_COURT = (
    "THE HAGUE, Dec 19 (Reuters) - The International Court of Justice ruled on Monday that "
    "Uganda had violated the sovereignty of the Democratic Republic of the Congo. "
)


def test_a_court_verb_takes_no_date_from_what_it_decided() -> None:
    found = facts(_COURT + "The court also held that Uganda had occupied Ituri unlawfully in 1999.")
    dates = {f.args.get("date") for f in find(found, "issued")}
    assert dates and not any(str(d).startswith("1999") for d in dates), shown(found)


def test_a_treaty_approved_is_no_document_issued() -> None:
    found = facts(
        "RABAT, Nov. 18 (AFP) - The convention was signed in Rabat in 1972. Algeria ratified "
        "the convention in 1973, but Morocco's parliament approved it only in 1989."
    )
    assert not find(found, "issued"), shown(found)


_CRITICISED = _ACCORD + "Kenya criticised the deal, saying it ignored Kenyan rights. "

EACH_SIGNATORY = [
    _case(_CRITICISED + "Under the accord, each side must consult the other before drilling."),
    _case(_CRITICISED + "Under its terms, each country is bound to notify the other of any find."),
    _case(_CRITICISED + "Under the accord, each side has to notify the other of any find."),
    _case(_CRITICISED + "The accord requires each government to notify the other of any find."),
]


@pytest.mark.parametrize("text", EACH_SIGNATORY)
def test_each_side_of_a_document_is_its_signatories(text: str) -> None:
    """ "each side" under a document Mozambique and Tanzania signed: not Kenya, its critic."""
    found = facts(text)
    parties = {f.args["party"].key for f in find(found, "obliges")}
    assert parties == {MOZAMBIQUE, TANZANIA}, shown(found)


@pytest.mark.parametrize(
    "text",
    [
        _ACCORD + "Under the accord, Mozambique does not have to notify Tanzania of any find.",
        _ACCORD + "Mozambique has to do more to protect the reef, the minister said.",
        _ACCORD + "Under the accord, Mozambique has ceded fishing rights to Tanzania.",
    ],
)
def test_no_duty_is_no_obligation(text: str) -> None:
    found = facts(text)
    assert not find(found, "obliges"), shown(found)


COURT_ORDERS = [
    _case(_COURT[:-2] + ", and told the two countries to negotiate reparations in good faith."),
    _case(_COURT + "Each side must negotiate reparations in good faith, it ruled."),
    _case(_COURT + "The court ruled that both countries must negotiate reparations in good faith."),
]


@pytest.mark.parametrize("text", COURT_ORDERS)
def test_a_court_tells_both_parties_to_negotiate(text: str) -> None:
    found = facts(text)
    parties = {f.args["party"].key for f in find(found, "obliges")}
    assert {DRC, UGANDA} <= parties, shown(found)
    assert len({f.args["document"].key for f in find(found, "obliges")}) == 1, shown(found)


def test_a_court_telling_reporters_orders_nothing() -> None:
    found = facts(
        "THE HAGUE, Dec 19 (Reuters) - The International Court of Justice told reporters that "
        "it would rule on the case in June."
    )
    assert not find(found, "issued") and not find(found, "obliges"), shown(found)


_TALKS = (
    "BANJUL, April 7 (AFP) - Senegalese President Macky Sall met Gambian President Adama Barrow "
    "in Banjul on Monday. "
)

REACHED = [
    _case(_TALKS + "An agreement to build a bridge over the river was reached on Tuesday."),
    _case(_TALKS + "A deal to build a bridge over the river was struck after the talks."),
    _case(_TALKS + "The two governments agreed to build a bridge over the river."),
    _case(_TALKS + "Both countries agreed to build a bridge over the river."),
]


@pytest.mark.parametrize("text", REACHED)
def test_an_agreement_reached_is_of_those_who_met(text: str) -> None:
    found = facts(text)
    got = [
        f
        for f in find(found, "agreedTo")
        if {SENEGAL, GAMBIA} <= {e.key for e in f.args["parties"]}
    ]
    assert got and "bridge" in str(got[0].args["what"]), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        _TALKS + "No agreement was reached on the bridge.",
        _TALKS + "An agreement on the bridge could be reached next week.",
        _TALKS + "Gambia denied that a deal on the bridge had been reached.",
        _TALKS + "An agreement on the bridge has yet to be reached.",
        _TALKS + "Officials said an agreement on the bridge was still far off.",
    ],
)
def test_an_agreement_not_reached_is_none(text: str) -> None:
    found = facts(text)
    assert not find(found, "agreedTo"), shown(found)


_GULF = "LOME, Oct. 2 (AFP) - Togo and Benin marked the anniversary of their coastal accord. "

SIGNED_UNDER_WHICH = [
    _case(
        _GULF + "The question was left open in the Lome Treaty, signed on April 8, 1960, "
        "under which both governments agreed to cooperate on fishing."
    ),
    _case(
        _GULF + "The question was left open in the Aneho Treaty, signed in Lome on April 8, 1960, "
        "under which both governments agreed to cooperate on fishing.",
        xfail="a town's name the gazetteer does not know before 'Treaty' makes no document name",
    ),
    _case(
        _GULF + "The case went to arbitration under a special agreement signed in Cotonou in "
        "February 2009, in which the two countries asked the tribunal to fix the line."
    ),
    _case(
        _GULF + "They relied on a fisheries protocol signed in Lome in March 1998, under which "
        "Togo and Benin share the catch."
    ),
]


@pytest.mark.parametrize("text", SIGNED_UNDER_WHICH)
def test_states_acting_under_a_signed_document_signed_it(text: str) -> None:
    found = facts(text)
    got = [
        f
        for f in find(found, "signed")
        if {"state/togo", "state/benin"} <= {e.key for e in f.args["parties"]}
        and str(f.args.get("date", ""))[:4] in ("1960", "1998", "2009")
    ]
    assert got, shown(found)


def test_a_document_discussed_under_which_states_act_is_no_signing() -> None:
    found = facts(
        _GULF + "They discussed a draft protocol, under which Togo and Benin would share the catch."
    )
    assert not [f for f in find(found, "signed") if "protocol" in f.args["document"].label], shown(
        found
    )
