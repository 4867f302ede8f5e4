"""Protests and their rejections as news words them (issue 12, rejects51b).

Every sentence was written for this module. Three readings:

- A protest read from one verb of a sentence ("when the ministry summoned the ambassador ... and
  handed him a note protesting against dredging", the parser hanging "handed" on another clause)
  is over what the sentence's one protest word is over; a protest note "saying that" something
  is over what it says, as a protest is.
- "rejected the protest as interference in the internal affairs of Turkey": the "as" phrase on the
  rejected thing tells what the rejecter holds it to be, so no state named there is the claimant
  (before, the rejecter became its own claimant and the rejection was dropped).
- A land named after another with "in (the)" only places it ("near the village of Corjova in the
  Dubasari district"): the rejected protest is about the first.

And where nothing tells what a protest is over, it stays without a subject."""

from __future__ import annotations

from helpers import facts, label

_PUBLISHED = "2026-11-05"  # a Thursday


def _read(text: str, rel: str) -> list[dict[str, object]]:
    return [
        {k: label(v) if hasattr(v, "label") else v for k, v in f.args.items()}
        for f in facts(text, published=_PUBLISHED)
        if f.rel == rel and not f.negated
    ]


def test_note_protesting_hung_on_another_clause() -> None:
    text = (
        "The dispute began on Nov. 3, when Hungary's foreign ministry summoned Slovakia's "
        "ambassador, Peter Novak, and handed him a note protesting against dredging by a Slovak "
        "company in the channel between the island and the Hungarian bank."
    )
    (p,) = _read(text, "protests")
    assert (p["party"], p["against"]) == ("Hungary", "Slovakia")
    assert str(p["subject"]).startswith("dredging by a Slovak company")


def test_letter_of_protest_after_summons() -> None:
    text = (
        "The crisis began in March, when Chile summoned Peru's ambassador and handed him a "
        "letter of protest over the new lighthouse on the islet."
    )
    (p,) = _read(text, "protests")
    assert (p["party"], p["against"]) == ("Chile", "Peru")
    assert "lighthouse" in str(p["subject"])


def test_protest_note_saying() -> None:
    text = (
        "On May 4, the Bulgarian Foreign Ministry handed a protest note to Romania's embassy in "
        "Sofia, saying that the widening of the canal had been carried out without the "
        "consultation required by the treaty."
    )
    (p,) = _read(text, "protests")
    assert (p["party"], p["against"]) == ("Bulgaria", "Romania")
    assert "widening of the canal" in str(p["subject"])


def test_summons_alone_names_no_subject() -> None:
    text = (
        "Poland summoned the Belarusian ambassador on Monday. Officials complained about the "
        "weather in Warsaw."
    )
    (p,) = _read(text, "protests")
    assert (p["party"], p["against"]) == ("Poland", "Belarus")
    assert "subject" not in p


def test_rejected_as_interference_in_affairs_of_the_rejecter() -> None:
    text = (
        "Greece protested against a new Turkish post near the island of Imia. Ankara rejected "
        'the protest as "interference in the internal affairs of Turkey".'
    )
    (r,) = _read(text, "rejectsClaim")
    assert (r["state"], r["claimant"], r["territory"]) == ("Turkey", "Greece", "Imia")


def test_dismissed_as_interference_after_report() -> None:
    text = (
        "Moldova has protested against a new checkpoint set up by Transnistria near the village "
        "of Corjova, the Bureau for Reintegration Policies reported on Wednesday, while Tiraspol "
        'dismissed the protest as "interference in the internal affairs of the Pridnestrovian '
        'Moldavian Republic".'
    )
    (r,) = _read(text, "rejectsClaim")
    assert (r["state"], r["claimant"], r["territory"]) == ("Transnistria", "Moldova", "Corjova")
    assert r["date"] == "2026-11-04"


def test_claim_rejected_as_baseless_keeps_its_claimant() -> None:
    (r,) = _read("Seoul rejected Japan's claim to Dokdo as baseless.", "rejectsClaim")
    assert (r["state"], r["claimant"]) == ("South Korea", "Japan")


def test_land_placed_in_a_district_is_no_second_land() -> None:
    text = (
        "Moldova has protested against a new checkpoint set up by Transnistria near the village "
        "of Corjova in the Dubasari district. Tiraspol rejected the protest."
    )
    (r,) = _read(text, "rejectsClaim")
    assert (r["claimant"], r["territory"]) == ("Moldova", "Corjova")


def test_two_lands_told_as_a_list_give_none() -> None:
    text = (
        "Malaysia protested against new Chinese buoys at Luconia Shoals and James Shoal. "
        "Beijing rejected the protest."
    )
    for r in _read(text, "rejectsClaim"):
        assert "territory" not in r


def test_contract_for_a_block_hung_on_the_verb() -> None:
    text = (
        "Suriname's government signed the contract for Block 58, which lies off the mouth of the "
        "Corantijn River, with a French consortium on Monday. France said it would go ahead. "
        'Guyana said it "rejects in its entirety" the contract.'
    )
    (r,) = [x for x in _read(text, "rejectsClaim") if x["state"] == "Guyana"]
    assert "Block 58" in str(r["what"])


def test_licence_for_a_block_hung_on_the_verb() -> None:
    text = (
        "Ecuador awarded the licence for Block 43, which lies near the border, to a Chinese firm "
        "on Friday. Peru rejected the licence on Tuesday."
    )
    (r,) = _read(text, "rejectsClaim")
    assert "Block 43" in str(r["what"])


def test_plain_made_thing_stays_bare() -> None:
    text = (
        "The islands' government issued a licence to a British company last week. Argentina "
        "rejected the licence on Tuesday."
    )
    (r,) = _read(text, "rejectsClaim")
    assert r["what"] == "the licence"
