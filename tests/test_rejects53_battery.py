"""Whose protest, whose rejection, and which day, where news names a ministry or an official
before it says whose they are (issue 12, rejects53).

Every sentence was written for this module. Five readings.

A state's body that names no state ("Foreign Ministry spokeswoman X rejected ...", "The foreign
ministry called in France's ambassador"): the bare ministry filled the rejecter's role as itself
(a "Foreign Ministry" that is no state), or, in a protest, filled nothing. The ministry of the
state the article is about (the dateline's, the last actor's) makes the protest, and a rejection by
a stateless ministry goes, once the article is read, to the state of the official its sentence
names (rules/stateless_doers.py).

An official whose title names no state, acting in a clause a speech tag tells ("Vice Foreign
Minister X summoned the deputy ambassador and lodged a protest, the Foreign Ministry said"): the
teller speaks for the official's state. The summoned envoy is never the protester (a summons'
"clause" slot fell back on the verb's object, so the envoy's state was read as the party).

"called in France's ambassador on Monday and gave him a note of protest": the parser reads the
particle as a preposition, and the object of "gave" shared with "called" was taken for the object
of the summons; the object of the misread particle comes first.

A protest retold in the passive ("The protest was conveyed to Moscow, X told a press conference,
after Y had summoned the ambassador on Wednesday evening") is not dated by the day of the earlier
deed an "after" clause tells.

A rejected protest ("Kampala dismissed the protest") is the one its claimant lodged with a subject,
not a later retelling of the note with none; and the land a demand's clause names is the demand's
("rejected Bolivia's demand that it negotiate an outlet to the Pacific Ocean"), as the land in what
a charge alleges is not ("claims that soldiers had crossed into the Sarstoon River")."""

from __future__ import annotations

from helpers import facts_by_label


def _read(text: str, rel: str, published: str) -> list[dict[str, object]]:
    """Each fact of ``rel`` once (a fact read again in another sentence is more evidence)."""
    return facts_by_label(text, rel, published)


def test_stateless_ministry_rejects_for_its_officials_state() -> None:
    text = (
        "China on Saturday announced two new districts in the South China Sea. In Hanoi, Foreign "
        "Ministry spokeswoman Pham Thu Lan rejected China's claim to the Paracel Islands on Monday."
    )
    found = _read(text, "rejectsClaim", "2026-04-21")
    assert [(f["state"], f["claimant"], f.get("territory")) for f in found] == [
        ("Vietnam", "China", "Paracel Islands")
    ]


def test_titled_official_of_no_state_protests_for_the_teller() -> None:
    text = (
        "On Oct. 20, the city council of Changwon voted to revive an ordinance on Tsushima. Tokyo "
        "reacted within hours. The next day, Vice Foreign Minister Kenji Morita summoned South "
        "Korea's deputy ambassador, Park Min-ho, and lodged a protest over the council's vote, the "
        "Foreign Ministry said."
    )
    found = _read(text, "protests", "2026-10-22")
    assert [(f["party"], f["against"], f.get("date")) for f in found] == [
        ("Japan", "South Korea", "2026-10-21")
    ]


def test_summoned_envoy_is_no_protester() -> None:
    text = "Director-General Lee Sang-woo summoned Japan's deputy ambassador, Kenji Morita, on Tuesday."
    assert not [f for f in _read(text, "protests", "2026-09-22") if f.get("party") == "Japan"]


def test_ministry_calling_in_an_envoy_dates_the_protest() -> None:
    text = (
        "Madagascar has protested to France over a military exercise held on Europa Island. The "
        "foreign ministry called in France's ambassador, Pierre Martin, on Monday and gave him a "
        'note of protest which described the exercise as "a provocation", ministry spokesman Jean '
        "Rakoto said on Wednesday."
    )
    found = _read(text, "protests", "2026-08-05")
    assert [(f["party"], f["against"], f.get("date")) for f in found] == [
        ("Madagascar", "France", "2026-08-03")
    ]


def test_retold_protest_not_dated_by_an_earlier_deed() -> None:
    text = (
        "Japan on Thursday lodged a protest with Russia over military exercises on Kunashiri, "
        "Chief Cabinet Secretary Minoru Kihara said. The protest was conveyed to Moscow through "
        "diplomatic channels, Kihara told a press conference, after Vice Foreign Minister Kenji "
        "Morita had summoned the Russian ambassador on Wednesday evening."
    )
    found = _read(text, "protests", "2026-11-26")
    assert [(f["party"], f["against"], f.get("date")) for f in found] == [
        ("Japan", "Russia", "2026-11-26")
    ]


def test_retold_protest_dated_by_its_own_day() -> None:  # the passive retelling still dates it
    text = (
        "Japan has protested to Russia over military exercises on Kunashiri, the government said "
        "on Thursday. The protest was lodged through diplomatic channels on Wednesday, the foreign "
        "minister told reporters, after the ambassador had been summoned on Tuesday."
    )
    found = _read(text, "protests", "2026-11-26")
    assert [f.get("date") for f in found] == ["2026-11-25"]


def test_rejected_protest_is_the_one_with_a_subject() -> None:
    text = (
        "Kenya has protested to Uganda over the setting up of a police camp on Migingo, the Kenyan "
        "foreign ministry said on Thursday. A protest note was handed on Wednesday to Uganda's High "
        "Commissioner in Nairobi, the ministry said. Kampala dismissed the protest within a day."
    )
    found = _read(text, "rejectsClaim", "2026-05-14")
    assert len(found) == 1
    assert found[0]["state"] == "Uganda" and found[0]["claimant"] == "Kenya"
    assert str(found[0]["territory"]).startswith("Migingo")
    assert "police camp" in str(found[0]["what"])


def test_land_of_a_demand_but_not_of_an_allegation() -> None:
    text = (
        "Chile on Monday rejected Bolivia's demand that it negotiate a sovereign outlet to the "
        "Pacific Ocean. Belize on Monday rejected Guatemala's claims that Belizean soldiers had "
        "crossed into the Sarstoon River."
    )
    found = {f["state"]: f.get("territory") for f in _read(text, "rejectsClaim", "2026-10-01")}
    assert found == {"Chile": "Pacific Ocean", "Belize": None}


def test_note_of_protest_describing_what_it_protests() -> None:
    text = (
        "Guyana's foreign ministry summoned Venezuela's charge d'affaires, Carlos Amador, on Friday "
        'and handed him a note of protest describing the appointment as "null and void".'
    )
    found = _read(text, "protests", "2026-11-27")
    assert [(f["party"], f["against"], f.get("subject")) for f in found] == [
        ("Guyana", "Venezuela", "the appointment")
    ]
