"""Names and bodies, round 56.

(1) Malay courtesy titles (Datuk, Dato, Datin, Seri) stand before a name as "Sir" does and are no
part of it: "Foreign Minister Datuk Seri Mohamad Hasan" is Mohamad Hasan, and "Director-General of
Survey and Mapping Datuk Azlan Mohd Yusof" made a person "Mapping Datuk Azlan Mohd Yusof", whose
facts no reader would find under his name.

(2) A body named by two words joined by "and" ("the Foreign Ministry's Asian and Oceanian Affairs
Bureau") is one body, though the recogniser starts it at the second word ("Oceanian Affairs
Bureau"). Two states' demonyms so joined ("the British and Argentine foreign ministries") stay two
states' bodies.

Texts written for the test.
"""

from __future__ import annotations

from helpers import entity_kinds, facts

from kg.model import Entity


def _people(text: str) -> set[str]:
    return {k for k, v in entity_kinds(text).items() if v == "Person"}


def test_a_courtesy_title_pair_before_the_name_is_no_part_of_it():
    text = (
        "Malaysia's Foreign Minister Datuk Seri Mohamad Hasan met his Thai counterpart in Bangkok."
    )
    roles = [f for f in facts(text) if f.rel == "holdsRole"]
    persons = {f.args["person"].label for f in roles if isinstance(f.args["person"], Entity)}
    assert persons == {"Mohamad Hasan"}


def test_a_courtesy_title_before_a_name_with_its_office_after():
    text = "Dato Erywan Yusof, Brunei's second minister of foreign affairs, said the talks would resume."
    assert _people(text) == {"Erywan Yusof"}


def test_a_courtesy_title_after_a_long_office_ends_the_office():
    text = (
        "Malaysia's Director-General of Survey and Mapping Datuk Azlan Mohd Yusof said the line "
        "had been walked again."
    )
    assert _people(text) == {"Azlan Mohd Yusof"}
    speakers = {
        f.args["speaker"].label
        for f in facts(text)
        if f.rel == "statement" and isinstance(f.args.get("speaker"), Entity)
    }
    assert speakers == {"Azlan Mohd Yusof"}


def test_a_bureau_named_by_two_joined_words_is_one_body():
    text = (
        "A statement from Japan's Foreign Ministry said its Asian and Oceanian Affairs Bureau had "
        "protested to the Chinese embassy."
    )
    kinds = entity_kinds(text)
    assert kinds.get("Asian and Oceanian Affairs Bureau") == "Organization"
    assert "Oceanian Affairs Bureau" not in kinds


def test_a_department_named_by_two_joined_words_after_a_possessive():
    text = (
        "The Foreign Ministry's European and Eurasian Affairs Department said the vote had no "
        "legal force."
    )
    kinds = entity_kinds(text)
    assert kinds.get("European and Eurasian Affairs Department") == "Organization"
    assert "Eurasian Affairs Department" not in kinds


def test_two_states_demonyms_joined_are_not_one_body():
    text = "Spokesmen for the British and Argentine Foreign Ministries said the talks had failed."
    kinds = entity_kinds(text)
    assert not any(name.startswith("British and") for name in kinds)
    speakers = [f.args["speaker"] for f in facts(text) if f.rel == "statement"]
    labels = {s.label for sp in speakers for s in (sp if isinstance(sp, tuple) else (sp,))}
    assert labels == {"United Kingdom", "Argentina"}
