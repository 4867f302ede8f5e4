"""Statements and offices on unseen text, a sixth battery (issue 12, speech19): sentences written
for this test in agency styles (Reuters, AFP, AP, Xinhua) about disputes outside the development set,
with speakers and officials the gazetteer does not know (a Bolivian vice-minister, a Nigerian
senator, a Guyanese attorney general, a Moroccan spokeswoman, a Cameroonian minister).

Shapes: a name called something in quotation marks where the parser makes the quotation an
apposition of the object ('called the decision "an affront ..."'); a speech tag followed by
"according to" an agency (the agency gives no words of its own); reminded / countered / affirmed
that; a title with its "of"/"to" phrase before the name ("Vice Minister of Foreign Affairs Freddy
Mamani", "Ambassador to the UN Omar Hilale", "Minister of External Relations X": offices.yaml);
a bare national title in a report filed from a city of a state the article is about ("LA PAZ
(Reuters) - ... President Rodrigo Paz": kg/ingest/nlp/rules/filed_from.py); a person referred to as
"the official", "the lawmaker", "the Chilean diplomat", "the 58-year-old" (kg/ingest/nlp/epithets.py).
Each fact is asked of three or more rewrites. The negatives give no statement or no holding:
an indefinite "an official" since the naming is someone else; the agency a report comes from; an
expert noun ("the analyst"); a summit abroad's dateline; an unquoted demand; a court's ruling.
Cases the extractor still misses are strict xfails with their cause.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, facts, has, said_by, speech_case, statements

SOMMERFELD, MAMANI = "person/gabriela-sommerfeld", "person/freddy-mamani"

CASES = [
    # 'called X "..."': the quotation is what X was called, however the parser hangs it
    speech_case(
        'Ecuadorian Foreign Minister Gabriela Sommerfeld called the decision "an affront to '
        'international law".',
        SOMMERFELD,
        "an affront to international law",
        "called_object_quoted_apposition",
    ),
    speech_case(
        "Gabriela Sommerfeld, Ecuador's foreign minister, called the ruling \"a betrayal of the "
        'peace accord."',
        SOMMERFELD,
        "a betrayal of the peace accord",
        "called_title_after_name",
    ),
    speech_case(
        'Ecuadorian Foreign Minister Gabriela Sommerfeld called the handover "a historic victory".',
        SOMMERFELD,
        "a historic victory",
        "called_object_quoted_predicate",
    ),
    speech_case(
        'Ecuadorian Foreign Minister Gabriela Sommerfeld dismissed the ruling as "an affront to '
        'international law."',
        SOMMERFELD,
        "an affront to international law",
        "dismissed_as_quoted",
    ),
    # a tag "according to" an agency: the speaker's words, not the agency's
    speech_case(
        "The islands were Chinese, Chinese Foreign Minister Wang Yi said, according to Xinhua.",
        "person/wang-yi",
        "The islands were Chinese",
        "said_according_to_agency",
    ),
    speech_case(
        "According to Xinhua, Wang Yi said the islands were Chinese.",
        "person/wang-yi",
        "the islands were Chinese",
        "according_to_agency_first",
    ),
    speech_case(
        "Wang Yi said the islands were Chinese, the Xinhua news agency reported.",
        "person/wang-yi",
        "the islands were Chinese",
        "agency_reported_after",
    ),
    # other verbs of saying with a that-clause
    speech_case(
        "Ecuadorian Foreign Minister Gabriela Sommerfeld reminded reporters that the border was "
        "settled in 1998.",
        SOMMERFELD,
        "the border was settled in 1998",
        "reminded_reporters_that",
    ),
    speech_case(
        "Peru says the border is open. Gabriela Sommerfeld, Ecuador's foreign minister, countered "
        "that the border was settled in 1998.",
        SOMMERFELD,
        "the border was settled in 1998",
        "countered_that",
    ),
    speech_case(
        "Ecuadorian Foreign Minister Gabriela Sommerfeld affirmed that Ecuador would respect the "
        "accord.",
        SOMMERFELD,
        "Ecuador would respect the accord",
        "affirmed_that",
    ),
    # a person referred to by what they are: "the official", "the diplomat", an age
    speech_case(
        "Freddy Mamani, Bolivia's deputy foreign minister, spoke after the ruling. The official "
        "said Bolivia would not give up.",
        MAMANI,
        "Bolivia would not give up",
        "the_official_said",
    ),
    speech_case(
        "Freddy Mamani, Bolivia's deputy foreign minister, spoke after the ruling. The 58-year-old "
        "said Bolivia would not give up.",
        MAMANI,
        "Bolivia would not give up",
        "the_age_said",
    ),
    speech_case(
        "Bolivian Deputy Foreign Minister Freddy Mamani arrived in Santiago on Monday. "
        '"We will not give up," the veteran diplomat told reporters.',
        MAMANI,
        "We will not give up",
        "the_veteran_diplomat_told",
    ),
    speech_case(
        "Senator Bola Adeyemi spoke in Abuja on Thursday. The lawmaker said the handover of "
        "Bakassi had been a mistake.",
        "person/bola-adeyemi",
        "the handover of Bakassi had been a mistake",
        "the_lawmaker_said",
    ),
    speech_case(
        "Chilean Foreign Minister Alberto van Klaveren met Bolivian Foreign Minister Celinda Sosa "
        "in La Paz. The Bolivian diplomat said the talks had failed.",
        "person/celinda-sosa",
        "the talks had failed",
        "the_demonym_diplomat_the_one_of_that_state",
    ),
    speech_case(
        "Chilean Foreign Minister Alberto van Klaveren met Bolivian Foreign Minister Celinda Sosa "
        "in La Paz. The Chilean diplomat said the talks had failed.",
        "person/alberto-van-klaveren",
        "the talks had failed",
        "the_other_demonym_diplomat",
    ),
    # the speaker's name hung by the parser inside the phrase that opens the sentence
    speech_case(
        "In a letter to the UN secretary-general, Venezuelan Vice President Delcy Rodriguez wrote "
        "that the 1899 award was a fraud.",
        "person/delcy-rodriguez",
        "the 1899 award was a fraud",
        "name_after_opener_misparsed",
    ),
    speech_case(
        "Venezuelan Vice President Delcy Rodriguez, in a letter to the UN secretary-general, said "
        "the 1899 award was a fraud.",
        "person/delcy-rodriguez",
        "the 1899 award was a fraud",
        "opener_inserted_after_name",
    ),
    speech_case(
        "Venezuelan Vice President Delcy Rodriguez sent a letter to the UN secretary-general "
        "saying the 1899 award was a fraud.",
        "person/delcy-rodriguez",
        "the 1899 award was a fraud",
        "letter_saying",
    ),
    speech_case(
        'The 1899 award was "a fraud," Venezuelan Vice President Delcy Rodriguez wrote in a '
        "letter to the UN secretary-general.",
        "person/delcy-rodriguez",
        "The 1899 award was a fraud",
        "wrote_in_a_letter_after",
    ),
    # a that-clause after a participle the parser hung on the verb
    speech_case(
        "Guyanese President Irfaan Ali said in a speech to parliament on Tuesday marking the "
        "anniversary of the award that Venezuela's claim had no basis in law.",
        "person/irfaan-ali",
        "Venezuela's claim had no basis in law",
        "said_in_speech_marking_that",
    ),
    speech_case(
        "Guyanese President Irfaan Ali said in a speech marking the anniversary of the award "
        "that Venezuela's claim had no basis in law.",
        "person/irfaan-ali",
        "Venezuela's claim had no basis in law",
        "said_in_speech_marking_that_no_day",
    ),
    speech_case(
        "In a speech marking the anniversary of the award, Guyanese President Irfaan Ali said "
        "Venezuela's claim had no basis in law.",
        "person/irfaan-ali",
        "Venezuela's claim had no basis in law",
        "speech_marking_fronted",
    ),
    speech_case(
        "The talks had failed, two Bolivian officials told Reuters on condition of anonymity.",
        "state/bolivia",
        "The talks had failed",
        "officials_told_agency",
    ),
    # "the official" after an unnamed one: the state that one speaks for
    speech_case(
        "A senior Bolivian official said the talks had failed. The official added that Bolivia "
        "would not give up.",
        "state/bolivia",
        "Bolivia would not give up",
        "the_official_after_unnamed_official",
    ),
    speech_case(
        "Freddy Mamani spoke on Monday. A Bolivian diplomat said the talks had failed. The "
        "diplomat, who asked not to be named, said Bolivia would not give up.",
        "state/bolivia",
        "Bolivia would not give up",
        "the_diplomat_after_unnamed_diplomat",
    ),
    # a spokesman of the body named before
    speech_case(
        "The Bolivian foreign ministry summoned the Chilean consul. A ministry spokesman said the "
        "incursion was unacceptable.",
        "organization/ministry-of-foreign-affairs-of-bolivia",
        "the incursion was unacceptable",
        "a_ministry_spokesman_named_before",
    ),
    speech_case(
        "The Bolivian foreign ministry summoned the Chilean consul. Its spokesman said the "
        "incursion was unacceptable.",
        "organization/ministry-of-foreign-affairs-of-bolivia",
        "the incursion was unacceptable",
        "its_spokesman",
    ),
    speech_case(
        "The Bolivian foreign ministry summoned the Chilean consul. The incursion was "
        "unacceptable, a ministry official said.",
        "organization/ministry-of-foreign-affairs-of-bolivia",
        "The incursion was unacceptable",
        "a_ministry_official_after",
    ),
    # already read before this battery: kept as rewrites of the same facts
    speech_case(
        "Bolivia's claim to the sea is not negotiable, Freddy Mamani, the country's deputy "
        "foreign minister, told reporters in La Paz.",
        MAMANI,
        "Bolivia's claim to the sea is not negotiable",
        "tag_title_after_name",
    ),
    speech_case(
        "According to Freddy Mamani, Bolivia's deputy foreign minister, the 1904 treaty was "
        "imposed by force.",
        MAMANI,
        "the 1904 treaty was imposed by force",
        "according_to_titled",
    ),
    speech_case(
        "Freddy Mamani, a spokesman for the Bolivian foreign ministry, wrote on X that the 1904 "
        "treaty was imposed by force.",
        MAMANI,
        "the 1904 treaty was imposed by force",
        "wrote_on_x",
    ),
    speech_case(
        "Freddy Mamani, Bolivia's deputy foreign minister, spoke after the ruling. \"The sea is "
        'ours by right," Mamani said. "Chile knows it."',
        MAMANI,
        "The sea is ours by right",
        "multi_sentence_quote",
    ),
    speech_case(
        'Bolivian Deputy Foreign Minister Freddy Mamani spoke in La Paz.\n\n"We will not give up," '
        "he told reporters.",
        MAMANI,
        "We will not give up",
        "pronoun_next_paragraph",
    ),
    speech_case(
        "Rene Emmanuel Sadi, Cameroon's minister of communication, spoke on state radio. The "
        "peninsula is Cameroonian and will remain so, Sadi said in a statement, adding that the "
        "Green Tree Agreement had been signed by both presidents.",
        "person/rene-emmanuel-sadi",
        "the Green Tree Agreement had been signed",
        "adding_that_after_tag",
    ),
    # the cases still missed
    speech_case(
        "Freddy Mamani, Bolivia's deputy foreign minister, spoke after the ruling. The former "
        "ambassador said Bolivia would not give up.",
        MAMANI,
        "Bolivia would not give up",
        "the_former_office_said",
        xfail="an office the person held before ('the former ambassador') is not among the "
        "offices the text gives them, so no one holds it",
    ),
    speech_case(
        '"The sea is ours by right," read a statement from the Bolivian foreign ministry.',
        "organization/ministry-of-foreign-affairs-of-bolivia",
        "The sea is ours by right",
        "read_a_statement_inverted",
        xfail="'read a statement from X' after the quotation: the inverted subject is the "
        "statement, which the read trigger does not look for after its verb",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CASES)
def test_statement(text: str, speaker: str, words: str) -> None:
    assert said_by(text, speaker, words), statements(HEADLINE + text)


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite official since the naming is another person
        "Freddy Mamani spoke on Monday. A senior Bolivian official said the talks had failed. The "
        "official added that Bolivia would not give up.",
        # the agency a report comes from says nothing of its own
        "The islands were Chinese, Chinese Foreign Minister Wang Yi said, according to Xinhua.",
        # an expert noun is another person, not the one named before
        "Freddy Mamani spoke on Monday. Bolivia would not give up, according to the analyst.",
    ],
    ids=["unnamed_official_since", "agency_no_words", "analyst_not_resolved"],
)
def test_no_statement_of_the_named_person(text: str) -> None:
    """No statement credits the named person (or the agency) with words someone else said."""
    found = statements(HEADLINE + text)
    if "Mamani" in text:
        assert not any(k == MAMANI and "not give up" in q for k, q in found), found
    else:
        assert not any(k == "organization/xinhua" for k, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Polisario Front rejected the idea. Its representative at the UN, Sidi Omar, said the "
        "Sahrawi people had the right to a referendum.",
        "The Polisario Front rejected the idea. Sidi Omar, its representative at the UN, said the "
        "Sahrawi people had the right to a referendum.",
    ],
)
def test_posted_to_is_not_whose_office(text: str) -> None:
    """ "its representative at the UN": the UN is where the office is held, not whose it is
    ("its" is the body the sentence before is about: rules/possessed_titles.py)."""
    found = facts(HEADLINE + text)
    assert not has(found, "holdsRole", person="person/sidi-omar", of="organization/united-nations")


def test_opener_name_is_not_the_speaker_when_the_verb_has_one() -> None:
    """A name at the end of the opening phrase is the speaker only where the verb has none."""
    found = statements(
        HEADLINE + "In a letter to Guyanese President Irfaan Ali, Venezuela said the award was a "
        "fraud."
    )
    assert not any(k == "person/irfaan-ali" for k, _ in found), found
    assert any(k == "state/venezuela" for k, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a demand without quotation marks is an act, no statement
        "Ecuadorian Foreign Minister Gabriela Sommerfeld urged Peru to respect the accord.",
        # a court's finding is a ruling, not a statement
        "The International Court of Justice said in its ruling that the boundary followed the river.",
        # what was not said
        "Ecuadorian Foreign Minister Gabriela Sommerfeld declined to comment on the ruling.",
        "Ecuadorian Foreign Minister Gabriela Sommerfeld did not say whether Ecuador would attend.",
        # a document's words are no one's statement
        "The treaty says the boundary follows the thalweg of the river.",
        # a name called something unquoted is the outlet's word
        "Ecuadorian Foreign Minister Gabriela Sommerfeld called the decision a mistake.",
        # a state's media, or its people, speak for themselves, not for the state
        "According to Bolivian media, the talks had failed.",
        "According to Bolivian fishermen, the patrols had stopped.",
        # a document's terms are no one's words
        "According to the 1904 treaty, the border follows the watershed.",
        # a ministry spokesman with no ministry named before: whose is not told
        "A ministry spokesman said the incursion was unacceptable.",
    ],
)
def test_no_statement(text: str) -> None:
    assert statements(HEADLINE + text) == []


#: (text, person key, canonical office, key of whose office it is)
TITLED = [
    # a title with its "of"/"to" phrase before the name
    pytest.param(
        "Bolivian Vice Minister of Foreign Affairs Freddy Mamani said the talks failed.",
        MAMANI,
        "deputy foreign minister",
        "state/bolivia",
        id="vice_minister_of_before_name",
    ),
    pytest.param(
        "Bolivian Vice-Minister of Foreign Affairs Freddy Mamani said the talks failed.",
        MAMANI,
        "deputy foreign minister",
        "state/bolivia",
        id="vice_minister_hyphen_before_name",
    ),
    pytest.param(
        "Freddy Mamani, Bolivia's vice minister for foreign relations, said the talks failed.",
        MAMANI,
        "deputy foreign minister",
        "state/bolivia",
        id="vice_minister_for_relations_after_name",
    ),
    pytest.param(
        "Bolivian Deputy Foreign Minister Freddy Mamani said the talks failed.",
        MAMANI,
        "deputy foreign minister",
        "state/bolivia",
        id="deputy_foreign_minister_before_name",
    ),
    pytest.param(
        "Moroccan Ambassador to the UN Omar Hilale said the plan was the only solution.",
        "person/omar-hilale",
        "ambassador to United Nations",
        "state/morocco",
        id="ambassador_to_before_name",
    ),
    pytest.param(
        "Omar Hilale, Morocco's ambassador to the United Nations, said the plan was the only "
        "solution.",
        "person/omar-hilale",
        "ambassador to United Nations",
        "state/morocco",
        id="ambassador_to_after_name",
    ),
    pytest.param(
        "Cameroon's Minister of External Relations Lejeune Mbella Mbella said the handover was "
        "complete.",
        "person/lejeune-mbella-mbella",
        "foreign minister",
        "state/cameroon",
        id="minister_of_external_relations_before_name",
    ),
    pytest.param(
        "Lejeune Mbella Mbella, Cameroon's minister of external relations, said the handover was "
        "complete.",
        "person/lejeune-mbella-mbella",
        "foreign minister",
        "state/cameroon",
        id="minister_of_external_relations_after_name",
    ),
    pytest.param(
        "Cameroon's Minister of Defence Joseph Beti Assomo said the handover was complete.",
        "person/joseph-beti-assomo",
        "defense minister",
        "state/cameroon",
        id="minister_of_defence_before_name",
    ),
    # a bare national title in a report filed from a city of the state the article is about
    pytest.param(
        "LA PAZ, March 23, 2026 (Reuters) - Bolivia will keep pressing Chile for access to the "
        "sea.\n\nBolivia lost its coast in 1884. Chile says the treaty of 1904 settled the border, "
        "and Bolivia disputes it.\n\nPresident Rodrigo Paz, in a post on X, said the claim was a "
        "state policy.",
        "person/rodrigo-paz",
        "president",
        "state/bolivia",
        id="bare_title_filed_from_capital",
    ),
    pytest.param(
        "GEORGETOWN, Guyana (AP) _ Guyana put its army on alert on Tuesday.\n\nVenezuela claims "
        "the Essequibo region.\n\nAttorney General Anil Nandlall said the army was ready.",
        "person/anil-nandlall",
        "justice minister",
        "state/guyana",
        id="bare_title_filed_from_dateline_with_state",
    ),
    pytest.param(
        "Guyanese Attorney General Anil Nandlall said the army was ready.",
        "person/anil-nandlall",
        "justice minister",
        "state/guyana",
        id="attorney_general_demonym",
    ),
    pytest.param(
        "Anil Nandlall, Guyana's attorney general, said the army was ready.",
        "person/anil-nandlall",
        "justice minister",
        "state/guyana",
        id="attorney_general_after_name",
    ),
    # offices a title names that offices.yaml did not know
    pytest.param(
        "Kenyan Foreign Affairs Principal Secretary Korir Sing'oei said the fishermen had been "
        "arrested in Kenyan waters.",
        "person/korir-sing-oei",
        "permanent secretary",
        "state/kenya",
        id="principal_secretary",
    ),
    pytest.param(
        "Amina Mohammed, the deputy secretary-general of the United Nations, said the order must "
        "be respected.",
        "person/amina-mohammed",
        "deputy secretary-general",
        "organization/united-nations",
        id="deputy_secretary_general_after_name",
    ),
    pytest.param(
        "UN Deputy Secretary-General Amina Mohammed said the order must be respected.",
        "person/amina-mohammed",
        "deputy secretary-general",
        "organization/united-nations",
        id="deputy_secretary_general_before_name",
    ),
    # a hyphenated modifier names who installed or backs the holder, not whose office it is
    pytest.param(
        "Crimea's Moscow-installed leader Sergei Aksyonov said the bridge was safe.",
        "person/sergei-aksyonov",
        "leader",
        "organization/government-of-crimea",
        id="moscow_installed_leader",
    ),
    pytest.param(
        "Sergei Aksyonov, Crimea's Kremlin-backed head, said the bridge was safe.",
        "person/sergei-aksyonov",
        "head",
        "organization/government-of-crimea",
        id="kremlin_backed_head_after_name",
    ),
    # "its": the body the sentence before is about
    pytest.param(
        "The Polisario Front rejected the idea. Its representative at the UN, Sidi Omar, said "
        "the Sahrawi people had the right to a referendum.",
        "person/sidi-omar",
        "ambassador to United Nations",
        "organization/polisario-front",
        id="its_representative_at_the_un",
    ),
    pytest.param(
        "The Polisario Front rejected the idea. Sidi Omar, its representative at the UN, said "
        "the Sahrawi people had the right to a referendum.",
        "person/sidi-omar",
        "ambassador to United Nations",
        "organization/polisario-front",
        id="name_its_representative_at_the_un",
    ),
    pytest.param(
        "The African Union called for calm. Its commission chairman, Moussa Faki Mahamat, urged "
        'both sides to "engage without delay in a process of negotiation."',
        "person/moussa-faki-mahamat",
        "chairman",
        "organization/african-union",
        id="its_chairman",
    ),
    pytest.param(
        "Sidi Omar, Morocco's representative to the United Nations, said the plan was the only "
        "solution.",
        "person/sidi-omar",
        "ambassador to United Nations",
        "state/morocco",
        id="representative_to_a_body_is_posted_there",
    ),
    # the cases still missed
    pytest.param(
        "The Caribbean Community's secretary-general, Carla Barnett, said the order must be "
        "respected.",
        "person/carla-barnett",
        "secretary-general",
        "organization/caricom",
        id="hyphened_title_tagged_adjective_in_apposition",
    ),
    pytest.param(
        "Carla Barnett, the Caribbean Community's secretary-general, said the order must be "
        "respected.",
        "person/carla-barnett",
        "secretary-general",
        "organization/caricom",
        id="body_possessive_title_after_name",
    ),
    pytest.param(
        "Carla Barnett, secretary-general of the Caribbean Community, said the order must be "
        "respected.",
        "person/carla-barnett",
        "secretary-general",
        "organization/caricom",
        id="title_of_body_after_name",
    ),
]


@pytest.mark.parametrize(("text", "person", "office", "of"), TITLED)
def test_office(text: str, person: str, office: str, of: str) -> None:
    found = facts(HEADLINE + text)
    assert has(found, "holdsRole", person=person, office=office, of=of), [
        (f.args["person"].key, f.args.get("office"), f.args["of"].key)
        for f in found
        if f.rel == "holdsRole"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a dateline abroad: the reporter's city, not whose minister the person is
        "MUNICH, Feb. 15, 2026 (Reuters) - Foreign Minister Fernando Aramayo said the claim was "
        "a state policy.\n\nBolivia and Chile have no diplomatic relations.",
        # a dateline city whose state the article is not about
        "LA PAZ, March 23, 2026 (Reuters) - Secretary-General Carla Barnett said Guyana and "
        "Venezuela must respect the order.\n\nVenezuela claims the Essequibo region of Guyana.",
    ],
    ids=["dateline_abroad", "body_office_not_filed_from"],
)
def test_no_holding_from_the_dateline(text: str) -> None:
    found = facts(HEADLINE + text)
    assert not any(
        f.rel == "holdsRole" and f.args["of"].key in ("state/germany", "state/bolivia")
        for f in found
    ), [(f.args["person"].key, f.args["of"].key) for f in found if f.rel == "holdsRole"]


def test_epithet_words_are_data() -> None:
    """The nouns that refer back to a person are data (references.yaml ``person_epithets``)."""
    from kg.ingest.nlp import epithets

    assert epithets.window() >= 1
