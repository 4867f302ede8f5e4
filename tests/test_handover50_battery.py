"""Handovers promised on a condition, and adherence, as news words them (issue 12, round 30,
handover50).

- "Half of that island belongs to Guyana under the 1899 award", "the sandbank belongs to the DRC
  under the 1908 protocol": a state that says a land is its own under a document holds the
  document valid (adheresTo; seen in study articles h370, h406). Said of another state ("Chile
  says the islet belongs to Peru under the treaty") it is no adherence of that state's.
- "Kuala Lumpur has relied on a 1978 memorandum": a case that relies on a document holds it
  valid (h425); another's reading or a denial adheres to nothing. (Not "claims it under the 1891
  convention": read so, it also took "claims the islands under the Guano Islands Act", a law, in
  two readable articles whose gold has no adherence.)
- 'Estonia still regarded the 2014 treaty as "the only sensible basis" for the border': a document
  held the basis of the border is held valid, as one held binding is (h430).
- "A tribunal gave the Amapa territory to Brazil ... Brazil will hand the islet over to France":
  a phrase that can mean one island only is not the land of the last handover told when that
  land is no island (handovers.handed_before; h377). "Those islands" still are the last ones
  handed over (tests/test_article.py).

Sentences written for these tests (other states, lands, documents and voices than the articles').
"""

from __future__ import annotations

import pytest
from helpers import adherence, facts, label


def _promised(text: str) -> set[tuple[str | None, str | None, str | None]]:
    return {
        (label(f.args.get("territory")), label(f.args.get("from")), label(f.args.get("to")))
        for f in facts(text)
        if f.rel == "promisesHandover" and not f.negated
    }


OWN_UNDER_A_DOCUMENT = [
    '"Half of that reef belongs to Ecuador under the 1942 protocol, and we will defend it," '
    "Ecuador's Foreign Minister Gabriela Sommerfeld told reporters.",
    "Ecuador's foreign minister, Gabriela Sommerfeld, said the islet lies on the Ecuadorian side of "
    "the channel and therefore belongs to Ecuador under the 1942 protocol.",
    "The islet, Ecuador's foreign ministry said, has belonged to Ecuador under the 1942 protocol "
    "since the border was marked.",
]


@pytest.mark.parametrize("text", OWN_UNDER_A_DOCUMENT)
def test_a_land_said_ones_own_under_a_document_adheres_to_it(text: str) -> None:
    found = adherence(text)
    assert len(found) == 1
    ((party, document),) = found
    assert party == "Ecuador"
    assert document is not None and "1942" in document


NOT_OWN_UNDER_A_DOCUMENT = [
    "Peru says the islet belongs to Ecuador under the 1942 protocol, but that the protocol was "
    "never carried out.",  # another's reading: no adherence of Ecuador's
    "The islet belonged to Ecuador until 1942.",  # no document
    "Ecuador said the islet did not belong to Peru under the 1942 protocol.",  # denied
]


@pytest.mark.parametrize("text", NOT_OWN_UNDER_A_DOCUMENT)
def test_a_land_not_said_ones_own_under_a_document_adheres_to_nothing(text: str) -> None:
    assert not {(p, d) for p, d in adherence(text) if p in ("Ecuador", "Peru")}


CASE_ON_A_DOCUMENT = [
    ("Lima has relied on the 1929 treaty to press its case.", "Peru", "1929"),
    ("Quito has relied on a 1942 protocol that placed the ridge on its side.", "Ecuador", "1942"),
    ("Ecuador relies upon the 1942 protocol.", "Ecuador", "1942"),
]


@pytest.mark.parametrize(("text", "party", "year"), CASE_ON_A_DOCUMENT)
def test_a_document_relied_on_is_adhered_to(text: str, party: str, year: str) -> None:
    assert any(p == party and d is not None and year in d for p, d in adherence(text))


NO_CASE_ON_A_DOCUMENT = [
    "Peru claims the islet.",  # a claim under no document
    "Chile says Peru relies on the 1929 treaty, which it calls void.",  # another's reading
    "Ecuador does not rely on the 1942 protocol.",  # denied
]


@pytest.mark.parametrize("text", NO_CASE_ON_A_DOCUMENT)
def test_no_document_relied_on_adheres_to_nothing(text: str) -> None:
    assert not {(p, d) for p, d in adherence(text) if p in ("Ecuador", "Peru")}


BASIS = [
    'Lopez said Peru still regarded the 1929 treaty as "the only sensible basis" for the border.',
    "Peru views the 1929 treaty as the foundation of its claim.",
    "Peru regards the 1929 treaty as the basis of the border.",
]


@pytest.mark.parametrize("text", BASIS)
def test_a_document_regarded_as_the_basis_is_adhered_to(text: str) -> None:
    assert any(p == "Peru" and d is not None and "1929" in d for p, d in adherence(text))


def test_a_document_no_longer_regarded_as_the_basis_is_not_adhered_to() -> None:
    text = "Chile no longer regards the 1929 treaty as a basis for talks."
    assert not {(p, d) for p, d in adherence(text) if p == "Chile"}


ISLET_AFTER_ANOTHER_HANDOVER = [
    "France protested on Tuesday over a Brazilian army post on Ilet Malouine, a small island in "
    "the Oyapock River, the border between French Guiana and the Brazilian state of Amapa. The "
    "border follows an award handed down in Bern in 1900, which gave the disputed Amapa territory "
    "to Brazil. A draft of the commission's minutes provides that Brazil will hand the islet over "
    "to France if a joint survey finds that it lies on the French side of the channel.",
    "France protested on Tuesday over a Brazilian army post on Ilet Malouine, a small island in "
    "the Oyapock River, the border between French Guiana and the Brazilian state of Amapa. An "
    "arbitral award of 1900 gave the Amapa territory to Brazil. Under minutes signed on Monday, "
    "the islet is to be handed over to France once a joint survey places it on the French side.",
]


@pytest.mark.parametrize("text", ISLET_AFTER_ANOTHER_HANDOVER)
def test_the_islet_is_not_the_territory_a_handover_gave_before(text: str) -> None:
    to_france = {t for t, _, to in _promised(text) if to == "France"}
    assert to_france == {"Ilet Malouine"}


def test_those_islands_are_still_the_ones_handed_over_last() -> None:
    text = (
        "Under the 1956 declaration, Moscow would hand Shikotan and the Habomai to Japan after a "
        "peace treaty. Russia now says it will never hand those islands over to Japan."
    )
    found = _promised(text)
    assert {t for t, _, _ in found} >= {"Shikotan", "Habomai"}
