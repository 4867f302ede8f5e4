"""Battery for round 39's speech work: a lead that credits an official by title alone ("its
interior minister said") is the words of the one person the article later gives that office of
that state; and "the note said" after "X lodged a protest" is X's words, the note being the one
the protest was lodged in. Sentences written for the purpose."""

from __future__ import annotations

from tests.helpers import facts_by_label


def _said(text: str) -> list[tuple[object, str]]:
    return [(f["speaker"], str(f["quote_start"])) for f in facts_by_label(text, "statement")]


def _has(found: list[tuple[object, str]], speaker: str, words: str) -> bool:
    return any(who == speaker and words in said for who, said in found)


def test_its_minister_named_paragraphs_later() -> None:
    found = _said(
        "MITROVICA, Kosovo, Feb 10 (Reuters) - Kosovo will open the main bridge over the Ibar "
        "river to car traffic next Monday, its interior minister said on Tuesday.\n\n"
        "Under a memorandum signed in Pristina on Monday by Interior Minister Xhelal Svecla and "
        "KFOR commander Gabor Halasz, the peacekeepers will keep control of the bridge.\n\n"
        '"Freedom of movement is a right," Svecla told reporters.'
    )
    assert _has(found, "Xhelal Sveçla", "Kosovo will open the main bridge")
    assert not _has(found, "Kosovo", "Kosovo will open the main bridge")


def test_epithet_title_with_a_rival_minister() -> None:
    found = _said(
        "TOKYO, May 4 (Reuters) - Japan will not accept the Chinese survey near the islands, "
        "Japan's top diplomat said on Tuesday.\n\n"
        '"This is unacceptable," Foreign Minister Toshimitsu Motegi told reporters in Tokyo. '
        "Chinese Foreign Minister Wang Yi said the survey was lawful."
    )
    assert _has(found, "Toshimitsu Motegi", "Japan will not accept the Chinese survey")
    assert not _has(found, "Wang Yi", "Japan will not accept")


def test_other_region_state_title_other_office() -> None:
    found = _said(
        "SANTIAGO, March 3 (Reuters) - Chile will send more patrol boats to the southern "
        "channels, Chile's defence minister said on Tuesday.\n\n"
        "Defence Minister Maya Fernandez said the boats would sail next month. Argentine "
        "Defence Minister Luis Petri said Buenos Aires had not been told."
    )
    assert _has(found, "Maya Fernandez", "Chile will send more patrol boats")
    assert not _has(found, "Luis Petri", "Chile will send")


def test_title_unlisted_office_words_either_way_round() -> None:
    found = _said(
        "NAIROBI, Aug 9 (AFP) - Kenya will not give up Migingo island, Kenya's fisheries minister "
        'said on Thursday.\n\n"Migingo is ours," Minister of Fisheries Ali Chirau Mwakwere told '
        "reporters in Nairobi. Agriculture Minister Jane Wambui said nothing."
    )
    assert _has(found, "Ali Chirau Mwakwere", "Kenya will not give up Migingo island")
    assert not _has(found, "Jane Wambui", "Kenya will not give up")


def test_two_holders_of_the_office_leave_the_state() -> None:
    found = _said(
        "OSLO, Sept 15 (AFP) - The boundary treaty with Russia is still being respected, "
        "Norway's foreign minister said on Monday.\n\n"
        "The treaty was signed in 2010 by foreign ministers Jonas Gahr Store and Sergei Lavrov. "
        '"The treaty has held," Foreign Minister Espen Barth Eide told reporters in Oslo.'
    )
    assert _has(found, "Norway", "The boundary treaty with Russia is still being respected")


def test_title_never_named_stays_the_state() -> None:
    found = _said(
        "OSLO, Sept 15 (AFP) - The boundary treaty with Russia is still being respected, "
        "Norway's foreign minister said on Monday.\n\nRussia has not commented on the treaty."
    )
    assert _has(found, "Norway", "The boundary treaty with Russia is still being respected")


def test_note_after_lodged_protest_is_the_protesters() -> None:
    found = _said(
        "HANOI, May 6 (Reuters) - Vietnam lodged a protest with Malaysia on Wednesday over a new "
        "jetty on Swallow Reef.\n\nThe works \"seriously violate Vietnam's sovereignty over the "
        'archipelago", the note said.'
    )
    assert _has(found, "Vietnam", "seriously violate Vietnam's sovereignty")


def test_note_after_complaint_note_as_subject() -> None:
    found = _said(
        "NAIROBI, May 6 (Xinhua) - Kenya has lodged a complaint with Uganda over a police camp "
        "on Ugingo island, the foreign ministry said.\n\n"
        'The note said the camp "stands on Kenyan soil".'
    )
    assert _has(found, "Kenya", "the camp stands on Kenyan soil")


def test_note_with_its_own_source_is_not_the_protesters() -> None:
    found = _said(
        "MANILA, May 6 (Reuters) - The Philippines lodged a protest with China over the reserve "
        'on Monday.\n\nThe protest note described the reserve as "null and void", according '
        "to Foreign Affairs Secretary Theresa Lazaro."
    )
    assert not _has(found, "Philippines", "null and void")


def test_note_no_one_lodged_speaks_for_no_one() -> None:
    found = _said(
        "HANOI, May 6 (Reuters) - Vietnam's fishermen are angry about a new jetty on Swallow "
        'Reef.\n\nThe jetty "violates Vietnam\'s sovereignty over the archipelago", the note said.'
    )
    assert not any("violates Vietnam" in said for _, said in found)
