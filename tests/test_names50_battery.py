"""Places news names with "the" before them, and regencies, not read as people (issue 12, entities).

News writes "the" before a place it does not explain ("a sandbank in the Tana Marsh", "the Kora
Vila plant") but never before a person's name; read as a run of capitalised words the place was a
person and lost every fact it was in. The run must have the article of its own and stand as a place
(the object of a preposition of place, or the name before a common noun); it is then no person, and
what else reads it names it. A person named with a title, with no article, or named so before,
stays a person. Parties that speak on disputes and Ukraine's oblasts named without their noun
("the Kherson and Zaporizhzhia regions") are the gazetteer's. Indonesia's and Bangladesh's districts are named with a
lower-case noun of their own ("Sambas regency", "Teknaf upazila"), read as land as "district" is. A
run after "from" that follows a noun of people or a verb of parting ("a tribal elder from Landi
Kotal", "divides Huaquillas from Aguas Verdes") is a town; "a letter from" a person is not.
The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from kg.ingest import article


def _extract(body: str):
    text = f"Eastland protests Westland border post\n\nOSLOBURG, March 3, 2026 - {body}\n"
    return article.extract(article.parse(text, name="test", published="2026-03-03"))


def _kinds(ex) -> dict[str, str]:
    return {e.label: e.kind for e in ex.entities}


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Soldiers set up a post on a sandbank in the Tana Marsh, Norway said.", "Tana Marsh"),
        ("Serbia claims the land beneath the Kora Vila plant, officials said.", "Kora Vila"),
        ("The Kora Vila plant, built in 1966, stands partly on Bosnian soil.", "Kora Vila"),
        ("Fishermen have worked the waters of the Mbeya Tondo for a century.", "Mbeya Tondo"),
        ("Troops were seen near the Saba Dongo ferry landing, Chad said.", "Saba Dongo"),
    ],
)
def test_a_run_with_its_own_article_standing_as_a_place_is_no_person(body, place):
    assert _kinds(_extract(body)).get(place) != "Person"


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("The envoy met Jonas Vila in the capital, Norway said.", "Jonas Vila"),
        ("Foreign Minister Jonas Vila said the plant was Norwegian.", "Jonas Vila"),
        ("The minister, Jonas Vila, visited the plant.", "Jonas Vila"),
        ("The talks were chaired by Jonas Vila of the commission.", "Jonas Vila"),
        ("Jonas Vila won the vote. Critics of the Jonas Vila government said so.", "Jonas Vila"),
    ],
)
def test_a_person_without_an_article_of_his_own_stays_a_person(body, person):
    assert _kinds(_extract(body)).get(person) == "Person"


@pytest.mark.parametrize(
    ("body", "land"),
    [
        (
            "Camar Wetan, a village in Sambas regency, has been disputed since 1970.",
            "Sambas regency",
        ),
        ("The head of Kupang regency, Yosef Nara, said he rejected the deal.", "Kupang regency"),
        ("The char lies off Teknaf upazila, the Bangladeshi coast guard said.", "Teknaf upazila"),
    ],
)
def test_a_regency_or_upazila_is_land(body, land):
    assert _kinds(_extract(body)).get(land) == "Territory"


def test_the_head_of_a_regency_holds_an_office_of_it():
    ex = _extract("The head of Kupang regency, Yosef Nara, said on Tuesday he rejected the deal.")
    roles = {
        (f.args["person"].label, f.args["of"].label)
        for f in ex.facts
        if f.rel == "holdsRole" and "of" in f.args
    }
    assert any(p == "Yosef Nara" and "Kupang regency" in of for p, of in roles)


@pytest.mark.parametrize(
    ("body", "label", "kind"),
    [
        (
            "Lawmakers of the nationalist Vetevendosje party said the line gives away land.",
            "Vetevendosje",
            "Organization",
        ),
        (
            "The Nepali Congress said the treaty must be reviewed.",
            "Nepali Congress",
            "Organization",
        ),
        ("Russia claims Kherson and Zaporizhzhia, Ukraine said.", "Kherson Oblast", "Territory"),
    ],
)
def test_parties_and_oblasts_the_gazetteer_knows(body, label, kind):
    assert _kinds(_extract(body)).get(label) == kind


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Omar Dadi, a tribal elder from Kandi Motal, led the delegation.", "Kandi Motal"),
        ("The canal divides the town of Huaquillas from Aguas Lindas, Peru said.", "Aguas Lindas"),
        ("Farmers from Kandi Motal have grazed cattle on the island for decades.", "Kandi Motal"),
        ("India set up a post near the Saki Tala last month, China said.", "Saki Tala"),
    ],
)
def test_a_run_after_people_from_a_place_is_a_place(body, place):
    assert _kinds(_extract(body)).get(place) == "City"


def test_a_letter_from_a_person_stays_from_a_person():
    assert (
        _kinds(_extract("Peru received a letter from Jorge Lemos on Monday.")).get("Jorge Lemos")
        == "Person"
    )
