"""Statements on unseen text, a seventh battery (issue 12, speech20): sentences written for this
test in agency styles about disputes outside the development set (Nigeria and Cameroon, Kenya and
Uganda, Azerbaijan and Armenia, Serbia and Kosovo, Ghana and Togo, Ethiopia and Eritrea), with
speakers the gazetteer does not know.

Shapes: a statement from someone's office (the office's words are its holder's); "X's office said in
a statement"; a post ("tweeted", "wrote on Facebook", "posted on X", "said on Telegram"); words told
to parliament, lawmakers, the Senate, state television, a news agency; a quotation after "accused X
of", "called on X to", "urged X to", "vowed to", "warned that", "described/dismissed X as"; an
opening phrase ("in remarks broadcast by", "speaking to reporters in", "in a televised address");
"adding that"; a quotation split over two sentences; "the statement said" of a statement a ministry
issued (the ministry's words); plural officials of a state ("officials in Accra": the state); a
body owned by "whose" (the state named just before it); "his Togolese counterpart" (the last person
named who serves that state); two parser misreadings mended (kg/ingest/nlp/grammar/speech_misreads.py):
a tag after a quotation read as a participle of its speaker, a speaker's second verb joined to the
reported clause under a modal ("said Kenya would ... and accused Kampala of ...").
Each fact is asked of three or more rewrites. The negatives give no statement: an accusation,
demand or description without quotation marks is an act in the outlet's words (gold keeps only
quoted words of those verbs), a denial that something was said, a statement only planned.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, said_by, speech_case, statements

TINUBU, GHANA_MFA = "person/bola-tinubu", "organization/ministry-of-foreign-affairs-of-ghana"
ALIYEV, VUCIC, KURTI = "person/ilham-aliyev", "person/aleksandar-vucic", "person/albin-kurti"
PENINSULA = "the peninsula remained Nigerian"
BORDER = "the border was settled in 1957"
NEVER = "Serbia would never recognise Kosovo"
DUSSEY = "person/robert-dussey"
TOGO_MFA = "organization/ministry-of-foreign-affairs-of-togo"
GEBREMESKEL, MUDAVADI = "person/yemane-gebremeskel", "person/musalia-mudavadi"

CASES = [
    # a statement from someone's office: its holder's words
    speech_case(
        '"The river has always been ours," a statement from President Bola Tinubu\'s office said.',
        TINUBU,
        "The river has always been ours",
        "statement_from_office_quote_first",
    ),
    speech_case(
        "A statement from Nigerian President Bola Tinubu's office said the peninsula remained "
        "Nigerian.",
        TINUBU,
        PENINSULA,
        "statement_from_possessed_office",
    ),
    speech_case(
        "A statement from the office of Nigerian President Bola Tinubu said the peninsula remained "
        "Nigerian.",
        TINUBU,
        PENINSULA,
        "statement_from_office_of",
    ),
    speech_case(
        "The office of Nigerian President Bola Tinubu said in a statement that the peninsula "
        "remained Nigerian.",
        TINUBU,
        PENINSULA,
        "office_of_said_in_statement",
    ),
    speech_case(
        "Nigerian President Bola Tinubu's office said the peninsula remained Nigerian.",
        TINUBU,
        PENINSULA,
        "possessed_office_said",
    ),
    speech_case(
        "Cameroonian President Paul Biya's office said in a statement that the handover was "
        '"final and irreversible".',
        "person/paul-biya",
        "the handover was final and irreversible",
        "office_said_in_statement_quoted_tail",
    ),
    # a ministry's statement, however it is introduced
    speech_case(
        'A statement from the Ghanaian foreign ministry said the border "was settled in 1957".',
        GHANA_MFA,
        BORDER,
        "statement_from_ministry",
    ),
    speech_case(
        "Ghana's foreign ministry issued a statement on Monday. The border was settled in 1957, the "
        "statement said.",
        GHANA_MFA,
        "The border was settled in 1957",
        "the_statement_said_issued_before",
    ),
    speech_case(
        "Ghana's foreign ministry issued a statement on Monday saying the border was settled in "
        "1957.",
        GHANA_MFA,
        BORDER,
        "issued_statement_saying",
    ),
    speech_case(
        "In a statement issued on Monday, Ghana's foreign ministry said the border was settled in "
        "1957.",
        GHANA_MFA,
        BORDER,
        "in_a_statement_issued_opener",
    ),
    speech_case(
        "The border was settled in 1957, Ghana's foreign ministry said in a statement posted on its "
        "website.",
        GHANA_MFA,
        "The border was settled in 1957",
        "said_in_statement_posted",
    ),
    speech_case(
        "A spokesman for the Ghanaian foreign ministry said the border was settled in 1957.",
        GHANA_MFA,
        BORDER,
        "spokesman_for_ministry",
    ),
    # "whose" body: the state named just before it (kg/ingest/nlp/bodies.py)
    speech_case(
        "Ghanaian President John Mahama drew a sharp response from Togo, whose foreign ministry "
        "said the posts had not moved.",
        TOGO_MFA,
        "the posts had not moved",
        "whose_ministry_said",
    ),
    speech_case(
        "Ghana protested to Togo, whose foreign ministry said in a statement that the posts had not "
        "moved.",
        TOGO_MFA,
        "the posts had not moved",
        "whose_ministry_said_in_statement",
    ),
    speech_case(
        "Togo rejected the protest. Its foreign ministry said in a statement that the posts had "
        "not moved.",
        TOGO_MFA,
        "the posts had not moved",
        "its_ministry_next_sentence",
    ),
    speech_case(
        "Ghana protested to Togo, whose defence ministry said the posts had not moved.",
        "organization/ministry-of-defence-of-togo",
        "the posts had not moved",
        "whose_defence_ministry",
    ),
    speech_case(
        "Togo rejected the protest. The foreign ministry said in a statement that the posts had not "
        "moved.",
        TOGO_MFA,
        "the posts had not moved",
        "the_ministry_of_the_sole_state",  # the state last acting, the dateline weighed first
    ),
    # plural officials of a state: the state
    speech_case(
        "Officials in Accra said the border was settled in 1957.",
        "state/ghana",
        BORDER,
        "officials_in_capital",
    ),
    speech_case(
        "Ghanaian officials said the border was settled in 1957.",
        "state/ghana",
        BORDER,
        "demonym_officials",
    ),
    speech_case(
        "The Togolese government said in a communique that the posts had not moved.",
        "state/togo",
        "the posts had not moved",
        "government_said_in_communique",
    ),
    speech_case(
        "Togo's government, in a communique read on state television, said the posts had not moved.",
        "state/togo",
        "the posts had not moved",
        "government_communique_inserted",
    ),
    # posts on social media
    speech_case(
        'Kenyan Foreign Minister Musalia Mudavadi tweeted that Migingo island "belongs to Kenya".',
        "person/musalia-mudavadi",
        "Migingo island belongs to Kenya",
        "tweeted_that",
    ),
    speech_case(
        'Ugandan Foreign Minister Jeje Odongo wrote on Facebook that the island "is Ugandan and '
        'will remain so".',
        "person/jeje-odongo",
        "the island is Ugandan",
        "wrote_on_facebook",
    ),
    speech_case(
        'Guyanese President Irfaan Ali posted on X that "Essequibo is Guyana\'s, every inch of it".',
        "person/irfaan-ali",
        "Essequibo is Guyana's",
        "posted_on_x",
    ),
    speech_case(
        'Colombian President Gustavo Petro said on X that San Andres "is and will remain '
        'Colombian".',
        "person/gustavo-petro",
        "San Andres is and will remain Colombian",
        "said_on_x",
    ),
    speech_case(
        'Ukrainian Foreign Minister Andrii Sybiha said on Telegram that the island "will always be '
        'Ukrainian".',
        "person/andrii-sybiha",
        "the island will always be Ukrainian",
        "said_on_telegram",
    ),
    # told parliament, lawmakers, the Senate, state television, an agency
    speech_case(
        'Prime Minister Mark Phillips told lawmakers that "Guyana will not cede one blade of grass".',
        "person/mark-phillips",
        "Guyana will not cede one blade of grass",
        "told_lawmakers",
    ),
    speech_case(
        "Venezuelan Vice President Delcy Rodriguez told state television that the referendum was "
        '"binding on all Venezuelans".',
        "person/delcy-rodriguez",
        "the referendum was binding on all Venezuelans",
        "told_state_television",
    ),
    speech_case(
        'Chilean Foreign Minister Alberto van Klaveren told the Senate that Chile "will not '
        'negotiate its sovereignty".',
        "person/alberto-van-klaveren",
        "Chile will not negotiate its sovereignty",
        "told_the_senate",
    ),
    speech_case(
        'Togolese Foreign Minister Robert Dussey told the BBC that the posts "have not moved an '
        'inch".',
        "person/robert-dussey",
        "the posts have not moved an inch",
        "told_broadcaster",
    ),
    speech_case(
        "Serbia would never recognise Kosovo, Serbian President Aleksandar Vucic told Reuters in an "
        "interview.",
        VUCIC,
        NEVER,
        "told_agency_in_interview",
    ),
    speech_case(
        "In an interview with Reuters, Serbian President Aleksandar Vucic said Serbia would never "
        "recognise Kosovo.",
        VUCIC,
        NEVER,
        "in_an_interview_opener",
    ),
    speech_case(
        "In a televised address, Serbian President Aleksandar Vucic said Serbia would never "
        "recognise Kosovo.",
        VUCIC,
        NEVER,
        "televised_address_opener",
    ),
    speech_case(
        'Serbian President Aleksandar Vucic vowed that Serbia "will never recognise Kosovo".',
        VUCIC,
        "Serbia will never recognise Kosovo",
        "vowed_that",
    ),
    speech_case(
        'Serbian President Aleksandar Vucic vowed to "never recognise Kosovo\'s independence".',
        VUCIC,
        "never recognise Kosovo's independence",
        "vowed_to_quoted",
    ),
    # accused of, called on, urged, warned, described, dismissed: quoted words
    speech_case(
        'Azerbaijani President Ilham Aliyev accused Armenia of "sabotaging the peace process".',
        ALIYEV,
        "sabotaging the peace process",
        "accused_of_quoted",
    ),
    speech_case(
        'Azerbaijani President Ilham Aliyev accused Yerevan of "dragging its feet", saying the talks '
        "had stalled.",
        ALIYEV,
        "the talks had stalled",
        "accused_then_saying",
    ),
    speech_case(
        'Azerbaijani President Ilham Aliyev on Tuesday accused Armenia of "sabotaging the peace '
        'process" and of "stalling on the border".',
        ALIYEV,
        "stalling on the border",
        "accused_of_second_quote",
        xfail="the second 'of' hangs on the first; its quotation is no role of 'accused'",
    ),
    speech_case(
        'Ghanaian President John Mahama spoke on Monday.\nHe accused Togo of "moving the border '
        'posts" and called on Lome to "respect the 1957 line".',
        "person/john-mahama",
        "respect the 1957 line",
        "called_on_coordinated_pronoun",
    ),
    speech_case(
        'Armenian Prime Minister Nikol Pashinyan called on Baku to "respect the borders of 1991".',
        "person/nikol-pashinyan",
        "respect the borders of 1991",
        "called_on_to_quoted",
    ),
    speech_case(
        'Bolivian President Luis Arce urged Chile to "sit down at the table without '
        'preconditions".',
        "person/luis-arce",
        "sit down at the table without preconditions",
        "urged_to_quoted",
    ),
    speech_case(
        'Kosovo Prime Minister Albin Kurti warned that the north "will not be handed over to '
        'parallel structures".',
        KURTI,
        "the north will not be handed over",
        "warned_that",
    ),
    speech_case(
        'Cypriot President Nikos Christodoulides described the move as "a flagrant violation of UN '
        'resolutions".',
        "person/nikos-christodoulides",
        "a flagrant violation of UN resolutions",
        "described_as_quoted",
    ),
    speech_case(
        'Turkish Foreign Minister Hakan Fidan dismissed the claims as "baseless and unacceptable".',
        "person/hakan-fidan",
        "baseless and unacceptable",
        "dismissed_claims_as_quoted",
    ),
    # a tag after a quotation that the parser read as a participle of the name
    # (kg/ingest/nlp/grammar/speech_misreads.py)
    speech_case(
        '"The port is not for sale," Yemane Gebremeskel, Eritrea\'s information minister, posted on X '
        "late on Sunday.",
        GEBREMESKEL,
        "The port is not for sale",
        "posted_tag_after_apposition",
    ),
    speech_case(
        '"The port is not for sale," Eritrean Information Minister Yemane Gebremeskel posted on X.',
        GEBREMESKEL,
        "The port is not for sale",
        "posted_tag_title_before",
    ),
    speech_case(
        "Eritrea's information minister, Yemane Gebremeskel, wrote on X that the port \"is not for "
        'sale".',
        GEBREMESKEL,
        "the port is not for sale",
        "wrote_on_x_that",
    ),
    speech_case(
        "The port is not for sale, Eritrean Information Minister Yemane Gebremeskel wrote on X.",
        GEBREMESKEL,
        "The port is not for sale",
        "wrote_on_x_tag_after",
    ),
    # a second verb of the speaker that the parser joined to the clause under a modal
    speech_case(
        'Mudavadi said Kenya "will not surrender an inch" and accused Kampala of "bad faith".',
        MUDAVADI,
        "bad faith",
        "said_and_accused_of_quoted",
    ),
    speech_case(
        'Mudavadi said Kenya would not surrender an inch and urged Kampala to "respect the '
        'border".',
        MUDAVADI,
        "respect the border",
        "said_and_urged_quoted",
    ),
    speech_case(
        'Mudavadi said Kenya would not give up the island and called on Uganda to "withdraw its '
        'police".',
        MUDAVADI,
        "withdraw its police",
        "said_and_called_on_quoted",
    ),
    speech_case(
        'Mudavadi says Kenya will not surrender an inch and accuses Kampala of "bad faith".',
        MUDAVADI,
        "bad faith",
        "says_and_accuses_present",
    ),
    speech_case(
        'Mudavadi said Kenya would not surrender an inch and urged Kampala to "respect the '
        'border".',
        MUDAVADI,
        "Kenya would not surrender an inch",
        "said_clause_ends_before_conjunct",
    ),
    # "his Togolese counterpart": the last person named who serves that state
    # (person_epithets.counterparts of data/lexicon/references.yaml)
    speech_case(
        "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert "
        "Dussey in Accra on Monday.\nHis Togolese counterpart said the posts had not moved.",
        DUSSEY,
        "the posts had not moved",
        "his_demonym_counterpart",
    ),
    speech_case(
        "Togolese Foreign Minister Robert Dussey met his Ghanaian counterpart, Samuel Okudzeto "
        "Ablakwa, in Accra on Monday.\nHis Ghanaian counterpart said the border was settled in 1957.",
        "person/samuel-okudzeto-ablakwa",
        BORDER,
        "his_counterpart_named_in_apposition",
    ),
    speech_case(
        "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert "
        'Dussey in Accra on Monday.\n"The posts have not moved," his Togolese counterpart said.',
        DUSSEY,
        "The posts have not moved",
        "quote_then_counterpart",
    ),
    speech_case(
        "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert "
        "Dussey in Accra on Monday.\nThe Togolese minister said the posts had not moved.",
        DUSSEY,
        "the posts had not moved",
        "the_demonym_minister",
    ),
    # an opening phrase, "adding that", a quotation over two sentences
    speech_case(
        "In remarks broadcast by state television, Ethiopian Prime Minister Abiy Ahmed said access "
        'to the sea was "an existential matter".',
        "person/abiy-ahmed",
        "access to the sea was an existential matter",
        "remarks_broadcast_by_opener",
    ),
    speech_case(
        "Speaking to reporters in Asmara, Eritrean Information Minister Yemane Gebremeskel said the "
        'port "is not for sale".',
        "person/yemane-gebremeskel",
        "the port is not for sale",
        "speaking_to_reporters_in_opener",
    ),
    speech_case(
        "Somali President Hassan Sheikh Mohamud said the deal was illegal, adding that Somalia "
        '"will defend its territory".',
        "person/hassan-sheikh-mohamud",
        "Somalia will defend its territory",
        "adding_that",
    ),
    speech_case(
        '"The corridor must be opened," Aliyev told a news conference in Baku on Monday, adding '
        'that Azerbaijan "will not wait forever".',
        ALIYEV,
        "Azerbaijan will not wait forever",
        "quote_first_then_adding_that",
    ),
    speech_case(
        '"This is our land," Kurti told lawmakers in Pristina. "We will not negotiate it away."',
        KURTI,
        "This is our land",
        "quote_over_two_sentences",
    ),
    speech_case(
        'Kurti said the north was part of Kosovo. "We will not negotiate it away," he told '
        "lawmakers.",
        KURTI,
        "We will not negotiate it away",
        "pronoun_told_lawmakers",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CASES)
def test_statement(text: str, speaker: str, words: str) -> None:
    assert said_by(text, speaker, words), statements(HEADLINE + text)


@pytest.mark.parametrize(
    "text",
    [
        # an accusation, a demand, a description without quotation marks: the outlet's words
        "Ghanaian President John Mahama accused Togo of moving the border posts.",
        "Armenian Prime Minister Nikol Pashinyan called on Baku to respect the borders of 1991.",
        "Bolivian President Luis Arce urged Chile to return to the negotiating table.",
        "Turkish Foreign Minister Hakan Fidan described the Greek plan as a provocation.",
        # what was not said, what is only planned
        "Ghana's foreign ministry did not say whether the border had been settled in 1957.",
        "Ghana's foreign ministry is expected to issue a statement on the border next week.",
    ],
    ids=[
        "accused_unquoted",
        "called_on_unquoted",
        "urged_unquoted",
        "described_unquoted",
        "did_not_say",
        "statement_planned",
    ],
)
def test_no_statement(text: str) -> None:
    assert not statements(HEADLINE + text), statements(HEADLINE + text)


@pytest.mark.parametrize(
    "text",
    [
        'Mudavadi said Kenya "will not surrender an inch" and accused Kampala of "bad faith".',
        'Mudavadi said Kenya would not surrender an inch and urged Kampala to "respect the border".',
    ],
)
def test_second_verb_is_not_the_clause_subjects(text: str) -> None:
    """The state the reported clause is about does not say what the speaker's second verb
    quotes ("and accused ..." is Mudavadi's, not Kenya's)."""
    found = statements(HEADLINE + text)
    assert not any(k == "state/kenya" for k, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # no state says whose counterpart: not read
        "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert "
        "Dussey in Accra on Monday.\nHis counterpart said the posts had not moved.",
        # no Togolese named before: no one
        "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa spoke on Monday.\nHis Togolese "
        "counterpart said the posts had not moved.",
    ],
    ids=["counterpart_without_state", "counterpart_of_no_one_named"],
)
def test_counterpart_not_resolved(text: str) -> None:
    found = statements(HEADLINE + text)
    assert not any(str(k).startswith("person/") for k, _ in found), found
