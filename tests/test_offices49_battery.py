"""The role as the article words it, where the title carries words beside the office (issue 12,
offices49).

A holding's ``role`` is the title's own words, which a reader quotes whole: "ministry spokesman",
"the secretary-general's personal envoy", "External Affairs Ministry spokesperson". Three
readings keep them:

- a lower-case noun before the office that the small tagger calls a proper noun ("ministry
  spokesman X": "ministry" tagged PROPN) is a noun of the title all the same
  (kg.ingest.nlp.office_modifiers.nouns_before);
- an office before the title as a possessive ("the UN secretary-general's personal envoy on
  Cyprus", "the president's spokesman") is whose envoy or aide the holder is: its words stay in
  the role, the body before it ("UN") stays the holding's ``of``
  (kg.ingest.nlp.office_modifiers.office_possessor);
- "External Affairs Ministry" and "the Ministry of External Affairs" with no state beside them are
  India's foreign ministry (the names news gives it today: data/gazetteer/organizations.yaml), not
  the foreign ministry of another state the sentence names.

A state or a person as the possessive is no office ("Japan's foreign minister", "Kono's
spokesman").

Also: a rank or courtesy abbreviated with a full stop that the tokenizer split ("Eng. X", "Maj. Gen.
X") keeps the title before it (kg.ingest.nlp.parse), and "his counterpart" after a comma-set
relative clause is the clause's subject's counterpart, not that of the person the aside names
(kg.ingest.nlp.asides); without an aside, the person named last before is still the one.

Texts written for these tests (Cyprus, Western Sahara, Ukraine, India-Nepal, India-China, the
Gulf, the Caucasus), not from any batch.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _roles(text: str) -> dict[str, set[tuple[str, str, str]]]:
    out: dict[str, set[tuple[str, str, str]]] = {}
    for f in facts(text):
        if f.rel == "holdsRole":
            person, of = f.args["person"], f.args["of"]
            out.setdefault(person.label, set()).add(
                (str(f.args["role"]), str(f.args["office"]), of.label)  # type: ignore[union-attr]
            )
    return out


# (person, role words, office, of's label, sentence)
WORDED: list[tuple[str, str, str, str, str]] = [
    (
        "Heorhii Tykhyi",
        "ministry spokesman",
        "spokesperson",
        "Ministry of Foreign Affairs of Ukraine",
        'Ukraine\'s foreign ministry condemned the quotas. "Every tonne caught is stolen," '
        "ministry spokesman Heorhii Tykhyi said at a briefing.",
    ),
    (
        "Oleh Nikolenko",
        "ministry spokesman",
        "spokesperson",
        "Ministry of Foreign Affairs of Ukraine",
        "The Ukrainian foreign ministry protested on Monday. The catch was illegal, ministry "
        "spokesman Oleh Nikolenko told reporters in Kyiv.",
    ),
    (
        "Maria Angela Holguin",
        "secretary-general's personal envoy",
        "ambassador",
        "United Nations",
        "Maria Angela Holguin, the UN secretary-general's personal envoy on Cyprus, said the "
        "talks would resume in Nicosia.",
    ),
    (
        "Maria Angela Holguin",
        "secretary-general's personal envoy",
        "ambassador",
        "United Nations",
        "The two leaders will meet the United Nations secretary-general's personal envoy, "
        "Maria Angela Holguin, in Nicosia on Monday.",
    ),
    (
        "Staffan de Mistura",
        "secretary-general's personal envoy",
        "ambassador",
        "United Nations",
        "Morocco told Staffan de Mistura, the UN secretary-general's personal envoy for Western "
        "Sahara, that its autonomy plan was the only basis for talks.",
    ),
    (
        "Randhir Jaiswal",
        "external affairs ministry spokesperson",
        "spokesperson",
        "Indian Ministry of External Affairs",
        "Trade through the pass had gone on since 1954, External Affairs Ministry spokesperson "
        "Randhir Jaiswal said in New Delhi, and Nepal's claims were not justified.",
    ),
    (
        "Randhir Jaiswal",
        "external affairs ministry spokesperson",
        "spokesperson",
        "Indian Ministry of External Affairs",
        "China protested on Friday. External Affairs Ministry spokesperson Randhir Jaiswal said "
        "the talks with China would continue.",
    ),
]


@pytest.mark.parametrize("person,role,office,of,text", WORDED)
def test_role_as_worded(person: str, role: str, office: str, of: str, text: str) -> None:
    assert (role, office, of) in _roles(text).get(person, set())


def test_a_state_possessive_is_whose_office_not_its_words() -> None:
    roles = _roles("Japan's foreign minister, Taro Kono, met Sergei Lavrov in Moscow.")
    assert ("foreign minister", "foreign minister", "Japan") in roles["Taro Kono"]


def test_a_person_possessive_is_no_office_of_the_role() -> None:
    roles = _roles("Kono's spokesman, Akira Sato, said Japan would protest.")
    assert all(not role.startswith("kono") for role, _, _ in roles.get("Akira Sato", set()))


def test_external_affairs_ministry_alone_is_indias() -> None:
    text = (
        "Nepal sent a diplomatic note on Monday. The External Affairs Ministry said in a "
        "statement that India had received it, and its spokesperson, Randhir Jaiswal, said "
        "the talks would go on."
    )
    roles = _roles(text)
    assert all(of != "Nepal" for _, _, of in roles.get("Randhir Jaiswal", set()))


# Abbreviated ranks and courtesies the tokenizer split from their full stop (kg.ingest.nlp.parse):
# the name after them keeps the title before them. (person, office, of's label, sentence)
ABBREVIATED: list[tuple[str, str, str, str]] = [
    (
        "Waleed Elkhereiji",
        "deputy foreign minister",
        "Saudi Arabia",
        "Saudi Arabia's deputy foreign minister, Eng. Waleed Elkhereiji, received the Iranian "
        "ambassador in Riyadh.",
    ),
    (
        "Khalid Al-Otaibi",
        "ambassador to Iraq",
        "Kuwait",
        "Kuwait's ambassador to Iraq, Eng. Khalid Al-Otaibi, delivered the note in Baghdad.",
    ),
    (
        "Mohammad Siddiqui",
        "director",
        "Bangladesh",
        "Maj. Gen. Mohammad Siddiqui, director general of the Border Guard Bangladesh, said his "
        "force had stepped up patrols.",
    ),
]


@pytest.mark.parametrize("person,office,of,text", ABBREVIATED)
def test_abbreviated_courtesy_keeps_the_title(person: str, office: str, of: str, text: str) -> None:
    held = {(o, state) for _, o, state in _roles(text).get(person, set())}
    assert (office, of) in held
    assert "Eng" not in _roles(text) and "Maj" not in _roles(text)


# "his counterpart" after a comma-set relative clause is the counterpart of the clause's subject,
# not of the person the aside names (kg.ingest.nlp.asides). (person, office, of's label, sentence)
COUNTERPARTS: list[tuple[str, str, str, str]] = [
    (
        "Dong Jun",
        "defense minister",
        "China",
        "Indian Defence Minister Rajnath Singh, who reviewed the situation with Army chief "
        "General Upendra Dwivedi on Monday, is expected to meet his Chinese counterpart Dong Jun "
        "next month.",
    ),
    (
        "Ararat Mirzoyan",
        "foreign minister",
        "Armenia",
        "Azerbaijani Foreign Minister Jeyhun Bayramov, whose talks with President Vladimir Putin "
        "ended on Tuesday, will meet his Armenian counterpart, Ararat Mirzoyan, in Almaty.",
    ),
]


@pytest.mark.parametrize("person,office,of,text", COUNTERPARTS)
def test_counterpart_after_an_aside(person: str, office: str, of: str, text: str) -> None:
    held = {(o, state) for _, o, state in _roles(text).get(person, set())}
    assert (office, of) in held


def test_counterpart_of_the_person_named_last_without_an_aside() -> None:
    text = (
        "Foreign Minister Taro Kono called Russian President Vladimir Putin and his Chinese "
        "counterpart, Xi Jinping."
    )
    held = {(o, state) for _, o, state in _roles(text).get("Xi Jinping", set())}
    assert ("president", "China") in held
    assert ("foreign minister", "China") not in held


def test_an_autonomous_regions_government_is_a_body_its_president_heads() -> None:
    text = (
        "Ishmael Toroama, the president of the Autonomous Bougainville Government, said the "
        "island belonged to Papua New Guinea."
    )
    held = _roles(text).get("Ishmael Toroama", set())
    assert ("president", "Autonomous Bougainville Government") in {(o, of) for _, o, of in held}
    assert all(of != "Papua New Guinea" for _, _, of in held)


def test_ministry_of_external_affairs_alone_is_indias() -> None:
    text = (
        "Nepal sent a diplomatic note on Monday. The Ministry of External Affairs said in a "
        "statement that India had received it, and its spokesperson, Randhir Jaiswal, said "
        "the talks would go on."
    )
    roles = _roles(text)
    assert all(of != "Nepal" for _, _, of in roles.get("Randhir Jaiswal", set()))
