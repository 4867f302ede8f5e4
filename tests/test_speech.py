"""Quotations are attributed from the parse, wherever their tag stands and whichever speech verb
it uses (rules/speech.py, the ``statement`` class of data/lexicon/relations.yaml).

Each group is one quotation told several ways; the sentences are written for these tests, not
taken from the dev articles. A rule that looks for "<name> said" right after the closing quotation
mark passes a few lines of a group and fails the others.
"""

from __future__ import annotations

import pytest
from helpers import arg_key, facts, statements

KONO, LAVROV = "person/taro-kono", "person/sergey-lavrov"
SAID = "We will never give up the islands"


@pytest.mark.parametrize(
    "text",
    [
        '"We will never give up the islands," Taro Kono said.',
        '"We will never give up the islands," said Taro Kono.',
        'Taro Kono said: "We will never give up the islands."',
        'Taro Kono told reporters on Friday: "We will never give up the islands."',
        '"We," Taro Kono said, "will never give up the islands."',
        '"We will never give up the islands," Taro Kono, the foreign minister, said on Friday.',
        '"We will never give up the islands," Foreign Minister Taro Kono stressed.',
        'Japan\'s foreign minister Taro Kono reaffirmed: "We will never give up the islands."',
        'Taro Kono met reporters in Tokyo. "We will never give up the islands," he added.',
        'According to Taro Kono, "we will never give up the islands."',
        'Taro Kono left Moscow on Friday, saying "we will never give up the islands."',
        '"We will never give up the islands," Taro Kono told Sergey Lavrov.',
        '"We will never give up the islands," Taro Kono had vowed on Tuesday.',
    ],
)
def test_a_quotation_is_its_tags_speakers_words(text):
    """Tag before, in the middle, after, inverted, with a title after the name, with another verb
    of the class, as a participle, "according to"; said to someone, who is not the speaker."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert found[0][1].lower() == SAID.lower(), found


@pytest.mark.parametrize(
    "text",
    [
        '"We will never give up the islands," Taro Kono and Sergey Lavrov said.',
        'Taro Kono and Sergey Lavrov said in a joint statement: "We will never give up the islands."',
    ],
)
def test_coordinated_speakers_are_all_credited(text):
    assert statements(text) == [(frozenset({KONO, LAVROV}), SAID)]


def test_a_quotation_goes_on_with_its_speaker_until_a_new_tag():
    """The next sentence's untagged quotation is the same speaker's next statement."""
    found = statements(
        '"We will never give up the islands," Taro Kono said. "The talks were hard for both '
        'sides." Sergey Lavrov met him later. "Russia will keep talking to Japan," Lavrov said.'
    )
    assert found == [
        (KONO, SAID),
        (KONO, "The talks were hard for both sides"),
        (LAVROV, "Russia will keep talking to Japan"),
    ], found


def test_a_new_tag_is_a_new_statement_of_the_same_speaker():
    found = statements(
        '"We will never give up the islands," Taro Kono said. He later warned, "the talks with '
        'Russia will go on next year."'
    )
    assert found == [(KONO, SAID), (KONO, "the talks with Russia will go on next year")], found


def test_what_a_speaker_added_goes_on_with_the_same_statement():
    """data/lexicon.yaml speech_continues: '"...," he added' is the same statement going on."""
    found = statements(
        '"We will never give up the islands," Taro Kono said. "The talks with Russia will go on '
        'next year," he added.'
    )
    assert [who for who, _ in found] == [KONO] and found[0][1].startswith(SAID[:20]), found


def test_a_phrase_quoted_in_reported_speech_is_no_quotation_of_its_own():
    """Only the reported clause is the statement: the quoted words are part of it."""
    found = statements('Taro Kono said the islands "have always belonged to Japan since 1855".')
    assert [who for who, _ in found] == [KONO], found
    assert found[0][1].startswith("the islands"), found


def test_a_quotation_without_a_tag_or_a_speaker_before_is_nobodys():
    assert statements('The islands are cold. "We will never give up the islands."') == []


@pytest.mark.parametrize(
    "text",
    [
        '"I met Sergey Lavrov in Moscow on Friday," Taro Kono said.',
        'Taro Kono said: "I met Sergey Lavrov in Moscow on Friday."',
        '"On Friday," Taro Kono said, "I met Sergey Lavrov in Moscow."',
    ],
)
def test_first_person_in_a_quotation_is_its_speaker(text):
    """The facts read inside the quotation are the speaker's, and "I" is the speaker."""
    [met] = [f for f in facts(text) if f.rel == "meeting"]
    assert arg_key(met.args["participants"]) == {KONO, LAVROV}, met
    assert arg_key(met.reported_by) == KONO, met


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono made it clear that Japan would never give up the islands.",
        "Taro Kono made clear on Friday that Japan would never give up the islands.",
        "Taro Kono, the foreign minister, insisted that Japan would never give up the islands.",
        "Taro Kono warned that Japan would never give up the islands.",
        "Taro Kono stressed again on Friday that Japan would never give up the islands.",
        "Taro Kono vowed that Japan would never give up the islands.",
    ],
)
def test_reported_speech_with_other_verbs_of_the_class(text):
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert found[0][1].startswith("Japan would never") or found[0][1].startswith("Japan never")
    assert found[0][1].endswith("give up the islands"), found


