"""Offices held in a state's body, as news words them (issue 12, twenty-first round, people41).

"Chinese foreign ministry spokesman X", "Foreign Ministry spokesman X": the body before the office
is part of the role as written (a reader quotes "a foreign ministry spokesman" whole), and a body
of a state's kind that names no state ("Foreign Ministry") is the ministry of the state the
article gives around the title, as for a bare title. Seen over ALL in h170, h202, h234, h248,
h286, h297, h298 (batches TTT, TTTTT, TTTTTT, TTTTTTT, TTTTTTTTT, TTTTTTTTTT). Sentences written
for these tests, in wire style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _holdings(text: str) -> dict[str, tuple[str, str]]:
    """Each holder's (role as written, body or state held of), lower case."""
    return {
        f.args["person"].label: (str(f.args["role"]).lower(), f.args["of"].label.lower())
        for f in facts(text)
        if f.rel == "holdsRole"
    }


# (text, holder, words the role keeps, words the body's name has)
CASES = [
    # the body named before the office, with the state's adjective
    (
        "Venezuelan foreign ministry spokesman Carlos Mendez said Caracas would not accept the "
        "ruling.",
        "Carlos Mendez",
        "foreign ministry spokesman",
        ("foreign affairs", "venezuela"),
    ),
    (
        "Argentine Defence Ministry spokesman Pablo Gomez told reporters the patrols would go on.",
        "Pablo Gomez",
        "defence ministry spokesman",
        ("defence", "argentina"),
    ),
    # the body named without its state: the state the sentence gives
    (
        "Guatemala will not accept the ruling, Foreign Ministry spokesman Jorge Salas said on "
        "Tuesday.",
        "Jorge Salas",
        "foreign ministry spokesman",
        ("foreign affairs", "guatemala"),
    ),
    (
        "Defence Ministry spokeswoman Ana Ruiz said Chile would keep its troops at the border.",
        "Ana Ruiz",
        "defence ministry spokeswoman",
        ("defence", "chile"),
    ),
    # ... or the sentence before it
    (
        "Peru rejected the claim on Monday. Foreign Ministry spokeswoman Ana Ruiz said the map "
        "had no legal value.",
        "Ana Ruiz",
        "foreign ministry spokeswoman",
        ("foreign affairs", "peru"),
    ),
    # the body after the office keeps its words as before
    (
        "Carlos Mendez, a spokesman for the Venezuelan foreign ministry, said Caracas would not "
        "accept the ruling.",
        "Carlos Mendez",
        "spokesman",
        ("foreign affairs", "venezuela"),
    ),
]


@pytest.mark.parametrize("text,holder,role,body", CASES)
def test_a_state_body_before_the_office(text: str, holder: str, role: str, body: tuple) -> None:
    held = _holdings(text)
    assert holder in held, held
    said, of = held[holder]
    assert role in said, held
    assert all(w in of for w in body), held


def test_a_body_no_context_places_stays_itself() -> None:
    """No state around the title: the body as named, never a state guessed from nothing."""
    held = _holdings("Foreign Ministry spokesman Jorge Salas told reporters the talks would go on.")
    assert held.get("Jorge Salas", ("", ""))[1] in ("foreign ministry", ""), held


# "X, who heads the Y": the role as a reader words it is "head of the Y" (seen in h190, h292,
# h297: batches TTTT, TTTTTTTTTT twice; the gold's roles "head of the Ocean Affairs Council"),
# the body still the holding's ``of``.
HEADS = [
    (
        "Marta Ruiz, who heads the Chilean Directorate of Borders and Limits, said the markers "
        "would stay.",
        "Marta Ruiz",
        "head of the chilean directorate of borders and limits",
    ),
    (
        "Jonas Berg, who heads Norway's Polar Institute, the agency that maps the archipelago, "
        "said the survey was routine.",
        "Jonas Berg",
        "head of norway's polar institute",
    ),
    (
        "Ana Costa, who chairs the Joint Boundary Commission, said the work was done.",
        "Ana Costa",
        "of the joint boundary commission",
    ),
]


@pytest.mark.parametrize("text,holder,role", HEADS)
def test_who_heads_a_body(text: str, holder: str, role: str) -> None:
    held = _holdings(text)
    assert holder in held and role in held[holder][0], held
