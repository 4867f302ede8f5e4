"""Offices in a government's own press release (issue 12, offices47): the line under the headline
that names the issuer ("Ministry of Foreign Affairs, Co-operative Republic of Guyana") makes the
release's bare titles that state's, as a wire story filed from its capital does; a foreign official
keeps the state the text gives. Without such a line, or with a line that names two states, the
other readings decide.

Texts written for these tests (Guyana-Venezuela, Belize-Guatemala), not from any batch.
"""

from __future__ import annotations

import pytest
from helpers import facts

GY, VE = "state/guyana", "state/venezuela"
BZ, GT = "state/belize", "state/guatemala"
TODD, PHILLIPS = "person/hugh-todd", "person/mark-phillips"
PEREZ = "person/carlos-amador-perez"
FRANCIS = "person/francis-fonseca"

_GY_MFA = "Ministry of Foreign Affairs, Co-operative Republic of Guyana"
_GY_OP = "Office of the President of the Co-operative Republic of Guyana"
_BZ_MFA = "Ministry of Foreign Affairs of Belize"


def _release(header: str, body: str, dated: str = "Georgetown, 4 March 2026") -> str:
    head = f"{header}\n{dated}" if dated else header
    return f"Press Release: Government rejects decree on Essequibo\n\n{head}\n\n{body}"


def _holdings(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in facts(text):
        if f.rel == "holdsRole":
            person, of = f.args["person"], f.args["of"]
            out.setdefault(person.key, set()).add(of.key)  # type: ignore[union-attr]
    return out


ISSUED: list[tuple[str, str, str]] = [
    # the usual shape: a bare title in the first paragraph, a state named after it
    (
        TODD,
        GY,
        _release(
            _GY_MFA,
            "The decree issued by Venezuela on the Essequibo region was rejected on Tuesday by "
            "Foreign Minister Hugh Todd, who summoned the Venezuelan Ambassador.",
        ),
    ),
    # active voice, another office, no date line under the issuer
    (
        PHILLIPS,
        GY,
        _release(
            _GY_OP,
            "Prime Minister Mark Phillips told Venezuela on Tuesday that the decree had no effect "
            "on the Essequibo region.",
            dated="",
        ),
    ),
    # the title after the name, an inserted clause
    (
        TODD,
        GY,
        _release(
            _GY_MFA,
            "Hugh Todd, the Foreign Minister, who returned from Caracas on Monday, said the "
            "decree of Venezuela had no legal effect.",
        ),
    ),
    # another state and issuer
    (
        FRANCIS,
        BZ,
        _release(
            _BZ_MFA,
            "Guatemala's decree on the Sarstoon was rejected by Foreign Minister Francis "
            "Fonseca on Friday.",
            dated="Belmopan, 6 March 2026",
        ),
    ),
]


@pytest.mark.parametrize(("person", "state", "text"), ISSUED)
def test_a_release_titles_its_own_officials_bare(person: str, state: str, text: str):
    assert state in _holdings(text).get(person, set())


def test_a_foreign_official_keeps_the_state_the_text_gives():
    text = _release(
        _GY_MFA,
        "Foreign Minister Hugh Todd summoned the Venezuelan Ambassador, Carlos Amador Perez, "
        "and handed him a note of protest over the decree.",
    )
    held = _holdings(text)
    assert GY in held.get(TODD, set())
    assert held.get(PEREZ) == {VE}


NOT_ISSUED: list[str] = [
    # a lead sentence under the headline, no issuing line
    "Venezuela issues decree on Essequibo\n\nGovernment officials in Georgetown said on "
    "Tuesday that a decree was issued.\n\nThe decree issued by Venezuela was rejected by "
    "Foreign Minister Hugh Todd.",
    # a header line naming two states says nothing of whose
    _release(
        "Ministry of Foreign Affairs of Venezuela and Guyana",
        "The decree issued by Venezuela was rejected by Foreign Minister Hugh Todd.",
    ),
    # the issuer named in a sentence of the body, not in a name line
    "Press Release\n\nThe Ministry of Foreign Affairs of Guyana said on Tuesday that the decree "
    "issued by Venezuela was rejected by Foreign Minister Hugh Todd.",
]


@pytest.mark.parametrize("text", NOT_ISSUED)
def test_no_issuing_line_no_issuer_state(text: str):
    """Without one issuer named in a name line under the headline, no title is read as the
    issuer's: the other readings decide."""
    rules = {f.evidence.rule for f in facts(text) if f.rel == "holdsRole"}
    assert "title-issuer" not in rules
    assert rules  # the title is still read, by another rule


def test_the_issuer_reading_is_the_rule_of_a_release():
    rules = {
        f.evidence.rule
        for f in facts(ISSUED[0][2])
        if f.rel == "holdsRole" and f.args["person"].key == TODD  # type: ignore[union-attr]
    }
    assert rules == {"title-issuer"}
