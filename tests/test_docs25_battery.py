"""Documents, round 25 (issue 12: on unseen text a third of the ``signed`` and ``agreedTo`` facts
were never read and about half the ``issued`` facts found were wrong; ``obliges`` rarely read).

What this round's own study articles (batch T3) and the readable sets showed, and the method for each:
- "The treaty requires each government to ...", "bars either side from ...": a distributive word
  before a singular state noun names each of the two states in play (data/lexicon/references.yaml
  ``pairs``: ``each``, ``single``), never "either side of the border";
- "The treaty ended the clashes. It bars both sides from ...": a subject "it" opening the main
  clause is the document the sentence before was about (rules/unnamed.py, rules/pronouns.py), not
  "Yemen says it bars ...", one side's reading;
- "a five-member arbitral tribunal": a size before a body of no state (bodies.py);
- "The award, dated Sept. 17 and made public on Thursday, was issued by ...": a document that
  carries its own day was issued that day (rules/checks.py ``once_date``);
- "The award was issued by the tribunal ... The tribunal rejected X's argument": a court's verb
  with no day of its own tells what that ruling decided, not a second ruling of the report's day;
- "found that ..., but it rejected X's claim": an order obliges only its own verb's object;
- "welcomed the agreement in a statement issued on Monday", the phrase hung on the object by the
  parser: the welcomer issued the statement (grammar/adjuncts.py ``prep_verb``).

Sentences written for these tests in agency styles, on disputes not among the never-read batches'
topics. Positives give the fact; rewrites give one fact in several shapes; negatives give none.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

GHANA, IVORY_COAST = "state/ghana", "state/ivory-coast"
GUYANA, JAPAN = "state/guyana", "state/japan"
KYRGYZSTAN, TAJIKISTAN = "state/kyrgyzstan", "state/tajikistan"
AU, EU = "organization/african-union", "organization/european-union"
ITLOS = "organization/international-tribunal-for-the-law-of-the-sea"

_SIGNED = "Ghana and Ivory Coast signed a maritime accord on Tuesday. "


def _obliged(text: str, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, marks=marks, id=text[-70:])


EACH_OF_THE_TWO = [
    _obliged(_SIGNED + "The accord requires each country to notify the other before drilling."),
    _obliged(_SIGNED + "The accord obliges each government to notify the other before drilling."),
    _obliged(_SIGNED + "Under the accord, each side must notify the other before drilling."),
    _obliged(_SIGNED + "The accord bars each country from drilling within five km of the line."),
    _obliged(
        _SIGNED + "The accord bars either side from drilling within five km of the line.",
        xfail="the parser reads 'The accord bars' as a noun phrase and 'either' as a preconjunct",
    ),
    _obliged(_SIGNED + "The accord forbids either side from drilling within five km of the line."),
    _obliged(
        "Kyrgyzstan and Tajikistan signed a border treaty in March. The treaty commits each side "
        "to pulling its troops back from the line."
    ),
]


@pytest.mark.parametrize("text", EACH_OF_THE_TWO)
def test_each_of_the_two_is_obliged(text: str) -> None:
    """ "each country", "either side": one of the two in turn, so both are obliged."""
    found = facts(text)
    parties = {f.args["party"].key for f in find(found, "obliges")}
    assert {GHANA, IVORY_COAST} <= parties or {KYRGYZSTAN, TAJIKISTAN} <= parties, shown(found)


@pytest.mark.parametrize(
    "text",
    [
        _SIGNED + "Villages on either side of the border claim the reef.",
        _SIGNED + "Fishermen from each side of the line say the reef is theirs.",
    ],
)
def test_either_side_of_the_border_is_a_place(text: str) -> None:
    """ "on either side of the border" is where, not who: no state claims anything."""
    found = facts(text)
    assert not find(found, "claims"), shown(found)


IT_IS_THE_DOCUMENT = [
    _obliged(
        "The Accra Treaty was signed by Ghana and Ivory Coast in 2021. It bars both states from "
        "drilling in the disputed block."
    ),
    _obliged(
        "The treaty, signed by Ghana and Ivory Coast in 2021, ended years of tension. It requires "
        "each government to share seismic data."
    ),
    _obliged(
        "Ghana and Ivory Coast signed a treaty in 2021. The treaty ended years of tension. It also "
        "requires the two countries to share seismic data."
    ),
    _obliged(
        "Ghana and Ivory Coast signed a treaty in 2021. The treaty ended years of tension. It also "
        "obliges the two countries to share seismic data."
    ),
    _obliged(
        "Ghana and Ivory Coast signed a treaty in 2021. The treaty ended years of tension. It "
        "ended a decade of clashes, and it requires both governments to share seismic data."
    ),
]


@pytest.mark.parametrize("text", IT_IS_THE_DOCUMENT)
def test_it_is_the_document_just_told_of(text: str) -> None:
    """A subject "it" opening the main clause is the document the sentence before was about."""
    found = facts(text)
    oblige = find(found, "obliges")
    assert {f.args["party"].key for f in oblige} == {GHANA, IVORY_COAST}, shown(found)
    assert all("treaty" in f.args["document"].label.lower() for f in oblige), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # one side's reading of the treaty, no obligation the outlet states
        "The treaty was signed by Ghana and Ivory Coast in 2021. Ghana says it bars both states "
        "from drilling in the block.",
        # the sentence before was about no document: "it" is not the treaty
        "Ghana and Ivory Coast signed a treaty in 2021. Ghana's oil output rose by a third. It "
        "requires both countries to share seismic data.",
        # two sentences on: no longer the document just told of
        "The treaty was signed by Ghana and Ivory Coast in 2021. Oil prices fell that year. Ghana "
        "cut its budget. It bars both states from drilling in the block.",
    ],
)
def test_it_is_not_a_document_told_of_before(text: str) -> None:
    found = facts(text)
    assert not find(found, "obliges"), shown(found)


SIZED_BODIES = [
    pytest.param("The award was issued by a five-member arbitral tribunal in 2017.", id="five"),
    pytest.param("A three-judge tribunal issued its award in Hamburg in 2017.", id="three-judge"),
    pytest.param("The ruling was handed down by a seven-member tribunal in 2017.", id="seven"),
    pytest.param("In 2017 a 5-member arbitral tribunal delivered the award.", id="digits"),
]


@pytest.mark.parametrize("text", SIZED_BODIES)
def test_a_sized_tribunal_issues(text: str) -> None:
    """ "a five-member tribunal" is the tribunal: a size is no part of the body's name."""
    found = facts(text)
    issued = find(found, "issued", date="2017")
    assert issued and "tribunal" in issued[0].args["issuer"].label, shown(found)
    assert "member" not in issued[0].args["issuer"].label, shown(found)


