"""Bare titles of officials the gazetteer knows serve a state, and a secretary its portfolio
narrows (issue 12, offices54).

(1) News titles a head of state or a minister bare ("President X", "Interior Minister X") and lets
the reader know whose; where the sentence around names another state (a neighbour's minister
praises "President X's government", a quotation blames "Russian officers"), the state guessed
from the sentence was the wrong one. The people data/gazetteer/people.yaml lists with the state
they serve (in office 2025-2026) are read as that state's officials, whatever the sentence names
(kg.ingest.nlp.rules.people: the gazetteer's state comes first). A bare title of someone the
gazetteer does not list still takes the state the text gives, and a listed official named with
another state's title keeps the title's state.

(2) "Energy Secretary X said" in a report filed from Manila: a secretary with a capitalised
portfolio before it is a cabinet secretary of the state the report is filed from (the Philippines,
the US, the UK, Kenya title their ministers so), read like a bare "Agriculture Minister X"
(``home_portfolio_offices`` of data/lexicon.yaml, kg.ingest.nlp.rules.filed_from). A bare
"Secretary X" names no office of its own and stays unread, and a report filed from a city of a
state the article is not about gives it no state.

Texts written for these tests, not from any batch.
"""

from __future__ import annotations

from helpers import roles_read


def _holds(text: str, person: str) -> set[tuple[str, str]]:
    return roles_read(text).get(person, set())


def test_a_neighbours_praise_leaves_the_president_his_own() -> None:
    text = (
        "BUENOS AIRES, March 3 (Reuters) - Argentina's Foreign Minister Pablo Quirno said on "
        "Monday that relations with President Yamandu Orsi's government were excellent, despite "
        "the dispute over the island."
    )
    assert ("president", "Uruguay") in _holds(text, "Yamandú Orsi")


def test_a_quoted_other_side_leaves_the_minister_his_own() -> None:
    text = (
        "TALLINN, May 5 (Reuters) - Russian border guards detained two fishing boats on the lake. "
        '"Russian officers keep taking our fishermen off our side of the lake," Interior Minister '
        "Igor Taro told reporters on Tuesday."
    )
    assert ("interior minister", "Estonia") in _holds(text, "Igor Taro")


def test_a_president_on_the_phone_with_the_other_side() -> None:
    text = (
        "N'DJAMENA, June 2 (AFP) - Libyan forces crossed the border near the gold fields, and "
        "President Mahamat Idriss Deby discussed the incursion by telephone with Libya's prime "
        "minister on Wednesday."
    )
    assert ("president", "Chad") in _holds(text, "Mahamat Idriss Déby")


def test_a_minister_signing_with_a_foreign_force() -> None:
    text = (
        "PRISTINA, July 8 - Serbia protested after Interior Minister Xhelal Svecla and a NATO "
        "general signed a memorandum on the bridge on Monday."
    )
    assert ("interior minister", "Kosovo") in _holds(text, "Xhelal Sveçla")


def test_an_unlisted_presidents_state_still_from_the_text() -> None:
    text = (
        "MONTEVIDEO, March 3 (Reuters) - Uruguay's President Ana Ferreira said on Monday that "
        "the bridge would open next year."
    )
    roles = _holds(text, "Ana Ferreira")
    assert ("president", "Uruguay") in roles
    assert not any(of == "Chad" for _, of in roles)


def test_a_listed_official_keeps_a_titles_own_state() -> None:
    text = (
        "LIMA, March 3 - Peruvian Foreign Minister Elmer Schialer met Estonia's interior "
        "minister, Igor Taro, on Monday."
    )
    roles = _holds(text, "Igor Taro")
    assert ("interior minister", "Estonia") in roles
    assert not any(of == "Peru" for _, of in roles)


def test_a_portfolio_secretary_is_the_filing_states() -> None:
    text = (
        "MANILA, May 3 (Reuters) - The Philippines protested to China on Monday over the survey "
        "ship. The agency halted the drilling on Friday pending a review, Energy Secretary Ana "
        "Cruz said."
    )
    assert ("energy secretary", "Philippines") in _holds(text, "Ana Cruz")


def test_a_portfolio_secretary_with_a_clause() -> None:
    text = (
        "NAIROBI, June 9 (Reuters) - Kenya and Uganda traded accusations over the island. "
        "Interior Secretary Joseph Kamau, who visited the lake on Sunday, said patrols would "
        "continue, and Fisheries Secretary Grace Achieng told reporters the catch had fallen."
    )
    assert any(of == "Kenya" for _, of in _holds(text, "Grace Achieng"))


def test_a_bare_secretary_is_no_office_of_the_filing_state() -> None:
    text = (
        "MANILA, May 3 (Reuters) - The Philippines protested to China on Monday. Secretary Ana "
        "Cruz said the drilling would stop."
    )
    assert not any(of == "Philippines" for _, of in _holds(text, "Ana Cruz"))


def test_a_secretary_filed_from_a_third_state_has_no_state() -> None:
    text = (
        "MUNICH, Feb 14 (Reuters) - Japan and Russia traded barbs over the islands at the "
        "security conference. Energy Secretary Ana Cruz said the talks would go on."
    )
    assert not any(of == "Germany" for _, of in _holds(text, "Ana Cruz"))