def test_making_something_is_no_statement():
    assert statements('Taro Kono made a speech on Friday: "the islands are cold in winter."') == []


def test_a_vow_to_act_is_no_statement():
    assert statements("Taro Kono vowed to defend the islands.") == []


@pytest.mark.parametrize(
    "text",
    [
        "If the talks fail, Taro Kono said on Friday, Japan would never give up the islands.",
        "Taro Kono met Sergey Lavrov. Should the talks fail, he went on, Japan would never give up "
        "the islands.",
    ],
)
def test_a_tag_after_an_opening_clause_reports_the_main_clause(text):
    """The parser makes such a tag a complement of the main verb; it is still the tag."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert found[0][1].endswith("Japan would never give up the islands"), found


def test_words_said_together_have_no_one_first_person():
    """ "I" said by two speakers is neither of them (extraction failed on it once)."""
    found = statements('"I met Sergey Lavrov in Moscow on Friday," Taro Kono and Wang Yi said.')
    assert found == [
        (frozenset({KONO, "person/wang-yi"}), "I met Sergey Lavrov in Moscow on Friday")
    ]


def test_a_quoted_name_for_something_leaves_the_rest_of_the_sentence_reported_speech():
    found = statements(
        'Taro Kono called the ruling "a victory for both countries" and said Japan was ready to '
        "talk to Russia."
    )
    assert sorted(found) == [
        (KONO, "Japan was ready to talk to Russia"),
        (KONO, "a victory for both countries"),
    ], found


def test_a_later_quoted_phrase_is_not_part_of_the_quotation_before_the_tag():
    found = statements(
        '"This is a victory for the law," said Taro Kono, adding that Japan would try "all '
        'possible avenues".'
    )
    assert (KONO, "This is a victory for the law") in found, found
    assert not [said for _, said in found if "law" in said and "avenues" in said], found


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            '"We will never give up the islands," Taro Kono said, adding that Japan would appeal.',
            SAID,
        ),
        (
            '"We will never give up the islands," said Taro Kono, adding that Japan would appeal.',
            SAID,
        ),
        (
            "Taro Kono said the talks had been hard, adding that Japan would appeal.",
            "the talks had been hard",
        ),
    ],
)
def test_adding_that_beside_a_tag_is_a_second_statement(text, first):
    assert statements(text) == [(KONO, first), (KONO, "Japan would appeal")]


def test_adding_inside_what_was_said_is_no_second_speaker():
    """Where the parser hangs "adding" in the reported clause, its subject is not the speaker."""
    found = statements(
        "Taro Kono said on Friday that Japan would never give up the islands, adding that Japan "
        "would appeal."
    )
    assert [who for who, _ in found] == [KONO], found


@pytest.mark.parametrize(
    "text",
    [
        'Taro Kono called the ruling "a betrayal".',
        'Taro Kono, the foreign minister, denounced the ruling as "a betrayal".',
        'The ruling was condemned by Taro Kono as "a betrayal".',
        'Taro Kono described the ruling on Friday as a "betrayal".',
        'The court issued a ruling, which Taro Kono dismissed as "a betrayal".',
    ],
)
def test_a_few_quoted_words_one_calls_something_are_a_statement(text):
    """Calling something by quoted words is saying them, however few (a scare quote stands alone,
    with no verb of the class naming what it describes); active, passive, inserted apposition,
    relative clause, another verb of the class."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert "betrayal" in found[0][1], found


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono described the ruling as a betrayal of the law.",
        "Taro Kono called the islands the Northern Territories of Japan.",
        "The ruling, which Taro Kono characterised as a betrayal of the law, stands.",
    ],
)
def test_naming_something_in_the_outlets_words_is_no_statement(text):
    """Unquoted, "described X as Y" and "called X Y" name it in the outlet's words, not the
    speaker's."""
    assert statements(text) == [], statements(text)


