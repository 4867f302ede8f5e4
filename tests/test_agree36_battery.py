"""The day of a signing told again in the very next sentence, and a signing told by its year and
again to the day (issue 12, seventeenth round, agree36).

News tells the act with its day first and who signed, by name, after: "A and B signed an agreement
on Monday ... The X Agreement was signed by foreign ministers ...", "A and B agreed on Thursday to
... Under the deal, which was signed by the two foreign ministers, ...", "In 1966 the two countries
agreed in the Act of X to ... That act, signed by ...". The second telling's document is the first
one's (renamed, called by a bare noun, or the one the agreement was made in), so its signing took
place that day (seen in T24's h199 and h201; the same telling by a bare noun in h115 and h138, by
other writers, which rules/told_twice.py already folded where a signing came first). A document
told farther on, or by other states, or with a year of its own, keeps its own day. Sentences written for these tests, in news style, about
disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import signings

OFFICIALS = {"Ana Torres", "Pablo Rojas"}

# (article, the day the officials' signing must carry)
TOLD_AGAIN = [
    # a name for the document signed just before ("an agreement" ... "the X Agreement")
    (
        "Peru and Chile signed an agreement on Monday on fishing in their shared waters. The "
        "Pacific Fisheries Agreement was signed by Peruvian Foreign Minister Ana Torres and "
        "Chilean Foreign Minister Pablo Rojas.",
        "2020-05-04",
    ),
    # the same, the officials' titles after their names
    (
        "Peru and Chile signed an agreement on Monday on fishing in their shared waters. The "
        "Pacific Fisheries Agreement was signed by Ana Torres, Peru's foreign minister, and Pablo "
        "Rojas, Chile's foreign minister.",
        "2020-05-04",
    ),
    # a bare noun after an agreement told with its day
    (
        "Peru and Chile agreed on Monday to open a second border crossing. Under the deal, which "
        "was signed in Lima by Peruvian Foreign Minister Ana Torres and Chilean Foreign Minister "
        "Pablo Rojas, the crossing will open in June.",
        "2020-05-04",
    ),
    # another verb of the class, a participle
    (
        "Peru and Chile agreed on Monday to open a second border crossing. The accord, inked in "
        "Lima by Peruvian Foreign Minister Ana Torres and Chilean Foreign Minister Pablo Rojas, "
        "takes effect in June.",
        "2020-05-04",
    ),
    # the document the agreement was made in, named, then "that act"
    (
        "In 1966 Peru and Chile agreed in the Act of Tacna to share the river's water. That act, "
        "signed by Peruvian Foreign Minister Ana Torres and Chilean Foreign Minister Pablo Rojas, "
        "also settled the fishing quarrel.",
        "1966",
    ),
]


@pytest.mark.parametrize("text, day", TOLD_AGAIN)
def test_a_signing_told_again_next_takes_its_day(text, day):
    found = signings(text)
    assert any(OFFICIALS <= parties and date == day for parties, date in found), found


def test_a_signing_told_farther_on_keeps_no_day_of_another():
    found = signings(
        "Peru and Chile signed an agreement on Monday on fishing. Both navies will patrol the "
        "zone. The Pacific Fisheries Agreement was signed by Peruvian Foreign Minister Ana Torres "
        "and Chilean Foreign Minister Pablo Rojas."
    )
    assert not any(OFFICIALS <= parties and date == "2020-05-04" for parties, date in found), found


def test_a_document_with_its_own_year_keeps_its_own_day():
    found = signings(
        "Peru and Chile signed an agreement on Monday on fishing. The 1929 Treaty of Lima was "
        "signed by Peruvian envoy Ana Torres and Chilean envoy Pablo Rojas."
    )
    assert not any(OFFICIALS <= parties and date == "2020-05-04" for parties, date in found), found


def test_other_states_signing_next_keeps_no_day():
    found = signings(
        "Peru and Chile agreed on Monday to open a second border crossing. The accord was signed "
        "by Bolivian Foreign Minister Ana Torres and Paraguayan Foreign Minister Pablo Rojas."
    )
    assert not any(OFFICIALS <= parties and date == "2020-05-04" for parties, date in found), found


# A signing told by its year and again to the day (T16's h168, the study article h257): one signing.
TO_THE_DAY = [
    (
        "Peru and Chile ratified their 2014 agreement on Thursday. The pact was signed in Lima on "
        "May 23, 2014, by Peruvian Foreign Minister Ana Torres and Chilean Foreign Minister Pablo "
        "Rojas.",
        "2014-05-23",
    ),
    (
        "Peru and Chile signed a fisheries treaty in 1989. The treaty was signed on May 22, 1989 by "
        "Peruvian Foreign Minister Ana Torres and Chilean Foreign Minister Pablo Rojas.",
        "1989-05-22",
    ),
]


@pytest.mark.parametrize("text, day", TO_THE_DAY)
def test_a_signing_told_by_its_year_is_the_one_told_to_the_day(text, day):
    found = signings(text)
    assert found and all(date == day for _, date in found), found


def test_signings_of_two_years_stay_two():
    found = signings(
        "Peru and Chile signed a fisheries treaty in 1989. A second treaty was signed on May 22, "
        "1990 by Peruvian Foreign Minister Ana Torres and Chilean Foreign Minister Pablo Rojas."
    )
    assert {date for _, date in found} == {"1989", "1990-05-22"}, found
