"""Protests whose subject the parser cuts short, a protest told by a summons "to" the ministry,
and a rejection someone is asked to make (issue 12, protests56b).

Every sentence was written for this module.

"A protest over its drills to defend the islets": the parser hangs the infinitive on "protest",
not on "drills", so the subject stopped at "its drills"; an infinitive right after the object of
"over" belongs to that object, as a gerund there already did. A purpose clause of the verb that
lodges the protest ("lodged a protest over the drills, to show its anger") stays out.

"Called the embassy's deputy chief of mission to the ministry": the parser reads "called X" as a
naming (X the object predicate, no object); with no object before it and a "to" phrase after it,
X is the one called in, so the summons is a protest, dated by its own day. "The islands Japan
calls Takeshima" stays a naming.

"Would ask the legislature to appeal to the Duma to reject the ratification": an infinitive a
verb of asking governs (the parser hangs it as a purpose clause of "appeal") is a request, not a
rejection made.
"""

from __future__ import annotations

from helpers import facts_by_label


def _read(text: str, rel: str, published: str = "2026-03-04") -> list[dict[str, object]]:
    """Each fact of ``rel`` once, its entities by label."""
    return facts_by_label(text, rel, published)


def test_an_infinitive_after_the_object_of_over_is_the_subjects() -> None:
    text = (
        "SEOUL, March 4 (Yonhap) -- South Korea on Wednesday dismissed a protest from Japan over "
        "its naval exercise to defend the islets of Dokdo."
    )
    found = [f for f in _read(text, "protests") if f["party"] == "Japan"]
    assert len(found) == 1, found
    assert "to defend the islets of Dokdo" in str(found[0]["subject"])


def test_an_infinitive_after_over_in_a_lodged_protest() -> None:
    text = (
        "MANILA, March 4 (Reuters) -- The Philippines lodged a protest with China over its "
        "plans to build an airstrip on Thitu Island, the foreign ministry said on Wednesday."
    )
    found = [f for f in _read(text, "protests") if f["party"] == "Philippines"]
    assert len(found) == 1, found
    assert found[0]["against"] == "China"
    assert "to build an airstrip" in str(found[0]["subject"])


def test_a_summons_to_the_ministry_is_a_protest_on_its_day() -> None:
    text = (
        "TOKYO, March 4 (Reuters) - Japan has lodged a protest with China after a Chinese "
        "coast guard ship entered the waters around the Senkaku Islands.\n\n"
        "Masaru Ito, director-general of the Foreign Ministry's Asian Affairs Bureau, called "
        "the Chinese embassy's deputy chief of mission to the ministry late on Monday and told "
        'him the incursion was "unacceptable", the ministry said.'
    )
    found = [f for f in _read(text, "protests") if f["party"] == "Japan"]
    assert found and all(f["against"] == "China" for f in found), found
    assert any(f.get("date") == "2026-03-02" for f in found), found


def test_a_naming_by_call_is_no_summons() -> None:
    text = (
        "SEOUL, March 4 (Yonhap) -- South Korea holds the islets, which Japan calls Takeshima. "
        "The islands Tokyo calls Takeshima lie in the Sea of Japan."
    )
    assert _read(text, "protests") == []


def test_a_rejection_asked_for_is_no_rejection() -> None:
    text = (
        "MOSCOW, March 4 (Reuters) - A Communist deputy, Ivan Petrov, said he would ask the "
        "regional legislature to appeal to the State Duma to reject the border agreement with "
        "China."
    )
    assert _read(text, "rejectsClaim") == []


def test_a_rejection_that_is_a_deeds_purpose_is_read() -> None:
    text = (
        "TOKYO, March 4 (Reuters) - Japan summoned the Chinese ambassador on Wednesday to reject "
        "Beijing's claim to the Senkaku Islands."
    )
    found = [f for f in _read(text, "rejectsClaim") if f["state"] == "Japan"]
    assert len(found) == 1, found
    assert found[0]["territory"] == "Senkaku Islands"
