"""Offices and meetings in wording not read right before (issue 12, eighteenth round, people38).

Sentences written for this module, in wire-copy wording, about disputes outside the never-read
batches:
- "A raised the matter with B when the two leaders met in X": the group word stands for the two
  people its own sentence named before it, not for a pair an earlier sentence named (T12's
  Orange River report and T52's Teesta report tell it so);
- a portfolio in lower case before a bare office ("its water resources secretary", "Nepal's energy
  minister") is part of the role as the article words it, as a capitalised one is;
- "his Indian counterpart X ... X, who serves as India's external affairs minister": the person's
  own title words the office, not the counterpart's;
- a bare title's state is never the state named as the other party of a "with" ("said relations
  with Guatemala were excellent", "held talks with Belize"): whom the official deals with (T40's
  Soconusco report and this battery's sentences);
- "X, asked about Y, said ...": the parser makes X the subject of "asked" and "asked" a clause of
  "said"; X is the speaker (T40, T41's Sopron report, T34's Lauca report word it so);
- "Modi told reporters ... his foreign secretary, Vinay Kwatra, said": a title opening with "his"
  or "her" is an office of the state of the person it refers to, the one named last before of
  that gender, not of a state the official talks about (T39's Ganges report; T52's Teesta one).
"""

from __future__ import annotations

import pytest
from helpers import facts

INDIA, BANGLADESH, NEPAL = "state/india", "state/bangladesh", "state/nepal"
MEXICO, GUATEMALA = "state/mexico", "state/guatemala"


def _met(text: str) -> list[frozenset[str]]:
    """The participants (entity keys) of each meeting told."""
    return [
        frozenset(e.key for e in f.args["participants"])
        for f in facts(text)
        if f.rel == "meeting" and not f.negated
    ]


def _roles(text: str, person: str) -> list[tuple[str, str | None]]:
    """The role texts (lower case) and the ``of`` keys of a person's office holdings."""
    return [
        (str(f.args["role"]).lower(), getattr(f.args.get("of"), "key", None))
        for f in facts(text)
        if f.rel == "holdsRole" and f.args["person"].key == person
    ]


_PAIR = frozenset({"person/muhammad-yunus", "person/narendra-modi"})
_FIRST = frozenset({"person/touhid-hossain", "person/subrahmanyam-jaishankar"})
_LEAD = (
    "Foreign Minister Touhid Hossain of Bangladesh met Subrahmanyam Jaishankar, India's external "
    "affairs minister, in Dhaka on Tuesday. "
)

MET_HERE = [
    _LEAD + "Chief adviser Muhammad Yunus raised the river with Prime Minister Narendra Modi when "
    "the two leaders met in Bangkok in April.",
    _LEAD + "Muhammad Yunus discussed the river with Narendra Modi when the two men met on the "
    "sidelines of a summit in Bangkok.",
    _LEAD + "Bangladesh's chief adviser, Muhammad Yunus, had pressed Narendra Modi on the river "
    "after the two leaders met in Bangkok in April, officials said.",
]


@pytest.mark.parametrize("text", MET_HERE)
def test_group_word_means_its_own_sentences_pair(text: str) -> None:
    met = _met(text)
    assert _PAIR in met, met
    assert met.count(_FIRST) <= 1, met


def test_group_word_alone_still_means_the_last_pair() -> None:
    text = _LEAD + "The two ministers met again in Delhi in May."
    assert _PAIR not in _met(text)
    assert _FIRST in _met(text)


PORTFOLIOS = [
    (
        "Bangladesh's water resources secretary, Nazmul Ahsan, said the commission would meet.",
        "person/nazmul-ahsan",
        "water resources secretary",
        BANGLADESH,
    ),
    (
        "The commission will meet next month, according to Nazmul Ahsan, Bangladesh's water "
        "resources secretary.",
        "person/nazmul-ahsan",
        "water resources secretary",
        BANGLADESH,
    ),
    (
        "Nepal's energy minister, Deepak Khadka, said the barrage needed repairs.",
        "person/deepak-khadka",
        "energy minister",
        NEPAL,
    ),
    (
        "The barrage needs repairs, said Deepak Khadka, who serves as Nepal's energy minister.",
        "person/deepak-khadka",
        "energy minister",
        NEPAL,
    ),
]


@pytest.mark.parametrize(("text", "person", "role", "state"), PORTFOLIOS)
def test_lower_case_portfolio_is_part_of_the_role(
    text: str, person: str, role: str, state: str
) -> None:
    assert (role, state) in _roles(text, person), _roles(text, person)


