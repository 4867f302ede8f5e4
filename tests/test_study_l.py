"""General causes found by studying held-out batch L (h56-h59), each read on other disputes.

The sentences are written for these tests, on disputes other than batch L's; each group is one
fact told several ways, with negatives that must stay silent. What they exercise: a phrase the
parser stacks on a name ("with the OSCE against Armenia": grammar/adjuncts.py); "rejected the
complaint" for the protest last told of (rules/rejection_referents.py); a court, a union or the League of
Nations that rejects or recognises (data/lexicon/relations.yaml), a state's own body standing for the
state (kg/ingest/nlp/bodies.py) and a member of a body that is not the body (grammar/fillers.py); "Under
DOC, X is required to / must / undertook to" (rules/obligations.py); a byline block with its date line
(kg/ingest/article.py); a quoted noun phrase the parser makes a second subject of the tag
(rules/speech.py); "last week" (dates.py); a conjoined verb with a tense of its own that takes
no "not" from the first (grammar/mood.py); "the Soviet Union's successor" (relations.yaml).
"""

from __future__ import annotations

import pytest
from helpers import JAPAN, RUSSIA, USSR, has, shown, statements
from helpers import facts as read

from kg.ingest import article

AZERBAIJAN, ARMENIA, GREECE, TURKEY = (
    "state/azerbaijan",
    "state/armenia",
    "state/greece",
    "state/turkey",
)
PHILIPPINES, CHINA = "state/philippines", "state/china"


@pytest.mark.parametrize(
    ("text", "party", "against"),
    [
        (
            "Azerbaijan lodged a complaint with the OSCE against Armenia over the shelling.",
            AZERBAIJAN,
            ARMENIA,
        ),
        (
            "Greece filed a formal protest with the European Commission against Turkey on Monday "
            "over the survey ship.",
            GREECE,
            TURKEY,
        ),
        (
            "Armenia on Friday lodged a complaint with the U.N. Security Council against "
            "Azerbaijan over the blockade.",
            ARMENIA,
            AZERBAIJAN,
        ),
    ],
)
def test_a_phrase_the_parser_hangs_on_a_name_is_the_protests(text, party, against):
    found = read(text)
    assert has(found, "protests", party=party, against=against), shown(found)


@pytest.mark.parametrize(
    ("text", "state", "claimant"),
    [
        (
            "Manila lodged a protest with Beijing over the water cannon attack. China's foreign "
            "ministry rejected the protest.",
            CHINA,
            PHILIPPINES,
        ),
        (
            "Tokyo lodged a complaint with Moscow over the flights. The complaint was dismissed by "
            "Russia.",
            RUSSIA,
            JAPAN,
        ),
        (
            "Athens filed a formal protest with Ankara on Tuesday over the drilling. Turkey "
            "rejected the protest as baseless.",
            TURKEY,
            GREECE,
        ),
    ],
)
def test_a_rejected_protest_told_before_is_its_partys(text, state, claimant):
    found = read(text)
    assert has(found, "rejectsClaim", state=state, claimant=claimant), shown(found)


def test_a_protest_lodged_against_another_is_not_the_rejecters_to_reject():
    found = read(
        "Manila lodged a protest with Beijing over the water cannon attack. Japan rejected the "
        "protest."
    )
    assert not has(found, "rejectsClaim", state=JAPAN, claimant=PHILIPPINES), shown(found)


ICJ, LEAGUE, AU = (
    "organization/international-court-of-justice",
    "organization/league-of-nations",
    "organization/african-union",
)


@pytest.mark.parametrize(
    ("text", "rel", "want"),
    [
        (
            "The International Court of Justice rejected Nicaragua's claim to the islands.",
            "rejectsClaim",
            {"state": ICJ, "claimant": "state/nicaragua"},
        ),
        (
            "The African Union on Friday rejected Morocco's demand for a new vote.",
            "rejectsClaim",
            {"state": AU, "claimant": "state/morocco"},
        ),
        (
            "In 1921 the League of Nations recognised Finland's sovereignty over the Aland Islands.",
            "recognizes",
            {"party": LEAGUE},
        ),
    ],
)
def test_a_court_or_a_union_rejects_and_recognises(text, rel, want):
    found = read(text)
    assert has(found, rel, **want), shown(found)


def test_a_states_own_body_rejects_for_the_state():
    found = read("The Russian Foreign Ministry rejected Japan's claim to the Kuril Islands.")
    assert has(found, "rejectsClaim", state=RUSSIA, claimant=JAPAN), shown(found)


def test_a_body_that_rejects_a_claim_is_no_party_to_the_dispute():
    found = read("The African Union rejected Morocco's claim to Western Sahara.")
    assert not [f for f in found if f.rel == "disputes" and "organization" in str(shown([f]))], (
        shown(found)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The republic has not been recognised by any member state of the United Nations.",
        "Members of the African Union rejected the claim.",
    ],
)
def test_a_member_of_a_body_is_not_the_body(text):
    found = read(text)
    assert not [f for f in found if "organization" in str(shown([f]))], shown(found)


GOLAN, ISRAEL, NORWAY, CHILE = (
    "territory/golan-heights",
    "state/israel",
    "state/norway",
    "state/chile",
)


