"""Offices told by a title and a name set side by side with commas (issue 12, offices48).

News sets a title beside a name with commas, before it ("his Burkinabe counterpart, X, said") or
after it ("by X, the Turkish Cypriot prime minister."). The small parser often hangs the name on
the verb, or the apposition on another noun of the sentence; the commas still tie them
(kg.ingest.nlp.misread_appositions). A name that is a verb's subject after a title's comma ("In
talks with the Angolan ambassador, X said") is not that title's holder. A press release's courtesy
("the Minister of Foreign Affairs, Dr. X,") and a royal rank ("Saudi Defense Minister Prince X")
stand between a title and its name and name no office themselves.

Also: "Its premier, X" after a sentence whose subject is a province or federal state is that
land's government's office; "India's Foreign Ministry" is the Ministry of External Affairs; "the
ministry, headed by X" words the role with the body ("head of the Croatian defence ministry").

Texts written for these tests (Peru-Chile, Colombia-Venezuela, Mali-Burkina Faso, Germany's
Länder, Saudi Arabia), not from any batch.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _holdings(text: str) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for f in facts(text):
        if f.rel == "holdsRole":
            person, of = f.args["person"], f.args["of"]
            out.setdefault(person.label, set()).add((f.args["office"], of.key))  # type: ignore[union-attr]
    return out


# (person, office, of, sentence)
BESIDE: list[tuple[str, str, str, str]] = [
    (
        "Karamoko Traore",
        "foreign minister",
        "state/burkina-faso",
        "Mali's foreign minister, Abdoulaye Diop, said after talks in Bamako with his Burkinabe "
        "counterpart, Karamoko Traore, that the two sides would finish the work.",
    ),
    (
        "Ana Soto",
        "consul",
        "state/chile",
        "Peru sent a note to the Chilean consul in Tacna, Ana Soto, protesting against the post.",
    ),
    (
        "Carlos Ruiz",
        "ambassador",
        "state/venezuela",
        "Colombia lodged a protest with the Venezuelan ambassador in Bogota, Carlos Ruiz, over "
        "the raid.",
    ),
    (
        "Domingos Kapitango",
        "ambassador",
        "state/angola",
        "Namibia handed a diplomatic note to the Angolan ambassador in Windhoek, Domingos "
        "Kapitango, protesting against the act.",
    ),
    (
        "Ersin Tatar",
        "prime minister",
        "state/turkish-republic-of-northern-cyprus",
        "A stretch of beachfront was opened two days after the decision was announced in Ankara "
        "by Ersin Tatar, the Turkish Cypriot prime minister.",
    ),
    (
        "Luis Vega",
        "foreign minister",
        "state/peru",
        "The ruling was welcomed on Friday by Luis Vega, the Peruvian foreign minister.",
    ),
    (
        "Ana Soto",
        "defense minister",
        "state/ecuador",
        "Talks were held in Quito after the border closed, with Ana Soto, the Ecuadorian defence "
        "minister, leading the delegation.",
    ),
    # a press release's courtesy title between the comma and the name
    (
        "Elmer Schialer",
        "foreign minister",
        "state/peru",
        "The President received the Foreign Minister of the Republic of Peru, Dr. Elmer "
        "Schialer, at the palace on Monday.",
    ),
    (
        "Ana Soto",
        "ambassador",
        "state/chile",
        "The minister received the Chilean Ambassador in Lima, Mrs. Ana Soto, on Monday.",
    ),
    # a royal rank between the title and the name is no office: the title before it is
    (
        "Khalid bin Salman",
        "defense minister",
        "state/saudi-arabia",
        "The agreement was signed in Jeddah at a meeting hosted by Saudi Defense Minister Prince "
        "Khalid bin Salman.",
    ),
    (
        "Mohammed bin Salman",
        "crown prince",
        "state/saudi-arabia",
        "Saudi Crown Prince Mohammed bin Salman met the Egyptian president in Riyadh.",
    ),
]


@pytest.mark.parametrize("person, office, of, sentence", BESIDE)
def test_a_title_beside_a_name_with_commas_is_its_office(person, office, of, sentence):
    held = _holdings(sentence)
    assert (office, of) in held.get(person, set()), held


def test_a_subject_after_a_title_comma_holds_no_office():
    held = _holdings(
        "In talks with the Angolan ambassador, Domingos Kapitango said the border was calm."
    )
    assert ("ambassador", "state/angola") not in held.get("Domingos Kapitango", set()), held


def test_two_appositions_of_a_third_give_neither_name_the_other():
    held = _holdings("During a visit to the president, Luis Vega, the mayor of Lima, spoke.")
    assert not any(office == "president" for office, _ in held.get("Luis Vega", set())), held


# "Its premier, X": the province or state of a federation the sentence before has as subject
ITS_LAND: list[tuple[str, str, str]] = [
    (
        "Alexander Schweitzer",
        "Rhineland-Palatinate",
        "Germany and Luxembourg signed the treaty. Rhineland-Palatinate, whose towns face "
        "Luxembourg across the Moselle, welcomed the deal. Its premier, Alexander Schweitzer, "
        "said the state government had been consulted.",
    ),
    (
        "Anke Rehlinger",
        "Saarland",
        "Germany and France signed the treaty. Saarland welcomed the deal on Monday. Its premier, "
        "Anke Rehlinger, said wine growers would see no change.",
    ),
]


@pytest.mark.parametrize("person, land, text", ITS_LAND)
def test_its_premier_is_the_land_of_the_sentence_before(person, land, text):
    held = _holdings(text)
    assert any(of.endswith(land.lower()) for _, of in held.get(person, set())), held
    assert not any(of.startswith("state/") for _, of in held.get(person, set())), held


# India's foreign ministry is also called so ("India's Foreign Ministry"): the same body
def test_indias_foreign_ministry_is_the_ministry_of_external_affairs():
    held = _holdings(
        "India rejected the map. Randhir Jaiswal, a spokesman for India's Foreign Ministry, said "
        "the claim had no basis."
    )
    assert ("spokesperson", "organization/indian-ministry-of-external-affairs") in held.get(
        "Randhir Jaiswal", set()
    ), held


def test_headed_by_words_the_role_with_its_body():
    """ "The Croatian defence ministry, headed by X": the role a reader sees is "head of the
    Croatian defence ministry", as "who heads" words it, not a bare "head"."""
    found = [
        f
        for f in facts(
            "The Croatian defence ministry, headed by Ivan Anusic, said on Wednesday that the "
            "barracks hosted a communications unit."
        )
        if f.rel == "holdsRole"
    ]
    assert [f.args["role"] for f in found] == ["head of the Croatian defence ministry"], found


