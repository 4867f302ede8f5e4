"""Whose office a bare title is, from what the official says (issue 12, twenty-second round,
people42).

"Foreign Secretary X said Britain still regarded the declaration as binding and would hold China
to its commitments": an official speaks of the state they serve in the third person, as the
subject of the clause reported; the other state is an object. Where the sentence names more than
one state, the reported clause's subject says whose the title is; the city the official speaks in
("told reporters in La Paz that Chile had ...") before it. Never a state an obligation is laid on
("said China must ...") nor a land a clause describes ("Somaliland belongs to Somalia"). Sentences
written for these tests, in wire style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts

from kg.ingest.article import parse


def _holdings(text: str) -> dict[str, str]:
    """Each holder's state or body held of, lower case."""
    return {
        f.args["person"].label: f.args["of"].label.lower()
        for f in facts(text)
        if f.rel == "holdsRole"
    }


# (text, holder, state)
CASES = [
    # the state as the subject of the reported clause, the other state an object
    (
        "Foreign Minister Ana Lopez said Chile still regarded the 1929 treaty as binding and "
        "would hold Peru to its commitments.",
        "Ana Lopez",
        "chile",
    ),
    # the speech tag after the clause
    (
        "Chile still regards the 1929 treaty as binding and will hold Peru to its commitments, "
        "Foreign Minister Ana Lopez said.",
        "Ana Lopez",
        "chile",
    ),
    # "told reporters that", another verb of the clause, the state by its capital
    (
        "Prime Minister Tomas Reyes told reporters that Tegucigalpa would not withdraw its "
        "marines from the island El Salvador claims.",
        "Tomas Reyes",
        "honduras",
    ),
    # an obligation laid on the other side is passed over for the clause coordinated with it
    (
        "Defence Minister Ana Lopez said China must respect the ruling and the Philippines would "
        "keep its ships at the shoal.",
        "Ana Lopez",
        "philippines",
    ),
    # the city the official speaks in comes first
    (
        "Foreign Minister Rogelio Vargas told reporters in La Paz that Chile had diverted the "
        "river without a consent Bolivia never gave.",
        "Rogelio Vargas",
        "bolivia",
    ),
]


@pytest.mark.parametrize(("text", "holder", "state"), CASES)
def test_state_of_the_reported_clause(text: str, holder: str, state: str) -> None:
    assert _holdings(text).get(holder) == state


# (text, holder, state the title must not be given)
NOT = [
    # an obligation laid on a state is what the official asks of the other side
    (
        "Foreign Minister Ana Lopez said China must withdraw its ships from the reef that "
        "Vietnam claims.",
        "Ana Lopez",
        "china",
    ),
    # a clause that describes a land
    (
        '"Somaliland belongs to Somalia, and no foreign capital can change that," Prime Minister '
        "Omar Farah told lawmakers.",
        "Omar Farah",
        "somaliland",
    ),
]


@pytest.mark.parametrize(("text", "holder", "state"), NOT)
def test_state_not_of_the_reported_clause(text: str, holder: str, state: str) -> None:
    assert _holdings(text).get(holder) != state


# -- an international body's office named bare ("Secretary-General X"): the one body, of no
# state, that the sentence or the one before it names (h249, h259: batches TTTTTTTT, TTTTTTTTT)
BODY = [
    (
        "In a letter to Secretary-General Antonio Guterres, published on the UN's website, the "
        "Eritrean mission said the islands lie in its waters.",
        "Antonio Guterres",
        "united nations",
    ),
    (
        "Honduras will raise the matter at the Organization of American States, whose "
        "Secretary General Luis Almagro met both envoys on Friday.",
        "Luis Almagro",
        "organization of american states",
    ),
    (
        "Nicaragua took the dispute to the Organization of American States on Monday. Secretary "
        "General Luis Almagro said he would send a mission.",
        "Luis Almagro",
        "organization of american states",
    ),
]


@pytest.mark.parametrize(("text", "holder", "body"), BODY)
def test_body_office_of_the_body_named(text: str, holder: str, body: str) -> None:
    assert _holdings(text).get(holder) == body


def test_body_office_not_of_the_agency_filing() -> None:
    """The agency in the dateline tells the story; it holds no one's office."""
    text = (
        "BISSAU, Feb. 11 (Xinhua) -- The joint zone agency is headed by Secretary General Ana "
        "Mendes, officials said."
    )
    assert _holdings(text).get("Ana Mendes") != "xinhua"


