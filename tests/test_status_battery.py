"""Status of land on unseen text: control, part-of, incorporation, recognition and succession as
the agencies (Reuters, AP, AFP, Xinhua, TASS, Kyodo, IRNA, WAM, Ukrinform) and local papers write
them (issue 12, status15).

Every sentence here was written for this module, on disputes beyond the dev articles (Abu Musa and
the Tunbs, the Golan Heights, Western Sahara, Crimea, Transnistria, Snake Island, the Hawar Islands,
Sipadan, the Shatt al-Arab): relative clauses ("which Iran has administered since 1971"),
participles and hyphenated doers ("Israeli-occupied"), "under Moroccan control", light verbs
("retains control of"), the passive, linking verbs ("form part of"), location verbs ("lies
within"), nominalisations ("Russia's annexation of"), coordination, and negated, modal or
look-alike sentences ("control of inflation", "part of the deal", "holds talks") that must give no
asserted fact.
"""

from __future__ import annotations

import pytest
from helpers import RUSSIA, USSR, facts, has, shown

IRAN, UAE, ABU_MUSA = "state/iran", "state/united-arab-emirates", "territory/abu-musa"
TUNBS = "territory/greater-and-lesser-tunbs"
ISRAEL, SYRIA, GOLAN = "state/israel", "state/syria", "territory/golan-heights"
MOROCCO, SAHARA = "state/morocco", "territory/western-sahara"
UKRAINE, CRIMEA, SNAKE = "state/ukraine", "territory/crimea", "territory/snake-island"
MOLDOVA, TRANSNISTRIA = "state/moldova", "territory/transnistria"
BAHRAIN, HAWAR = "state/bahrain", "territory/hawar-islands"
MALAYSIA, SIPADAN = "state/malaysia", "territory/sipadan"
USA, SPAIN = "state/united-states", "state/spain"
SPRATLYS, SOUTH_CHINA_SEA = "territory/spratly-islands", "territory/south-china-sea"
SERBIA, YUGOSLAVIA = "state/serbia", "state/yugoslavia"
CZECHIA, SLOVAKIA, CZECHOSLOVAKIA = (
    "state/czech-republic",
    "state/slovakia",
    "state/czechoslovakia",
)
KAZAKHSTAN, AZERBAIJAN = "state/kazakhstan", "state/azerbaijan"
PERSIAN_GULF, BLACK_SEA = "territory/persian-gulf", "territory/black-sea"
HORMOZGAN = "territory/hormozgan"

