"""Offices told by a title and a name set side by side with commas (issue 12, offices48).

News sets a title beside a name with commas, before it ("his Burkinabe counterpart, X, said") or
after it ("by X, the Turkish Cypriot prime minister."). The small parser often hangs the name on
the verb, or the apposition on another noun of the sentence; the commas still tie them
(kg.ingest.nlp.misread_appositions). A name that is a verb's subject after a title's comma ("In
talks with the Angolan ambassador, X said") is not that title's holder.

Texts written for these tests (Peru-Chile, Colombia-Venezuela, Mali-Burkina Faso), not from any
batch.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _holdings(text: str) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for f in facts(text):
        if f.rel == "holdsRole":
            person, of = f.args["person"], f.args["of"]
            out.setdefault(person.label, set()).add((f.args["office"], of.key))  # type: ignore[union-attr]
    return out


# (person, office, of, sentence)
BESIDE: list[tuple[str, str, str, str]] = [
    (
        "Karamoko Traore",
        "foreign minister",
        "state/burkina-faso",
        "Mali's foreign minister, Abdoulaye Diop, said after talks in Bamako with his Burkinabe "
        "counterpart, Karamoko Traore, that the two sides would finish the work.",
    ),
    (
        "Ana Soto",
        "consul",
        "state/chile",
        "Peru sent a note to the Chilean consul in Tacna, Ana Soto, protesting against the post.",
    ),
    (
        "Carlos Ruiz",
        "ambassador",
        "state/venezuela",
        "Colombia lodged a protest with the Venezuelan ambassador in Bogota, Carlos Ruiz, over "
        "the raid.",
    ),
    (
        "Domingos Kapitango",
        "ambassador",
        "state/angola",
        "Namibia handed a diplomatic note to the Angolan ambassador in Windhoek, Domingos "
        "Kapitango, protesting against the act.",
    ),
    (
        "Ersin Tatar",
        "prime minister",
        "state/turkish-republic-of-northern-cyprus",
        "A stretch of beachfront was opened two days after the decision was announced in Ankara "
        "by Ersin Tatar, the Turkish Cypriot prime minister.",
    ),
    (
        "Luis Vega",
        "foreign minister",
        "state/peru",
        "The ruling was welcomed on Friday by Luis Vega, the Peruvian foreign minister.",
    ),
    (
        "Ana Soto",
        "defense minister",
        "state/ecuador",
        "Talks were held in Quito after the border closed, with Ana Soto, the Ecuadorian defence "
        "minister, leading the delegation.",
    ),
]


@pytest.mark.parametrize("person, office, of, sentence", BESIDE)
def test_a_title_beside_a_name_with_commas_is_its_office(person, office, of, sentence):
    held = _holdings(sentence)
    assert (office, of) in held.get(person, set()), held


def test_a_subject_after_a_title_comma_holds_no_office():
    held = _holdings(
        "In talks with the Angolan ambassador, Domingos Kapitango said the border was calm."
    )
    assert ("ambassador", "state/angola") not in held.get("Domingos Kapitango", set()), held


def test_two_appositions_of_a_third_give_neither_name_the_other():
    held = _holdings("During a visit to the president, Luis Vega, the mayor of Lima, spoke.")
    assert not any(office == "president" for office, _ in held.get("Luis Vega", set())), held
