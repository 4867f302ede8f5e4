"""Offices news tells beside a name in ways the title readers missed (issue 12, offices50).

- An office a relative clause gives the noun apposed to a name: "X, a senior official who heads
  the Russian delegation", "X, a tribal elder who led the Pakistani delegation", "X, a lawyer who
  chairs the Guyanese boundary commission". The clause says more than the vague noun ("official",
  "elder") the apposition titles the name with; a precise title there ("Russia's foreign
  minister, who heads the delegation") stays the office (kg.ingest.nlp.titles_after).
- "Myanmar's ambassador to Bangladesh X", with no comma: the possessive before the title is whose
  envoy it is, not the host state the "to" phrase names (kg.ingest.nlp.titles).
- "received the Ambassador of Iran to Saudi Arabia, X, and ...": the parser hangs the "to" phrase
  on the verb and the name on the host state; the title still ends before the "to", and the name
  is its holder, Iran's ambassador (kg.ingest.nlp.misread_appositions).
- "A and Luxembourg's Deputy Prime Minister and Foreign Minister X": the first office, which the
  parser makes a conjunct of A, is X's too (kg.ingest.nlp.coordinated_titles).

- A bare title's state from the state's note the official signs or hands over ("Jamaica's note,
  delivered ... by Foreign Minister X", "In its note, signed by Foreign Minister Y, Papua New
  Guinea acknowledges"), before the states the sentence names (kg.ingest.nlp.rules.note_signers);
  the envoy it is handed to is the other side.
- What an official oversees, in the outlet's words: "Prime Minister X, who oversees the survey",
  "the prefect, Y, who supervises customs checks on the river" (kg.ingest.nlp.rules.overseen):
  not negated, not an order ("directed the navy to leave"), not a body's charge.

Not read: a relative clause that governs no body ("a farmer who leads the protests"), a name after
a comma that is the subject of its own verb ("sent a note to Chile, Ana Ruiz said").

Texts written for these tests (Andes, Caucasus, Gulf, South Asia, Benelux), not from any batch.
"""

from __future__ import annotations

import pytest
from helpers import facts, roles_read

_roles = roles_read


# (person, role words, of's label, sentence)
RELATIVE: list[tuple[str, str, str, str]] = [
    (
        "Sergei Tolstikov",
        "head of the Russian delegation",
        "Russia",
        "The protocol was signed for Russia by Sergei Tolstikov, a senior official who heads the "
        "Russian delegation, on Tuesday.",
    ),
    (
        "Sergei Tolstikov",
        "head of the Russian delegation",
        "Russia",
        "Sergei Tolstikov, a senior Foreign Ministry official who heads the Russian delegation, "
        "said the river had moved.",
    ),
    (
        "Bilal Khan",
        "leader of the Pakistani delegation",
        "Pakistan",
        "The border deal was signed after two days of talks, according to Bilal Khan, a tribal "
        "elder from Chaman who led the Pakistani delegation.",
    ),
    (
        "Maria Lopez",
        "chairman of the Guyanese boundary commission",
        "Boundary Commission of Guyana",
        "Maria Lopez, a lawyer who chairs the Guyanese boundary commission, said the map was wrong.",
    ),
    (
        "Ana Silva",
        "ambassador to Peru",
        "Brazil",
        "Ana Silva, a veteran diplomat who serves as Brazil's ambassador to Peru, met the minister.",
    ),
]


@pytest.mark.parametrize(("person", "role", "of", "text"), RELATIVE)
def test_office_of_a_relative_clause_on_the_apposition(
    person: str, role: str, of: str, text: str
) -> None:
    assert (role, of) in _roles(text).get(person, set())


def test_a_precise_apposition_stays_the_office() -> None:
    text = (
        "Sergei Lavrov, Russia's foreign minister, who heads the Russian delegation, said the "
        "talks were useful."
    )
    assert _roles(text).get("Sergey Lavrov") == {("foreign minister", "Russia")}


def test_a_clause_that_governs_no_body_gives_no_office() -> None:
    text = "Pedro Gomez, a farmer who leads the protests, said the fence must go."
    assert "Pedro Gomez" not in _roles(text)


# (person, of's label, sentence)
ENVOYS: list[tuple[str, str, str]] = [
    (
        "Kyaw Moe",
        "Myanmar",
        "Bangladesh summoned Myanmar's ambassador to Bangladesh Kyaw Moe on Tuesday.",
    ),
    (
        "Saad Warraich",
        "Pakistan",
        "India summoned Pakistan's High Commissioner to India Saad Warraich on Tuesday.",
    ),
    (
        "Alireza Enayati",
        "Iran",
        "Riyadh received the Ambassador of Iran to Saudi Arabia, Alireza Enayati, on Monday.",
    ),
    (
        "Alireza Enayati",
        "Iran",
        "The deputy minister received the Ambassador of the Islamic Republic of Iran to the "
        "Kingdom, Alireza Enayati, and handed him a note of protest.",
    ),
    (
        "Ana Ruiz",
        "Chile",
        "The ministry summoned the ambassador of Chile to Peru, Ana Ruiz, on Monday.",
    ),
]


