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