def test_a_short_unquoted_characterisation_stays_no_statement():
    """The quoted-words exception does not let a word or two of the outlet's through."""
    assert statements("Taro Kono hailed the ruling as fair.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono met Sergey Lavrov in Moscow on Friday. The two ministers said that the talks on "
        "the islands would go on next year.",
        "Taro Kono met Sergey Lavrov in Moscow on Friday. The talks on the islands would go on next "
        "year, the two ministers said.",
        "Taro Kono met Sergey Lavrov in Moscow on Friday. The two ministers told reporters that the "
        "talks on the islands would go on next year.",
        "Taro Kono met Sergey Lavrov in Moscow on Friday. They said that the talks on the islands "
        "would go on next year.",
        "Japan and Russia held talks on Friday. Taro Kono and Sergey Lavrov met in Moscow. The two "
        "leaders stressed that the talks on the islands would go on next year.",
    ],
)
def test_a_group_speaker_is_the_people_last_named_together(text):
    """ "The two ministers said", "they said", with the tag before or after, another verb of the
    class: one statement of both, people (not their states, though "the two" alone would be)."""
    found = statements(text)
    assert [who for who, _ in found] == [frozenset({KONO, LAVROV})], found


@pytest.mark.parametrize("group", ["The parties", "The two sides", "Both governments"])
def test_the_sides_as_speaker_are_the_states_of_those_who_met(group):
    found = statements(
        "Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergey Lavrov in Moscow "
        f"on Friday. {group} said that the talks on the islands would go on next year."
    )
    assert [who for who, _ in found] == [frozenset({"state/japan", "state/russia"})], found


def test_they_after_a_joint_statement_are_its_speakers():
    """ "They said" goes on with the speakers of the joint statement just told, not the people
    who met before it."""
    found = statements(
        "Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergey Lavrov in Moscow "
        "on Friday. In a joint statement, the two sides said the talks had been useful. They said "
        "that the talks on the islands would go on next year."
    )
    states = frozenset({"state/japan", "state/russia"})
    assert [who for who, _ in found] == [states, states], found


def test_a_group_that_does_something_else_says_nothing():
    """ "All sides signed up to a clause stating ...": the clause says it, not the sides."""
    found = statements(
        "Taro Kono met Sergey Lavrov in Moscow on Friday. The parties signed a protocol stating "
        "that the talks on the islands would go on next year."
    )
    assert all(not isinstance(who, frozenset) for who, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        'Japan says the line was drawn unfairly by China, which it has condemned as "a bully".',
        'Japan says the islands were seized by China, which it has long described as "a bully".',
        'Japan, an ally of the US, says the line was drawn by China, which it has called "a bully".',
    ],
)
def test_it_in_a_relative_clause_is_not_the_noun_the_clause_describes(text):
    """ "by China, which it has condemned as ...": "it" is the subject above (Japan), never China."""
    found = [who for who, words in statements(text) if words == "a bully"]
    assert found == ["state/japan"], statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono expressed grave concern about the military drills on the islands.",
        "Grave concern about the military drills on the islands was expressed by Taro Kono.",
        "Taro Kono, the foreign minister, voiced grave concern about the military drills on the "
        "islands.",
        "Foreign Minister Taro Kono on Friday conveyed Japan's grave concern about the military "
        "drills on the islands.",
    ],
)
def test_a_feeling_one_voices_is_a_statement(text):
    """ "expressed concern about ...": active, passive, apposition, another verb of the class."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert "concern about the military drills" in found[0][1], found


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono expressed the documents to Moscow on Friday.",
        "Taro Kono did not express concern about the military drills on the islands.",
    ],
)
def test_expressing_something_else_or_nothing_is_no_statement(text):
    assert statements(text) == [], statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono was adamant that the first step would be a peace treaty.",
        "Taro Kono was clear: the first step would be a peace treaty.",
        "Taro Kono, the foreign minister, was clear about the order: the first step would be a "
        "peace treaty.",
        "The first step would be a peace treaty, Taro Kono was adamant.",
        "Taro Kono stressed one point: the first step would be a peace treaty.",
    ],
)
def test_being_clear_or_adamant_is_saying(text):
    """A predicate adjective of saying ("was adamant that", "was clear:"), the tag before a colon
    (the parser hangs it in the clause it reports), after it, with an apposition, another verb."""
    found = [(who, words.lower()) for who, words in statements(text)]
    assert found == [(KONO, "the first step would be a peace treaty")], found


@pytest.mark.parametrize(
    "text",
    [
        "It was clear that the first step would be a peace treaty.",
        "The rules were clear that the first step would be a peace treaty.",
        "Taro Kono was clear about his plans for the year.",
    ],
)
def test_a_clear_fact_is_nobodys_statement(text):
    assert statements(text) == [], statements(text)


@pytest.mark.parametrize(
    "text",
    [
        'The government in Georgetown called the law "a flagrant breach of the treaty".',
        "Venezuela passed a law, a step the government in Georgetown called "
        '"a flagrant breach of the treaty".',
        'The government in Georgetown described the law as "a flagrant breach of the treaty".',
        'According to the government in Georgetown, the law is "a flagrant breach of the treaty".',
    ],
)
def test_a_government_named_by_its_seat_is_the_speaker(text):
    """ "the government in <capital>": that state's government speaks (a body, as "the foreign
    ministry in Seoul"); reduced relative clause, another verb, "according to"."""
    found = [who for who, words in statements(text) if "flagrant breach" in words]
    assert found and set(found) == {"organization/government-of-guyana"}, statements(text)


