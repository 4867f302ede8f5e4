"""Statements: a naming verb after a participle aside, and an as-phrase the parser hangs inside
the object's clause (issue 12, round 36, speech56).

- "President X, asked about the protest in Oulu, described the lease as \\"a technical matter\\"": the
  parser makes the participle the sentence's head and the naming verb its conjunct, which read as
  a tag after a clause ("Japan regarded the islands as its own, Lavrov said"), so the aside was
  taken for the words. A verb with an as-phrase or a predicate of its own after it names
  something itself, and no tag does (rules/tags.tag_after); the quoted name is the speaker's.
- 'described Finland's decision to close the crossings as "a hostile act"': the parser hangs the
  as-phrase on the verb of the object's own clause; one that opens a quotation is the name the
  speaker gave the object (rules/misplaced_preps). Unquoted, it stays the outlet's account.

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, statement_labels

NAMED_AFTER_ASIDE = [
    (
        "OSLO, May 4 (Reuters) - Prime Minister Jonas Gahr Store, asked about the Russian drills "
        'during a visit to Tromso, described the exercise as "a needless show of force near our '
        'waters".',
        "Jonas Gahr Store",
        "a needless show of force",
        "asked about",
    ),
    (
        "HELSINKI, May 4 (Reuters) - President Alexander Stubb, asked about the note at a news "
        'conference in Turku on Tuesday, dismissed it as "a clumsy attempt to reopen a settled '
        'question".',
        "Alexander Stubb",
        "a clumsy attempt to reopen",
        "asked about",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words", "not_words"), NAMED_AFTER_ASIDE)
def test_a_naming_verb_after_an_aside_is_no_tag(
    text: str, speaker: str, words: str, not_words: str
) -> None:
    found = statement_labels(HEADLINE + text)
    assert any(sp == speaker and w.startswith(words) for sp, w in found), found
    assert not [w for _, w in found if w.startswith(not_words)], found


def test_a_tag_after_a_clause_still_reports_it() -> None:
    text = (
        "MOSCOW, May 4 (TASS) - Japan regarded the islands as its own long before the war, "
        "Foreign Minister Sergei Lavrov said on Monday."
    )
    found = statement_labels(HEADLINE + text)
    assert any(sp == "Sergey Lavrov" and w.startswith("Japan regarded") for sp, w in found), found


AS_IN_OBJECT_CLAUSE = [
    (
        "MOSCOW, May 4 (TASS) - Foreign Ministry spokeswoman Maria Zakharova described Finland's "
        'decision to close the border crossings as "a hostile act against ordinary people".',
        "Maria Zakharova",
        "a hostile act against ordinary people",
    ),
    (
        "MOSCOW, May 4 (TASS) - Kremlin spokesman Dmitry Peskov condemned the plan to station "
        "troops on the island as \u201can unfriendly step that will not go unanswered\u201d.",
        "Dmitry Peskov",
        "an unfriendly step",
    ),
    (
        "ANKARA, May 4 (Reuters) - Foreign Minister Hakan Fidan rejected the proposal, made by "
        'Athens last week, to extend the zone as "a breach of the 1923 treaty".',
        "Hakan Fidan",
        "a breach of the 1923 treaty",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), AS_IN_OBJECT_CLAUSE)
def test_a_quoted_as_phrase_in_the_objects_clause_is_the_name_given(
    text: str, speaker: str, words: str
) -> None:
    found = statement_labels(HEADLINE + text)
    assert any(sp == speaker and w.startswith(words) for sp, w in found), found


def test_an_unquoted_as_phrase_in_the_objects_clause_is_the_outlets() -> None:
    text = (
        "MOSCOW, May 4 (TASS) - Foreign Ministry spokeswoman Maria Zakharova described Finland's "
        "decision to close the border crossings as a mistake."
    )
    found = statement_labels(HEADLINE + text)
    assert not [w for _, w in found if "mistake" in w], found
