"""General causes found by studying held-out batch J (h46-h49), each read on other disputes.

The sentences are written for these tests, on disputes other than batch J's; each group is one
fact told several ways, with negatives that must stay silent. What they exercise:
a land named by a head noun and then referred to by that noun alone ("the shoal", "the plateau",
"the district": the land last named with that same word, data/lexicon/references.yaml `region`); "the Argentine leader" for the person the
article named as that state's president or prime minister (data/gazetteer/offices.yaml,
`stands_for`); a title the gazetteer lacked ("Prefect X"); "in March last year" (kg/ingest/nlp/dates.py);
the object of "accused X of occupying" as the gerund's doer (grammar/roles.py); a quoted adjective after
"as" with words after it (grammar/adjuncts.py, segment.opening_quotation); "under the control of X"
(grammar/nouns.py); "adding that ..." ending in a quoted fragment (rules/speech.py); "A, which calls
it X, and B" (grammar/filler_conjuncts.py).
"""

from __future__ import annotations

import pytest
from helpers import CHINA, has, shown
from helpers import facts as read

PHILIPPINES, SECOND_THOMAS = "state/philippines", "territory/second-thomas-shoal"
INDIA, TAWANG = "state/india", "territory/tawang"
TURKEY, SYRIA, HATAY = "state/turkey", "state/syria", "territory/hatay-province"

BACK_REFERENCES = [
    (
        "China disputes Second Thomas Shoal. The Philippines controls the shoal.",
        "controls",
        {"state": PHILIPPINES, "territory": SECOND_THOMAS},
    ),
    (
        "Marines guard Second Thomas Shoal. The shoal, which lies in the Spratlys, is controlled by "
        "the Philippines.",
        "controls",
        {"state": PHILIPPINES, "territory": SECOND_THOMAS},
    ),
    (
        "India administers the Tawang district. The district is claimed by China.",
        "claims",
        {"claimant": CHINA, "territory": TAWANG},
    ),
    (
        "Monks live in the Tawang district. China, which sent troops there in 1962, claims the district.",
        "claims",
        {"claimant": CHINA, "territory": TAWANG},
    ),
    (
        "Syria lost Hatay Province in 1939. Damascus still claims the province.",
        "claims",
        {"claimant": SYRIA, "territory": HATAY},
    ),
    (
        "Syria lost Hatay Province in 1939. The province was handed over to Turkey in 1939.",
        "handedOverTo",
        {"to": TURKEY, "territory": HATAY},
    ),
]


@pytest.mark.parametrize(("text", "rel", "want"), BACK_REFERENCES)
def test_a_land_is_referred_back_to_by_its_head_noun(text, rel, want):
    found = read(text)
    assert has(found, rel, **want), shown(found)


WAKHAN = "territory/wakhan-corridor"


@pytest.mark.parametrize(
    ("text", "meant", "not_meant"),
    [
        (
            "India administers the Tawang district. Afghanistan holds the Wakhan Corridor. "
            "The district is claimed by China.",
            TAWANG,
            WAKHAN,
        ),
        (
            "Afghanistan holds the Wakhan Corridor. India administers the Tawang district. "
            "The corridor is claimed by China.",
            WAKHAN,
            TAWANG,
        ),
    ],
)
def test_the_noun_refers_to_the_land_named_with_that_same_noun(text, meant, not_meant):
    found = read(text)
    assert has(found, "claims", claimant=CHINA, territory=meant), shown(found)
    assert not has(found, "claims", claimant=CHINA, territory=not_meant), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "China claims the shoal.",  # nothing named before: no antecedent
        "India administers the Tawang district. Another district is claimed by China.",
    ],
)
def test_a_head_noun_with_nothing_to_refer_to_is_no_claim(text):
    found = read(text)
    assert not [f for f in found if f.rel == "claims" and "tawang" in str(f.args)], shown(found)
    assert not [f for f in found if f.rel == "claims" and "shoal" in str(f.args)], shown(found)


