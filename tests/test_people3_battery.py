"""Offices and people on text the rules were not written for, third battery (issue 12, people16).

News sentences written for these tests on disputes outside dev, in the styles of Reuters, AP, AFP,
Xinhua, TASS, Kyodo and local papers: two ministers in one sentence, envoys and ambassadors "to" a
state or the UN (the office is the sending state's), spokespersons of ministries, heads of courts,
UN missions and movements, "former", "acting", "deputy" and "vice", "top diplomat", "who also
serves as", a title naming no state for an official the gazetteer knows, and an office given by a
verb of appointing ("parliament elected X speaker"). The negatives give no holding where no person
holds an office: an office's building or staff, a former colony, a book's title, a sports captain,
a surname that is a title word.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has

#: (sentence, person key, canonical office, key of whose office it is)
BATTERY = [
    # two officials of two states in one sentence (Xinhua, Reuters)
    (
        "Chinese Premier Li Qiang met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on "
        "Tuesday.",
        "person/pham-minh-chinh",
        "prime minister",
        "state/vietnam",
    ),
    (
        "Li Qiang, China's premier, met Pham Minh Chinh, Vietnam's prime minister, in Hanoi.",
        "person/li-qiang",
        "prime minister",
        "state/china",
    ),
    (
        "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed the border "
        "treaty in Bishkek.",
        "person/emomali-rahmon",
        "president",
        "state/tajikistan",
    ),
    (
        "The treaty was signed by Kyrgyz President Sadyr Japarov and his Tajik counterpart "
        "Emomali Rahmon.",
        "person/emomali-rahmon",
        "president",
        "state/tajikistan",
    ),
    (
        "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud met in Nairobi.",
        "person/hassan-sheikh-mohamud",
        "president",
        "state/somalia",
    ),
    # the title after a quote, or after the name (AFP, AP)
    (
        '"We will never accept it," Greek Foreign Minister Giorgos Gerapetritis told reporters in '
        "Athens.",
        "person/giorgos-gerapetritis",
        "foreign minister",
        "state/greece",
    ),
    (
        '"We will never accept it," said Giorgos Gerapetritis, the Greek foreign minister.',
        "person/giorgos-gerapetritis",
        "foreign minister",
        "state/greece",
    ),
    (
        "Aliyev, Azerbaijan's president, said Karabakh was Azerbaijan.",
        "person/ilham-aliyev",
        "president",
        "state/azerbaijan",
    ),
    (
        "The president of Azerbaijan, Ilham Aliyev, said Karabakh was Azerbaijan.",
        "person/ilham-aliyev",
        "president",
        "state/azerbaijan",
    ),
    # two titles joined by "and" are two offices (each checked in its own test below)
    (
        "Ethiopian Prime Minister and Foreign Minister Tesfaye Bekele said the farmland belonged "
        "to Ethiopia.",
        "person/tesfaye-bekele",
        "foreign minister",
        "state/ethiopia",
    ),
    (
        "Tesfaye Bekele, Ethiopia's prime minister and foreign minister, said the farmland "
        "belonged to Ethiopia.",
        "person/tesfaye-bekele",
        "foreign minister",
        "state/ethiopia",
    ),
    # an envoy or ambassador "to" a state or the UN holds the sending state's office
    (
        "Guyana's ambassador to the United States, Samuel Hinds, said Venezuela had no claim to "
        "the Essequibo.",
        "person/samuel-hinds",
        "ambassador to United States",
        "state/guyana",
    ),
    (
        "Samuel Hinds, Guyana's envoy to the United Nations, said Venezuela had no claim.",
        "person/samuel-hinds",
        "ambassador to United Nations",
        "state/guyana",
    ),
    (
        "Colombia's ambassador to Nicaragua, Leon Fredy Munoz, was recalled on Monday.",
        "person/leon-fredy-munoz",
        "ambassador to Nicaragua",
        "state/colombia",
    ),
    (
        "Peru's envoy to Chile, Ana Torres, handed over the note.",
        "person/ana-torres",
        "ambassador to Chile",
        "state/peru",
    ),
    (
        "The Philippine envoy to Beijing, Jaime FlorCruz, was summoned by the Chinese foreign "
        "ministry.",
        "person/jaime-florcruz",
        "ambassador to Beijing",
        "state/philippines",
    ),
    # a UN envoy, a court's or a mission's head, a movement's leader
    (
        "The UN's special envoy for Western Sahara, Staffan de Mistura, met Moroccan officials "
        "in Rabat.",
        "person/staffan-de-mistura",
        "ambassador",
        "organization/united-nations",
    ),
    (
        "Staffan de Mistura, the UN special envoy for Western Sahara, met Moroccan officials.",
        "person/staffan-de-mistura",
        "ambassador",
        "organization/united-nations",
    ),
    (
        "Joan Donoghue, president of the International Court of Justice, read the ruling on "
        "Monday.",
        "person/joan-donoghue",
        "president",
        "organization/international-court-of-justice",
    ),
    (
        "The president of the International Court of Justice, Joan Donoghue, read the ruling.",
        "person/joan-donoghue",
        "president",
        "organization/international-court-of-justice",
    ),
    (
        "Alexander Ivanko, head of the UN mission in Western Sahara, briefed the Security Council.",
        "person/alexander-ivanko",
        "head",
        "organization/united-nations",
    ),
    (
        "The head of the UN peacekeeping mission in Western Sahara, Alexander Ivanko, briefed "
        "the council.",
        "person/alexander-ivanko",
        "head",
        "organization/united-nations",
    ),
    (
        "Polisario Front leader Brahim Ghali said the fight would go on.",
        "person/brahim-ghali",
        "leader",
        "organization/polisario-front",
    ),
    (
        "Brahim Ghali, secretary-general of the Polisario Front, said the fight would go on.",
        "person/brahim-ghali",
        "secretary-general",
        "organization/polisario-front",
    ),
    (
        "EU foreign policy chief Kaja Kallas said the bloc backed Cyprus.",
        "person/kaja-kallas",
        "high representative",
        "organization/european-union",
    ),
    (
        "Kaja Kallas, the European Union's foreign policy chief, said the bloc backed Cyprus.",
        "person/kaja-kallas",
        "high representative",
        "organization/european-union",
    ),
    (
        "NATO Secretary-General Mark Rutte said the alliance would defend Estonia.",
        "person/mark-rutte",
        "secretary-general",
        "organization/nato",
    ),
    (
        "Turkish Cypriot leader Tufan Erhurman said the island would remain divided.",
        "person/tufan-erhurman",
        "leader",
        "state/turkish-republic-of-northern-cyprus",
    ),
    (
        "Mohamed Salem Ould Salek, the foreign minister of the self-proclaimed Sahrawi Arab "
        "Democratic Republic, rejected the plan.",
        "person/mohamed-salem-ould-salek",
        "foreign minister",
        "state/sahrawi-arab-democratic-republic",
    ),
    # judges and chairs of courts and commissions: "Judge" and "Chairperson" are no name words,
    # and the tagger's verb "judge" hung on the name as a compound is the title's noun
    (
        "ICJ judge Hilary Charlesworth dissented from the ruling.",
        "person/hilary-charlesworth",
        "judge",
        "organization/international-court-of-justice",
    ),
    (
        "Judge Hilary Charlesworth of the ICJ dissented from the ruling.",
        "person/hilary-charlesworth",
        "judge",
        "organization/international-court-of-justice",
    ),
    (
        "Judge Joan Donoghue, president of the International Court of Justice, said the order "
        "was binding.",
        "person/joan-donoghue",
        "president",
        "organization/international-court-of-justice",
    ),
    (
        "African Union Commission Chairperson Moussa Faki Mahamat said the border must be "
        "respected.",
        "person/moussa-faki-mahamat",
        "chairman",
        "organization/african-union",
    ),
    (
        "Moussa Faki Mahamat, chairperson of the African Union Commission, said the border must "
        "be respected.",
        "person/moussa-faki-mahamat",
        "chairman",
        "organization/african-union",
    ),
    # a title before the name naming no owner yields to the same office, narrower, after it
    (
        "Ambassador Jagdish Koonjul, Mauritius's envoy to the UN, welcomed the vote.",
        "person/jagdish-koonjul",
        "ambassador to United Nations",
        "state/mauritius",
    ),
    # aides and advisers
    (
        "Azerbaijani presidential aide Hikmet Hajiyev said the road would open next year.",
        "person/hikmet-hajiyev",
        "adviser",
        "state/azerbaijan",
    ),
    (
        "Hikmet Hajiyev, foreign policy adviser to the Azerbaijani president, said the road "
        "would open.",
        "person/hikmet-hajiyev",
        "adviser",
        "state/azerbaijan",
    ),
    (
        "Kremlin aide Yuri Ushakov said the summit would discuss the islands.",
        "person/yuri-ushakov",
        "adviser",
        "organization/kremlin",
    ),
    # spokespersons of ministries (TASS, Xinhua, Dawn)
    (
        "Russian Foreign Ministry spokeswoman Maria Zakharova said Tokyo's claims to the southern "
        "Kurils were groundless.",
        "person/maria-zakharova",
        "spokesperson",
        "organization/russian-ministry-of-foreign-affairs",
    ),
    (
        "The Chinese foreign ministry spokesman, Lin Jian, said the islands were Chinese.",
        "person/lin-jian",
        "spokesperson",
        "organization/chinese-ministry-of-foreign-affairs",
    ),
    (
        "Lin Jian, a spokesman for the Chinese foreign ministry, said the islands were Chinese.",
        "person/lin-jian",
        "spokesperson",
        "organization/chinese-ministry-of-foreign-affairs",
    ),
    (
        "Pakistan's foreign office spokesperson Mumtaz Zahra Baloch rejected the Indian statement.",
        "person/mumtaz-zahra-baloch",
        "spokesperson",
        "organization/foreign-office-of-pakistan",
    ),
    # "former", "acting", "deputy", "vice", "top diplomat", "who also serves as"
    (
        "Former President Evo Morales said Bolivia would never give up its claim to the sea.",
        "person/evo-morales",
        "president",
        "state/bolivia",
    ),
    (
        "Ramtane Lamamra, Algeria's former foreign minister, said Western Sahara was an occupied "
        "territory.",
        "person/ramtane-lamamra",
        "foreign minister",
        "state/algeria",
    ),
    (
        "Acting Foreign Minister Hamid Karimi of Afghanistan said the Durand Line was not a border.",
        "person/hamid-karimi",
        "foreign minister",
        "state/afghanistan",
    ),
    (
        "Deputy Prime Minister Tigran Avinyan of Armenia said the border talks would resume.",
        "person/tigran-avinyan",
        "deputy prime minister",
        "state/armenia",
    ),
    (
        "Venezuelan Vice President Delcy Rodriguez said the country would not accept the ruling.",
        "person/delcy-rodriguez",
        "vice president",
        "state/venezuela",
    ),
    (
        "Guyana's Vice President Bharrat Jagdeo said Venezuela was bluffing.",
        "person/bharrat-jagdeo",
        "vice president",
        "state/guyana",
    ),
    (
        "Japan's top diplomat, Takeshi Iwaya, said the Senkaku Islands were Japanese territory.",
        "person/takeshi-iwaya",
        "foreign minister",
        "state/japan",
    ),
    (
        "Takeshi Iwaya, who also serves as Japan's foreign minister, spoke to reporters on Monday.",
        "person/takeshi-iwaya",
        "foreign minister",
        "state/japan",
    ),
    # other ministers, regional and local offices (Kyodo, local papers)
    (
        "Japan's Chief Cabinet Secretary Yoshimasa Hayashi told a news conference the islands were "
        "Japanese.",
        "person/yoshimasa-hayashi",
        "chief cabinet secretary",
        "state/japan",
    ),
    (
        "British Defence Secretary John Healey visited the Falklands on Monday.",
        "person/john-healey",
        "defense minister",
        "state/united-kingdom",
    ),
    (
        "Spanish Interior Minister Fernando Grande-Marlaska visited Melilla on Monday.",
        "person/fernando-grande-marlaska",
        "interior minister",
        "state/spain",
    ),
    (
        "Venezuelan Defense Minister Vladimir Padrino Lopez said troops would stay in the "
        "Essequibo.",
        "person/vladimir-padrino-lopez",
        "defense minister",
        "state/venezuela",
    ),
    (
        "Argentine lawmaker Maria Gomez said the Malvinas were Argentine.",
        "person/maria-gomez",
        "member of parliament",
        "state/argentina",
    ),
    (
        "Mayor Carlos Ruiz of Melilla said the city would remain Spanish.",
        "person/carlos-ruiz",
        "mayor",
        "organization/government-of-melilla",
    ),
    (
        "Governor Rodrigo Alves of Roraima said the border with Venezuela would stay open.",
        "person/rodrigo-alves",
        "governor",
        "organization/government-of-roraima",
    ),
    (
        "The Bhutanese king, Jigme Khesar Namgyel Wangchuck, met the Indian prime minister.",
        "person/jigme-khesar-namgyel-wangchuck",
        "king",
        "state/bhutan",
    ),
    (
        "Nepal's Prime Minister K.P. Sharma Oli said Kalapani belonged to Nepal.",
        "person/k-p-sharma-oli",
        "prime minister",
        "state/nepal",
    ),
    # a title naming no state, for an official the gazetteer knows (people.yaml)
    (
        "Foreign Minister Ahmed Attaf told parliament that the plan for Western Sahara had failed "
        "and that Spain had erred.",
        "person/ahmed-attaf",
        "foreign minister",
        "state/algeria",
    ),
    (
        "The border commission met in Paramaribo on Monday, and Foreign Minister Albert Ramdin "
        "said Guyana had agreed to talk.",
        "person/albert-ramdin",
        "foreign minister",
        "state/suriname",
    ),
    (
        "Prime Minister Hun Manet said Thailand should take the temple dispute to the court.",
        "person/hun-manet",
        "prime minister",
        "state/cambodia",
    ),
    (
        "Speaking in Madrid, Foreign Minister Nasser Bourita said Spain and Morocco were partners.",
        "person/nasser-bourita",
        "foreign minister",
        "state/morocco",
    ),
    (
        "President Ahmed al-Sharaa told Lebanese envoys that the border would be demarcated.",
        "person/ahmed-al-sharaa",
        "president",
        "state/syria",
    ),
    # an office given by a verb of appointing (AP, local papers)
    (
        "Portugal's parliament elected Ana Costa speaker on Monday.",
        "person/ana-costa",
        "speaker",
        "state/portugal",
    ),
    (
        "Kenya's parliament on Tuesday elected Moses Wetangula speaker.",
        "person/moses-wetangula",
        "speaker",
        "state/kenya",
    ),
    (
        "The Armenian parliament elected Alen Simonyan as its speaker on Monday.",
        "person/alen-simonyan",
        "speaker",
        "state/armenia",
    ),
    (  # the assembly is a body (kg/ingest/nlp/owned_bodies.py): its speaker, as of "the Armenian parliament"
        "Parliament elected Alen Simonyan speaker of the Armenian National Assembly on Monday.",
        "person/alen-simonyan",
        "speaker",
        "organization/national-assembly-of-armenia",
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
            "Roraima Governor Rodrigo Alves said the border with Venezuela would stay open.",
            "person/rodrigo-alves",
            "governor",
            "organization/government-of-roraima",
            id="region_unknown_to_the_gazetteer_before_the_title",  # read since roles26
        ),
        pytest.param(
            "Indonesian Ambassador to Malaysia Hermono said Ambalat belonged to Indonesia.",
            "person/hermono",
            "ambassador to Malaysia",
            "state/indonesia",
            id="title_with_to_phrase_before_one_word_name",  # read since speech19 (titles.py)
        ),
    ],
)
def test_titles_still_missed(text, person, office, of):
    found = facts(text)
    assert has(found, "holdsRole", person=person, office=office, of=of), _held(found)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's Prime Minister and Foreign Minister Faisal bin Nasser said the border was final.",
        "Sheikh Faisal bin Nasser, Qatar's prime minister and foreign minister, said the border "
        "was final.",
        "Faisal bin Nasser, who is Qatar's prime minister, said the border was final. Prime "
        "Minister and Foreign Minister Faisal bin Nasser spoke in Doha.",
    ],
)
def test_two_coordinated_titles_are_two_offices(text):
    found = facts(text)
    for office in ("prime minister", "foreign minister"):
        assert has(
            found, "holdsRole", person="person/faisal-bin-nasser", office=office, of="state/qatar"
        ), _held(found)


@pytest.mark.parametrize(
    ("text", "person", "offices"),
    [
        # a conjunct with its own determiner or "former" describes the person
        (
            "Ana Costa, Portugal's foreign minister and a former judge, said Olivenza was "
            "Portuguese.",
            "person/ana-costa",
            {"foreign minister"},
        ),
        # a title before the name and one after it are not coordinated
        (
            "Prefect Marc Durand, the French state's representative, rejected the statement.",
            "person/marc-durand",
            {"prefect"},
        ),
        # two officials, each with their own title
        (
            "The prime minister and Foreign Minister Ana Costa of Portugal met the Spanish envoy "
            "in Lisbon.",
            "person/ana-costa",
            {"foreign minister"},
        ),
        (
            "Foreign Minister Ana Costa and Defence Minister Rui Lopes of Portugal visited Olivenza.",
            "person/rui-lopes",
            {"defense minister"},
        ),
        (
            "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in "
            "Brussels.",
            "person/ilham-aliyev",
            {"president"},
        ),
    ],
)
def test_one_title_is_one_office(text, person, offices):
    found = facts(text)
    held = {f.args["office"] for f in find(found, "holdsRole", person=person)}
    assert held == offices, _held(found)


@pytest.mark.parametrize(
    ("text", "person", "office", "of"),
    [
        (
            "China's foreign minister arrived in Jakarta on Monday. Wang Yi said the islands were "
            "Chinese.",
            "person/wang-yi",
            "foreign minister",
            "state/china",
        ),
        (
            "The Surinamese foreign minister opened the border commission on Monday. Albert "
            "Ramdin said Suriname had never abandoned its claim.",
            "person/albert-ramdin",
            "foreign minister",
            "state/suriname",
        ),
        (
            "Kenya's defence minister toured the Ilemi Triangle on Tuesday.\n\nAden Duale told "
            "troops the border would be secured.",
            "person/aden-duale",
            "defense minister",
            "state/kenya",
        ),
    ],
)
def test_an_unnamed_office_then_its_holder_as_the_next_subject(text, person, office, of):
    found = facts(text)
    assert has(found, "holdsRole", person=person, office=office, of=of), _held(found)


@pytest.mark.parametrize(
    "text",
    [
        # the text says who the next person is
        "The Surinamese foreign minister opened the meeting. Ana Costa, a Portuguese diplomat, "
        "said Suriname had never abandoned its claim.",
        # two offices before: the next person may hold either
        "Japan's prime minister met the Chinese leader on Monday. Li Wei told him the islands "
        "were Chinese.",
        # the next person has a title of their own
        "Japan's prime minister on Monday vowed to keep the islands. Opposition leader Ken Sato "
        "told parliament the plan was weak.",
        # no owner, or plural
        "The prime minister on Monday vowed to keep the islands. Ken Sato told parliament that "
        "they were Japanese.",
        "Japanese ministers on Monday vowed to keep the islands. Ken Sato told parliament that "
        "they were Japanese.",
    ],
)
def test_no_office_passes_to_the_next_sentence(text):
    found = facts(text)
    assert not find(found, "holdsRole", office="prime minister") and not find(
        found, "holdsRole", office="foreign minister"
    ), _held(found)


def test_a_demonym_in_the_sentence_before_is_no_officials_state():
    found = facts(
        "Hezbollah, which cites the Israeli presence in the farms as a reason to stay armed, did "
        "not comment. Prime Minister Karim Haddad's government has pledged to disarm it."
    )
    assert not find(found, "holdsRole", of="state/israel"), _held(found)
    found = facts(
        "Lebanon rejected the Israeli map on Monday. Prime Minister Karim Haddad said the farms "
        "were Lebanese."
    )
    assert has(found, "holdsRole", person="person/karim-haddad", of="state/lebanon"), _held(found)


def test_an_ambassadors_role_names_the_un_once():
    found = facts("Venezuela's ambassador to the UN, Samuel Moncada, rejected the court's order.")
    held = find(found, "holdsRole", person="person/samuel-moncada", of="state/venezuela")
    assert held and held[0].args["role"] == "ambassador to the UN", _held(found)


@pytest.mark.parametrize(
    "text",
    [
        # an office's building, staff or household is no holder
        "Kenya's president's office said the talks on the Ilemi Triangle would resume.",
        "The ambassador's residence in Nairobi was guarded by police on Monday.",
        "Staff at the foreign minister's office in Lima refused to comment on the maritime case.",
        # a former colony, a book, a sports captain, a surname that is a title word
        "Somalia, a former colony of Italy, rejected the claim.",
        '"The Prime Minister\'s Dilemma", a book by Ana Costa, was published on Monday.',
        "Team captain Luka Modric said Croatia would win.",
        "Hugo Secretary said the Essequibo belonged to Guyana.",
        # an aide no name follows
        "A presidential aide said the talks on the islands had stalled.",
        "The aide, who asked not to be named, said the islands were discussed.",
        # an appointment denied, an office with no name
        "Parliament did not elect Ana Costa speaker on Monday.",
        "The Armenian parliament elected Alen Simonyan, a close ally of the prime minister, on "
        "Monday.",
        "The foreign minister of Suriname did not attend the commission's meeting in Georgetown.",
    ],
)
def test_no_holding_where_no_one_holds_an_office(text):
    found = facts(text)
    assert not find(found, "holdsRole"), _held(found)