@pytest.mark.parametrize(
    ("text", "party", "action"),
    [
        (
            "Under Resolution 242, Israel is required to withdraw from the Golan Heights.",
            ISRAEL,
            "to withdraw from the Golan Heights",
        ),
        (
            "Under the 2010 accord, which was signed in Moscow, Norway must share the fish stocks "
            "with Russia.",
            NORWAY,
            "share the fish stocks with Russia",
        ),
        (
            "Under the 1904 treaty, Chile undertook to build a railway to La Paz.",
            CHILE,
            "to build a railway to La Paz",
        ),
        (
            "Under the 1904 treaty Bolivia ceded its coast to Chile, which undertook to build a "
            "railway to La Paz and to grant Bolivia free transit.",
            CHILE,
            "to grant Bolivia free transit",
        ),
    ],
)
def test_what_a_party_must_do_under_a_document_the_document_obliges(text, party, action):
    found = read(text)
    assert has(found, "obliges", party=party, action=action), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Under pressure from Washington, Israel is required to withdraw from the area.",
        "Chile undertook to build a railway to La Paz.",
        "Under the 1904 treaty, Chile built a railway to La Paz.",
        "Under the 1904 treaty, Chile did not undertake to build a railway.",
        "Israel is required to withdraw from the Golan Heights.",
    ],
)
def test_no_obligation_without_a_document_or_a_duty(text):
    found = read(text)
    assert not [f for f in found if f.rel == "obliges"], shown(found)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Islands row flares\n\nBy Jane Doe\nPublished 14 May 2025\n\nJapan protested in "
            "January.\n",
            "2025-05-14",
        ),
        (
            "Islands row flares\n\nBy Jane Doe and John Roe\nUpdated May 14, 2025\n\nJapan "
            "protested in January.\n",
            "2025-05-14",
        ),
    ],
)
def test_a_byline_with_its_date_line_dates_the_report(text, published):
    assert article.parse(text).source.published == published


def test_a_byline_without_a_date_line_dates_nothing():
    # the year comes from the body's own day (a year told with no day of it is a recalled one:
    # news_day.undated_year), never from the byline
    text = "Islands row flares\n\nBy Jane Doe\nStaff writer\n\nJapan protested on May 6, 2019.\n"
    assert article.parse(text).source.published == "2019"


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            '"Our claim to the islands," Kono told the session, "remains unchanged."',
            "Our claim to the islands remains unchanged",
        ),
        (
            '"Guyana\'s sovereignty over the region," Foreign Minister Hugh Todd told the same '
            'session, "is not up for negotiation."',
            "Guyana's sovereignty over the region is not up for negotiation",
        ),
        (
            '"The border between our two countries," Aliyev told parliament on Tuesday, "was '
            'settled in 1991."',
            "The border between our two countries was settled in 1991",
        ),
    ],
)
def test_a_quoted_subject_before_the_tag_begins_the_quotation(text, opening):
    said = [words for _, words in statements(text)]
    assert opening in said, said


@pytest.mark.parametrize(
    ("published", "when"),
    [
        ("2018-10-01", "2018-09"),  # a Monday: the week before is all September
        ("2020-06-03", "2020-05"),
        ("2026-01-02", "2025-12"),  # the week before lies in the year before
        ("2020-05-05", "2020"),  # April 27 to May 3: two months, one year
    ],
)
def test_last_week_is_the_month_or_the_year_the_week_before_lies_in(published, when):
    found = read(
        "Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in "
        "New York last week.",
        published=published,
    )
    assert [f.args.get("date") for f in found if f.rel == "meeting"] == [when], shown(found)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Bolivia has never given up its claim to the coast and says the treaty was imposed "
            "by force.",
            "state/bolivia",
            "the treaty was imposed by force",
        ),
        (
            "Russia has not recognised the vote and insists it was illegal.",
            RUSSIA,
            "it was illegal",
        ),
        (
            "Japan had not accepted the ruling and said the islands were Japanese.",
            JAPAN,
            "the islands were Japanese",
        ),
    ],
)
def test_a_verb_with_a_tense_of_its_own_takes_no_not_from_the_first(text, speaker, words):
    assert (speaker, words) in statements(text), statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan did not sign or ratify the treaty.",  # one auxiliary, one "not" for both verbs
        "Japan has not signed and ratified the treaty.",
    ],
)
def test_verbs_sharing_an_auxiliary_share_its_not(text):
    found = read(text)
    assert not [f for f in found if f.rel == "signed" and not f.negated], shown(found)


@pytest.mark.parametrize(
    ("text", "state", "predecessor"),
    [
        ("Russia, as the Soviet Union's successor, still keeps the consulate.", RUSSIA, USSR),
        ("Russia is the Soviet Union's successor.", RUSSIA, USSR),
        ("Serbia, Yugoslavia's successor, kept the seat.", "state/serbia", "state/yugoslavia"),
    ],
)
def test_whose_successor_a_possessor_names(text, state, predecessor):
    found = read(text)
    assert has(found, "successorOf", state=state, predecessor=predecessor), shown(found)


def test_a_persons_successor_is_no_state_succession():
    found = read("Russia's successor to the president will be chosen in March.")
    assert not [f for f in found if f.rel == "successorOf"], shown(found)
