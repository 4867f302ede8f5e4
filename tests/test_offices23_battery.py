"""Whose office a title names (and that a rank between title and name leaves it whole) when the sentence also names the other side's official by a
demonym and no name (issue 12, offices23): "met her Cypriot counterpart" says the counterpart is
Cypriot, so the one who met is not; "his Namibian counterpart, President X" names X, who is.

Sentences written for these tests in wire style, about disputes other than those of the
never-read batches (Israel-Cyprus gas, Botswana-Namibia, Sweden-Finland, Kyrgyzstan-Tajikistan).
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has, shown

ISRAEL, CYPRUS, BOTSWANA, NAMIBIA = (
    "state/israel",
    "state/cyprus",
    "state/botswana",
    "state/namibia",
)
SUDAN, KENYA = "state/sudan", "state/kenya"
BURHAN, KAHARIRI = "person/abdel-fattah-al-burhan", "person/charles-kahariri"
LEVI, KYPRIANOU = "person/tamar-levi", "person/andreas-kyprianou"
BOKO, NANDI = "person/duma-boko", "person/netumbo-nandi-ndaitwah"

# (person, state the holding must have, sentence)
HELD: list[tuple[str, str, str]] = [
    (LEVI, ISRAEL, "Israeli Foreign Minister Tamar Levi met her Cypriot counterpart in Nicosia."),
    (LEVI, ISRAEL, "Foreign Minister Tamar Levi of Israel met her Cypriot counterpart on Monday."),
    (
        KYPRIANOU,
        CYPRUS,
        "Foreign Minister Tamar Levi met her Cypriot counterpart Andreas Kyprianou in Nicosia.",
    ),
    (
        KYPRIANOU,
        CYPRUS,
        "Foreign Minister Tamar Levi met her Cypriot counterpart, Andreas Kyprianou, in Nicosia.",
    ),
    (
        NANDI,
        NAMIBIA,
        "The deal was announced after President Duma Boko of Botswana met his Namibian "
        "counterpart, President Netumbo Nandi-Ndaitwah, in Kasane.",
    ),
    # a rank between the office and the name, the parser making the office a second subject
    (BURHAN, SUDAN, "Sudan's army chief General Abdel Fattah al-Burhan visited the area."),
    (BURHAN, SUDAN, "Sudanese army chief General Abdel Fattah al-Burhan visited the area."),
    (BURHAN, SUDAN, "Sudan's army chief, General Abdel Fattah al-Burhan, toured the border."),
    (KAHARIRI, KENYA, "Kenya's military chief General Charles Kahariri visited the island."),
    (
        BOKO,
        BOTSWANA,
        "The deal was announced after President Duma Boko of Botswana met his Namibian "
        "counterpart, President Netumbo Nandi-Ndaitwah, in Kasane.",
    ),
]


@pytest.mark.parametrize("person, state, sentence", HELD)
def test_the_office_is_of_the_state_the_text_gives(person, state, sentence):
    found = facts(sentence)
    assert has(found, "holdsRole", person=person, of=state), shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Tamar Levi met her Cypriot counterpart in Nicosia on Monday to discuss "
        "the gas field.",
        "Foreign Minister Tamar Levi held talks with her Cypriot counterpart in Nicosia.",
        "Foreign Minister Tamar Levi phoned his Cypriot counterparts on Monday.",
    ],
)
def test_an_unnamed_counterparts_demonym_is_not_the_subjects_state(sentence):
    found = facts(sentence)
    assert not find(found, "holdsRole", person=LEVI, of=CYPRUS), shown(found)
