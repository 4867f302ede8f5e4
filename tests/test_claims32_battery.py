"""Claims and disputes told of coordinated phrases and by a plural possessive (issue 12, claims32).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (the Kurils, the Senkakus, the Falklands, the Spratlys, the Paracels). Three
readings, each with its rewrites and near-misses:
- a preposition said again after "and" ("at odds over A, and over B", "lays claim to A and to B",
  "committed to the treaty and to ..."): each object fills the slot, however the parser hangs the
  second preposition (on the first, on the phrase above it, on the first object);
- a second relative clause joined by "and" ("which Beijing calls X and which Taiwan claims"): its
  pronoun stands for the same noun as the first clause's;
- "their claims to the bank overlap": each state "their" stands for claims the land, but "their"
  inside another noun of the slot ("return to their previous positions") claims nothing;
- "the disputed island" (the land last talked about) is in dispute as "the disputed Kunashir" is,
  between the states the article gives it, a former state counted as its successor ("Soviet troops
  took the disputed islands": Russia's), and a dispute already told is not told twice;
- the nominalised demand for land back ("its demand that Washington return the base", "its call
  for the return of X") is a claim of the noun's doer, as the verb is ("demanded the return of
  X"); not where the demand is dropped, is for something else, or is returned to a third party; and
  "a demand" alone names no claim another's rejection could make a dispute of;
- "the Russian-controlled islands off Hokkaido that Japan claims", the article's first land: islands
  its holder's compound describes are a land of their own, claimed and held; once a land is named,
  "the Russian-held islands" refers back to it instead.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

JAPAN, CHINA, RUSSIA, TAIWAN = "state/japan", "state/china", "state/russia", "state/taiwan"
VIETNAM, PHILIPPINES = "state/vietnam", "state/philippines"
ARGENTINA, UK = "state/argentina", "state/united-kingdom"
KUNASHIR, ITURUP, SHIKOTAN = "territory/kunashir", "territory/iturup", "territory/shikotan"
SENKAKU, SPRATLYS, PARACELS = (
    "territory/senkaku-islands",
    "territory/spratly-islands",
    "territory/paracel-islands",
)
FALKLANDS, SOUTH_GEORGIA = "territory/falkland-islands", "territory/south-georgia"
SOUTHERN_KURILS = "territory/southern-kuril-islands"
CUBA, GUANTANAMO = "state/cuba", "territory/guantanamo-bay"

# (relation, roles as keys, text)
BATTERY: list[tuple[str, dict, str]] = [
    # -- the preposition again after "and"
    (
        "disputes",
        {"parties": frozenset({JAPAN, RUSSIA}), "territory": ITURUP},
        "Japan and Russia remain at odds over Kunashir, and over Iturup.",
    ),
    (
        "disputes",
        {"parties": frozenset({JAPAN, RUSSIA}), "territory": ITURUP},
        "Japan and Russia are at odds over Kunashir, which Moscow fortified last year, and over"
        " Iturup, where a new airport opened in 2014.",
    ),
    (
        "claims",
        {"claimant": JAPAN, "territory": ITURUP},
        "Japan lays claim to Kunashir and to Iturup.",
    ),
    (
        "claims",
        {"claimant": JAPAN, "territory": SHIKOTAN},
        "Tokyo claims sovereignty over Kunashir and over Shikotan.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": SOUTH_GEORGIA},
        "Argentina has long laid claim to the Falklands and also to South Georgia.",
    ),
    # -- a second relative clause after "and"
    (
        "claims",
        {"claimant": TAIWAN, "territory": SPRATLYS},
        "The talks concern the Spratly Islands, which Beijing calls the Nansha Islands and which"
        " Taiwan also claims.",
    ),
    (
        "claims",
        {"claimant": TAIWAN, "territory": SPRATLYS},
        "Vietnamese vessels patrolled the Spratlys, which Hanoi regards as its own and which"
        " Taiwan claims as well.",
    ),
    (
        "claims",
        {"claimant": CHINA, "territory": SENKAKU},
        "Japan controls the Senkakus, which it annexed in 1895 and which China claims as the"
        " Diaoyu.",
    ),
    (
        "controls",
        {"state": VIETNAM, "territory": SPRATLYS},
        "The talks concern the Spratly Islands, which Taiwan claims and which Vietnam partly"
        " controls.",
    ),
    # -- "their claims": each state's
    (
        "claims",
        {"claimant": VIETNAM, "territory": PARACELS},
        "Vietnam and China renewed their claims to the Paracels on Monday.",
    ),
    (
        "claims",
        {"claimant": CHINA, "territory": PARACELS},
        "Vietnam and China met in Hanoi. Their claims to the Paracels have overlapped for decades.",
    ),
    (
        "claims",
        {"claimant": PHILIPPINES, "territory": SPRATLYS},
        "The Philippines and Vietnam signed a coast guard pact, years after surveys showed that"
        " their claims to the Spratlys overlapped.",
    ),
    # -- "the disputed island": the land last talked about
    (
        "disputes",
        {"parties": frozenset({JAPAN, RUSSIA}), "territory": KUNASHIR},
        "Japan protested after Russia deployed missiles on Kunashir. Russia said it would halt"
        " joint projects on the disputed island.",
    ),
    (
        "disputes",
        {"parties": frozenset({JAPAN, RUSSIA}), "territory": KUNASHIR},
        "Russia has fortified Kunashir, which Japan claims. Japanese officials said new barracks"
        " had been built on the disputed island last year.",
    ),
    (
        "disputes",
        {"parties": frozenset({CHINA, VIETNAM}), "territory": PARACELS},
        "Vietnam says China seized the Paracels in 1974. Chinese vessels were seen near the"
        " disputed archipelago on Friday.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# -- the nominalised demand for land back
BATTERY += [
    (
        "claims",
        {"claimant": CUBA, "territory": GUANTANAMO},
        "Cuba renewed its demand that Washington return Guantanamo Bay.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina repeated on Monday its demand that Britain hand back the Falklands.",
    ),
    (
        "claims",
        {"claimant": CUBA, "territory": GUANTANAMO},
        "Havana renewed its call for Washington to return Guantanamo Bay.",
    ),
    (
        "claims",
        {"claimant": CUBA, "territory": GUANTANAMO},
        "Cuba renewed its demand for the return of Guantanamo Bay.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina's campaign for the return of the Falklands has gone on for decades.",
    ),
    (
        "claims",
        {"claimant": JAPAN, "territory": SOUTHERN_KURILS},
        "Japan's demand that Russia return the Southern Kurils has not changed, the minister said.",
    ),
]


def _described(found: list, rel: str, role: str, state: str, words: str) -> bool:
    """A fact of ``rel`` by ``state`` on a described land whose label is ``words``."""
    return any(
        f.rel == rel
        and not f.negated
        and f.args[role].key == state
        and f.args["territory"].label == words
        for f in found
    )


@pytest.mark.parametrize(
    ("text", "words", "holder", "claimant"),
    [
        (
            "Russia said it would stop a program that lets former residents visit the"
            " Russian-controlled islands off Hokkaido that Japan claims.",
            "russian-controlled islands",
            RUSSIA,
            JAPAN,
        ),
        (
            "Former residents may visit the Russian-held islands off Hokkaido, which Japan claims.",
            "russian-held islands",
            RUSSIA,
            JAPAN,
        ),
        (
            "Hanoi protested the drills near the Chinese-occupied islands that Vietnam claims.",
            "chinese-occupied islands",
            CHINA,
            VIETNAM,
        ),
    ],
)
def test_islands_described_by_their_holder(text, words, holder, claimant):
    found = facts(text)
    assert _described(found, "claims", "claimant", claimant, words), shown(found)
    assert _described(found, "controls", "state", holder, words), shown(found)


def test_held_islands_after_a_named_land_refer_back():
    text = (
        "Japan claims the Southern Kurils. Russia has fortified the Russian-held islands, which"
        " Japan wants back."
    )
    found = facts(text)
    held = [
        f for f in found if getattr(f.args.get("territory"), "label", "").endswith("held islands")
    ]
    assert not held, shown(found)
    assert has(found, "claims", claimant=JAPAN, territory=SOUTHERN_KURILS), shown(found)


# (text, relation, roles that must not be found)
DENIED: list[tuple[str, str, dict]] = [
    # "their" in another noun of the slot: the states claim nothing
    (
        "Britain urged both sides to return to their previous positions near the Falklands.",
        "claims",
        {"claimant": UK},
    ),
    (
        "Britain urged Argentina and Chile to return to their previous positions near the"
        " Falklands.",
        "claims",
        {"claimant": ARGENTINA},
    ),
    # a second relative clause on another noun: not the first clause's noun
    (
        "Japan controls the Senkakus, which it annexed in 1895, and Russia holds Kunashir, which"
        " Japan claims.",
        "claims",
        {"claimant": JAPAN, "territory": SENKAKU},
    ),
    # a preposition of another word after "and": no second object of the first
    (
        "Japan and Russia are at odds over Kunashir and in talks about Iturup.",
        "disputes",
        {"parties": frozenset({JAPAN, RUSSIA}), "territory": ITURUP},
    ),
    # a demand dropped, for something else, or for land given to a third party: no claim
    (
        "Argentina dropped its demand for the return of the Falklands in 1989.",
        "claims",
        {"claimant": ARGENTINA},
    ),
    (
        "Cuba renewed its demand for the release of prisoners held at Guantanamo Bay.",
        "claims",
        {"claimant": CUBA},
    ),
    (
        "Argentina rejected Britain's demand that it return the Falklands to the islanders.",
        "claims",
        {"claimant": UK},
    ),
    # "a demand" for no land: rejecting it makes no dispute
    (
        "Russia keeps troops in Abkhazia. Georgia has repeatedly demanded their withdrawal, a"
        " demand Moscow has rejected.",
        "disputes",
        {"parties": frozenset({"state/georgia", RUSSIA})},
    ),
    # "disputed" with no land told before: no dispute
    ("The disputed island lies off the coast, officials said.", "disputes", {}),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)


def test_a_dispute_is_told_once():
    """ "the decades-old territorial row ... the four disputed islands": one dispute, not two."""
    text = (
        "Because of the territorial row over the Southern Kurils, Tokyo and Moscow have no peace"
        " treaty. Soviet troops took the four disputed islands from Japan in 1945."
    )
    found = [f for f in facts(text) if f.rel == "disputes" and not f.negated]
    pairs = [
        frozenset(e.key for e in f.args["parties"])
        for f in found
        if f.args["territory"].key == SOUTHERN_KURILS
    ]
    assert pairs.count(frozenset({JAPAN, RUSSIA})) == 1, shown(found)
    assert not any("state/soviet-union" in ps for ps in pairs), shown(found)
