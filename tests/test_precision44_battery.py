"""A stance on a land held in a bygone time is no present assertion of sovereignty (issue 12,
twenty-fourth round, precision44).

"Guatemalan governments in the 1870s insisted that Soconusco was part of Guatemala", "in 1921,
when troops entered the Coto region, which Costa Rica regarded as an integral part of its
territory", '"Warbah was Iraqi land before 1963"', "has said Tuzla historically belonged to
Russia": the gold reads each as a (former) claim, and the claims class still reads it; an
assertion said in a present frame, or on a day the report names, stays one. Seen in study articles
of several batches (h113, h181, h229, h260, h280). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import facts

from kg.model import Entity


def _read(text: str, rel: str) -> set[tuple[str, str]]:
    """The (state, land) labels of each affirmed fact of ``rel``."""
    out = set()
    for f in facts(text):
        if f.rel == rel and not f.negated:
            state = f.args.get("state") or f.args.get("claimant")
            land = f.args.get("territory")
            if isinstance(state, Entity) and isinstance(land, Entity):
                out.add((state.label, land.label))
    return out


BYGONE = [
    "Guatemalan governments in the 1870s insisted that Soconusco was part of Guatemala.",
    "In the 1870s, Guatemalan governments insisted that Soconusco was an integral part of "
    "Guatemala.",
    "The war broke out in 1921, when Costa Rican troops entered the Coto region, which Costa "
    "Rica regarded as an integral part of its territory.",
    '"Warbah was Iraqi land before 1963," the Iraqi lawmaker wrote on X.',
    "A Russian governor has said Tuzla historically belonged to Russia.",
    "In 1982 Argentina declared that the Falkland Islands were an inalienable part of Argentina.",
]

PRESENT = [
    "Guatemala insists that Soconusco is an integral part of Guatemala.",
    '"Warbah is Iraqi land," the Iraqi foreign minister said on Monday.',
    "Putin said Crimea had always belonged to Russia.",
    '"The Sapodilla Cayes are Belizean and have always been Belizean," Belize\'s foreign '
    "minister said.",
    '"The Minerva Reefs are part of the Kingdom of Tonga and have been since 1972," the Tongan '
    "prime minister said.",
    "Foreign Minister Fonseca, who took office in 2020, said the Sapodilla Cayes were Belizean.",
]


@pytest.mark.parametrize("text", BYGONE)
def test_a_bygone_stance_is_no_assertion(text: str) -> None:
    assert _read(text, "assertsSovereignty") == set()


@pytest.mark.parametrize("text", BYGONE[:5])
def test_a_bygone_stance_is_still_a_claim(text: str) -> None:
    assert _read(text, "claims")


@pytest.mark.parametrize("text", PRESENT)
def test_a_present_stance_is_an_assertion(text: str) -> None:
    assert _read(text, "assertsSovereignty")
