"""Claims, rejections and disputes on unseen text, second battery (issue 12, stance15).

Every sentence was written for this module, in the ways agencies (Reuters, AP, AFP, Xinhua, TASS,
Kyodo, Anadolu) and local papers word disputes the dev articles never mention: the Shebaa Farms,
Abu Musa and the Tunbs, Kalapani, Migingo, Imia, Mbanie, Pedra Branca, Bakassi, the Glorioso
Islands, Halaib, Essequibo. What it covers: "maintains/insists that X is its territory", "considers
X (an integral) part of its territory", a demonym said of land in reported speech, "has for decades
laid claim", relative clauses whose pronoun is fronted out of a clause or a preposition, passives
with adverbials between verb and agent, "disputes/contests/questions Y's sovereignty", "has never
accepted", coordinated claimants, rejecters and lands, verbs and nouns of quarrel, and the negatives:
a claim of responsibility, "claimed victory", a dispute over fishing quotas, a claim dropped.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

LEBANON, SHEBAA, ISRAEL = "state/lebanon", "territory/shebaa-farms", "state/israel"
UAE, IRAN, ABU_MUSA = "state/united-arab-emirates", "state/iran", "territory/abu-musa"
TUNBS = "territory/greater-and-lesser-tunbs"
VENEZUELA, GUYANA, ESSEQUIBO = "state/venezuela", "state/guyana", "territory/guayana-esequiba"
MADAGASCAR, GLORIOSO, FRANCE = "state/madagascar", "territory/glorioso-islands", "state/france"
SCATTERED = "territory/scattered-islands-in-the-indian-ocean"
COMOROS, MAYOTTE = "state/comoros", "territory/mayotte"
NEPAL, INDIA, KALAPANI = "state/nepal", "state/india", "territory/kalapani"
SPAIN, UK, GIBRALTAR = "state/spain", "state/united-kingdom", "territory/gibraltar"
ARGENTINA, FALKLANDS = "state/argentina", "territory/falkland-islands"
PHILIPPINES, SABAH = "state/philippines", "territory/sabah"
SUDAN, EGYPT, HALAIB = "state/sudan", "state/egypt", "territory/hala-ib-triangle"
NIGERIA, CAMEROON, BAKASSI = "state/nigeria", "state/cameroon", "territory/bakassi"
MALAYSIA, SINGAPORE, PEDRA = "state/malaysia", "state/singapore", "territory/pedra-branca"
MAURITIUS, CHAGOS = "state/mauritius", "territory/chagos-archipelago"
KENYA, UGANDA, MIGINGO = "state/kenya", "state/uganda", "territory/migingo-island"
GREECE, TURKEY, IMIA = "state/greece", "state/turkey", "territory/imia"
GABON, EQ_GUINEA, MBANIE = "state/gabon", "state/equatorial-guinea", "territory/mbanie-island"
ETHIOPIA, FASHAGA = "state/ethiopia", "territory/al-fashaga"
CHINA, TAIWAN, VIETNAM = "state/china", "state/taiwan", "state/vietnam"
SPRATLYS, PARACELS = "territory/spratly-islands", "territory/paracel-islands"
SCARBOROUGH, BRUNEI = "territory/scarborough-shoal", "state/brunei"
JAPAN, SOUTH_KOREA, DOKDO = "state/japan", "state/south-korea", "territory/liancourt-rocks"
SENKAKU, RUSSIA, CRIMEA = "territory/senkaku-islands", "state/russia", "territory/crimea"
SYRIA, GOLAN = "state/syria", "territory/golan-heights"

# (relation, roles the asserted fact has, sentence)
BATTERY: list[tuple[str, dict, str]] = [
    # what a state maintains, insists or considers is its own
    (
        "claims",
        {"claimant": LEBANON, "territory": SHEBAA},
        "Lebanon maintains that the Shebaa Farms are Lebanese territory.",
    ),
    (
        "claims",
        {"claimant": LEBANON, "territory": SHEBAA},
        "Beirut has long asserted that the Shebaa Farms belong to Lebanon.",
    ),
    (
        "claims",
        {"claimant": UAE, "territory": TUNBS},
        "The UAE insists that Abu Musa and the Tunbs are Emirati territory occupied by Iran.",
    ),
    (  # a demonym said of land, in reported speech (the tag before or after)
        "claims",
        {"claimant": VENEZUELA, "territory": ESSEQUIBO},
        "Caracas insists the Essequibo region has always been Venezuelan.",
    ),
    (
        "claims",
        {"claimant": LEBANON, "territory": SHEBAA},
        "The Shebaa Farms are Lebanese, Beirut insists.",
    ),
    (
        "claims",
        {"claimant": VENEZUELA, "territory": ESSEQUIBO},
        "The Essequibo is Venezuelan, Maduro said.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentine President Javier Milei said the Malvinas are Argentine.",
    ),
    (
        "assertsSovereignty",
        {"state": UK, "territory": FALKLANDS},
        '"The Falkland Islands are British," a Foreign Office spokesman said.',
    ),
    (
        "assertsSovereignty",
        {"state": RUSSIA, "territory": CRIMEA},
        '"Crimea is Russian," Putin told reporters.',
    ),
    # "part of its territory": a claim where the state does not hold the land
    (
        "claims",
        {"claimant": MADAGASCAR, "territory": GLORIOSO},
        "Madagascar considers the Glorioso Islands an integral part of its territory.",
    ),
    (
        "assertsSovereignty",
        {"state": MADAGASCAR, "territory": GLORIOSO},
        "Madagascar considers the Glorioso Islands an integral part of its territory.",
    ),
    (
        "claims",
        {"claimant": COMOROS, "territory": MAYOTTE},
        "Comoros regards Mayotte as an inalienable part of its national territory.",
    ),
    (
        "claims",
        {"claimant": NEPAL, "territory": KALAPANI},
        "Nepal considers Kalapani part of its territory.",
    ),
    (
        "claims",
        {"claimant": SPAIN, "territory": GIBRALTAR},
        "Madrid considers Gibraltar part of Spain.",
    ),
    (
        "claims",
        {"claimant": COMOROS, "territory": MAYOTTE},
        "The Comoros regards Mayotte as part of its territory.",
    ),
    # demanding the land back: the act noun the trigger names carries the land
    (
        "claims",
        {"claimant": SYRIA, "territory": GOLAN},
        "Syria demands the return of the Golan Heights, which Israel seized in 1967.",
    ),
    (
        "claims",
        {"claimant": SPAIN, "territory": GIBRALTAR},
        "Spain has long demanded the return of Gibraltar.",
    ),
    # laying claim, with adverbials between the subject and its verb
    (
        "claims",
        {"claimant": VENEZUELA, "territory": ESSEQUIBO},
        "Venezuela has for decades laid claim to the Essequibo.",
    ),
    (
        "claims",
        {"claimant": VENEZUELA, "territory": ESSEQUIBO},
        "Venezuela has for more than a century claimed the Essequibo region.",
    ),
    (
        "claims",
        {"claimant": PHILIPPINES, "territory": SABAH},
        "The Philippines has laid claim to Sabah since 1962.",
    ),
    (
        "claims",
        {"claimant": SUDAN, "territory": HALAIB},
        "Sudan has renewed its claim to the Halaib Triangle.",
    ),
    # a possessive claim, whatever the clause says of it
    (
        "claims",
        {"claimant": NIGERIA, "territory": BAKASSI},
        "Nigeria's claim to the Bakassi Peninsula was rejected by the court in 2002.",
    ),
    (
        "claims",
        {"claimant": MALAYSIA, "territory": PEDRA},
        "Malaysia's long-standing claim to Pedra Branca was rejected by the International Court of "
        "Justice.",
    ),
    # relative clauses: the pronoun as object, fronted out of a clause, after a preposition
    (
        "claims",
        {"claimant": UAE, "territory": ABU_MUSA},
        "Iran exercises sovereignty over Abu Musa, which the United Arab Emirates also claims.",
    ),
    (
        "claims",
        {"claimant": NEPAL, "territory": KALAPANI},
        "Kalapani, which Nepal says is its territory, is held by India.",
    ),
    (
        "claims",
        {"claimant": NEPAL, "territory": KALAPANI},
        "Kalapani, which Nepal considers part of its territory, is administered by India.",
    ),
    (
        "claims",
        {"claimant": NEPAL, "territory": KALAPANI},
        "India administers Kalapani, which Nepal says belongs to it.",
    ),
    (
        "claims",
        {"claimant": SUDAN, "territory": HALAIB},
        "The Hala'ib Triangle, to which Sudan lays claim, is controlled by Egypt.",
    ),
    (
        "claims",
        {"claimant": MAURITIUS, "territory": CHAGOS},
        "Mauritius, which has long claimed the Chagos Islands, welcomed the ruling.",
    ),
    # passives and coordinated claimants
    (
        "claims",
        {"claimant": UGANDA, "territory": MIGINGO},
        "The tiny island of Migingo, claimed by Kenya and Uganda, is home to a few hundred fishermen.",
    ),
    (
        "claims",
        {"claimant": BRUNEI, "territory": SPRATLYS},
        "The Spratlys are claimed in whole or in part by China, Taiwan, Vietnam, Malaysia, Brunei "
        "and the Philippines.",
    ),
    (
        "claims",
        {"claimant": UAE, "territory": TUNBS},
        "The UAE claims Abu Musa and the Greater and Lesser Tunbs.",
    ),
    # rejections: of a claim, of sovereignty or control, by a light noun, negated acceptance
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "territory": ESSEQUIBO},
        "Guyana dismissed Venezuela's claim to the Essequibo as baseless.",
    ),
    (
        "rejectsClaim",
        {"state": EGYPT, "claimant": SUDAN, "territory": HALAIB},
        "Cairo dismissed Khartoum's claims over Halaib as baseless.",
    ),
    (
        "rejectsClaim",
        {"state": IRAN, "claimant": UAE, "territory": ABU_MUSA},
        "Iran's rejection of the UAE's claim to Abu Musa angered Abu Dhabi.",
    ),
    (  # the object moved past the as-phrase
        "rejectsClaim",
        {"state": IRAN, "claimant": UAE, "territory": ABU_MUSA},
        "Tehran dismissed as baseless the UAE's claims to Abu Musa.",
    ),
    (
        "rejectsClaim",
        {"state": SOUTH_KOREA, "claimant": JAPAN, "territory": DOKDO},
        "Japan's claim to Takeshima was dismissed by Seoul as baseless.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK, "territory": FALKLANDS},
        "Argentina disputes British sovereignty over the Falklands.",
    ),
    (
        "rejectsClaim",
        {"state": MAURITIUS, "claimant": UK, "territory": CHAGOS},
        "Mauritius contests British sovereignty over the Chagos Archipelago.",
    ),
    (
        "rejectsClaim",
        {"state": MADAGASCAR, "claimant": FRANCE, "territory": SCATTERED},
        "Madagascar has long contested French sovereignty over the Scattered Islands.",
    ),
    (
        "rejectsClaim",
        {"state": NEPAL, "claimant": INDIA, "territory": KALAPANI},
        "Nepal disputes India's control of Kalapani.",
    ),
    (
        "rejectsClaim",
        {"state": NIGERIA, "claimant": CAMEROON, "territory": BAKASSI},
        "Nigeria has disputed Cameroon's sovereignty over the Bakassi Peninsula for decades.",
    ),
    (
        "rejectsClaim",
        {"state": PHILIPPINES, "claimant": CHINA, "territory": SCARBOROUGH},
        "The Philippines questions China's sovereignty over Scarborough Shoal.",
    ),
    (
        "rejectsClaim",
        {"state": SUDAN, "claimant": EGYPT, "territory": HALAIB},
        "Sudan has never accepted Egyptian control of the Halaib Triangle.",
    ),
    (
        "rejectsClaim",
        {"state": LEBANON, "claimant": ISRAEL, "territory": SHEBAA},
        "Lebanon has never recognised Israeli sovereignty over the Shebaa Farms, which it says are "
        "Lebanese.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "territory": ESSEQUIBO},
        "\"We will never accept Venezuela's claim to the Essequibo,\" Guyana's president Irfaan "
        "Ali said.",
    ),
    (  # a claim named by its claimant alone: the one last told of, to its land
        "rejectsClaim",
        {"state": UGANDA, "claimant": KENYA, "territory": MIGINGO},
        "Kenya and Uganda both claim Migingo. Kampala rejected Nairobi's claim last week.",
    ),
    (
        "rejectsClaim",
        {"state": IRAN, "claimant": UAE, "territory": ABU_MUSA},
        "Iran has held Abu Musa since 1971, but the UAE claims the island. Tehran again rejected "
        "the Emirati claim on Monday.",
    ),
    (
        "rejectsClaim",
        {"state": "state/colombia", "claimant": "state/nicaragua"},
        "Colombia does not recognise Nicaragua's claim to Bajo Nuevo.",
    ),
    (
        "rejectsClaim",
        {"state": COMOROS, "claimant": FRANCE, "territory": GLORIOSO},
        "Madagascar and Comoros both contest French sovereignty over the Glorioso Islands.",
    ),
    # disputes: nouns and verbs of quarrel, passives, and what rejections and claims imply
    (
        "disputes",
        {"parties": {GREECE, TURKEY}, "territory": IMIA},
        "Greece and Turkey are locked in a dispute over the Imia islets.",
    ),
    (
        "disputes",
        {"parties": {GABON, EQ_GUINEA}, "territory": MBANIE},
        "Equatorial Guinea and Gabon are embroiled in a long-running dispute over Mbanie Island.",
    ),
    (
        "disputes",
        {"parties": {MALAYSIA, SINGAPORE}, "territory": PEDRA},
        "Malaysia and Singapore have wrangled over Pedra Branca for decades.",
    ),
    (
        "disputes",
        {"parties": {MALAYSIA, SINGAPORE}, "territory": PEDRA},
        "Pedra Branca, over which Malaysia and Singapore long wrangled, was awarded to Singapore in "
        "2008.",
    ),
    (
        "disputes",
        {"parties": {KENYA, UGANDA}, "territory": MIGINGO},
        "Kenya has quarrelled with Uganda over Migingo for years.",
    ),
    (
        "disputes",
        {"parties": {VENEZUELA, GUYANA}, "territory": ESSEQUIBO},
        "Caracas and Georgetown have sparred over the Essequibo for decades.",
    ),
    (
        "disputes",
        {"parties": {EGYPT, SUDAN}, "territory": HALAIB},
        "The Halaib Triangle is disputed between Egypt and Sudan.",
    ),
    (
        "disputes",
        {"parties": {VENEZUELA, GUYANA}, "territory": ESSEQUIBO},
        "The Essequibo controversy between Venezuela and Guyana has lasted more than a century.",
    ),
    (
        "disputes",
        {"parties": {ARGENTINA, UK}, "territory": FALKLANDS},
        "Argentina disputes British sovereignty over the Falklands.",
    ),
    (
        "disputes",
        {"parties": {ETHIOPIA, SUDAN}, "territory": FASHAGA},
        "Ethiopia disputes Sudan's control of the Fashaga triangle.",
    ),
    (  # coordinated rejecters: one dispute with every party
        "disputes",
        {"parties": {FRANCE, MADAGASCAR, COMOROS}, "territory": GLORIOSO},
        "Madagascar and Comoros both contest French sovereignty over the Glorioso Islands.",
    ),
    (
        "disputes",
        {"parties": {CHINA, VIETNAM, PHILIPPINES}, "territory": SPRATLYS},
        "Vietnam and the Philippines reject China's claims to the Spratly and Paracel Islands.",
    ),
    (
        "disputes",
        {"parties": {INDIA, NEPAL}, "territory": KALAPANI},
        "Kalapani, which Nepal says is its territory, is held by India.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "sentence"), BATTERY)
def test_news_wording_yields_the_stance(rel, roles, sentence):
    found = facts(sentence)
    assert has(found, rel, **roles), shown(found)


# Known misses: (relation, roles, sentence, why it is missed)
MISSED: list[tuple[str, dict, str, str]] = [
    (
        "controls",
        {"state": JAPAN, "territory": SENKAKU},
        "The disputed islands, which Japan calls the Senkakus and China calls the Diaoyu, are "
        "administered by Tokyo.",
        "a name given in a relative clause of naming does not name the noun it describes",
    ),
    (
        "disputes",
        {"parties": {GREECE, TURKEY}, "territory": IMIA},
        "Greece and Turkey nearly went to war over the Imia islets in 1996.",
        "'go to war over' is no trigger of the dispute class",
    ),
    (
        "rejectsClaim",
        {"state": IRAN, "claimant": UAE, "territory": TUNBS},
        "Tehran announced its rejection of the Emirati claims over the Tunbs.",
        "the parser makes 'rejection' the subject of 'claims', read as a verb",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        '"The Malvinas were, are and will be Argentine," President Javier Milei said on Tuesday.',
        "the predicate hangs on the last, modal conjunct 'will be'",
    ),
]


@pytest.mark.parametrize(
    ("rel", "roles", "sentence"),
    [
        pytest.param(r, x, s, marks=pytest.mark.xfail(strict=True, reason=why))
        for r, x, s, why in MISSED
    ],
)
def test_known_misses(rel, roles, sentence):
    found = facts(sentence)
    assert has(found, rel, **roles), shown(found)


# (sentence, relation, roles the asserted fact must not have; {} for none of that relation)
DENIED: list[tuple[str, str, dict]] = [
    ("The Islamic State group claimed responsibility for the attack on the island.", "claims", {}),
    ("Maduro claimed victory in the referendum on the Essequibo.", "claims", {}),
    ("Venezuela claimed the referendum had been a success.", "claims", {}),
    ("China claimed that the Philippine vessel had rammed its ship.", "claims", {}),
    ("Norway and Russia have a dispute over fishing quotas in the Barents Sea.", "disputes", {}),
    ("Britain and Iceland fought a dispute over fishing quotas in the 1970s.", "disputes", {}),
    ("Japan rejected the proposal for joint development.", "claims", {}),
    ("Japan rejected the proposal for joint development.", "disputes", {}),
    ("Lebanon disputes the figures released by Israel.", "rejectsClaim", {}),
    ("Guyana disputes the Venezuelan account of the incident.", "rejectsClaim", {}),
    ("Japan has never disputed Russia's control of Sakhalin.", "rejectsClaim", {}),
    ("Britain does not dispute Argentina's right to raise the issue.", "rejectsClaim", {}),
    ("Kenya said it would not claim Migingo Island.", "claims", {"claimant": KENYA}),
    ("Canada and Denmark no longer dispute Hans Island.", "disputes", {}),
    # (parts23: "fought over the Falkland Islands" is a dispute, as the readable gold counts "six weeks
    # of fighting over Nagorno-Karabakh"; fighting over no land is none)
    ("Britain and Argentina fought over fishing quotas in 1982.", "disputes", {}),
    ("The fishermen are Lebanese, the army said.", "claims", {}),
    ("The Shebaa Farms are Syrian, Israel says.", "claims", {}),  # whose view it is
    (
        "Lebanon and Syria say the Shebaa Farms are Lebanese, while Israel says they are Syrian.",
        "claims",
        {"claimant": SYRIA},
    ),
    ("Sakhalin was part of Japan until 1945.", "claims", {"claimant": JAPAN}),
    ("Nepal considers Kalapani part of the dispute with India.", "claims", {}),
    (  # a third state that does not recognise a sovereignty takes no part in the dispute
        "The United States does not recognise Russia's sovereignty over Crimea.",
        "disputes",
        {},
    ),
    (  # a regarding verb that proclaims is an incorporation, no assertion
        "The Kuril Islands were proclaimed part of the territory of the Soviet Union in 1946.",
        "assertsSovereignty",
        {},
    ),
]


@pytest.mark.parametrize(("sentence", "rel", "roles"), DENIED)
def test_no_stance_where_none_is_told(sentence, rel, roles):
    found = facts(sentence)
    assert not has(found, rel, **roles), shown(found)


def test_a_rejected_sovereignty_names_its_holder_and_land():
    """ "Argentina disputes British sovereignty over the Falklands": what is rejected is the
    sovereignty, whose the demonym says."""
    found = [f for f in facts("Argentina disputes British sovereignty over the Falklands.")]
    rejected = [f for f in found if f.rel == "rejectsClaim"]
    assert [f.args["what"] for f in rejected] == ["British sovereignty over the Falklands"], shown(
        found
    )
