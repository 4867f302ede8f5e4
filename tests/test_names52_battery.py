"""A capitalised bare "the Foreign Ministry" is the body of the state the text settles (issue 12).

The recogniser took "the Foreign Ministry" (capitals, no state in the phrase) for a name of its
own, a body of no state, so the facts it was in ("said in a reply note", "lodged a protest") lost
the state the text is about, where "the foreign ministry" in lower case was already read as the
acting state's. The text settles the state by "in <capital>" after the body, by the state acting
as a subject in the body's sentence or in the two before it, or by a "with" phrase on the state's
clause; where it does not, the body stays of no state (no guess from the dateline alone). The
texts are written for these tests.
"""

from __future__ import annotations

import pytest

from kg.ingest import article


def _extract(body: str, dateline: str = "OSLOBURG"):
    text = f"Eastland protests Westland border post\n\n{dateline}, March 3, 2026 - {body}\n"
    return article.extract(article.parse(text, name="test", published="2026-03-03"))


def _speakers(ex) -> set[str]:
    return {f.args["speaker"].label for f in ex.facts if f.rel == "statement"}


def _issuers(ex) -> set[str]:
    return {f.args["issuer"].label for f in ex.facts if f.rel == "issued"}


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "Chile on Tuesday rejected a note in which Peru protested against a new lighthouse. "
            '"Chile does not accept protests over its own territory," the Foreign Ministry said.',
            "Chile",
        ),
        (
            "The Peruvian government lodged a formal protest with Chile over the lighthouse, "
            "the Foreign Ministry said on Wednesday.",
            "Peru",
        ),
        (
            "Ecuador rejected the claim. A day later, the Defence Ministry said the patrols "
            "would go on.",
            "Ecuador",
        ),
        (
            "Peru protested on Monday. The Foreign Ministry in Santiago rejected the protest "
            "as groundless.",
            "Chile",
        ),
    ],
)
def test_a_bare_capitalised_ministry_is_the_settled_states(body, state):
    ex = _extract(body)
    assert any(label.endswith(f"of {state}") for label in _speakers(ex) | _owned(ex)), _speakers(ex)


def _owned(ex) -> set[str]:
    return {e.label for e in ex.entities if e.kind == "Organization"}


def test_the_settled_ministry_issues_the_note_for_its_state():
    ex = _extract(
        "Colombia rejected a note in which Jamaica protested against the beacon. "
        '"Colombia does not accept protests," the Foreign Ministry said in a reply note.'
    )
    assert "Ministry of Foreign Affairs of Colombia" in _issuers(ex)


def test_a_ministry_no_text_settles_stays_of_no_state():
    ex = _extract(
        '"We will not accept facts created on the ground," the Foreign Ministry said.',
        dateline="LIMA",
    )
    assert "Foreign Ministry" in _speakers(ex)
    assert not any(label.endswith("of Peru") for label in _owned(ex))


def test_an_owned_ministry_keeps_its_owner():
    ex = _extract(
        "Chile rejected the note on Monday. Peru's Foreign Ministry said the lighthouse "
        "was illegal."
    )
    assert not any(label.endswith("of Chile") for label in _owned(ex))


def _people(ex) -> set[str]:
    return {e.label for e in ex.entities if e.kind == "Person"}


@pytest.mark.parametrize(
    ("body", "person", "not_people"),
    [
        (
            "The deal was signed by Kenji Mori, executive director of the Aomori Federation of "
            "Fisheries Cooperative Associations, on Monday.",
            "Kenji Mori",
            {"Cooperative Associations", "Fisheries Cooperative Associations"},
        ),
        (
            "Foreign Minister Ana Silva said Eastland would raise it at the Vienna International "
            "Discussions next month.",
            "Ana Silva",
            {"International Discussions"},
        ),
        (
            "Two patrol boats circled the Tolo Ocean Research Station, a steel platform on the "
            "reef, said Omar Haddad, a coast guard spokesman.",
            "Omar Haddad",
            {"Research Station", "Ocean Research Station"},
        ),
    ],
)
def test_the_end_of_a_long_body_name_is_no_person(body, person, not_people):
    people = _people(_extract(body))
    assert person in people
    assert not people & not_people


@pytest.mark.parametrize(
    ("body", "place", "kind"),
    [
        ("Koh Kood has belonged to Thailand since 1907, the minister said.", "Koh Kood", "Island"),
        ("The two commanders met in Mae Sot on Friday to discuss the river.", "Mae Sot", "City"),
        ("Officials met at Fray Bentos, beside the pulp mill, on Monday.", "Fray Bentos", "City"),
        (
            "Bosnia renewed its claim to Veliki Skoj and Mali Skoj, two islets off Neum.",
            "Veliki Školj",
            "Island",
        ),
    ],
)
def test_a_two_word_place_the_gazetteer_knows_is_no_person(body, place, kind):
    ex = _extract(body)
    assert _kinds(ex).get(place) == kind
    assert not {place, place.split()[-1]} & _people(ex)


def _kinds(ex) -> dict[str, str]:
    return {e.label: e.kind for e in ex.entities}
