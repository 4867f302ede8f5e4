"""Lands told of groups and of owners (issue 12, round 38, lands58).

- A sentence that itself says what its lands are part of, or whose they are ("administered as part
  of the TAAF together with Europa ...", "are an integral part of Japan's territory"), lists them
  as that: no membership of a group named in another sentence is read there (study articles
  h448, h497, h535, h555).

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