def test_a_bare_minister_keeps_its_bare_role() -> None:
    roles = _roles(
        "Nepal's minister, Deepak Khadka, said the barrage needed repairs.", "person/deepak-khadka"
    )
    assert ("minister", NEPAL) in roles, roles


OWN_WORDS = [
    "Bangladesh's foreign minister, Touhid Hossain, met his Indian counterpart Subrahmanyam "
    "Jaishankar in Dhaka on Tuesday. Jaishankar, who serves as India's external affairs minister, "
    "said New Delhi remained committed to a deal.",
    "Touhid Hossain, Bangladesh's foreign minister, held talks with his Indian counterpart, "
    "Subrahmanyam Jaishankar, on Tuesday. India's external affairs minister, Subrahmanyam "
    "Jaishankar, told reporters the river was on the agenda.",
]


@pytest.mark.parametrize("text", OWN_WORDS)
def test_own_title_words_the_counterparts_office(text: str) -> None:
    roles = _roles(text, "person/subrahmanyam-jaishankar")
    assert ("external affairs minister", INDIA) in roles, roles


def test_counterpart_alone_keeps_the_others_words() -> None:
    text = (
        "Bangladesh's foreign minister, Touhid Hossain, met his Indian counterpart Subrahmanyam "
        "Jaishankar in Dhaka on Tuesday."
    )
    assert ("foreign minister", INDIA) in _roles(text, "person/subrahmanyam-jaishankar")


def _states(text: str, person: str) -> set[str | None]:
    return {of for _, of in _roles(text, person)}


PARTNERS = [
    "Mexico has no claim on Guatemalan land. Foreign Minister Marcelo Ebrard said relations with "
    "Guatemala were excellent.",
    "Mexico has no claim on Guatemalan land. Foreign Minister Marcelo Ebrard held talks with "
    "Guatemala on Monday.",
    "Foreign Minister Marcelo Ebrard said relations with Guatemala were excellent.",
    "Mexico wants calm on the border. Ties with Guatemala are strong, Foreign Minister Marcelo "
    "Ebrard said.",
]


@pytest.mark.parametrize("text", PARTNERS)
def test_the_other_party_of_with_is_not_the_officials_state(text: str) -> None:
    assert GUATEMALA not in _states(text, "person/marcelo-ebrard")


def test_the_reported_subject_still_gives_the_state() -> None:
    text = "Foreign Minister Marcelo Ebrard said Mexico would never accept the claim."
    assert _states(text, "person/marcelo-ebrard") == {MEXICO}


ASIDES = [
    (
        "Foreign Minister Marcelo Ebrard, asked about the remarks at a news conference, said "
        "relations with Guatemala were excellent.",
        "person/marcelo-ebrard",
        "relations with Guatemala were excellent",
    ),
    pytest.param(
        "Energy Minister Deepak Khadka, asked about the barrage by reporters in Kathmandu, said "
        "it needed repairs.",
        "person/deepak-khadka",
        "it needed repairs",
        marks=pytest.mark.xfail(
            reason="a name the gazetteer does not know, before the aside: not credited yet"
        ),
    ),
    (
        "Asked about the remarks, Foreign Minister Marcelo Ebrard said relations with Guatemala "
        "were excellent.",
        "person/marcelo-ebrard",
        "relations with Guatemala were excellent",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ASIDES)
def test_the_subject_before_an_asked_aside_speaks(text: str, speaker: str, words: str) -> None:
    said = [
        (f.args["speaker"].key, f.args["quote_start"]) for f in facts(text) if f.rel == "statement"
    ]
    assert any(k == speaker and str(q).startswith(words) for k, q in said), said


def test_a_reported_clause_before_its_tag_is_no_aside() -> None:
    said = [
        (f.args["speaker"].key, str(f.args["quote_start"]))
        for f in facts("Mexico rejected the claim, Foreign Minister Marcelo Ebrard said.")
        if f.rel == "statement"
    ]
    assert ("person/marcelo-ebrard", "Mexico rejected the claim") in said, said


HIS = [
    '"We will begin talks," Narendra Modi told reporters after the meeting. A committee will '
    "visit Bangladesh to study the river, his foreign secretary, Vinay Kwatra, said later.",
    "Sheikh Hasina met Prime Minister Narendra Modi in Delhi. His foreign secretary, Vinay "
    "Kwatra, said a committee would visit Bangladesh.",
    "Narendra Modi spoke to reporters in Delhi. A committee will visit Bangladesh, Vinay Kwatra, "
    "his foreign secretary, said.",
]


@pytest.mark.parametrize("text", HIS)
def test_his_title_is_of_the_state_of_the_one_he_means(text: str) -> None:
    assert _states(text, "person/vinay-kwatra") == {INDIA}, _roles(text, "person/vinay-kwatra")