# (relation, roles the asserted fact has, sentence)
BATTERY: list[tuple[str, dict, str]] = [
    # controls: relative clauses, participles, "under X's control", light verbs, the passive
    (
        "controls",
        {"state": IRAN, "territory": ABU_MUSA},
        "Abu Musa, which Iran has administered since 1971, lies near the Strait of Hormuz.",
    ),
    (
        "controls",
        {"state": IRAN, "territory": ABU_MUSA},
        "The island of Abu Musa, which Iran has held since 1971, is also claimed by the United "
        "Arab Emirates.",
    ),
    (
        "controls",
        {"state": ISRAEL, "territory": GOLAN},
        "The Golan Heights, which Israel has occupied since 1967, were formally annexed in 1981.",
    ),
    (
        "controls",
        {"state": IRAN, "territory": TUNBS},
        "The Tunbs, garrisoned by Iran since 1971, remain a sore point for the UAE, WAM said.",
    ),
    (
        "controls",
        {"state": MOROCCO, "territory": SAHARA},
        "Western Sahara is largely under Moroccan control.",
    ),
    (
        "controls",
        {"state": MOROCCO, "territory": SAHARA},
        "Most of Western Sahara has been under Morocco's administration since 1975, Reuters "
        "reported.",
    ),
    (
        "controls",
        {"state": ISRAEL, "territory": GOLAN},
        "The Golan Heights remain under Israeli rule.",
    ),
    (
        "controls",
        {"state": RUSSIA, "territory": CRIMEA},
        "Crimea came under Russian control in 2014.",
    ),
    (
        "controls",
        {"state": MOROCCO, "territory": SAHARA},
        "The Moroccan-controlled part of Western Sahara holds about 80 percent of the territory.",
    ),
    (
        "controls",
        {"state": ISRAEL, "territory": GOLAN},
        "Israeli-occupied Golan Heights saw clashes on Tuesday.",
    ),
    (
        "controls",
        {"state": IRAN, "territory": TUNBS},
        "Iran retains control of Abu Musa and the two Tunbs, the agency said.",
    ),
    (
        "controls",
        {"state": RUSSIA, "territory": CRIMEA},
        "Russia keeps control of Crimea despite Western sanctions.",
    ),
    (
        "controls",
        {"state": MOROCCO, "territory": SAHARA},
        "Morocco maintains control over most of Western Sahara.",
    ),
    (
        "controls",
        {"state": ISRAEL, "territory": GOLAN},
        "The Golan Heights are governed by Israel.",
    ),
    (
        "controls",
        {"state": RUSSIA, "territory": CRIMEA},
        "Crimea is administered by Russia as a federal subject.",
    ),
    (
        "controls",
        {"state": RUSSIA, "territory": CRIMEA},
        "Russian forces hold Crimea, officials in Kyiv said.",
    ),
    (
        "controls",
        {"state": ISRAEL, "territory": GOLAN},
        "Israeli troops have held the Golan Heights since the 1967 war.",
    ),
    ("controls", {"state": IRAN, "territory": ABU_MUSA}, "Iran's forces hold Abu Musa."),
    (
        "controls",
        {"state": RUSSIA, "territory": SNAKE},
        "Russia seized Snake Island in February 2022.",
    ),
    (
        "controls",
        {"state": UKRAINE, "territory": SNAKE},
        "Snake Island was recaptured by Ukraine in June 2022.",
    ),
    (
        "controls",
        {"state": UKRAINE, "territory": SNAKE},
        "Ukrainian forces retook Snake Island in June.",
    ),
    (
        "controls",
        {"state": MALAYSIA, "territory": SIPADAN},
        "Malaysia has administered Sipadan since the 1980s.",
    ),
    (
        "controls",
        {"state": BAHRAIN, "territory": HAWAR},
        "Bahrain has held the Hawar Islands since 1937.",
    ),
    (
        "controls",
        {"state": IRAN, "territory": ABU_MUSA},
        "Abu Musa, now controlled by Iran, sits astride key shipping lanes.",
    ),
    (
        "controls",
        {"state": RUSSIA, "territory": CRIMEA},
        "The Russian-held Crimean peninsula was hit by drones overnight, Ukrinform reported.",
    ),
    (
        "controls",
        {"state": ISRAEL, "territory": GOLAN},
        "Israel's occupation of the Golan Heights is not recognised by most countries.",
    ),
    (
        "controls",
        {"state": RUSSIA, "territory": CRIMEA},
        "Russia has exercised de facto control over Crimea since 2014.",
    ),
    (
        "controls",
        {"state": MOROCCO, "territory": SAHARA},
        "Western Sahara has been largely controlled by Rabat since the Spanish withdrawal.",
    ),
    ("controls", {"state": IRAN, "territory": ABU_MUSA}, "Iran is in control of Abu Musa."),
    ("controls", {"state": RUSSIA, "territory": CRIMEA}, "Russia remains in control of Crimea."),
    (
        "controls",
        {"state": IRAN, "territory": TUNBS},
        "The Tunbs have been in Iranian hands since 1971.",
    ),
    ("controls", {"state": RUSSIA, "territory": CRIMEA}, "Crimea fell into Russian hands in 2014."),
    (
        "controls",
        {"state": ISRAEL, "territory": GOLAN},
        "Israel keeps the Golan Heights under military rule.",
    ),
    ("controls", {"state": IRAN, "territory": ABU_MUSA}, "Iran has Abu Musa under its control."),
    (
        "controls",
        {"state": IRAN, "territory": ABU_MUSA},
        "Abu Musa was placed under Iranian administration in 1971.",
    ),
    (
        "controls",
        {"state": ISRAEL, "territory": GOLAN},
        "The Golan Heights, seized by Israel from Syria in 1967, are home to 20,000 Druze.",
    ),
    (
        "controls",
        {"state": UKRAINE, "territory": SNAKE},
        "Ukrainian forces have regained control of Snake Island, Ukrinform reported.",
    ),
    # partOf: linking verbs, location verbs, appositions, land nouns of a whole
    ("partOf", {"part": HAWAR, "whole": BAHRAIN}, "The Hawar Islands form part of Bahrain."),
    ("partOf", {"part": HAWAR, "whole": BAHRAIN}, "The Hawar Islands constitute part of Bahrain."),
    (
        "partOf",
        {"part": CRIMEA, "whole": UKRAINE},
        "Crimea, which forms part of Ukraine, was annexed in 2014, the EU said.",
    ),
    ("partOf", {"part": CRIMEA, "whole": UKRAINE}, "Crimea remains part of Ukraine, Kyiv insists."),
    (
        "partOf",
        {"part": SNAKE, "whole": UKRAINE},
        "Snake Island, a part of Ukraine's Odesa region, lies in the Black Sea.",
    ),
    (
        "partOf",  # part of the governorate, which is part of Syria (a fact of its own)
        {"part": GOLAN, "whole": "territory/quneitra-governorate"},
        "The Golan Heights, part of Syria's Quneitra Governorate, were seized in 1967.",
    ),
    (
        "partOf",
        {"part": TRANSNISTRIA, "whole": MOLDOVA},
        "Transnistria is a breakaway region of Moldova.",
    ),
    (
        "partOf",
        {"part": TRANSNISTRIA, "whole": MOLDOVA},
        "Transnistria, a sliver of Moldova along the Ukrainian border, broke away in 1990.",
    ),
    (
        "partOf",
        {"part": CRIMEA, "whole": UKRAINE},
        "Crimea, a Black Sea peninsula of Ukraine, was annexed by Russia in 2014.",
    ),
    (
        "partOf",
        {"part": "territory/nakhchivan", "whole": AZERBAIJAN},
        "Nakhchivan is an exclave of Azerbaijan.",
    ),
    (
        "partOf",
        {"part": SPRATLYS, "whole": SOUTH_CHINA_SEA},
        "The Spratly Islands lie in the South China Sea.",
    ),
    (
        "partOf",
        {"part": ABU_MUSA, "whole": HORMOZGAN},
        "Abu Musa is located in the Iranian province of Hormozgan, IRNA said.",
    ),
    (
        "partOf",
        {"part": ABU_MUSA, "whole": PERSIAN_GULF},
        "Abu Musa, a small island in the Persian Gulf, is held by Iran.",
    ),
    (
        "partOf",
        {"part": SNAKE, "whole": BLACK_SEA},
        "Snake Island, a tiny island in the Black Sea, was seized by Russia.",
    ),
    (
        "partOf",
        {"part": HAWAR, "whole": BAHRAIN},
        "The Hawar Islands became part of Bahrain after the ruling.",
    ),
    # incorporates: annexing verbs of taking in, "made X part of", extending one's law to it
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA},
        "Russia absorbed Crimea into its Southern Federal District.",
    ),
    (
        "incorporates",
        {"territory": GOLAN, "into": ISRAEL, "date": "1981"},
        "Israel made the Golan Heights part of its territory in 1981.",
    ),
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA},
        "The incorporation of Crimea into Russia was condemned in Kyiv.",
    ),
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA, "date": "2014-03"},
        "Crimea was incorporated into the Russian Federation in March 2014.",
    ),
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA, "date": "2014"},
        "Moscow declared Crimea a part of the Russian Federation in 2014.",
    ),
    (
        "incorporates",
        {"territory": GOLAN, "into": ISRAEL, "date": "1981"},
        "Israel extended its law to the Golan Heights in 1981.",
    ),
    (
        "incorporates",
        {"territory": GOLAN, "into": ISRAEL, "date": "1981"},
        "Israel applied Israeli law to the Golan Heights in 1981, AP reported.",
    ),
    (
        "incorporates",
        {"territory": GOLAN, "into": ISRAEL},
        "In 1981 Israel effectively annexed the Golan Heights, extending Israeli jurisdiction to "
        "the territory.",
    ),
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA, "date": "2014"},
        "Russia extended its sovereignty over Crimea in 2014.",
    ),
    (
        "incorporates",
        {"territory": SAHARA, "into": MOROCCO},
        "Morocco integrated Western Sahara into its administrative regions.",
    ),
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA, "date": "2014-03"},
        "Crimea joined Russia in March 2014 after a referendum.",
    ),
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA, "date": "2014"},
        "Russia annexed Crimea into the Russian Federation in 2014.",
    ),
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA, "date": "2014-03"},
        "Crimea was annexed to Russia in March 2014.",
    ),
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA, "date": "2014"},
        "Crimea reunited with Russia in 2014, TASS said.",
    ),
    # recognizes
    (
        "recognizes",
        {"party": USA, "what": "Israeli sovereignty over the Golan Heights"},
        "Washington's recognition of Israeli sovereignty over the Golan Heights was condemned by "
        "Syria.",
    ),
    (
        "recognizes",
        {"party": USA, "what": "Israeli sovereignty over the Golan Heights"},
        "Syria condemned Washington's recognition of Israeli sovereignty over the Golan Heights.",
    ),
    (
        "recognizes",
        {"party": USA, "what": "Israel's sovereignty over the Golan Heights", "date": "2019"},
        "The United States recognised Israel's sovereignty over the Golan Heights in 2019.",
    ),
    (
        "recognizes",
        {"party": USA, "what": "Moroccan sovereignty over Western Sahara", "date": "2020-12"},
        "Washington recognized Moroccan sovereignty over Western Sahara in December 2020.",
    ),
    (
        "recognizes",
        {"party": USA, "what": "the Golan Heights", "as": "part of Israel"},
        "The United States recognised the Golan Heights as part of Israel.",
    ),
    (
        "recognizes",
        {"party": SPAIN, "what": "the Moroccan autonomy plan"},
        "Spain recognised the Moroccan autonomy plan as the most serious basis for a settlement.",
    ),
    (
        "recognizes",
        {"party": RUSSIA, "what": "the independence of Transnistria"},
        "Russia formally recognised the independence of Transnistria, TASS said.",
    ),
    # successorOf
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "Russia became the successor state of the Soviet Union in 1991.",
    ),
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "Russia, as the successor of the Soviet Union, took the USSR's seat at the UN.",
    ),
    (
        "successorOf",
        {"state": SERBIA, "predecessor": YUGOSLAVIA},
        "Serbia is the successor state to Yugoslavia, Belgrade argues.",
    ),
    (
        "successorOf",
        {"state": SLOVAKIA, "predecessor": CZECHOSLOVAKIA},
        "The Czech Republic and Slovakia are the successor states of Czechoslovakia.",
    ),
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "Moscow considers itself the successor of the USSR.",
    ),
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "Russia regards itself as the successor state of the Soviet Union.",
    ),
    (
        "successorOf",
        {"state": UKRAINE, "predecessor": USSR},
        "Ukraine says it is one of the successor states of the Soviet Union.",
    ),
    (
        "successorOf",
        {"state": KAZAKHSTAN, "predecessor": USSR},
        "Kazakhstan, one of the successor states of the Soviet Union, inherited nuclear weapons.",
    ),
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "The Russian Federation is the continuator state of the Soviet Union.",
    ),
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "Russia, the Soviet Union's successor, inherited the dispute.",
    ),
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "As the legal successor of the USSR, Russia is bound by the 1956 declaration.",
    ),
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "Russia succeeded the Soviet Union as a permanent member of the Security Council.",
    ),
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "Russia, as the successor state, honours the treaties, the Kremlin said.",
    ),
]


