"""A state's bodies news names by a description the reader missed (issue 12, nineteenth round,
orgs39b): its presidency ("the Guinea-Bissau presidency said", "Bosnia's three-member
presidency"), and a body whose head word modifies the noun for who or what carries its words
("a Jordanian army source said", "an Indian army statement").

Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import entity_kinds, facts


def _speakers(text: str) -> set[str]:
    """The labels of who speaks in the text's statements."""
    return {f.args["speaker"].label for f in facts(text) if f.rel == "statement"}


# -- a state's presidency: after a name, a possessive, a demonym, a size; speaking or acting
PRESIDENCY = [
    (
        "Gabon and Equatorial Guinea will accept the court's ruling on Mbanie, the Gabonese "
        "presidency said on Friday.",
        "Presidency of Gabon",
    ),
    (
        "The Gabon presidency said on Friday that the two states would accept the ruling.",
        "Presidency of Gabon",
    ),
    (
        "Gabon's presidency said in a statement that the islet had always been Gabonese.",
        "Presidency of Gabon",
    ),
    (
        "Any change to the border must be approved by Bosnia's three-member presidency, which "
        "has said it will not give up the village of Sastavci.",
        "Presidency of Bosnia and Herzegovina",
    ),
]


@pytest.mark.parametrize(("text", "label"), PRESIDENCY)
def test_presidency_is_a_state_body(text: str, label: str) -> None:
    assert entity_kinds(text).get(label) == "Organization"


def test_presidency_speaks() -> None:
    text = "Gabon will never give up Mbanie, the Gabonese presidency said on Friday."
    assert "Presidency of Gabon" in _speakers(text)


def test_term_of_office_is_no_body() -> None:
    text = "During his presidency, Gabon took its claim to Mbanie to the court."
    assert not any(k.startswith("Presidency") for k in entity_kinds(text))


# -- a body's head before the noun for who or what carries its words
VOICED = [
    "The troops had left the village, a Thai army source said on Tuesday.",
    "The troops had left the village, Thai army sources said on Tuesday.",
    "A Thai army official said on Tuesday that the troops had left the village.",
    "Thailand's army said on Tuesday that the troops had left the village.",
]


@pytest.mark.parametrize("text", VOICED)
def test_body_speaks_through_its_source(text: str) -> None:
    assert "Army of Thailand" in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Thai army chief said on Tuesday that the troops had left the village.",
        "A navy spokesman said on Tuesday that the patrol had been routine.",
    ],
)
def test_title_after_body_head_is_no_body(text: str) -> None:
    """ "army chief", "navy spokesman": a person's title, the body itself not named."""
    assert not any(k.startswith(("Army of", "Navy of")) for k in entity_kinds(text))


# -- bodies states set up between them, composed freely: shared word, topic, head
SHARED = [
    ("Both leaders said a binational commission would mark the new line.", "binational commission"),
    (
        "The outstanding sections would be handled by their joint border commission, the minister "
        "said.",
        "joint border commission",
    ),
    ("The new line will be marked by their joint border commission.", "joint border commission"),
    ("Belgrade and Zagreb agreed to revive the interstate commission.", "interstate commission"),
    ("An ad hoc commission was set up to monitor the accord.", "ad hoc commission"),
    (
        "The joint water commission has not met since 2021, officials said.",
        "joint water commission",
    ),
    ("Tehran hoped the two sides' joint committee would meet in Basra.", "joint committee"),
    (
        "The two governments set up a joint technical group to study the river.",
        "joint technical group",
    ),
]


@pytest.mark.parametrize(("text", "label"), SHARED)
def test_shared_body_is_found(text: str, label: str) -> None:
    assert entity_kinds(text).get(label) == "Organization"


def test_named_committee_keeps_its_name() -> None:
    kinds = entity_kinds("The International Committee of the Red Cross said Armenia freed two men.")
    assert "international committee" not in kinds


# -- a region's own bodies, named by "regional", "provincial" and a head
REGIONAL = [
    (
        "In Corsica, the regional council voted last week for a motion against the accord.",
        "regional council",
    ),
    ("The accord was rejected by the regional council in Ajaccio.", "regional council"),
    ("Deni was re-elected by the regional parliament in November.", "regional parliament"),
    (
        "Torres said the regional government would defend the islands' waters.",
        "regional government",
    ),
    ("The provincial assembly of Papua voted against the deal.", "provincial assembly"),
]


@pytest.mark.parametrize(("text", "label"), REGIONAL)
def test_regional_body_is_found(text: str, label: str) -> None:
    assert entity_kinds(text).get(label) == "Organization"


# -- a trade's own association, led by the person the article quotes
def _heads_of(text: str) -> set[str]:
    return {
        f.args["of"].label
        for f in facts(text)
        if f.rel == "holdsRole" and hasattr(f.args.get("of"), "label")
    }


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody asked us," said Juan Cruz, who heads a fishing association in the port.',
        '"Nobody asked us," said Juan Cruz, the head of a fishing association in the port.',
        "Juan Cruz, who leads a fishing association in the port, said nobody had asked them.",
    ],
)
def test_trade_association_has_its_head(text: str) -> None:
    assert "fishing association" in _heads_of(text)
