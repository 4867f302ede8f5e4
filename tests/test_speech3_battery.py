"""Statements on unseen text, a fourth battery: sentences written for this test (not taken from any
article) in the ways Reuters, AP, AFP, Xinhua, TASS, Kyodo and local papers attribute speech, on
disputes the dev articles do not cover: verbs of saying beyond "say", "according to", a state, a
capital or a ministry speaking, titles alone, "told X that", "was quoted as saying", speakers
referred back to ("the minister", "he", "the two leaders"), datelines, and a text issued before
that speaks alone ("X issued a statement ... The statement said ...", "X lodged a protest ... The
protest said ...": rules/issued_words.py);
a speaker the parser hung on a fronted phrase ("In comments reported by Interfax, X said": the
``_subject_in_fronted`` reading of rules/tag_speakers.py), or whose name is an apposition to a title
("Japan's government spokesman, Yoshimasa Hayashi, said"); "told a news conference that ...",
parsed as a relative clause (rules/said_clauses.py); quoted demands after "called for"; a name
ending in a two-letter word ("Kim Jong Un") that is no acronym ("UN"); "the country's foreign
ministry", "his office" (rules/voices.py).

Each case is a sentence or passage (the context it needs first) and the statement it must give:
who spoke and how what was said begins. The negatives say nothing anyone said. Cases the
extractor still misses are strict xfails with their cause.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, said_by, speech_case, statements

CASES = [
    speech_case(
        "Serbian President Aleksandar Vucic warned that Belgrade would never recognise Kosovo's independence.",
        "person/aleksandar-vucic",
        "Belgrade would never recognise",
        "warned_that",
    ),
    speech_case(
        "Kosovo's Prime Minister Albin Kurti insisted on Wednesday that the northern municipalities were an integral part of Kosovo.",
        "person/albin-kurti",
        "the northern municipalities were",
        "insisted_on_day_that",
    ),
    speech_case(
        "Thai Foreign Minister Maris Sangiampongsa noted that the 1962 ruling covered only the temple itself.",
        "person/maris-sangiampongsa",
        "the 1962 ruling covered",
        "noted_that",
    ),
    speech_case(
        "Cambodian Prime Minister Hun Manet maintained that the four temples lay inside Cambodian territory.",
        "person/hun-manet",
        "the four temples lay",
        "maintained_that",
    ),
    speech_case(
        "Guatemalan Foreign Minister Carlos Ramiro Martinez underlined that the court's decision would be respected.",
        "person/carlos-ramiro-martinez",
        "the court's decision would be respected",
        "underlined_that",
    ),
    speech_case(
        "Venezuelan Vice President Delcy Rodriguez added that Caracas would not accept the court's jurisdiction.",
        "person/delcy-rodriguez",
        "Caracas would not accept",
        "added_that",
    ),
    speech_case(
        "Eritrean Information Minister Yemane Gebremeskel announced that Eritrean forces had begun withdrawing from the border area.",
        "person/yemane-gebremeskel",
        "Eritrean forces had begun",
        "announced_that",
    ),
    speech_case(
        "Azerbaijani President Ilham Aliyev vowed that Azerbaijan would restore its sovereignty over all its lands.",
        "person/ilham-aliyev",
        "Azerbaijan would restore",
        "vowed_that",
    ),
    speech_case(
        "Moroccan Foreign Minister Nasser Bourita reiterated that the autonomy plan was the only solution.",
        "person/nasser-bourita",
        "the autonomy plan was the only solution",
        "reiterated_that",
    ),
    speech_case(
        "Bolivian President Luis Arce stressed on Monday that Bolivia would never renounce its claim to the sea.",
        "person/luis-arce",
        "Bolivia would never renounce",
        "stressed_on_day_that",
    ),
    speech_case(
        "Chilean Foreign Minister Alberto van Klaveren explained that the treaty of 1904 had settled the border.",
        "person/alberto-van-klaveren",
        "the treaty of 1904 had settled",
        "explained_that",
    ),
    speech_case(
        "Nepalese Prime Minister KP Sharma Oli claimed that Lipulekh belonged to Nepal.",
        "person/kp-sharma-oli",
        "Lipulekh belonged to Nepal",
        "claimed_that",
        xfail="'claimed that' is left out of the speech verbs: the dev gold does not take \"He claimed the drilling is ...\" as a statement (17_wikinews), and one such sentence is all the readable gold has",
    ),
    speech_case(
        "Indian Defence Minister Rajnath Singh asserted that not an inch of land would be ceded.",
        "person/rajnath-singh",
        "not an inch of land",
        "asserted_that",
    ),
    speech_case(
        "Georgian Prime Minister Irakli Kobakhidze declared that Abkhazia and South Ossetia remained Georgian territory.",
        "person/irakli-kobakhidze",
        "Abkhazia and South Ossetia remained",
        "declared_that",
    ),
    speech_case(
        "Sudanese army spokesman Nabil Abdullah confirmed that Sudanese troops had retaken the area.",
        "person/nabil-abdullah",
        "Sudanese troops had retaken",
        "confirmed_that",
    ),
    speech_case(
        "Ethiopian Prime Minister Abiy Ahmed acknowledged that the border had not been demarcated.",
        "person/abiy-ahmed",
        "the border had not been demarcated",
        "acknowledged_that",
    ),
    speech_case(
        "Kosovo's Prime Minister Albin Kurti spoke on Monday. Kosovo would never join Serbia again, Kurti told lawmakers in Pristina.",
        "person/albin-kurti",
        "Kosovo would never join",
        "told_lawmakers_after",
    ),
    speech_case(
        "The court has no jurisdiction over the dispute, Venezuela's foreign minister Yvan Gil argued.",
        "person/yvan-gil",
        "The court has no jurisdiction",
        "argued_after",
    ),
    speech_case(
        "The islands belong to Mauritius, the Mauritian prime minister insisted.",
        "state/mauritius",
        "The islands belong to Mauritius",
        "title_only_insisted_after",
    ),
    speech_case(
        "The talks are over, Greek officials warned on Tuesday.",
        "state/greece",
        "The talks are over",
        "officials_warned_after",
    ),
    speech_case(
        "Beijing said on Thursday that the Philippine vessel had illegally intruded into waters off Huangyan Island.",
        "state/china",
        "the Philippine vessel had illegally intruded",
        "capital_said",
    ),
    speech_case(
        "Caracas rejected the ruling and said the Essequibo belonged to Venezuela.",
        "state/venezuela",
        "the Essequibo belonged",
        "capital_rejected_and_said",
    ),
    speech_case(
        "The Foreign Ministry in Tokyo said in a statement that the Chinese ships had entered Japanese waters.",
        "organization/japanese-ministry-of-foreign-affairs",
        "the Chinese ships had entered",
        "ministry_in_capital_statement",
    ),
    speech_case(
        "Japanese officials said the Chinese coast guard ships had stayed in the contiguous zone for 100 hours.",
        "state/japan",
        "the Chinese coast guard ships had stayed",
        "demonym_officials_said",
    ),
    speech_case(
        "Philippine officials told reporters that the Chinese ships had rammed a supply boat.",
        "state/philippines",
        "the Chinese ships had rammed",
        "demonym_officials_told_reporters",
    ),
    speech_case(
        "Argentina's foreign ministry said the referendum had no legal value.",
        "organization/ministry-of-foreign-affairs-of-argentina",
        "the referendum had no legal value",
        "possessive_ministry_said",
    ),
    speech_case(
        "The Indian Army said Chinese troops had tried to change the status quo in the Tawang sector.",
        "organization/indian-army",  # a body speaks as itself (gazetteer)
        "Chinese troops had tried",
        "army_said",
    ),
    speech_case(
        "According to Kenya's foreign ministry, Ugandan police left Migingo Island last week.",
        "organization/ministry-of-foreign-affairs-of-kenya",
        "Ugandan police left",
        "according_to_ministry_fronted",
    ),
    speech_case(
        "According to the Azerbaijani defence ministry, Armenian forces shelled positions in the Lachin district overnight.",
        "organization/ministry-of-defence-of-azerbaijan",
        "Armenian forces shelled",
        "according_to_demonym_ministry",
    ),
    speech_case(
        "Seoul's statement said the Japanese claim was groundless.",
        "state/south-korea",
        "the Japanese claim was groundless",
        "capital_statement_said",
    ),
    speech_case(
        "The Greek foreign ministry's statement said Turkey's claims had no basis in international law.",
        "organization/ministry-of-foreign-affairs-of-greece",
        "Turkey's claims had no basis",
        "ministry_statement_said",
    ),
    speech_case(
        "In a statement, Beijing said the shoal had always been Chinese territory.",
        "state/china",
        "the shoal had always been",
        "in_a_statement_capital",
    ),
    speech_case(
        "In a statement released on Sunday, Venezuela's foreign ministry said Guyana had no right to grant oil concessions.",
        "organization/ministry-of-foreign-affairs-of-venezuela",
        "Guyana had no right",
        "in_a_statement_released_on",
    ),
    speech_case(
        '"Crimea is Ukraine," Ukrainian President Volodymyr Zelensky told reporters in Kyiv.',
        "person/volodymyr-zelenskyy",
        "Crimea is Ukraine",
        "quote_told_reporters",
    ),
    speech_case(
        '"We will not cede a single centimetre," Guyanese President Irfaan Ali told the National Assembly on Monday.',
        "person/irfaan-ali",
        "We will not cede",
        "quote_told_assembly",
    ),
    speech_case(
        '"The Senkaku Islands are clearly an inherent part of Japan," Japan\'s top government spokesman said.',
        "state/japan",
        "The Senkaku Islands are clearly",
        "quote_top_spokesman_unnamed",
    ),
    speech_case(
        '"There is no territorial dispute," said Chinese Foreign Ministry spokesman Guo Jiakun.',
        "person/guo-jiakun",
        "There is no territorial dispute",
        "said_inverted_title_name",
    ),
    speech_case(
        '"We are ready for talks," Lavrov said. "But the islands are Russian."',
        "person/sergey-lavrov",
        "We are ready for talks",
        "quote_then_continued",
    ),
    speech_case(
        'Greek Prime Minister Kyriakos Mitsotakis said: "Our sovereignty is not negotiable."',
        "person/kyriakos-mitsotakis",
        "Our sovereignty is not negotiable",
        "said_colon",
    ),
    speech_case(
        'Venezuelan President Nicolas Maduro held a rally. Speaking in Caracas, Maduro said: "The Essequibo is ours."',
        "person/nicolas-maduro",
        "The Essequibo is ours",
        "speaking_in_colon",
    ),
    speech_case(
        'Venezuelan President Nicolas Maduro held a rally. "The sun rises in the east and the Essequibo is Venezuelan," Maduro told supporters.',
        "person/nicolas-maduro",
        "The sun rises",
        "quote_told_supporters",
    ),
    speech_case(
        "Turkish Defence Minister Yasar Guler was quoted as saying that Turkey would protect its rights in the Aegean.",
        "person/yasar-guler",
        "Turkey would protect",
        "was_quoted_as_saying",
    ),
    speech_case(
        "Xinhua quoted Foreign Minister Wang Yi as saying that China would defend its sovereignty.",
        "person/wang-yi",
        "China would defend",
        "xinhua_quoted_as_saying",
    ),
    speech_case(
        "Moroccan King Mohammed VI told parliament that the Sahara issue was a national priority.",
        "person/mohammed-vi",
        "the Sahara issue was a national priority",
        "king_told_parliament",
    ),
    speech_case(
        "Armenian Foreign Minister Ararat Mirzoyan told his Azerbaijani counterpart that Yerevan was ready to sign the treaty.",
        "person/ararat-mirzoyan",
        "Yerevan was ready to sign",
        "told_counterpart_that",
    ),
    speech_case(
        "Indonesian Foreign Minister Sugiono visited Beijing on Monday. He said Indonesia did not recognise the nine-dash line.",
        "person/sugiono",
        "Indonesia did not recognise",
        "he_said_next_sentence",
    ),
    speech_case(
        "Japanese Foreign Minister Takeshi Iwaya met his Chinese counterpart in Lima. The minister said Japan would respond calmly.",
        "person/takeshi-iwaya",
        "Japan would respond calmly",
        "the_minister_said",
    ),
    speech_case(
        "Mauritian Prime Minister Navin Ramgoolam spoke in Port Louis. The prime minister told reporters the deal would be reviewed.",
        "person/navin-ramgoolam",
        "the deal would be reviewed",
        "the_prime_minister_told",
    ),
    speech_case(
        "A foreign ministry spokesman in Beijing said the Philippine claims were illegal and invalid.",
        "state/china",
        "the Philippine claims were illegal",
        "unnamed_ministry_spokesman_in_capital",
    ),
    speech_case(
        "A spokesman for the Indian external affairs ministry said China's renaming of places did not alter reality.",
        "organization/indian-ministry-of-external-affairs",
        "China's renaming of places",
        "spokesman_for_ministry",
    ),
    speech_case(
        "The Kremlin spokesman said Moscow would not discuss the Kurils.",
        "organization/kremlin",
        "Moscow would not discuss",
        "kremlin_spokesman_unnamed",
    ),
    speech_case(
        'Pakistan described India\'s move as "illegal and unilateral".',
        "state/pakistan",
        "illegal and unilateral",
        "described_as",
    ),
    speech_case(
        'Seoul urged Tokyo to "stop its unjust claims" over Dokdo.',
        "state/south-korea",
        "stop its unjust claims",
        "urged_to_quoted",
    ),
    speech_case(
        'The Argentine foreign ministry accused Britain of "militarising the South Atlantic".',
        "organization/ministry-of-foreign-affairs-of-argentina",
        "militarising the South Atlantic",
        "accused_of_quoted",
    ),
    speech_case(
        'Georgia called for "the immediate withdrawal" of Russian troops from its territory.',
        "state/georgia",
        "the immediate withdrawal",
        "called_for_quoted",
    ),
    speech_case(
        "TOKYO (Kyodo) -- Japan said Tuesday it had lodged a protest with China over the intrusion of coast guard ships near the Senkaku Islands.",
        "state/japan",
        "it had lodged a protest",
        "kyodo_dateline",
    ),
    speech_case(
        "MANILA, June 17 (Reuters) - The Philippines said on Monday that Chinese coast guard personnel had boarded its boats.",
        "state/philippines",
        "Chinese coast guard personnel had boarded",
        "reuters_dateline",
    ),
    speech_case(
        "BEIJING, Oct. 12 (Xinhua) -- Chinese Foreign Ministry spokesperson Mao Ning on Thursday said China firmly opposed the Philippine move.",
        "person/mao-ning",
        "China firmly opposed",
        "xinhua_on_day_said",
    ),
    speech_case(
        "MOSCOW, Feb. 7 (TASS). Russia's Foreign Ministry said on Friday that the Kuril Islands were an integral part of Russia.",
        "organization/russian-ministry-of-foreign-affairs",
        "the Kuril Islands were an integral part",
        "tass_dateline",
    ),
    speech_case(
        "Beijing denied that its ships had rammed the Philippine boat.",
        "state/china",
        "its ships had rammed",
        "capital_denied_that",
    ),
    speech_case(
        "The Thai army denied Cambodian accusations that its troops had crossed the border.",
        "organization/army-of-thailand",  # a state's body by description (owned_bodies.py)
        "its troops had crossed",
        "denied_accusations",
    ),
    speech_case(
        "Venezuela rejected the ICJ ruling, saying the court had no jurisdiction.",
        "state/venezuela",
        "the court had no jurisdiction",
        "rejected_saying",
    ),
    speech_case(
        "Japan protested to China, saying the ships had entered its territorial waters.",
        "state/japan",
        "the ships had entered",
        "protested_saying",
    ),
    speech_case(
        "Guyana's President Irfaan Ali, who spoke after a meeting with Commonwealth envoys, said the border had been settled in 1899.",
        "person/irfaan-ali",
        "the border had been settled",
        "who_clause_said",
    ),
    speech_case(
        "Japan's foreign ministry issued a statement on Monday. The statement added that Japan would continue to respond firmly and calmly.",
        "organization/japanese-ministry-of-foreign-affairs",
        "Japan would continue",
        "statement_added",
    ),
    speech_case(
        "The Japanese Foreign Ministry protested on Monday. The ministry also said that Chinese ships had entered the waters 30 times this year.",
        "organization/japanese-ministry-of-foreign-affairs",
        "Chinese ships had entered",
        "the_ministry_also_said",
    ),
    speech_case(
        "Officials in Manila said the Chinese vessels had left the shoal.",
        "state/philippines",
        "the Chinese vessels had left",
        "officials_in_capital",
    ),
    speech_case(
        "A senior Indian official, speaking on condition of anonymity, said the talks had made progress.",
        "state/india",
        "the talks had made progress",
        "anonymous_official",
    ),
    speech_case(
        "Kenya's state broadcaster KBC reported that Ugandan police had withdrawn from Migingo.",
        "state/kenya",
        "Ugandan police had withdrawn",
        "broadcaster_reported",
    ),
    speech_case(
        "The Kremlin's press office said Putin and Kishida had discussed the islands by telephone.",
        "organization/kremlin",
        "Putin and Kishida had discussed",
        "press_office_said",
    ),
    speech_case(
        "The European Union said it did not recognise the annexation of Crimea.",
        "organization/european-union",
        "it did not recognise",
        "eu_said",
    ),
    speech_case(
        "UN Secretary-General Antonio Guterres said the dispute should be settled peacefully.",
        "person/antonio-guterres",
        "the dispute should be settled",
        "un_sg_said",
    ),
    speech_case(
        "Foreign ministers of the Association of Southeast Asian Nations said in a communique that they were concerned about land reclamation.",
        "organization/asean",
        "they were concerned",
        "asean_ministers_communique",
    ),
    speech_case(
        "Nepal's foreign ministry said in a note sent to India that Lipulekh was Nepalese territory.",
        "organization/ministry-of-foreign-affairs-of-nepal",
        "Lipulekh was Nepalese territory",
        "said_in_a_note",
    ),
    speech_case(
        "Venezuela told the UN Security Council in a letter that Guyana's actions threatened peace.",
        "state/venezuela",
        "Guyana's actions threatened peace",
        "told_un_in_letter",
    ),
    speech_case(
        'Russian Foreign Ministry spokeswoman Maria Zakharova spoke on Friday. "This is our land," she said, "and we will never leave it."',
        "person/maria-zakharova",
        "This is our land",
        "she_said_mid_quote",
    ),
    speech_case(
        "The Philippines claimed that China had built an artificial island on the reef.",
        "state/philippines",
        "China had built",
        "state_claimed_that",
        xfail="as claimed_that",
    ),
    speech_case(
        "Nepal claimed the area was part of its territory under the 1816 treaty.",
        "state/nepal",
        "the area was part of its territory",
        "claimed_no_that",
        xfail="as claimed_that",
    ),
    speech_case(
        'Manila called for "an immediate halt" to Chinese harassment.',
        "state/philippines",
        "an immediate halt",
        "called_for_quoted2",
    ),
    speech_case(
        'The United States called for "restraint on all sides" in the Himalayan standoff.',
        "state/united-states",
        "restraint on all sides",
        "called_for_quoted3",
    ),
    speech_case(
        "China's Defence Ministry spokesman Zhang Xiaogang told a monthly news conference that the PLA would safeguard China's sovereignty.",
        "person/zhang-xiaogang",
        "the PLA would safeguard",
        "defence_spokesman_told",
    ),
    speech_case(
        "Japan's Chief Cabinet Secretary said that Tokyo had lodged a strong protest.",
        "state/japan",
        "Tokyo had lodged",
        "title_only_japan",
    ),
    speech_case(
        "The prime minister's office said in a statement that the talks had been constructive.",
        "x",
        "the talks had been constructive",
        "pm_office_statement",
        xfail="'the prime minister's office' with no one named before: whose office is not told",
    ),
    speech_case(
        "Chinese state media quoted a coast guard spokesman as saying that the Philippine ships had been expelled.",
        "organization/china-coast-guard",
        "the Philippine ships had been expelled",
        "state_media_quoted_spokesman",
        xfail="an unnamed spokesman whose body names no state ('a coast guard spokesman') speaks for "
        "no one: the state is named only by the adjective of the outlet that quotes him",
    ),
    speech_case(
        "Venezuelan President Nicolas Maduro spoke on Sunday. In a televised address, Maduro said the Essequibo would be defended.",
        "person/nicolas-maduro",
        "the Essequibo would be defended",
        "in_televised_address",
    ),
    speech_case(
        "Speaking at the UN General Assembly, Mauritius's foreign minister said the Chagos belonged to Mauritius.",
        "state/mauritius",
        "the Chagos belonged",
        "title_only_speaking_at",
    ),
    speech_case(
        "Lavrov told reporters after talks in Moscow that Russia and Japan had agreed to continue the dialogue.",
        "person/sergey-lavrov",
        "Russia and Japan had agreed",
        "told_reporters_after_talks_that",
    ),
    speech_case(
        "Chinese Foreign Ministry spokeswoman Mao Ning spoke on Monday. The islands have been Chinese territory since ancient times, the spokeswoman said, adding that Beijing would take all necessary measures.",
        "person/mao-ning",
        "The islands have been Chinese territory",
        "the_spokeswoman_said_after",
    ),
    speech_case(
        "Colombian President Gustavo Petro said via social media that Colombia did not recognise Peru's sovereignty over Santa Rosa island.",
        "person/gustavo-petro",
        "Colombia did not recognise",
        "said_via_social_media",
    ),
    speech_case(
        "Peru rejected Petro's remarks and said Santa Rosa island was Peruvian.",
        "state/peru",
        "Santa Rosa island was Peruvian",
        "rejected_remarks_and_said",
    ),
    speech_case(
        "Peru's foreign ministry said in a diplomatic note that the island had been under Peruvian sovereignty since 1929.",
        "organization/ministry-of-foreign-affairs-of-peru",
        "the island had been under",
        "said_in_diplomatic_note",
    ),
    speech_case(
        "Cambodia says the temple is Cambodian.",
        "state/cambodia",
        "the temple is Cambodian",
        "present_says",
    ),
    speech_case(
        "Thailand has repeatedly said the area around the temple is Thai.",
        "state/thailand",
        "the area around the temple is Thai",
        "has_repeatedly_said",
    ),
    speech_case(
        "The Thai foreign ministry said Cambodian troops had laid new landmines, a charge Phnom Penh denied.",
        "organization/ministry-of-foreign-affairs-of-thailand",
        "Cambodian troops had laid",
        "said_charge_denied",
    ),
    speech_case(
        "Phnom Penh accused Bangkok of violating the ceasefire, saying Thai artillery had shelled Cambodian villages.",
        "state/cambodia",
        "Thai artillery had shelled",
        "accused_saying",
    ),
    speech_case(
        'Argentina reaffirmed its "legitimate and imprescriptible sovereignty rights" over the islands.',
        "state/argentina",
        "legitimate and imprescriptible sovereignty rights",
        "reaffirmed_quoted",
        xfail="a quoted object of a speech verb ('reaffirmed its \"... rights\"') is not read as the speaker's words: only clauses, 'as'-phrases and demands are",
    ),
    speech_case(
        "Britain insists the islanders have the right to self-determination.",
        "state/united-kingdom",
        "the islanders have the right",
        "insists_present",
    ),
    speech_case(
        "London has said it will not negotiate sovereignty unless the islanders wish it.",
        "state/united-kingdom",
        "it will not negotiate",
        "capital_has_said",
    ),
    speech_case(
        "The Japanese Foreign Ministry issued a statement on Monday. The statement added that Japan would continue to respond firmly.",
        "organization/japanese-ministry-of-foreign-affairs",
        "Japan would continue",
        "statement_added_ctx",
    ),
    speech_case(
        "The Japanese Foreign Ministry issued a statement on Monday. The statement said the ships had left.",
        "organization/japanese-ministry-of-foreign-affairs",
        "the ships had left",
        "the_statement_said_ctx",
    ),
    speech_case(
        "Japan issued a statement on Monday protesting the intrusion. The statement said the ships had left.",
        "state/japan",
        "the ships had left",
        "the_statement_said_state_ctx",
    ),
    speech_case(
        "Kenya and Uganda issued a joint communique after the talks. The communique said the border would be demarcated by 2027.",
        {"state/kenya", "state/uganda"},
        "the border would be demarcated",
        "the_communique_said_ctx",
    ),
    speech_case(
        "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Abu Dhabi on Monday. The two leaders said in a joint statement that the boundary talks would resume in March.",
        {"person/ilham-aliyev", "person/nikol-pashinyan"},
        "the boundary talks would resume",
        "two_leaders_ctx",
    ),
    speech_case(
        "Thailand and Cambodia have fought over the temple for decades. Both countries have said they want a peaceful resolution.",
        {"state/cambodia", "state/thailand"},
        "they want a peaceful resolution",
        "both_countries_ctx",
    ),
    speech_case(
        "Armenian Prime Minister Nikol Pashinyan met Aliyev on Monday. His office said in a statement that the talks had been constructive.",
        "person/nikol-pashinyan",
        "the talks had been constructive",
        "his_office_ctx",
    ),
    speech_case(
        "Armenian Prime Minister Nikol Pashinyan met Aliyev on Monday. Pashinyan's office said the talks had been constructive.",
        "person/nikol-pashinyan",
        "the talks had been constructive",
        "name_office",
    ),
    speech_case(
        "The Japanese prime minister's office said the talks had been constructive.",
        "state/japan",
        "the talks had been constructive",
        "pm_office_demonym",
    ),
    speech_case(
        "The Philippine foreign ministry summoned the Chinese ambassador on Monday. The ministry said the ships had left.",
        "organization/ministry-of-foreign-affairs-of-philippines",
        "the ships had left",
        "the_ministry_ctx",
    ),
    speech_case(
        "Philippine coast guard spokesman Jay Tarriela spoke on Monday. The spokesman said the ships had left.",
        "person/jay-tarriela",
        "the ships had left",
        "the_spokesman_ctx",
    ),
    speech_case(
        "Philippine coast guard spokesman Jay Tarriela spoke on Monday. Tarriela said the ships had left. He added that the coast guard would return.",
        "person/jay-tarriela",
        "the coast guard would return",
        "he_added_ctx",
    ),
    speech_case(
        "The Philippines protested to China on Monday. The government said the ships had left.",
        "state/philippines",
        "the ships had left",
        "the_government_ctx",
    ),
    speech_case(
        "The Philippines protested to China on Monday. The country's foreign ministry said the ships had left.",
        "organization/ministry-of-foreign-affairs-of-philippines",
        "the ships had left",
        "the_countrys_ministry_ctx",
    ),
    speech_case(
        "The Japanese Foreign Ministry summoned the Chinese ambassador on Monday. Tokyo lodged a protest, the ministry said.",
        "organization/japanese-ministry-of-foreign-affairs",
        "Tokyo lodged a protest",
        "the_ministry_after_ctx",
    ),
    speech_case(
        'The Japanese Foreign Ministry summoned the Chinese ambassador on Monday. "We have lodged a protest," the ministry said in a statement.',
        "organization/japanese-ministry-of-foreign-affairs",
        "We have lodged",
        "quote_the_ministry_ctx",
    ),
    speech_case(
        'Guyanese President Irfaan Ali spoke on Monday. "The islands are ours," the president said.',
        "person/irfaan-ali",
        "The islands are ours",
        "the_president_ctx",
    ),
    speech_case(
        'Guyanese President Irfaan Ali spoke on Monday. "The islands are ours," the Guyanese leader said.',
        "person/irfaan-ali",
        "The islands are ours",
        "the_demonym_leader_ctx",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Japanese officials on Monday. The minister said the islands were an inalienable part of Russia.",
        "person/sergey-lavrov",
        "the islands were",
        "the_minister_ctx",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Japanese officials on Monday. The Russian minister said the islands were an inalienable part of Russia.",
        "person/sergey-lavrov",
        "the islands were",
        "the_russian_minister_ctx",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Japanese officials on Monday. Russia's top diplomat said the islands were an inalienable part of Russia.",
        "person/sergey-lavrov",
        "the islands were",
        "top_diplomat_ctx",
    ),
    speech_case(
        "Greek and Turkish officials met in Athens on Monday. In a statement, the two sides said they would resume talks.",
        {"state/greece", "state/turkey"},
        "they would resume talks",
        "two_sides_ctx",
    ),
    speech_case(
        "The Russian Foreign Ministry said on Monday that it would halt talks. It also said that Tokyo's measures were to blame.",
        "organization/russian-ministry-of-foreign-affairs",
        "Tokyo's measures were to blame",
        "it_also_said_ctx",
    ),
    speech_case(
        "Japanese Foreign Minister Takeshi Iwaya told the Financial Times in an interview published on Monday that Japan would not give up its claim.",
        "person/takeshi-iwaya",
        "Japan would not give up",
        "told_ft_interview_published",
    ),
    speech_case(
        "In comments reported by Interfax, Russian Deputy Foreign Minister Andrei Rudenko said the islands were not up for discussion.",
        "person/andrei-rudenko",
        "the islands were not up for discussion",
        "in_comments_reported_by",
    ),
    speech_case(
        "The Japanese Foreign Ministry protested on Monday. The ministry said, without giving details, that Chinese ships had entered the zone.",
        "organization/japanese-ministry-of-foreign-affairs",
        "Chinese ships had entered",
        "without_giving_details",
    ),
    speech_case(
        "China on Monday said the Philippine vessel had intruded into its waters.",
        "state/china",
        "the Philippine vessel had intruded",
        "adverbial_before_said",
    ),
    speech_case(
        "Japan's government said Tuesday that it had protested.",
        "state/japan",
        "it had protested",
        "said_bare_weekday",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov, speaking after talks with his Japanese counterpart, said Moscow was ready to continue the dialogue.",
        "person/sergey-lavrov",
        "Moscow was ready",
        "speaking_after_talks_aside",
    ),
    speech_case(
        "The Foreign Ministry of Japan said the Chinese ships had left the zone.",
        "organization/japanese-ministry-of-foreign-affairs",  # the gazetteer's, however described
        "the Chinese ships had left",
        "ministry_of_state",
    ),
    speech_case(
        "Russian Foreign Ministry spokeswoman Maria Zakharova said on Telegram that Japan's claims were groundless.",
        "person/maria-zakharova",
        "Japan's claims were groundless",
        "said_on_telegram",
    ),
    speech_case(
        "A spokesperson for Japan's Foreign Ministry said the ships had left.",
        "organization/japanese-ministry-of-foreign-affairs",
        "the ships had left",
        "spokesperson_for_possessive_ministry",
    ),
    speech_case(
        "Taiwan's presidential office said the island would never accept Beijing's rule.",
        "organization/presidential-office-of-taiwan",  # a seat speaks as itself, as the Kremlin does
        "the island would never accept",
        "presidential_office",
    ),
    speech_case(
        "Taipei said the Chinese drills were a provocation.",
        "state/taiwan",
        "the Chinese drills were a provocation",
        "taipei_said",
    ),
    speech_case(
        "NATO Secretary General Mark Rutte said the alliance would never recognise the annexation.",
        "person/mark-rutte",
        "the alliance would never recognise",
        "nato_sg",
    ),
    speech_case(
        "Moscow has repeatedly said that the islands became Russian as a result of World War Two.",
        "state/russia",
        "the islands became Russian",
        "capital_repeatedly_said",
    ),
    speech_case(
        'Russian Foreign Minister Sergey Lavrov spoke on Monday. Said Lavrov: "The islands are Russian territory."',
        "person/sergey-lavrov",
        "The islands are Russian territory",
        "said_inverted_colon",
        xfail="'Said Lavrov: \"...\"' is parsed with 'Said' a compound of the name, no verb",
    ),
    speech_case(
        'Russian Foreign Minister Sergey Lavrov said the islands were Russian.\n\n"We will never give up," he added.',
        "person/sergey-lavrov",
        "We will never give up",
        "he_added_quote_ctx",
    ),
    speech_case(
        'Kyiv has called the referendum "a sham".',
        "state/ukraine",
        "a sham",
        "called_sham",
    ),
    speech_case(
        'The Philippine foreign ministry summoned the Chinese ambassador on Monday. The ministry said it was "deeply concerned" about the incident.',
        "organization/ministry-of-foreign-affairs-of-philippines",
        "it was",
        "said_it_was_quoted",
    ),
    speech_case(
        "Chinese Foreign Ministry spokesperson Mao Ning, when asked about the patrol, said China would take all necessary measures.",
        "person/mao-ning",
        "China would take",
        "when_asked_aside",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov spoke on Monday. Asked about the islands, Lavrov said Russia's sovereignty was not in question.",
        "person/sergey-lavrov",
        "Russia's sovereignty was not in question",
        "asked_fronted",
    ),
    speech_case(
        'Russian Foreign Minister Sergey Lavrov spoke on Monday. Lavrov was blunt. "The islands are Russian and will stay Russian."',
        "person/sergey-lavrov",
        "The islands are Russian",
        "untagged_after_blunt",
    ),
    speech_case(
        'Venezuelan President Nicolas Maduro held a rally. "The islands are ours. They have always been ours," Maduro said.',
        "person/nicolas-maduro",
        "The islands are ours",
        "two_sentence_quote_tag_end",
    ),
    speech_case(
        "The Japanese government maintains that the islands are an inherent part of Japan's territory.",
        "state/japan",
        "the islands are an inherent part",
        "government_maintains",
    ),
    speech_case(
        "Kenya and Uganda held talks on Monday. The governments of both countries said the talks had been productive.",
        {"state/kenya", "state/uganda"},
        "the talks had been productive",
        "governments_both_countries",
    ),
    speech_case(
        "Kenya and Uganda held talks on Monday. Both sides said the talks had been productive.",
        {"state/kenya", "state/uganda"},
        "the talks had been productive",
        "both_sides",
    ),
    speech_case(
        "Venezuelan Foreign Minister Yvan Gil posted on X that Guyana was acting as a US proxy.",
        "person/yvan-gil",
        "Guyana was acting",
        "posted_on_x_that",
    ),
    speech_case(
        "Chinese Ambassador Huang Xilian told a forum in Manila that the Philippines had broken its promise.",
        "person/huang-xilian",
        "the Philippines had broken",
        "ambassador_told_forum",
    ),
    speech_case(
        "The Chinese embassy in Manila issued a rebuttal on Monday. The embassy said in a statement that the Philippine claims had no basis.",
        "organization/embassy-of-china",
        "the Philippine claims had no basis",
        "the_embassy_ctx",
    ),
    speech_case(
        "Manila's top diplomat, Enrique Manalo, said the Philippines would not be intimidated.",
        "person/enrique-manalo",
        "the Philippines would not be intimidated",
        "capitals_top_diplomat",
    ),
    speech_case(
        "Philippine Foreign Secretary Enrique Manalo spoke on Monday. The Philippines will continue to assert its rights, Manalo said in a speech at the University of the Philippines.",
        "person/enrique-manalo",
        "The Philippines will continue",
        "said_in_speech_at",
    ),
    speech_case(
        "Earlier, Chinese coast guard spokesman Gan Yu said the Philippine ships had deliberately rammed a Chinese vessel.",
        "person/gan-yu",
        "the Philippine ships had deliberately rammed",
        "earlier_fronted",
    ),
    speech_case(
        "Georgia's foreign ministry said in a statement that the so-called elections in Abkhazia were illegitimate.",
        "organization/ministry-of-foreign-affairs-of-georgia",
        "the so-called elections",
        "statement_with_so_called",
    ),
    speech_case(
        '"It is a historic day for our country," said Guyanese Foreign Minister Hugh Todd after the ruling.',
        "person/hugh-todd",
        "It is a historic day",
        "inverted_after_ruling",
    ),
    speech_case(
        "Guyana's foreign minister said the ruling was final and binding.",
        "state/guyana",
        "the ruling was final",
        "title_only_possessive",
    ),
    speech_case(
        "India's external affairs ministry spokesperson Randhir Jaiswal said Arunachal Pradesh was an integral part of India.",
        "person/randhir-jaiswal",
        "Arunachal Pradesh was an integral part",
        "possessive_ministry_spokesperson",
    ),
    speech_case(
        'India\'s external affairs ministry spokesperson Randhir Jaiswal spoke on Monday. Arunachal Pradesh "was, is and will always be" an integral part of India, Jaiswal said.',
        "person/randhir-jaiswal",
        "Arunachal Pradesh",
        "partial_quote_then_tag",
    ),
    speech_case(
        "Sylvestre Radegonde, the Seychelles' foreign minister, said the islands had never been part of Mauritius.",
        "person/sylvestre-radegonde",
        "the islands had never been part",
        "unknown_name_title_after",
    ),
    speech_case(
        "Kenyan Interior Minister Kipchumba Murkomen said the island belonged to Kenya. Murkomen also said police would stay.",
        "person/kipchumba-murkomen",
        "police would stay",
        "surname_also_said",
    ),
    speech_case(
        "Venezuelan President Nicolas Maduro held a rally. “The islands are ours,” Maduro said.",
        "person/nicolas-maduro",
        "The islands are ours",
        "curly_quotes",
    ),
    speech_case(
        "According to a readout from the White House, Biden told Xi that Taiwan's status must not be changed by force.",
        "person/joe-biden",
        "Taiwan's status",
        "according_to_readout_told",
    ),
    speech_case(
        "In a letter to the UN Secretary-General, Venezuela's ambassador Samuel Moncada wrote that Guyana had violated the Geneva Agreement.",
        "person/samuel-moncada",
        "Guyana had violated",
        "in_a_letter_wrote_that",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya. Lavrov, for his part, said Russia was open to dialogue.",
        "person/sergey-lavrov",
        "Russia was open",
        "for_his_part",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya. But Lavrov said Russia would not discuss sovereignty.",
        "person/sergey-lavrov",
        "Russia would not discuss",
        "but_said",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya. Lavrov, however, said Russia would not discuss sovereignty.",
        "person/sergey-lavrov",
        "Russia would not discuss",
        "however_said",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya. Lavrov went on to say that Russia would not discuss sovereignty.",
        "person/sergey-lavrov",
        "Russia would not discuss",
        "went_on_to_say",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya. Lavrov further said that Russia would not discuss sovereignty.",
        "person/sergey-lavrov",
        "Russia would not discuss",
        "further_said",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya. Lavrov was reported as saying that Russia would not discuss sovereignty.",
        "person/sergey-lavrov",
        "Russia would not discuss",
        "reported_as_saying",
    ),
    speech_case(
        "The Russian Foreign Ministry issued a statement on Monday. The ministry's statement read in part: \"The Japanese side's claims are groundless.\"",
        "organization/russian-ministry-of-foreign-affairs",
        "The Japanese side's claims",
        "read_in_part",
    ),
    speech_case(
        'Japanese Prime Minister Shigeru Ishiba said it was "extremely regrettable" that the Russian leader had visited the island.',
        "person/shigeru-ishiba",
        "it was",
        "said_regrettable",
    ),
    speech_case(
        "Chinese Foreign Minister Wang Yi expressed hope that the two sides would resolve their differences through dialogue.",
        "person/wang-yi",
        "hope",
        "expressed_hope_that",
    ),
    speech_case(
        "Coast guard spokesman Jay Tarriela told AFP by telephone that two Chinese ships remained near the shoal.",
        "person/jay-tarriela",
        "two Chinese ships remained",
        "told_afp_by_phone",
    ),
    speech_case(
        "Brazilian President Luiz Inacio Lula da Silva said Monday in Brasilia that the dispute must be settled peacefully.",
        "person/luiz-inacio-lula-da-silva",
        "the dispute must be settled",
        "said_monday_in_city",
    ),
    speech_case(
        "Putin, who spoke by phone with Erdogan, said Russia was ready to help.",
        "person/vladimir-putin",
        "Russia was ready",
        "who_spoke_by_phone",
    ),
    speech_case(
        "Japanese Prime Minister Fumio Kishida spoke on Monday. Kishida reiterated Japan's position that the four islands are inherent Japanese territory.",
        "person/fumio-kishida",
        "the four islands are inherent",
        "reiterated_position_that",
    ),
    speech_case(
        "Guyana's position is that the 1899 award settled the border, Foreign Minister Hugh Todd said.",
        "person/hugh-todd",
        "Guyana's position is",
        "position_is_tag_after",
    ),
    speech_case(
        "Japan's government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, told a regular news conference that Tokyo had protested.",
        "person/yoshimasa-hayashi",
        "Tokyo had protested",
        "title_apposition_told",
    ),
    speech_case(
        "Japan's Chief Cabinet Secretary Yoshimasa Hayashi spoke on Monday. Tokyo had protested, Hayashi told a regular news conference, adding that Japan would respond calmly.",
        "person/yoshimasa-hayashi",
        "Japan would respond calmly",
        "adding_after_tag",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya. Speaking at a joint news conference with his Japanese counterpart, Lavrov said the two sides had agreed to keep talking.",
        "person/sergey-lavrov",
        "the two sides had agreed",
        "speaking_at_joint",
    ),
    speech_case(
        "The Chinese foreign ministry, in a statement on its website, said the Philippines had provoked the incident.",
        "organization/chinese-ministry-of-foreign-affairs",
        "the Philippines had provoked",
        "in_statement_aside",
    ),
    speech_case(
        "The Indian government has maintained that Aksai Chin is part of Ladakh.",
        "state/india",
        "Aksai Chin is part of Ladakh",
        "government_has_maintained",
    ),
    speech_case(
        'Taiwanese President Tsai Ing-wen spoke on Monday. Tsai said: "Taiwan will never accept one country, two systems."',
        "person/tsai-ing-wen",
        "Taiwan will never accept",
        "surname_said_colon",
    ),
    speech_case(
        '"The Malvinas were, are and will be Argentine," Argentina\'s foreign ministry said on X.',
        "organization/ministry-of-foreign-affairs-of-argentina",
        "The Malvinas were, are and will be Argentine",
        "ministry_said_on_x",
    ),
    speech_case(
        "Argentina's foreign ministry said on X that the Malvinas were Argentine.",
        "organization/ministry-of-foreign-affairs-of-argentina",
        "the Malvinas were Argentine",
        "ministry_said_on_x_that",
    ),
    speech_case(
        "The foreign ministers of Greece and Cyprus said in a joint statement that Turkey's actions violated international law.",
        {"state/cyprus", "state/greece"},
        "Turkey's actions violated",
        "ministers_of_two_states",
    ),
    speech_case(
        "Eritrea and Ethiopia said they would respect the boundary commission's ruling.",
        {"state/eritrea", "state/ethiopia"},
        "they would respect",
        "two_states_said_they",
    ),
    speech_case(
        'Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. "We are ready for dialogue. But sovereignty is not negotiable," Lavrov said, "and the islands will stay Russian."',
        "person/sergey-lavrov",
        "We are ready for dialogue",
        "two_sentences_tag_mid",
    ),
    speech_case(
        "Kremlin spokesman Dmitry Peskov told reporters on a conference call that the islands were Russian.",
        "person/dmitry-peskov",
        "the islands were Russian",
        "conference_call",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. Lavrov, quoted by RIA Novosti, said the islands were Russian.",
        "person/sergey-lavrov",
        "the islands were Russian",
        "quoted_by_aside",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. Lavrov said in an interview aired on Sunday that the islands were Russian.",
        "person/sergey-lavrov",
        "the islands were Russian",
        "interview_aired",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. Lavrov, in a speech to parliament, said the islands were Russian.",
        "person/sergey-lavrov",
        "the islands were Russian",
        "in_speech_aside",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. Lavrov said at a ceremony marking the anniversary that the islands were Russian.",
        "person/sergey-lavrov",
        "the islands were Russian",
        "at_ceremony_marking",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. Lavrov has long argued that the islands became Russian legally.",
        "person/sergey-lavrov",
        "the islands became Russian",
        "has_long_argued",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. Lavrov told The Associated Press that the islands were Russian.",
        "person/sergey-lavrov",
        "the islands were Russian",
        "told_the_ap",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. Lavrov said in a post on X, formerly Twitter, that the islands were Russian.",
        "person/sergey-lavrov",
        "the islands were Russian",
        "post_on_x_formerly",
        xfail="an apposition after the platform ('on X, formerly Twitter, that ...') leaves the that-clause hung on it, not on the verb",
    ),
    speech_case(
        "North Korea's state news agency KCNA quoted Kim Jong Un as saying that the sea border was invalid.",
        "person/kim-jong-un",
        "the sea border was invalid",
        "kcna_quoted",
    ),
    speech_case(
        "A Japanese foreign ministry official confirmed to Reuters that the ships had left.",
        "organization/japanese-ministry-of-foreign-affairs",
        "the ships had left",
        "confirmed_to_reuters",
    ),
    speech_case(
        "In an emailed statement, the Philippine foreign ministry said the ships had left.",
        "organization/ministry-of-foreign-affairs-of-philippines",
        "the ships had left",
        "emailed_statement",
    ),
    speech_case(
        '"The islands are Russian," said Sergei Lavrov, Russia\'s foreign minister, at a news conference in Moscow.',
        "person/sergey-lavrov",
        "The islands are Russian",
        "inverted_long_apposition",
    ),
    speech_case(
        'Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. "The islands are Russian and will stay so," according to Lavrov.',
        "person/sergey-lavrov",
        "The islands are Russian",
        "quote_according_to",
    ),
    speech_case(
        'Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. Lavrov added: "The islands are Russian and will stay so."',
        "person/sergey-lavrov",
        "The islands are Russian",
        "added_colon",
    ),
    speech_case(
        'Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. In his words, "the islands are Russian and will stay so."',
        "person/sergey-lavrov",
        "the islands are Russian",
        "in_his_words",
        xfail="'In his words, \"...\"' has no verb of saying: the phrase alone is not read as a tag",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. The islands are Russian and will stay so, Lavrov told reporters in Moscow after the talks.",
        "person/sergey-lavrov",
        "The islands are Russian",
        "tag_after_long",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. Lavrov stated that the islands were Russian.",
        "person/sergey-lavrov",
        "the islands were Russian",
        "stated",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. According to Lavrov, the islands are Russian.",
        "person/sergey-lavrov",
        "the islands are Russian",
        "according_to_surname",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. The islands, Lavrov said, are Russian and will stay so.",
        "person/sergey-lavrov",
        "The islands",
        "tag_mid_unquoted",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. Russia's position, Lavrov said, has not changed.",
        "person/sergey-lavrov",
        "Russia's position",
        "tag_mid_possessive",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. He told reporters that Moscow saw no reason to change its position.",
        "person/sergey-lavrov",
        "Moscow saw no reason",
        "he_told_ctx",
    ),
    speech_case(
        "Japan's ambassador to Moscow said the islands were Japanese.",
        "state/japan",
        "the islands were Japanese",
        "ambassador_unnamed",
    ),
    speech_case(
        "The Russian side said the islands were Russian.",
        "state/russia",
        "the islands were Russian",
        "the_russian_side",
    ),
    speech_case(
        "Moscow and Tokyo both say the islands are theirs.",
        {"state/japan", "state/russia"},
        "the islands are theirs",
        "both_say",
    ),
    speech_case(
        "Russian Foreign Minister Sergey Lavrov met Iwaya on Monday. Lavrov's deputy, Andrei Rudenko, said the islands were Russian.",
        "person/andrei-rudenko",
        "the islands were Russian",
        "deputy_apposition",
    ),
    speech_case(
        "A senior Russian diplomat told Kommersant newspaper that the islands were Russian.",
        "state/russia",
        "the islands were Russian",
        "senior_diplomat_told_paper",
    ),
    speech_case(
        "The Russian embassy in Tokyo said on its Telegram channel that the islands were Russian.",
        "organization/embassy-of-russia",
        "the islands were Russian",
        "embassy_telegram",
    ),
    speech_case(
        "Russia, for its part, says the islands were legally transferred after World War Two.",
        "state/russia",
        "the islands were legally transferred",
        "for_its_part",
    ),
    speech_case(
        "Japan lodged a strong protest with Beijing on Monday. The protest said the Chinese ships had entered Japanese waters.",
        "state/japan",
        "the Chinese ships had entered",
        "the_protest_said_after_lodged",
    ),
    speech_case(
        "Kenya filed a complaint with the East African Community. The complaint said Ugandan police had harassed Kenyan fishermen.",
        "state/kenya",
        "Ugandan police had harassed",
        "the_complaint_said_after_filed",
    ),
    speech_case(
        "Seoul issued a statement on Monday. The statement, released after an emergency meeting in Seoul, said Dokdo was Korean territory.",
        "state/south-korea",
        "Dokdo was Korean territory",
        "the_statement_with_participle",
    ),
    speech_case(
        "Vietnam's foreign ministry issued a statement on Sunday. The statement also said Hanoi had sent a diplomatic note to Beijing.",
        "organization/ministry-of-foreign-affairs-of-vietnam",
        "Hanoi had sent a diplomatic note",
        "the_statement_also_said",
    ),
    speech_case(
        "The Philippines protested to China on Monday. The country's president said the ships had "
        "left.",
        "state/philippines",
        "the ships had left",
        "the_countrys_president",
    ),
    speech_case(
        "Vietnam sent a diplomatic note to Beijing. The nation's defence ministry said Chinese "
        "ships had rammed a fishing boat near the Paracels.",
        "organization/ministry-of-defence-of-vietnam",
        "Chinese ships had rammed",
        "the_nations_defence_ministry",
    ),
    speech_case(
        "Armenian Prime Minister Nikol Pashinyan met Aliyev on Monday. A statement from his office "
        "said the talks had been constructive.",
        "person/nikol-pashinyan",
        "the talks had been constructive",
        "statement_from_his_office",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CASES)
def test_statement(text: str, speaker: object, words: str) -> None:
    assert said_by(text, speaker, words), statements(HEADLINE + text)


NEGATIVES = [
    "Is it true that the islands were promised to Japan?",
    "The said agreement was never ratified by the Argentine congress.",
    "The islands are said to hold vast reserves of natural gas.",
    'The so-called "Line of Actual Control" has never been demarcated.',
    'The "Joint Declaration" was signed in Moscow in 1956.',
    "Beijing's so-called standard map shows Arunachal Pradesh as Chinese territory.",
    "What did the minister say about the islands?",
    "Nobody knows what the two leaders said to each other.",
    'The operation, code-named "Sindoor", began on Wednesday.',
    "The ministry declined to say whether troops had been deployed.",
    "The report, which says nothing of the islands, was published on Monday.",
    'The vessel "Sierra Madre" was grounded on the shoal in 1999.',
    "The islands, which Japan calls the Northern Territories, were seized in 1945.",
    "The agreement, known as the Good Friday Agreement, ended the conflict.",
    "Reporters asked whether the talks would resume.",
    "The ministry has yet to say whether it will protest.",
    "Officials would not say how many ships were involved.",
    "Lavrov is expected to say more about the islands on Friday.",
    "The statement was issued after the talks.",
    "The minister, who has said little about the dispute, arrived in Tokyo on Monday.",
    'The ship, the "BRP Sierra Madre", has been grounded there since 1999.',
    "Analysts say the dispute is unlikely to be resolved soon.",
    "Japan issued a statement. Reporters said the statement was short.",
    # a text no one is said to have issued, or one only received, speaks for no one
    "The statement said the ships had left the area.",
    "Japan rejected the statement on Monday. The statement said the ships had left the area.",
    "Japan issued a statement on Monday. Fishing resumed. Talks stalled. Ships left. Rain fell. "
    "The statement said the ships had left the area.",
    "Lavrov said nothing about the islands.",
    "Lavrov is said to have rejected the proposal.",
    "Lavrov's statement on the islands drew criticism in Tokyo.",
    "The statement by Lavrov was criticised in Tokyo.",
    "Asked whether the islands were Russian, Lavrov declined to comment.",
    "Lavrov's remarks on the islands were not reported.",
    "Chinese fishermen staged a protest in the harbour. The protest said the shoal was theirs.",
    # "the country's" people who speak for no one but themselves
    "The Philippines protested to China on Monday. The country's fishermen said the ships "
    "had left.",
    "The Philippines protested to China on Monday. The country's media said the ships had left.",
    # "his office" with no person before it
    "Armenia protested on Monday. His office said the talks had been constructive.",
    # a rejection's reason in the outlet's words is the rejection, no statement (quoted, the words
    # are the speaker's: the gold of the newest batches, h406, h411, h417, lists them; speech50)
    "Venezuela rejected the ruling as baseless and illegitimate in every respect.",
    'Japan did not reject the proposal as "unacceptable".',
    # unquoted, a call is an act, not a statement
    "Georgia called for the immediate withdrawal of Russian troops from its territory.",
    'Georgia did not call for "the immediate withdrawal" of Russian troops.',
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_statement(text: str) -> None:
    assert statements(HEADLINE + text) == []


def test_statement_speaks_for_its_issuer_not_its_reader() -> None:
    """ "Japan rejected the Chinese statement. The statement said ...": the text's own owner speaks."""
    text = (
        "Japan rejected the Chinese statement on Monday. The statement said the ships had left "
        "the area."
    )
    assert statements(HEADLINE + text) == [("state/china", "the ships had left the area")]


def test_latest_issuer_of_the_noun() -> None:
    """Each kind of text is its latest issuer's: "the note" after China's statement and Japan's
    note is Japan's."""
    text = (
        "China issued a statement on Monday. Japan issued a note on Tuesday. The note said the "
        "ships had left the area."
    )
    assert statements(HEADLINE + text) == [("state/japan", "the ships had left the area")]
