"""Bodies that sign in their own name (signers55b).

A signing's parties are states, and a state's body signs for its state; but a bloc, a mission or a
force that no state owns is a party of its own: "Britain and the European Union signed a treaty"
is signed by the UK and the EU. A body that is a state organ or an organ of an international body
(a council, a ministry) signs nothing in its own name, and a body only present at a signing ("in
the presence of the OSCE") is no party.

The texts are written for the test (other blocs, states and wordings than the articles').
"""

from __future__ import annotations

from tests.helpers import facts

_DAY = "2026-06-03"  # a Wednesday


def _signers(text: str) -> list[set[str]]:
    out = []
    for f in facts(text, _DAY):
        if f.rel != "signed" or f.negated:
            continue
        parties = f.args.get("parties")
        members = parties if isinstance(parties, (list, tuple)) else [parties]
        out.append({getattr(e, "label", "") for e in members})
    return out


def test_bloc_beside_a_state_signs() -> None:
    text = (
        "BRUSSELS, June 3 (AP) - Norway and the European Union signed a fisheries treaty on "
        "Monday that settles quotas around Svalbard."
    )
    assert {"Norway", "European Union"} in _signers(text)


def test_bloc_signs_in_the_passive() -> None:
    text = (
        "ADDIS ABABA, June 3 (Reuters) - A ceasefire protocol was signed on Monday by Ethiopia "
        "and the African Union, officials said."
    )
    assert any({"Ethiopia", "African Union"} <= s for s in _signers(text))


def test_bloc_signs_with_a_state() -> None:
    text = (
        "LONDON, June 3 (Reuters) - Britain signed a security pact with the European Union on "
        "Monday, the government said."
    )
    assert any({"United Kingdom", "European Union"} <= s for s in _signers(text))


def test_body_present_is_no_party() -> None:
    text = (
        "GENEVA, June 3 (Reuters) - Armenia and Azerbaijan signed the accord on Monday at the "
        "United Nations, in the presence of the OSCE."
    )
    signers = _signers(text)
    assert {"Armenia", "Azerbaijan"} in signers
    assert not any("OSCE" in s or "United Nations" in s for s in signers)


def test_official_of_a_bloc_signs_for_it() -> None:
    text = (
        "OSLO, June 3 (Reuters) - The fisheries accord was signed in Oslo on Monday by EU "
        "fisheries commissioner Costas Kadis and Norway's fisheries minister, Marianne Sivertsen "
        "Naess."
    )
    assert any({"Norway", "European Union"} <= s for s in _signers(text))