def test_an_armed_forces_chief_is_a_commander():
    held = _holdings(
        "Indonesia sent warships to the Natuna Islands. Armed forces chief Hadi Tjahjanto said "
        "eight warships had been deployed."
    )
    assert ("commander", "state/indonesia") in held.get("Hadi Tjahjanto", set()), held


def test_a_long_serving_leader_serves_his_own_state_in_a_foreign_dateline():
    held = _holdings(
        "SINGAPORE, Dec 6 (Reuters) - Singapore protested on Thursday. Relations between the "
        "neighbours have been tested since Prime Minister Mahathir Mohamad returned to power."
    )
    assert held.get("Mahathir Mohamad") == {("prime minister", "state/malaysia")}, held


# a list after a plural title whose names carry their owners: "Peru's A and B of Chile"
LISTED: list[tuple[str, str, str]] = [
    (
        "Fatma Chiboub",
        "state/tunisia",
        "A memorandum was then signed by the two countries' oil ministers, Khalifa Abdulsadek of "
        "Libya and Tunisia's Fatma Chiboub, officials said.",
    ),
    (
        "Elmer Schialer",
        "state/peru",
        "The accord was signed by the foreign ministers, Peru's Elmer Schialer and Luis Vega of "
        "Chile.",
    ),
    (
        "Luis Vega",
        "state/chile",
        "The accord was signed by the foreign ministers, Peru's Elmer Schialer and Chile's Luis "
        "Vega.",
    ),
]


@pytest.mark.parametrize("person, of, text", LISTED)
def test_a_possessive_inside_a_titled_list_is_that_names_owner(person, of, text):
    held = _holdings(text)
    assert {of for _, of in held.get(person, set())} == {of}, held


def test_a_possessive_after_a_clause_comma_is_no_list():
    held = _holdings("The ministers met in Lima, Peru's Luis Vega said on Monday.")
    assert "Luis Vega" not in held, held


# a state asked to act is whom the official addresses, not whom the official serves
ADDRESSED: list[tuple[str, str, str]] = [
    (
        "Elmer Schialer",
        "state/peru",
        "Peru protested on Monday. Foreign Minister Elmer Schialer asked Chile to withdraw its "
        "troops.",
    ),
    (
        "Elmer Schialer",
        "state/peru",
        "LIMA, Aug 5 (Reuters) - Peru protested on Monday. Foreign Minister Elmer Schialer urged "
        "Chile to withdraw its troops from the border.",
    ),
    (
        "Michael Randrianirina",
        "state/madagascar",
        "ANTANANARIVO, Aug 5 (Reuters) - Madagascar has protested to France. President Michael "
        "Randrianirina has made the recovery of the islands a cause of his government, which has "
        "also asked Mozambique to back its claim.",
    ),
]


@pytest.mark.parametrize("person, of, text", ADDRESSED)
def test_a_state_asked_to_act_is_not_the_officials(person, of, text):
    held = _holdings(text)
    assert {of for _, of in held.get(person, set())} == {of}, held
