"""Documents, round 38 (issue 12): a note or a letter binds no one; an inverted "should" is a
condition, no duty.

- "The protest note demanded that Beijing refrain ...", "In a letter, deputies said Chile should
  not ...": a text one side sends obliges no one; a resolution's demand still does.
- "should Britain ever decide to sell the territory, Spain must be offered it first": a
  condition, no obligation of Britain.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _rel(text: str, rel: str, published: str = "2026-06-10") -> list[dict[str, object]]:
    out = []
    for f in facts(text, published):
        if f.rel != rel or f.negated:
            continue
        out.append(
            {
                k: getattr(v, "label", v) if not isinstance(v, list) else [x.label for x in v]
                for k, v in f.args.items()
            }
        )
    return out


@pytest.mark.parametrize(
    "text",
    [
        "The protest note, handed to the Chinese embassy in Manila, demanded that Beijing refrain "
        "from actions that change the status quo.",
        "In a letter sent to the Senate, deputies of the Republican Party said Chile should not "
        "recognise the award.",
        "Article X of the Treaty of Utrecht stipulates that, should Britain ever decide to sell "
        "the territory, Spain must be offered it first.",
        "Ethiopia's letter to the Security Council demanded that Egypt stop threatening the dam.",
        "The treaty says that should Tanzania fail to pay, the lease will lapse.",
    ],
)
def test_no_obligation(text: str) -> None:
    assert not _rel(text, "obliges")


@pytest.mark.parametrize(
    "text, party",
    [
        ("The resolution demanded that Morocco withdraw its forces from the territory.", "Morocco"),
        (
            "In an order issued in December, the court required Venezuela to refrain from any "
            "action that would modify the situation in the territory.",
            "Venezuela",
        ),
        (
            "Under the joint communique signed by Uganda and Tanzania, the joint boundary "
            "commission must finish its survey of the Kagera salient by December.",
            "commission",
        ),
        (
            "The 2005 treaty committed both Vietnam and Cambodia to finish marking the border by "
            "2008.",
            "Cambodia",
        ),
    ],
)
def test_obligation_kept(text: str, party: str) -> None:
    assert any(party in str(f["party"]) for f in _rel(text, "obliges"))
