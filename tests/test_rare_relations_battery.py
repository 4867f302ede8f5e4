"""Relations the articles tell rarely (issue 12, rare18): protests made in diplomatic forms
("made representations", "recalled its ambassador in protest"), obligations withdrawn ("retracted
its promise", "backed away from its pledge", "announced its withdrawal from the accord"), a land's
own accession or reunification, a court's orders, successor states, handovers promised or done
and told as nouns with their dates, and the mood of a noun a verb of reaction reacts to ("to
protest against Managua's recognition of ...": a recognition that was made).

Sentences written for these tests as Reuters, AP, AFP, Xinhua, TASS, Kyodo or Yonhap would put
them, with passives, inserted clauses and adverbials, reported speech with and without "that",
and look-alikes that must give nothing ("recalled its ambassador for consultations",
"representation in parliament", "pulled back from the border", "has no intention of handing
over").
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

JAPAN, CHINA, RUSSIA, USSR = "state/japan", "state/china", "state/russia", "state/soviet-union"
SOUTH_KOREA, ALGERIA, FRANCE = "state/south-korea", "state/algeria", "state/france"
GEORGIA, NICARAGUA, IRAQ, USA = (
    "state/georgia",
    "state/nicaragua",
    "state/iraq",
    "state/united-states",
)
PHILIPPINES, GUYANA, VENEZUELA = "state/philippines", "state/guyana", "state/venezuela"
ARMENIA, AZERBAIJAN, LACHIN = "state/armenia", "state/azerbaijan", "territory/lachin-district"
UK, MAURITIUS, CHAGOS = "state/united-kingdom", "state/mauritius", "territory/chagos-archipelago"
CHINA_HK, MACAU = "territory/hong-kong", "territory/macau"
CRIMEA, ABKHAZIA, SOUTH_OSSETIA = (
    "territory/crimea",
    "territory/abkhazia",
    "territory/south-ossetia",
)
SHIKOTAN, HABOMAI = "territory/shikotan", "territory/habomai"
SERBIA, YUGOSLAVIA = "state/serbia", "state/yugoslavia"

# (relation, roles the asserted fact has, sentence)
BATTERY: list[tuple[str, dict, str]] = [
    # protests: the diplomatic forms of a protest
    (
        "protests",
        {"party": CHINA, "against": JAPAN, "subject": "the visit"},
        "Beijing made representations to Tokyo over the visit.",
    ),
    (
        "protests",
        {"party": CHINA, "against": JAPAN, "subject": "the purchase", "date": "2020-05-05"},
        "China has made solemn representations to Japan over the purchase.",
    ),
    (
        "protests",
        {"party": CHINA, "against": JAPAN, "subject": "the purchase"},
        "The foreign ministry spokesman said China had made stern representations to Japan over the purchase.",
    ),
    (
        "protests",
        {"party": PHILIPPINES, "against": CHINA, "subject": "the water cannon attack"},
        "The Philippines delivered a demarche to China over the water cannon attack.",
    ),
    (
        "protests",
        {"party": PHILIPPINES, "against": CHINA},
        "A diplomatic demarche was lodged with Beijing by the Philippines on Tuesday.",
    ),
    (
        "protests",
        {"party": JAPAN, "against": CHINA, "subject": "the incursion"},
        "Japan, which has long rejected Beijing's claim, issued a strong démarche to China over the incursion.",
    ),
    (
        "protests",
        {"party": SOUTH_KOREA, "against": JAPAN, "subject": "the textbook"},
        "South Korea recalled its ambassador to Japan in protest at the textbook.",
    ),
    (
        "protests",
        {"party": SOUTH_KOREA, "against": JAPAN, "subject": "the claim to Dokdo"},
        "Seoul recalled its ambassador from Tokyo in protest over the claim to Dokdo.",
    ),
    (
        "protests",
        {"party": SOUTH_KOREA, "against": JAPAN, "date": "2020-05-05"},
        "Seoul on Tuesday recalled its ambassador from Tokyo in protest against the textbook.",
    ),
    (
        "protests",
        {"party": SOUTH_KOREA, "against": JAPAN, "subject": "the textbook"},
        "Its ambassador to Japan was recalled by South Korea in protest at the textbook.",
    ),
    (
        "protests",
        {"party": ALGERIA, "against": FRANCE, "subject": "the French decision"},
        "Algeria, which supports the Polisario, condemned the French decision and recalled its "
        "ambassador from Paris in protest.",
    ),
    (
        "protests",
        {"party": ALGERIA, "against": FRANCE, "subject": "the French decision"},
        "Algeria condemned the French decision and on Tuesday recalled its envoy from Paris in protest.",
    ),
    (
        "protests",
        {"party": SOUTH_KOREA, "against": JAPAN, "subject": "the white paper"},
        "Seoul summoned the Japanese ambassador in protest at the white paper.",
    ),
    (
        "protests",
        {"party": CHINA, "against": JAPAN, "subject": "the visit"},
        "Beijing summoned the Japanese ambassador because of the visit.",
    ),
    (
        "protests",
        {"party": JAPAN, "against": RUSSIA, "subject": "the visit"},
        "Japan's foreign ministry lodged a protest with the Russian embassy over the visit.",
    ),
    (
        "protests",
        {"party": CHINA, "against": JAPAN, "subject": "the visit"},
        "China lodged a protest with the Japanese embassy over the visit.",
    ),
    (
        "protests",
        {"party": "state/vietnam", "against": CHINA, "subject": "the Paracels"},
        "Hanoi handed a diplomatic note of protest to the Chinese embassy over the Paracels.",
    ),
    (
        "protests",
        {"party": CHINA, "against": JAPAN},
        "The Chinese foreign ministry, a spokeswoman said, had lodged a protest with the Japanese embassy.",
    ),
    (
        "protests",
        {"party": PHILIPPINES, "against": CHINA, "subject": "the incursion"},
        "Manila filed a diplomatic protest against Beijing over the incursion.",
    ),
    # suspends, the same reason: the act a bare "in protest" follows
    (
        "suspends",
        {"party": RUSSIA, "reason": "the sanctions"},
        "Russia condemned the sanctions and suspended the talks with Japan in protest.",
    ),
    # withdrewObligation: a promise taken back, a treaty left (told by a verb or a noun)
    (
        "withdrewObligation",
        {"state": USSR, "obligation": "its promise to hand over the two islands"},
        "The Soviet Union retracted its promise to hand over the two islands.",
    ),
    (
        "withdrewObligation",
        {"state": USSR, "date": "1960"},
        "In 1960 Moscow backed away from its pledge to return Shikotan and Habomai.",
    ),
    (
        "withdrewObligation",
        {"state": USSR, "date": "1960"},
        "Moscow, Japanese officials say, went back on its commitment in 1960.",
    ),
    (
        "withdrewObligation",
        {"state": IRAQ, "obligation": "the Algiers Agreement"},
        "Iraq announced its withdrawal from the Algiers Agreement.",
    ),
    (
        "withdrewObligation",
        {"state": IRAQ, "obligation": "the Algiers Agreement", "date": "1980"},
        "Iraq's abrogation of the Algiers Agreement in 1980 led to war.",
    ),
    (
        "withdrewObligation",
        {"state": IRAQ, "date": "1980"},
        "The treaty was abrogated by Iraq in 1980.",
    ),
    (
        "withdrewObligation",
        {"state": USA, "date": "2019"},
        "The United States withdrew from the treaty in 2019.",
    ),
    # incorporates: the land's own accession or reunification, and the state's act
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA},
        "Crimea's accession to Russia was not recognised by Ukraine.",
    ),
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA},
        "Crimea's reunification with Russia was celebrated in Moscow on Tuesday.",
    ),
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA},
        "Russia's incorporation of Crimea was condemned by the West.",
    ),
    (
        "incorporates",
        {"territory": CRIMEA, "into": RUSSIA, "date": "2014"},
        "Crimea was incorporated into Russia in 2014.",
    ),
    # recognizes under a verb of reaction: a recognition made, at no date of the reaction
    (
        "recognizes",
        {"party": NICARAGUA, "what": "Abkhazia", "as": "independent states"},
        "Georgia summoned Nicaragua's envoy on Friday to protest against Managua's recognition of "
        "Abkhazia and South Ossetia as independent states.",
    ),
    (
        "recognizes",
        {"party": NICARAGUA, "what": "Abkhazia", "date": "2008"},
        "Georgia protested on Friday against Nicaragua's 2008 recognition of Abkhazia.",
    ),
    (
        "recognizes",
        {"party": NICARAGUA, "what": "Abkhazia"},
        "Georgia will protest against Nicaragua's recognition of Abkhazia.",
    ),
    # promisesHandover: a statement something is done under is a document
    (
        "promisesHandover",
        {"territory": LACHIN, "from": ARMENIA, "to": AZERBAIJAN},
        "Under the ceasefire statement, Armenia agreed to return the Lachin district to Azerbaijan.",
    ),
    (
        "promisesHandover",
        {"territory": LACHIN, "from": ARMENIA, "to": AZERBAIJAN},
        "Armenia agreed to return the Lachin district to Azerbaijan under the ceasefire statement.",
    ),
    (
        "promisesHandover",
        {"territory": CHAGOS, "from": UK, "to": MAURITIUS},
        "Under the deal, sovereignty over the Chagos Islands will pass to Mauritius.",
    ),
    (
        "promisesHandover",
        {"territory": SHIKOTAN, "from": USSR, "to": JAPAN},
        "The 1956 declaration stated the Soviet Union's intention to hand over Shikotan and "
        "Habomai to Japan.",
    ),
    (
        "promisesHandover",
        {"territory": HABOMAI, "from": USSR, "to": JAPAN},
        "The 1956 declaration expressed Moscow's readiness to transfer Shikotan and Habomai to Japan.",
    ),
    # handedOverTo told as a noun, with its date
    (
        "handedOverTo",
        {"territory": CHINA_HK, "to": CHINA, "date": "1997"},
        "The 1997 handover of Hong Kong to China ended 156 years of British rule.",
    ),
    (
        "handedOverTo",
        {"territory": CHINA_HK, "to": CHINA, "date": "1997"},
        "Hong Kong's 1997 handover to China ended British rule.",
    ),
    (
        "handedOverTo",
        {"territory": MACAU, "to": CHINA, "date": "1999"},
        "Since Macau's return to China in 1999, Portugal has kept close ties.",
    ),
    (
        "handedOverTo",
        {"territory": CHINA_HK, "to": CHINA, "from": UK, "date": "1997"},
        "Sovereignty over Hong Kong was transferred from Britain to China in 1997.",
    ),
    # obliges: a court's order, active or passive
    (
        "obliges",
        {"party": VENEZUELA},
        "The International Court of Justice heard the case. Venezuela was ordered by the court to "
        "refrain from any action that would change the situation.",
    ),
    (
        "obliges",
        {"party": VENEZUELA},
        "The ICJ's order requires Venezuela to refrain from annexing Essequibo.",
    ),
    (
        "obliges",
        {"party": VENEZUELA},
        "The International Court of Justice issued an order on Friday. In the court's order, "
        "Venezuela was told that it must not take any step that would alter the situation.",
    ),
    (
        "obliges",
        {"party": VENEZUELA},
        "The International Court of Justice issued an order on Friday. The court's order said "
        "Venezuela must not take any step that would alter the situation.",
    ),
    (
        "obliges",
        {"party": VENEZUELA},
        "The International Court of Justice issued an order on Friday. Venezuela was told by the "
        "court that it must not take any step that would alter the situation.",
    ),
    (
        "obliges",
        {"party": VENEZUELA},
        "The International Court of Justice issued an order on Friday. The court told Venezuela "
        "it must not take any step that would alter the situation.",
    ),
    # successorOf
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "As the Soviet Union's successor, Russia inherited the dispute with Japan.",
    ),
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "Russia inherited the Soviet Union's seat on the Security Council.",
    ),
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "Moscow, which inherited the treaty obligations of the Soviet Union, says the declaration is binding.",
    ),
    (
        "successorOf",
        {"state": RUSSIA, "predecessor": USSR},
        "Russia inherited its permanent seat from the Soviet Union in 1991.",
    ),
    (
        "successorOf",
        {"state": SERBIA, "predecessor": YUGOSLAVIA},
        "Serbia is the successor state of Yugoslavia.",
    ),
]


@pytest.mark.parametrize("rel, want, sentence", BATTERY)
def test_asserted(rel, want, sentence):
    found = facts(sentence)
    assert has(found, rel, **want), shown(found)


# Sentences that must NOT give the (asserted) fact of the relation, or not with these roles.
NEGATIVES: list[tuple[str, dict, str]] = [
    ("protests", {}, "The party has representation in parliament."),
    ("protests", {}, "Japan made representations about its position at the conference."),
    ("protests", {}, "Seoul recalled its ambassador from Tokyo for consultations."),
    ("protests", {}, "Students protested outside the embassy."),
    ("protests", {}, "Thousands of people protested against the deal in Buenos Aires."),
    ("protests", {}, "Japan did not protest the visit."),
    ("withdrewObligation", {}, "The troops went back to their barracks."),
    ("withdrewObligation", {}, "Moscow pulled back from the border."),
    ("withdrewObligation", {}, "The ambassador walked away from the podium."),
    ("withdrewObligation", {}, "US troops' withdrawal from the base was completed."),
    ("withdrewObligation", {}, "Russia announced its withdrawal from the talks."),
    ("suspends", {}, "Iraq announced its withdrawal from the Algiers Agreement."),
    ("incorporates", {}, "Ukraine's accession to the European Union is years away."),
    ("recognizes", {}, "Pristina seeks Belgrade's recognition of its independence."),
    (
        "recognizes",
        {"date": "2020-05-01"},
        "Georgia summoned Nicaragua's envoy on Friday to protest against Managua's recognition "
        "of Abkhazia.",
    ),
    (
        "handedOverTo",
        {},
        "Britain announced its intention to hand over the Chagos Islands to Mauritius.",
    ),
    (
        "handedOverTo",
        {},
        "Britain has no intention of handing over the Falkland Islands to Argentina.",
    ),
    ("handedOverTo", {}, "Moscow's offer to return Shikotan and Habomai to Japan still stands."),
    ("handedOverTo", {}, "Russia refused to hand over the islands to Japan."),
    ("successorOf", {}, "The Soviet Union collapsed in 1991."),
    (
        "obliges",
        {},
        "The International Court of Justice issued an order on Friday. Guyana told the court "
        "that Venezuela must not annex the region.",
    ),
    ("obliges", {}, "The International Court of Justice did not order Venezuela to withdraw."),
    ("successorOf", {}, "Russia inherited the dispute with Japan."),
    ("successorOf", {}, "Japan inherited China's claim."),
    ("successorOf", {}, "The president inherited the seat from his father."),
    ("handedOverTo", {}, "The committee awarded the prize to Japan."),
    ("protests", {}, "The Philippines is considering a demarche to China over the attack."),
    ("protests", {}, "Manila did not lodge a demarche with Beijing over the incident."),
]


@pytest.mark.parametrize("rel, roles, sentence", NEGATIVES)
def test_not_asserted(rel, roles, sentence):
    found = facts(sentence)
    assert not has(found, rel, **roles), shown(found)


KNOWN_MISSES: list[tuple[str, dict, str, str]] = [
    (
        "promisesHandover",
        {"territory": LACHIN, "from": ARMENIA, "to": AZERBAIJAN},
        "Azerbaijani troops entered the Lachin district, the last of three districts that Armenia "
        "agreed to return under the ceasefire statement.",
        "the receiver is left unsaid and the relative clause hangs on an apposition",
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
    assert has(found, rel, **want), shown(found)
