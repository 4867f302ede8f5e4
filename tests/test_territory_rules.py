"""Part-of and dispute readings of the territory rules, from the parse (rules/territory.py).

An appositive list of a group's parts, "X among them", "X, one of the N islands", "X in Y", a
state's possessive, and a territory named as a matter in dispute ("the X issue", "a quarrel over
X", "the disputed X"), each told several ways. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import (
    CHINA,
    HABOMAI,
    ITURUP,
    JAPAN,
    KUNASHIR,
    KURILS,
    RUSSIA,
    SENKAKU,
    SHIKOTAN,
    arg_key,
    facts,
    has,
    shown,
)

SOUTHERN_KURILS = "territory/southern-kuril-islands"
CRIMEA, UKRAINE = "territory/crimea", "state/ukraine"
SPRATLYS, SOUTH_CHINA_SEA = "territory/spratly-islands", "territory/south-china-sea"
UOTSURI, HOKKAIDO = "territory/uotsuri-island", "territory/hokkaido"

REWRITES = {
    "a list of the group's parts": (
        {"part": ITURUP, "whole": SOUTHERN_KURILS},
        [
            "The four islands, Kunashir, Iturup, Shikotan and the Habomai islets, were seized in 1945.",
            "Soviet troops seized the four islands, Kunashir, Iturup, Shikotan and Habomai, in 1945.",
            "The four islands, Kunashir, Iturup, Shikotan and Habomai, which Japan claims, are "
            "held by Russia.",
        ],
    ),
    "one of the islands": (
        {"part": KUNASHIR, "whole": SOUTHERN_KURILS},
        [
            "Kunashir, one of the four islands, is near Hokkaido.",
            "Medvedev visited Kunashir, one of four islands that Japan claims, on Monday.",
            "Kunashir, one of the four disputed islands off Hokkaido, was visited by Medvedev.",
        ],
    ),
    "a part among them": (
        {"part": UOTSURI, "whole": SENKAKU},
        [
            "China claims the Senkaku Islands. The three islands, Uotsuri among them, are leased "
            "by the government.",
            "China claims the Senkaku Islands. The three islands, Uotsuri among them, which a "
            "family owned, were bought by the government.",
            "China claims the Senkaku Islands. The government leases the three islands, Uotsuri "
            "among them.",
        ],
    ),
    "a part in its whole": (
        {"part": SPRATLYS, "whole": SOUTH_CHINA_SEA},
        [
            "The Spratly Islands, in the South China Sea, are claimed by China.",
            "China built an airstrip on the Spratly Islands in the South China Sea.",
            "The Spratly Islands of the South China Sea are claimed by Vietnam.",
        ],
    ),
    "a state's possessive": (
        {"part": HOKKAIDO, "whole": JAPAN},
        [
            "Tourists flew to Japan's Hokkaido.",
            "Japan's Hokkaido island lies near the Kuril Islands.",
            "Japan's Hokkaido, which lies near the Kuril Islands, had snow on Monday.",
        ],
    ),
}

CASES = [
    pytest.param(roles, sentence, id=f"{kind}-{i}")
    for kind, (roles, sentences) in REWRITES.items()
    for i, sentence in enumerate(sentences)
]


@pytest.mark.parametrize(("roles", "sentence"), CASES)
def test_a_part_survives_its_rewrites(roles, sentence):
    found = facts(sentence)
    assert has(found, "partOf", **roles), shown(found)


def test_a_possessive_on_land_another_state_claims_is_no_part_of():
    """ "Russia's Southern Kurils": Japan claims them too (the gazetteer), a stance, not a fact."""
    found = facts("The talks concern Russia's Southern Kurils.")
    assert not has(found, "partOf", part=SOUTHERN_KURILS, whole=RUSSIA)


ARGUED = "Japan and Russia argued over the Kuril Islands. "


@pytest.mark.parametrize(
    "sentence",
    [
        ARGUED + "The Kuril Islands issue remains unsolved.",
        ARGUED + "The dispute over the Kuril Islands remains unsolved.",
        ARGUED
        + "Their long quarrel over the Kuril Islands, which began in 1945, remains unsolved.",
        ARGUED + "Tourists visited the disputed Kuril Islands.",
        ARGUED + "The Kuril Islands question was raised again on Monday.",
    ],
)
def test_a_territory_named_as_a_matter_in_dispute(sentence):
    assert has(facts(sentence), "disputes", parties=frozenset({JAPAN, RUSSIA}), territory=KURILS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan and Russia met near the Kuril Islands. Tourists visited the Kuril Islands.",
        "Japan and Russia met near the Kuril Islands. The Kuril Islands have a new airport.",
    ],
)
def test_no_dispute_where_none_is_named(sentence):
    assert not has(facts(sentence), "disputes", territory=KURILS)


def test_the_parts_named_are_not_the_whole():
    found = facts("China claims the Senkaku Islands, Shikotan and Iturup.")
    assert not has(found, "partOf", part=SHIKOTAN, whole=SENKAKU)


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow offered to hand Iturup Island and a group of small islands over to Japan.",
        "Iturup Island and a cluster of islets were offered to Japan.",
        "Japan wants Iturup Island and the group of rocks near it returned.",
    ],
)
def test_the_land_noun_of_a_name_is_no_part_of_relation(sentence):
    """ "Iturup Island": the noun ends the island's name; it says nothing of what Iturup is part of
    (while "Iturup is the largest island of the chain" does)."""
    found = facts(sentence)
    assert not [f for f in found if f["rel"] == "partOf" and arg_key(f, "part") == ITURUP], shown(
        found
    )


def test_a_land_noun_as_predicate_is_still_a_part_of():
    found = facts("Kunashir is the largest island of the Southern Kurils.")
    assert has(found, "partOf", part=KUNASHIR, whole=SOUTHERN_KURILS), shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mishustin visited Iturup, one of the four islands that Tokyo calls its Northern Territories.",
        "Russia controls the Southern Kurils. Japan refers to them as its Northern Territories.",
        "Tokyo calls the islands its Northern Territories.",
        "Tokyo, which lost the islands in 1945, still calls them its Northern Territories.",
        "Japan names the islands its Northern Territories in every white paper.",
    ],
)
def test_a_state_that_names_a_territory_as_its_own_claims_it(sentence):
    assert has(facts(sentence), "claims", claimant=JAPAN, territory=SOUTHERN_KURILS)


@pytest.mark.parametrize(
    "sentence",
    [
        "A boat sank near the East China Sea islands that Beijing calls the Diaoyu and Tokyo "
        "calls the Senkaku.",
        "A boat sank near the islands, which Beijing calls the Diaoyu.",
        "A boat sank near the islands, known in China as the Diaoyu.",
    ],
)
def test_a_name_alone_claims_nothing(sentence):
    found = facts(sentence)
    assert not [f for f in found if f.rel == "claims"], found


@pytest.mark.parametrize(
    ("rel", "roles", "sentence"),
    [
        (
            "controls",
            {"state": "state/soviet-union", "territory": SOUTHERN_KURILS},
            "Japan says the Soviet Union occupied the four islands, Iturup, Kunashir, Shikotan and "
            "the Habomai, in 1945.",
        ),
        (
            "controls",
            {"state": RUSSIA, "territory": SOUTHERN_KURILS},
            "Russia, which won the war, has held the Southern Kurils, Iturup, Kunashir, Shikotan "
            "and Habomai, ever since.",
        ),
        (
            "controls",
            {"state": "state/soviet-union", "territory": SOUTHERN_KURILS},
            "The four islands, Iturup, Kunashir, Shikotan and the Habomai islets, were seized by "
            "the Soviet Union in 1945.",
        ),
        (
            "claims",
            {"claimant": CHINA, "territory": SENKAKU},
            "China claims the Senkaku Islands, Uotsuri, Kuba and Taisho, as its own.",
        ),
    ],
)
def test_a_group_named_with_its_parts_is_the_group(rel, roles, sentence):
    """The parser often reads the parts after a group's name as its conjuncts: the act is on the
    group, not on each of its islands over again."""
    found = facts(sentence)
    assert has(found, rel, **roles), shown(found)
    parts = {ITURUP, KUNASHIR, SHIKOTAN, HABOMAI, UOTSURI, "territory/kuba-island"}
    assert not [f for f in found if f.rel == rel and arg_key(f.args["territory"]) in parts]


def test_a_list_that_only_ends_with_a_whole_stays_a_list():
    found = facts(
        "Vietnam claims the Spratly Islands, the Paracel Islands and the South China Sea."
    )
    assert has(found, "claims", claimant="state/vietnam", territory=SPRATLYS), shown(found)
    assert has(found, "claims", claimant="state/vietnam", territory="territory/paracel-islands")


GUYANA, ESSEQUIBO = "state/guyana", "territory/guayana-esequiba"


@pytest.mark.parametrize(
    ("sentence", "part", "whole"),
    [
        ("Venezuela claims Essequibo, an oil-rich region of Guyana.", ESSEQUIBO, GUYANA),
        ("Essequibo is a region of Guyana, the court said.", ESSEQUIBO, GUYANA),
        (
            "Essequibo, a sparsely populated region of Guyana that Venezuela claims, held no vote.",
            ESSEQUIBO,
            GUYANA,
        ),
        ("Crimea, a region of Ukraine that Russia annexed in 2014, held a vote.", CRIMEA, UKRAINE),
        (
            "Medvedev visited Kunashir, the largest island of the Southern Kurils, on Monday.",
            KUNASHIR,
            SOUTHERN_KURILS,
        ),
    ],
)
def test_a_land_described_as_a_region_or_island_of_another(sentence, part, whole):
    """The nouns are a trigger of partOf in relations.yaml; the part is the noun's subject."""
    assert has(facts(sentence), "partOf", part=part, whole=whole), shown(facts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Essequibo, which Venezuela claims, is not a region of Venezuela.",
        "Essequibo is not part of Venezuela, the court said.",
        "Guyana says Essequibo was never a province of Venezuela.",
    ],
)
def test_a_denied_region_or_part_is_no_part(sentence):
    found = facts(sentence)
    assert not has(found, "partOf", part=ESSEQUIBO, whole="state/venezuela"), shown(found)