def _fits(f, want: dict) -> bool:
    """A fact has the roles wanted: an entity by key, a text as it contains the words."""
    for role, value in want.items():
        got = f.args.get(role)
        key = getattr(got, "key", got)
        if key == value:
            continue
        if isinstance(got, str) and value.lower() in got.lower():
            continue
        return False
    return True


@pytest.mark.parametrize("rel, want, sentence", BATTERY)
def test_asserted(rel, want, sentence):
    found = facts(sentence)
    assert any(f.rel == rel and not f.negated and _fits(f, want) for f in found), shown(found)


# Sentences that must NOT give the (asserted) fact: look-alikes, negation, modality.
NEGATIVES: list[tuple[str, str]] = [
    ("controls", "The central bank struggled to keep control of inflation."),
    ("controls", "The prime minister holds talks with Iranian officials on Abu Musa on Tuesday."),
    ("controls", "Iran held a military drill near Abu Musa."),
    ("controls", "The minister was occupied with the budget."),
    ("controls", "Israel held elections on Tuesday."),
    ("controls", "Russia said it had no plans to seize Snake Island."),
    ("controls", "The minister had a hand in the deal."),
    ("controls", "The issue is in Russian hands now."),
    ("controls", "The decision on Abu Musa is in the hands of the Iranian government."),
    ("controls", "The decision on Abu Musa is in Iranian hands."),
    ("controls", "Iran is not in control of the Tunbs."),
    ("controls", "Ukraine is under Russian attack."),
    ("controls", "Transnistria remains under the control of local militias."),
    ("controls", "Ukraine seeks to regain control of Crimea."),
    ("controls", "We support Ukraine's efforts to regain control of Crimea."),
    ("controls", "Russia wants to take control of Snake Island."),
    ("partOf", "Part of the deal was a ceasefire on the Golan Heights."),
    ("partOf", "Iran is part of the talks on Abu Musa."),
    ("partOf", "Moldova took part in the talks on Transnistria."),
    ("partOf", "The islands form part of the deal."),
    ("partOf", "Crimea does not form part of Russia, Kyiv said."),
    ("partOf", "Western Sahara, a former province of Spain, was annexed by Morocco."),
    ("partOf", "Manila says Scarborough Shoal lies within its exclusive economic zone."),
    ("partOf", "The problem lies in Crimea's status."),
    (
        "partOf",
        "In its judgment of 2001, the International Court of Justice ruled that the Hawar Islands "
        "formed part of Bahrain's territory.",
    ),
    ("incorporates", "Ukraine extended martial law to Crimea."),
    ("incorporates", "The EU extended sanctions to Crimea."),
    ("incorporates", "Israel did not extend its law to the West Bank."),
    ("incorporates", "Netanyahu vowed to apply Israeli sovereignty to the Jordan Valley."),
    ("recognizes", "The minister recognised the efforts of the mediators."),
    ("recognizes", "Officials recognise that the talks on Transnistria are difficult."),
    ("recognizes", "No UN member state recognises Transnistria as an independent state."),
    ("successorOf", "The president named a successor to the foreign minister."),
    ("successorOf", "Putin succeeded Yeltsin in 2000."),
    ("successorOf", "Germany, as a successor state, paid the debts."),
    ("incorporates", "Sweden joined NATO in 2024."),
    ("incorporates", "Morocco annexed most of Western Sahara in 1975."),
    ("incorporates", "Moldova joined the talks on Transnistria."),
    ("incorporates", "Crimea will never join Russia, Kyiv said."),
    ("recognizes", "Kosovo seeks Serbia's recognition of its independence."),
    ("successorOf", "Russia's successor to the Kalibr missile was tested."),
]


