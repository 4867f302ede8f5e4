"""Statements: who speaks when a sentence opens on "its" body (issue 12, twenty-eighth round,
speech48).

- "Guatemala rejected the protest. Its Foreign Ministry said ...": a sentence that opens on "its"
  (or "their") body names the body of the state the sentence before was about, the subject of its
  main verb; not the last ministry the article happened to name (the protesting state's), nor a
  body of no state ("Its Foreign Ministry"). Seen in three readable articles of three batches
  (h240, h353, h359), each a reply to a protest told in the paragraph before.
- The wire's reactions brief may name each speaker on a line of its own in capitals
  ("ARGENTINE FOREIGN MINISTER PABLO QUIRNO, in a statement:"); the line is read as it would be
  cased ("Argentine Foreign Minister Pablo Quirno"), so its quotations are the person's, not the
  state's its demonym names (h375).
- '"...," they said' after 'A and B said ...' in the same paragraph is A's and B's: a paragraph's
  quotations are read before its sentences' statements, so "they" had gone to the last people
  named together anywhere before ("named special envoy by President X", h157).
- "a Jersey government official said": the government of a Crown dependency speaks for its island
  (data/gazetteer/organizations.yaml); the island is land, not a speaker, so the quotation had
  no speaker at all (h166).

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import statement_labels

from kg.ingest import article

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
    said = [(s, q) for s, q in statement_labels(text) if word in q]
    assert said, statement_labels(text)
    assert all(state in s and "Ministry" in s for s, _ in said), said


def test_its_body_whose_state_the_sentence_names_stays_that_state() -> None:
    text = (
        "Chile's foreign ministry protested on Monday. Argentina, in reply, said through its "
        "foreign ministry that the works were lawful."
    )
    said = statement_labels(text)
    assert any(s.startswith("Argentina") or "Argentina" in s for s, q in said if "lawful" in q), (
        said
    )


def test_its_body_that_says_nothing_states_nothing() -> None:
    text = (
        "Chile's foreign ministry protested on Monday over the road works. Argentina rejected "
        "the protest. Its foreign ministry did not say whether the works would stop."
    )
    assert not [q for _, q in statement_labels(text) if "works would stop" in q]


BRIEF = """Chile protests Peruvian licences; Lima rejects

SANTIAGO, Nov 4 (Reuters) - Chile lodged a formal protest with Peru on Wednesday over fishing
licences in the bay, and Peru rejected it within hours. Here is what officials said:

CHILEAN FOREIGN MINISTER ANA SOTO, in a statement:

"Chile rejects the unilateral granting of licences in waters that belong to Chile."

PERUVIAN MINISTER FOR THE ENVIRONMENT LUIS VEGA, in Lima:

"Peru has no doubt about its sovereignty over the bay. We reject the protest."

- MARTA RUIZ, HEAD OF THE FISHERMEN'S UNION IN ARICA:

"Our boats have fished there for a hundred years."

PERUVIAN FOREIGN MINISTRY, in a note handed to the Chilean embassy:

"The licences were granted lawfully."
"""


def test_a_speaker_line_in_capitals_names_its_speaker() -> None:
    said = statement_labels(BRIEF)
    assert (
        "Ana Soto",
        "Chile rejects the unilateral granting of licences in waters that belong to Chile",
    ) in said
    assert any(s == "Luis Vega" and q.startswith("Peru has no doubt") for s, q in said), said
    assert any(s == "Marta Ruiz" and q.startswith("Our boats") for s, q in said), said
    assert any("Peru" in s and "Ministry" in s and "lawfully" in q for s, q in said), said
    assert not any(s in ("Chile", "Peru") for s, _ in said), said


def test_only_a_speaker_line_is_cased() -> None:
    text = (
        "NO DEAL ON THE ISLANDS\n\nLIMA, Nov 4 (Reuters) - Peru said on Wednesday it would "
        "not sign the accord.\n\nBACKGROUND:\n\nThe bay has been disputed since 1883.\n"
    )
    a = article.parse(text)
    assert a.source.text.startswith("NO DEAL ON THE ISLANDS")
    assert "BACKGROUND:" in a.source.text
    assert len(a.source.text) == len(text)


THEY = [
    (
        "Jeff Landry was named special envoy to the island by President Donald Trump on Sunday.\n\n"
        "In a joint statement, Danish Prime Minister Mette Frederiksen and Jens-Frederik Nielsen, "
        "the island's premier, said borders were rooted in international law. \"You cannot annex "
        'another country," they said.',
        "Mette Frederiksen+Jens-Frederik Nielsen",
        "annex",
    ),
    (
        "The talks were chaired by President Ana Soto and Prime Minister Luis Vega.\n\n"
        "Foreign Minister Marta Ruiz and her Bolivian counterpart, Jorge Paz, told reporters the "
        'commission would meet in June. "We will settle the line by talks, not by force," they '
        "added.",
        "Marta Ruiz+Jorge Paz",
        "settle the line",
    ),
]


@pytest.mark.parametrize(("text", "speakers", "word"), THEY)
def test_they_tagging_a_quotation_are_the_speakers_named_before_in_the_paragraph(
    text: str, speakers: str, word: str
) -> None:
    said = [(s, q) for s, q in statement_labels(text) if word in q]
    assert said and all(s == speakers for s, _ in said), statement_labels(text)


def test_a_named_tag_after_joint_speakers_keeps_its_own_speaker() -> None:
    text = (
        "Foreign Minister Marta Ruiz and her Bolivian counterpart, Jorge Paz, said the commission "
        'would meet in June. "Nobody asked us where the line runs," fisherman Pedro Gil said.'
    )
    said = [(s, q) for s, q in statement_labels(text) if "Nobody asked" in q]
    assert said and not any("Marta Ruiz" in s for s, _ in said), said


CROWN = [
    (
        '"The reef is ours. The judges settled that long ago," a Jersey government official said.',
        "Government of Jersey",
        "The reef is ours",
    ),
    (
        '"Our fishermen will keep their rights," a spokesman for the Guernsey government said.',
        "Government of Guernsey",
        "Our fishermen",
    ),
    (
        "The Isle of Man government said on Monday that the licences would be renewed.",
        "Isle of Man Government",
        "licences would be renewed",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "word"), CROWN)
def test_a_crown_dependencys_government_speaks_for_it(text: str, speaker: str, word: str) -> None:
    said = [(s, q) for s, q in statement_labels(text) if word in q]
    assert said and all(s == speaker for s, _ in said), statement_labels(text)


def test_the_islands_fishermen_are_not_its_government() -> None:
    text = '"We will fish where our fathers fished," Jersey fishermen said on Tuesday.'
    assert not any("Government" in s for s, _ in statement_labels(text))