def test_a_sized_team_is_no_body() -> None:
    found = facts("A five-member team issued a report on the reef in 2017.")
    assert not find(found, "issued"), shown(found)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The award, dated Sept. 17 and made public on Thursday, was issued by the tribunal.",
            "2019-09-17",
        ),
        (
            "The note, dated March 3 and delivered on Monday, was issued by Ghana's foreign "
            "ministry.",
            "2020-03-03",
        ),
        ("The ruling, dated April 2, was published by the tribunal on Monday.", "2020-04-02"),
        ("The award, dated Sept. 17, was issued by the tribunal.", "2019-09-17"),
        # no day of its own: the clause's
        ("The award was issued by the tribunal on Thursday.", "2020-04-30"),
        pytest.param(
            "The 2016 award was issued by the tribunal in July 2016.",
            "2016-07",
            marks=pytest.mark.xfail(
                strict=True, reason="the year inside the subject is taken for the clause's date"
            ),
        ),
    ],
)
def test_a_dated_document_was_issued_on_its_day(text: str, date: str) -> None:
    found = facts(text)
    assert [f.args.get("date") for f in find(found, "issued")] == [date], shown(found)


_AWARD = "The award was issued by an arbitral tribunal in Hamburg in 2017. "


@pytest.mark.parametrize(
    "text",
    [
        _AWARD
        + "The tribunal rejected Ivory Coast's argument that the line should follow a bisector.",
        _AWARD + "The tribunal found that Ghana had not violated Ivory Coast's sovereign rights.",
        _AWARD + "The tribunal held that the boundary follows an equidistance line.",
        _AWARD + "The tribunal also rejected Ghana's claim for compensation, finding no harm done.",
    ],
)
def test_a_court_verb_tells_its_ruling_again(text: str) -> None:
    """What the tribunal decided, told after its award with no day of its own, is that award's."""
    found = facts(text)
    assert len(find(found, "issued")) == 1, shown(found)


def test_a_court_verb_of_its_own_day_is_a_new_ruling() -> None:
    found = facts(_AWARD + "On Monday the tribunal rejected Ghana's request for a revision.")
    dates = sorted(str(f.args.get("date")) for f in find(found, "issued"))
    assert dates == ["2017", "2020-05-04"], shown(found)