@pytest.mark.parametrize("rel, sentence", NEGATIVES)
def test_not_asserted(rel, sentence):
    found = facts(sentence)
    assert not any(f.rel == rel and not f.negated for f in found), shown(found)


def test_a_court_ruling_part_of_is_the_rulings_incorporation():
    """The court's finding is an incorporation by its judgment; the outlet states no part-of."""
    found = facts(
        "In its judgment of 2001, the International Court of Justice ruled that the Hawar Islands "
        "formed part of Bahrain's territory."
    )
    assert has(found, "incorporates", territory=HAWAR, into=BAHRAIN)


KNOWN_MISSES: list[tuple[str, dict, str, str]] = [
    (
        "partOf",
        {"part": ABU_MUSA, "whole": IRAN},
        "Abu Musa lies within Iran's Hormozgan province.",
        "a location verb takes land in land only (a state inside the phrase may own a sea zone, "
        "'lies within its exclusive economic zone'), and 'Hormozgan province' is no name here",
    ),
    (
        "controls",
        {"state": UKRAINE, "territory": SNAKE},
        "Ukraine retook Snake Island in June.",
        "the parser reads 'Ukraine retook Snake Island' as one noun phrase of compounds",
    ),
    (
        "recognizes",
        {"party": "state/netherlands", "what": "Venezuela's sovereignty over Isla Aves"},
        "Venezuela's sovereignty over Isla Aves was recognised by the United States in 1978, and "
        "by the Netherlands in a treaty signed the same year.",
        "the second by-agent of an elided passive is hung on the next participle ('signed')",
    ),
]


@pytest.mark.parametrize(
    "rel, want, sentence",
    [
        pytest.param(r, w, s, marks=pytest.mark.xfail(strict=True, reason=why))
        for r, w, s, why in KNOWN_MISSES
    ],
)
def test_known_misses(rel, want, sentence):
    found = facts(sentence)
    assert any(f.rel == rel and not f.negated and _fits(f, want) for f in found), shown(found)
