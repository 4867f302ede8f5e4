"""A protest dated by the summons that made it (issue 12, round 39, protests59b).

A lead tells the protest as the day's news ("Namibia has lodged a strong protest with Botswana");
a few paragraphs on, the report tells how it was made: the protested state's envoy "was called in
to the ministry on Tuesday", "was summoned on Monday", no doer named. That summons is the protest
made to the envoy's state, and its day is the protest's.

- The envoy of a state the lead does not protest to dates nothing.
- A summons in the sentence right after the lead dates it as before (any retold deed there does).

Sentences written for these tests (other states and lands than the articles').
"""

from __future__ import annotations

from helpers import facts_by_label

_FILLER = (
    "The checkpoint was built last month. It stands on the bank near the old ferry. "
    "Local traders say they use the crossing every week."
)


def _dates(text: str, published: str) -> set[tuple[object, object, object]]:
    return {
        (f["party"], f["against"], f.get("date"))
        for f in facts_by_label(text, "protests", published=published)
    }


def test_envoy_called_in_some_paragraphs_on() -> None:
    text = (
        "Peru has protested to Ecuador over a new checkpoint on the river island, the foreign "
        f"ministry said. {_FILLER}\n\nEcuador's ambassador in Lima was summoned to the ministry "
        "on Monday."
    )
    assert _dates(text, "2026-03-05") == {("Peru", "Ecuador", "2026-03-02")}


def test_high_commissioner_called_in_where_a_note_is_handed() -> None:
    text = (
        "Malawi has lodged a strong protest with Tanzania after police detained three fishermen "
        f"on the lake. {_FILLER}\n\nTanzania's high commissioner in Lilongwe, Asha Mwinyi, was "
        "called in to the foreign ministry on Tuesday, where a senior official handed her a note."
    )
    assert _dates(text, "2026-02-05") == {("Malawi", "Tanzania", "2026-02-03")}


def test_envoy_of_another_state_dates_nothing() -> None:
    text = (
        "Peru has protested to Ecuador over a new checkpoint on the river island, the foreign "
        f"ministry said. {_FILLER}\n\nChile's ambassador in Lima was summoned to the ministry on "
        "Monday."
    )
    assert _dates(text, "2026-03-05") == {("Peru", "Ecuador", "2026-03-05")}


def test_summons_before_the_week_dates_nothing() -> None:
    text = (
        "Thailand has protested to Cambodia over the new road near the temple, officials said. "
        f"{_FILLER}\n\nCambodia's ambassador was summoned on March 1."
    )
    assert _dates(text, "2026-03-20") == {("Thailand", "Cambodia", "2026-03-20")}


def test_named_envoy_called_in() -> None:
    text = (
        "China has lodged a protest with Vietnam over the new outpost on the reef, the ministry "
        f"said. {_FILLER}\n\nVietnam's ambassador in Beijing, Pham Sao Mai, was called in to the "
        "foreign ministry on Monday."
    )
    assert _dates(text, "2026-03-05") == {("China", "Vietnam", "2026-03-02")}
