"""Officials in wire copy (issue 12, offices24): two officials under one plural title with their
states listed after them in the same order ("Foreign ministers A and B of Azerbaijan and
Armenia"), and the titles of wire paragraphs that already read right (a rank between office and
name, organisations' officials, acting and caretaker offices, epithets).

Sentences written for these tests in wire style, about disputes other than those of the
never-read batches (Armenia-Azerbaijan, Kyrgyzstan-Tajikistan, Uganda-Kenya, Guyana-Venezuela,
Sudan-Ethiopia al-Fashaga, Greece-Turkey, Belize-Honduras, Gabcikovo).
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has, shown

AZ, AM = "state/azerbaijan", "state/armenia"
TJ, KG = "state/tajikistan", "state/kyrgyzstan"
UG, KE = "state/uganda", "state/kenya"
BAYRAMOV, MIRZOYAN = "person/jeyhun-bayramov", "person/ararat-mirzoyan"
RAHMON, JAPAROV = "person/emomali-rahmon", "person/sadyr-japarov"
OBOTH, TUYA = "person/jacob-oboth-oboth", "person/soipan-tuya"

_PAIR = "Foreign ministers Jeyhun Bayramov and Ararat Mirzoyan of Azerbaijan and Armenia"

# (person, state the holding must have, sentence): the owners listed in the names' order
LISTED: list[tuple[str, str, str]] = [
    (BAYRAMOV, AZ, f"BAKU (AFP) - {_PAIR} met in Almaty on Friday."),
    (MIRZOYAN, AM, f"BAKU (AFP) - {_PAIR} met in Almaty on Friday."),
    (MIRZOYAN, AM, f"{_PAIR} agreed on Friday to open the Zangezur road."),
    (
        MIRZOYAN,
        AM,
        "BAKU (AFP) - The foreign ministers, Jeyhun Bayramov and Ararat Mirzoyan of Azerbaijan "
        "and Armenia, met in Almaty on Friday.",
    ),
    (
        MIRZOYAN,
        AM,
        "Jeyhun Bayramov and Ararat Mirzoyan, foreign ministers of Azerbaijan and Armenia "
        "respectively, met in Almaty.",
    ),
    # a plural title on the first name, each name with its own "of"
    (
        MIRZOYAN,
        AM,
        "Foreign ministers Jeyhun Bayramov of Azerbaijan and Ararat Mirzoyan of Armenia met in "
        "Almaty.",
    ),
    (
        MIRZOYAN,
        AM,
        "Foreign ministers Jeyhun Bayramov of Azerbaijan and Ararat Mirzoyan of Armenia signed "
        "the text on Friday, officials said.",
    ),
    (
        BAYRAMOV,
        AZ,
        "Foreign ministers Jeyhun Bayramov of Azerbaijan and Ararat Mirzoyan of Armenia met in "
        "Almaty.",
    ),
    (
        RAHMON,
        TJ,
        "DUSHANBE (Reuters) - Presidents Emomali Rahmon and Sadyr Japarov of Tajikistan and "
        "Kyrgyzstan signed the border treaty on Friday.",
    ),
    (
        JAPAROV,
        KG,
        "DUSHANBE (Reuters) - Presidents Emomali Rahmon and Sadyr Japarov of Tajikistan and "
        "Kyrgyzstan signed the border treaty on Friday.",
    ),
    (
        OBOTH,
        UG,
        "Defence ministers Jacob Oboth-Oboth and Soipan Tuya of Uganda and Kenya toured the "
        "border post at Busia.",
    ),
    (
        TUYA,
        KE,
        "Defence ministers Jacob Oboth-Oboth and Soipan Tuya of Uganda and Kenya toured the "
        "border post at Busia.",
    ),
    (
        TUYA,
        KE,
        "NAIROBI (AFP) - Uganda and Kenya's defence ministers, Jacob Oboth-Oboth and Soipan Tuya, "
        "met at the border.",
    ),
]
# parser misreads: the third state a conjunct of the second name (the first name lost); a
# capitalised plural title; a hyphenated first name that ends the list early
LISTED += [
    pytest.param(
        "person/hugh-todd",
        "state/guyana",
        "Foreign ministers Hugh Todd, Yvan Gil and Mauro Vieira of Guyana, Venezuela and Brazil "
        "met in Brasilia.",
        marks=pytest.mark.xfail(strict=True),
    ),
    pytest.param(
        MIRZOYAN,
        AM,
        "Foreign Ministers Jeyhun Bayramov of Azerbaijan and Ararat Mirzoyan of Armenia met in "
        "Almaty.",  # a capitalised plural title, the second name a conjunct of Azerbaijan: read
    ),  # since speech51b (kg.ingest.nlp.owned_conjuncts)
    pytest.param(
        TUYA,
        KE,
        "Defence ministers Jacob Oboth-Oboth of Uganda and Soipan Tuya of Kenya toured the "
        "border post.",  # the second name is parsed as a conjunct of Uganda
        marks=pytest.mark.xfail(strict=True),
    ),
]


@pytest.mark.parametrize("person, state, sentence", LISTED)
def test_listed_owners_go_to_the_names_in_order(person, state, sentence):
    found = facts(sentence)
    assert has(found, "holdsRole", person=person, of=state), shown(found)


@pytest.mark.parametrize(
    "person, other, sentence",
    [
        (MIRZOYAN, AZ, f"BAKU (AFP) - {_PAIR} met in Almaty on Friday."),
        (
            RAHMON,
            KG,
            "Presidents Emomali Rahmon and Sadyr Japarov of Tajikistan and Kyrgyzstan signed "
            "the border treaty on Friday.",
        ),
        (
            JAPAROV,
            TJ,
            "Presidents Emomali Rahmon and Sadyr Japarov of Tajikistan and Kyrgyzstan signed "
            "the border treaty on Friday.",
        ),
        (
            OBOTH,
            KE,
            "Defence ministers Jacob Oboth-Oboth and Soipan Tuya of Uganda and Kenya toured the "
            "border post at Busia.",
        ),
    ],
)
def test_the_other_names_state_is_not_this_ones(person, other, sentence):
    found = facts(sentence)
    assert not find(found, "holdsRole", person=person, of=other), shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a singular title is the first name's alone
        "Foreign Minister Jeyhun Bayramov and Ararat Mirzoyan of Armenia met in Almaty.",
        # a plural title in another sentence titles no name here
        "The foreign ministers met on Friday. Jeyhun Bayramov and Ararat Mirzoyan of Armenia "
        "spoke to reporters.",
    ],
)
def test_a_title_not_shared_gives_the_second_name_none(sentence):
    found = facts(sentence)
    assert not find(found, "holdsRole", person=MIRZOYAN), shown(found)


# (person, role, of, paragraph): wire paragraphs whose titles read right, kept so
WIRE: list[tuple[str, str, str, str]] = [
    (
        "person/birhanu-jula",
        "commander",
        "state/ethiopia",
        "ADDIS ABABA (Reuters) - Ethiopia's army chief Field Marshal Birhanu Jula said on "
        "Tuesday that troops would stay near the Fashaga farmland. Birhanu said Sudan had no "
        "claim to the area.",
    ),
    (
        "person/malik-agar",
        "deputy prime minister",
        "state/sudan",
        "Sudan rejected the Ethiopian claim on Monday. Deputy Prime Minister Malik Agar said the "
        "land was Sudanese.",
    ),
    (
        "person/yvan-gil",
        "foreign minister",
        "state/venezuela",
        "CARACAS (AP) - Venezuela's top diplomat, Yvan Gil, rejected the ruling on the "
        "Essequibo. Gil said the court had no jurisdiction.",
    ),
    (
        "person/mahmoud-ali-youssouf",
        "chairman",
        "organization/african-union",
        "ADDIS ABABA (AFP) - African Union Commission chairperson Mahmoud Ali Youssouf urged "
        "Sudan and Ethiopia to talk. Youssouf said the AU would mediate.",
    ),
    (
        "person/iwasawa-yuji",
        "president",
        "organization/international-court-of-justice",
        "THE HAGUE (Reuters) - ICJ President Iwasawa Yuji read the judgment on the Essequibo. "
        "Judge Iwasawa said the order was binding on Venezuela.",
    ),
    (
        "person/kaja-kallas",
        "high representative",
        "organization/european-union",
        "BRUSSELS (AFP) - EU foreign policy chief Kaja Kallas urged Venezuela to respect the "
        "court. Kallas said the bloc backed Guyana.",
    ),
    (
        "person/francis-fonseca",
        "foreign minister",
        "state/belize",
        "BELMOPAN (Reuters) - Belize's acting foreign minister Francis Fonseca said the country "
        "would defend the Sapodilla Cayes. Fonseca said Honduras had no claim.",
    ),
    (
        "person/ludovit-odor",
        "prime minister",
        "state/slovakia",
        "BRATISLAVA (Reuters) - Caretaker Prime Minister Ludovit Odor said Slovakia would follow "
        "the Gabcikovo ruling. Odor met Hungarian officials.",
    ),
    (
        "person/sylvain-ekenge",
        "spokesperson",
        "state/democratic-republic-of-the-congo",
        "KINSHASA (Reuters) - Congolese army spokesman General Sylvain Ekenge said Rwandan "
        "troops had crossed the border. Ekenge said Kinshasa would respond.",
    ),
]


@pytest.mark.parametrize("person, office, of, paragraph", WIRE)
def test_wire_titles_read_whole(person, office, of, paragraph):
    found = facts(paragraph)
    assert has(found, "holdsRole", person=person, office=office, of=of), shown(found)


@pytest.mark.parametrize(
    "paragraph, wrong",
    [
        (
            "ATHENS (Reuters) - Greek Foreign Minister George Gerapetritis said Turkey's claims in "
            "the Aegean were baseless. Gerapetritis spoke after talks with his Turkish "
            "counterpart.",
            "state/turkey",
        ),
        (
            "ANKARA (AP) - Turkish Defence Minister Yasar Guler said on Monday that Greece was "
            "militarising the islands. Guler said Athens broke the Lausanne treaty.",
            "state/greece",
        ),
    ],
)
def test_the_state_talked_about_is_not_the_speakers(paragraph, wrong):
    found = facts(paragraph)
    assert not find(found, "holdsRole", of=wrong), shown(found)
