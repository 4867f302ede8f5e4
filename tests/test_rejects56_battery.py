"""Deeds named again by their noun, protests retold further on, and protests named by their maker
(issue 12, rejects56).

Every sentence was written for this module.

A deed a lead tells by its verb ("Sudan has suspended the 2017 agreement on Suakin", "Russia has
appointed a governor for Crimea") is what a later bare noun of that deed means ("Ankara rejected
the suspension", "Kyiv rejected the appointment"): the rejection is of that deed, its doer's, on
the land its words name, and a protest over "the appointment" is over it too. A later "The
appointment of X was set out in a decree" retells the deed and leaves its description; a bare noun
with no deed told before stays bare.

A lead's protest dated by the report's day is dated by a later sentence that tells the same
protest again by name ("Kanai lodged the protest by telephone ... late Wednesday"), a few
paragraphs on, as a passive retelling right after the lead dates it.

A protest told as the thing another state turned down may name its maker after "from" ("South
Korea dismissed a protest from Japan over the survey"), and an official "at" an embassy is of the
embassy's state ("lodged a protest with a minister at the South Korean Embassy")."""

from __future__ import annotations

from helpers import facts_by_label


def _read(text: str, rel: str, published: str = "2026-03-04") -> list[dict[str, object]]:
    """Each fact of ``rel`` once, its entities by label."""
    return facts_by_label(text, rel, published)


def test_a_bare_noun_of_a_deed_told_by_its_verb_is_that_deed() -> None:
    text = (
        "Sudan has suspended a 2017 agreement that gave Turkey the right to run the port on the "
        "island of Suakin, the foreign ministry said on Wednesday. Ankara rejected the suspension."
    )
    found = [f for f in _read(text, "rejectsClaim") if f["state"] == "Turkey"]
    assert len(found) == 1, found
    assert found[0]["claimant"] == "Sudan" and found[0]["territory"] == "Suakin"
    assert "suspended a 2017 agreement" in str(found[0]["what"])


def test_an_appointment_retold_by_its_noun_keeps_the_deed() -> None:
    text = (
        "Russia has appointed a former general as governor of Crimea, the Kremlin said on "
        "Monday. The appointment of Viktor Sokolov was set out in a decree published late on "
        "Sunday. Ukraine rejected the appointment."
    )
    found = [f for f in _read(text, "rejectsClaim") if f["state"] == "Ukraine"]
    assert len(found) == 1, found
    assert found[0]["claimant"] == "Russia" and found[0]["territory"] == "Crimea"
    assert "governor of Crimea" in str(found[0]["what"])


def test_a_protest_over_the_deed_is_over_what_the_verb_told() -> None:
    text = (
        "Venezuela has appointed a retired army general as governor of Guayana Esequiba. "
        "Guyana's foreign ministry summoned Venezuela's charge d'affaires on Friday to protest "
        "the appointment."
    )
    found = [f for f in _read(text, "protests", "2026-11-27") if f["party"] == "Guyana"]
    assert len(found) == 1, found
    assert "governor of Guayana Esequiba" in str(found[0]["subject"])


def test_a_bare_noun_with_no_deed_before_stays_bare() -> None:
    text = "Ankara rejected the suspension, the foreign ministry said on Wednesday."
    found = _read(text, "rejectsClaim")
    assert all("claimant" not in f and f["what"] == "the suspension" for f in found), found


def test_a_deed_refused_is_no_deed_a_noun_names() -> None:
    text = (
        "Sudan has refused to suspend the 2017 agreement with Turkey on Suakin. Egypt rejected "
        "the suspension."
    )
    found = _read(text, "rejectsClaim")
    assert all("suspended" not in str(f["what"]) for f in found), found


def test_a_protest_named_again_further_on_takes_its_day() -> None:
    text = (
        "TOKYO, Nov. 19 (Kyodo) - Japan has protested to China after Chinese coast guard "
        "officers boarded a Japanese fishing boat off the Senkaku Islands. The officers stayed on "
        "deck for about 40 minutes. None of the crew was hurt. Masaaki Kanai, a senior Foreign "
        "Ministry official, lodged the protest by telephone with a senior official of the Chinese "
        "Embassy late Wednesday."
    )
    found = _read(text, "protests", "2026-11-19")
    assert len(found) == 1, found
    assert found[0]["date"] == "2026-11-18"


def test_a_new_protest_further_on_dates_no_lead() -> None:
    text = (
        "TOKYO, Nov. 19 (Kyodo) - Japan has protested to China after Chinese coast guard "
        "officers boarded a Japanese fishing boat off the Senkaku Islands. The officers stayed on "
        "deck for about 40 minutes. None of the crew was hurt. In a separate case, a fisheries "
        "official lodged a complaint with the port authority late Wednesday."
    )
    found = [f for f in _read(text, "protests", "2026-11-19") if f["party"] == "Japan"]
    assert len(found) == 1, found
    assert found[0]["date"] == "2026-11-19"


def test_a_dismissed_protest_from_a_state_is_its_protest() -> None:
    text = (
        "South Korea on Tuesday dismissed a protest from Japan over a survey of currents around "
        "the Dokdo islets."
    )
    found = _read(text, "protests", "2026-08-04")
    assert len(found) == 1, found
    assert found[0]["party"] == "Japan" and found[0]["against"] == "South Korea"
    assert "survey" in str(found[0]["subject"])


def test_an_official_at_an_embassy_is_of_its_state() -> None:
    text = (
        "Japan's Foreign Ministry said on Monday that Hiroshi Tanabe had lodged a protest with a "
        "minister at the South Korean Embassy in Tokyo over the survey."
    )
    found = _read(text, "protests", "2026-08-04")
    assert len(found) == 1, found
    assert found[0]["party"] == "Japan" and found[0]["against"] == "South Korea"


def test_an_official_at_a_port_is_no_state() -> None:
    text = "Japan lodged a protest with an official at the port of Busan over the survey."
    found = _read(text, "protests", "2026-08-04")
    assert all(f.get("against") != "Japan" for f in found), found