def test_a_government_named_by_its_state_is_the_state():
    """ "The Soviet government issued ...": the state, as before (no body named by a demonym)."""
    found = statements("The Soviet government said that the islands would be handed over.")
    assert [who for who, _ in found] == ["state/soviet-union"], found


@pytest.mark.parametrize(
    "text",
    [
        "Japan strongly protests the unjust claims Russia has made to the islands, Taro Kono, the "
        "foreign minister, said in a commentary.",
        "Japan strongly protests the unjust claims Russia has made to the islands, Taro Kono, "
        "Japan's foreign minister, stressed on Friday.",
        "The unjust claims to the islands are strongly protested by Japan, Foreign Minister Taro "
        "Kono said.",
    ],
)
def test_a_tag_after_its_clause_speaks_for_the_name_before_it(text):
    """The parser may hang the name of a tag set after a long clause on that clause (its object)
    and make the tag a conjunct: the name set off by commas before the tag is still the speaker,
    and not part of what was said; title after the name, another verb, passive."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert "Kono" not in found[0][1] and "claims" in found[0][1], found


def test_a_verb_joined_by_and_keeps_its_own_subject():
    """ "Japan protests ... and said ...": a conjunct, not a tag; Japan speaks, not the name in
    its object."""
    found = statements(
        "Japan strongly protests the claims of Taro Kono's rivals and said the islands were its own."
    )
    assert [who for who, _ in found] == ["state/japan"], found


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono met reporters. Under the treaty, he said, Japan would never give up the islands.",
        "Taro Kono met reporters. Under the treaty, he stressed, Japan would never give up the "
        "islands.",
        "Foreign Minister Taro Kono met reporters. Under the treaty, the foreign minister said, the "
        "islands would never be given up by Japan.",
        "Under the treaty, Taro Kono said, Japan would never give up the islands.",
    ],
)
def test_a_tag_in_commas_that_the_parser_made_the_head_reports_the_rest(text):
    """ "According to X, he said, once ... Y would ...": the parser makes the tag the sentence's
    head and what was said its modifiers; the statement is the sentence without the tag, its
    opening phrase may stay; pronoun, another verb, passive, title for the name."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    said = found[0][1]
    assert "never give up" in said or "never be given up" in said, found
    assert "said" not in said and "stressed" not in said and "Kono" not in said, found


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono met reporters. Under the treaty, he said nothing about the islands.",
        "Taro Kono, the foreign minister, said on Friday that Japan would never give up the islands.",
    ],
)
def test_a_head_verb_with_its_own_complement_or_object_is_no_tag_in_commas(text):
    found = statements(text)
    assert all(not said.startswith("Under the treaty") for _, said in found), found
    assert all("Kono" not in said for _, said in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono met reporters. According to the memorandum, he said, once that treaty was "
        "signed Moscow would be ready to settle the question of demarcating the islands.",
        "Taro Kono met reporters. According to the declaration, he said, once that treaty was "
        "signed Japan would be ready to settle the question of demarcating the sea.",
        "Taro Kono met reporters. According to the document, he added, once that agreement was "
        "ratified Moscow would be ready to discuss the question of demarcating the border.",
    ],
)
def test_a_tag_the_parser_made_the_head_of_what_it_reports(text):
    """These parse with the tag as the sentence's head and the reported clause as its modifier:
    the tag is still read as one (its speaker, the rest of the sentence what was said)."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    said = found[0][1]
    assert said.startswith("According to the") and "would be ready" in said, found
    assert " he " not in said, found


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono said in a commentary that Japan rejects the claim to the islands.",
        "Taro Kono wrote in a letter that Japan rejects the claim to the islands.",
        "Taro Kono, the foreign minister, said on Friday in a statement that Japan rejects the "
        "claim to the islands.",
        "In a commentary, Taro Kono said that Japan rejects the claim to the islands.",
        "Foreign Minister Taro Kono stressed in a statement that the claim to the islands is "
        "rejected by Japan.",
    ],
)
def test_what_was_said_in_a_statement_is_said(text):
    """ "said in a commentary that ...": the parser may hang the clause on the commentary (as if
    the commentary were what it describes); it is still what was said. Apposition, date, fronted
    phrase, another verb, passive."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert "Japan" in found[0][1] and "claim" in found[0][1], found
    assert not found[0][1].lower().startswith("that"), found


