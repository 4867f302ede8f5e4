"""Lands made part of a state under a document, and island groups and their members the gazetteer
knows (issue 12, eighteenth round, parts38).

Seen in four writers' articles (T50's Cocos Islands, T44's Gulf of Finland islands, T41's Tacna, T30's
Swains Island, whose "1925 act of Congress" was no document in lower case): "Under the 1984 Act, the islands were declared part of Australia", "reincorporated
into Peru under a treaty": the "under" phrase hangs on the verb of the act, not on the predicate noun
the trigger is, so the incorporation lost its document. And the Pratas, the Ogasawara and the Cocos
groups: a group the gazetteer took for one island ("the islands" then passed it over for the last
province named), members it did not know.
Sentences written for these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts


def _told(text: str, rel: str) -> list[dict[str, str]]:
    """Each affirmed ``rel`` fact of ``text`` as its roles' labels (lower case)."""
    return [
        {k: (v.label.lower() if hasattr(v, "label") else str(v).lower()) for k, v in f.args.items()}
        for f in facts(text)
        if f.rel == rel and not f.negated
    ]


def _has(text: str, rel: str, **want: str) -> bool:
    return any(all(got.get(k, "") == v for k, v in want.items()) for got in _told(text, rel))


# (article, the territory, the state, the document)
UNDER = [
    (
        "Under the 1984 Act of Self Determination, the Cocos Islands were declared part of "
        "Australia.",
        "cocos (keeling) islands",
        "australia",
        "act of self determination",
    ),
    (  # the under-phrase after the verb, another trigger of the class
        "Tacna was reincorporated into Peru in 1929 under the Treaty of Lima.",
        "tacna",
        "peru",
        "treaty of lima",
    ),
    (  # an inserted apposition between subject and verb
        "Under the Treaty of Lima, Tacna, a city near the Chilean border, became part of Peru "
        "again in 1929.",
        "tacna",
        "peru",
        "treaty of lima",
    ),
    (  # the state as the doer, the document told first
        "Under the 1940 Moscow Peace Treaty, the Soviet Union incorporated Gogland in March 1940.",
        "gogland",
        "soviet union",
        "moscow peace treaty",
    ),
]


# (article, the territory, the state): "an act of Congress", "an act of parliament" in lower case
# is a law as "the Maritime Zones Act" is (data/lexicon/documents.yaml)
LOWER_ACTS = [
    (
        "Swains Island was annexed by the United States under a 1925 act of Congress.",
        "swains island",
        "united states",
    ),
    (
        "In 1984 an act of parliament declared the Cocos Islands part of Australia.",
        "cocos (keeling) islands",
        "australia",
    ),
    (
        "The Minerva Reefs were annexed by Tonga under an act of parliament in 1972.",
        "minerva reefs",
        "tonga",
    ),
]


@pytest.mark.parametrize(("text", "land", "state"), LOWER_ACTS)
def test_an_act_of_congress_or_parliament_is_the_document(text, land, state):
    told = _told(text, "incorporates")
    assert any(
        f.get("territory") == land and f.get("into") == state and "act of" in f.get("document", "")
        for f in told
    ), told


@pytest.mark.parametrize(("text", "land", "state", "doc"), UNDER)
def test_incorporation_keeps_the_document_it_was_done_under(text, land, state, doc):
    assert _has(text, "incorporates", territory=land, into=state, document=doc), _told(
        text, "incorporates"
    )


def test_an_under_phrase_of_no_document_gives_none():
    text = "The Cocos Islands were declared part of Australia under pressure from the islanders."
    assert all("document" not in f for f in _told(text, "incorporates"))


# (article, the part, the whole)
MEMBERS = [
    (
        "The Ogasawara chain, which includes Chichijima and Hahajima, lies south of Tokyo.",
        "chichijima",
        "ogasawara islands",
    ),
    (
        "Hahajima, one of the Bonin Islands, has some 450 residents.",
        "hahajima",
        "ogasawara islands",
    ),
    (
        "Minamitorishima is administered as part of the Ogasawara Islands.",
        "minamitorishima",
        "ogasawara islands",
    ),
    (
        "Home Island, where most Cocos Malays live, is part of the Cocos (Keeling) Islands.",
        "home island",
        "cocos (keeling) islands",
    ),
    (
        "The Pratas group consists of Pratas Island and two submerged banks.",
        "pratas island",
        "pratas islands",
    ),
]


@pytest.mark.parametrize(("text", "part", "whole"), MEMBERS)
def test_members_of_island_groups(text, part, whole):
    assert _has(text, "partOf", part=part, whole=whole), _told(text, "partOf")


def test_the_islands_are_the_group_not_the_province_named_last():
    text = (
        "Chinese ships sailed near the Pratas Islands, a Taiwanese-held atoll that Beijing "
        "claims as part of Guangdong province. Taiwan has held the islands since 1949."
    )
    held = _told(text, "controls")
    assert any(f["territory"] == "pratas islands" and f["state"] == "taiwan" for f in held), held
    assert not any("guangdong" in f["territory"] for f in held), held