def test_not_the_first_meeting_is_still_a_meeting():
    """A copula's negation denies a predicate noun, but not where it denies its ordinal."""
    found = facts(
        "Kono met Lavrov in Moscow on Friday. Kono said this was not the first meeting between "
        "Lavrov and him."
    )
    assert not [f for f in found if f.rel == "meeting" and f.negated], shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan and Russia signed a treaty that ends their long dispute over the Kuril Islands.",
        "Japan and Russia on Friday concluded an accord that settles a quarrel lasting decades over "
        "the Kuril Islands.",
        "Japan and Russia signed a deal which, officials said, ends a dispute over the Kuril Islands.",
        "Japan and Russia signed an agreement that ended the row over the Kuril Islands.",
    ],
)
def test_the_parties_to_a_document_that_ends_a_dispute_are_its_parties(sentence):
    found = facts(sentence)
    assert has(found, "disputes", parties={JAPAN, RUSSIA}, territory=KURILS), shown(found)


def test_who_brokered_a_document_that_ends_a_dispute_is_no_party_to_it():
    found = facts(
        "Norway brokered a treaty that ends the dispute between Japan and Russia over the Kuril "
        "Islands."
    )
    assert has(found, "disputes", parties={JAPAN, RUSSIA}, territory=KURILS), shown(found)
    found = facts("Norway, acting as a mediator, resolved the dispute over the Kuril Islands.")
    assert not [f for f in found if f.rel == "disputes"], shown(found)


