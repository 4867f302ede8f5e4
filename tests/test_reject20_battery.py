"""Rejections and recognitions on unseen text: who rejects, whose claim, what (issue 12, reject20).

Every sentence was written for this module in the ways agencies word disputes the dev articles never
mention: Kenya and Somalia at the ICJ, Somaliland, Abkhazia, Scarborough Shoal, the Essequibo,
Western Sahara. What it covers: a rejection told in a relative clause or a participle ("the ruling,
which Kenya rejected", "the ruling, rejected by Kenya"), where the rejecter is no claimant inside
what it rejects; the maker of the thing rejected ("Japan lodged a protest, which China rejected":
Japan is the claimant; "Somalia welcomed the ruling, which Kenya rejected": Somalia is not); a
thing whose possessor names its maker ("the ICJ's ruling on its boundary with Somalia": no
claimant from the phrase beside it); condemning a deed of force, which rejects no claim; "became
the first country to recognise X"; a negated recognition, which the gold reads as a rejection.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

KENYA, SOMALIA, SOMALILAND = "state/kenya", "state/somalia", "state/somaliland"
JAPAN, CHINA, PHILIPPINES = "state/japan", "state/china", "state/philippines"
LEBANON, ISRAEL, ETHIOPIA = "state/lebanon", "state/israel", "state/ethiopia"
MOROCCO, ALGERIA, W_SAHARA = "state/morocco", "state/algeria", "territory/western-sahara"
VENEZUELA, GUYANA, NICARAGUA = "state/venezuela", "state/guyana", "state/nicaragua"
SERBIA, KOSOVO, RUSSIA = "state/serbia", "state/kosovo", "state/russia"
SOUTH_KOREA, DOKDO = "state/south-korea", "territory/liancourt-rocks"

# (relation, roles the asserted fact has, sentence)
BATTERY: list[tuple[str, dict, str]] = [
    # the plain shape and its rewrites: relative clause, participle, passive, noun
    (
        "rejectsClaim",
        {"state": KENYA, "what": "the ruling"},
        "Kenya rejected the ruling on Tuesday.",
    ),
    (
        "rejectsClaim",
        {"state": KENYA, "what": "the ruling"},
        "Somalia welcomed the ruling, which Kenya rejected.",
    ),
    (
        "rejectsClaim",
        {"state": KENYA, "what": "The ruling"},
        "The ruling, rejected by Kenya, gave Somalia most of the disputed area.",
    ),
    (
        "rejectsClaim",
        {"state": KENYA, "what": "the court ruling"},
        "Nairobi's rejection of the court ruling drew criticism.",
    ),
    # the maker of the thing rejected is the claimant
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN, "what": "a protest"},
        "Japan lodged a protest, which China rejected.",
    ),
    (
        "rejectsClaim",
        {"state": ISRAEL, "claimant": LEBANON, "what": "a complaint"},
        "Lebanon filed a complaint with the Security Council that Israel dismissed.",
    ),
    (
        "rejectsClaim",
        {"state": PHILIPPINES, "claimant": CHINA},
        "In September 2025, China's State Council approved a national nature reserve on the "
        "shoal, a decision Manila condemned as a pretext for occupation.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN},
        "Beijing rejected Tokyo's protest over the detention of the fishing boat captain.",
    ),
    # claims, by possessor, by-phrase and over-phrase
    (
        "rejectsClaim",
        {"state": MOROCCO, "claimant": ALGERIA, "territory": W_SAHARA},
        "Morocco rejected Algeria's claim to the Western Sahara.",
    ),
    (
        "rejectsClaim",
        {"state": PHILIPPINES, "claimant": CHINA, "territory": "territory/scarborough-shoal"},
        "Manila rejects any claim by China over the Scarborough Shoal.",
    ),
    (
        "rejectsClaim",
        {"state": SOUTH_KOREA, "claimant": JAPAN, "territory": DOKDO},
        "Seoul strongly rejected Japan's renewed claim to the Dokdo islets on Tuesday.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA},
        "Guyana rejected Venezuela's annexation of the Essequibo region.",
    ),
    # the object read into the as-phrase of invalidity right after the verb
    (
        "rejectsClaim",
        {"state": JAPAN, "claimant": SOUTH_KOREA},
        "Tokyo rejected as baseless Seoul's assertion that the islets belong to South Korea.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": PHILIPPINES},
        "Beijing dismissed as groundless Manila's claims over the shoal.",
    ),
    # rulings and awards rejected or declared void
    (
        "rejectsClaim",
        {"state": VENEZUELA, "what": "the ruling"},
        "Caracas dismissed the ruling as null and void.",
    ),
    (
        "rejectsClaim",
        {"state": VENEZUELA, "what": "the 1899 award"},
        "Venezuela has never accepted the 1899 award.",
    ),
    (
        "rejectsClaim",
        {"state": VENEZUELA, "what": "the 1899 award"},
        "Venezuela does not recognise the 1899 award.",
    ),
    ("rejectsClaim", {"state": CHINA, "what": "the move"}, "Beijing called the move illegal."),
    # a negated recognition of a claim is read as its rejection (the gold's "has never accepted")
    (
        "rejectsClaim",
        {"state": SERBIA, "what": "Kosovo's independence"},
        "Serbia has not recognised Kosovo's independence.",
    ),
    # recognitions: object, as-phrase, ranked doer, date
    (
        "recognizes",
        {"party": ISRAEL, "what": "Somaliland"},
        "Israel became the first country to recognise Somaliland.",
    ),
    (
        "recognizes",
        {"party": ETHIOPIA, "what": "Somaliland's independence"},
        "Ethiopia was the first state to recognise Somaliland's independence.",
    ),
    (
        "recognizes",
        {"party": NICARAGUA, "what": "Abkhazia", "date": "2008"},
        "Nicaragua became the fourth country to recognise Abkhazia in 2008.",
    ),
    (
        "recognizes",
        {"party": NICARAGUA, "what": "Abkhazia", "as": "independent states"},
        "Nicaragua recognised Abkhazia and South Ossetia as independent states.",
    ),
    (
        "recognizes",
        {"party": RUSSIA, "what": "Abkhazia", "date": "2008-08"},
        "Russia recognised the independence of Abkhazia and South Ossetia in August 2008.",
    ),
    (
        "recognizes",
        {"party": "state/united-states", "what": "Morocco's sovereignty over Western Sahara"},
        "The United States recognised Morocco's sovereignty over Western Sahara in December 2020.",
    ),
    (
        "recognizes",
        {"party": "state/united-states", "what": "the Golan Heights", "as": "part of Israel"},
        "Washington recognised the Golan Heights as part of Israel.",
    ),
    pytest.param(  # the by-phrase hung inside the as-phrase
        "recognizes",
        {"party": "state/united-states", "what": "Kosovo"},
        "The recognition of Kosovo as an independent country by the United States angered Belgrade.",
        marks=pytest.mark.xfail(strict=True, reason="the parser hangs 'by' on 'country'"),
    ),
]


@pytest.mark.parametrize(("rel", "roles", "sentence"), BATTERY)
def test_rejection_or_recognition_is_read(rel, roles, sentence):
    found = facts(sentence)
    assert has(found, rel, **roles), shown(found)


# (sentence, relation, roles no fact of the relation may have; {} for none at all)
DENIED: list[tuple[str, str, dict]] = [
    # the rejecter is no claimant of what it rejects, nor is a partner named beside the thing
    ("Somalia welcomed the ruling, which Kenya rejected.", "rejectsClaim", {"claimant": SOMALIA}),
    (
        "Kenya rejected the ICJ's ruling on its maritime boundary with Somalia.",
        "rejectsClaim",
        {"claimant": SOMALIA},
    ),
    # condemning a deed of force rejects no claim
    ("The UN Security Council condemned the violence in Abyei.", "rejectsClaim", {}),
    ("Iran condemned the attack on its embassy.", "rejectsClaim", {}),
    ("Ethiopia denounced the killing of its soldiers near the border.", "rejectsClaim", {}),
    # a rejection another party reports, a request or a visa turned down
    (
        "China said Vietnam had rejected its claim to the Paracel Islands.",
        "rejectsClaim",
        {"state": CHINA},
    ),
    (
        "The foreign ministry rejected a visa request from the Indian delegation.",
        "rejectsClaim",
        {},
    ),
    (
        "The court rejected Nicaragua's request for provisional measures.",
        "rejectsClaim",
        {"state": NICARAGUA},
    ),
    ("Morocco did not reject the proposal.", "rejectsClaim", {}),
    (
        "Tokyo rejected the offer as Japan's envoy to the talks.",
        "rejectsClaim",
        {"what": "Japan's envoy"},
    ),
    # no recognition: planned, negated, sought, or of no claim
    ("Belgrade said it would never recognise Kosovo.", "recognizes", {}),
    ("Serbia has not recognised Kosovo's independence.", "recognizes", {}),
    ("Somaliland has sought international recognition since 1991.", "recognizes", {}),
    ("The minister acknowledged that talks had stalled.", "recognizes", {}),
    ("He recognised the difficulty of the negotiations.", "recognizes", {}),
    ("The government acknowledged receipt of the note.", "recognizes", {}),
    ("Israel became the first country to condemn the attack.", "recognizes", {}),
]


@pytest.mark.parametrize(("sentence", "rel", "roles"), DENIED)
def test_no_rejection_or_recognition_where_none_is_told(sentence, rel, roles):
    found = facts(sentence)
    assert not has(found, rel, **roles), shown(found)
