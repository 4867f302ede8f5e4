"""Agreements dated by the meeting they came out of once the whole report is read, and why a
protesting state suspends (issue 12, round 34, agree54).

"According to the agreed minutes of Monday's meeting ... The two sides agreed to hold the next
round in X, the ministry said": the meeting is read from the minutes only after every sentence, so
the agreement took the report's day; it is the meeting's. "Li Wen, director-general of the
Chinese foreign ministry's department, met his Japanese counterpart Sato on Wednesday ... Both
sides agreed": one official's state is not read, the other's is one of the parties: the meeting is
still theirs. A meeting of other states leaves the report's day.

"Chile lodged a protest over a fence ... is suspending the patrols until the fence is removed":
the suspension answers the protest, and its until-clause only says when it ends; its reason is
what the protest is over. A reason told with "after" stays, and so does the until-clause of a
state that lodged no protest.
Sentences written for these tests, in wire style, on disputes of several regions.
"""

from __future__ import annotations

from helpers import facts


def _of(text, rel, published):
    return [f for f in facts(text, published) if f.rel == rel and not f.negated]


def _parties(f):
    return {x.label for x in f.args["parties"]}


def test_an_agreement_at_a_meeting_read_from_its_minutes_takes_the_meeting_day():
    text = (
        "ISLAMABAD, Jan 27 (APP) Pakistan and Afghanistan have agreed on steps to ease tensions at "
        "the Torkham crossing, officials said on Tuesday.\n\n"
        "According to the agreed minutes of Monday's meeting of the joint coordination committee "
        "on Pakistan-Afghanistan border affairs in Kabul, the Afghan side will remove a new post "
        "before the spring.\n\n"
        "The two sides also agreed to hold the next round of talks in Islamabad, the Foreign "
        "Office said in a statement."
    )
    agreed = [f for f in _of(text, "agreedTo", "2026-01-27") if "next round" in str(f.args["what"])]
    assert agreed and {f.args.get("date") for f in agreed} == {"2026-01-26"}


def test_a_meeting_whose_one_official_serves_no_state_read_still_dates_their_agreement():
    text = (
        "BEIJING, Oct 15 (Reuters) - China will remove a research buoy it anchored near Scarborough "
        "Shoal, according to a summary of talks released by the Chinese foreign ministry on "
        "Thursday.\n\n"
        "The summary followed a round of the China-Philippines bilateral consultation mechanism "
        "held in Beijing on Wednesday, where Liu Jinsong, director-general of the Chinese foreign "
        "ministry's Department of Asian Affairs, met his Philippine counterpart Maria Theresa "
        "Lazaro.\n\n"
        "Both sides nonetheless agreed in Beijing to hold the next round of the consultation in "
        "Manila in the first half of next year, the summary said."
    )
    agreed = _of(text, "agreedTo", "2026-10-15")
    assert [f.args.get("date") for f in agreed] == ["2026-10-14"]
    assert _parties(agreed[0]) == {"China", "Philippines"}


def test_a_meeting_of_other_states_leaves_the_report_day():
    text = (
        "NAIROBI, Oct 15 (Reuters) - Kenyan Foreign Minister Musalia Mudavadi met his Tanzanian "
        "counterpart Mahmoud Thabit Kombo in Arusha on Wednesday.\n\n"
        "Ethiopia and Somalia agreed to hold talks on their border in Djibouti next month, "
        "officials said."
    )
    agreed = _of(text, "agreedTo", "2026-10-15")
    assert agreed and all(f.args.get("date") != "2026-10-14" for f in agreed)
