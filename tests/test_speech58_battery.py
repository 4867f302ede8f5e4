"""Battery for round 38's speech work: a stance verb whose object is the speaker's own quoted words
('welcomed "a new era"') is a statement, and a clause reported after "told ... that" that the
parser reads as an adverbial is still what the verb says. Sentences written for the purpose."""

from __future__ import annotations

from tests.helpers import facts_by_label


def _said(text: str) -> list[tuple[object, str]]:
    return [(f["speaker"], str(f["quote_start"])) for f in facts_by_label(text, "statement")]


def _has(found: list[tuple[object, str]], speaker: str, words: str) -> bool:
    return any(who == speaker and words in said for who, said in found)


def test_welcomed_quoted_object_is_said() -> None:
    found = _said(
        "MADRID, May 3 (Reuters) - Spanish Foreign Minister José Manuel Albares welcomed "
        '"a new era of shared prosperity" for the area on Tuesday.'
    )
    assert _has(found, "José Manuel Albares", "a new era of shared prosperity")


def test_wanted_quoted_object_title_after_name() -> None:
    found = _said(
        "CEUTA, May 3 (AFP) - Juan Jesus Vivas, president of Ceuta, wanted "
        '"an end to uncertainty" for local firms, and the city asked for a customs regime.'
    )
    assert _has(found, "Juan Jesus Vivas", "an end to uncertainty")


def test_opposed_quoted_object_other_region() -> None:
    found = _said(
        "NAIROBI, June 2 (Reuters) - Kenyan Foreign Minister Musalia Mudavadi opposed "
        '"any unilateral change to the border on Lake Victoria" at a meeting in Kampala.'
    )
    assert _has(found, "Musalia Mudavadi", "any unilateral change to the border")


def test_unquoted_stance_is_no_statement() -> None:
    found = _said(
        "BAGHDAD, May 3 (AFP) - Iraqi Foreign Minister Fuad Hussein welcomed the deal on "
        "Tuesday and opposed the new port fees."
    )
    assert found == []


def test_quote_only_inside_the_object_is_not_the_stance() -> None:
    found = _said(
        "SEOUL, May 3 (Yonhap) - South Korean Foreign Minister Cho Hyun rejected the claim that "
        'the estuary "belongs entirely" to the North.'
    )
    assert not any(said.startswith("belongs entirely") for _, said in found)


def test_stance_inside_a_report_is_the_reporters() -> None:
    found = _said(
        "BAGHDAD, May 3 (AFP) - Iraqi Foreign Minister Fuad Hussein said Baghdad wanted "
        '"a fair arrangement that guarantees Iraq\'s access to the sea."'
    )
    assert _has(found, "Fuad Hussein", "a fair arrangement")
    assert all(who == "Fuad Hussein" for who, _ in found)


def test_told_that_read_as_adverbial_is_reported() -> None:
    found = _said(
        "BUENOS AIRES, May 3 (Reuters) - Foreign Minister Pablo Quirno told reporters later "
        'that President Javier Milei\'s government wanted "a mature relationship" with Britain '
        'but that "on sovereignty there is no room for ambiguity."'
    )
    assert _has(found, "Pablo Quirno", "a mature relationship")
    assert _has(found, "Pablo Quirno", "on sovereignty there is no room for ambiguity")
    assert not any(who == "Javier Milei" for who, _ in found)


def test_so_that_is_no_report() -> None:
    found = _said(
        "MANILA, May 3 (Reuters) - Philippine Foreign Secretary Theresa Lazaro spoke to "
        "reporters on Monday so that the fishermen would know the shoal was open."
    )
    assert not any("fishermen would know" in said for _, said in found)


def test_stance_verb_inside_a_quotation_is_not_its_own() -> None:
    found = _said(
        "JERUSALEM, Sept 29 (Reuters) - The government said in a statement that Israel "
        '"regrets the decision but will respect it."'
    )
    assert not any(said == "the decision" for _, said in found)


def test_capital_wanting_land_stays_a_place() -> None:
    found = _said(
        "KIGALI, May 3 (Reuters) - The village lay on the Burundian side of the river, Burundian "
        "Foreign Minister Albert Shingiro said, and Bujumbura wanted it back."
    )
    assert not any(who == "Bujumbura" for who, _ in found)


def test_pledge_after_a_phrase_is_the_verbs() -> None:
    found = _said(
        "SEOUL, Feb 22 (Yonhap) - Governor Lee Cheol-woo, whose province administers Dokdo, "
        'vowed in a separate message to "defend every inch of the islets."'
    )
    assert _has(found, "Lee Cheol-woo", "defend every inch of the islets")


def test_pledge_after_a_phrase_other_verb_and_region() -> None:
    found = _said(
        "CARACAS, May 3 (Reuters) - Venezuelan Foreign Minister Yvan Gil pledged on state "
        'television to "never give up a single metre of the Essequibo."'
    )
    assert _has(found, "Yvan Gil", "never give up a single metre")


def test_message_meant_to_reassure_is_not_pledged() -> None:
    found = _said(
        "MANILA, May 3 (Reuters) - The Philippine navy sent a ship with a message to reassure "
        "the fishermen on Monday."
    )
    assert found == []


def test_way_to_is_the_ways_infinitive() -> None:
    found = _said(
        "MANILA, Nov 8 (Reuters) - The law was described by President Ferdinand Marcos Jr. at its "
        'signing as a way to "align our domestic laws with international law."'
    )
    assert _has(found, "Ferdinand Marcos Jr.", "a way to align our domestic laws")
