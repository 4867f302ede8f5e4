"""Agreements, meetings and suspensions as wire copy tells them (agree57).

"The agreement was reached at talks between A and B" dates the talks by the agreement told
before, not by the day the report last named. "Said it was suspending, with immediate effect, the
work of X": the object past a comma-closed adverbial is the reported verb's. "Under the
memorandum, A will ...": the signers agreed it on the day they signed; not a negated, conditional
or handover clause, nor a body's work. Texts written for this test."""

from __future__ import annotations

from helpers import facts, meetings_read

from kg.model import Entity

PUBLISHED = "2026-03-12"  # a Thursday


def _labels(v: object) -> set[str]:
    items = v if isinstance(v, tuple) else (v,)
    return {e.label for e in items if isinstance(e, Entity)}


def _of(text: str, rel: str) -> list[dict]:
    return [f.args for f in facts(text, PUBLISHED) if f.rel == rel and not f.negated]


def test_talks_that_reached_the_agreement_take_its_day():
    text = (
        "Japan, Russia agree to work toward resuming visits\n\n"
        "MOSCOW, March 12 (Kyodo) - Japanese and Russian diplomats agreed Tuesday to work toward "
        "resuming visa-free visits to the islands, officials from both sides said Thursday.\n\n"
        "The agreement was reached in Moscow at talks between Kenji Sato, director general of the "
        "Japanese Foreign Ministry's European Affairs Bureau, and Russian Deputy Foreign Minister "
        "Andrei Rudenko.\n"
    )
    met = meetings_read(text, PUBLISHED)
    assert met == [({"Kenji Sato", "Andrei Rudenko"}, "Moscow", "2026-03-10")], met


def test_the_deal_struck_during_talks_keeps_the_days_apart():
    text = (
        "Kenya, Uganda agree on Migingo patrols\n\n"
        "NAIROBI, March 12 (Reuters) - Kenya and Uganda agreed on Monday to hold joint police "
        "patrols around Migingo island, the two governments said in a statement on Thursday.\n\n"
        "The deal was struck during talks in Kampala between Kenyan Foreign Minister Musalia "
        "Mudavadi and his Ugandan counterpart Jeje Odongo.\n"
    )
    met = meetings_read(text, PUBLISHED)
    assert any(date == "2026-03-09" and place == "Kampala" for _, place, date in met), met


def test_an_object_past_an_inserted_adverbial_is_the_reported_verbs():
    text = (
        "Chad suspends border committee\n\n"
        "N'DJAMENA, March 12 (Reuters) - The Chadian government said on Thursday it was "
        "suspending, with immediate effect, the work of a joint Chad-Libya border security "
        "committee.\n\n"
        "Bolivia announced it would halt, for at least a month, the joint patrols with Chile on "
        "the Silala river.\n"
    )
    found = _of(text, "suspends")
    assert any(
        _labels(a["party"]) == {"Chad"} and "border security committee" in a["what"] for a in found
    ), found
    assert any(
        _labels(a["party"]) == {"Bolivia"} and "joint patrols" in a["what"] for a in found
    ), found


def test_what_a_signed_memorandum_says_the_sides_will_do_was_agreed():
    text = (
        "Peru, Brazil agree to joint survey of new sandbar\n\n"
        "LIMA, March 12 (Xinhua) -- Peru and Brazil signed a memorandum of understanding here on "
        "Tuesday on a sandbar in the Yavari River.\n\n"
        "Under the memorandum, Peru will withdraw the checkpoint within 15 days, and both "
        "countries will patrol the area jointly.\n\n"
        "If the survey shows that the sandbar lies on the Brazilian side, Peru will hand it over "
        "to Brazil under the memorandum.\n\n"
        "Under the memorandum, Brazil will not build on the sandbar.\n"
    )
    found = _of(text, "agreedTo")
    assert [a["what"] for a in found] == [
        "Peru will withdraw the checkpoint within 15 days, and both countries will patrol the "
        "area jointly"
    ], found
    assert _labels(found[0]["parties"]) == {"Peru", "Brazil"} and found[0]["date"] == "2026-03-10"


def test_a_protocols_terms_told_by_officials_name_the_signers_states():
    text = (
        "Kenya, Uganda sign Migingo accord\n\n"
        "NAIROBI, March 12 (Reuters) - Kenyan Foreign Minister Musalia Mudavadi and his Ugandan "
        "counterpart Jeje Odongo signed a protocol on Migingo island in Kampala on Tuesday.\n\n"
        "Under the protocol, the two police forces will patrol the waters around the island "
        "jointly from April, officials said.\n"
    )
    found = [a for a in _of(text, "agreedTo") if "patrol the waters" in a["what"]]
    assert found and _labels(found[0]["parties"]) == {"Kenya", "Uganda"}, found
    assert found[0]["date"] == "2026-03-10", found


def test_terms_of_an_unsigned_document_are_no_agreement():
    text = (
        "Draft published\n\n"
        "QUITO, March 12 (EFE) - Ecuador published a draft decree on Tuesday. Under the decree, "
        "the navy will patrol the Galapagos reserve.\n"
    )
    assert not _of(text, "agreedTo")


def test_a_body_the_terms_set_to_work_agreed_nothing():
    text = (
        "Iran, Afghanistan sign water memorandum\n\n"
        "KABUL, March 12 (Reuters) - Iran and Afghanistan signed a memorandum of understanding on "
        "the Harirud river in Kabul on Tuesday.\n\n"
        "Under the memorandum, the joint committee will measure the river's flow at the dam, and "
        "the island will be handed over to Afghan administration.\n"
    )
    assert not [a for a in _of(text, "agreedTo") if "committee" in a["what"]]