@pytest.mark.parametrize(
    ("sentence", "state", "group", "part"),
    [
        (
            "Medvedev visited Kunashir, one of four Russian-held islands off Hokkaido.",
            RUSSIA,
            SOUTHERN_KURILS,
            KUNASHIR,
        ),
        (
            "Kunashir, one of the four Russian-controlled islands that Japan claims, was visited "
            "by Medvedev on Monday.",
            RUSSIA,
            SOUTHERN_KURILS,
            KUNASHIR,
        ),
        (
            "Activists landed on Uotsuri, one of the three Japanese-administered islands in the "
            "East China Sea.",
            JAPAN,
            SENKAKU,
            UOTSURI,
        ),
    ],
)
def test_the_holder_named_in_the_group_of_one_of_them_holds_the_group(sentence, state, group, part):
    """The description of the group keeps its holder as a mention of its own: "Russian-held" is a
    control of the group, and the island is one of its parts."""
    found = facts(sentence)
    assert has(found, "controls", state=state, territory=group), shown(found)
    assert has(found, "partOf", part=part, whole=group), shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia controls the four Kuril Islands that Japan claims.",
        "The Soviet Union offered Japan two of the four disputed Kuril Islands in 1956.",
        "The four Kuril Islands, which Japan claims, are held by Russia.",
        "The four disputed Kuril Islands were occupied by the Soviet Union in 1945.",
        "Japan wants back the four Kuril Islands, Moscow said.",
    ],
)
def test_a_group_counted_as_one_of_its_parts_is_that_part(sentence):
    """The Kuril chain's only part of four islands (the gazetteer's groups) is the Southern Kurils:
    "the four Kuril Islands" is that group, and a part of the chain."""
    found = facts(sentence)
    assert has(found, "partOf", part=SOUTHERN_KURILS, whole=KURILS), shown(found)
    assert not [
        f for f in found if f.rel != "partOf" and KURILS in {arg_key(v) for v in f.args.values()}
    ], shown(found)


