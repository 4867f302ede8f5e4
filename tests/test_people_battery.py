"""People and their offices on text the rules were not written for (issue 12, people on unseen text).

A battery of news sentences written for these tests, in the ways agencies and governments title
officials: the title before or after the name, "of X" hung on the name, initials and regnal
numbers, abbreviated titles and ranks, "led by", sub-national and non-state offices, and names of
many languages. Each gives the holding expected; the negatives must give none (or no person).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import facts, find, has

from kg.cli import main
from kg.ingest import article

DATA = Path(__file__).parent / "data" / "people"

BATTERY = [
    # "President X of Y": the "of" phrase hangs on the name, not on the title
    (
        "President Duma Boko of Botswana met President Netumbo Nandi-Ndaitwah of Namibia.",
        "person/duma-boko",
        "president",
        "state/botswana",
    ),
    (
        "President Duma Boko of Botswana met President Netumbo Nandi-Ndaitwah of Namibia.",
        "person/netumbo-nandi-ndaitwah",
        "president",
        "state/namibia",
    ),
    (
        "Foreign Minister Ahmed Attaf of Algeria told reporters that the border stays closed.",
        "person/ahmed-attaf",
        "foreign minister",
        "state/algeria",
    ),
    (
        "Prime Minister Mia Mottley of Barbados called the ruling historic.",
        "person/mia-mottley",
        "prime minister",
        "state/barbados",
    ),
    # initials and regnal numbers are part of the name
    (
        "Indian External Affairs Minister S. Jaishankar dismissed the claim on Friday.",
        "person/s-jaishankar",
        "foreign minister",
        "state/india",
    ),
    (
        "Nepal's prime minister, K.P. Sharma Oli, said the new map was final.",
        "person/k-p-sharma-oli",
        "prime minister",
        "state/nepal",
    ),
    (
        "King Abdullah II of Jordan received the envoy in Amman.",
        "person/abdullah-ii",
        "king",
        "state/jordan",
    ),
    (
        "Jordan's King Abdullah II warned against any change to the status quo.",
        "person/abdullah-ii",
        "king",
        "state/jordan",
    ),
    # abbreviated titles and ranks
    (
        "Sen. Ana Lopez of the Philippines urged the navy to patrol the shoal.",
        "person/ana-lopez",
        "senator",
        "state/philippines",
    ),
    (
        "Rear Adm. Carlos Ruiz, a Chilean navy spokesman, said the vessel left the strait.",
        "person/carlos-ruiz",
        "spokesperson",
        "organization/chilean-navy",  # the navy is a body (gazetteer), its spokesman its own
    ),
    (
        "Lt. Gen. Amos Otieno, the Kenyan army commander, inspected the border post.",
        "person/amos-otieno",
        "commander",
        "state/kenya",
    ),
    # "led by", "headed by": the body the participle hangs the name on
    (
        "The Japanese delegation, headed by Deputy Foreign Minister Kenji Sato, arrived in Moscow.",
        "person/kenji-sato",
        "deputy foreign minister",
        "state/japan",
    ),
    (
        "A Guatemalan team led by Foreign Minister Luis Ramos presented its case on Monday.",
        "person/luis-ramos",
        "foreign minister",
        "state/guatemala",
    ),
    # titles the gazetteer had no office for
    (
        "Peter Mwangi, head of the African Union commission, said the survey was complete.",
        "person/peter-mwangi",
        "head",
        "organization/african-union",
    ),
    (
        "Tsar Nicholas II of Russia signed the decree in 1903.",
        "person/nicholas-ii",
        "emperor",
        "state/russia",
    ),
    # the state of a title that names none: not that of another official in the sentence
    (
        "President Emmanuel Macron wrote to King Mohammed VI about Morocco's plan for the region.",
        "person/mohammed-vi",
        "king",
        "state/morocco",
    ),
    # "a senior official at X": a general office holds with the body the title names
    (
        "Dana Ortiz, a senior official at the Chilean foreign ministry, said the map was wrong.",
        "person/dana-ortiz",
        "official",
        "organization/ministry-of-foreign-affairs-of-chile",
    ),
    # ... and a more specific title of the same person wins over it
    (
        "The official, Dana Ortiz, who is Chile's deputy foreign minister, spoke on Monday.",
        "person/dana-ortiz",
        "deputy foreign minister",
        "state/chile",
    ),
    # a state named by an alias that holds the article ("The Argentine")
    (
        "The Argentine ambassador in London, Javier Ortega, delivered the protest.",
        "person/javier-ortega",
        "ambassador",
        "state/argentina",
    ),
    (
        "Commodore Ana Reyes, spokeswoman for the Philippine navy, said the ship was rammed.",
        "person/ana-reyes",
        "spokesperson",
        "organization/navy-of-philippines",  # a state's body by description (owned_bodies.py)
    ),
    # an unknown place after the name of a sub-national office holder: the place's government
    (
        "Chief Minister Priya Raman of Tamil Nadu urged the federal government to act.",
        "person/priya-raman",
        "chief minister",
        "organization/government-of-tamil-nadu",
    ),
    (
        "Governor Ivan Petrov of Primorye visited the port on Monday.",
        "person/ivan-petrov",
        "governor",
        "state/russia",  # Primorye is listed under Russia (data/gazetteer/regions.yaml)
    ),
    # hyphenated titles and international bodies' offices
    (
        "UN Secretary-General Ines Alvarez urged both sides to show restraint.",
        "person/ines-alvarez",
        "secretary-general",
        "organization/united-nations",
    ),
    (
        "EU foreign policy chief Marta Novak said the bloc would not recognise the annexation.",
        "person/marta-novak",
        "high representative",
        "organization/european-union",
    ),
    # forms that already held, kept by the battery
    (
        "Kenya's interior minister, Kithure Kindiki, told reporters the patrols would continue.",
        "person/kithure-kindiki",
        "interior minister",
        "state/kenya",
    ),
    (
        "Mauritian Prime Minister Navin Ramgoolam said the islands belong to Mauritius.",
        "person/navin-ramgoolam",
        "prime minister",
        "state/mauritius",
    ),
    (
        "Subrahmanyam Jaishankar, who serves as India's external affairs minister, spoke on Monday.",
        "person/subrahmanyam-jaishankar",
        "foreign minister",
        "state/india",
    ),
    (
        "Mao Ning, spokeswoman for the Chinese foreign ministry, said China opposed the move.",
        "person/mao-ning",
        "spokesperson",
        "organization/chinese-ministry-of-foreign-affairs",
    ),
    (
        "Abbas Araghchi, Iran's foreign minister, rejected the statement.",
        "person/abbas-araghchi",
        "foreign minister",
        "state/iran",
    ),
    (
        "Sudan's army chief, Abdel Fattah al-Burhan, said the triangle was Sudanese.",
        "person/abdel-fattah-al-burhan",
        "commander",
        "state/sudan",
    ),
    (
        "Mohamed Irfaan Ali, the president of Guyana, rejected the referendum.",
        "person/irfaan-ali",
        "president",
        "state/guyana",
    ),
    (
        "Ali bin Said, the Sultan of Zanzibar, was not consulted.",
        "person/ali-bin-said",
        "sultan",
        "state/zanzibar",
    ),
    # a courtesy or religious rank between the office and the name titles no office, and is no
    # part of the name
    (
        "Iran's Supreme Leader Ayatollah Reza Tavakoli said the islands would stay Iranian.",
        "person/reza-tavakoli",
        "leader",
        "state/iran",
    ),
    (
        "Iran's supreme leader, Ayatollah Reza Tavakoli, said the islands would stay Iranian.",
        "person/reza-tavakoli",
        "leader",
        "state/iran",
    ),
    (
        "Ayatollah Reza Tavakoli, Iran's supreme leader, rejected the offer on Friday.",
        "person/reza-tavakoli",
        "leader",
        "state/iran",
    ),
    (
        "Supreme Leader Ayatollah Reza Tavakoli of Iran rejected the offer.",
        "person/reza-tavakoli",
        "leader",
        "state/iran",
    ),
]


@pytest.mark.parametrize(("text", "person", "office", "of"), BATTERY)
def test_a_news_title_gives_the_office_and_whose_it_is(text, person, office, of):
    found = facts(text)
    assert has(found, "holdsRole", person=person, office=office, of=of), [
        (f.args["person"].key, f.args.get("office"), f.args["of"].key)
        for f in found
        if f.rel == "holdsRole"
    ]


def test_an_abbreviated_title_is_worded_as_its_office():
    found = facts("Sen. Ana Lopez of the Philippines urged the navy to patrol the shoal.")
    held = find(found, "holdsRole", person="person/ana-lopez")
    assert held and held[0].args["role"] == "senator", held


def test_a_body_named_inside_a_title_is_an_entity_of_the_article():
    text = "A senior official at the Sahel Boundary Authority, Dana Ortiz, said the markers moved."
    ex = article.extract(article.parse(text, name="test", published="2026-01-05"))
    held = find(ex.facts, "holdsRole", person="person/dana-ortiz")
    assert held, ex.facts
    body = held[0].args["of"]
    assert body.kind == "Organization" and body.label == "Sahel Boundary Authority", body
    assert body.key in {e.key for e in ex.entities}
    people = {e.label for e in ex.entities if e.kind == "Person"}
    assert people == {"Dana Ortiz"}, people  # the body's words were no person


def test_the_role_words_stop_before_a_name_the_parser_hung_on_the_title():
    found = facts("The president of the Palestinian Authority, Omar Saleh, condemned the decision.")
    held = find(found, "holdsRole", person="person/omar-saleh")
    assert held and held[0].args["role"] == "president of the Palestinian Authority", held


def test_a_ruler_is_named_later_by_the_name_without_the_number():
    text = (
        "King Abdullah II of Jordan received the envoy in Amman on Monday. "
        "Abdullah said Jordan would not accept the plan."
    )
    ex = article.extract(article.parse(text, name="test", published="2026-01-05"))
    people = {e.key for e in ex.entities if e.kind == "Person"}
    assert people == {"person/abdullah-ii"}, people


@pytest.mark.parametrize(
    "text",
    [
        # a regnal-looking number after a word is no ruler without a title
        "Chapter VI of the charter allows mediation, the ministry said.",
        "Under Phase II of the plan, both armies would pull back.",
        # a rank abbreviated is no body and no person
        "Rear Adm. and Lt. Gen. ranks were abolished, the ministry said.",
        # "of X" on a title, not on a name, names no place ("Minister of Agriculture")
        "The Minister of Agriculture met farmers in the Rift Valley, officials said.",
    ],
)
def test_no_person_or_body_from_numbers_and_ranks_alone(text):
    ex = article.extract(article.parse(text, name="test", published="2026-01-05"))
    named = {e.label for e in ex.entities if e.kind in ("Person", "Organization")}
    assert not named & {"Chapter VI", "Phase II", "Rear Adm.", "Rear Adm", "Lt. Gen."}, named
    lands = {e.label for e in ex.entities if e.kind == "Territory"}
    assert "Agriculture" not in lands, lands


@pytest.mark.parametrize(
    "text",
    [
        # the state an unnamed office names is that official's, not the named minister's
        "Foreign Minister Karim Haddad handed the protest to the Spanish ambassador in Rabat.",
        # a delegation led by someone whose office names no body: no holding of the delegation
        "The talks, led by Karim Haddad, ended without a deal.",
        # "led by" negated is no office
        "The mission was not led by Karim Haddad, officials said.",
    ],
)
def test_no_holding_without_a_state_the_text_gives(text):
    found = facts(text)
    assert not find(found, "holdsRole", person="person/karim-haddad"), found


def test_an_official_takes_no_state_from_another_paragraphs_official():
    found = facts(
        "Prime Minister Ana Costa of Portugal arrived in Luanda on Monday.\n\n"
        "Foreign Minister Rui Vaz called the visit a provocation in a statement, which said a "
        "protest had been handed to the Portuguese ambassador."
    )
    assert has(found, "holdsRole", person="person/ana-costa", of="state/portugal"), found
    assert not find(found, "holdsRole", person="person/rui-vaz"), found


def test_an_official_of_the_same_paragraph_lends_the_state():
    found = facts(
        "Prime Minister Ana Costa of Portugal arrived in Luanda on Monday. "
        "Foreign Minister Rui Vaz called the visit historic."
    )
    assert has(found, "holdsRole", person="person/rui-vaz", of="state/portugal"), found


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Costa of Portugal met President Rui Vaz of Angola in Kasane on Monday.",
        "Ana Costa, Portugal's president, held talks with Angola's president, Rui Vaz, in Kasane.",
    ],
)
def test_a_town_the_gazetteer_does_not_know_is_where_they_met(text):
    found = facts(text)
    met = find(found, "meeting")
    assert met and met[0].args.get("place") is not None, found
    place = met[0].args["place"]
    assert place.kind == "City" and place.label == "Kasane", place


def test_a_town_where_nothing_happens_is_no_land_at_stake():
    ex = article.extract(
        article.parse(
            "President Ana Costa of Portugal met President Rui Vaz of Angola in Kasane.",
            name="test",
            published="2026-01-05",
        )
    )
    assert not [f for f in ex.facts if f.rel in ("claims", "controls", "disputes")], ex.facts
    assert "Kasane" not in {e.label for e in ex.entities if e.kind != "City"}


def test_two_titled_people_coordinated_after_an_of_phrase():
    found = facts("Chief Minister Priya Raman of Tamil Nadu and Jordan's King Abdullah II met.")
    assert has(found, "holdsRole", person="person/abdullah-ii", office="king", of="state/jordan")
    assert not find(found, "holdsRole", person="person/priya-raman", of="state/jordan")


def test_kg_extract_reads_offices_and_places_of_an_agency_report():
    done = CliRunner().invoke(main, ["extract", str(DATA / "kasane.txt"), "--format", "facts"])
    assert done.exit_code == 0, done.output
    lines = [json.loads(line) for line in done.output.splitlines() if line.strip()]
    held = {
        (f["args"]["person"]["label"], f["args"]["office"], f["args"]["of"]["label"])
        for f in lines
        if f.get("rel") == "holdsRole"
    }
    assert held == {
        ("Ana Costa", "president", "Portugal"),
        ("Rui Vaz", "president", "Angola"),
        ("Dana Ortiz", "official", "Sahel Boundary Authority"),
        ("Priya Raman", "chief minister", "Government of Tamil Nadu"),
        ("Abdullah II", "king", "Jordan"),
    }
    met = [f for f in lines if f.get("rel") == "meeting"]
    assert [f["args"]["place"]["label"] for f in met] == ["Kasane"], met


def test_a_courtesy_rank_alone_titles_no_office():
    found = facts("The minister's aide Reza Tavakoli said nothing about Ayatollah Ali Rahimi.")
    assert not find(found, "holdsRole"), found


@pytest.mark.parametrize(
    "text",
    [
        # a sentence with no relation's trigger still tells the office in apposition ...
        "The Argentine foreign minister, Lucia Ferreyra, travelled to London on Monday. "
        "The minister said the talks had been useful.",
        # ... after the name, with the bare title in the next paragraph
        "Lucia Ferreyra, Argentina's foreign minister, landed in London on Monday.\n\n"
        "The minister said the talks had been useful.",
        # ... or before it, referred back to by a pronoun
        "Argentine Foreign Minister Lucia Ferreyra arrived in London on Monday. "
        "She said the talks had been useful.",
    ],
)
def test_an_office_told_where_nothing_happens_names_a_later_speaker(text):
    found = facts(text)
    person = "person/lucia-ferreyra"
    assert has(found, "holdsRole", person=person, office="foreign minister", of="state/argentina")
    assert has(found, "statement", speaker=person), found


def test_a_bare_title_with_no_holder_named_before_is_no_one():
    found = facts(
        "Lucia Ferreyra arrived in London on Monday. The minister said the talks had been useful."
    )
    assert not find(found, "holdsRole"), found
    assert not find(found, "statement", speaker="person/lucia-ferreyra"), found


@pytest.mark.parametrize(
    "text",
    [
        "Somalia rejected the deal on Monday. Abdiwali said the port belongs to Somalia.",
        "Abdiwali told reporters that the port belongs to Somalia.",
        "Abdiwali, speaking in Mogadishu on Monday, insisted that the port belongs to Somalia.",
        '"The port belongs to Somalia," Abdiwali said on Monday.',
    ],
)
def test_a_lone_surname_that_speaks_is_a_person(text):
    ex = article.extract(article.parse(text, name="test", published="2026-01-05"))
    kinds = {e.label: e.kind for e in ex.entities}
    assert kinds.get("Abdiwali") == "Person", kinds
    assert has(ex.facts, "statement", speaker="person/abdiwali"), ex.facts


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Kremlin said the port belongs to Somalia.", "Kremlin"),
        ("NATO said the port belongs to Somalia.", "NATO"),
        ("Reuters said the port belongs to Somalia.", "Reuters"),
        ("Turnout was about 92 percent, the commission said.", "Turnout"),
    ],
)
def test_a_body_an_agency_or_a_word_that_speaks_is_no_person(text, body):
    ex = article.extract(article.parse(text, name="test", published="2026-01-05"))
    assert body not in {e.label for e in ex.entities if e.kind == "Person"}, ex.entities


def test_a_lone_surname_of_someone_named_in_full_is_that_person():
    found = facts(
        "President Hassan Abdiwali of Somalia arrived in Nairobi. Abdiwali said the port was Somali."
    )
    assert has(found, "statement", speaker="person/hassan-abdiwali"), found
    assert not find(found, "statement", speaker="person/abdiwali"), found


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam rejected the ruling on Monday. Le Thu Ha, spokeswoman for the foreign ministry, "
        "said it was void.",
        "Vietnam rejected the ruling on Monday. Spokeswoman Le Thu Ha called it void.",
        "The ruling was rejected by Vietnam on Monday. Le Thu Ha, a spokeswoman, said it was void.",
    ],
)
def test_an_official_serves_the_one_state_the_sentence_before_names(text):
    found = facts(text)
    # a title that names the body ("spokeswoman for the foreign ministry") is that state's body's
    owners = ("state/vietnam", "organization/ministry-of-foreign-affairs-of-vietnam")
    assert any(has(found, "holdsRole", person="person/le-thu-ha", of=o) for o in owners), found


@pytest.mark.parametrize(
    "text",
    [
        # another paragraph
        "Vietnam rejected the ruling on Monday.\n\nSpokeswoman Le Thu Ha called it void.",
        # two states before: whose is not told
        "Vietnam and Malaysia rejected the ruling. Spokeswoman Le Thu Ha called it void.",
        # a state the sentence before names beside another: whose is not told
        "China criticised Vietnam on Monday. Spokeswoman Le Thu Ha called the ruling void.",
    ],
)
def test_no_state_from_the_sentence_before_where_it_is_not_the_only_one(text):
    found = facts(text)
    assert not find(found, "holdsRole", person="person/le-thu-ha", of="state/vietnam"), found
