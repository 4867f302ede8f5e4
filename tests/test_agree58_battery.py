"""Agreements as wire copy tells them (agree58).

A hyphenated verb the parser splits into three complements ("agreed to re-establish ...") is one
word of the agreement, not "to re". A clause the parser hangs under an inverted condition read as
the sentence's head ("... should the team find ...") keeps its own mood: agreed, not a plan. Texts
written for this test."""

from __future__ import annotations

from helpers import facts

from kg.model import Entity

PUBLISHED = "2026-03-12"  # a Thursday


def _labels(v: object) -> set[str]:
    items = v if isinstance(v, tuple) else (v,)
    return {e.label for e in items if isinstance(e, Entity)}


def _of(text: str, rel: str) -> list[dict]:
    return [f.args for f in facts(text, PUBLISHED) if f.rel == rel and not f.negated]


def test_a_hyphenated_verb_is_the_whole_agreement():
    found = _of(
        "Kenya and Uganda agreed on Tuesday to re-establish a joint patrol on Lake Victoria.",
        "agreedTo",
    )
    assert [(_labels(a["parties"]), a["what"]) for a in found] == [
        ({"Kenya", "Uganda"}, "to re-establish a joint patrol on Lake Victoria")
    ], found


def test_a_prefix_with_a_hyphen_in_a_passive_report():
    found = _of(
        "Ecuador and Peru, officials said, have pledged to co-operate on a re-survey of the "
        "Cordillera del Condor.",
        "agreedTo",
    )
    assert any("co-operate on a re-survey" in a["what"] for a in found), found
    assert not any(a["what"] in ("to co", "to re") for a in found), found


def test_an_inverted_condition_after_the_agreement_leaves_it_agreed():
    found = _of(
        "Bhutan and China have agreed to send a joint technical team to the valley next spring, "
        "and China has undertaken to hand the valley over to Bhutan should the team find that it "
        "lies south of the watershed, according to minutes signed in Beijing on Wednesday.",
        "agreedTo",
    )
    assert any(
        _labels(a["parties"]) == {"Bhutan", "China"} and "joint technical team" in a["what"]
        for a in found
    ), found


def test_a_conditional_agreement_is_still_no_agreement():
    found = _of(
        "Kenya would agree to a joint survey should Uganda withdraw its police.", "agreedTo"
    )
    assert found == [], found


def test_a_quarrel_during_which_a_deal_was_suspended_is_its_reason():
    found = _of(
        "The memorandum, signed in Manila in 2011, was last suspended by the Philippine "
        "government in 2016, during a row over Scarborough Shoal, and restored in 2019.",
        "suspends",
    )
    assert [(a.get("reason"), a.get("date")) for a in found] == [
        ("a row over Scarborough Shoal", "2016")
    ], found
    found = _of(
        "Ghana froze joint patrols with Togo amid a dispute over fishing rights.", "suspends"
    )
    assert [a.get("reason") for a in found] == ["a dispute over fishing rights"], found


def test_a_visit_during_which_talks_were_suspended_is_no_reason():
    found = _of(
        "Ghana suspended joint patrols with Togo during a visit by the president.", "suspends"
    )
    assert [a.get("reason") for a in found] == [None], found


def _places(text: str) -> list[str | None]:
    return [
        a["place"].label if isinstance(a.get("place"), Entity) else None
        for a in _of(text, "meeting")
    ]


def test_a_meeting_at_headquarters_is_held_there():
    text = "Quirno later met UN Secretary-General Antonio Guterres at UN headquarters."
    assert _places(text) == ["UN headquarters"], _places(text)
    text = "Wadephul later held talks with Mark Rutte at NATO headquarters in Brussels."
    assert _places(text) == ["Brussels"], _places(text)


def test_a_meeting_placed_in_a_state_by_its_name():
    """A state is a dkg:Site (the union of prov:Location and dkg:State): dkg:place may hold it."""
    text = "Sergey Lavrov and Taro Kono held talks in Qatar on Monday."
    assert _places(text) == ["Qatar"], _places(text)


def test_a_state_inside_the_phrase_is_no_place():
    text = "Sergey Lavrov met Taro Kono in Japan's interest on Monday."
    assert _places(text) == [None], _places(text)
    text = "Sergey Lavrov met Taro Kono in Moscow on Monday."
    assert _places(text) == ["Moscow"], _places(text)
