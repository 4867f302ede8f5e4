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


def _suspended(text, published):
    return _of(text, "suspends", published)


def test_a_protesting_state_suspends_over_what_it_protested():
    text = (
        "SANTIAGO, March 10 (Reuters) - Chile lodged a formal protest with Argentina on Tuesday over "
        "a fence that Argentine border guards have put up on the shore of Laguna del Desierto.\n\n"
        'The foreign ministry said Chile was suspending joint patrols with Argentina "until the '
        'fence is removed".'
    )
    suspended = _suspended(text, "2026-03-10")
    assert [f.args["party"].label for f in suspended] == ["Chile"]
    assert "fence that Argentine border guards" in str(suspended[0].args.get("reason"))


def test_a_postponement_with_no_reason_of_its_own_answers_the_protest():
    text = (
        "ACCRA, June 3 (AFP) - Ghana protested to Togo on Wednesday over a customs post that Togolese "
        "troops built near the village of Kpoglu.\n\n"
        "Ghana also postponed a meeting of the joint border commission that was to have been held "
        "in Lome on Friday, a government source said."
    )
    suspended = _suspended(text, "2026-06-03")
    assert suspended and all("customs post" in str(f.args.get("reason")) for f in suspended)


def test_a_reason_told_after_after_and_a_state_that_lodged_no_protest_keep_theirs():
    text = (
        "NICOSIA, May 5 (Reuters) - Cyprus protested to Turkey on Tuesday over a Turkish survey ship "
        "working south of the island.\n\n"
        "Cyprus suspended the technical committee's work after Turkish troops detained two farmers, "
        "and Greece suspended its naval exercises until the survey is finished, officials said."
    )
    suspended = {f.args["party"].label: f for f in _suspended(text, "2026-05-05")}
    assert "farmers" in str(suspended["Cyprus"].args.get("reason"))
    assert "survey is finished" in str(suspended["Greece"].args.get("reason"))
