"""Whose a bare title is when another official of the sentence is known, and a department's
initials before a secretary (issue 12, offices54b).

(1) "Defence Minister A and Cambodia's Defence Minister B": where the sentence names one state,
a bare title was given that state, unless it was another official's. An official the gazetteer
knows serves a state (data/gazetteer/people.yaml) now counts as that state's whichever of the two
is read first, so the bare one falls to the next reading (here the city the report is filed from)
and never takes the other side's state (kg.ingest.nlp.rules.neighbour_states).

(2) "DFA Secretary X", "DND Secretary X": Philippine press names a cabinet secretary by the
initials of the department; the initials right before the office are its portfolio (as
"Energy Secretary X"), so the secretary is a home office of the state the report is filed from
(kg.ingest.nlp.office_portfolio). Initials the gazetteer knows as a body keep that body.

Texts written for these tests, not from any batch.
"""

from __future__ import annotations

from helpers import roles_read


def _holds(text: str, person: str) -> set[tuple[str, str]]:
    return roles_read(text).get(person, set())


def test_a_bare_cochair_beside_a_known_foreign_minister() -> None:
    text = (
        "BANGKOK, May 4 (Reuters) - Thai and Cambodian troops will leave the pass.\n\n"
        "The committee is chaired by Defence Minister Gen Prasit Wongchai and Cambodia's "
        "Defence Minister Tea Seiha."
    )
    roles = _holds(text, "Prasit Wongchai")
    assert not any(of == "Cambodia" for _, of in roles)
    assert ("defence minister", "Thailand") in roles
    assert any(of == "Cambodia" for _, of in _holds(text, "Tea Seiha"))


def test_a_bare_minister_who_met_a_known_counterpart() -> None:
    text = (
        "DUSHANBE, March 2 (AFP) - Tajikistan and Uzbekistan agreed on the reservoir.\n\n"
        "Interior Minister Rustam Nazarov received Uzbekistan's Foreign Minister Bakhtiyor "
        "Saidov on Monday."
    )
    roles = _holds(text, "Rustam Nazarov")
    assert not any(of == "Uzbekistan" for _, of in roles)


def test_a_department_secretary_by_initials() -> None:
    text = (
        "MANILA, May 3 (Reuters) - The Philippines protested to China on Monday over the survey "
        'ship. "The survey has no basis in law," DFA Secretary Ana Cruz told reporters.'
    )
    assert any(of == "Philippines" for _, of in _holds(text, "Ana Cruz"))


def test_a_known_secretary_by_initials() -> None:
    text = (
        "MANILA, May 3 (Reuters) - The Philippines rejected the resolution on Friday, DFA "
        "Secretary Ma. Theresa Lazaro said."
    )
    assert any(of == "Philippines" for _, of in _holds(text, "Theresa Lazaro"))


def test_initials_of_a_known_body_keep_it() -> None:
    text = (
        "MANILA, May 3 (Reuters) - The Philippines welcomed the ruling, UN Secretary-General "
        "Antonio Guterres said."
    )
    roles = _holds(text, "Antonio Guterres")
    assert not any(of == "Philippines" for _, of in roles)
