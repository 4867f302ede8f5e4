"""What batch O's study fixed (issue 12, studyO), on sentences written for these tests as Xinhua,
AFP, AP or a local paper would put them: a rejected "charge", "remarks" or "that claim" is what
another state said last (its state the claimant); "A, B and C" where the parser reads B as A's
apposition lists three states; a person titled with an office alone ("Rajnath Singh, the defence
minister") holds it for the state the lede gave that office to, unnamed; "presidential act" and
"final act" are documents. Rewrites (passive, inserted adverbials, another trigger of the class,
titles before and after names) and negatives that must give nothing.
"""

from __future__ import annotations

import pytest
from helpers import RUSSIA, compared, facts, shown

NORWAY, ECUADOR, PERU = "state/norway", "state/ecuador", "state/peru"
ARGENTINA, BRAZIL, CHILE = "state/argentina", "state/brazil", "state/chile"
INDIA, PAKISTAN, JAPAN, CHINA = "state/india", "state/pakistan", "state/japan", "state/china"
SIR_CREEK, SURINAME = "territory/sir-creek", "state/suriname"
TRIANGLE = "territory/new-river-triangle"

_ACCUSED = 'Maria Zakharova, the Russian foreign ministry spokeswoman, accused Oslo of "militarising the High North".'
_VOID = "Ecuador declared the Rio Protocol void in 1960, arguing that it had been imposed by force."
_LEDE = (
    'India\'s defence minister warned Pakistan on Thursday against any "misadventure" in Sir Creek.'
)


def _fits(fact, want: dict) -> bool:
    return all(
        compared(fact, k, v) == (frozenset(v) if isinstance(v, set) else v) for k, v in want.items()
    )


# (relation, roles the asserted fact has, text)
BATTERY: list[tuple[str, dict, str]] = [
    # a rejected "charge" / "accusation" / "remarks" / "that claim": the last statement by another
    (
        "rejectsClaim",
        {"state": NORWAY, "claimant": RUSSIA},
        f"{_ACCUSED} Norway rejected the charge.",
    ),
    (
        "rejectsClaim",
        {"state": NORWAY, "claimant": RUSSIA},
        f"{_ACCUSED} Oslo on Tuesday again rejected the accusation.",
    ),
    (
        "rejectsClaim",
        {"state": NORWAY, "claimant": RUSSIA},
        f"{_ACCUSED} The charge was rejected by Norway.",
    ),
    (
        "rejectsClaim",
        {"state": NORWAY, "claimant": RUSSIA},
        f"{_ACCUSED} Norway, however, rejected these allegations.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": PERU},
        "Peru says the treaty is no longer valid. Chile rejected the claim on Monday.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": PERU},
        "Peru said that the treaty was no longer valid. Chile rejected those remarks.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": ECUADOR},
        f"{_VOID} Argentina rejected that claim.",
    ),
    (
        "rejectsClaim",
        {"state": BRAZIL, "claimant": ECUADOR},
        f"{_VOID} The guarantors, Argentina, Brazil and Chile, rejected that claim.",
    ),
    # "A, B and C" read as A with the apposition B and its conjunct C
    ("rejectsClaim", {"state": BRAZIL}, "Argentina, Brazil and Chile rejected the ruling."),
    (
        "rejectsClaim",
        {"state": CHILE},
        "Argentina, Brazil and Chile on Monday rejected the ruling.",
    ),
    (
        "signed",
        {"parties": {ARGENTINA, BRAZIL, CHILE}},
        "Argentina, Brazil and Chile signed the treaty in 1998.",
    ),
    (
        "signed",
        {"parties": {PERU, ECUADOR, CHILE}},
        "Peru, Ecuador and Chile signed the accord in Brasilia.",
    ),
    # an office alone after a lede that gave that office to a state, unnamed
    (
        "holdsRole",
        {"of": INDIA},
        f'{_LEDE} "Pakistan has been expanding military infrastructure near Sir Creek," Rajnath Singh, the defence minister, said.',
    ),
    (
        "holdsRole",
        {"of": INDIA},
        f"{_LEDE} Rajnath Singh, the defence minister, said Pakistan was building roads.",
    ),
    (
        "holdsRole",
        {"of": JAPAN},
        'Japan\'s foreign minister protested on Monday. "China must stop," the foreign minister, Takeshi Iwaya, told reporters.',
    ),
    # "an international tribunal": a body of no state, named by what it is
    (
        "issued",
        {"date": "1968"},
        "The boundary was settled by an international tribunal, which issued its award in 1968.",
    ),
    (
        "issued",
        {"date": "1968"},
        "An international tribunal issued its award on the Rann of Kutch in 1968.",
    ),
    (
        "issued",
        {"date": "1968"},
        "The award was issued in 1968 by an international arbitral tribunal.",
    ),
    # "rejected the remarks as provocative": what the rejecter calls it is no part of the reference
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": PERU},
        "Peru says the treaty is void. Chile rejected the remarks as provocative.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": PERU},
        "Peru says the treaty is void. The claim was rejected by Chile as baseless.",
    ),
    # "the creek", "the triangle", "the valley": the land last named with that same word
    (
        "claims",
        {"claimant": PAKISTAN, "territory": SIR_CREEK},
        "The dispute is over Sir Creek, a tidal estuary. Pakistan claims the entire creek.",
    ),
    (
        "claims",
        {"claimant": PAKISTAN, "territory": SIR_CREEK},
        "India and Pakistan hold talks on Sir Creek. The creek is claimed by Pakistan.",
    ),
    (
        "claims",
        {"claimant": SURINAME, "territory": TRIANGLE},
        "Guyana administers the New River Triangle. Suriname still claims the triangle.",
    ),
    # "presidential act", "final act": documents
    (
        "signed",
        {"parties": {PERU, ECUADOR}},
        "Peru and Ecuador signed the Brasilia Presidential Act in 1998.",
    ),
    (
        "signed",
        {"parties": {PERU, ECUADOR}},
        "The Brasilia Presidential Act was signed on Oct. 26, 1998, by President Alberto Fujimori of Peru and President Jamil Mahuad of Ecuador.",
    ),
    (
        "signed",
        {"parties": {PERU, ECUADOR}},
        "President Alberto Fujimori of Peru and President Jamil Mahuad of Ecuador signed the Brasilia Presidential Act on Oct. 26, 1998.",
    ),
    (
        "signed",
        {"parties": {PERU, ECUADOR}},
        "Peru and Ecuador on Monday marked the Brasilia Presidential Act, which they signed in 1998.",
    ),
    (  # once a strict xfail: the speaker's office is settled after the sentences are read, and
        # reject23's said_settled takes the claimant then
        "rejectsClaim",
        {"state": PAKISTAN, "claimant": INDIA},
        "India's defence minister warned Pakistan on Thursday. \"Pakistan is expanding military"
        ' infrastructure," Rajnath Singh, the defence minister, said. The Pakistani foreign office'
        " rejected the remarks.",
    ),
]


