"""Claims and assertions of sovereignty (issue 12, seventeenth round, second pass, claimsB).

- A predicate adjective tells whose land it is only where it is a demonym itself ("the farms are
  Lebanese"): a state named inside the adjective's own phrase ("the valley was vital to Israel's
  security", "important to China's economy", "crucial for Israel") is what the land matters to, no
  owner (h266, T42, read Israel's claim and sovereignty from "vital to Israel's security").

Sentences written for these tests, in news style.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told

MATTERS_TO = [
    ("Netanyahu said the Jordan Valley was vital to Israel's security.", "israel", "jordan-valley"),
    (
        "Beijing said the Paracel Islands were important to China's economy.",
        "china",
        "paracel-islands",
    ),
    (
        "The prime minister insisted the Golan Heights were crucial for Israel.",
        "israel",
        "golan-heights",
    ),
    ("Erdogan said the Aegean islands were close to Turkish shores.", "turkey", "aegean-islands"),
]


@pytest.mark.parametrize(("text", "state", "land"), MATTERS_TO)
def test_a_state_the_land_matters_to_is_no_owner(text: str, state: str, land: str) -> None:
    roles = {"territory": f"territory/{land}"}
    none_told(text, "claims", {**roles, "claimant": f"state/{state}"})
    none_told(text, "assertsSovereignty", {**roles, "state": f"state/{state}"})


DEMONYMS = [
    ("Netanyahu said the Golan Heights were Israeli.", "israel", "golan-heights"),
    ("Beirut insists the Shebaa Farms are Lebanese.", "lebanon", "shebaa-farms"),
    ("Madrid says Gibraltar is Spanish and always has been.", "spain", "gibraltar"),
]


@pytest.mark.parametrize(("text", "state", "land"), DEMONYMS)
def test_a_demonym_as_the_predicate_still_tells_the_owner(text: str, state: str, land: str) -> None:
    assert has(
        facts(text), "assertsSovereignty", state=f"state/{state}", territory=f"territory/{land}"
    )


# -- a state's sovereignty with its land unsaid is over land that concerns it, not any land told last
STRANGERS = [
    "Ethiopia signed a port deal with Somaliland. Eritrea will defend its sovereignty, the minister "
    "said.",
    "Ethiopia signed a port deal with Somaliland. \"Eritrea's sovereignty over its territory and its "
    'waters is not a subject for discussion," the minister said.',
    "Chinese ships entered waters near the Senkaku Islands. Russia reaffirmed its sovereignty, the "
    "ministry said.",
]


@pytest.mark.parametrize("text", STRANGERS)
def test_sovereignty_is_not_over_a_strangers_land_told_before(text: str) -> None:
    none_told(text, "assertsSovereignty", {})


CONCERNED = [
    (
        "Chinese ships entered waters near the Senkaku Islands. Japan will defend its sovereignty, "
        "the minister said.",
        "japan",
        "senkaku-islands",
    ),
    (
        "Chinese ships entered waters near the Senkaku Islands. China reaffirmed its sovereignty, "
        "the ministry said.",
        "china",
        "senkaku-islands",
    ),
    (
        "Medvedev visited Kunashir on Monday. Russia reaffirmed its sovereignty, the ministry said.",
        "russia",
        "kunashir",
    ),
]


@pytest.mark.parametrize(("text", "state", "land"), CONCERNED)
def test_sovereignty_is_over_the_holders_or_claimants_land_told_before(
    text: str, state: str, land: str
) -> None:
    assert has(
        facts(text), "assertsSovereignty", state=f"state/{state}", territory=f"territory/{land}"
    )


# -- an apposition the parser hung on a common noun further back describes the name before its comma
APPOSED = [
    "Honduras has lodged a formal protest with Belize over new fishing rules for the Sapodilla "
    "Cayes, a chain of small coral islands that both Honduras and Guatemala claim.",
    "Honduras has lodged a formal protest with Belize over new fishing rules for the Sapodilla "
    "Cayes, a chain of small coral islands at the southern end of the reef that both Honduras and "
    "Guatemala claim.",
    "Belize issued new rules for the Sapodilla Cayes, a chain of islets that both Honduras and "
    "Guatemala claim.",
]


@pytest.mark.parametrize("text", APPOSED)
def test_a_description_of_land_describes_the_name_before_its_comma(text: str) -> None:
    found = facts(text)
    for state in ("honduras", "guatemala"):
        assert has(
            found, "claims", claimant=f"state/{state}", territory="territory/sapodilla-cayes"
        )


def test_a_description_of_no_land_keeps_the_parsers_head() -> None:
    text = (
        "Nepal and India discussed a report on a dam on the Mahakali River, a project that both "
        "countries have claimed credit for."
    )
    none_told(text, "claims", {"territory": "territory/mahakali-river"})