MILEI, KISHIDA, PUTIN = "person/javier-milei", "person/fumio-kishida", "person/vladimir-putin"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Argentine President Javier Milei visited Ushuaia. The Argentine leader called the islands "
            '"Argentine soil".',
            MILEI,
        ),
        (
            'Javier Milei, the Argentine president, visited Ushuaia. "The islands are ours," the '
            "Argentine leader told reporters.",
            MILEI,
        ),
        (
            "Japanese Prime Minister Fumio Kishida met Russian President Vladimir Putin. The Japanese "
            'leader said "the islands are Japanese".',
            KISHIDA,
        ),
        (
            "Japanese Prime Minister Fumio Kishida met Russian President Vladimir Putin. The Russian "
            'leader said "the islands are Russian".',
            PUTIN,
        ),
    ],
)
def test_the_demonym_leader_is_the_head_of_that_state_named_before(text, speaker):
    found = read(text)
    assert has(found, "statement", speaker=speaker), shown(found)


def test_a_leader_of_a_state_nobody_was_named_for_is_nobody():
    found = read(
        'Argentine President Javier Milei visited Ushuaia. The British leader said "no talks".'
    )
    assert not has(found, "statement", speaker=MILEI), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "French Prefect Jean Dupont rejected the claim.",
        "The claim was rejected on Monday by France's prefect, Jean Dupont.",
        "The French prefect, Jean Dupont, rejected the claim.",
    ],
)
def test_prefect_is_an_office_before_or_after_the_name(text):
    found = read(text)
    assert has(found, "holdsRole", person="person/jean-dupont", role="prefect"), shown(found)
    assert not [e for f in found for e in f.args.values() if "prefect-jean" in str(e)]


def test_the_readme_example():
    """README.md, "Lands referred to by their noun, leaders by their state": the facts it shows."""
    found = read(
        "India administers the Tawang district. The district is claimed by China. "
        'Argentine President Javier Milei visited Ushuaia. The Argentine leader called the visit "a duty".'
    )
    assert has(found, "claims", claimant=CHINA, territory=TAWANG), shown(found)
    assert has(found, "statement", speaker=MILEI, quote_start="a duty"), shown(found)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Milei met Starmer in London in March last year.", "2019-03"),
        ("In March last year, Milei met Starmer in London.", "2019-03"),
        ("Milei and Starmer, who met in London in March last year, spoke again.", "2019-03"),
        ("Milei met Starmer in London in March this year.", "2020-03"),
        ("Milei met Starmer in London in March.", "2020-03"),  # the latest March, no year said
    ],
)
def test_a_month_of_last_year_is_dated_in_that_year(text, date):
    found = [f for f in read(text) if f.rel == "meeting"]
    assert found and all(f.args.get("date") == date for f in found), shown(found)


VIETNAM, PARACELS = "state/vietnam", "territory/paracel-islands"
GEORGIA, ABKHAZIA = "state/georgia", "territory/abkhazia"


@pytest.mark.parametrize(
    ("text", "doer", "accuser", "land"),
    [
        ("Vietnam accused China of occupying the Paracel Islands.", CHINA, VIETNAM, PARACELS),
        (
            "Vietnam, in a note on Monday, accused China of illegally occupying the Paracel Islands.",
            CHINA,
            VIETNAM,
            PARACELS,
        ),
        ("Hanoi blamed Beijing for seizing the Paracel Islands in 1974.", CHINA, VIETNAM, PARACELS),
        (
            'Georgia protested, accusing Russia of "occupying" Abkhazia.',
            "state/russia",
            GEORGIA,
            ABKHAZIA,
        ),
        ("Russia was accused of occupying Abkhazia.", "state/russia", GEORGIA, ABKHAZIA),
    ],
)
def test_the_accused_is_who_does_what_the_gerund_says(text, doer, accuser, land):
    found = read(text)
    assert has(found, "controls", state=doer, territory=land), shown(found)
    assert not has(found, "controls", state=accuser, territory=land), shown(found)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            'Milei has described the British presence as "illegal and colonial" in an interview.',
            "illegal and colonial",
        ),
        (
            'Kishida has described the visit as "deeply regrettable" for Japan.',
            "deeply regrettable",
        ),
        ('Kishida described the visit as "deeply regrettable".', "deeply regrettable"),
    ],
)
def test_a_quoted_adjective_after_as_is_what_was_said(text, quote):
    found = [f for f in read(text) if f.rel == "statement"]
    assert [f.args["quote_start"] for f in found] == [quote], shown(found)


def test_unquoted_words_after_as_are_the_outlets():
    found = read("Milei described the islands as part of Argentina.")
    assert not [f for f in found if f.rel == "statement"], shown(found)