@pytest.mark.parametrize("rel, want, text", BATTERY)
def test_asserted(rel, want, text):
    found = facts(text)
    assert any(f.rel == rel and not f.negated and _fits(f, want) for f in found), shown(found)


# Texts that must NOT give the fact of the relation with these roles.
NEGATIVES: list[tuple[str, dict, str]] = [
    ("rejectsClaim", {"claimant": RUSSIA}, "Norway rejected the charge."),
    (
        "rejectsClaim",
        {"claimant": NORWAY},
        "Norway said its ships were safe. Norway rejected the charge.",
    ),
    ("rejectsClaim", {"claimant": RUSSIA}, f"{_ACCUSED} Norway rejected the new fishing quotas."),
    ("rejectsClaim", {"claimant": RUSSIA}, f"{_ACCUSED} Norway did not reject the charge."),
    ("rejectsClaim", {"state": BRAZIL}, "Argentina, Brazil's neighbour, rejected the ruling."),
    (
        "signed",
        {"parties": {RUSSIA, JAPAN, CHINA}},
        "Moscow, Russia and Japan signed the treaty in 1998.",
    ),
    (
        "holdsRole",
        {"of": INDIA},
        f'{_LEDE} "Pakistan is building roads," Shehbaz Sharif, the prime minister, said.',
    ),
    ("signed", {}, "Russia called the seizure of the island an act of aggression."),
    ("claims", {}, "Pakistan claims the creek."),
    (
        "claims",
        {"territory": SIR_CREEK},
        "The dispute is over Sir Creek. Guyana claims the triangle.",
    ),
    ("signed", {}, "The act was passed by parliament in 1998."),
]


@pytest.mark.parametrize("rel, roles, text", NEGATIVES)
def test_not_asserted(rel, roles, text):
    found = facts(text)
    assert not any(f.rel == rel and not f.negated and _fits(f, roles) for f in found), shown(found)


KNOWN_MISSES: list[tuple[str, dict, str, str]] = [
    (
        "holdsRole",
        {"of": PAKISTAN},
        '"Pakistan is building roads," Rajnath Singh, the defence minister, said.',
        "with no earlier office of a state, the one state the sentence names gives the office, even"
        " inside the holder's own quotation (where a speaker as often names their own state)",
    ),
]


@pytest.mark.parametrize(
    "rel, roles, text",
    [
        pytest.param(r, w, s, marks=pytest.mark.xfail(reason=why, strict=True))
        for r, w, s, why in KNOWN_MISSES
    ],
)
def test_known_misses(rel, roles, text):
    found = facts(text)
    assert not any(f.rel == rel and not f.negated and _fits(f, roles) for f in found), shown(found)
