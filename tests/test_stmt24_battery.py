"""Statements, an eleventh battery (issue 12, stmt24): where a statement's words begin and how many
statements a sentence gives, as gold counts them, when a speaker's second verb of saying shares
the sentence with the first. Sentences written for this test about disputes outside the
development set and the never-read batches (Essequibo, Belize and Guatemala, Nagorno-Karabakh,
the Nile dam, Kosovo, the Chagos, Western Sahara, Kyrgyzstan and Tajikistan).

Gold gives "said X and added that Y" and '"...," he said, adding that Y' two statements, X and Y
(readable h13, h33, h47), and a quotation split by its tag one. Four parser misreadings are mended
(kg/ingest/nlp/grammar/speech_misreads.py): the second verb joined to the reported clause ("said the
award was void and added that ...", "added" a conjunct of "was"; "but added" read as a second
clause of "said"; "stressed that X was Y and noted that", "and" hung on "was"); a participle of saying after a tag hung on the quoted verb ('"...," Vucic said,
before adding that ...'); the second part of a split quotation hung on the tag as a phrase ('"We
will respond," Aliyev warned, "with all the means ..."'). A participle's quoted that-clause is its
own statement, not a continuation of the quotation before it (rules/speech.py). "Said in a
statement that the ruling would be respected", the passive clause hung on "statement", is what
was said (rules/said_clauses.py: a passive is a complete clause). Negatives: a
second verb with a subject of its own is that subject's; a verb that is not one of saying adds
nothing; the agency that passes words on does not speak.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, said_by, speech_case, statements

MADURO, ALI, TODD = "person/nicolas-maduro", "person/irfaan-ali", "person/hugh-todd"
PASHINYAN, ALIYEV = "person/nikol-pashinyan", "person/ilham-aliyev"
SISI, VUCIC = "person/abdel-fattah-al-sisi", "person/aleksandar-vucic"
RAMGOOLAM, BOURITA = "person/navin-ramgoolam", "person/nasser-bourita"
JAPAROV = "person/sadyr-japarov"

_VOID = "Venezuelan President Nicolas Maduro said the 1899 award was void"
_DAM = '"The dam is a matter of life and death for Egypt," President Abdel Fattah al-Sisi said'
_PAGE = '"This agreement," Armenian Prime Minister Nikol Pashinyan said, "opens a new page'


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # "said X and added that Y": two statements, each with its own words
        speech_case(
            _VOID + " and added that Caracas would never accept it.",
            MADURO,
            "the 1899 award was void",
            "and-added-first",
        ),
        speech_case(
            _VOID + " and added that Caracas would never accept it.",
            MADURO,
            "Caracas would never accept it",
            "and-added-second",
        ),
        speech_case(
            _VOID + " but added that talks remained possible.",
            MADURO,
            "talks remained possible",
            "but-added-second",
        ),
        speech_case(
            _VOID + " and warned that Venezuela would defend its claim.",
            MADURO,
            "Venezuela would defend its claim",
            "and-warned-second",
        ),
        speech_case(
            'Maduro said on Sunday that Guyana had "stolen" the Essequibo and stressed that'
            " Venezuela would recover it.",
            MADURO,
            "Venezuela would recover it",
            "that-stolen-and-stressed",
        ),
        speech_case(
            "Guyanese President Irfaan Ali told lawmakers that the ruling was final and insisted"
            " that Georgetown would not negotiate.",
            ALI,
            "Georgetown would not negotiate",
            "told-and-insisted",
        ),
        # "and" hung on the first clause: it joins the two verbs of saying
        speech_case(
            "Moroccan Foreign Minister Nasser Bourita stressed that the autonomy plan was the only"
            " solution and noted that more than 100 countries supported it.",
            BOURITA,
            "more than 100 countries supported it",
            "stressed-and-noted-second",
        ),
        # a participle of saying after a tagged quotation: a statement of its own
        speech_case(
            _DAM + ', warning that "all options are open".',
            SISI,
            "all options are open",
            "warning-quoted-that",
        ),
        speech_case(
            _DAM + ', adding that "all options are open".',
            SISI,
            "all options are open",
            "adding-quoted-that",
        ),
        speech_case(
            _DAM + ", adding that all options were open.",
            SISI,
            "all options were open",
            "adding-reported",
        ),
        speech_case(
            _DAM + ", adding that all options were open.",
            SISI,
            "The dam is a matter of life and death",
            "adding-first",
        ),
        speech_case(
            _PAGE + ' in our history," adding that the border would be demarcated this year.',
            PASHINYAN,
            "the border would be demarcated",
            "split-then-adding",
        ),
        speech_case(
            _PAGE + ' in our history," adding that the border would be demarcated this year.',
            PASHINYAN,
            "This agreement opens a new page",
            "split-then-adding-quote",
        ),
        speech_case(
            '"Serbia will never recognise Kosovo," Serbian President Aleksandar Vucic said,'
            " before adding that Belgrade remained open to dialogue.",
            VUCIC,
            "Belgrade remained open to dialogue",
            "before-adding",
        ),
        # a quotation split by its tag: one statement from its first word
        speech_case(
            '"We will respond," Azerbaijani President Ilham Aliyev warned, "with all the means at'
            ' our disposal," according to state news agency Azertac.',
            ALIYEV,
            "We will respond with all the means",
            "split-phrase-on-tag",
        ),
        speech_case(
            '"We have made our position clear," said Guyana\'s foreign minister, Hugh Todd, "and'
            ' we will not move from it."',
            TODD,
            "We have made our position clear and we will not move",
            "split-inverted",
        ),
        speech_case(
            '"The Chagos Islands are Mauritian and always have been," Mauritius\' Prime Minister'
            ' Navin Ramgoolam said, adding that the treaty "corrects a historic wrong".',
            RAMGOOLAM,
            "the treaty corrects a historic wrong",
            "adding-fragment",
        ),
        # "said in a statement that ...", the clause a passive the parser hung on "statement"
        speech_case(
            "Guatemala's foreign ministry said in a statement that the ICJ ruling would be"
            " respected.",
            "organization/ministry-of-foreign-affairs-of-guatemala",
            "the ICJ ruling would be respected",
            "in-a-statement-passive",
        ),
        speech_case(
            "Kenya said in a protest note that the border had been crossed by Ugandan police.",
            "state/kenya",
            "the border had been crossed",
            "in-a-note-passive",
        ),
        speech_case(
            "Moroccan Foreign Minister Nasser Bourita told reporters: the Sahara is Moroccan and"
            " will remain Moroccan.",
            BOURITA,
            "the Sahara is Moroccan",
            "colon-unquoted",
        ),
    ],
)
def test_statement(text: str, speaker: str, words: str) -> None:
    assert said_by(text, speaker, words), statements(HEADLINE + text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # one statement per verb of saying, none duplicated at a tag
        pytest.param(_VOID + " and added that Caracas would never accept it.", 2, id="two-verbs"),
        pytest.param(_PAGE + ' in our history."', 1, id="split-once"),
        pytest.param(
            "Moroccan Foreign Minister Nasser Bourita stressed that the autonomy plan was the only"
            " solution and noted that more than 100 countries supported it.",
            2,
            id="stressed-and-noted",
        ),
        pytest.param(
            _PAGE + ' in our history," adding that the border would be demarcated this year.',
            2,
            id="split-adding-twice",
        ),
        pytest.param(
            '"We will respond," Azerbaijani President Ilham Aliyev warned, "with all the means at'
            ' our disposal," according to state news agency Azertac.',
            1,
            id="split-agency-once",
        ),
        # the words whole, and each later clause opened by its own "that" as said on its own
        # (roles30: later batches' gold quotes each; tests/test_roles30_battery.py)
        pytest.param(
            "Kyrgyz President Sadyr Japarov said the border deal was historic, that the two"
            " countries would open new crossings and that trade would double.",
            3,
            id="one-verb-three-thats",
        ),
    ],
)
def test_count(text: str, count: int) -> None:
    assert len(statements(HEADLINE + text)) == count, statements(HEADLINE + text)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # a second verb with a subject of its own is that subject's words
        pytest.param(
            _VOID + " and Guyana's foreign minister Hugh Todd added that Georgetown would not"
            " negotiate.",
            MADURO,
            "Georgetown would not negotiate",
            id="own-subject",
        ),
        # a verb that is not one of saying gives no second statement
        pytest.param(
            _VOID + " and ordered troops to the border.", MADURO, "troops", id="not-saying"
        ),
        pytest.param(
            '"Serbia will never recognise Kosovo," Serbian President Aleksandar Vucic said,'
            " before leaving for Brussels.",
            VUCIC,
            "leaving",
            id="before-leaving",
        ),
        # the agency passes the words on: it is no speaker
        pytest.param(
            '"We will respond," Azerbaijani President Ilham Aliyev warned, "with all the means at'
            ' our disposal," according to state news agency Azertac.',
            "organization/azertac",
            "We will respond",
            id="agency-no-speaker",
        ),
        # a relative clause on the statement says nothing of its own
        pytest.param(
            "Guatemala's foreign ministry said in a statement that was released on Friday that"
            " talks would go on.",
            "organization/ministry-of-foreign-affairs-of-guatemala",
            "was released",
            id="statement-relative",
        ),
        # "may add" reports nothing said yet
        pytest.param(
            "Kyrgyz President Sadyr Japarov said the deal was historic and may add that new"
            " crossings will open.",
            JAPAROV,
            "new crossings will open",
            id="modal-second",
        ),
    ],
)
def test_no_statement(text: str, speaker: str, words: str) -> None:
    assert not said_by(text, speaker, words), statements(HEADLINE + text)