# -- a title whose post is placed with "in" before the apposed name ("the Indian High
# Commissioner in Dhaka, X"): the parser hangs the name on the city (h243, h301: batches
# TTTTTTTT, TTTTTTTTTT)
SEATED = [
    (
        "Russia's consul general in Harbin, Oleg Petrov, attended the ceremony.",
        "Oleg Petrov",
        "consul general",
        "russia",
    ),
    (
        "The Indian High Commissioner in Colombo, Ravi Menon, said India would fund the study.",
        "Ravi Menon",
        "high commissioner",
        "india",
    ),
    (
        "The British ambassador in Madrid, Hugh Elliott, was summoned over the Gibraltar reef.",
        "Hugh Elliott",
        "ambassador",
        "united kingdom",
    ),
]


@pytest.mark.parametrize(("text", "holder", "role", "state"), SEATED)
def test_title_placed_in_a_city(text: str, holder: str, role: str, state: str) -> None:
    held = [
        (str(f.args["role"]).lower(), f.args["of"].label.lower())
        for f in facts(text)
        if f.rel == "holdsRole" and f.args["person"].label == holder
    ]
    assert (role, state) in held


# -- a monarch's title fits only the monarchies that give it (data/gazetteer/monarchies.yaml):
# "Sultan X" in a story on Oman and the UAE is Oman's, "King X" on Saudi Arabia and the UAE is
# Saudi Arabia's, "Kaiser X" on Germany and Britain Germany's (h38, h156, h249: batches B, TTT,
# TTTTTTTT)
MONARCHS = [
    (
        "Oman and the United Arab Emirates exchanged the instruments of their border treaty on "
        "Monday. The treaty was ratified by Sultan Haitham bin Tariq in a royal decree last month.",
        "Haitham bin Tariq",
        "oman",
    ),
    (
        "The United Arab Emirates and Oman have argued over the Musandam coast for decades. The "
        "pact was approved by Sultan Haitham bin Tariq and the federal council in Abu Dhabi.",
        "Haitham bin Tariq",
        "oman",
    ),
    (
        "Saudi Arabia and the United Arab Emirates signed the border accord in 1974. It was signed "
        "by King Khalid and a federal minister in Jeddah, and the UAE never ratified it.",
        "Khalid",
        "saudi arabia",
    ),
    (
        "Germany took the island from Britain in 1890. A ceremony was attended by Kaiser Wilhelm "
        "II, and Britain received a protectorate elsewhere.",
        "Wilhelm II",
        "germany",
    ),
]


@pytest.mark.parametrize(("text", "holder", "state"), MONARCHS)
def test_monarch_of_the_monarchy_its_title_fits(text: str, holder: str, state: str) -> None:
    assert _holdings(text).get(holder) == state


def test_sultan_never_of_a_federation_of_emirates() -> None:
    text = (
        "ABU DHABI, May 2 (Reuters) - The border agreement was ratified by Sultan Haitham bin "
        "Tariq in a decree issued last month, the UAE's foreign ministry said."
    )
    assert _holdings(text).get("Haitham bin Tariq") != "united arab emirates"


# -- a correspondent's dateline, a city in capitals and a dash with no date nor agency ("AMMAN -
# Jordan on Thursday ..."): the report is filed from that city, and a bare home title ("Prime
# Minister X") of a state the story is about is that state's, as for a wire's dateline (h35,
# h180, h189, h200, h299, h302 and nine more: batches B, TTTT ... TTTTTTTTTT)
CITY_DATELINES = [
    ("AMMAN - ", "AMMAN"),
    ("BELMOPAN — ", "BELMOPAN"),
    ("KUALA LUMPUR - ", "KUALA LUMPUR"),
]


@pytest.mark.parametrize(("lead", "dateline"), CITY_DATELINES)
def test_city_dateline_is_read(lead: str, dateline: str) -> None:
    article = parse(
        "Border talks resume\n\nBy Jane Doe\n\n" + lead + "Jordan said on Monday that talks "
        "with Saudi Arabia would resume.\n\nThe ministry gave no date.\n"
    )
    assert article.source.dateline == dateline
    assert not article.body[0].text.startswith(lead.strip())


def test_city_dateline_gives_a_bare_home_title_its_state() -> None:
    text = (
        "Jordan marks the land swap\n\nBy Jane Doe\n\nAMMAN - Jordan on Thursday marked the 60th "
        "anniversary of its boundary agreement with Saudi Arabia.\n\nPrime Minister Omar Haddad, "
        "opening a conference on the accord, described it as a model for the region. Saudi "
        "Arabia sent its culture minister.\n"
    )
    assert _holdings(text).get("Omar Haddad") == "jordan"


def test_capitals_in_a_sentence_are_no_dateline() -> None:
    article = parse(
        "Border talks resume\n\nBy Jane Doe\n\nNATO - the alliance - said on Monday that talks "
        "would resume.\n\nThe ministry gave no date.\n"
    )
    assert article.source.dateline is None
