"""Statements on unseen text: a second battery of news sentences written for this test (not taken
from any article), in the ways agencies and government releases attribute speech on disputes the
dev articles do not cover, with people and places the gazetteer may not know (rules/speech.py,
rules/tags.py and the ``statement`` class of data/lexicon/relations.yaml).

Each case is one sentence or passage and the statement it must give: who spoke (a person, a body,
a state) and how what was said begins. The negatives say nothing anyone said. Cases the extractor
still misses are strict xfails with their cause, so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import HEADLINE, said_by, speech_case, statements

CASES = [
    # reported speech, with a date, a place or an interview between the verb and what was said
    speech_case(
        "Armenian Prime Minister Nikol Pashinyan said on Tuesday that Yerevan was ready to sign a "
        "peace treaty with Baku within a month.",
        "person/nikol-pashinyan",
        "Yerevan was ready to sign",
        "said_on_day_that",
    ),
    speech_case(
        "Argentine President Javier Milei said in an interview with the BBC that the islands were "
        "Argentine but that the matter would be resolved diplomatically.",
        "person/javier-milei",
        "the islands were Argentine",
        "said_in_interview_that",
    ),
    speech_case(
        "Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Moscow would not discuss "
        "the status of the Kuril Islands.",
        "person/dmitry-peskov",
        "Moscow would not discuss",
        "told_reporters_on_day",
    ),
    speech_case(
        "Georgian Prime Minister Irakli Kobakhidze told The Associated Press in an interview that "
        "Tbilisi would never recognise the independence of Abkhazia.",
        "person/irakli-kobakhidze",
        "Tbilisi would never recognise",
        "told_agency_interview",
    ),
    speech_case(
        "Moldovan President Maia Sandu told AFP that Russian troops should leave Transnistria.",
        "person/maia-sandu",
        "Russian troops should leave",
        "told_afp",
    ),
    # present tense and perfect, as features and analyses write them
    speech_case(
        "The Polisario Front says the territory's people must be allowed to vote on independence.",
        "organization/polisario-front",
        "the territory's people must be allowed",
        "says_present",
    ),
    speech_case(
        "Nguyen Minh Vu, Vietnam's deputy foreign minister, has said Hanoi would protect its "
        "legitimate rights in the Paracels.",
        "person/nguyen-minh-vu",
        "Hanoi would protect",
        "has_said_title_after",
    ),
    speech_case(
        "Beijing has repeatedly said the islands have been Chinese territory since ancient times.",
        "state/china",
        "the islands have been Chinese territory",
        "capital_has_repeatedly_said",
    ),
    speech_case(
        '"This is our land and we will stay here," says Ahmed Salem, a 54-year-old herder.',
        "person/ahmed-salem",
        "This is our land",
        "says_inverted_unknown_person",
    ),
    # other speech verbs
    speech_case(
        "Japan's Chief Cabinet Secretary Yoshimasa Hayashi stressed that the Northern Territories "
        "were an inherent part of Japan.",
        "person/yoshimasa-hayashi",
        "the Northern Territories were",
        "stressed",
    ),
    speech_case(
        "Guyanese President Irfaan Ali warned that his country would defend every inch of the "
        "Essequibo region.",
        "person/irfaan-ali",
        "his country would defend",
        "warned",
    ),
    speech_case(
        "Ethiopian Prime Minister Abiy Ahmed insisted that his country had a right to access the "
        "Red Sea.",
        "person/abiy-ahmed",
        "his country had a right",
        "insisted",
    ),
    speech_case(
        "The foreign ministry in Buenos Aires reiterated that the Malvinas Islands were an integral "
        "part of Argentine territory.",
        "organization/ministry-of-foreign-affairs-of-argentina",
        "the Malvinas Islands were",
        "reiterated_ministry_in_capital",
    ),
    speech_case(
        'Kenya\'s foreign ministry noted that the maritime boundary ruling was "deeply flawed".',
        "organization/ministry-of-foreign-affairs-of-kenya",
        "the maritime boundary ruling",
        "noted",
    ),
    speech_case(
        "The Foreign Office responded that the sovereignty of the Falkland Islands was not up for "
        "negotiation.",
        "organization/foreign-office",
        "the sovereignty of the Falkland Islands",
        "responded",
    ),
    speech_case(
        "Serbia's President Aleksandar Vucic wrote on Instagram that Belgrade would never recognise "
        "Kosovo's independence.",
        "person/aleksandar-vucic",
        "Belgrade would never recognise",
        "wrote_on_social_media",
    ),
    speech_case(
        "Mitsotakis posted on X that Greece would defend its sovereign rights.",
        "person/kyriakos-mitsotakis",
        "Greece would defend",
        "posted_on_x",
    ),
    speech_case(
        'Prime Minister Hun Manet stressed: "Cambodia will never use force first."',
        "person/hun-manet",
        "Cambodia will never use force",
        "stressed_colon",
    ),
    # the that-clause after a participle phrase inside the verb's prepositional phrase
    speech_case(
        "President Ali Bongo said in a speech marking the anniversary of independence that the "
        "islands belonged to Gabon.",
        "person/ali-bongo",
        "the islands belonged to Gabon",
        "said_in_speech_marking_that",
    ),
    speech_case(
        "Kenya's foreign ministry said in a letter addressed to the UN Secretary-General that the "
        "ruling was void.",
        "organization/ministry-of-foreign-affairs-of-kenya",
        "the ruling was void",
        "said_in_letter_addressed_to_that",
    ),
    # an inverted tag in the middle of reported speech (tests/test_speech_coverage.py had it as
    # not yet read)
    speech_case(
        "The handover, said Musa Bello, Nigeria's president, would be completed by August.",
        "person/musa-bello",
        "The handover would be completed",
        "inverted_tag_mid_reported",
    ),
    speech_case(
        "The islands, said Foreign Minister Ana Soto, would never be sold to a foreign power.",
        "person/ana-soto",
        "The islands would never be sold",
        "inverted_tag_mid_reported_title_before",
    ),
    # the that-clause after an adjunct, which the parser made a relative clause of its noun
    speech_case(
        "Ararat Mirzoyan, Armenia's foreign minister, told reporters after the talks that "
        "progress had been made.",
        "person/ararat-mirzoyan",
        "progress had been made",
        "told_after_the_talks_that",
    ),
    speech_case(
        "Foreign Minister Ararat Mirzoyan told reporters after the talks that the two sides had "
        "agreed on the text.",
        "person/ararat-mirzoyan",
        "the two sides had agreed",
        "told_after_the_talks_that_object",
    ),
    # a surname with an article ("al-Burhan") is named without it later
    speech_case(
        "Sudanese army chief Abdel Fattah al-Burhan visited the border region. Burhan said the "
        "army would retake al-Fashaga.",
        "person/abdel-fattah-al-burhan",
        "the army would retake",
        "surname_without_article",
    ),
    # participles and asides
    speech_case(
        "Venezuelan Foreign Minister Yvan Gil accused Guyana of acting as a puppet of ExxonMobil, "
        "saying the region belonged to Venezuela.",
        "person/yvan-gil",
        "the region belonged to Venezuela",
        "accused_saying",
    ),
    speech_case(
        "Oman's foreign ministry welcomed the agreement, saying it would strengthen stability in "
        "the region.",
        "organization/ministry-of-foreign-affairs-of-oman",
        "it would strengthen stability",
        "welcomed_saying",
    ),
    speech_case(
        "Japan's Foreign Minister Takeshi Iwaya protested to his Chinese counterpart, telling him "
        "that the Senkaku Islands were Japanese territory.",
        "person/takeshi-iwaya",
        "the Senkaku Islands were",
        "telling_him_that",
    ),
    speech_case(
        "Speaking at a news conference in Seoul, Foreign Minister Cho Tae-yul said Dokdo was "
        "clearly Korean territory.",
        "person/cho-tae-yul",
        "Dokdo was clearly Korean",
        "speaking_at_before",
    ),
    speech_case(
        "Greek Prime Minister Kyriakos Mitsotakis, speaking in parliament, said Athens would not "
        "accept the deal.",
        "person/kyriakos-mitsotakis",
        "Athens would not accept",
        "speaking_in_aside",
    ),
    speech_case(
        'Asked whether Russia would return the islands, Peskov said: "There can be no question of '
        'that."',
        "person/dmitry-peskov",
        "There can be no question",
        "asked_whether",
    ),
    speech_case(
        '"Tromelin belongs to Mauritius," Prime Minister Navin Ramgoolam told the National Assembly '
        "on Tuesday, adding that his government would seek talks with Paris.",
        "person/navin-ramgoolam",
        "his government would seek talks",
        "quote_then_adding_that",
    ),
    # quotations: tag before, in the middle, after; over several sentences and paragraphs
    speech_case(
        '"We will never give up a single inch of our land," Indian Home Minister Amit Shah told a '
        "rally in Arunachal Pradesh.",
        "person/amit-shah",
        "We will never give up",
        "quote_told_rally",
    ),
    speech_case(
        '"We are ready to talk," Ecuador\'s foreign minister, Gabriela Sommerfeld, told reporters, '
        '"but not under threat."',
        "person/gabriela-sommerfeld",
        "We are ready to talk",
        "quote_tag_middle_title_before",
    ),
    speech_case(
        '"Our position is clear and consistent," the Chinese ambassador to Manila, Huang Xilian, '
        "told a forum.",
        "person/huang-xilian",
        "Our position is clear",
        "quote_title_apposition",
    ),
    speech_case(
        '"The Kuril Islands are Russian land," said Maria Zakharova, spokeswoman for the Russian '
        "Foreign Ministry.",
        "person/maria-zakharova",
        "The Kuril Islands are Russian land",
        "quote_said_name_title",
    ),
    speech_case(
        '"We are not going to hand over a single island," Lavrov told state television. "The '
        'question is closed."',
        "person/sergey-lavrov",
        "The question is closed",  # the next sentence's quotation: the speaker's next statement
        "quote_goes_on_next_sentence",
    ),
    speech_case(
        'President Ilham Aliyev said on Monday: "Karabakh is Azerbaijan."\n\n"The conflict is '
        'over. There is no such thing as a Karabakh question any more," he said in a speech.',
        "person/ilham-aliyev",
        "The conflict is over",
        "quote_paragraph_he_said",
    ),
    speech_case(
        "Indian Foreign Minister Subrahmanyam Jaishankar met his Chinese counterpart in Kazan."
        '\n\n"We have made progress," he said. "But the disengagement is not complete."\n\nHe '
        "added that trust would take time to rebuild.",
        "person/subrahmanyam-jaishankar",
        "trust would take time",
        "he_added_next_paragraph",
    ),
    speech_case(
        'Philippine President Ferdinand Marcos Jr visited Thitu Island on Friday.\n\n"We will not '
        'give up a square inch," the president told troops stationed there.',
        "person/ferdinand-marcos-jr",
        "We will not give up a square inch",
        "title_only_speaker",
    ),
    speech_case(
        "Philippine President Ferdinand Marcos Jr visited Thitu Island on Friday. Marcos said the "
        "Philippines would keep resupplying its outpost.",
        "person/ferdinand-marcos-jr",
        "the Philippines would keep",
        "surname_only_speaker",
    ),
    speech_case(
        "Maria Zakharova briefed reporters in Moscow. The spokeswoman, Maria Zakharova, said "
        'Tokyo\'s position was "absurd". Zakharova went on: "Japan must recognise the results of '
        'the Second World War in full."',
        "person/maria-zakharova",
        "Japan must recognise",
        "went_on_colon",
    ),
    # a short quotation that is its sentence with its tag (the parser hangs a verbless one on its
    # quotation mark)
    speech_case(
        'Kenya\'s President William Ruto addressed parliament on Thursday. "Not one inch," the '
        "president said.",
        "person/william-ruto",
        "Not one inch",
        "short_verbless_quote_title_only",
    ),
    # a quotation over two paragraphs, the first with no closing mark (the wire convention)
    speech_case(
        'Chinese Foreign Minister Wang Yi met his Philippine counterpart on Monday.\n\n"The '
        'South China Sea is not a hunting ground for countries outside the region.\n\n"We urge '
        'the Philippine side to stop its dangerous actions," Wang said.',
        "person/wang-yi",
        "The South China Sea is not a hunting ground",
        "open_paragraph_tag_in_next",
    ),
    speech_case(
        'Chinese Foreign Minister Wang Yi met his Philippine counterpart on Monday.\n\n"The '
        'South China Sea is not a hunting ground for countries outside the region.\n\n"We urge '
        'the Philippine side to stop its dangerous actions," Wang said.',
        "person/wang-yi",
        "We urge the Philippine side",
        "open_paragraph_next_paragraph_its_own",
    ),
    speech_case(
        'Chinese Foreign Minister Wang Yi told reporters the talks had been frank.\n\n"The South '
        'China Sea is not a hunting ground for countries outside the region.\n\n"We urge the '
        'Philippine side to stop its dangerous actions."',
        "person/wang-yi",
        "We urge the Philippine side",
        "open_paragraph_untagged_next_goes_on",
    ),
    speech_case(
        '"We will never give up the islands," Foreign Minister Wang Yi said. "The South China Sea '
        "is not a hunting ground for countries outside the region.\n\nThe talks will resume in "
        "March.",
        "person/wang-yi",
        "We will never give up the islands. The South China Sea",
        "open_paragraph_goes_on_with_tagged",
    ),
    # a verb of speaking with no words of its own announces the quotation after it
    speech_case(
        'Foreign Minister Rasmus Lokke Rasmussen spoke to reporters in Copenhagen.\n\n"Greenland '
        'is not for sale. It belongs to the people of Greenland."',
        "person/rasmus-lokke-rasmussen",
        "Greenland is not for sale",
        "spoke_then_quotation",
    ),
    # a first name that is also a state's or a body's name, after a title
    speech_case(
        "Israeli Defence Minister Israel Katz said the troops would remain in the buffer zone.",
        "person/israel-katz",
        "the troops would remain",
        "first_name_a_state",
    ),
    speech_case(
        'President Duma Boko of Botswana met his Namibian counterpart in Kasane. "The river '
        'unites our two peoples; it does not divide them," Boko said.',
        "person/duma-boko",
        "The river unites our two peoples",
        "first_name_a_body_surname_later",
    ),
    # bodies, spokespeople and unnamed officials as speakers
    speech_case(
        "Azerbaijan's foreign ministry said in a statement that the proposal contained "
        '"unacceptable preconditions".',
        "organization/ministry-of-foreign-affairs-of-azerbaijan",
        "the proposal contained",
        "ministry_in_a_statement",
    ),
    speech_case(
        'A spokesman for the Chinese foreign ministry, Lin Jian, said Beijing had "indisputable '
        'sovereignty" over the Spratly Islands.',
        "person/lin-jian",
        "Beijing had",
        "spokesman_for_named",
    ),
    speech_case(
        "China's foreign ministry spokeswoman, Mao Ning, told a regular news briefing that Manila "
        "should stop provoking trouble.",
        "person/mao-ning",
        "Manila should stop",
        "possessive_spokeswoman_named",
    ),
    speech_case(
        "The Japanese government, in a statement released late on Monday, said it had lodged a "
        "strong protest with Beijing.",
        "state/japan",
        "it had lodged a strong protest",
        "government_in_statement_aside",
    ),
    speech_case(
        "Officials in Beijing said the coast guard patrols were routine.",
        "state/china",
        "the coast guard patrols were routine",
        "officials_in_capital",
    ),
    speech_case(
        "A government spokesman in Nairobi said Kenya would not recognise the ruling.",
        "state/kenya",
        "Kenya would not recognise",
        "spokesman_in_capital",
    ),
    speech_case(
        "Prime Minister Nikol Pashinyan's office said the talks with Baku would continue.",
        "person/nikol-pashinyan",
        "the talks with Baku would continue",
        "possessive_name_office",
    ),
    # an unnamed spokesperson speaks for the state or body the words are about
    speech_case(
        "The Portuguese government, a spokeswoman said, would not discuss the status of the "
        'islands "under any circumstances".',
        "state/portugal",
        "The Portuguese government would not discuss",
        "unnamed_spokeswoman_mid_tag",
    ),
    speech_case(
        "The Thai government would not negotiate with Cambodia under pressure, a spokesman said.",
        "state/thailand",
        "The Thai government would not negotiate",
        "unnamed_spokesman_after",
    ),
    speech_case(
        "Chinese authorities said the vessel had entered Chinese waters illegally.",
        "state/china",
        "the vessel had entered",
        "demonym_authorities",
    ),
    speech_case(
        "The Russian side said the talks had been constructive.",
        "state/russia",
        "the talks had been constructive",
        "demonym_side",
    ),
    speech_case(
        "A statement issued by the Moroccan foreign ministry said the visit was a provocation.",
        "organization/ministry-of-foreign-affairs-of-morocco",
        "the visit was a provocation",
        "statement_issued_by_ministry",
    ),
    speech_case(
        "Moroccan officials say the plan offers the only realistic solution to the conflict.",
        "state/morocco",
        "the plan offers",
        "demonym_officials",
    ),
    speech_case(
        "An official at the Indian defence ministry, who asked not to be named, said troops had "
        "been withdrawn.",
        "organization/ministry-of-defence-of-india",
        "troops had been withdrawn",
        "official_at_ministry",
    ),
    speech_case(
        "Officials at the Indian defence ministry said troops had been withdrawn from two points.",
        "organization/ministry-of-defence-of-india",
        "troops had been withdrawn",
        "officials_at_ministry",
    ),
    speech_case(
        "A source in the Russian foreign ministry said the talks had been cancelled.",
        "organization/russian-ministry-of-foreign-affairs",
        "the talks had been cancelled",
        "source_in_ministry",
    ),
    speech_case(
        "Interfax quoted a source in the Russian foreign ministry as saying the talks had been "
        "cancelled.",
        "organization/russian-ministry-of-foreign-affairs",
        "the talks had been cancelled",
        "agency_quoted_source_in_ministry",
    ),
    speech_case(
        "Xinhua quoted a Chinese foreign ministry spokesman as saying China firmly opposed the "
        "visit.",
        "organization/chinese-ministry-of-foreign-affairs",
        "China firmly opposed",
        "agency_quoted_unnamed_spokesman",
    ),
    speech_case(
        "The Mexican government condemned the raid and said it would take the case to the "
        "International Court of Justice.",
        "state/mexico",
        "it would take the case",
        "condemned_and_said",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CASES)
def test_statement_is_attributed(text: str, speaker: str, words: str) -> None:
    assert said_by(text, speaker, words), statements(HEADLINE + text)


@pytest.mark.parametrize(
    "text",
    [
        # who the words were said to is never the speaker
        pytest.param(
            "Residents in Crimea said the shelling had stopped.", id="residents_in_territory"
        ),
        # people named by a demonym speak for the state only where they speak for it
        # ("Moroccan officials say" above); others speak for themselves
        pytest.param(
            "Honduran fishermen say they were not consulted about the new rules.",
            id="demonym_fishermen",
        ),
        pytest.param(
            "Japanese residents of the island said they feared for their safety.",
            id="demonym_residents",
        ),
        pytest.param("Residents in Kyiv said the shelling had stopped.", id="residents_in_capital"),
        pytest.param(
            "The islands would never be handed over, a spokesman said.",
            id="unnamed_spokesman_no_body",
        ),
        pytest.param(
            "The talks with Japan were on hold, a spokesman said.",
            id="unnamed_spokesman_state_not_the_subject",
        ),
        pytest.param(
            'Kenya\'s President William Ruto addressed parliament. The so-called "peace line" '
            "was drawn by the occupying forces in 1952.",
            id="scare_quote_untagged",
        ),
        pytest.param(
            "Foreign Minister Ararat Mirzoyan said in a statement that Armenia released on Monday.",
            id="in_a_statement_that_relative",
        ),
        # a body named speaks for itself, not whoever leads it
        pytest.param(
            "The Ruritanian government, led by Prime Minister Karel Novak, said the border would "
            "stay closed.",
            id="body_led_by_is_not_its_leader",
        ),
        # a demand or an accusation is its own act, not a statement (as the dev gold annotates)
        pytest.param(
            "Lithuanian President Gitanas Nauseda urged NATO to strengthen its eastern flank.",
            id="urged",
        ),
        pytest.param(
            "Foreign Minister Rasmus Lokke Rasmussen declined to say whether Denmark would send "
            "more troops to Greenland.",
            id="declined_to_say",
        ),
        pytest.param(
            "The tribunal said in its award that the reef was a low-tide elevation.",
            id="ruling_said",
        ),
        pytest.param(
            "Foreign Minister Rasmus Lokke Rasmussen spoke by telephone with his Canadian "
            "counterpart on Monday.",
            id="spoke_by_phone",
        ),
        pytest.param(
            "The Kremlin has spoken warmly of the treaty before, so the position itself is not "
            "new.",
            id="spoken_of_is_no_report",
        ),
        pytest.param(
            'The ships left the harbour on Monday.\n\n"This is a historic day for all of us and '
            'for our children.\n\n"We will never forget it."',
            id="open_paragraph_no_speaker",
        ),
    ],
)
def test_no_statement(text: str) -> None:
    assert statements(HEADLINE + text) == []


def test_readme_example_file() -> None:
    """tests/data/speech/unseen.txt, the README's example: an unnamed official at a ministry, a
    first name that is a state's, a quotation over two paragraphs; the fishermen say nothing for
    India."""
    text = (Path(__file__).parent / "data" / "speech" / "unseen.txt").read_text()
    assert statements(text) == [
        (
            "organization/ministry-of-defence-of-india",
            "troops had been withdrawn from two friction points",
        ),
        (
            "person/israel-katz",
            "The troops will stay in the buffer zone until the border is secure",
        ),
        ("person/israel-katz", "We will not leave"),
    ]
