"""Statements: a title the recogniser took for a body (issue 12, round 37, speech57).

- "Ladakh's Lieutenant Governor, Kavinder Gupta, said ...": the recogniser names the title an
  organisation; a title with a person's name set beside it is that person's, who speaks
  (proposals._apposed_title; h556).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import statement_labels

TITLED = [
    (
        "Ladakh's Governor, Kavinder Gupta, told reporters the road would be defended.",
        "Kavinder Gupta",
    ),
    (
        "Ladakh's Lieutenant Governor, Kavinder Gupta, said the Centre was fully seized of the "
        "matter.",
        "Kavinder Gupta",
    ),
    (
        "Sindh's Governor, Kamran Tessori, said the border crossing would reopen on Monday.",
        "Kamran Tessori",
    ),
    (
        "Balochistan's Chief Minister, Sarfraz Bugti, told reporters that the fence would stay.",
        "Sarfraz Bugti",
    ),
    (
        "The crossing, Gilgit-Baltistan's Governor, Mehdi Shah, said on Tuesday, \"will stay "
        'open to traders from both sides."',
        "Mehdi Shah",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TITLED)
def test_a_title_with_the_name_beside_it_speaks_as_the_person(text: str, speaker: str) -> None:
    said = statement_labels(text)
    assert [s for s, _ in said] == [speaker], said


def test_a_body_with_a_description_beside_it_still_speaks() -> None:
    said = statement_labels(
        "The Ministry of Defence, the army's civilian overseer, said the border was calm."
    )
    assert [s for s, _ in said] == ["Ministry of Defence"], said
