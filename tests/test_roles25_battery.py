"""People and their offices in wire copy (issue 12, roles25), and the meetings that name them.

What a reader of a wire story takes for granted and the extractor did not: a minister's portfolio
as the title words it ("Lands and Mines Minister"); a national agency's own officials titled bare
wherever it files from ("BEIJING (PTI) - Foreign Secretary X"); the host one met, or one's
counterpart, serves the other side of a two-state story; a demonym that only places a town ("the
Russian city of Kazan") owns no one's office; a military unit named with its number ("the 9
Corps") and a rank before a name that is also a place ("Lt Gen Rashim Bali"); two titled names
joined by "and"; and meetings told by a relative clause on coordinated names, a passive whose
agent the parser hung on "later in the day", and a town named by "the X city of Y".

Sentences written for these tests in wire style, about disputes other than those of the
never-read batches (Kyrgyzstan-Tajikistan, Guyana-Suriname, Peru-Ecuador, Kosovo-Serbia,
Zambia-Congo, Thailand-Laos, Georgia-Russia, Bolivia-Chile over the Silala).
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has, shown

KG, TJ = "state/kyrgyzstan", "state/tajikistan"
GY, SR = "state/guyana", "state/suriname"
PE, EC = "state/peru", "state/ecuador"
RS, XK = "state/serbia", "state/kosovo"
ZM, CD = "state/zambia", "state/democratic-republic-of-the-congo"
TH, LA = "state/thailand", "state/laos"
GE, RU = "state/georgia", "state/russia"
BO, CL = "state/bolivia", "state/chile"
IN, CN, JP = "state/india", "state/china", "state/japan"


def _role(found, person: str) -> list[str]:
    return [f.args["role"] for f in find(found, "holdsRole", person=person)]


# --- a portfolio the title words: the role text keeps it -------------------------------------
# (person key, words the role must hold, sentence)
PORTFOLIO = [
    (
        "person/kamila-talieva",
        "natural resources",
        "BISHKEK (AFP) - Kyrgyzstan's Natural Resources Minister Kamila Talieva said the "
        "survey of the Sokh enclave road would end in May.",
    ),
    (
        "person/kamila-talieva",
        "natural resources",
        "BISHKEK (AFP) - Kamila Talieva, Kyrgyzstan's Minister of Natural Resources, said the "
        "survey would end in May.",
    ),
    (
        "person/kamila-talieva",
        "natural resources",
        "BISHKEK (AFP) - The survey will end in May, Kyrgyz Natural Resources Minister Kamila "
        "Talieva told reporters.",
    ),
    (
        "person/hugo-de-zela",
        "energy and mines",
        "LIMA (Reuters) - Peru's Energy and Mines Minister Hugo de Zela said the Cordillera del "
        "Condor concessions were valid.",
    ),
    (
        "person/hugo-de-zela",
        "energy and mines",
        "LIMA (Reuters) - The concessions are valid, Energy and Mines Minister Hugo de Zela of "
        "Peru told Congress on Tuesday.",
    ),
    (
        "person/hugo-de-zela",
        "energy and mines",
        "LIMA (Reuters) - Hugo de Zela, Peru's Minister of Energy and Mines, said the "
        "concessions were valid.",
    ),
    (
        "person/gail-teixeira",
        "local government",
        "GEORGETOWN (AP) - Guyana's Minister of Local Government Gail Teixeira said the New River "
        "villages would get a clinic.",
    ),
    (
        "person/gail-teixeira",
        "home affairs",
        "GEORGETOWN (AP) - Guyana's Home Affairs Minister Gail Teixeira said the villages would get "
        "a police post.",
    ),
    (
        "person/gail-teixeira",
        "culture",
        "GEORGETOWN (AP) - Gail Teixeira, Guyana's Culture Secretary, said the museum would open.",
    ),
    (
        "person/elijah-kabwe",
        "lands and natural resources",
        "LUSAKA (Reuters) - Zambia's Lands and Natural Resources Minister Elijah Kabwe visited "
        "the border beacons on Monday.",
    ),
]


@pytest.mark.parametrize("person, words, sentence", PORTFOLIO)
def test_a_ministers_portfolio_is_kept_in_the_role(person, words, sentence):
    found = facts(sentence)
    roles = _role(found, person)
    assert any(words in r for r in roles), shown(found)


@pytest.mark.parametrize(
    "person, role, sentence",
    [  # no portfolio: the sentence's first word, a state's name, an office the gazetteer knows
        (
            "person/kamila-talieva",
            "minister",
            "Minister Kamila Talieva of Kyrgyzstan said the survey would end in May.",
        ),
        (
            "person/hugo-de-zela",
            "foreign minister",
            "LIMA (Reuters) - Peru's Foreign Minister Hugo de Zela said the concessions were valid.",
        ),
        (
            "person/gail-teixeira",
            "prime minister",
            "GEORGETOWN (AP) - Guyana's Prime Minister Gail Teixeira said the villages would get "
            "a clinic.",
        ),
    ],
)
def test_no_portfolio_is_made_up(person, role, sentence):
    found = facts(sentence)
    assert _role(found, person) == [role], shown(found)


# --- new offices: co-chairs, vice-chairs, service chiefs, solicitors general ----------------
@pytest.mark.parametrize(
    "person, office, sentence",
    [
        pytest.param(  # "co-chairman" after a possessive is parsed as three loose words
            "person/sattar-khan",
            "co-chairman",
            "BISHKEK (AFP) - The Kyrgyz-Tajik Border Commission's co-chairman, Sattar Khan, said "
            "the map was final.",
            marks=pytest.mark.xfail(strict=True),
        ),
        (
            "person/sattar-khan",
            "co-chairman",
            "BISHKEK (AFP) - Kyrgyz-Tajik Border Commission co-chairman Sattar Khan said the map "
            "was final.",
        ),
        (
            "person/sattar-khan",
            "co-chairman",
            "BISHKEK (AFP) - Sattar Khan, co-chair of the Joint Border Commission, said the map was "
            "final.",
        ),
        (
            "person/sattar-khan",
            "co-chairman",
            "BISHKEK (AFP) - The map is final, said Sattar Khan, who is co-chairman of the Joint "
            "Border Commission.",
        ),
        pytest.param(  # a body of no state named in lower case is no entity: no one's office
            "person/sattar-khan",
            "co-chairman",
            "BISHKEK (AFP) - The border commission's co-chairman, Sattar Khan, said the map was final.",
            marks=pytest.mark.xfail(strict=True),
        ),
        (
            "person/li-wenhai",
            "vice-chairman",
            "BEIJING (Xinhua) - Li Wenhai, vice-chairman of the Boundary and Ocean Affairs "
            "Committee, said the markers had been checked.",
        ),
        (
            "person/li-wenhai",
            "vice-chairman",
            "BEIJING (Xinhua) - The Boundary and Ocean Affairs Committee's deputy chairman, Li "
            "Wenhai, said the markers had been checked.",
        ),
        (
            "person/li-wenhai",
            "vice-chairman",
            "BEIJING (Xinhua) - The markers had been checked, said Li Wenhai, China's vice chairman "
            "of the boundary talks.",
        ),
        (
            "person/anand-rao",
            "commander",
            "NEW DELHI (PTI) - India's Chief of Army Staff General Anand Rao visited the forward "
            "posts.",
        ),
        (
            "person/anand-rao",
            "commander",
            "NEW DELHI (PTI) - General Anand Rao, India's army chief, visited the forward posts.",
        ),
        (  # a commander is a home office: a bare one in a report filed from his state's city
            "person/anand-rao",
            "commander",
            "NEW DELHI (PTI) - Chief of Army Staff General Anand Rao visited the forward posts.",
        ),
        (
            "person/anand-rao",
            "commander",
            "NEW DELHI (PTI) - The forward posts were visited by India's chief of defence staff, "
            "General Anand Rao.",
        ),
        (
            "person/kofi-mensah",
            "police chief",
            "ACCRA (Reuters) - Ghana's Inspector General of Police, Kofi Mensah, said the border "
            "villages were calm.",
        ),
        (
            "person/kofi-mensah",
            "police chief",
            "ACCRA (Reuters) - Ghana and Togo reopened the border.\n\nPolice Inspector General "
            "Kofi Mensah said the villages were calm.",
        ),
        (
            "person/kofi-mensah",
            "police chief",
            "ACCRA (Reuters) - The villages are calm, said Kofi Mensah, Ghana's police chief.",
        ),
        (
            "person/maria-quispe",
            "solicitor general",
            "LIMA (Reuters) - Peru's team was led by Solicitor General Maria Quispe.",
        ),
        (
            "person/maria-quispe",
            "solicitor general",
            "LIMA (Reuters) - Maria Quispe, Peru's solicitor-general, told the court the line was "
            "fixed in 1942.",
        ),
        (
            "person/maria-quispe",
            "solicitor general",
            "LIMA (Reuters) - The line was fixed in 1942, Peruvian Solicitor General Maria Quispe "
            "told the court.",
        ),
    ],
)
def test_offices_wire_copy_names(person, office, sentence):
    found = facts(sentence)
    assert [f.args.get("office") for f in find(found, "holdsRole", person=person)] == [office], (
        shown(found)
    )


# --- a national agency titles its own officials bare, wherever it files from ----------------
@pytest.mark.parametrize(
    "person, state, sentence",
    [
        (
            "person/vikram-misri",
            IN,
            "BEIJING, Feb 3 (PTI) China and India held talks on the boundary on Monday.\n\n"
            "The talks were attended by Foreign Secretary Vikram Misri, who called them useful.",
        ),
        (
            "person/vikram-misri",
            IN,
            "BEIJING, Feb 3 (PTI) China and India held talks on the boundary on Monday.\n\n"
            "Foreign Secretary Vikram Misri called the talks useful.",
        ),
        (
            "person/vikram-misri",
            IN,
            "BEIJING, Feb 3 (PTI) China and India held talks on the boundary on Monday.\n\n"
            '"The talks were useful," Foreign Secretary Vikram Misri told reporters.',
        ),
        (
            "person/kenji-sato",
            JP,
            "BEIJING, May 2 (Kyodo) -- China and Japan discussed the gas fields on Friday.\n\n"
            "Chief Cabinet Secretary Kenji Sato said Tokyo would keep pressing Beijing.",
        ),
    ],
)
def test_a_national_agency_titles_its_own_officials_bare(person, state, sentence):
    found = facts(sentence)
    assert has(found, "holdsRole", person=person, of=state), shown(found)


def test_an_international_agency_has_no_home():
    found = facts(
        "BEIJING, Feb 3 (Reuters) - China and India held talks on the boundary on Monday.\n\n"
        "Foreign Secretary Vikram Misri called the talks useful."
    )
    assert not has(found, "holdsRole", person="person/vikram-misri", of=IN), shown(found)


# --- the host one met, and one's counterpart, serve the other side ---------------------------
_VISIT = (
    "TBILISI (Reuters) - Russia and Georgia held their first talks in years on Tuesday.\n\n"
    "Russian Deputy Foreign Minister Grigory Karasin arrived in Tbilisi in the morning. "
)


@pytest.mark.parametrize(
    "person, state, sentence",
    [
        (
            "person/irakli-kobakhidze",
            GE,
            _VISIT + "He was received later in the day by Prime Minister Irakli Kobakhidze.",
        ),
        (
            "person/irakli-kobakhidze",
            GE,
            _VISIT + "Karasin later met Prime Minister Irakli Kobakhidze.",
        ),
        (
            "person/irakli-kobakhidze",
            GE,
            _VISIT + "Prime Minister Irakli Kobakhidze received him at the government house.",
        ),
        (
            "person/sadyr-japarov",
            KG,
            "OSH (AFP) - Kyrgyzstan and Tajikistan signed the border deal on Friday.\n\n"
            "President Sadyr Japarov and his Tajik counterpart Emomali Rahmon shook hands at the "
            "ceremony.",
        ),
        (
            "person/hakainde-hichilema",
            ZM,
            "KASUMBALESA (Reuters) - Zambia and the Democratic Republic of Congo agreed on Friday "
            "to reopen the border.\n\n"
            "President Hakainde Hichilema and his Congolese counterpart Felix Tshisekedi met at "
            "the border post.",
        ),
    ],
)
def test_the_other_side_of_a_meeting(person, state, sentence):
    found = facts(sentence)
    assert has(found, "holdsRole", person=person, of=state), shown(found)


def test_a_host_is_not_of_the_guests_state():
    found = facts(_VISIT + "Karasin later met Prime Minister Irakli Kobakhidze.")
    assert not has(found, "holdsRole", person="person/irakli-kobakhidze", of=RU), shown(found)


def test_a_demonym_that_places_a_town_owns_no_office():
    found = facts(
        "NEW DELHI (Reuters) - India and China ended the standoff.\n\n"
        "The deal was announced by Foreign Secretary Vikram Misri days before the summit in "
        "the Russian city of Kazan."
    )
    assert not has(found, "holdsRole", person="person/vikram-misri", of=RU), shown(found)


# --- titled names joined by "and" ------------------------------------------------------------
@pytest.mark.parametrize(
    "person, state, sentence",
    [
        (
            "person/albin-kurti",
            XK,
            "BRUSSELS (Reuters) - Serbian President Aleksandar Vucic and Kosovo Prime Minister "
            "Albin Kurti met in Brussels.",
        ),
        (
            "person/aleksandar-vucic",
            RS,
            "BRUSSELS (Reuters) - Serbian President Aleksandar Vucic and EU envoy Miroslav Lajcak "
            "met in Brussels.",
        ),
        (
            "person/aleksandar-vucic",
            RS,
            "BRUSSELS (Reuters) - Serbian President Aleksandar Vucic and Kosovo Prime Minister "
            "Albin Kurti signed nothing.",
        ),
    ],
)
def test_titled_names_joined_by_and(person, state, sentence):
    found = facts(sentence)
    assert has(found, "holdsRole", person=person, of=state), shown(found)


def test_an_envoy_after_and_is_the_bodys_not_the_first_names_state():
    found = facts(
        "BRUSSELS (Reuters) - Serbian President Aleksandar Vucic and EU envoy Miroslav Lajcak "
        "met in Brussels."
    )
    assert not has(found, "holdsRole", person="person/miroslav-lajcak", of=RS), shown(found)
    assert has(
        found, "holdsRole", person="person/miroslav-lajcak", of="organization/european-union"
    )


# --- units named with their number, ranks before a name that is a place ---------------------
@pytest.mark.parametrize(
    "person, body, sentence",
    [
        (
            "person/rashim-bali",
            "organization/9-corps",
            "NEW DELHI (PTI) - The talks were led by Lt Gen Rashim Bali, commander of the 9 Corps.",
        ),
        (
            "person/rashim-bali",
            "organization/9-corps",
            "NEW DELHI (PTI) - Lt Gen Rashim Bali, who commands the 9 Corps, led the talks.",
        ),
        pytest.param(  # a body's name before a title is the title's, not a body named
            "person/rashim-bali",
            "organization/9-corps",
            "NEW DELHI (PTI) - The 9 Corps commander, Lt Gen Rashim Bali, led the talks.",
            marks=pytest.mark.xfail(strict=True),
        ),
        (
            "person/somchai-wongsa",
            "organization/3rd-infantry-division-of-thailand",
            "BANGKOK (Reuters) - Somchai Wongsa, commander of Thailand's 3rd Infantry Division, "
            "said troops would stay.",
        ),
        (
            "person/somchai-wongsa",
            "organization/3rd-infantry-division-of-thailand",
            "BANGKOK (Reuters) - Troops would stay, said Maj Gen Somchai Wongsa, who commands "
            "Thailand's 3rd Infantry Division.",
        ),
    ],
)
def test_units_named_with_their_number(person, body, sentence):
    found = facts(sentence)
    assert has(found, "holdsRole", person=person, of=body), shown(found)


# --- meetings ----------------------------------------------------------------------------------
_PAIR_ZC = {"person/hakainde-hichilema", "person/felix-tshisekedi"}


@pytest.mark.parametrize(
    "sentence, place",
    [
        (
            "LUSAKA (Reuters) - President Hakainde Hichilema and his Congolese counterpart Felix "
            "Tshisekedi, who met in Ndola in March, agreed to reopen the border.",
            "city/ndola",
        ),
        (
            "LUSAKA (Reuters) - Hakainde Hichilema and Felix Tshisekedi, who held talks in Ndola in "
            "March, agreed to reopen the border.",
            "city/ndola",
        ),
        (
            "LUSAKA (Reuters) - Hakainde Hichilema met Felix Tshisekedi in the Zambian city of Ndola "
            "in March.",
            "city/ndola",
        ),
        (
            "LUSAKA (Reuters) - Hakainde Hichilema and Felix Tshisekedi held talks on the sidelines "
            "of a regional summit in the Zambian city of Ndola.",
            "city/ndola",
        ),
        (
            "LUSAKA, March 3 (Reuters) - Zambia and Congo agreed to reopen the border.\n\n"
            "Felix Tshisekedi was received later in the day by Hakainde Hichilema at State House in "
            "Lusaka.",
            "city/lusaka",
        ),
    ],
)
def test_meetings_told_in_wire_shapes(sentence, place):
    found = facts(sentence)
    assert has(found, "meeting", participants=_PAIR_ZC, place=place), shown(found)


def test_a_later_in_the_day_meeting_is_of_the_news_day():
    found = facts(
        "LUSAKA, March 3 (Reuters) - Zambia and Congo agreed to reopen the border.\n\n"
        "Felix Tshisekedi was received later in the day by Hakainde Hichilema.",
        published="2026-03-03",
    )
    assert has(found, "meeting", participants=_PAIR_ZC, date="2026-03-03"), shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        # planned, not held
        "LUSAKA (Reuters) - Hakainde Hichilema and Felix Tshisekedi, who will meet in Ndola in "
        "March, have agreed to reopen the border.",
        # the clause is one conjunct's, with an object of its own: someone else was met
        "LUSAKA (Reuters) - Hakainde Hichilema praised Felix Tshisekedi, who met the Angolan "
        "envoy in Ndola.",
        # a received letter is no meeting
        "LUSAKA (Reuters) - A letter from Felix Tshisekedi was received later in the day by "
        "Hakainde Hichilema.",
    ],
)
def test_no_meeting_of_the_two(sentence):
    found = facts(sentence)
    assert not has(found, "meeting", participants=_PAIR_ZC), shown(found)


# --- a dateline with no comma, and "then-" before a title -----------------------------------
@pytest.mark.parametrize(
    "person, state, sentence",
    [
        (  # the dateline's city ends at the agency's credit
            "person/celinda-sosa",
            BO,
            "LA PAZ (Reuters) - Bolivia and Chile went to court over the Silala in 2016.\n\n"
            '"It was a defeat," Foreign Minister Celinda Sosa told reporters.',
        ),
        (
            "person/celinda-sosa",
            BO,
            "LA PAZ (Reuters) - Bolivia and Chile went to court over the Silala in 2016.\n\n"
            "Foreign Minister Celinda Sosa called the ruling a defeat.",
        ),
        (
            "person/celinda-sosa",
            BO,
            "LA PAZ (Reuters) - Bolivia and Chile went to court over the Silala in 2016.\n\n"
            "The ruling was a defeat, said Foreign Minister Celinda Sosa.",
        ),
        (
            "person/jamil-mahuad",
            EC,
            "QUITO (Reuters) - The accord was signed by then-President Jamil Mahuad of Ecuador.",
        ),
        (
            "person/jamil-mahuad",
            EC,
            "QUITO (Reuters) - The accord was signed by Ecuador's then-president, Jamil Mahuad.",
        ),
        (
            "person/jamil-mahuad",
            EC,
            "QUITO (Reuters) - The accord was signed by Jamil Mahuad, Ecuador's then-president.",
        ),
    ],
)
def test_datelines_and_then_titles(person, state, sentence):
    found = facts(sentence)
    assert has(found, "holdsRole", person=person, of=state), shown(found)


def test_a_hyphened_word_before_a_title_is_still_no_office():
    found = facts("QUITO (Reuters) - Jamil Mahuad, a pro-president lawmaker, said the accord held.")
    assert not [
        f
        for f in find(found, "holdsRole", person="person/jamil-mahuad")
        if f.args.get("office") == "president"
    ], shown(found)


# --- meetings by telephone and over a discussion; a thing or an envoy received is no meeting --
@pytest.mark.parametrize(
    "sentence",
    [
        "LUSAKA (Reuters) - Hakainde Hichilema telephoned Felix Tshisekedi on Monday.",
        "LUSAKA (Reuters) - Hakainde Hichilema discussed the border with Felix Tshisekedi in Ndola.",
        "LUSAKA (Reuters) - Hakainde Hichilema and Felix Tshisekedi discussed the border by "
        "telephone on Monday.",
        "LUSAKA (Reuters) - Hakainde Hichilema received his Congolese counterpart, Felix "
        "Tshisekedi, on Monday.",
    ],
)
def test_meetings_by_phone_and_discussion(sentence):
    found = facts(sentence)
    assert has(found, "meeting", participants=_PAIR_ZC), shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "LUSAKA (Reuters) - Hakainde Hichilema received Felix Tshisekedi's letter on Monday.",
        "LUSAKA (Reuters) - Felix Tshisekedi's letter was received by Hakainde Hichilema.",
        "LUSAKA (Reuters) - Hakainde Hichilema hosted Felix Tshisekedi's envoy on Monday.",
        "LUSAKA (Reuters) - Hakainde Hichilema discussed the border with Felix Tshisekedi's envoy.",
        "LUSAKA (Reuters) - Hakainde Hichilema discussed Felix Tshisekedi's proposal with his "
        "ministers.",
        "LUSAKA (Reuters) - Hakainde Hichilema said he would discuss the border with Felix "
        "Tshisekedi next week.",
    ],
)
def test_no_meeting_with_a_things_owner(sentence):
    found = facts(sentence)
    assert not has(found, "meeting", participants=_PAIR_ZC), shown(found)


def test_a_call_then_a_meeting_somewhere_are_two():
    found = facts(
        "LUSAKA (Reuters) - Hakainde Hichilema discussed the border with Felix Tshisekedi by "
        "phone in May. The two leaders later met in Ndola."
    )
    assert has(found, "meeting", participants=_PAIR_ZC, place="city/ndola"), shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "LUSAKA (Reuters) - Speaking to reporters in Ndola, Zambia's foreign minister, Mulambo "
        "Haimbe, said the border would reopen.",
        "LUSAKA (Reuters) - In Ndola, Zambia's foreign minister, Mulambo Haimbe, said the border "
        "would reopen.",
        "LUSAKA (Reuters) - At Chirundu, the border's chief officer, Mulambo Haimbe, said it would "
        "reopen.",
    ],
)
def test_a_town_before_a_title_is_no_person(sentence):
    found = facts(sentence)
    holders = {f.args["person"].label for f in found if f.rel == "holdsRole"}
    assert holders <= {"Mulambo Haimbe"}, shown(found)


# --- a title that names the body ("spokesman of the foreign ministry") is the body's office ---
_MANILA = (
    "MANILA (Reuters) - China and the Philippines clashed again near the shoal on Tuesday.\n\n"
)
_PH_MFA = "organization/ministry-of-foreign-affairs-of-philippines"


@pytest.mark.parametrize(
    "sentence",
    [
        _MANILA
        + '"The shoal is ours," foreign ministry spokeswoman Teresita Daza told a briefing.',
        _MANILA + "Teresita Daza, spokeswoman of the foreign ministry, said the shoal was theirs.",
        _MANILA + "The shoal is ours, said Teresita Daza, a spokeswoman for the foreign ministry.",
    ],
)
def test_a_title_naming_a_body_is_the_bodys(sentence):
    found = facts(sentence)
    assert has(found, "holdsRole", person="person/teresita-daza", of=_PH_MFA), shown(found)


def test_a_bare_spokeswoman_stays_the_states():
    found = facts(_MANILA + "The shoal is ours, presidential spokeswoman Claire Castro said.")
    assert not has(found, "holdsRole", person="person/claire-castro", of=_PH_MFA), shown(found)


def test_a_national_agency_home_need_not_be_named():
    found = facts(
        "BUSAN (Yonhap) - Foreign Minister Cho Hyun met his Japanese counterpart Takeshi Iwaya."
    )
    assert has(found, "holdsRole", person="person/cho-hyun", of="state/south-korea"), shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "BUSAN (Yonhap) - Cho Hyun met his Japanese counterpart Takeshi Iwaya in Seoul on Monday.",
        "BUSAN (Yonhap) - Cho Hyun met his Japanese counterpart, Takeshi Iwaya, in Seoul.",
        "BUSAN (Yonhap) - Cho Hyun met Takeshi Iwaya in Seoul.",
    ],
)
def test_a_meeting_place_hung_on_the_counterparts_name(sentence):
    found = facts(sentence)
    assert has(found, "meeting", place="city/seoul"), shown(found)


# --- an aide named by a possessive patron; a portfolio opening the sentence ------------------
_SUMMIT = (
    "BEIJING (Reuters) - Kyrgyzstan and Tajikistan signed the deal in Beijing.\n\n"
    "Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        _SUMMIT + "Rahmon's spokesman, Abdufattoh Sharifzoda, said the talks went well.",
        _SUMMIT + "Abdufattoh Sharifzoda, Rahmon's spokesman, said the talks went well.",
        _SUMMIT + "Abdufattoh Sharifzoda, spokesman for Rahmon, said the talks went well.",
    ],
)
def test_an_aide_serves_the_state_of_the_possessive_patron(sentence):
    found = facts(sentence)
    assert has(found, "holdsRole", person="person/abdufattoh-sharifzoda", of=TJ), shown(found)


@pytest.mark.parametrize(
    "sentence, words",
    [
        (
            "BISHKEK (AFP) - Kyrgyzstan and Tajikistan reopened the border.\n\n"
            "Information Minister Askat Alagozov said the crossings were open.",
            "information minister",
        ),
        (
            "BISHKEK (AFP) - Kyrgyzstan and Tajikistan reopened the border.\n\n"
            "Culture Minister Askat Alagozov said the crossings were open.",
            "culture minister",
        ),
    ],
)
def test_a_portfolio_at_the_sentences_start(sentence, words):
    found = facts(sentence)
    assert words in _role(found, "person/askat-alagozov"), shown(found)
