"""Speaker lines of the wire "reactions" brief (issue 12, reactions46).

Every text was written for this module. A brief lists who reacted: a line of its own names the
speaker and ends with a colon ("- Foreign Minister X, in a statement:", "X said:", "A spokesman
for the commission:"), and the quotation paragraphs below it are that speaker's words until the
next such line. The line's speaker is read as the subject of "said" is (an office or a body
speaks as it would there); a line that names no one ("Background:", "Here is what officials
said:") gives no speaker, and a paragraph of the outlet's own ends the speaker's run.
"""

from __future__ import annotations

import pytest
from helpers import HEADLINE, facts, statements

LASSO, HOLNESS = "person/guillermo-lasso", "person/andrew-holness"


def _text(*paras: str) -> str:
    return HEADLINE + "\n\n".join(paras)


#: the first article: dashes, "in a statement", a title after the name, a body, two paragraphs
BRIEF_ONE = _text(
    "QUITO, May 4 (Reuters) - Ecuador and Peru traded protests on Monday over a border post on "
    "the Zarumilla river.",
    "Here is what officials said:",
    "- Ecuadorean President Guillermo Lasso, in a statement:",
    '"Our troops will not leave the post on the Zarumilla river, which lies inside Ecuador."',
    '"We have asked the guarantor countries of the Rio Protocol to send observers at once."',
    "- Pedro Castillo, President of Peru, speaking to reporters in Lima:",
    '"Peru will defend every metre of its territory on the Zarumilla river."',
    "- A spokesman for the Organization of American States in Washington:",
    '"The secretary general calls on both governments to withdraw their troops from the river."',
)

#: the second article: asterisks, "X said:", an office as the speaker, no bullets
BRIEF_TWO = _text(
    "KINGSTON, May 4 (AFP) - Jamaica and Colombia disputed on Monday the fishing banks around "
    "Serranilla.",
    "What they said:",
    "* Jamaican Prime Minister Andrew Holness said:",
    '"Serranilla Bank lies within the waters that Jamaica has fished for generations."',
    '"We will raise the detention of our fishermen at the next meeting of the commission."',
    "* Colombia's foreign ministry, in a note to Kingston:",
    '"The bank is Colombian territory under the ruling of the International Court of Justice."',
    "Background:",
    '"The fishermen were released on Sunday and returned to Port Royal," a port official said.',
)


def _said(text: str) -> dict[str, object]:
    """The first words of each statement -> its speaker."""
    return {q.split()[0] + " " + q.split()[1]: k for k, q in statements(text)}


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("Our troops", LASSO),
        ("We have", LASSO),  # the second paragraph below the same line
        ("Peru will", "person/pedro-castillo"),
        ("The secretary", "organization/organization-of-american-states"),
    ],
)
def test_brief_one(words: str, speaker: str) -> None:
    assert _said(BRIEF_ONE).get(words) == speaker


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("Serranilla Bank", HOLNESS),
        ("We will", HOLNESS),
        ("The bank", "organization/ministry-of-foreign-affairs-of-colombia"),  # as before "said"
        ("The fishermen", None),  # "Background:" names no one; the tag after it gives its own
    ],
)
def test_brief_two(words: str, speaker: str | None) -> None:
    said = _said(BRIEF_TWO)
    assert said.get(words) == speaker or (speaker is None and said.get(words) != HOLNESS)


def test_a_line_of_the_outlet_gives_no_speaker() -> None:
    """'Here is what officials said:' and 'Background:' tell something or name no one."""
    text = _text(
        "Officials in Quito reacted on Monday to the border incident on the Zarumilla river.",
        "Here is what officials said:",
        '"The post on the Zarumilla river lies inside Ecuador and will stay there."',
    )
    assert statements(text) == []


def test_outlet_paragraph_ends_the_run() -> None:
    """A paragraph of the outlet's own between two quotations: the second is no one's."""
    text = _text(
        "- Ecuadorean President Guillermo Lasso, in a statement:",
        '"Our troops will not leave the post on the Zarumilla river, which lies inside Ecuador."',
        "Peru sent two companies of infantry to the river on Sunday, officials in Lima said.",
        '"The guarantor countries must send observers to the river at once."',
    )
    said = _said(text)
    assert said.get("Our troops") == LASSO
    assert said.get("The guarantor") != LASSO


def test_em_dash_and_title_after_name() -> None:
    """An em dash for the bullet, the office after the name."""
    text = _text(
        "— Andrew Holness, Prime Minister of Jamaica:",
        '"Serranilla Bank lies within the waters that Jamaica has fished for generations."',
    )
    assert _said(text).get("Serranilla Bank") == HOLNESS


@pytest.mark.parametrize(
    ("line", "person", "office", "of"),
    [
        (
            "- Pedro Castillo, President of Peru, speaking in Lima:",
            "Pedro Castillo",
            "president",
            "Peru",
        ),
        (
            "— Andrew Holness, Prime Minister of Jamaica:",
            "Andrew Holness",
            "prime minister",
            "Jamaica",
        ),
        (
            "* Ecuadorean President Guillermo Lasso, in a statement:",
            "Guillermo Lasso",
            "president",
            "Ecuador",
        ),
    ],
)
def test_title_on_the_line(line: str, person: str, office: str, of: str) -> None:
    """The title on a speaker line gives the office, before or after the name."""
    text = _text(line, '"Our troops will not leave the post on the Zarumilla river at all."')
    roles = {
        (f.args["person"].label, f.args["office"], f.args["of"].label)
        for f in facts(text)
        if f.rel == "holdsRole" and f.args.get("of") is not None
    }
    assert (person, office, of) in roles
    assert _said(text).get("Our troops") == "person/" + person.lower().replace(" ", "-")


@pytest.mark.parametrize(
    "line",
    [
        "The Organization of American States, in a statement:",
        "- The Organization of American States said in a statement:",
        "* The Organization of American States said:",
        "A spokeswoman for the Organization of American States:",
    ],
)
def test_body_on_the_line(line: str) -> None:
    """A body speaks on its line with or without a bullet, with or without "said"."""
    text = _text(
        line,
        '"Both governments should withdraw their troops from the Zarumilla river."',
        '"The secretary general is ready to send a mission to the border."',
    )
    said = _said(text)
    assert said.get("Both governments") == "organization/organization-of-american-states"
    assert said.get("The secretary") == "organization/organization-of-american-states"