@pytest.mark.parametrize(("person", "of", "text"), ENVOYS)
def test_an_envoy_is_the_sending_state_s(person: str, of: str, text: str) -> None:
    held = _roles(text).get(person, set())
    assert {state for _, state in held} == {of}


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait handed a note of protest to the Kingdom, Ana Ruiz said on Monday.",
        "The ministry sent a note to Chile, Ana Ruiz said.",
    ],
)
def test_a_subject_after_a_place_holds_nothing(text: str) -> None:
    assert "Ana Ruiz" not in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new treaty was signed by German Foreign Minister Johann Wadephul and Luxembourg's "
        "Deputy Prime Minister and Foreign Minister Xavier Bettel.",
        "The treaty was signed by Luxembourg's Deputy Prime Minister and Foreign Minister Xavier "
        "Bettel.",
    ],
)
def test_both_coordinated_offices_after_another_name(text: str) -> None:
    held = _roles(text)
    assert {("deputy prime minister", "Luxembourg"), ("foreign minister", "Luxembourg")} <= held[
        "Xavier Bettel"
    ]
    assert held.get("Johann Wadephul", {("foreign minister", "Germany")}) == {
        ("foreign minister", "Germany")
    }


def _overseen(text: str) -> set[tuple[str, str]]:
    return {
        (f.args["person"].label, str(f.args["what"]))  # type: ignore[union-attr]
        for f in facts(text)
        if f.rel == "oversees"
    }


# (person, what, sentence)
CHARGES: list[tuple[str, str, str]] = [
    (
        "Luis Vega",
        "the survey",
        "Prime Minister Luis Vega, who oversees the survey, has given the surveyors sixty days.",
    ),
    (
        "Ana Ruiz",
        "Chile's share of the patrols",
        "Defence Minister Ana Ruiz, who oversees Chile's share of the patrols, said the boats "
        "would sail in May.",
    ),
    (
        "Marc Dubois",
        "customs checks on the river",
        "The prefect of the department, Marc Dubois, who supervises customs checks on the river, "
        "said the post had been built in June.",
    ),
    (
        "Ana Ruiz",
        "the demarcation of the border",
        "Foreign Minister Ana Ruiz oversees the demarcation of the border, the ministry said.",
    ),
]


@pytest.mark.parametrize(("person", "what", "text"), CHARGES)
def test_a_charge_after_a_verb_of_overseeing(person: str, what: str, text: str) -> None:
    assert (person, what) in _overseen(text)


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Ana Ruiz, who does not oversee the survey, said it was late.",
        "President Luis Vega directed the navy to leave the island.",
        "Peru's foreign ministry, which oversees the border commission, said the survey was late.",
    ],
)
def test_no_charge(text: str) -> None:
    assert not _overseen(text)


# (person, of's label, text): a state's note, signed or handed over by a bare title
NOTE_SIGNERS: list[tuple[str, str, str]] = [
    (
        "Ana Ruiz",
        "Chile",
        "LIMA, May 5, 2020\n\nChile's note, delivered on Monday to the Peruvian ambassador by "
        "Foreign Minister Ana Ruiz, called the buoy illegal.",
    ),
    (
        "Ana Ruiz",
        "Chile",
        "LIMA, May 5, 2020\n\nIn its note, signed by Foreign Minister Ana Ruiz, Chile rejects the "
        "survey of the bay.",
    ),
    (
        "Ana Ruiz",
        "Peru",
        "SANTIAGO, May 5, 2020\n\nThe Peruvian note, delivered on Monday to the Chilean ambassador "
        "by Foreign Minister Ana Ruiz, called the buoy illegal.",
    ),
    (  # the one it is handed to is not its signer
        "Ana Ruiz",
        "Peru",
        "LIMA, May 5, 2020\n\nChile's note was handed to Peru's foreign minister, Ana Ruiz, by the "
        "Chilean ambassador on Monday.",
    ),
]


@pytest.mark.parametrize(("person", "of", "text"), NOTE_SIGNERS)
def test_a_state_s_note_is_signed_by_its_own_official(person: str, of: str, text: str) -> None:
    assert {state for _, state in _roles(text).get(person, set())} == {of}
