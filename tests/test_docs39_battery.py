"""Documents a person issues in his own name (issue 12, nineteenth round, docs39).

A decree, an order or an arbitral award is its maker's act, and news names the person who made it:
"President X issued a decree", "the order, issued on Monday by the mayor, Y", "an award by King Z".
The ``issued`` class let only states and bodies issue, so a person who issued a decree gave no fact
(or his state's): seen in eight articles of eight study batches (T5, T7, T13, T20, T37, T39, T40,
T45), whose gold names the person. A statement or a note a minister puts out still speaks for
his state (its issuer as before), and a statement "by" a minister issues nothing of his own.
Sentences written for these tests, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown


def _issued(text: str) -> set[tuple[str, str]]:
    """(issuer label, document's head word) of each affirmed issued fact."""
    found = [f for f in facts(text) if f.rel == "issued" and not f.negated]
    out = set()
    for f in found:
        issuer, doc = f.args["issuer"], f.args["document"]
        names = {doc.label.lower(), *(a.lower() for a in doc.aliases)}
        head = next(
            (
                w
                for w in ("decree", "order", "award", "statement", "note")
                if any(w in n for n in names)
            ),
            doc.label,
        )
        out.add((issuer.label, head))
    return out


# (text, issuer label, document head word)
PERSON_ACTS = [
    # the active verb, its passive participle, a relative clause, another verb of the class
    (
        "Bolivian President Evo Morales issued a decree on Tuesday creating an office for the "
        "maritime claim.",
        "Evo Morales",
        "decree",
    ),
    (
        "A decree issued on Tuesday by President Evo Morales created an office for the "
        "maritime claim.",
        "Evo Morales",
        "decree",
    ),
    (
        "The office was set up under a decree that President Evo Morales published on Tuesday.",
        "Evo Morales",
        "decree",
    ),
    (
        "The mayor of Ushuaia, Walter Vuoto, issued an order on Monday closing the port to ships "
        "flying the British flag.",
        "Walter Vuoto",
        "order",
    ),
    (
        "An order, published on Monday by Walter Vuoto, the mayor of Ushuaia, closed the port to "
        "ships flying the British flag.",
        "Walter Vuoto",
        "order",
    ),
    # the award's maker in its own by-phrase, or as the doer of "handed down"
    (
        "An award by King Edward VII in 1902 divided the disputed Andes valleys between Argentina "
        "and Chile.",
        "Edward VII",
        "award",
    ),
    (
        "The valleys were divided under an award handed down in 1902 by King Edward VII.",
        "Edward VII",
        "award",
    ),
]


@pytest.mark.parametrize(("text", "issuer", "noun"), PERSON_ACTS)
def test_person_issues_own_act(text: str, issuer: str, noun: str) -> None:
    found = _issued(text)
    assert any(i.startswith(issuer) and n == noun for i, n in found), found


# a minister's statement or note is his state's; a statement "by" a minister is none of his own
STATE_WORDS = [
    (
        "Argentine Foreign Minister Santiago Cafiero issued a statement on Monday rejecting the "
        "referendum.",
        "Argentina",
    ),
    (
        "Chilean Foreign Minister Heraldo Munoz sent a note to La Paz on Friday.",
        "Chile",
    ),
]


@pytest.mark.parametrize(("text", "state"), STATE_WORDS)
def test_minister_statement_is_his_states(text: str, state: str) -> None:
    found = _issued(text)
    assert found, shown(facts(text))
    assert all(i == state for i, _ in found), found


def test_statement_by_minister_issues_nothing_of_his() -> None:
    found = _issued("A statement by Foreign Minister Santiago Cafiero rejected the referendum.")
    assert not any("Cafiero" in i for i, _ in found), found


# A conquest is control taken, not a transfer (FORMAT.md's handedOverTo: "actually transferred"):
# the golds of five articles of four batches (L, T28, T42, T47) tell "captured X from Y" as control
# only. The taker controls the land; it was handed to no one. A land that came back ("regained X
# from Y") still changed hands.
CONQUESTS = [
    (
        "Israel captured the Golan Heights from Syria in 1967.",
        "state/israel",
        "territory/golan-heights",
    ),
    (
        "The Golan Heights were captured from Syria by Israel in 1967.",
        "state/israel",
        "territory/golan-heights",
    ),
    (
        "China seized the Paracel Islands from South Vietnam in 1974.",
        "state/china",
        "territory/paracel-islands",
    ),
    (
        "China has held the Paracels since it wrested them from South Vietnam in 1974.",
        "state/china",
        "territory/paracel-islands",
    ),
    (
        "Argentina, which seized the Falklands from Britain in 1982, lost them weeks later.",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "taker", "land"), CONQUESTS)
def test_conquest_is_no_handover(text: str, taker: str | None, land: str | None) -> None:
    found = facts(text)
    assert not [f for f in found if f.rel == "handedOverTo" and not f.negated], shown(found)
    if taker is not None:
        assert has(found, "controls", state=taker, territory=land), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Japan regained Okinawa from the United States in 1972.",
        "In 1972 Japan recovered Okinawa from the United States.",
    ],
)
def test_land_regained_changed_hands(text: str) -> None:
    found = facts(text)
    assert has(found, "handedOverTo", territory="territory/okinawa", to="state/japan"), shown(found)


# A suspension told as advice, a demand or on a condition is none done: "X should halt the work",
# "called on X to halt the drilling", "X would halt the work if ..." (three articles of two batches,
# T3 and T27); one announced ("will suspend", "said it would suspend") still is.
@pytest.mark.parametrize(
    "text",
    [
        "Bolivia should halt the survey until the commission meets, the Chilean minister said.",
        "Chile said it would suspend the survey if Bolivian troops crossed the line.",
        "Chile would halt the survey if a joint team found that it crossed the border.",
        "The Organization of American States called on Chile to halt the survey.",
    ],
)
def test_suspension_not_done(text: str) -> None:
    found = facts(text)
    assert not [f for f in found if f.rel == "suspends" and not f.negated], shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "Chile halted the survey of the Silala on Monday.",
        "Chile will suspend the survey of the Silala.",
        "Chile said it would suspend the survey of the Silala.",
        "The survey of the Silala was halted by Chile on Monday.",
    ],
)
def test_suspension_done_or_announced(text: str) -> None:
    found = facts(text)
    assert has(found, "suspends", party="state/chile"), shown(found)