ORDERS = [
    _obliged(
        "The International Tribunal for the Law of the Sea ordered Ghana to suspend new drilling "
        "in the disputed area."
    ),
    _obliged(
        "The International Tribunal for the Law of the Sea barred Ghana from drilling new wells "
        "in the disputed area."
    ),
    _obliged(
        "In its order, the International Tribunal for the Law of the Sea instructed Ghana to "
        "suspend new drilling."
    ),
    _obliged(
        "Ghana was ordered by the International Tribunal for the Law of the Sea to suspend new "
        "drilling in the disputed area."
    ),
]


@pytest.mark.parametrize("text", ORDERS)
def test_an_order_obliges_its_object(text: str) -> None:
    found = facts(text)
    assert find(found, "obliges", party=GHANA), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal found that the seizure breached the convention, but it rejected Guyana's "
        "claim for compensation.",
        "The International Tribunal for the Law of the Sea ruled that Ghana had not breached the "
        "accord and dismissed Ivory Coast's claim.",
        "The court found that the expulsion was unlawful but turned down Guyana's request for "
        "damages.",
    ],
)
def test_a_finding_obliges_no_one(text: str) -> None:
    """ "found that ..., but rejected X's claim": the claim is the second verb's, no order's party."""
    found = facts(text)
    assert not find(found, "obliges"), shown(found)


WELCOMED_IN_A_STATEMENT = [
    ("The African Union welcomed the agreement in a statement issued on Monday.", AU),
    ("The African Union welcomed the accord in a statement released on Monday.", AU),
    ("Japan hailed the agreement in a statement issued in Tokyo on Monday.", JAPAN),
    ("The European Union praised the treaty in a statement published on Monday.", EU),
    ("The African Union welcomed the deal in a statement issued on Monday.", AU),
]


@pytest.mark.parametrize(("text", "issuer"), WELCOMED_IN_A_STATEMENT)
def test_the_welcomer_issued_the_statement(text: str, issuer: str) -> None:
    """ "welcomed the agreement [in a statement issued ...]", the phrase hung on the object: the
    statement is the welcomer's."""
    found = facts(text)
    assert find(found, "issued", issuer=issuer), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Japan rejected the claims in a report issued by China on Monday.",
        "Japan welcomed the agreement reached in Addis Ababa on Monday.",
        "Japan studied the agreement in a report drafted by its lawyers.",
    ],
)
def test_no_statement_of_the_subject(text: str) -> None:
    """Another's report ("issued by China"), an agreement reached: Japan issued nothing."""
    found = facts(text)
    assert not find(found, "issued", issuer=JAPAN), shown(found)


KYRGYZSTAN_MET = (
    "Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon in Bishkek on Thursday. "
)


@pytest.mark.parametrize(
    "text",
    [
        KYRGYZSTAN_MET + "The two leaders signed a border treaty that ends decades of disputes.",
        KYRGYZSTAN_MET + "They signed a border treaty that ends decades of disputes.",
        KYRGYZSTAN_MET + "The two presidents signed a border treaty that ends decades of disputes.",
        KYRGYZSTAN_MET + "The two leaders also signed a protocol on water sharing.",
    ],
)
def test_signed_the_day_they_met(text: str) -> None:
    """ "X met Y on Thursday. The two leaders signed ...": their states signed, that day."""
    found = facts(text)
    assert find(found, "signed", parties={KYRGYZSTAN, TAJIKISTAN}, date="2020-04-30"), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # the leaders met, but two other states signed
        KYRGYZSTAN_MET + "Ghana and Ivory Coast signed a border treaty on the same day in Accra.",
        # only one of those who met signs: no date taken from the meeting
        KYRGYZSTAN_MET + "Kyrgyzstan later signed a border treaty with Uzbekistan.",
    ],
)
def test_others_signed_not_the_day_they_met(text: str) -> None:
    found = facts(text)
    assert not find(found, "signed", date="2020-04-30", parties={KYRGYZSTAN, TAJIKISTAN}), shown(
        found
    )


