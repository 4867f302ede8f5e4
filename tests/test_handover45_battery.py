"""A document that binds a party to hand land over promises it: no obligation besides (issue 12,
round 25, handover45).

"The agreement ... committed Britain to return Gan and the neighbouring island of Hithadhoo to the
Maldives when the lease expired": the handover rules read the document's promise
(promisesHandover), and the binding verb's class read the same words a second time as an
obligation (obliges) of Britain. A binding verb ("require", "commit", "oblige", "bind", a passive
"is obliged to", a modal "must", "has to") whose every act is a handover of land is the promise
alone; an act of another kind beside it ("to hand over X and to pay Y") is still an obligation.
Seen in study articles h207, h242 and h263, whose gold records such a duty as the promise. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

from kg.model import Entity


def _label(value: object) -> str | None:
    return value.label if isinstance(value, Entity) else None


def _promised(found: list, territory: str, to: str) -> bool:
    return any(
        f.rel == "promisesHandover"
        and not f.negated
        and _label(f.args.get("territory")) == territory
        and _label(f.args.get("to")) == to
        and isinstance(f.args.get("document"), Entity)
        for f in found
    )


def _obliged(found: list, party: str) -> list[str]:
    return [
        str(f.args.get("action"))
        for f in found
        if f.rel == "obliges" and not f.negated and _label(f.args.get("party")) == party
    ]


# the same duty: several binding verbs, a passive, a modal, "has to", an inserted clause, the
# document after "under", the land before the particle
BINDING = [
    ("The 1960 agreement committed Britain to return Gan to the Maldives when the lease expired.",
     "Gan", "Maldives", "United Kingdom"),
    ("The 1960 agreement, signed in Male, committed Britain to return Gan to the Maldives.",
     "Gan", "Maldives", "United Kingdom"),
    ("The 1984 declaration requires Britain to hand Hong Kong back to China in 1997.",
     "Hong Kong", "China", "United Kingdom"),
    ("The 1956 treaty binds the Soviet Union to return Shikotan to Japan.",
     "Shikotan", "Japan", "Soviet Union"),
    ("Under the 1920 treaty, Hungary was obliged to hand Burgenland over to Austria in 1921.",
     "Burgenland", "Austria", "Hungary"),
    ("Under the 1920 treaty, Hungary is required to cede Burgenland to Austria.",
     "Burgenland", "Austria", "Hungary"),
    ("Under the 1956 declaration, the Soviet Union must hand over Shikotan to Japan.",
     "Shikotan", "Japan", "Soviet Union"),
    ("Under the 1920 treaty, Hungary has to give Burgenland back to Austria.",
     "Burgenland", "Austria", "Hungary"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "land", "to", "giver"), BINDING)
def test_a_duty_to_hand_land_over_is_the_promise(text: str, land: str, to: str, giver: str) -> None:
    found = facts(text)
    assert _promised(found, land, to), shown(found)
    assert not _obliged(found, giver), shown(found)


# near misses: acts of other kinds stay obligations, beside a handover too; a demand is no
# binding verb of the document's (its class reads no promise)
KEPT = [
    ("The 1960 agreement obliges the Maldives to lease Gan to Britain for thirty years.",
     "Maldives", "lease"),
    ("The treaty obliges Russia to pay compensation to Ukraine.", "Russia", "compensation"),
    ("The treaty obliges Russia to hand over Tuzla Island to Ukraine and to pay compensation.",
     "Russia", "compensation"),
    ("Under the 1994 treaty, Israel must pay Jordan for the water it takes.", "Israel", "pay"),
    ("The resolution demanded that Israel return the Golan Heights to Syria.", "Israel", "Golan"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "party", "word"), KEPT)
def test_other_duties_stay_obligations(text: str, party: str, word: str) -> None:
    found = facts(text)
    assert any(word in action for action in _obliged(found, party)), shown(found)
