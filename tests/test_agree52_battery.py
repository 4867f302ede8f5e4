"""Days of agreements and the joint bodies that agree (issue 12, round 32, agree52).

"A and B have agreed ..., officials said on Tuesday" gives only the report's day; news then tells
where the deal was written down ("The understanding is contained in a record of discussions signed
in Beijing on Monday", "According to the agreed minutes of Monday's meeting ..."). The one day of
the report's week that sentence gives is the agreement's, however the parser hangs it. A next
sentence that tells no document nor sitting, two days, or other states leaves the report's day.
An agreement whose own sentence tells no day ("The two countries agreed to ..., officials said")
was made at the one meeting or signing of its sides the article tells that week; a day inside what
was agreed ("to meet again in November") is a plan's. "The working group agreed" is the two
states in play agreeing through their joint body (a working group of another body names none).
Sentences written for these tests, in wire style, on disputes of several regions.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _agreed(text, published):
    return [f for f in facts(text, published) if f.rel == "agreedTo" and not f.negated]


def _dates(text, published):
    return {f.args.get("date") for f in _agreed(text, published)}


def test_a_record_signed_on_a_weekday_dates_the_agreement():
    text = (
        "NEW DELHI, Mar 12 (PTI) India and Nepal have agreed that a joint team will survey the "
        "pillars near Susta before the monsoon, officials said on Thursday.\n\n"
        "The understanding is contained in a record of discussions signed in Kathmandu on "
        "Wednesday at the end of the boundary working group's meeting."
    )
    assert _dates(text, "2026-03-12") == {"2026-03-11"}


def test_minutes_of_a_weekday_meeting_date_the_agreement():
    text = (
        "ASTANA, Oct 8 (Reuters) Kyrgyzstan and Tajikistan have agreed on steps to ease tension at "
        "the Vorukh enclave, officials said on Thursday.\n\n"
        "According to the agreed minutes of Tuesday's meeting of the border commission in Batken, "
        "both sides will pull their guards back from the water intake."
    )
    assert _dates(text, "2026-10-08") == {"2026-10-06"}


def test_a_passive_report_dates_by_its_minutes_too():
    text = (
        "LIMA, May 14 (EFE) Peru and Bolivia have agreed to reopen the Desaguadero crossing, the "
        "foreign ministry said on Thursday.\n\n"
        "The commitment is set out in minutes that the two vice-ministers signed on Tuesday in La Paz."
    )
    assert _dates(text, "2026-05-14") == {"2026-05-12"}


def test_a_next_sentence_with_no_document_leaves_the_report_day():
    text = (
        "NEW DELHI, Mar 12 (PTI) India and Nepal have agreed that a joint team will survey the "
        "pillars near Susta before the monsoon, officials said on Thursday.\n\n"
        "Nepal's army chief inspected the border posts near Susta on Tuesday."
    )
    assert _dates(text, "2026-03-12") == {"2026-03-12"}


def test_two_days_told_leave_the_report_day():
    text = (
        "NEW DELHI, Mar 12 (PTI) India and Nepal have agreed that a joint team will survey the "
        "pillars near Susta before the monsoon, officials said on Thursday.\n\n"
        "The talks opened on Monday in Kathmandu and ended on Wednesday without a joint statement."
    )
    assert _dates(text, "2026-03-12") == {"2026-03-12"}


def test_a_sitting_of_other_states_leaves_the_report_day():
    text = (
        "ASTANA, Oct 8 (Reuters) Kyrgyzstan and Tajikistan have agreed on steps to ease tension at "
        "the Vorukh enclave, officials said on Thursday.\n\n"
        "Uzbekistan and Kazakhstan signed the minutes of Tuesday's meeting of their own commission."
    )
    assert _dates(text, "2026-10-08") == {"2026-10-08"}


# -- a joint body of the two states in play agrees for both
def _parties(text, published):
    return [{x.label for x in f.args["parties"]} for f in _agreed(text, published)]


def test_the_working_group_agrees_for_the_two_states():
    text = (
        "DUSHANBE, June 2 (TASS) - Tajikistan and Afghanistan held a meeting of their joint working "
        "group on the border in Dushanbe on Monday. The Afghan side undertook to remove a fishing "
        "camp on a sandbar. The working group agreed to meet again in Kunduz in November."
    )
    assert {"Tajikistan", "Afghanistan"} in _parties(text, "2026-06-02")


@pytest.mark.xfail(strict=True, reason="'joint commission' is read as an organisation first")
def test_the_joint_commission_agrees_for_the_two_states():
    text = (
        "SAN SALVADOR, Aug 14 (EFE) - El Salvador and Guatemala sent surveyors to the mouth of the "
        "Paz river this week. Meeting in San Salvador on Thursday, the joint commission agreed to "
        "map the river mouth before the rainy season."
    )
    assert {"El Salvador", "Guatemala"} in _parties(text, "2026-08-14")


def test_a_working_group_of_a_body_names_no_states():
    text = (
        "BRUSSELS, June 2 (Reuters) - The European Commission proposed new fishing rules on Monday. "
        "The working group of the commission agreed to meet again in November."
    )
    assert not _agreed(text, "2026-06-02")


# -- an agreement whose sentence tells no day: the day its sides met or signed that week
def test_an_undated_agreement_takes_the_day_its_sides_met():
    text = (
        "MANILA, Oct 15 (Reuters) - Philippine Foreign Secretary Enrique Manalo met his Vietnamese "
        "counterpart Bui Thanh Son in Hanoi on Tuesday to discuss the South China Sea.\n\n"
        "The two countries agreed to set up a hotline between their coast guards, officials said."
    )
    assert _dates(text, "2026-10-15") == {"2026-10-13"}


def test_the_working_group_agrees_on_the_day_its_protocol_was_signed():
    text = (
        "DUSHANBE, June 3 (TASS) - Tajikistan and Afghanistan have signed a protocol on the "
        "disputed Pyandzh river islands, the Tajik Foreign Ministry said on Wednesday.\n\n"
        "The document was signed on Monday in Dushanbe at the close of a session of the bilateral "
        "working group on border issues.\n\n"
        "The working group agreed to meet again in Kunduz in November."
    )
    found = [f for f in _agreed(text, "2026-06-03") if "Kunduz" in f.args["what"]]
    assert found and found[0].args.get("date") == "2026-06-01"


def test_an_agreement_of_its_own_day_keeps_it():
    text = (
        "MANILA, Oct 15 (Reuters) - Philippine Foreign Secretary Enrique Manalo met his Vietnamese "
        "counterpart Bui Thanh Son in Hanoi on Tuesday to discuss the South China Sea.\n\n"
        "The two countries agreed on Thursday to set up a hotline between their coast guards."
    )
    assert _dates(text, "2026-10-15") == {"2026-10-15"}


def test_a_meeting_of_other_states_leaves_the_report_day():
    text = (
        "MANILA, Oct 15 (Reuters) - Thai Foreign Minister Sihasak Phuangketkeow met his Malaysian "
        "counterpart Mohamad Hasan in Bangkok on Tuesday.\n\n"
        "The Philippines and Vietnam agreed to set up a hotline between their coast guards, "
        "officials said."
    )
    assert _dates(text, "2026-10-15") == {"2026-10-15"}