@pytest.mark.parametrize(
    "text",
    [
        KYRGYZSTAN_MET + "The two leaders signed a border treaty that ends decades of disputes.",
        "Kyrgyzstan and Tajikistan signed a border treaty on Thursday that ends decades of "
        "disputes.",
        "Kyrgyzstan and Tajikistan signed a border treaty on Thursday which ends decades of "
        "disputes.",
        pytest.param(
            "On Thursday Kyrgyzstan and Tajikistan signed a border treaty which ends decades of "
            "disputes.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the parser reads 'Thursday Kyrgyzstan' as one noun phrase: no signing",
            ),
        ),
    ],
)
def test_one_agreement_on_what_a_signed_treaty_does(text: str) -> None:
    """ "signed a treaty that ends ...": the signing's content is one agreement, not two."""
    found = facts(text)
    agreed = find(found, "agreedTo")
    assert len(agreed) == 1 and agreed[0].args.get("date") == "2020-04-30", shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan and Tajikistan on Thursday signed a treaty delimiting their entire border.",
        KYRGYZSTAN_MET + "The treaty they signed ends decades of disputes.",
        "Kyrgyzstan and Tajikistan signed a treaty on Thursday. The treaty ends decades of "
        "disputes.",
    ],
)
def test_what_a_treaty_does_was_agreed_when_signed(text: str) -> None:
    """What a signed treaty does was agreed on the day it was signed, not the report's."""
    found = facts(text)
    assert find(found, "agreedTo", parties={KYRGYZSTAN, TAJIKISTAN}, date="2020-04-30"), shown(
        found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Ghana and Ivory Coast ended on Monday with an agreement to set up a joint "
        "commission.",
        "The talks between Ghana and Ivory Coast in Accra produced a deal to set up a joint "
        "commission.",
        "Two days of talks between Ghana and Ivory Coast concluded with an agreement on a joint "
        "commission.",
        "The meeting between Ghanaian President John Mahama and Ivorian President Alassane "
        "Ouattara ended with a deal to set up a joint commission.",
    ],
)
def test_talks_ended_in_a_deal(text: str) -> None:
    """The deal talks end with is the agreement of the states their between-phrase names."""
    found = facts(text)
    agreed = find(found, "agreedTo", parties={GHANA, IVORY_COAST})
    assert agreed and "commission" in agreed[0].args["what"], shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Ghana and Ivory Coast ended on Monday without an agreement on the field.",
        "Talks between Ghana and Ivory Coast did not end with an agreement.",
        "Talks between Ghana and Ivory Coast ended with a warning from the mediators.",
        "The talks ended with an agreement to meet again, a Ghanaian official said.",
    ],
)
def test_talks_ended_in_no_deal_of_theirs(text: str) -> None:
    found = facts(text)
    assert not find(found, "agreedTo", parties={GHANA, IVORY_COAST}), shown(found)


ARGENTINA, CHILE = "state/argentina", "state/chile"
SOVIET_UNION = "state/soviet-union"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The accord was signed in 1995 by Argentina's then president Carlos Menem and Chilean "
            "President Eduardo Frei.",
            {ARGENTINA, CHILE},
        ),
        (
            "The accord was signed in 1995 by Carlos Menem, then Argentina's president, and "
            "Eduardo Frei of Chile.",
            {ARGENTINA, CHILE},
        ),
        (
            "The accord was signed in 1995 by then-President Carlos Menem of Argentina and Chile's "
            "Eduardo Frei.",
            {ARGENTINA, CHILE},
        ),
        (
            "The declaration was signed in 1956 by Ichiro Hatoyama, Japan's prime minister at the "
            "time, and Nikolai Bulganin of the Soviet Union.",
            {JAPAN, SOVIET_UNION},
        ),
        pytest.param(
            "The accord, signed in 2000 by Foreign Minister Saud Faisal of Saudi Arabia and "
            "Abdulqader Bajammal, then Yemen's foreign minister, ended decades of clashes.",
            {"state/saudi-arabia", "state/yemen"},
            marks=pytest.mark.xfail(
                strict=True,
                reason="the parser hangs the apposition after the second signer on the treaty",
            ),
        ),
    ],
)
def test_signers_named_beside_a_state(text: str, parties: set[str]) -> None:
    """A signer named as a person beside one named by a state signs for the state he serves."""
    found = facts(text)
    assert find(found, "signed", parties=parties), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # a mediator who serves no party signs nothing for one
        "The accord was signed in 1995 by Argentina and mediator Jimmy Carter.",
        # a person whose state the text never tells adds no party
        "The accord was signed in 1995 by Argentina's Carlos Menem and Eduardo Frei.",
    ],
)
def test_no_second_signer_without_a_state(text: str) -> None:
    found = facts(text)
    assert not find(found, "signed"), shown(found)


