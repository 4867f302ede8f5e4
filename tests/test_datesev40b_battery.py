"""Dates of deeds told as reported speech with no date of their own (issue 12, datesev40b).

Every sentence was written for this module. A deed a past speech verb reports in the simple past,
in a sentence that names no date ("President X said Bolivia recognised the ruling as final",
"Chile suspended the talks, the ministry said"), is the report's day: the tense is shifted back
with the speech verb's. Its near-misses keep no date or their own: a deed in the past perfect
("said Bolivia had recognised": before the words), one a present speech verb reports ("says"),
and a sentence that names a date (that date, not the report's).
"""

from __future__ import annotations

import pytest
from helpers import PUBLISHED, facts, find, shown

BOLIVIA, CHILE, JAPAN, CHINA = "state/bolivia", "state/chile", "state/japan", "state/china"
EGYPT, ISRAEL = "state/egypt", "state/israel"

# (relation, roles the fact has, text): each told the report's day
DATED: list = [
    (
        "recognizes",
        {"party": BOLIVIA},
        "In La Paz, President Luis Arce said Bolivia recognised the ruling as final and binding.",
    ),
    (
        "recognizes",
        {"party": BOLIVIA},
        "Bolivia recognised the ruling as final and binding, President Luis Arce said.",
    ),
    (
        "recognizes",
        {"party": BOLIVIA},
        "Arce, speaking in La Paz, told reporters that Bolivia accepted the ruling as final and "
        "would abide by it.",
    ),
    (
        "suspends",
        {"party": CHILE},
        "Chile suspended its talks with Bolivia and recalled its ambassador, the foreign ministry "
        "said in a statement.",
    ),
    (
        "suspends",
        {"party": CHILE},
        "The foreign ministry said in a statement that Chile recalled its ambassador and "
        "suspended its talks with Bolivia.",
    ),
    (
        "protests",
        {"party": JAPAN, "against": CHINA},
        "Japan protested to China over the survey ship, the chief cabinet secretary said.",
    ),
    (
        "handedOverTo",
        {"to": EGYPT},
        "Israel handed Taba over to Egypt at dawn, the Egyptian foreign ministry said.",
    ),
    (
        "handedOverTo",
        {"to": EGYPT},
        "Taba was handed over to Egypt at dawn, the Egyptian foreign ministry said.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), DATED)
def test_reported_deed_is_of_the_report_day(rel, roles, text):
    found = find(facts(text), rel, **roles)
    assert found, shown(facts(text))
    assert any(f.args.get("date") == PUBLISHED for f in found), shown(found)


# (relation, roles, text, the date it keeps: none, or the sentence's own)
KEPT: list = [
    (  # the past perfect: a deed before the words that report it
        "recognizes",
        {"party": BOLIVIA},
        "President Luis Arce said Bolivia had recognised the ruling as final and binding.",
        None,
    ),
    (  # a present speech verb: a deed of any time
        "recognizes",
        {"party": BOLIVIA},
        "President Luis Arce says Bolivia recognised the ruling as final and binding.",
        None,
    ),
    (  # the sentence's own date
        "suspends",
        {"party": CHILE},
        "Chile suspended its talks with Bolivia in 1962, the foreign ministry said.",
        "1962",
    ),
    (  # no speech verb: no report to date it by
        "handedOverTo",
        {"to": EGYPT},
        "Under the award, Israel handed Taba over to Egypt.",
        None,
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text", "date"), KEPT)
def test_other_deeds_keep_their_own_date(rel, roles, text, date):
    found = find(facts(text), rel, **roles)
    assert found, shown(facts(text))
    assert all(f.args.get("date") == date for f in found), shown(found)


ARGENTINA = "state/argentina"

# (relation, roles, text, date): "at the time" is the time told before; "when the treaty was
# signed" the day the article told it was signed
TOLD_BEFORE: list = [
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA},
        "Two border guards were killed in a clash in 1965. Chile protested to Argentina at the "
        "time.",
        "1965",
    ),
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA},
        "Two border guards were killed in a clash in 1965. At the time, Chile lodged a protest "
        "with Argentina.",
        "1965",
    ),
    (
        "protests",
        {"party": CHILE, "against": ARGENTINA},
        "Argentina and Bolivia signed the treaty on March 4, 1904. Chile protested to Argentina "
        "when the treaty was signed.",
        "1904-03-04",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text", "date"), TOLD_BEFORE)
def test_the_time_told_before(rel, roles, text, date):
    found = find(facts(text), rel, **roles)
    assert found, shown(facts(text))
    assert any(f.args.get("date") == date for f in found), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        # a time the phrase names itself, or none told before
        "Two border guards were killed in a clash in 1965. Chile protested to Argentina at the "
        "time of the vote.",
        "Two border guards were killed in a clash in 1965. Chile protested to Argentina at the "
        "same time.",
    ],
)
def test_a_time_named_is_not_the_one_before(text):
    found = find(facts(text), "protests", party=CHILE, against=ARGENTINA)
    assert all(f.args.get("date") != "1965" for f in found), shown(found)