@pytest.mark.parametrize(
    ("sentence", "territory"),
    [
        ("China claims the three Senkaku Islands.", SENKAKU),
        ("Russia controls the 56 Kuril Islands.", KURILS),
    ],
)
def test_a_group_counted_by_its_own_number_or_none_is_itself(sentence, territory):
    found = facts(sentence)
    assert [f for f in found if f.rel in ("claims", "controls")], shown(found)
    assert all(arg_key(f.args["territory"]) == territory for f in found if "territory" in f.args)


TOLD = "Tourists visited the Kuril Islands in May. The Kuril Islands have a new airport. "


@pytest.mark.parametrize(
    "later",
    [
        "Because of the territorial row, Tokyo and Moscow have yet to sign a peace treaty.",
        "Because of the long territorial quarrel, Japan and Russia have still not signed a "
        "peace treaty.",
        "Amid their dispute, Tokyo and Moscow have never signed a peace treaty.",
    ],
)
def test_the_dispute_told_of_before_is_over_the_land_the_article_talks_about(later):
    found = facts(TOLD + later)
    assert has(found, "disputes", parties={JAPAN, RUSSIA}, territory=KURILS), shown(found)


@pytest.mark.parametrize(
    "later",
    [
        "Because of a trade dispute, Tokyo and Moscow have yet to sign a peace treaty.",
        "Because of the row, Tokyo has yet to sign a peace treaty.",
    ],
)
def test_a_new_dispute_or_one_party_is_no_dispute_over_that_land(later):
    found = facts("Soviet troops occupied the Kuril Islands in 1945. " + later)
    assert not has(found, "disputes", parties={JAPAN, RUSSIA}, territory=KURILS), shown(found)


def test_a_dispute_over_no_land_named_is_no_dispute_fact():
    """The shapes want a dispute's territory: a zone contested, with no land read, gives none."""
    found = facts(
        "Venezuela's claim to such a zone is contested by Dominica and Saint Kitts and Nevis."
    )
    assert not [f for f in found if f.rel == "disputes" and "territory" not in f.args], shown(found)