def test_a_statement_that_someone_released_is_not_what_was_said():
    """ "that" as the relative pronoun (the object of "released") opens no clause of speech."""
    assert statements("Taro Kono spoke in a statement that Japan released on Friday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The International Court of Justice said in a 2021 advisory opinion that Japan was obliged "
        "to end its administration of the islands.",
        "In its order, the court told Japan that it must not take any step that would alter the "
        "situation on the islands.",
        "The tribunal, in a ruling issued on Friday, stated that Japan must end its administration "
        "of the islands.",
    ],
)
def test_what_a_ruling_says_is_no_statement(text):
    """A court speaking in its ruling, order or opinion: the document's content (issued,
    obliges), not a statement; "in a statement" or "in a letter" is still speech (above)."""
    assert statements(text) == [], statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono repeated that Japan would never give up the islands.",
        "Taro Kono, the foreign minister, assured reporters on Friday that Japan would never give "
        "up the islands.",
        "Taro Kono denied that Japan would ever give up the islands.",
        "Taro Kono revealed in an interview that Japan would never give up the islands.",
        "Japan would never give up the islands, Taro Kono repeated on Friday.",
    ],
)
def test_more_verbs_of_saying_with_a_clause(text):
    """data/lexicon/relations.yaml: repeat, assure, deny, reveal, promise ... with a clause said;
    apposition and a date, a dative, an inserted phrase, the tag after the clause."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert "give up the islands" in found[0][1], found


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono denied the report.",
        "Taro Kono promised to keep talking to Russia.",
        "Taro Kono repeated his visit to the islands.",
    ],
)
def test_those_verbs_without_a_clause_said_are_no_statement(text):
    assert statements(text) == [], statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono told a regular briefing the islands belonged to Japan.",
        "Taro Kono, the foreign minister, told a briefing on Friday the islands were Japanese.",
        "Foreign Minister Taro Kono told a news conference the islands had been seized by Russia.",
    ],
)
def test_what_one_told_a_briefing_is_said(text):
    """ "told a briefing the islands ...": the parser may hang the clause on the briefing (a
    relative clause with no pronoun); it is what was said. Apposition, date, passive, title."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert found[0][1].startswith("the islands"), found


def test_a_relative_clause_of_what_one_told_is_not_what_was_said():
    """ "told a story the islanders love": the clause lacks its object (the story), so it says
    nothing of its own subject."""
    assert statements("Taro Kono told a story the islanders love.") == []


