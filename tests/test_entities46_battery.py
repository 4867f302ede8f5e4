"""A news report's byline names its authors: people of the article, never its speakers (issue 12,
entities).

"By Jane Doe" above the dateline is the reporter, whom the gold names though the text never does
again; "By Jane Doe, Staff Writer" is the same line with the writer's desk, not a press statement's
author and office (the whole report would be read as her statements). A desk's name ("By a Staff
Reporter", "By Staff Writer") names no one. The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import speaker_labels

from kg.ingest import article
from kg.iris import entity_key

BODY = (
    "OSLOBURG, March 3, 2026 - Eastland lodged a protest with Westland on Monday over a new "
    'border post. "We will not accept facts on the ground," Foreign Minister Anna Berg said.\n\n'
    "The two countries agreed in 2024 to refer the matter to a joint commission.\n"
)


def _extract(byline: str):
    text = f"Eastland protests Westland border post\n\n{byline}\n\n{BODY}"
    return article.extract(article.parse(text, name="test", published="2026-03-03"))


def _people(ex) -> set[str]:
    return {e.label for e in ex.entities if e.kind == "Person"}


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("By Jane Doe", {"Jane Doe"}),
        ("By Jane Doe, Staff Writer", {"Jane Doe"}),
        ("By Jane Doe, Gulf correspondent", {"Jane Doe"}),
        ("By Maria Lind and Daniel Ong", {"Maria Lind", "Daniel Ong"}),
        ("By a Staff Reporter", set()),
        ("By Staff Writer", set()),
    ],
)
def test_the_byline_names_the_reporters(byline, reporters):
    ex = _extract(byline)
    assert reporters <= _people(ex)
    assert not any(p.startswith("By ") for p in _people(ex))
    assert not any(p in _people(ex) for p in ("Staff Reporter", "Staff Writer"))
    for name in reporters:
        assert entity_key("Person", name) in {e.key for e in ex.entities}


@pytest.mark.parametrize(
    "byline", ["By Jane Doe", "By Jane Doe, Staff Writer", "By Jane Doe, Gulf correspondent"]
)
def test_a_reporter_is_no_speaker_of_the_report(byline):
    """The report's sentences are the people's it quotes, not the reporter's: the quotation is
    the minister's, and nothing is credited to the byline."""
    ex = _extract(byline)
    speakers = speaker_labels(ex)
    assert "Jane Doe" not in speakers and not any(s.startswith("By ") for s in speakers)
    assert "Anna Berg" in speakers


def test_a_reporter_named_in_the_text_is_one_person():
    """A byline's author the text names too is the same person, not a second one."""
    text = (
        "Eastland protests Westland border post\n\nBy Jane Doe\n\n" + BODY + "\nJane Doe, a "
        "reporter, visited the post on Tuesday.\n"
    )
    ex = article.extract(article.parse(text, name="test", published="2026-03-03"))
    keys = [e.key for e in ex.entities if e.kind == "Person" and "Doe" in e.label]
    assert len(keys) == len(set(keys)) and entity_key("Person", "Jane Doe") in keys


def test_a_press_statement_keeps_its_author():
    """A press statement's 'Name, Office' line, with no "By", is still its author's."""
    text = (
        "Statement on the border post\n\nJane Doe, National Security Council Spokesperson\n\n"
        "The United States condemns the new border post. We call on both sides to talk.\n"
    )
    parsed = article.parse(text, name="test", published="2026-03-03")
    assert parsed.byline == ("Jane Doe", "National Security Council Spokesperson")
    assert parsed.reporters == ()


# A dateline's town: the report was filed there, a place of the article whether or not the
# gazetteer knows it ("MAE SOT, Thailand, Dec 3, 2026 (AFP) -"). The towns here are made up.

MEETING = (
    "Thailand's Foreign Minister Somchai Rattanakul met Myanmar's Deputy Foreign Minister Aung "
    "Kyaw Min on Thursday and agreed to survey the river together.\n"
)


def _filed(dateline: str, body: str = MEETING):
    text = f"Thailand and Myanmar agree to survey river\n\n{dateline} {body}"
    return article.extract(article.parse(text, name="test", published="2026-12-03"))


def _towns(ex) -> set[str]:
    return {e.label for e in ex.entities if e.kind == "City"}


@pytest.mark.parametrize(
    "dateline",
    [
        "BAN KHLONG NAM, Thailand, Dec 3, 2026 (AFP) -",
        "BAN KHLONG NAM, Thailand (AP) _",
        "BAN KHLONG NAM, Thailand, Dec. 3 (Reuters) -",
    ],
)
def test_an_unknown_dateline_town_is_a_place(dateline):
    assert "Ban Khlong Nam" in _towns(_filed(dateline))


def test_a_meeting_of_the_day_is_placed_in_the_unknown_dateline_town():
    """As a known dateline city places a meeting of the report's day that names none, so does a
    town the gazetteer does not know."""
    ex = _filed("BAN KHLONG NAM, Thailand, Dec 3, 2026 (AFP) -")
    places = [f.args.get("place") for f in ex.facts if f.rel == "meeting"]
    assert [getattr(p, "label", None) for p in places] == ["Ban Khlong Nam"]


def test_a_meeting_told_in_a_town_of_its_own_keeps_it():
    body = MEETING.replace("on Thursday", "in Bangkok on Thursday")
    ex = _filed("BAN KHLONG NAM, Thailand, Dec 3, 2026 (AFP) -", body)
    places = [getattr(f.args.get("place"), "label", None) for f in ex.facts if f.rel == "meeting"]
    assert places == ["Bangkok"]


@pytest.mark.parametrize(
    ("dateline", "town"),
    [
        ("LUXEMBOURG, Dec. 3, 2026 (AP) -", "Luxembourg"),  # the gazetteer's state
        ("Dec. 3, 2026 -", "Dec"),  # a date line
    ],
)
def test_a_dateline_name_that_is_no_town_makes_none(dateline, town):
    assert town not in _towns(_filed(dateline))
