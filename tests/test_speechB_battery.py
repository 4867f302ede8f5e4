"""Speech that is no one's statement, and states that do not say whose office (issue 12,
seventeenth round, speechB).

- A headline that ends on a quotation ('Beijing says atoll is "a rock"') is the headline, not
  the article's first sentence: a headline retells the lead, and its words were read as a
  statement of their own beside the lead's (T4, TT). A first line that closes a sentence inside
  its quotation marks ('"We will not yield."') stays body text.
- "according to a copy seen by Reuters", "a draft obtained by the AP": who saw or got a text is
  its reader, not its author, so no statement of theirs (TTT, TTTTT).
- Whose office a bare title is, from the one state its sentence names: not a state named only
  as the owner of troops or a side on the ground ("the presence of Croatian troops", "the Syrian
  side of Mount Hermon": TTTT, TTTTT, and speech21's Sudanese troops), nor one that is the
  subject of a clause describing a land ("a farming area that Rwanda has administered":
  TTTTTTT; "the islet, which Peru calls ...").

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, facts, statements

from kg.ingest import article

# -- a headline that ends on a quotation --------------------------------------------------------

LEAD = (
    "LIMA, March 3, 2026 (Reuters) - Peru on Tuesday rejected a Chilean map of the border, "
    "saying it ignored the 1929 treaty.\n\n"
    "The map was published by Chile's navy last week."
)

QUOTED_HEADLINES = [
    'Peru says Chilean map is "null and void"',
    "Peru calls Chilean map “a provocation”",
    'Lima says border map "ignores the treaty"',
]


@pytest.mark.parametrize("headline", QUOTED_HEADLINES)
def test_a_headline_ending_on_a_quotation_is_the_title(headline):
    parsed = article.parse(f"{headline}\n\n{LEAD}", name="test")
    assert parsed.source.title == headline
    assert parsed.source.publisher == "Reuters"
    assert parsed.source.dateline is not None and parsed.source.dateline.startswith("LIMA")


@pytest.mark.parametrize("headline", QUOTED_HEADLINES)
def test_a_quoted_headline_tells_no_statement_of_its_own(headline):
    said = statements(f"{headline}\n\n{LEAD}")
    assert said, "the lead's statement is read"
    assert all(
        not words.startswith(("Chilean map", "border map", "a provocation")) for _, words in said
    )
    assert all("null and void" not in words for _, words in said)


@pytest.mark.parametrize(
    "first",
    [
        '"We will never give up an inch of our land."',
        '"We will never give up an inch of our land," the minister said.',
        '"Will they ever return the islands?"',
    ],
)
def test_a_first_line_that_closes_a_sentence_stays_body_text(first):
    parsed = article.parse(
        f"{first}\n\nThe row began in May.\n\nTalks are due in June.", name="test"
    )
    assert parsed.source.title is None or parsed.source.title != first


# -- who saw a text is not its author -----------------------------------------------------------

READ_ONLY = [
    "The new accord gives Chile a larger share of the fishing grounds, according to a copy seen "
    "by Reuters.",
    "The draft gives Chile a larger share of the fishing grounds, according to a copy obtained "
    "by the Associated Press.",
    "According to a draft reviewed by Reuters, the accord gives Chile a larger share of the "
    "fishing grounds.",
    "A draft seen by Reuters says Chile would get a larger share of the fishing grounds.",
]


@pytest.mark.parametrize("text", READ_ONLY)
def test_who_saw_a_text_does_not_speak_it(text):
    assert not any("fishing grounds" in words for _, words in statements(HEADLINE + text))


@pytest.mark.parametrize(
    "text",
    [
        "The accord gives Chile a larger share of the fishing grounds, according to the Peruvian "
        "foreign ministry.",
        "A statement released by the Peruvian foreign ministry said the accord gives Chile a "
        "larger share of the fishing grounds.",
    ],
)
def test_who_issued_a_text_still_speaks_it(text):
    said = statements(HEADLINE + text)
    assert any(
        speaker == "organization/ministry-of-foreign-affairs-of-peru" and "fishing grounds" in words
        for speaker, words in said
    ), said


# -- "the government said" in the lead, below a quoted headline ------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Chile says Peruvian map "ignores the treaty"\n\nLIMA, March 3, 2026 (Reuters) - Peru '
            "has protested to Chile over a new naval chart, the government said on Tuesday.",
            "state/peru",
        ),
        (
            "SANTIAGO, March 3, 2026 (AFP) - Chile has protested to Peru over a new naval chart, "
            "the government said on Tuesday.\n\nThe chart was published last week.",
            "state/chile",
        ),
    ],
)
def test_the_government_of_the_dateline_speaks_in_the_lead(text, speaker):
    """No state has acted before the lead's tag: "the government" is the bureau's (the
    dateline's capital), the headline's state never."""
    said = [k for k, words in statements(text) if "protested" in words]
    assert said == [speaker]


# -- whose office: a state named only by its troops on the ground --------------------------------


def _offices(text: str) -> dict[str, str]:
    """Each official's key -> the key of the state or body the holding names."""
    return {
        f.args["person"].key: f.args["of"].key
        for f in facts(HEADLINE + text)
        if f.rel == "holdsRole" and not f.negated
    }


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        (
            "Defence Minister Juan Perez said the troops would stay on the Chilean side of the "
            "ridge through the winter.",
            "state/chile",
        ),
        (
            "Foreign Minister Ana Ruiz said the presence of Peruvian soldiers on the islet was "
            "unacceptable.",
            "state/peru",
        ),
        (
            "Foreign Minister Ana Ruiz told reporters that Peruvian troops had crossed the river "
            "on Monday.",
            "state/peru",
        ),
    ],
)
def test_the_other_sides_troops_do_not_say_whose_office(text, foreign):
    assert foreign not in _offices(text).values()


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Foreign Minister Ana Ruiz said Chile would defend the islet.", "state/chile"),
        (
            "Foreign Minister Ana Ruiz said Chile would never accept the presence of Peruvian "
            "soldiers on the islet.",
            "state/chile",
        ),
    ],
)
def test_a_state_the_official_speaks_for_still_says_whose_office(text, state):
    assert state in _offices(text).values()


# -- whose office: a state that only describes a land ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Ruiz said the fishermen had been arrested near the islet, which Peru "
        "calls Isla Roja.",
        "Foreign Minister Ana Ruiz said the fishermen had been arrested near a reef that Peru has "
        "administered for decades.",
    ],
)
def test_a_state_that_holds_or_names_a_land_does_not_say_whose_office(text):
    assert "state/peru" not in _offices(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Ruiz said Chile would never give up the islet that Peru has occupied "
        "since 1995.",
        "Chile will never give up the islet, which Peru calls Isla Roja, Foreign Minister Ana Ruiz "
        "said on Monday.",
    ],
)
def test_the_official_serves_the_state_beside_the_land_described(text):
    assert "state/chile" in _offices(text).values()
