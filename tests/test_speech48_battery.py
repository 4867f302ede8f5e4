"""Statements: who speaks when a sentence opens on "its" body (issue 12, twenty-eighth round,
speech48).

- "Guatemala rejected the protest. Its Foreign Ministry said ...": a sentence that opens on "its"
  (or "their") body names the body of the state the sentence before was about, the subject of its
  main verb; not the last ministry the article happened to name (the protesting state's), nor a
  body of no state ("Its Foreign Ministry"). Seen in three readable articles of three batches
  (h240, h353, h359), each a reply to a protest told in the paragraph before.

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _statements(text: str) -> list[tuple[str, str]]:
    """(speaker label, words) of each statement; a joint speaker's labels joined by '+'."""
    out = []
    for f in facts(text):
        if f.rel != "statement":
            continue
        sp = f.args["speaker"]
        label = "+".join(x.label for x in sp) if isinstance(sp, (list, tuple)) else sp.label
        out.append((label, str(f.args.get("quote_start", ""))))
    return out


ITS_BODY = [
    (
        "Chile's foreign ministry protested on Monday over the road works near the river. "
        "Argentina rejected the protest hours later. Its foreign ministry said in a statement "
        "that the works lie entirely within Argentine territory.",
        "Argentina",
        "Argentine territory",
    ),
    (
        "El Salvador's Foreign Ministry lodged a protest over the dredging at the river mouth. "
        "Guatemala dismissed the complaint on Tuesday. Its Foreign Ministry said the dredging "
        "was ordinary maintenance.",
        "Guatemala",
        "ordinary maintenance",
    ),
    (
        "Morocco's defence ministry warned the farmers last month. Algeria ordered them to leave "
        "the oasis. Its Defence Ministry said in a statement that the order was a routine "
        "measure of border security.",
        "Algeria",
        "routine measure",
    ),
    (  # the state is the subject of a passive; the reply is told, not quoted
        "Kenya's foreign ministry summoned the envoy over the island. Uganda was criticised by "
        "Nairobi on Friday. On Saturday its foreign ministry told reporters that the island "
        "had always been Ugandan.",
        "Uganda",
        "Ugandan",
    ),
    (  # the state named in the object (Chile's protest) is not the one "its" stands for
        "Peru's foreign ministry said the bay was Peruvian. Ecuador rejected Peru's protest "
        'on Monday. Its foreign ministry said: "The islets have been Ecuadorian since 1942."',
        "Ecuador",
        "Ecuadorian",
    ),
]


@pytest.mark.parametrize(("text", "state", "word"), ITS_BODY)
def test_its_body_is_the_body_of_the_state_the_sentence_before_was_about(
    text: str, state: str, word: str
) -> None:
    said = [(s, q) for s, q in _statements(text) if word in q]
    assert said, _statements(text)
    assert all(state in s and "Ministry" in s for s, _ in said), said


def test_its_body_whose_state_the_sentence_names_stays_that_state() -> None:
    text = (
        "Chile's foreign ministry protested on Monday. Argentina, in reply, said through its "
        "foreign ministry that the works were lawful."
    )
    said = _statements(text)
    assert any(s.startswith("Argentina") or "Argentina" in s for s, q in said if "lawful" in q), (
        said
    )


def test_its_body_that_says_nothing_states_nothing() -> None:
    text = (
        "Chile's foreign ministry protested on Monday over the road works. Argentina rejected "
        "the protest. Its foreign ministry did not say whether the works would stop."
    )
    assert not [q for _, q in _statements(text) if "works would stop" in q]
