"""Signers named after a title run on to the name (signers54b).

"signed ... by Uganda's Minister of State for Regional Cooperation John Mulimba and Congolese Deputy
Foreign Minister Patrick Mvemba": a title with its "of"/"for" phrases written out before the name,
capitalised, without a comma. The parser often makes the title the head of the agent's phrase and
the name the object of the last preposition, so the first signer was lost and only the states
signed. The person is read at the name where only the title's capitalised words and its
prepositions lie between and the name has no title of its own ("the Special Envoy of President X" is the
envoy's phrase). Titles with no name after them sign as their states, no person added.

The texts are written for the test (other states and offices, an inserted phrase before "by").
"""

from __future__ import annotations

import pytest

from kg.model import Entity
from tests.helpers import facts

_DAY = "2026-06-03"  # a Wednesday


def _signers(text: str) -> list[set[str]]:
    out = []
    for f in facts(text, _DAY):
        if f.rel != "signed" or f.negated:
            continue
        parties = f.args.get("parties")
        members = parties if isinstance(parties, (list, tuple)) else [parties]
        out.append({e.label for e in members if isinstance(e, Entity)})
    return out


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "KAMPALA, June 3 (Xinhua) -- A memorandum of understanding was signed on Monday in "
            "Kampala at the close of a two-day meeting of the joint permanent commission, by "
            "Uganda's Minister of State for Regional Cooperation Henry Okello and Rwandan "
            "Deputy Foreign Minister James Kabarebe.",
            "Henry Okello",
            "James Kabarebe",
        ),
        (
            "NAIROBI, June 3 (Reuters) - A boundary protocol was signed on Tuesday in Nairobi at the "
            "end of three days of talks, by Kenya's Cabinet Secretary for Foreign Affairs Musalia "
            "Mudavadi and Ugandan Foreign Minister Sam Kutesa.",
            "Musalia Mudavadi",
            "Sam Kutesa",
        ),
    ],
)
def test_signer_after_title_with_phrases(text: str, first: str, second: str) -> None:
    assert any({first, second} <= parties for parties in _signers(text)), _signers(text)


def test_titles_with_no_name_sign_as_states() -> None:
    text = (
        "KAMPALA, June 3 (Xinhua) -- A memorandum of understanding was signed on Monday in Kampala "
        "at the close of a two-day meeting of the joint permanent commission, by Uganda's Minister "
        "of State for Regional Cooperation and Rwanda's Deputy Foreign Minister, Henry Okello said."
    )
    signed = _signers(text)
    assert signed and all(parties == {"Uganda", "Rwanda"} for parties in signed), signed


def _meetings(text: str) -> list[tuple[set[str], str | None, str | None]]:
    out = []
    for f in facts(text, _DAY):
        if f.rel != "meeting" or f.negated:
            continue
        who = f.args.get("participants")
        members = who if isinstance(who, (list, tuple)) else [who]
        place = f.args.get("place")
        out.append(
            (
                {e.label for e in members if isinstance(e, Entity)},
                place.label if isinstance(place, Entity) else None,
                f.args.get("date"),  # type: ignore[arg-type]
            )
        )
    return out


def test_signed_at_a_session_meets_where_and_when_signed() -> None:
    """ "The document, signed by A and B at a session of the commission" after the lead told
    the signing "by the two countries' foreign ministers in Astana on Monday" (the in-phrase
    hung on the signers): the session met in Astana on Monday, not in the dateline's city."""
    text = (
        "BISHKEK, June 3 (AKIpress) - Kyrgyzstan will hand a pasture to Kazakhstan under a "
        "protocol signed by the two countries' foreign ministers in Astana on Monday, the Kyrgyz "
        "Foreign Ministry said on Tuesday. The document, signed by Zheenbek Kulubaev of "
        "Kyrgyzstan and his Kazakh counterpart Murat Nurtleu at a session of the "
        "intergovernmental commission, ties the handover to a new road."
    )
    met = _meetings(text)
    assert any(
        {"Kyrgyzstan", "Kazakhstan"} <= who and place == "Astana" and day == "2026-06-01"
        for who, place, day in met
    ), met


def test_signed_at_a_ceremony_tells_no_session() -> None:
    text = (
        "BISHKEK, June 3 (AKIpress) - The protocol was signed by Zheenbek Kulubaev of Kyrgyzstan "
        "and Murat Nurtleu of Kazakhstan at a ceremony in Astana on Monday."
    )
    assert _meetings(text) == []