@pytest.mark.parametrize(
    "text",
    [
        '"We will never give up the islands," Taro Kono was quoted as saying.',
        '"We will never give up the islands," Kyodo quoted Taro Kono as saying.',
        '"We will never give up the islands," the foreign minister, Taro Kono, was quoted by Kyodo '
        "as saying.",
    ],
)
def test_the_one_quoted_is_the_speaker_of_a_quotation(text):
    """ "was quoted as saying": who is quoted speaks, not the outlet quoting; passive, active,
    apposition, the agent named."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert found[0][1].lower() == SAID.lower(), found


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono was quoted as saying that Japan would never give up the islands.",
        "Taro Kono was quoted by Kyodo as saying Japan would never give up the islands.",
        "Kyodo quoted Taro Kono, the foreign minister, as saying Japan would never give up the "
        "islands.",
    ],
)
def test_the_one_quoted_is_the_speaker_of_reported_speech(text):
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert found[0][1] == "Japan would never give up the islands", found


def test_quoting_someone_says_nothing_of_its_own():
    assert statements("Kyodo, which quoted Taro Kono, reported on the talks in Moscow.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A statement from the Japanese foreign ministry said Japan would never give up the "
        "islands.",
        "A statement issued by the Japanese foreign ministry on Friday said Japan would never give "
        "up the islands.",
        "Officials from Japan's foreign ministry said Japan would never give up the islands.",
        '"Japan will never give up the islands," a statement from the Japanese foreign ministry '
        "said.",
    ],
)
def test_a_statement_from_a_body_is_the_bodys(text):
    """ "A statement from X said", "issued by X", "officials from X": the words are X's; reported
    and quoted, a participle with a date, a possessive."""
    found = statements(text)
    assert [who for who, _ in found] == ["organization/japanese-ministry-of-foreign-affairs"], found


def test_a_name_from_a_place_is_still_the_speaker():
    """Only a common noun ("a statement", "officials") speaks for whoever it is from."""
    found = statements("Taro Kono, from Japan, said the talks with Russia had been hard.")
    assert [who for who, _ in found] == [KONO], found


def test_who_signed_a_treaty_is_not_what_the_treaty_does():
    """Who a document is "from" or "signed by" speaks only for a verb of saying: "The treaty,
    signed by A and B, transfers X" is still the treaty's handover (with every verb reading it so,
    the handover was lost)."""
    found = facts(
        "Russia on Friday signed a treaty with Japan under which it will hand over the Kuril "
        "Islands. The treaty, signed in Moscow by President Vladimir Putin and his Japanese "
        "counterpart Shinzo Abe, transfers the archipelago to Japan on condition that Japan keeps "
        "no foreign troops on them."
    )
    handed = [f for f in found if f.rel == "promisesHandover"]
    assert [
        (arg_key(f.args["territory"]), arg_key(f.args["to"]), f.args.get("condition"))
        for f in handed
    ] == [("territory/kuril-islands", "state/japan", "Japan keeps no foreign troops on them")]
    assert arg_key(handed[0].args["document"]).startswith("document/treaty"), handed


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono told reporters in Tokyo the islands belonged to Japan.",
        "Taro Kono told lawmakers the islands belong to Japan.",
        "Taro Kono, the foreign minister, told lawmakers on Friday the islands belong to Japan.",
    ],
)
def test_what_one_told_someone_without_that_is_said(text):
    """ "told reporters the islands belonged to ...": the parser may make "the islands" a second
    object and "belonged" its participle; a finite verb is none, so that is what was said."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found
    assert found[0][1].startswith("the islands belong"), found


def test_a_second_object_with_a_participle_is_no_clause_said():
    assert statements("Taro Kono showed reporters the islands seized in 1945.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono did not say whether Japan would give up the islands.",
        "Taro Kono declined to say whether Japan would give up the islands.",
        "Taro Kono, the foreign minister, refused to say on Friday whether Japan would give up the "
        "islands.",
        "Taro Kono never stated that Japan would give up the islands.",
    ],
)
def test_what_was_not_said_is_no_statement(text):
    """Negated or cancelled speech ("did not say", "declined to say", "refused to say") states
    nothing; another verb, apposition and date."""
    assert statements(text) == [], statements(text)


def test_a_negation_inside_what_was_said_is_still_said():
    found = statements("Taro Kono said Japan would not give up the islands.")
    assert found == [(KONO, "Japan would not give up the islands")], found


