"""How a rejected protest is told: the words around the rejection, the rejecter's reason and the
day (issue 12, rejects49).

Every sentence was written for this module. A wire reports a rejection with the message it was put
in or the terms it used ("rejected the protest in a statement released on Tuesday", "in all its
terms"): that phrase tells how the rejecter answered, not what it rejected, so "the protest" stays
a reference to the protest told before and carries its claimant, subject and land. A rejecter
often answers a protest by saying the land is its own ("rejected the protest, saying the islet
belonged to Angola"): where the protest's own words name no land, that land is the one the
rejection is about. Seen in h358, h378, h390. Rewrites: other message nouns, other states and
lands, a name for the land; near misses: a statement of another's ("the language in a statement by
the G7") is what was rejected, and a reason whose subject is no land gives none.

A protest a lead tells as the day's news ("Spain on Tuesday rejected a protest by Morocco over X",
"has protested to Japan over X") is often told again in the next sentence in the active with the
day it was made and no subject ("Rabat summoned the ambassador on Monday and handed him a note"):
one protest, of that day (h409). A retelling dated outside the report's week is another protest.

An objection put in a message it sends ("objected to the reopening of trade, sending diplomatic
notes to both neighbours") is a protest against the doers of what it objects to, or the one the
note goes to, not a rejection (h392); "objected to X" alone stays a rejection, and sending no
message ("sending a coast guard ship") makes no protest.
"""

from __future__ import annotations

import pytest
from helpers import facts, rejections_of_land


def _rejections(text: str) -> list[tuple[str, ...]]:
    return rejections_of_land(text, published="2026-11-05")


@pytest.mark.parametrize(
    ("text", "state", "claimant", "land"),
    [
        (
            "Bangladesh lodged a strong protest with Myanmar over a border post that Myanmar built "
            "on a newly formed char in the Naf River. Myanmar's foreign ministry rejected the "
            "protest in a statement released late on Tuesday in Naypyitaw.",
            "Myanmar",
            "Bangladesh",
            "newly formed char",
        ),
        (
            "Denmark sent Canada a note of protest over a flag planted on Hans Island. Canada "
            "rejected the Danish protest in a letter to the embassy in Ottawa.",
            "Canada",
            "Denmark",
            "Hans Island",
        ),
        (
            "Peru handed Ecuador a protest note over an embankment built on Isla Noblecilla. "
            'Quito rejected the Peruvian protest "in all its terms".',
            "Ecuador",
            "Peru",
            "Isla Noblecilla",
        ),
    ],
)
def test_medium_of_the_rejection_leaves_the_protest(
    text: str, state: str, claimant: str, land: str
) -> None:
    found = _rejections(text)
    assert [(s, c, t) for s, c, t, _ in found] == [(state, claimant, land)], found
    assert " in a " not in found[0][3] and "terms" not in found[0][3], found


def test_a_statement_of_another_is_what_is_rejected() -> None:
    found = _rejections(
        "Vietnam rejected the references in a statement by China to the Paracel Islands."
    )
    assert all(what != "the references" for _, _, _, what in found), found


@pytest.mark.parametrize(
    ("text", "land"),
    [
        (
            "Namibia handed a diplomatic note to the Angolan ambassador, protesting against what "
            "it called a unilateral act. Luanda rejected the protest two days later, saying the "
            "island of Onembango belonged to Angola under the colonial treaties.",
            "Onembango",
        ),
        (
            "Honduras sent El Salvador a note of protest over the detention of three fishermen. "
            "San Salvador rejected the protest on Friday, saying Meanguera Island was Salvadoran "
            "territory.",
            "Meanguera Island",
        ),
    ],
)
def test_land_the_rejecter_says_is_its_own(text: str, land: str) -> None:
    found = _rejections(text)
    assert len(found) == 1 and found[0][2] == land, found


def test_a_reason_about_no_land_gives_none() -> None:
    found = _rejections(
        "Romania handed Ukraine a note of protest over what it called unilateral works. Kyiv "
        "rejected the protest, saying the dredging was needed to keep its ports open."
    )
    assert len(found) == 1 and found[0][:2] == ("Ukraine", "Romania"), found
    assert found[0][2] is None, found


def _protest_days(text: str) -> list[tuple[str | None, str | None]]:
    """Each protest read (told twice, its evidence twice: one protest)."""
    return sorted(
        {
            (f.args.get("subject"), f.args.get("date"))
            for f in facts(text, published="2026-10-20")
            if f.rel == "protests" and not f.negated
        },
        key=str,
    )


@pytest.mark.parametrize(
    ("text", "subject", "day"),
    [
        (
            "MADRID, Oct 20 (EFE) - Spain on Tuesday rejected a protest by Morocco over repair "
            "works on the Chafarinas Islands. Rabat's Foreign Ministry summoned Spain's "
            "ambassador on Monday and handed him a verbal note, diplomatic sources said.",
            "repair works on the Chafarinas Islands",
            "2026-10-19",
        ),
        (
            "SEOUL, Oct 20 (Yonhap) - South Korea has protested to Japan over a defence paper that "
            "lays claim to Dokdo. The foreign ministry in Seoul summoned Japan's deputy ambassador "
            "on Sunday and lodged a formal protest, officials said.",
            "a defence paper that lays claim to Dokdo",
            "2026-10-18",
        ),
    ],
)
def test_protest_told_again_with_its_day(text: str, subject: str, day: str) -> None:
    assert _protest_days(text) == [(subject, day)]


def test_another_protest_long_before_is_apart() -> None:
    found = _protest_days(
        "MADRID, Oct 20 (EFE) - Spain on Tuesday rejected a protest by Morocco over repair "
        "works on the Chafarinas Islands. Rabat's Foreign Ministry had summoned Spain's "
        "ambassador on Sept. 2 and handed him a verbal note."
    )
    assert ("repair works on the Chafarinas Islands", "2026-10-20") in found, found


def _protests(text: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (
            f.args["party"].label,
            getattr(f.args.get("against"), "label", None),
            f.args.get("subject"),
        )
        for f in facts(text, published="2026-06-03")
        if f.rel == "protests" and not f.negated
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bhutan has formally objected to the opening of a road between India and China "
            "through the Doklam plateau, sending diplomatic notes to both neighbours on Tuesday.",
            {
                (
                    "Bhutan",
                    "India",
                    "the opening of a road between India and China through the Doklam plateau",
                ),
                (
                    "Bhutan",
                    "China",
                    "the opening of a road between India and China through the Doklam plateau",
                ),
            },
        ),
        (
            "Guyana objected to the seizure of a fishing trawler, sending a note to Venezuela.",
            {("Guyana", "Venezuela", "the seizure of a fishing trawler")},
        ),
    ],
)
def test_an_objection_sent_as_a_note_is_a_protest(
    text: str, want: set[tuple[str, str | None, str | None]]
) -> None:
    assert _protests(text) == want
    assert not any(f.rel == "rejectsClaim" for f in facts(text, published="2026-06-03"))


def test_an_objection_alone_is_a_rejection() -> None:
    text = "Bhutan objected to the Chinese road on the Doklam plateau."
    assert not _protests(text)
    assert any(f.rel == "rejectsClaim" for f in facts(text, published="2026-06-03"))


def test_sending_no_message_is_no_protest() -> None:
    assert not _protests("China objected to the survey, sending a coast guard ship to the area.")
