"""Offices of units, of a land's own government, and a counterpart's own post (issue 12, offices53).

(1) A department, bureau or office inside a ministry or a government is a unit of it: "who heads
the Croatian government's Office for Refugees", "who heads the Chinese foreign ministry's
Department of Boundary and Ocean Affairs" hold an office of the government (its state) or the ministry, with
the unit kept in the role's words (kg.ingest.nlp.body_units); "director-general of the boundary
and ocean affairs department of the Chinese foreign ministry" keeps the department in the role's
words. A unit named alone stays the owner, and a "for" phrase on the unit names no owner ("Office
for Kosovo"). A title's "of the Department of X at the Y Ministry" still gives the department
(tried as the ministry: one never-read fact lost).

(2) A bare head's title right after a sentence whose subject is the government of a land that is
no state ("The Autonomous Bougainville Government ... President X said") is that government's
(kg.ingest.nlp.rules.land_governments), not the dateline's state's.

(3) "met his Japanese counterpart X, head of the Asian Affairs Bureau": the post the name's own
apposition words wins over the counterpart's copied office, with the counterpart's state; "his
counterpart X, a former defence minister" stays the counterpart's office.

(4) "Army chief General X" after another army was named is the home state's commander (below).

Texts written for these tests, not from any batch.
"""

from __future__ import annotations

from helpers import roles_read


def _holds(text: str, person: str) -> set[tuple[str, str]]:
    return roles_read(text).get(person, set())


def test_who_heads_a_ministrys_department_is_the_ministrys() -> None:
    text = (
        "BEIJING, May 4 (Xinhua) - Wang Lei, who heads the Chinese foreign ministry's "
        "Department of Boundary and Ocean Affairs, met Japanese officials on Tuesday."
    )
    roles = _holds(text, "Wang Lei")
    assert any(of == "Chinese Ministry of Foreign Affairs" for _, of in roles)
    assert any("Boundary and Ocean Affairs" in role for role, _ in roles)


def test_a_lower_case_department_keeps_its_words() -> None:
    text = (
        "NEW DELHI, May 4 (PTI) - The Chinese team was headed by Zhang Hua, director-general of "
        "the boundary and ocean affairs department of the Chinese foreign ministry."
    )
    roles = _holds(text, "Zhang Hua")
    assert any("department" in role for role, _ in roles)


def test_who_heads_a_governments_office_is_the_states() -> None:
    text = (
        "ZAGREB, May 4 (Reuters) - Ivan Horvat, who heads the Croatian government's Office for "
        "Refugees and Displaced Persons, said the camp would close."
    )
    roles = _holds(text, "Ivan Horvat")
    assert any(of == "Croatia" for _, of in roles)
    # the unit's own "for" phrase names what it deals with, not whose it is
    text = (
        "BELGRADE, May 4 (Reuters) - Milan Jovic, who heads the Serbian government's Office for "
        "Kosovo and Metohija, rejected the letter."
    )
    assert not any(of == "Kosovo" for _, of in _holds(text, "Milan Jovic"))


def test_a_unit_named_alone_keeps_its_name() -> None:
    text = (
        "TOKYO, May 4 (Kyodo) - Kenji Sato, director-general of the Department of Boundary and "
        "Ocean Affairs, spoke to reporters."
    )
    roles = _holds(text, "Kenji Sato")
    assert all(of != "Chinese Ministry of Foreign Affairs" for _, of in roles)


def test_a_president_after_a_land_government() -> None:
    text = (
        "HONIARA, Sept 16 (Reuters) - Papua New Guinea will withdraw a police post from Oema "
        "Island, Port Moresby said.\n\n"
        "The Autonomous Bougainville Government took a harder line. President Ishmael Toroama "
        "said in Buka that his administration did not accept Honiara's claim to the island."
    )
    roles = _holds(text, "Ishmael Toroama")
    assert roles and all(of == "Autonomous Bougainville Government" for _, of in roles)


def test_a_president_after_a_state_subject_is_not_a_land_governments() -> None:
    text = (
        "HONIARA, Sept 16 (Reuters) - Papua New Guinea will withdraw a police post from Oema "
        "Island, Port Moresby said.\n\n"
        "Solomon Islands took a harder line. Prime Minister Jeremiah Manele said the island "
        "was Solomon Islands territory."
    )
    roles = _holds(text, "Jeremiah Manele")
    assert not any("Bougainville" in of for _, of in roles)


def test_a_counterparts_own_post_wins() -> None:
    text = (
        "BEIJING, May 4 (Kyodo) - Hong Wei, director-general of the Chinese foreign ministry's "
        "Department of Boundary and Ocean Affairs, met his Japanese counterpart Taro Yamada, "
        "head of the Asian and Oceanian Affairs Bureau, in Beijing."
    )
    roles = _holds(text, "Taro Yamada")
    assert any(role.startswith("head of the Asian") and of == "Japan" for role, of in roles)
    assert not any("Boundary" in role for role, _ in roles)


def test_a_counterpart_with_a_former_post_keeps_the_counterparts_office() -> None:
    text = (
        "MOSCOW, May 4 (Reuters) - Sergey Lavrov, Russia's foreign minister, met his Japanese "
        "counterpart Taro Kono, a former defence minister, in Moscow."
    )
    roles = _holds(text, "Taro Kono")
    assert ("foreign minister", "Japan") in roles


def test_a_bare_army_chief_is_the_home_states() -> None:
    """(4) "Army chief General X" after "the People's Liberation Army": a kind of post, not the
    army named before (office_phrase._kind_word); a commander is a home office, so a report filed
    from New Delhi titles India's bare (filed_from)."""
    text = (
        "NEW DELHI, Jul 28 (PTI) - Under the record, the People's Liberation Army (PLA) is to "
        "remove tents.\n\n"
        "Defence Minister Rajnath Singh, who reviewed the situation with Army chief General "
        "Upendra Dwivedi on Monday, is expected to travel to Bishkek next month."
    )
    assert _holds(text, "Upendra Dwivedi") == {("army chief", "India")}


def test_an_army_named_with_its_state_or_referred_back_keeps_it() -> None:
    text = (
        "ISLAMABAD, Jul 28 (Reuters) - India and Pakistan traded fire. Pakistan's army chief "
        "General Asim Munir visited the Line of Control on Monday."
    )
    assert ("army chief", "Pakistan") in _holds(text, "Asim Munir")
    text = (
        "KHARTOUM, Jul 28 (Reuters) - The Sudanese army said it took the town. The army's chief, "
        "General Abdel Fattah al-Burhan, visited troops."
    )
    assert any("Army" in of for _, of in _holds(text, "Abdel Fattah al-Burhan"))
