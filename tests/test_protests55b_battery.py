"""A protest told by the participle that made it (issue 12, protests55b).

Every sentence was written for this module.

News often names a protest only as the thing another state turned down, and tells who made it and
what it was over on the participle that made it: "rejected a protest lodged by Japan over the
patrol", "dismissed a complaint filed by Vietnam over the lighthouse". The parser hangs the
by-phrase and the "over" phrase on the participle, not on the noun, so the protest had neither its
maker nor its subject. A participle of making or sending (lodged, filed, made, delivered, ...)
tells both, whatever trigger reads the noun; a participle of reporting ("a protest reported by
Japanese media") names no protester.

Such a lead tells the protest on the day of the rejection; the report tells the protest's own day
when it retells it in the active a few paragraphs on, after the deed protested ("Tokyo lodged a
protest with the Chinese side late on Sunday"): one protest, of that day, with the lead's subject.
"""

from __future__ import annotations

from helpers import facts_by_label


def _read(text: str, rel: str, published: str = "2026-02-09") -> list[dict[str, object]]:
    """Each fact of ``rel`` once, its entities by label."""
    return facts_by_label(text, rel, published)


def test_a_protest_lodged_by_a_state_and_rejected() -> None:
    text = (
        "BEIJING, Feb. 9 (Xinhua) -- China on Monday rejected a protest lodged by Japan over a "
        "China Coast Guard patrol near the Diaoyu Islands, saying the patrol was lawful."
    )
    found = _read(text, "protests")
    assert len(found) == 1, found
    assert found[0]["party"] == "Japan" and found[0]["against"] == "China"
    assert "patrol" in str(found[0]["subject"])
    rejected = _read(text, "rejectsClaim")
    assert any(r["state"] == "China" and r.get("claimant") == "Japan" for r in rejected)


def test_a_complaint_filed_by_another_state_and_another_verb() -> None:
    text = (
        "MANILA, May 12 (Reuters) - The Philippines on Tuesday dismissed a complaint filed by "
        "Vietnam over the construction of a lighthouse on Thitu Island."
    )
    found = _read(text, "protests", "2026-05-12")
    assert len(found) == 1, found
    assert found[0]["party"] == "Vietnam" and found[0]["against"] == "Philippines"
    assert "lighthouse" in str(found[0]["subject"])


def test_a_protest_reported_by_media_names_no_protester() -> None:
    text = "China rejected a protest reported by Japanese media over the patrol."
    found = _read(text, "protests")
    assert not any(f.get("party") == "Japan" for f in found), found


def test_a_protest_a_rejection_names_is_dated_by_its_retelling_paragraphs_later() -> None:
    text = (
        "MANILA, May 12 (Reuters) - China on Tuesday rejected a protest lodged by the Philippines "
        "over a Chinese survey ship near Thitu Island. "
        '"The ship was carrying out normal activities," the spokesman said. '
        "The survey ship entered the waters on Sunday and stayed for a day. "
        "It was escorted by two coast guard vessels, officials said. "
        "Manila lodged a protest with the Chinese embassy late on Sunday."
    )
    found = _read(text, "protests", "2026-05-12")
    assert len(found) == 1, found
    assert found[0]["party"] == "Philippines" and found[0]["against"] == "China"
    assert found[0]["date"] == "2026-05-10" and "survey ship" in str(found[0]["subject"])


def test_another_states_protest_paragraphs_later_is_its_own() -> None:
    text = (
        "MANILA, May 12 (Reuters) - China on Tuesday rejected a protest lodged by the Philippines "
        "over a Chinese survey ship near Thitu Island. "
        '"The ship was carrying out normal activities," the spokesman said. '
        "The survey ship entered the waters on Sunday and stayed for a day. "
        "It was escorted by two coast guard vessels, officials said. "
        "Vietnam lodged a protest with the Chinese embassy late on Sunday."
    )
    found = _read(text, "protests", "2026-05-12")
    assert {str(f["party"]) for f in found} == {"Philippines", "Vietnam"}, found
    assert all(f["date"] == "2026-05-12" for f in found if f["party"] == "Philippines"), found
