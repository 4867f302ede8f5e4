"""Claims and disputes as news in general words them (issue 12, nineteenth round, claims39).

- Land a pronoun regards as its own ("a territory it had regarded as its own", "lands it regarded
  as its own"): the pronoun's state claims it, as a named regarder does. A pronoun regarder is seen
  in four articles of four study batches (T27, T35, T40, T48); the "its own" reader left it out.
- A name joined by "as well as" to a name a relative clause describes ("Vietnam, which holds more
  features than any other claimant, as well as Malaysia, Brunei and Taiwan also lay claim to ..."):
  the parser hangs it on the clause's last noun, as it does ", and Bhutan"
  (grammar/filler_conjuncts.py
  already took that back for "and"); the joining phrase counts as "and" does. The shape (a name
  after a relative clause's closing comma and a joiner) is seen in three articles of three batches
  (J, T12, T20).

Sentences written for these tests, in news style.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

INDIA, AKSAI_CHIN = "state/india", "territory/aksai-chin"
MOROCCO, CEUTA = "state/morocco", "territory/ceuta"
NEPAL, KALAPANI = "state/nepal", "territory/kalapani"

# (sentence, claimant, territory): a pronoun regards the land as its own
REGARDED_BY_PRONOUN = [
    ("India lodged a protest over Aksai Chin, a plateau it regards as its own.", INDIA, AKSAI_CHIN),
    (
        "India lodged a protest over Aksai Chin, a plateau that it regards as its own.",
        INDIA,
        AKSAI_CHIN,
    ),
    ("Morocco protested over Ceuta, which it has long considered its own.", MOROCCO, CEUTA),
    (
        "On Monday Morocco again protested over Ceuta, which it regards as its own.",
        MOROCCO,
        CEUTA,
    ),
    ("Nepal protested over Kalapani, a strip of land it sees as its own.", NEPAL, KALAPANI),
    ("Nepal protested over Kalapani, which it deems its own.", NEPAL, KALAPANI),
]


@pytest.mark.parametrize(("text", "claimant", "territory"), REGARDED_BY_PRONOUN)
def test_a_pronoun_that_regards_land_as_its_own_claims_it(text, claimant, territory):
    found = facts(text)
    assert has(found, "claims", claimant=claimant, territory=territory), shown(found)


def test_a_pronoun_that_does_not_regard_land_as_its_own_claims_nothing():
    none_told(
        "Morocco protested over Ceuta, which it does not regard as its own.",
        "claims",
        {"claimant": MOROCCO, "territory": CEUTA},
    )


# (sentence, claimants, territory): names joined past a relative clause's closing comma
JOINED_PAST_CLAUSE = [
    (
        "Honduras, which signed the accord in 1986, as well as Guatemala lay claim to the "
        "Sapodilla Cayes.",
        {"state/honduras", "state/guatemala"},
        "territory/sapodilla-cayes",
    ),
    (
        "The Spratly Islands are claimed by Vietnam, which occupies most of the reefs, as well as "
        "Malaysia and Brunei.",
        {"state/vietnam", "state/malaysia", "state/brunei"},
        "territory/spratly-islands",
    ),
    (
        "Vietnam, which holds more reefs than any other claimant, as well as Malaysia and Brunei "
        "also lay claim to the Spratly Islands.",
        {"state/vietnam", "state/malaysia", "state/brunei"},
        "territory/spratly-islands",
    ),
    (
        "Japan, which protested on Monday, and Taiwan claim the Senkaku Islands.",
        {"state/japan", "state/taiwan"},
        "territory/senkaku-islands",
    ),
]


@pytest.mark.parametrize(("text", "claimants", "territory"), JOINED_PAST_CLAUSE)
def test_names_joined_past_a_relative_clause_each_claim(text, claimants, territory):
    found = facts(text)
    for claimant in claimants:
        assert has(found, "claims", claimant=claimant, territory=territory), shown(found)


def test_a_list_inside_a_relative_clause_stays_in_it():
    found = facts("Japan, which claims Kunashir, Iturup, and Shikotan, protested on Monday.")
    for island in ("kunashir", "iturup", "shikotan"):
        assert has(found, "claims", claimant="state/japan", territory=f"territory/{island}")
    assert not has(found, "claims", claimant="state/japan", territory="state/japan")


def test_a_name_joined_past_a_clause_is_nothing_the_clause_says():
    """The reefs Vietnam holds are not Malaysia or Taiwan."""
    found = facts(
        "Vietnam, which holds more reefs than any other claimant, as well as Malaysia and Taiwan "
        "also lay claim to the Spratly Islands."
    )
    assert not [f for f in found if f.rel == "controls"], shown(found)
