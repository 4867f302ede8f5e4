"""Agreements told in the present perfect, dated by the document or the sitting the next sentence
tells (issue 12, round 32, agree52).

"A and B have agreed ..., officials said on Tuesday" gives only the report's day; news then tells
where the deal was written down ("The understanding is contained in a record of discussions signed
in Beijing on Monday", "According to the agreed minutes of Monday's meeting ..."). The one day of
the report's week that sentence gives is the agreement's, however the parser hangs it. A next
sentence that tells no document nor sitting, or two days, leaves the report's day. Sentences
written for these tests, in wire style, on disputes of several regions.
"""

from __future__ import annotations

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
