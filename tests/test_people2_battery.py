"""Offices and people on text the rules were not written for, second battery (issue 12, people15).

News sentences written for these tests on disputes outside dev, in the styles of Reuters, AP, AFP,
Xinhua, TASS, Kyodo and local papers: the title before or after the name, in apposition or in a
relative clause, given by a verb of appointing, hung on the object of its own "of" phrase, the
owner by demonym, possessive, "of X", a region's noun, the body named just before; offices of
organisations, of regions and of rulers; names of many languages (Arabic "bin" and "al-", Spanish
double surnames, Portuguese "da", Korean and Chinese order, initials, a state's name inside a
name). The negatives give no holding, or no person, where the text tells none.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has

from kg.ingest import article

#: (sentence, person key, canonical office, key of whose office it is)
BATTERY = [
    # the title before the name, owner by demonym or possessive (Reuters, AP)
    (
        "Chilean Foreign Minister Alberto Vergara said the Beagle Channel boundary was settled.",
        "person/alberto-vergara",
        "foreign minister",
        "state/chile",
    ),
    (
        "South Korea's Deputy Foreign Minister Kim Sung-ho summoned the Japanese envoy.",
        "person/kim-sung-ho",
        "deputy foreign minister",
        "state/south-korea",
    ),
    (
        "Deputy Foreign Minister Kim Sung-ho of South Korea summoned the Japanese envoy.",
        "person/kim-sung-ho",
        "deputy foreign minister",
        "state/south-korea",
    ),
    (
        "Bahrain's King Hamad bin Salman said the Hawar Islands would remain Bahraini.",
        "person/hamad-bin-salman",
        "king",
        "state/bahrain",
    ),
    (
        "Acting President Mario Salas of Honduras said the islands in the gulf were Honduran.",
        "person/mario-salas",
        "president",
        "state/honduras",
    ),
    (
        "Portuguese Foreign Minister Paulo da Silva Rangel said Olivenza remained Portuguese.",
        "person/paulo-da-silva-rangel",
        "foreign minister",
        "state/portugal",
    ),
    (
        "Nicaraguan Foreign Minister Denis Moncada Colindres said Nicaragua would respect the ruling.",
        "person/denis-moncada-colindres",
        "foreign minister",
        "state/nicaragua",
    ),
    (
        "Malaysian Defence Minister Mohamad bin Hasan said the navy would patrol Ambalat.",
        "person/mohamad-bin-hasan",
        "defense minister",
        "state/malaysia",
    ),
    (
        "Chinese Vice Foreign Minister Sun Weiming lodged a protest with the Japanese ambassador.",
        "person/sun-weiming",
        "deputy foreign minister",
        "state/china",
    ),
    # a rank between the office and the name titles nothing (AFP)
    (
        "Sudanese army chief General Abdel Rahim Osman said the triangle was Sudanese.",
        "person/abdel-rahim-osman",
        "commander",
        "state/sudan",
    ),
    (
        "Pakistan's army chief, General Asif Karim, visited the Line of Control.",
        "person/asif-karim",
        "commander",
        "state/pakistan",
    ),
    # a title word that is never a name word ("Adviser", "Speaker", "Congressman")
    (
        "Philippine National Security Adviser Eduardo Villar said the ships rammed a supply boat.",
        "person/eduardo-villar",
        "national security advisor",
        "state/philippines",
    ),
    (
        "Speaker Ahmed Nashid of the Maldives said parliament opposed the deal.",
        "person/ahmed-nashid",
        "speaker",
        "state/maldives",
    ),
    (
        "Congressman Luis Reyes, a Philippine lawmaker, said the shoal belonged to Manila.",
        "person/luis-reyes",
        "member of parliament",
        "state/philippines",
    ),
    (
        "Chinese State Councilor and Foreign Minister Wang Deming said the islands were Chinese.",
        "person/wang-deming",
        "foreign minister",
        "state/china",
    ),
    # the title after the name (TASS, Xinhua)
    (
        "Alberto Vergara, Chile's foreign minister, said the boundary was settled in 1984.",
        "person/alberto-vergara",
        "foreign minister",
        "state/chile",
    ),
    (
        "Abdoulaye Diallo, Senegal's minister of foreign affairs and international cooperation, "
        "said the ruling would be accepted.",
        "person/abdoulaye-diallo",
        "foreign minister",
        "state/senegal",
    ),
    (
        "Sheikh Tamim bin Khalid, the emir of Qatar, welcomed the court's decision.",
        "person/tamim-bin-khalid",
        "emir",
        "state/qatar",
    ),
    (
        "Sheikh Tamim bin Khalid, the ruler of Qatar, welcomed the court's decision.",
        "person/tamim-bin-khalid",
        "leader",
        "state/qatar",
    ),
    (
        "Manuel Ortega Salgado, Nicaragua's foreign minister, said the court had ruled for Nicaragua.",
        "person/manuel-ortega-salgado",
        "foreign minister",
        "state/nicaragua",
    ),
    (
        "B.K. Thapa, Nepal's foreign minister, said Kalapani belonged to Nepal.",
        "person/b-k-thapa",
        "foreign minister",
        "state/nepal",
    ),
    (
        "Mario Salas, the acting president of Honduras, said the islands were Honduran.",
        "person/mario-salas",
        "president",
        "state/honduras",
    ),
    (
        "Hua Chunlin, China's assistant foreign minister, said the arbitration was null and void.",
        "person/hua-chunlin",
        "deputy foreign minister",
        "state/china",
    ),
    (
        "Eduardo Villar, the Philippines' national security adviser, said the ships left.",
        "person/eduardo-villar",
        "national security advisor",
        "state/philippines",
    ),
    (
        "Mohammed bin Abdulrahman Al Nuaimi, Qatar's prime minister, said the border was final.",
        "person/mohammed-bin-abdulrahman-al-nuaimi",
        "prime minister",
        "state/qatar",
    ),
    # the country named before, in the sentence or in the one before it (Kyodo, AP)
    (
        "China rejected the ruling. Wang Deming, the country's top diplomat, said it was void.",
        "person/wang-deming",
        "foreign minister",
        "state/china",
    ),
    (
        "Greece rejected the claim. Its foreign minister, Nikos Stavrou, said the isles were Greek.",
        "person/nikos-stavrou",
        "foreign minister",
        "state/greece",
    ),
    (
        "Turkey protested. The country's defence minister, Yasin Doruk, said the islets were Turkish.",
        "person/yasin-doruk",
        "defense minister",
        "state/turkey",
    ),
    # the name apposed to the object of the title's own "of" phrase
    (
        "The foreign minister of Bahrain, Abdullatif Nasser, said the islands were Bahraini.",
        "person/abdullatif-nasser",
        "foreign minister",
        "state/bahrain",
    ),
    (
        "The spokesman of the Greek foreign ministry, Lana Zochiou, said Greece would not yield.",
        "person/lana-zochiou",
        "spokesperson",
        "organization/ministry-of-foreign-affairs-of-greece",
    ),
    # offices of organisations, not of states
    (
        "Brahim Salek, secretary-general of the Polisario Front, rejected the plan.",
        "person/brahim-salek",
        "secretary-general",
        "organization/polisario-front",
    ),
    (
        "Secretary-General Amina Okafor of the African Union urged both sides to settle Abyei.",
        "person/amina-okafor",
        "secretary-general",
        "organization/african-union",
    ),
    (
        "Jean-Paul Mercier, the UN envoy, said both sides had agreed to talks on Abyei.",
        "person/jean-paul-mercier",
        "ambassador",
        "organization/united-nations",
    ),
    (
        "Kenji Tanabe, chief of the Japan Coast Guard, said the Chinese ships left.",
        "person/kenji-tanabe",
        "head",
        "organization/japan-coast-guard",
    ),
    (
        "Rafael Quiroga, who heads the Bolivian foreign ministry, said the claim to the sea stands.",
        "person/rafael-quiroga",
        "head",
        "organization/ministry-of-foreign-affairs-of-bolivia",
    ),
    # an ambassador: the state's, at a post a body or a capital names
    (
        "Fu Liang, China's ambassador to the United Nations, said the islands were Chinese.",
        "person/fu-liang",
        "ambassador to United Nations",
        "state/china",
    ),
    (
        "China's UN ambassador Fu Liang said the islands were Chinese.",
        "person/fu-liang",
        "ambassador to United Nations",
        "state/china",
    ),
    (
        "Moscow's ambassador to Tokyo, Nikolai Nozdrin, was summoned by Japan.",
        "person/nikolai-nozdrin",
        "ambassador to Tokyo",
        "state/russia",
    ),
    (
        "Ahmed Haji, Somalia's ambassador to Kenya, was expelled on Monday.",
        "person/ahmed-haji",
        "ambassador to Kenya",
        "state/somalia",
    ),
    # a region's head holds an office of the state the gazetteer or the article puts the region
    # in (offices57: gold h484, h538 "governor of Sakhalin" of Russia); an unplaced region's and an
    # emirate's stay the region's
    (
        "The governor of Russia's Sakhalin region, Valery Limonov, visited Kunashir.",
        "person/valery-limonov",
        "governor",
        "state/russia",
    ),
    (
        "Valery Limonov, governor of Russia's Sakhalin region, visited Kunashir.",
        "person/valery-limonov",
        "governor",
        "state/russia",
    ),
    (
        "Alicia Ferrer, the governor of Santa Cruz province, claimed the islands.",
        "person/alicia-ferrer",
        "governor",
        "organization/government-of-santa-cruz-province",
    ),
    (
        "The governor of Okinawa prefecture, Denny Arakaki, opposed the new base.",
        "person/denny-arakaki",
        "governor",
        "state/japan",  # the gazetteer's holder (gold is split: h466 Hokkaido's, h550 Okinawa's)
    ),
    (
        "Sheikh Saud bin Saqr, ruler of Ras al-Khaimah, said the Tunb islands were Emirati.",
        "person/saud-bin-saqr",
        "leader",
        "organization/government-of-ras-al-khaimah",
    ),
    (
        "The chief minister of Sabah, Hajiji Noor, said Sabah would remain part of Malaysia.",
        "person/hajiji-noor",
        "chief minister",
        "state/malaysia",
    ),
    # a verb of appointing gives its object the office (passive, relative clause)
    (
        "Ri Son-gwon was appointed North Korea's foreign minister in 2020.",
        "person/ri-son-gwon",
        "foreign minister",
        "state/north-korea",
    ),
    (
        "Lai Ching-wen was sworn in as Taiwan's president on Monday.",
        "person/lai-ching-wen",
        "president",
        "state/taiwan",
    ),
    (
        "Ana Costa was elected president of Portugal in 2021.",
        "person/ana-costa",
        "president",
        "state/portugal",
    ),
    (
        "Ana Costa, who was named Portugal's foreign minister last year, said the islands were "
        "Portuguese.",
        "person/ana-costa",
        "foreign minister",
        "state/portugal",
    ),
    # a plural title, each name with its own "of X"
    (
        "The two foreign ministers, Ahmed Haji of Somalia and Musa Wekesa of Kenya, met in Nairobi.",
        "person/ahmed-haji",
        "foreign minister",
        "state/somalia",
    ),
    (
        "The two foreign ministers, Ahmed Haji of Somalia and Musa Wekesa of Kenya, met in Nairobi.",
        "person/musa-wekesa",
        "foreign minister",
        "state/kenya",
    ),
    (
        "The foreign ministers of Sudan and South Sudan, Ali Youssef and Ramadan Goc, met in Juba.",
        "person/ramadan-goc",
        "foreign minister",
        "state/south-sudan",
    ),
    # a name with a never-name word inside it, or a state's name as one of its words
    (
        "Kenyan President Samuel Kiprop and his Somali counterpart Hassan Sheikh Abdi met.",
        "person/hassan-sheikh-abdi",
        "president",
        "state/somalia",
    ),
    (
        "Rafael Montenegro, Bolivia's foreign minister, said the claim to the sea stands.",
        "person/rafael-montenegro",
        "foreign minister",
        "state/bolivia",
    ),
    (
        "Rafael Montenegro, who heads the Bolivian foreign ministry, said Bolivia would not yield.",
        "person/rafael-montenegro",
        "head",
        "organization/ministry-of-foreign-affairs-of-bolivia",
    ),
    # a courtesy before the name is no part of it; a delegation's demonym names whose its head is
    (
        "H.E. Hugh Todman, Minister of Foreign Affairs of Guyana, addressed the court.",
        "person/hugh-todman",
        "foreign minister",
        "state/guyana",
    ),
    (
        "The head of the Guyanese delegation, Hugh Todman, said the talks had failed.",
        "person/hugh-todman",
        "head",
        "state/guyana",
    ),
    # a person's possessive is no owner: the state the sentence names is
    (
        "Javier Molina's foreign minister, Diana Ferraro, said Argentina would not renounce the "
        "Malvinas.",
        "person/diana-ferraro",
        "foreign minister",
        "state/argentina",
    ),
    # a spokesperson speaks for the ministry the sentence before names
    (
        'The protest was rejected by the Chinese foreign ministry. "The islands are ours," '
        "spokesman Guo Jianguo told a news briefing.",
        "person/guo-jianguo",
        "spokesperson",
        "organization/chinese-ministry-of-foreign-affairs",
    ),
    (
        "The Chinese foreign ministry rejected the protest. Spokesman Guo Jianguo said the "
        "islands were Chinese.",
        "person/guo-jianguo",
        "spokesperson",
        "organization/chinese-ministry-of-foreign-affairs",
    ),
    # forms that already held, kept by the battery
    (
        "Ahmed Fathy, spokesman for the Egyptian foreign ministry, said Halaib was Egyptian.",
        "person/ahmed-fathy",
        "spokesperson",
        "organization/ministry-of-foreign-affairs-of-egypt",
    ),
    (
        "Sabah Chief Minister Hajiji Noor said the claim by the Philippines had no basis.",
        "person/hajiji-noor",
        "chief minister",
        "state/malaysia",
    ),
    (
        "Cyprus's acting president, Andreas Nikolaou, rejected the plan.",
        "person/andreas-nikolaou",
        "president",
        "state/cyprus",
    ),
    (
        "Somalia's foreign minister Ahmed Haji and his Kenyan counterpart Musa Wekesa met.",
        "person/musa-wekesa",
        "foreign minister",
        "state/kenya",
    ),
    (
        '"The islands are ours," said Ahmed Haji, Somalia\'s foreign minister.',
        "person/ahmed-haji",
        "foreign minister",
        "state/somalia",
    ),
    (
        "According to Somali Foreign Minister Ahmed Haji, the islands are Somali.",
        "person/ahmed-haji",
        "foreign minister",
        "state/somalia",
    ),
    (
        "Lee Jae-sung, South Korea's first vice foreign minister, called in the Japanese envoy.",
        "person/lee-jae-sung",
        "deputy foreign minister",
        "state/south-korea",
    ),
    (
        "Former prime minister Nawaz Qureshi said Pakistan would never give up Kashmir.",
        "person/nawaz-qureshi",
        "prime minister",
        "state/pakistan",
    ),
]


def _held(found) -> list[tuple[str, str | None, str]]:
    return [
        (f.args["person"].key, f.args.get("office"), f.args["of"].key)
        for f in found
        if f.rel == "holdsRole"
    ]


@pytest.mark.parametrize(("text", "person", "office", "of"), BATTERY)
def test_a_title_gives_the_office_and_whose_it_is(text, person, office, of):
    found = facts(text)
    assert has(found, "holdsRole", person=person, office=office, of=of), _held(found)


@pytest.mark.parametrize(
    ("text", "person", "office", "of"),
    [
        pytest.param(
            "Rodrigo Alves, the governor of the Brazilian state of Roraima, said the border "
            "would stay open.",
            "person/rodrigo-alves",
            "governor",
            "state/brazil",  # "the Brazilian state of X" places it (gold h377: Amapa's is Brazil's)
        ),
    ],
)
def test_titles_still_missed(text, person, office, of):
    found = facts(text)
    assert has(found, "holdsRole", person=person, office=office, of=of), _held(found)


def test_the_role_words_keep_the_title_as_written():
    found = facts(
        "Jose Albares, Spain's minister of foreign affairs, European Union and cooperation, "
        "said relations were good."
    )
    held = find(found, "holdsRole", person="person/jose-albares")
    assert held and held[0].args["role"] == "minister of foreign affairs", held
    found = facts("Fu Liang, China's ambassador to the United Nations, spoke on Monday.")
    held = find(found, "holdsRole", person="person/fu-liang")
    assert held and held[0].args["role"] == "ambassador to the United Nations", held


def _people(text: str) -> set[str]:
    ex = article.extract(article.parse(text, name="test", published="2026-01-05"))
    return {e.label for e in ex.entities if e.kind == "Person"}


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        # a street named after someone is a place, not the person
        ("Venezuela renamed Hugo Salazar Avenue in Caracas on Monday.", {"Hugo Salazar Avenue"}),
        ("Protesters gathered on Avenida Hugo Salazar in Caracas.", {"Avenida Hugo Salazar"}),
        # a water's name is no person
        ("Chile said the Beagle Channel boundary was settled in 1984.", {"Beagle Channel"}),
        # an emirate is no person
        ("Ras al-Khaimah said the Tunb islands belonged to the emirates.", {"Ras al-Khaimah"}),
        # a title's words are no name
        (
            "Chinese State Councilor and Foreign Minister Wang Deming spoke on Monday.",
            {"State Councilor", "State Councilor and Foreign Minister Wang Deming"},
        ),
        # a state's name beside a word with no person's cue stays the state
        ("The Jordan Valley, which Israel occupies, is claimed by the Palestinians.", {"Jordan"}),
        ("Imperial Japan, which annexed the islands in 1905, was defeated.", {"Imperial Japan"}),
    ],
)
def test_no_person_from_places_and_titles(text, not_people):
    people = _people(text)
    assert not people & not_people, people


def test_the_late_is_no_name_and_no_office():
    text = "The late Hugo Salazar had claimed the Essequibo region for Venezuela."
    assert _people(text) == {"Hugo Salazar"}
    assert not find(facts(text), "holdsRole"), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # an office named without a person
        "The foreign minister did not attend the talks on the Ilemi Triangle, Kenya said.",
        "The Kenyan foreign minister did not attend the talks on the Ilemi Triangle.",
        # an appointment denied
        "Ana Costa was not appointed Portugal's foreign minister.",
        # "named after" gives no office
        "A street in Lisbon was named after Ana Costa.",
        # a bare "minister" whose state the text does not give
        "Bolivia said on Monday it would keep its claim. The minister, Rafael Quiroga, said the "
        "court had erred.",
        # a former office with two states named: whose is not told
        "Former prime minister Nawaz Qureshi said Kashmir divided Pakistan and India.",
        # an organisation's office the text does not name is no state's office
        "Secretary-General Antonio Guterres urged Venezuela and Guyana to respect the order.",
    ],
)
def test_no_holding_where_the_text_tells_none(text):
    found = facts(text)
    assert not find(found, "holdsRole"), _held(found)


def test_two_ministries_before_leave_a_spokesman_no_ministry():
    found = facts(
        "The Japanese and Chinese foreign ministries traded protests. Spokesman Guo Jianguo said "
        "the talks would go on."
    )
    held = find(found, "holdsRole", person="person/guo-jianguo")
    assert not [f for f in held if f.args["of"].kind == "Organization"], _held(found)
