"""Protests told again, what drew a protest, and a ruling summed up by a noun (issue 12, rejects55).

Every sentence was written for this module.

A protest told again by a bare reference ("North Korea dismissed Tokyo's protest", "the minister,
who summoned the envoy, described the raid as ...") after the report told it with what it was over
and when is the same protest: one fact, not a second one without its subject and day, and where a later sentence
dates the lead's protest ("The protest was lodged ... on Monday evening"), every telling of it
takes that day. Two protests of the same states over different things stay two.

A protest drawn by a deed is over that deed: "Russia's decision to hold drills on Kunashir
prompted a protest from Japan" (the subject of the verb of drawing), "Venezuela appointed a
governor ..., drawing a formal protest from Georgetown" (the clause a participle after a comma
closes, wherever the parser hung it; a time phrase that opens the clause is when, not what). Such
a participle tells what the whole clause brought about, so its mood is the main clause's, not
that of an infinitive of purpose the parser hung it on ("landed on Uotsuri to study the goats,
prompting a protest": made; "may send researchers ..., prompting a protest": none yet).

A noun that sums up the clause before it ("..., a ruling Beijing has never accepted") names the
clause's deed: the parser reads "a ruling Beijing" as one phrase with "ruling" a participle, and a
participle inside the clause ("struck down the law ratifying the 2012 agreement, a ruling ...")
only describes one of its nouns, so the rejected thing is the whole clause. A ruling welcomed is
no rejection."""

from __future__ import annotations

from helpers import facts_by_label


def _read(text: str, rel: str, published: str = "2026-09-08") -> list[dict[str, object]]:
    """Each fact of ``rel`` once, its entities by label."""
    return facts_by_label(text, rel, published)


def test_a_protest_told_again_by_a_bare_reference_is_one_protest() -> None:
    text = (
        "Japan has protested to North Korea after a North Korean patrol boat trained a deck gun "
        "on a Japan Coast Guard ship near the Yamato Bank, the government said on Tuesday. "
        "A spokesman for the North Korean Foreign Ministry dismissed Tokyo's protest as "
        '"a brazen provocation".'
    )
    found = _read(text, "protests")
    assert len(found) == 1, found
    assert found[0]["party"] == "Japan" and found[0]["against"] == "North Korea"
    assert "patrol boat" in str(found[0]["subject"])


def test_a_protest_told_again_takes_the_day_its_retelling_gives() -> None:
    text = (
        "Japan has protested to North Korea after a North Korean patrol boat trained a deck gun "
        "on a Japan Coast Guard ship near the Yamato Bank, the government said on Tuesday. The "
        "protest was lodged through the North Korean embassy in Beijing on Monday evening. "
        "Pyongyang hit back on Tuesday. A spokesman for the North Korean Foreign Ministry "
        'dismissed Tokyo\'s protest as "a brazen provocation".'
    )
    found = _read(text, "protests")
    assert len(found) == 1, found
    assert found[0]["date"] == "2026-09-07"


def test_a_summons_told_after_the_protest_is_the_same_protest() -> None:
    text = (
        "Kenya has lodged a formal protest with Uganda after Ugandan marine police hoisted their "
        "country's flag on Remba Island, the foreign ministry said on Tuesday. Foreign Minister "
        "Musalia Mudavadi, who summoned the envoy, described the raid as an unfriendly act."
    )
    found = _read(text, "protests")
    assert len(found) == 1, found
    assert "flag on Remba Island" in str(found[0]["subject"])


def test_two_protests_over_different_things_stay_two() -> None:
    text = (
        "Japan protested to China on Monday over a coast guard patrol near the Senkaku Islands. "
        "On Friday Japan protested to China over a research buoy placed near the islands."
    )
    found = _read(text, "protests")
    subjects = sorted(str(f.get("subject")) for f in found)
    assert len(found) == 2, found
    assert "patrol" in subjects[0] and "buoy" in subjects[1]


def test_a_decision_that_prompted_a_protest_is_what_it_was_over() -> None:
    found = _read(
        "Russia's decision to hold the drills on Kunashir prompted a protest from Japan.",
        "protests",
    )
    assert found == [
        {
            "party": "Japan",
            "against": "Russia",
            "subject": "Russia's decision to hold the drills on Kunashir",
        }
    ]


def test_a_deed_that_drew_a_protest_is_what_it_was_over() -> None:
    found = _read(
        "Venezuela has appointed a retired general as governor of the state it says it created "
        "in the Essequibo region that Guyana administers, drawing a formal protest from "
        "Georgetown on Friday.",
        "protests",
        published="2026-11-28",
    )
    assert len(found) == 1, found
    assert found[0]["party"] == "Guyana" and found[0]["against"] == "Venezuela"
    assert str(found[0]["subject"]).startswith("Venezuela has appointed a retired general")
    assert "drawing" not in str(found[0]["subject"])
    assert found[0]["date"] == "2026-11-27"


def test_a_year_opening_the_deed_is_the_protests_date_not_its_subject() -> None:
    found = _read(
        "In 2016 Japan also seized a Taiwanese fishing boat near the atoll, sparking a protest "
        "from Taipei.",
        "protests",
    )
    assert found == [
        {
            "party": "Taiwan",
            "against": "Japan",
            "subject": "Japan also seized a Taiwanese fishing boat near the atoll",
            "date": "2016",
        }
    ]


def test_a_protest_drawn_after_an_infinitive_of_purpose_is_made() -> None:
    found = _read(
        "A team of Japanese researchers landed on Uotsuri on Saturday to study the damage done "
        "by feral goats, prompting an angry protest from Beijing.",
        "protests",
        published="2026-10-17",
    )
    assert len(found) == 1, found
    assert found[0]["party"] == "China" and found[0]["against"] == "Japan"
    assert "landed on Uotsuri" in str(found[0]["subject"])


def test_a_protest_drawn_by_a_deed_that_may_come_is_none() -> None:
    text = (
        "Japan may send researchers to Uotsuri next month to study the goats, prompting a "
        "protest from Beijing."
    )
    assert _read(text, "protests") == []


def test_praise_drawn_is_no_protest() -> None:
    text = "Norway withdrew its coast guard from the island, drawing praise from Russia."
    assert _read(text, "protests") == []


def test_a_ruling_summing_up_the_clause_is_the_clause() -> None:
    text = (
        "Kenya's High Court in 2025 struck down the law ratifying the 2019 fisheries agreement, "
        "a ruling Uganda has never accepted."
    )
    found = _read(text, "rejectsClaim")
    assert len(found) == 1, found
    assert found[0]["state"] == "Uganda"
    assert "struck down the law ratifying the 2019 fisheries agreement" in str(found[0]["what"])


def test_a_ruling_named_before_its_summing_noun_is_what_was_rejected() -> None:
    text = (
        "The reef lies within the zone that Manila says was confirmed by the 2016 ruling of an "
        "arbitral tribunal in The Hague, a ruling Beijing has never accepted."
    )
    found = _read(text, "rejectsClaim")
    assert len(found) == 1, found
    assert found[0]["state"] == "China"
    assert "the 2016 ruling of an arbitral tribunal" in str(found[0]["what"])


def test_a_ruling_welcomed_is_no_rejection() -> None:
    text = (
        "Kenya's High Court in 2025 struck down the law ratifying the 2019 fisheries agreement, "
        "a ruling Uganda has welcomed."
    )
    assert _read(text, "rejectsClaim") == []
