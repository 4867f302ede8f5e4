"""Statements across paragraphs, a ninth battery (issue 12, speech22): wire copy carries a speaker
through several paragraphs. Sentences written for this test about disputes outside the development
set (Eritrea, Essequibo, Uganda, Bolivia, Gibraltar, the Nile dam), each a short article.

Gold counts a statement per quoted stretch, with the words it opens with; a bare quotation paragraph
after a tagged one, a quotation that runs on into the next paragraph, "He added that", "went on to
say", "The statement added", "the minister also said" and a colon tag ('was blunt: "..."') are the
last speaker's. A quoted fragment of a verb that stands in the clause another speech verb reports
('said Madrid regarded ... but accused London of "militarising the Rock"') is the reporting
speaker's words, which that statement holds, not a statement of the reported clause's subject
(rules/statements.py). A body named again by its kind ("the bloc", "the alliance", "the world body",
"the pan-African body", "the 15-member council") is the body of that kind named last
(kg/ingest/nlp/body_kinds.py). Negatives give no statement, or not the wrong one.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, said_by, speech_case, statements

YEMANE, GIL, KUTESA = "person/yemane-gebremeskel", "person/yvan-gil", "person/sam-kutesa"
ARCE, KONO, ZAKHAROVA = "person/luis-arce", "person/taro-kono", "person/maria-zakharova"
LOPEZ, TODD = "person/ana-lopez", "person/hugh-todd"
CHINA_MFA = "organization/chinese-ministry-of-foreign-affairs"

_ASMARA = (
    "ASMARA, March 3 (Reuters) - Eritrea's information minister Yemane Gebremeskel said on Tuesday"
    ' the ruling was final.\n\n"We will never give up an inch," he added.\n\n"This is our land."'
)
_CARACAS = (
    "CARACAS, May 2 (Reuters) - Venezuelan Foreign Minister Yvan Gil said on Monday that Caracas"
    ' would not accept the ruling.\n\n"The Essequibo belongs to Venezuela and no court in The Hague'
    ' can change that.\n\n"We will defend it by every legal means," Gil said.'
)
_KAMPALA = (
    "NAIROBI, June 4 (AFP) - Ugandan Foreign Minister Sam Kutesa said on Tuesday that the island"
    " belonged to Uganda.\n\n"
)
_LIMA = (
    "LIMA, June 4 (AP) - Bolivian President Luis Arce said on Tuesday that his country would"
    " return to the court.\n\n"
)
_BEIJING = (
    "BEIJING, June 4 (Xinhua) - The Chinese Foreign Ministry said in a statement on Tuesday that"
    " the reef was Chinese territory.\n\n"
)
_TOKYO = (
    "TOKYO, June 4 (Kyodo) - Japanese Foreign Minister Taro Kono said on Tuesday the border must"
    " be respected.\n\n"
)
_SPAIN = (
    "LONDON, June 4 (Reuters) - The Spanish foreign ministry spokeswoman, Ana Lopez, said Madrid"
    ' regarded the accord as valid but accused London of "militarising the Rock" by allowing'
    " naval exercises."
)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        speech_case(_ASMARA, YEMANE, "the ruling was final", "tagged-reported"),
        speech_case(_ASMARA, YEMANE, "We will never give up an inch", "tagged-quote"),
        speech_case(_ASMARA, YEMANE, "This is our land", "bare-quote-paragraph"),
        speech_case(_CARACAS, GIL, "The Essequibo belongs to Venezuela", "runs-on-paragraph"),
        speech_case(_CARACAS, GIL, "We will defend it", "after-run-on"),
        speech_case(
            _KAMPALA + "He added that Kampala would ask the African Union to mediate.",
            KUTESA,
            "Kampala would ask",
            "he-added-that",
        ),
        speech_case(
            _LIMA + "He went on to say that the sea was part of Bolivian identity.",
            ARCE,
            "the sea was part",
            "went-on-to-say",
        ),
        speech_case(
            _BEIJING + "The statement added that Beijing would take all necessary measures.",
            CHINA_MFA,
            "Beijing would take",
            "statement-added",
        ),
        speech_case(
            _BEIJING + "It said Beijing would take all necessary measures.",
            CHINA_MFA,
            "Beijing would take",
            "it-said-body",
        ),
        speech_case(
            _TOKYO + "The minister also said that Tokyo wanted talks.",
            KONO,
            "Tokyo wanted talks",
            "minister-also-said",
        ),
        speech_case(
            _TOKYO + "The foreign minister added that Tokyo wanted talks.",
            KONO,
            "Tokyo wanted talks",
            "foreign-minister-added",
        ),
        speech_case(
            "MOSCOW, June 4 (Reuters) - Russian Foreign Ministry spokeswoman Maria Zakharova was"
            ' blunt: "The islands are Russian territory."',
            ZAKHAROVA,
            "The islands are Russian",
            "colon-tag",
        ),
        speech_case(_SPAIN, LOPEZ, "Madrid regarded the accord", "fragment-in-reported"),
        speech_case(
            "GEORGETOWN, June 4 (AP) - Guyanese Foreign Minister Hugh Todd said the referendum had"
            ' no legal effect.\n\n"Guyana will not be intimidated," he said. "The border was'
            ' settled in 1899."',
            TODD,
            "The border was settled",
            "bare-quote-after-tag",
        ),
    ],
)
def test_speaker_across_paragraphs(text: str, speaker: str, words: str) -> None:
    assert said_by(text, speaker, words)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param(_SPAIN, "state/spain", id="fragment-not-the-reported-subject"),
        pytest.param(
            "CARACAS, June 4 (Reuters) - Venezuelan Foreign Minister Yvan Gil said Caracas"
            ' rejected the ruling and accused Guyana of "stealing" the region.',
            "state/venezuela",
            id="accused-inside-said",
        ),
        pytest.param(
            "ADDIS ABABA, June 4 (AFP) - Egypt said Ethiopia had urged Sudan to"
            ' "stay out" of the dam talks.',
            "state/ethiopia",
            id="urged-inside-said",
        ),
    ],
)
def test_not_credited_to(text: str, wrong: str) -> None:
    assert all(k != wrong for k, _ in statements(HEADLINE + text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'KHARTOUM, June 4 (AFP) - The 1902 treaty says the border "follows the river".',
            id="document-quoted",
        ),
        pytest.param(
            'ADDIS ABABA, June 4 (AFP) - Talks on the so-called "peace plan" for the dam stalled'
            " on Tuesday.",
            id="scare-quotes",
        ),
    ],
)
def test_no_statement(text: str) -> None:
    assert statements(HEADLINE + text) == []


EU, AU, UNSC, UN = (
    "organization/european-union",
    "organization/african-union",
    "organization/un-security-council",
    "organization/united-nations",
)
NATO, ASEAN = "organization/nato", "organization/asean"
_BRUSSELS = (
    "BRUSSELS, June 4 (Reuters) - The European Union said on Tuesday it did not recognise the"
    " vote in the breakaway region.\n\n"
)
_AU = (
    "ADDIS ABABA, June 4 (AFP) - The African Union said on Tuesday it was concerned about the"
    " clashes on the Sudan-South Sudan border.\n\n"
)
_UNSC = (
    "NEW YORK, June 4 (Reuters) - The UN Security Council said on Tuesday it was alarmed by the"
    " clashes.\n\n"
)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        speech_case(
            _BRUSSELS + "The bloc also said it would consult its members.",
            EU,
            "it would",
            "bloc-also-said",
        ),
        speech_case(
            _BRUSSELS + '"We will not recognise it," the 27-nation bloc said.',
            EU,
            "We will not",
            "27-nation-bloc",
        ),
        speech_case(
            _AU + "The pan-African body called for restraint and said it would send envoys.",
            AU,
            "it would send",
            "pan-african-body",
        ),
        speech_case(
            _AU + "The regional bloc added that both sides must withdraw.",
            AU,
            "both sides",
            "regional-bloc-added",
        ),
        speech_case(
            _UNSC + "The 15-member council said the parties must return to talks.",
            UNSC,
            "the parties must",
            "15-member-council",
        ),
        speech_case(
            "NEW YORK, June 4 (Reuters) - The United Nations said on Tuesday it was alarmed by the"
            " clashes.\n\nThe world body said it was ready to mediate.",
            UN,
            "it was ready",
            "world-body",
        ),
        speech_case(
            "BRUSSELS, June 4 (Reuters) - NATO said on Tuesday it was watching the border.\n\n"
            "The alliance said it would reinforce its eastern flank.",
            NATO,
            "it would reinforce",
            "alliance",
        ),
        speech_case(
            "JAKARTA, June 4 (Reuters) - ASEAN said on Tuesday the code of conduct talks would"
            " resume.\n\nThe grouping also said the sea must stay open.",
            ASEAN,
            "the sea must",
            "grouping",
        ),
    ],
)
def test_body_named_again_by_its_kind(text: str, speaker: str, words: str) -> None:
    assert said_by(text, speaker, words)


@pytest.mark.parametrize(
    ("text", "wrong", "words"),
    [
        pytest.param(
            _BRUSSELS + "The alliance said it would reinforce its eastern flank.",
            EU,
            "it would reinforce",
            id="alliance-is-no-bloc",
        ),
        pytest.param(
            "NEW YORK, June 4 (Reuters) - The United Nations said on Tuesday it was alarmed by the"
            " clashes.\n\nThe body was handed over to the family, officials said.",
            UN,
            "The body was handed",
            id="a-dead-mans-body",
        ),
        pytest.param(
            "RABAT, June 4 (Reuters) - Morocco's foreign ministry said on Tuesday it rejected the"
            " report.\n\nThe organisation said the vote was void.",
            "organization/ministry-of-foreign-affairs-of-morocco",
            "the vote was void",
            id="organisation-is-no-ministry",
        ),
    ],
)
def test_kind_not_credited_to(text: str, wrong: str, words: str) -> None:
    assert not said_by(text, wrong, words)