VIETNAM, CHINA = "state/vietnam", "state/china"


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam rejected the map, which was published by China in August.",
        "Vietnam rejected the map, which China published in August.",
        "Vietnam rejected the map published by China in August.",
        "Vietnam rejected the report, which was released by China in August.",
        "Vietnam protested against a map that China published in August.",
    ],
)
def test_a_map_a_relative_clause_says_was_published(text: str) -> None:
    """ "the map, which was published by China": a map issued is a document, as in a participle."""
    found = facts(text)
    assert find(found, "issued", issuer=CHINA, date="2019-08"), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam rejected the map, which shows the islands as Chinese.",
        "Vietnam rejected the map, which China has not published.",
        "Vietnam rejected the report, which China said it would publish in August.",
    ],
)
def test_a_map_no_clause_says_was_published(text: str) -> None:
    found = facts(text)
    assert not find(found, "issued"), shown(found)


@pytest.mark.parametrize(
    ("text", "issuer", "date"),
    [
        (
            "The decision of the boundary commission, issued in April 2002, awarded the town to "
            "Eritrea.",
            "boundary commission",
            "2002-04",
        ),
        (
            "The judgment of the International Court of Justice, delivered in 2008, gave the rock "
            "to Singapore.",
            "International Court of Justice",
            "2008",
        ),
        (
            "A resolution of the UN Security Council adopted in 2006 called for a ceasefire.",
            "UN Security Council",
            "2006",
        ),
        (
            "Ethiopia at first rejected the 2002 ruling of the boundary commission.",
            "boundary commission",
            "2002",
        ),
    ],
)
def test_a_bodys_of_phrase_names_the_issuer(text: str, issuer: str, date: str) -> None:
    """ "the decision of the boundary commission": the body the of-phrase names issued it."""
    found = facts(text)
    issued = find(found, "issued", date=date)
    assert issued and issued[0].args["issuer"].label == issuer, shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "The Treaty of Paris was signed in 1898.",
        "The map of the region, published in 2019, shows the islands.",
        "The resolution of the dispute will take years.",
        "The 1960 memorandum of Japan was rejected by Moscow.",
    ],
)
def test_no_issuer_in_a_places_or_states_of_phrase(text: str) -> None:
    found = facts(text)
    assert not find(found, "issued"), shown(found)


ETHIOPIA = "state/ethiopia"


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia accepted the commission's decision in 2018.",
        "Ethiopia accepted the boundary commission's decision in 2018.",
        "Ethiopia initially rejected the commission's decision, but accepted it in 2018.",
        "Ethiopia said in 2018 that it would abide by the commission's ruling.",
        "Ethiopia accepted the tribunal's award in 2018.",
    ],
)
def test_a_bodys_decision_is_a_document(text: str) -> None:
    """ "the commission's decision": a body of no state, named by what it is, possesses a
    document as a court does ("the court's order")."""
    found = facts(text)
    assert find(found, "adheresTo", party=ETHIOPIA), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia welcomed the commission's decision to hold its next session in Addis Ababa.",
        "Ethiopia criticised the committee's decision to postpone the vote.",
    ],
)
def test_a_bodys_decision_to_act_is_no_document_one_adheres_to(text: str) -> None:
    found = facts(text)
    assert not find(found, "adheresTo"), shown(found)


PHILIPPINES = "state/philippines"
_AWARD_2016 = "The tribunal issued its award in 2016. "


@pytest.mark.parametrize(
    "text",
    [
        _AWARD_2016 + "The Philippines says it will abide by it.",
        _AWARD_2016 + "Manila has said it will never abandon it.",
        _AWARD_2016 + "The Philippines has complied with it ever since.",
        _AWARD_2016 + "The Philippines remains committed to it, the foreign ministry said.",
    ],
)
def test_it_is_the_document_the_sentence_before_named(text: str) -> None:
    """An object "it" in a sentence naming no document is the one the sentence before named."""
    found = facts(text)
    held = find(found, "adheresTo", party=PHILIPPINES)
    assert held and held[0].args["document"].label == "award", shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # two documents before: "it" tells not which
        "The tribunal issued its award in 2016, citing the 1982 convention. The Philippines says "
        "it will abide by it.",
        # two sentences on
        _AWARD_2016
        + "Fishing boats returned to the shoal. The Philippines says it will abide by it.",
    ],
)
def test_it_is_no_document_from_further_back(text: str) -> None:
    found = facts(text)
    assert not find(found, "adheresTo", party=PHILIPPINES), shown(found)
