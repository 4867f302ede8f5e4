"""Statements: a bare "the ministry said" after a title alone named the ministry (issue 12, round
31, second pass, speech51b).

- '"...," foreign ministry spokeswoman X told a briefing. ... The commission will meet in Y, the
  ministry said': wire copy names the ministry once, inside its spokesperson's title, and later
  lets "the ministry" speak. The ministry is the body the title names (its description is in the
  title's words), of the state whose capital the dateline names, as a ministry told only by "the
  foreign ministry" is (rules/actor_bodies.py); h445.
- "signed by Foreign Ministers A of Ecuador and B of Peru ... Both sides agreed to X, the minister
  said": the parser hangs B on "Ecuador" (a conjunct of A's owner), not on A, so the plural title
  reached neither B (nor A, where the capitalised title is tagged a proper noun); each now holds
  it, of the state of its own "of" (kg.ingest.nlp.owned_conjuncts), and "the minister" who speaks
  after B is B (h446). "the presidents of Chad and Niger" is a list of owners, no names.
- Where no title (and no mention) named a ministry, "the ministry said" still finds no one: a
  minister's title ("Foreign Minister X") names no ministry.

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, facts, statement_labels

TITLED = [
    (
        'LIMA, March 3 (Reuters) - "The sea boundary was settled by the court," foreign ministry '
        "spokeswoman Ana Ruiz told a briefing in Lima.\n\n"
        "The two countries' border commission will meet in Tacna on April 2, the ministry said.",
        "Ministry of Foreign Affairs of Peru",
        "The two countries' border commission will meet",
    ),
    (
        "SANTIAGO, May 9 (EFE) - Chile will not take part in the survey, foreign ministry "
        "spokesman Pedro Soto said on Friday.\n\n"
        "Chilean officials will instead visit the islets next month, the ministry said in a "
        "statement.",
        "Ministry of Foreign Affairs of Chile",
        "Chilean officials will instead visit the islets",
    ),
    (
        'ACCRA, June 4 (AFP) - "We will defend every metre of our waters," defence ministry '
        "spokesman Kofi Mensah said.\n\n"
        "According to the ministry, two patrol boats were sent to the area. Navy divers would "
        "follow, the ministry added.",
        "Ministry of Defence of Ghana",
        "Navy divers would follow",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), TITLED)
def test_bare_ministry_is_the_body_a_title_named(text: str, speaker: str, words: str) -> None:
    found = statement_labels("Border row\n\n" + text)
    assert any(sp == speaker and w.startswith(words) for sp, w in found), found


def test_a_ministers_title_names_no_ministry() -> None:
    text = (
        "Border row\n\nLIMA, March 3 (Reuters) - Foreign Minister Ana Ruiz said the boundary was "
        "settled.\n\nThe commission will meet in Tacna on April 2, the ministry said."
    )
    found = statement_labels(text)
    assert not any("Ministry" in sp for sp, _ in found), found


def test_the_body_of_a_title_of_another_kind_is_not_taken() -> None:
    """A defence ministry spokesman's title does not make "the embassy" his ministry."""
    text = (
        'Border row\n\nACCRA, June 4 (AFP) - "We will defend our waters," defence ministry '
        "spokesman Kofi Mensah said.\n\nThe patrols will go on, the embassy said."
    )
    found = statement_labels(text)
    assert not any(
        sp == "Ministry of Defence of Ghana" and w.startswith("The patrols") for sp, w in found
    ), found


OWNED_LIST = [
    "The accord, signed by Foreign Ministers Juan Carlos Holguin of Ecuador and Ana Cecilia "
    "Gervasi of Peru in the presence of both presidents, sets up a joint commission.",
    "The accord was signed on Monday by foreign ministers Juan Carlos Holguin of Ecuador and Ana "
    "Cecilia Gervasi of Peru.",
    "Foreign Ministers Juan Holguin of Ecuador and Ana Gervasi of Peru signed the accord in Lima.",
]


def _roles(text: str) -> set[tuple[str, str | None]]:
    return {
        (f.args["person"].label, getattr(f.args.get("of"), "label", None))
        for f in facts(HEADLINE + text)
        if f.rel == "holdsRole"
    }


@pytest.mark.parametrize("text", OWNED_LIST)
def test_plural_title_before_names_each_with_its_owner(text: str) -> None:
    roles = _roles(text)
    assert any(who.endswith("Holguin") and of == "Ecuador" for who, of in roles), roles
    assert any(who.endswith("Gervasi") and of == "Peru" for who, of in roles), roles


def test_the_minister_after_the_second_name_is_that_minister() -> None:
    text = (
        "The accord, signed by Foreign Ministers Juan Carlos Holguin of Ecuador and Ana Cecilia "
        "Gervasi of Peru, sets up a joint commission.\n\nGervasi, for her part, said Peru "
        "respects the ruling. Both sides had agreed to set up a fishing zone, the minister said."
    )
    found = statement_labels(HEADLINE + text)
    assert ("Ana Cecilia Gervasi", "Both sides had agreed to set up a fishing zone") in found, found


def test_owners_listed_after_one_title_are_no_names() -> None:
    roles = _roles("The talks were attended by the presidents of Chad and Niger and by envoys.")
    assert not any(who in ("Chad", "Niger") for who, _ in roles), roles
