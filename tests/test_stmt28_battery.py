"""Speakers and meetings, a battery of issue 12 (stmt28). Sentences written for this test in wire
style about disputes outside the development set's wording (the Durra/Arash field, the Kuril
islands, Kosovo and Serbia, Armenia and Azerbaijan, Uganda and Kenya on Lake Victoria's shores, the
Falklands), none copied from an article.

The readings, each a shape of news English seen in the text of more than one writer:
- A news agency speaks under the noun of its own kind ("the official WAM news agency reported",
  "Iran's IRNA news agency said", "the state-run KUNA news agency"): the name before "news agency"
  is that agency, not a bystander's modifier nor the state that owns it
  (``grammar.fillers.own_kind``). An agency that "quoted" or "cited" another passes the words on.
- A clause whose verb is a bare "is" ("The committee is due to meet ..., Saba reported") is no
  speech the agency relays: "be" speaks only with "clear", "adamant" (``triggers.speaks``).
- A singular title before "A, and B" is A's alone ("Armenia's foreign minister, A, and B, ...");
  a plural one ("the foreign ministers, A and B") is each one's.
- "B, Uganda's foreign minister, who was received by C" tells B and C met (a passive relative).
- "..., with his counterpart, B, an Italian diplomatic source said", "Serbia, a diplomat said, had
  rejected ...": an apposition that runs into the verb unclosed by a comma is the verb's subject,
  not the name's apposition; the name goes back to the clause.
- A sea has no government to speak ("a diplomat in the Gulf said"); a land has one.
- A text an outlet "carried" or "relayed" is not the outlet's words ("according to a joint statement
  carried by the official Bahrain News Agency"); one a body "issued" or "released" is the body's.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, facts, find, said_by, shown, statements

KUNA, IRNA = "organization/kuwait-news-agency", "organization/islamic-republic-news-agency"
WAM, TASS = "organization/emirates-news-agency", "organization/tass"
IRAN, KUWAIT = "state/iran", "state/kuwait"

_TALKS = "Kuwait and Iran will resume talks on the continental shelf next month"
_SHARE = "Iran will never give up its share of the Arash field"


# -- news agencies under their own kind noun ----------------------------------------------------

AGENCIES = [
    pytest.param(KUNA, _TALKS, f"{_TALKS}, the official KUNA news agency reported.", id="official"),
    pytest.param(KUNA, _TALKS, f"{_TALKS}, the state-run KUNA news agency said.", id="state-run"),
    pytest.param(KUNA, _TALKS, f"{_TALKS}, Kuwait's official KUNA news agency said.", id="owned"),
    pytest.param(IRNA, _SHARE, f"{_SHARE}, the IRNA news agency said.", id="plain"),
    pytest.param(IRNA, _SHARE, f"{_SHARE}, Iran's official IRNA news agency reported.", id="iran"),
    pytest.param(
        IRNA,
        _SHARE,
        f"According to the IRNA news agency, {_SHARE}.",
        id="according",
    ),
    pytest.param(
        WAM,
        "Oman and the United Arab Emirates exchanged the instruments of ratification",
        "Oman and the United Arab Emirates exchanged the instruments of ratification on"
        " Sunday, the official WAM news agency reported.",
        id="wam",
    ),
    pytest.param(
        TASS,
        "The technical committee is expected to meet in Moscow in March",
        "The technical committee is expected to meet in Moscow in March, the TASS news agency"
        " reported.",
        id="tass",
    ),
]


@pytest.mark.parametrize(("speaker", "words", "text"), AGENCIES)
def test_agency_speaks_under_its_kind_noun(speaker, words, text):
    assert said_by(text, speaker, words), statements(HEADLINE + text)


@pytest.mark.parametrize(
    "text",
    [
        f"{_SHARE}, Iran's official IRNA news agency reported.",
        f"{_SHARE}, Iran's IRNA news agency said on Monday.",
    ],
)
def test_agency_not_its_owner_state(text):
    assert not said_by(text, IRAN, _SHARE), statements(HEADLINE + text)


# -- a copular clause is no relayed speech ------------------------------------------------------

_DUE = "The joint committee is due to meet in Kuwait City next week"

COPULAR = [
    pytest.param(f"{_DUE}, Kuwait's official KUNA news agency reported.", id="owned"),
    pytest.param(f"{_DUE}, the official KUNA news agency reported.", id="official"),
    pytest.param(f"{_DUE}, the KUNA news agency said.", id="said"),
    pytest.param(f"According to the KUNA news agency, the{_DUE[3:]}.", id="according"),
]


@pytest.mark.parametrize("text", COPULAR)
def test_copular_clause_is_the_agency_report(text):
    assert said_by(text, KUNA, _DUE) or said_by(text, KUNA, _DUE[0].lower() + _DUE[1:]), statements(
        HEADLINE + text
    )


# -- an outlet that quotes another passes the words on ------------------------------------------

OWJI = "person/javad-owji"

RELAYED = [
    pytest.param(
        "Iranian Oil Minister Javad Owji said Iran would drill in the field, the IRNA news agency"
        " reported.",
        id="reported",
    ),
    pytest.param(
        "Iran would drill in the field, Iranian Oil Minister Javad Owji said, according to the IRNA"
        " news agency.",
        id="according",
    ),
    pytest.param(
        "Iran will drill in the field next year, according to the IRNA news agency, which quoted"
        " an oil ministry official.",
        id="which-quoted",
    ),
    pytest.param(
        "Iran will drill in the field next year, according to the IRNA news agency, which cited"
        " oil ministry sources.",
        id="which-cited",
    ),
]


@pytest.mark.parametrize("text", RELAYED)
def test_agency_relaying_is_no_speaker(text):
    assert not any(k == IRNA for k, _ in statements(HEADLINE + text)), statements(HEADLINE + text)


def test_relayed_words_stay_the_minister_s():
    text = (
        "Iranian Oil Minister Javad Owji said Iran would drill in the field, the IRNA news agency"
        " reported."
    )
    assert said_by(text, OWJI, "Iran would drill in the field"), statements(HEADLINE + text)


def test_bystanders_stay_no_speaker():
    text = "The field lies in Kuwaiti waters, Kuwaiti fishermen said."
    assert not said_by(text, KUWAIT, "The field lies"), statements(HEADLINE + text)


# -- a singular title is the first name's alone --------------------------------------------------

MIRZOYAN, BAYRAMOV = "person/ararat-mirzoyan", "person/jeyhun-bayramov"
ARMENIA = "state/armenia"

SINGULAR = [
    pytest.param(
        "The text was initialled by Armenia's foreign minister, Ararat Mirzoyan, and Jeyhun"
        " Bayramov, the Azerbaijani foreign minister.",
        id="appos-after",
    ),
    pytest.param(
        "The text was initialled by Armenia's foreign minister, Ararat Mirzoyan, and Jeyhun"
        " Bayramov.",
        id="bare",
    ),
    pytest.param(
        "Talks were held in Almaty between Armenia's foreign minister, Ararat Mirzoyan, and"
        " Jeyhun Bayramov, his Azerbaijani counterpart.",
        id="between",
    ),
    pytest.param(
        "Armenia's foreign minister, Ararat Mirzoyan, and Jeyhun Bayramov met in Almaty on Friday.",
        id="subject",
    ),
]


@pytest.mark.parametrize("text", SINGULAR)
def test_singular_title_is_the_first_name_s(text):
    found = facts(text)
    assert find(found, "holdsRole", person=MIRZOYAN, of=ARMENIA), shown(found)
    assert not find(found, "holdsRole", person=BAYRAMOV, of=ARMENIA), shown(found)


def test_plural_title_is_each_name_s():
    text = (
        "The text was initialled by the two foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov."
    )
    found = facts(text)
    assert find(found, "holdsRole", person=BAYRAMOV, of="state/azerbaijan"), shown(found)


# -- a passive relative clause of meeting --------------------------------------------------------

KUTESA, KENYATTA = "person/sam-kutesa", "person/uhuru-kenyatta"

RECEIVED = [
    pytest.param(
        "Sam Kutesa, Uganda's foreign minister, who was received by President Uhuru Kenyatta in"
        " Nairobi on Monday, said the island belonged to Uganda.",
        id="title",
    ),
    pytest.param(
        "Sam Kutesa, who was received by President Uhuru Kenyatta in Nairobi on Monday, said the"
        " island belonged to Uganda.",
        id="bare",
    ),
    pytest.param(
        "Ugandan Foreign Minister Sam Kutesa, who had been received earlier by President Uhuru"
        " Kenyatta in Nairobi, said the island belonged to Uganda.",
        id="pluperfect",
    ),
    pytest.param(
        "Sam Kutesa, Uganda's foreign minister, who was hosted by President Uhuru Kenyatta in"
        " Nairobi on Monday, said the island belonged to Uganda.",
        id="hosted",
    ),
]


@pytest.mark.parametrize("text", RECEIVED)
def test_received_in_a_relative_clause_is_a_meeting(text):
    found = facts(text)
    assert find(found, "meeting", participants={KUTESA, KENYATTA}), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Sam Kutesa, Uganda's foreign minister, whose letter was received by President Uhuru"
        " Kenyatta on Monday, said the island belonged to Uganda.",
        "Sam Kutesa, Uganda's foreign minister, who was criticised by President Uhuru Kenyatta"
        " on Monday, said the island belonged to Uganda.",
        "Sam Kutesa, Uganda's foreign minister, who is due to be received by President Uhuru"
        " Kenyatta next week, said the island belonged to Uganda.",
    ],
)
def test_no_meeting_in_other_relative_clauses(text):
    found = facts(text)
    assert not find(found, "meeting", participants={KUTESA, KENYATTA}), shown(found)


# -- an unnamed speaker read as a name's apposition ----------------------------------------------

DJURIC = "person/marko-djuric"
_CALL = "Kosovo's foreign minister spoke by telephone on Tuesday with his Serbian counterpart, Marko Djuric"

UNCLOSED = [
    pytest.param(f"{_CALL}, a Kosovo diplomatic source said.", id="source"),
    pytest.param(f"{_CALL}, an EU diplomat said.", id="eu-diplomat"),
    pytest.param(f"{_CALL}, a Western diplomat in Pristina said.", id="western"),
    pytest.param(f"{_CALL}, an official in Brussels said.", id="official"),
]


@pytest.mark.parametrize("text", UNCLOSED)
def test_unclosed_apposition_is_the_speaker(text):
    found = statements(HEADLINE + text)
    assert not any(k == DJURIC for k, _ in found), found


def test_closed_apposition_stays_the_name_s():
    text = "Marko Djuric, a Serbian diplomat, said the talks had failed."
    assert said_by(text, DJURIC, "the talks had failed"), statements(HEADLINE + text)


# a tag set inside the clause ("Serbia, a diplomat said, had rejected ..."): the name is the clause's
MID_TAGS = [
    pytest.param(
        "Serbia, a diplomat in the Balkans said, had rejected the EU plan in March.", id="in"
    ),
    pytest.param("Serbia, an EU diplomat said, had rejected the EU plan in March.", id="eu"),
    pytest.param(
        "Serbia, a Western diplomat said, had rejected the EU plan in March.", id="western"
    ),
]


@pytest.mark.parametrize("text", MID_TAGS)
def test_tag_set_in_the_clause_leaves_the_name_its_subject(text):
    found = facts(text)
    assert find(found, "rejectsClaim", state="state/serbia"), shown(found)


def test_tag_set_in_the_clause_named_speaker():
    text = "Serbia, Foreign Minister Marko Djuric said, had rejected the EU plan in March."
    found = statements(HEADLINE + text)
    assert any(k == DJURIC for k, _ in found), found


# -- a sea has no government to speak --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Muscat had rejected the maps in the past, a diplomat in the Gulf said.",
        "Muscat had rejected the maps in the past, a diplomat in the Persian Gulf said.",
        "Tokyo had rejected the survey, an official in the Sea of Okhotsk region said.",
    ],
)
def test_a_sea_has_no_government(text):
    found = statements(HEADLINE + text)
    assert not any(str(k).startswith("organization/government-of") for k, _ in found), found


def test_a_land_has_one():
    text = "Madrid had rejected the maps in the past, the Gibraltar government said."
    found = statements(HEADLINE + text)
    assert any(k == "organization/government-of-gibraltar" for k, _ in found), found


# -- a text an outlet carries is not the outlet's ---------------------------------------------------

BNA, BAHRAIN_MFA = (
    "organization/news-agency-of-bahrain",
    "organization/ministry-of-foreign-affairs-of-bahrain",
)
_AGREED = "The two sides agreed to start talks on restoring ties"

CARRIED = [
    pytest.param(
        f"{_AGREED}, according to a joint statement carried by the official Bahrain News Agency.",
        id="according",
    ),
    pytest.param(
        f"{_AGREED}, a joint statement carried by the official Bahrain News Agency said.", id="said"
    ),
    pytest.param(
        f"{_AGREED}, according to a statement relayed by the Bahrain News Agency.", id="relayed"
    ),
    pytest.param(
        f"A joint statement carried by the Bahrain News Agency said that {_AGREED[0].lower()}{_AGREED[1:]}.",
        id="before",
    ),
]


@pytest.mark.parametrize("text", CARRIED)
def test_carrying_outlet_is_no_speaker(text):
    found = statements(HEADLINE + text)
    assert not any(k == BNA for k, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        f"{_AGREED}, a statement released by Bahrain's foreign ministry said.",
        f"{_AGREED}, Bahrain's foreign ministry said in a statement carried by the Bahrain News Agency.",
    ],
)
def test_issuing_body_speaks(text):
    found = statements(HEADLINE + text)
    assert any(k == BAHRAIN_MFA for k, _ in found), found