def test_coordinated_quotations_after_as_are_all_said_and_the_tail_is_not():
    found = [
        f
        for f in read(
            'Milei has described the British presence as "illegal" and "colonial" in an interview.'
        )
        if f.rel == "statement"
    ]
    said = " ".join(f.args["quote_start"] for f in found)
    assert "illegal" in said and "colonial" in said and "interview" not in said, shown(found)


@pytest.mark.parametrize(
    ("text", "state", "land"),
    [
        ("Abkhazia remains under the control of Russia.", "state/russia", ABKHAZIA),
        (
            "Abkhazia, under the control of Russian troops since 2008, held a vote.",
            "state/russia",
            ABKHAZIA,
        ),
        (
            "Abkhazia has been under the de facto control of Russia since 2008.",
            "state/russia",
            ABKHAZIA,
        ),
        ("The Paracel Islands came under the administration of China in 1974.", CHINA, PARACELS),
    ],
)
def test_under_the_control_of_a_state_is_its_control(text, state, land):
    found = read(text)
    assert has(found, "controls", state=state, territory=land), shown(found)
    assert not [f for f in found if f.rel == "controls" and f.args["territory"].kind == "State"]


def test_under_the_control_of_nobody_named_is_no_fact():
    found = read("Abkhazia remains under the control of local militias.")
    assert not [f for f in found if f.rel == "controls"], shown(found)


@pytest.mark.parametrize(
    "text",
    [
        '"The cayes are ours," Foreign Minister Francis Fonseca told reporters in Belmopan, adding that '
        'Belize would keep its patrols there "as long as necessary".',
        '"The cayes are ours," Francis Fonseca, the foreign minister, said, adding that Belize would '
        'keep its patrols there "as long as necessary".',
        'Foreign Minister Francis Fonseca said on Monday that Belize would keep its patrols there "as '
        'long as necessary".',
    ],
)
def test_reported_words_ending_in_a_quoted_fragment_are_reported(text):
    found = [f for f in read(text) if f.rel == "statement"]
    assert any(f.args["quote_start"].startswith("Belize would keep its patrols") for f in found), (
        shown(found)
    )


SPRATLYS, SENKAKU = "territory/spratly-islands", "territory/senkaku-islands"


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        (
            "The Senkaku Islands are claimed by China, which calls them the Diaoyu, and Taiwan.",
            {CHINA, "state/taiwan"},
        ),
        (
            "The Senkaku Islands are claimed by both China, which calls them the Diaoyu, and Taiwan, "
            "an island it regards as its own.",
            {CHINA, "state/taiwan"},
        ),
        (
            "China, which calls them the Diaoyu, and Taiwan both claim the Senkaku Islands.",
            {CHINA, "state/taiwan"},
        ),
    ],
)
def test_a_conjunct_after_a_relative_clause_is_the_heads(text, claimants):
    found = read(text)
    for who in claimants:
        assert has(found, "claims", claimant=who, territory=SENKAKU), shown(found)


def test_a_list_inside_the_relative_clause_stays_inside_it():
    found = read(
        "Vietnam protested. The Spratly Islands are claimed by China, which disputes them with "
        "Malaysia, Brunei, and the Philippines."
    )
    assert has(found, "claims", claimant=CHINA, territory=SPRATLYS), shown(found)
    assert not has(found, "claims", claimant=PHILIPPINES, territory=SPRATLYS), shown(found)


def test_the_relative_clauses_own_verb_is_the_heads_alone():
    found = [
        f
        for f in read("China, which says the islands are its own, and Vietnam met on Monday.")
        if f.rel == "statement"
    ]
    assert [f.args["speaker"].key for f in found] == [CHINA], shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out in the Kelbajar district. Armenia later handed the district over to "
        "Azerbaijan.",
        "Fighting broke out in the Kelbajar district. The district, which Armenia had held since "
        "1993, was handed over to Azerbaijan.",
    ],
)
def test_a_land_the_gazetteer_lacks_is_referred_back_to_by_its_noun(text):
    found = [f for f in read(text) if f.rel == "handedOverTo"]
    assert [(f.args["territory"].label, f.args["to"].key) for f in found] == [
        ("Kelbajar district", "state/azerbaijan")
    ], shown(found)