@pytest.mark.parametrize(
    "text",
    [
        "Two memoranda from 1960 must be weighed in the talks, an official of the Japanese foreign "
        "ministry told reporters on Thursday. The official, Taro Kono, brought up the papers.",
        "An official of the Japanese foreign ministry said the two memoranda from 1960 must be "
        "weighed in the talks. The official, Taro Kono, who heads its press office, brought up "
        "the papers.",
        '"The two memoranda from 1960 must be weighed in the talks," a spokesman for the Japanese '
        "foreign ministry said. The spokesman, Taro Kono, left soon after.",
    ],
)
def test_someone_described_then_named_is_the_speaker(text):
    """ "an official of the ministry told reporters ... The official, <name>, ...": the statement
    is the named person's; tag after or before, a relative clause in the apposition, quoted."""
    found = statements(text)
    assert [who for who, _ in found] == [KONO], found


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Japanese foreign ministry said the talks had failed. The minister, "
        "Taro Kono, left soon after.",
        "A spokesman for the Japanese foreign ministry said the talks had failed. Taro Kono, the "
        "minister, left soon after.",
    ],
)
def test_someone_else_named_later_is_not_the_speaker(text):
    """Another noun ("the minister"), or a name with no describing noun, names someone else."""
    found = statements(text)
    assert [who for who, _ in found] == ["organization/japanese-ministry-of-foreign-affairs"], found


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono told the envoy, who had arrived on Friday, that Japan would never give up the "
        "islands.",
        "Taro Kono told the envoy, in a meeting on Friday, that Japan would never give up the "
        "islands.",
    ],
)
def test_a_that_clause_after_the_hearer_and_commas_is_what_was_told(text):
    assert statements(text) == [(KONO, "Japan would never give up the islands")], statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan has struck a deal with Russia, the Japanese government announced. According to the "
        "government, the talks on the islands would go on next year.",
        "Japan has struck a deal with Russia, the Japanese government announced. The government "
        "said the talks on the islands would go on next year.",
        "Japan's government on Friday reached a deal with Russia. The talks on the islands would "
        "go on next year, the government said.",
    ],
)
def test_the_government_is_the_government_of_the_state_last_acting(text):
    """ "the government", with no state of its own, after the article had a state act: that state's
    government speaks; "according to", "said" before and after."""
    found = [who for who, said in statements(text) if "go on next year" in said]
    assert found == ["state/japan"], statements(text)


def test_the_government_with_no_state_before_is_nobody():
    assert statements("The government said the talks on the islands would go on next year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan's cabinet approved the white paper on Friday. The document also hardens its tone on "
        "Russia. It says that Russia has occupied the islands illegally.",
        "Japan's cabinet approved the white paper on Friday. The white paper, which runs to 500 "
        "pages, lists the islands as Japanese. It states that Russia has occupied them illegally.",
    ],
)
def test_it_after_a_document_is_the_document_not_a_speaker(text):
    """ "The document ... It says ...": what a document says is its content, not a statement of
    the cabinet that approved it (another verb, a relative clause)."""
    assert statements(text) == [], statements(text)


def test_it_after_a_body_is_still_the_body():
    found = statements(
        "Japan's foreign ministry published the white paper on Friday. It said that Russia has "
        "occupied the islands illegally."
    )
    assert [who for who, _ in found] == ["organization/japanese-ministry-of-foreign-affairs"], found


@pytest.mark.parametrize(
    "text",
    [
        "According to the treaty signed by Japan and Russia, the islands would be handed over.",
        "The treaty, signed by Japan and Russia in 1956, says the islands would be handed over.",
    ],
)
def test_a_documents_signatories_do_not_speak_what_it_says(text):
    """What a treaty says is its content; those who signed it are not its speakers."""
    assert statements(text) == [], statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "Taro Kono, asked about the islands, said Japan would never give up the islands.",
        "Taro Kono, asked about the islands on Friday, said that Japan would never give up the "
        "islands.",
        "Asked about the islands, Taro Kono said Japan would never give up the islands.",
        "Taro Kono posted on social media that Japan would never give up the islands.",
    ],
)
def test_an_aside_before_the_verb_keeps_its_speaker(text):
    """ "Kono, asked about X, said ...": the parser may give "Kono" to the aside and leave "said"
    with no subject; the one before the aside still speaks. A date in the aside, "that", the
    aside fronted, another verb of the class (post)."""
    found = statements(text)
    assert found == [(KONO, "Japan would never give up the islands")], found
