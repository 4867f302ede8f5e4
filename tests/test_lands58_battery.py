"""Lands told of groups and of owners (issue 12, round 38, lands58).

- A sentence that itself says what its lands are part of, or whose they are ("administered as part
  of the TAAF together with Europa ...", "are an integral part of Japan's territory"), lists them
  as that: no membership of a group named in another sentence is read there (study articles
  h448, h497, h535, h555).
- A claim told of a group in the phrase that names one of its members ("Kunashiri, one of the four
  islands that Tokyo claims") is a claim of that member too (h466).
- "on the basis of a notice by Shimane Prefecture" tells why a state asserts sovereignty: the
  prefecture is no land of the assertion (h554).
- A quoted "is ours" or "belongs to us" said by one who speaks for a state asserts that state's
  sovereignty, as "is our territory" does.

Sentences written for these tests (other states and lands than the articles' where they could be).
"""

from __future__ import annotations

from helpers import facts

from kg.model import Entity


def _pairs(text: str, rel: str, a: str, b: str) -> set[tuple[str, str]]:
    return {
        (f.args[a].label, f.args[b].label)
        for f in facts(text, "2026-05-05")
        if f.rel == rel
        and not f.negated
        and isinstance(f.args.get(a), Entity)
        and isinstance(f.args.get(b), Entity)
    }


def test_members_not_read_where_the_sentence_names_their_whole() -> None:
    text = (
        "PARIS, May 5 (AFP) - Madagascar renewed its claim to the Scattered Islands on Tuesday."
        " Bassas da India is administered as part of the French Southern and Antarctic Lands"
        " together with Europa, Juan de Nova, Glorieuses and Tromelin."
    )
    parts = _pairs(text, "partOf", "part", "whole")
    assert ("Bassas da India", "French Southern and Antarctic Lands") in parts
    assert not {p for p in parts if p[1] == "Scattered Islands in the Indian Ocean"}


def test_members_not_read_where_the_sentence_names_their_owner() -> None:
    text = (
        "TOKYO, May 5 (Kyodo) - Russia calls them the Southern Kurils and considers them its own."
        ' Shikotan, along with Kunashiri and Etorofu, is "an integral part of Japan\'s territory,"'
        " Chief Cabinet Secretary Minoru Kihara said."
    )
    parts = _pairs(text, "partOf", "part", "whole")
    assert not {p for p in parts if p[1] == "Southern Kuril Islands"}


def test_members_still_read_from_a_bare_list() -> None:
    text = (
        "TOKYO, May 5 (Kyodo) - Japan protested against Russian drills in the Southern Kurils."
        " Russian troops have held Kunashir, Iturup and Shikotan since 1945."
    )
    parts = _pairs(text, "partOf", "part", "whole")
    assert ("Kunashir", "Southern Kuril Islands") in parts


def test_claim_of_a_group_told_of_its_named_member() -> None:
    text = (
        "MANILA, May 5 (Reuters) - The Philippines protested over Chinese ships near Thitu, one of"
        " the features that Vietnam also claims."
    )
    assert ("Vietnam", "Thitu Island") in _pairs(text, "claims", "claimant", "territory")


def test_no_holding_of_a_member_from_a_held_group() -> None:
    text = (
        "TOKYO, May 5 (Kyodo) - Japan protested after Russian officials visited Shikotan, one of"
        " the four islands off Hokkaido now held by Russia."
    )
    assert ("Russia", "Shikotan") not in _pairs(text, "controls", "state", "territory")


def test_grounds_phrase_is_no_land() -> None:
    text = (
        "SEOUL, May 5 (Yonhap) - South Korea held a drill around Dokdo on Tuesday. Japan asserts"
        " sovereignty on the basis of a 1905 notice by Shimane Prefecture."
    )
    asserted = _pairs(text, "assertsSovereignty", "state", "territory")
    assert ("Japan", "Shimane Prefecture") not in asserted


def test_quoted_ours_asserts_the_speakers_state() -> None:
    ours = (
        'MANILA, May 5 (Reuters) - "Scarborough Shoal is ours and we will defend it,"'
        " Philippine Defense Secretary Gilberto Teodoro told reporters."
    )
    assert ("Philippines", "Scarborough Shoal") in _pairs(
        ours, "assertsSovereignty", "state", "territory"
    )
    us = (
        "KATHMANDU, May 5 (Reuters) - Nepal's Foreign Minister Arzu Rana Deuba said on Tuesday:"
        ' "Kalapani belongs to us."'
    )
    assert ("Nepal", "Kalapani") in _pairs(us, "assertsSovereignty", "state", "territory")


def test_ours_not_quoted_or_not_a_land_asserts_nothing() -> None:
    text = (
        "KATHMANDU, May 5 (Reuters) - Nepal's Foreign Minister Arzu Rana Deuba said the decision"
        ' on Kalapani "is ours to make".'
    )
    assert not _pairs(text, "assertsSovereignty", "state", "territory")
