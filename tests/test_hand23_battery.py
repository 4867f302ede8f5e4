"""Handovers, promises, withdrawals, suspensions, protests and meetings as wire copy tells them
(issue 12, hand23): control formally transferred, a handover completed, a land taken over, troops
withdrawn "handing it to" another; a treaty that "commits" or "binds" a state to return land; a
cession "once the treaty is ratified" (the treaty signed already is still the promiser); a deed done
under a treaty and dated ("ceded Ceuta to Spain under the Treaty of Lisbon in 1668": the transfer,
no promise) against the treaty's terms ("Under the Treaty of Lisbon, Portugal ceded ..."); pulled
out of, tore up, froze, suspended participation; a chargé d'affaires summoned; talks on the
sidelines, "sat down with", "shook hands", a place hung on a counterpart's name, and "their first
meeting since December" (no meeting in December) or "their last meeting in Kingstown" (not this
week's).

Sentences written for these tests in the styles of Reuters, AP, AFP, Kyodo and Xinhua, about
disputes other than those of the never-read batches: the Chagos Islands, Hong Kong, Ceuta, Sinai,
Karabakh's districts, the Kurils, Belize-Guatemala, Guyana-Venezuela, Ethiopia-Eritrea, arms
treaties, the Senkakus, the Falklands.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has, shown

UK, MAURITIUS, CHAGOS = "state/united-kingdom", "state/mauritius", "territory/chagos-archipelago"
CHINA, HONG_KONG, JAPAN = "state/china", "territory/hong-kong", "state/japan"
SPAIN, PORTUGAL, CEUTA = "state/spain", "state/portugal", "territory/ceuta"
ISRAEL, EGYPT, SINAI = "state/israel", "state/egypt", "territory/sinai"
MOROCCO, IFNI = "state/morocco", "territory/ifni"
ARMENIA, AZERBAIJAN = "state/armenia", "state/azerbaijan"
KALBAJAR, KALBAJAR_DISTRICT = "territory/kalbajar", "territory/kalbajar-district"
RUSSIA, IRAQ, ETHIOPIA, ECUADOR = "state/russia", "state/iraq", "state/ethiopia", "state/ecuador"
GUYANA, VENEZUELA = "state/guyana", "state/venezuela"
BELIZE, GUATEMALA = "state/belize", "state/guatemala"
ARGENTINA, PHILIPPINES = "state/argentina", "state/philippines"
ALI, MADURO = "person/irfaan-ali", "person/nicolas-maduro"
TODD, GIL = "person/hugh-todd", "person/yvan-gil"
ABE, XI = "person/shinzo-abe", "person/xi-jinping"
KINGSTOWN, BRASILIA, OSAKA = "city/kingstown", "city/brasilia", "city/osaka"

SIGNED = "Britain and Mauritius signed a treaty on the Chagos Islands in May. "

# (relation, roles the asserted fact has, sentence); the publication day is Tuesday 2020-05-05
BATTERY: list[tuple[str, dict, str]] = [
    # handovers done: formally transferred, completed, taken over, withdrew ... handing it
    (
        "handedOverTo",
        {"territory": CHAGOS, "to": MAURITIUS, "from": UK, "date": "2020-04-30"},
        "Britain formally transferred control of the Chagos Islands to Mauritius on Thursday.",
    ),
    (
        "handedOverTo",
        {"territory": HONG_KONG, "to": CHINA, "date": "1997-06-30"},
        "The handover of Hong Kong to China was completed at midnight on June 30, 1997.",
    ),
    (
        "handedOverTo",
        {"territory": HONG_KONG, "to": CHINA, "from": UK, "date": "1997-07-01"},
        "Britain completed the handover of Hong Kong to China on July 1, 1997.",
    ),
    (
        "handedOverTo",
        {"territory": HONG_KONG, "to": CHINA, "from": UK, "date": "1997"},
        "China took over Hong Kong from Britain in 1997.",
    ),
    (
        "handedOverTo",
        {"territory": HONG_KONG, "to": CHINA, "from": UK, "date": "1997"},
        "Britain withdrew from Hong Kong in 1997, handing the territory back to China.",
    ),
    (
        "handedOverTo",
        {"territory": KALBAJAR_DISTRICT, "to": AZERBAIJAN, "from": ARMENIA, "date": "2020-04-29"},
        "Armenia has held the Kalbajar district since 1993. Armenian troops withdrew from the "
        "district on Wednesday, handing it over to Azerbaijan.",
    ),
    # a name the gazetteer does not know, handed (a verb that hands notes too): land
    (
        "handedOverTo",
        {"territory": KALBAJAR, "to": AZERBAIJAN, "from": ARMENIA, "date": "2020-04-29"},
        "Armenia handed Kalbajar to Azerbaijan on Wednesday.",
    ),
    (
        "handedOverTo",
        {"territory": SINAI, "to": EGYPT, "from": ISRAEL, "date": "1982"},
        "Israel handed the Sinai back to Egypt in 1982.",
    ),
    (
        "handedOverTo",
        {"territory": SINAI, "to": EGYPT, "from": ISRAEL, "date": "1982"},
        "Israel returned the Sinai to Egypt in 1982.",
    ),
    # the Sinai is the gazetteer's (a land, not a name the recogniser may miss), so "it" stands for it
    (
        "handedOverTo",
        {"territory": SINAI, "to": EGYPT, "from": ISRAEL},
        "Israel withdrew from the Sinai in 1982, handing it back to Egypt.",
    ),
    # "on that date", "the same date": the last full date told
    (
        "handedOverTo",
        {"territory": CHAGOS, "to": MAURITIUS, "from": UK, "date": "2025-10-01"},
        "The treaty provided that Britain would hand the Chagos Islands to Mauritius with effect "
        "from October 1, 2025. Sovereignty over the islands was transferred from Britain to "
        "Mauritius at a ceremony on that date.",
    ),
    (
        "handedOverTo",
        {"territory": CHAGOS, "to": MAURITIUS, "date": "2025-05-22"},
        "Britain signed the deal on May 22, 2025. The Chagos Islands were handed over to "
        "Mauritius the same date.",
    ),
    # a name the gazetteer does not know, after a verb that also drops claims: still land
    (
        "handedOverTo",
        {"territory": IFNI, "to": MOROCCO, "from": SPAIN, "date": "1969"},
        "Spain relinquished Ifni to Morocco in 1969.",
    ),
    (
        "handedOverTo",
        {"territory": IFNI, "to": MOROCCO, "from": SPAIN, "date": "1969"},
        "Spain surrendered Ifni to Morocco in 1969.",
    ),
    (
        "handedOverTo",
        {"territory": IFNI, "to": MOROCCO, "from": SPAIN, "date": "1969"},
        "Spain gave Ifni back to Morocco in 1969.",
    ),
    (
        "handedOverTo",
        {"territory": IFNI, "to": MOROCCO, "from": SPAIN, "date": "1969"},
        "Spain turned Ifni over to Morocco in 1969.",
    ),
    (
        "handedOverTo",
        {"territory": HONG_KONG, "to": CHINA, "from": UK, "date": "1997"},
        "Britain turned Hong Kong over to China in 1997.",
    ),
    (
        "handedOverTo",
        {"territory": KALBAJAR_DISTRICT, "to": AZERBAIJAN, "date": "2020-04-29"},
        "Azerbaijan assumed control of the Kalbajar district on Wednesday.",
    ),
    # the date is the act's, not that of another clause with a subject of its own
    (
        "handedOverTo",
        {"territory": CEUTA, "to": SPAIN, "from": PORTUGAL, "date": "1668"},
        "Spain has held Ceuta since the 17th century; Portugal ceded the enclave to Spain in 1668.",
    ),
    (
        "handedOverTo",
        {"territory": CEUTA, "to": SPAIN, "from": PORTUGAL, "date": "1668"},
        "Portugal ceded Ceuta to Spain in 1668, and Spain has held it since the 17th century.",
    ),
    # a deed under a treaty: dated and told after the verb, the transfer; told as the terms, both
    (
        "handedOverTo",
        {"territory": CEUTA, "to": SPAIN, "from": PORTUGAL, "date": "1668"},
        "Portugal ceded Ceuta to Spain under the Treaty of Lisbon in 1668.",
    ),
    (
        "handedOverTo",
        {"territory": CEUTA, "to": SPAIN, "from": PORTUGAL, "date": "1668"},
        "Under the Treaty of Lisbon, Portugal ceded Ceuta to Spain in 1668.",
    ),
    (
        "promisesHandover",
        {
            "territory": CEUTA,
            "to": SPAIN,
            "from": PORTUGAL,
            "document": "document/treaty-of-lisbon",
        },
        "Under the Treaty of Lisbon, Portugal ceded Ceuta to Spain in 1668.",
    ),
    # promises: granted, committed to, bound to, once the (signed) treaty is ratified
    (
        "promisesHandover",
        {"territory": CHAGOS, "to": MAURITIUS, "from": UK},
        SIGNED + "Under the treaty, Britain granted the Chagos Islands to Mauritius.",
    ),
    (
        "promisesHandover",
        {"territory": CHAGOS, "to": MAURITIUS, "from": UK},
        "Under the deal, Britain will grant Mauritius the Chagos Islands.",
    ),
    (
        "promisesHandover",
        {"territory": CHAGOS, "to": MAURITIUS, "from": UK},
        "The treaty commits Britain to return the Chagos Islands to Mauritius.",
    ),
    (
        "promisesHandover",
        {"territory": SINAI, "to": EGYPT, "from": ISRAEL},
        "The 1979 peace treaty commits Israel to return the Sinai to Egypt.",
    ),
    (
        "promisesHandover",
        {"territory": CHAGOS, "to": MAURITIUS, "from": UK},
        "The agreement binds Britain to hand the Chagos Islands over to Mauritius within two years.",
    ),
    (
        "promisesHandover",
        {"territory": CHAGOS, "to": MAURITIUS, "from": UK, "condition": "the treaty is ratified"},
        SIGNED + "Britain would cede the islands to Mauritius once the treaty is ratified.",
    ),
    (
        "promisesHandover",
        {
            "territory": CHAGOS,
            "to": MAURITIUS,
            "from": UK,
            "condition": "the treaty enters into force",
        },
        SIGNED + "Britain would cede the islands to Mauritius only after the treaty enters into "
        "force.",
    ),
    (
        "promisesHandover",
        {"territory": CHAGOS, "to": MAURITIUS, "from": UK, "condition": "the treaty is ratified"},
        "Under the deal, Britain would cede the Chagos Islands to Mauritius once the treaty is "
        "ratified.",
    ),
    # a condition set under "its terms": the document just named
    (
        "conditionedOn",
        {
            "document": "document/agreement-of-2019",
            "what": "the mandate will be extended automatically",
            "condition": "one of the parties objects",
        },
        "Armenia and Azerbaijan signed an agreement on Nov. 9. Under its terms, the mandate will "
        "be extended automatically unless one of the parties objects.",
    ),
    (
        "conditionedOn",
        {"document": "document/agreement/in/2020-05-05-test", "condition": "either side objects"},
        "Under the agreement, the mandate of the peacekeepers will be renewed for five years "
        "unless either side objects.",
    ),
    # "both parties": the two states in play
    (
        "obliges",
        {"party": GUYANA},
        "Guyana and Venezuela are in dispute over the Essequibo. The International Court of "
        "Justice on Friday ordered both parties to refrain from any action that might aggravate "
        "the dispute.",
    ),
    (
        "obliges",
        {"party": VENEZUELA},
        "Guyana and Venezuela are in dispute over the Essequibo. The International Court of "
        "Justice on Friday ordered both parties to refrain from any action that might aggravate "
        "the dispute.",
    ),
    # obligations withdrawn: pulled out of, tore up, declared void (the date of the act's clause)
    (
        "withdrewObligation",
        {"state": RUSSIA, "date": "2019"},
        "Russia pulled out of the 1987 Intermediate-Range Nuclear Forces Treaty in 2019.",
    ),
    (
        "withdrewObligation",
        {"state": IRAQ, "date": "1980-09"},
        "Iraq tore up the 1975 Algiers Agreement in September 1980.",
    ),
    (
        "withdrewObligation",
        {"state": ECUADOR, "document": "document/rio-protocol", "date": "1960"},
        "Ecuador had declared the Rio Protocol void in 1960, arguing that it had been imposed "
        "after Peru occupied its territory in 1941.",
    ),
    # suspensions: participation suspended, an agreement frozen, with their reasons
    (
        "suspends",
        {"party": RUSSIA, "date": "2023-02"},
        "Russia suspended its participation in the New START treaty in February 2023.",
    ),
    (
        "suspends",
        {"party": ETHIOPIA, "date": "2020-05-04"},
        "Ethiopia froze the 2018 peace agreement with Eritrea on Monday.",
    ),
    (
        "suspends",
        {"party": VENEZUELA, "reason": "the ICJ ruling"},
        "Venezuela suspended talks with Guyana on Monday in response to the ICJ ruling.",
    ),
    (
        "suspends",
        {"party": ECUADOR, "reason": "the incursion"},
        "Ecuador froze its participation in the boundary commission because of the incursion.",
    ),
    (
        "suspends",
        {"party": VENEZUELA, "date": "2020-05-01"},
        "Venezuela pulled out of the talks with Guyana on Friday, citing the court case.",
    ),
    # protests: lodged with, a chargé d'affaires summoned, representations
    (
        "protests",
        {"party": GUYANA, "against": VENEZUELA, "subject": "the incursion", "date": "2020-05-01"},
        "Guyana lodged a protest with Venezuela on Friday over the incursion.",
    ),
    (
        "protests",
        {"party": GUATEMALA, "against": BELIZE, "subject": "the arrest", "date": "2020-05-04"},
        "Guatemala summoned the Belizean charge d'affaires on Monday to protest the arrest.",
    ),
    (
        "protests",
        {"party": ARGENTINA, "against": UK, "subject": "the exercises"},
        "Argentina's foreign ministry summoned the British charge d'affaires in Buenos Aires to "
        "protest the exercises.",
    ),
    (
        "protests",
        {"party": GUATEMALA, "against": BELIZE},
        "Guatemala summoned the Belizean chargé d'affaires on Monday.",
    ),
    (
        "protests",
        {"party": JAPAN, "against": CHINA, "date": "2020-05-04"},
        "Tokyo summoned the Chinese ambassador on Monday over the incursion near the Senkaku "
        "Islands.",
    ),
    (
        "protests",
        {"party": CHINA, "against": PHILIPPINES, "subject": "the grounding of the ship"},
        "China lodged stern representations with the Philippines over the grounding of the ship.",
    ),
    (  # the dative of the verb that hands the note over (round 28, rules/recipients.py)
        "protests",
        {"party": VENEZUELA, "against": GUYANA},
        "Venezuela sent Guyana a protest note on Tuesday over the auction of oil blocks.",
    ),
    # meetings: on the sidelines, talks between, sat down with, shook hands
    (
        "meeting",
        {"participants": {ABE, XI}, "place": OSAKA, "date": "2020-05-02"},
        "Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping met on the sidelines "
        "of the G20 summit in Osaka on Saturday.",
    ),
    (
        "meeting",
        {"participants": {ALI, MADURO}, "place": KINGSTOWN, "date": "2020-04-30"},
        "Talks between Guyanese President Irfaan Ali and Venezuelan President Nicolas Maduro in "
        "Kingstown on Thursday ended without agreement.",
    ),
    (
        "meeting",
        {"participants": {ALI, MADURO}, "place": KINGSTOWN, "date": "2020-04-30"},
        "Irfaan Ali sat down with Nicolas Maduro in Kingstown on Thursday.",
    ),
    (
        "meeting",
        {"participants": {ALI, MADURO}, "place": KINGSTOWN, "date": "2020-04-30"},
        "Guyanese President Irfaan Ali and Venezuelan President Nicolas Maduro shook hands in "
        "Kingstown on Thursday.",
    ),
    (
        "meeting",
        {"participants": {ALI, MADURO}, "place": KINGSTOWN, "date": "2020-04-30"},
        "Irfaan Ali shook hands with Nicolas Maduro at the summit in Kingstown on Thursday.",
    ),
    (
        "meeting",
        {"participants": {TODD, GIL}, "place": BRASILIA, "date": "2020-04-30"},
        "Guyana's foreign minister Hugh Todd held talks with his Venezuelan counterpart Yvan Gil "
        "in Brasilia on Thursday, their first meeting since December.",
    ),
    # the protest named by the verb that made it: its by-phrase is the protester (protests55b)
    (
        "protests",
        {"party": ARGENTINA, "against": UK},
        "Britain rejected the protest lodged by Argentina over the exercises.",
    ),
]


@pytest.mark.parametrize("rel, want, sentence", BATTERY)
def test_asserted(rel, want, sentence):
    found = facts(sentence)
    assert has(found, rel, **want), shown(found)


def test_a_first_meeting_since_a_month_is_not_of_that_month():
    """ "their first meeting since December": one meeting, this week's, none in December."""
    found = facts(
        "Guyana's foreign minister Hugh Todd held talks with his Venezuelan counterpart Yvan Gil "
        "in Brasilia on Thursday, their first meeting since December."
    )
    assert [f.args.get("date") for f in found if f.rel == "meeting"] == ["2020-04-30"], shown(found)


def test_a_last_meeting_is_an_earlier_one():
    """ "a year after their last meeting in Kingstown": that meeting was not on Thursday."""
    found = facts(
        "Hugh Todd met Yvan Gil in Caracas on Thursday, a year after their last meeting in "
        "Kingstown."
    )
    met = find(found, "meeting", participants={TODD, GIL})
    assert {(getattr(f.args.get("place"), "key", None), f.args.get("date")) for f in met} == {
        ("city/caracas", "2020-04-30"),
        (KINGSTOWN, None),
    }, shown(found)


def test_a_dated_deed_under_a_treaty_told_after_the_verb_is_no_promise():
    found = facts("Portugal ceded Ceuta to Spain under the Treaty of Lisbon in 1668.")
    assert not [f for f in found if f.rel == "promisesHandover"], shown(found)


def test_an_undated_deed_under_a_treatys_provisions_keeps_the_promise():
    found = facts("Britain ceded Heligoland to Germany under the provisions of the treaty.")
    assert [f for f in found if f.rel == "promisesHandover"], shown(found)


def test_an_unsigned_treaty_in_the_condition_is_not_the_promiser():
    """The peace treaty is awaited; the declaration signed in 1956 promises."""
    found = facts(
        "Japan and the Soviet Union signed a joint declaration in 1956. Moscow would hand over "
        "Shikotan and Habomai to Japan once a peace treaty is signed."
    )
    promised = [f for f in found if f.rel == "promisesHandover"]
    assert promised, shown(found)
    assert all("declaration" in f.args["document"].label.lower() for f in promised), shown(found)


# (relation, roles that no fact of it may have, sentence)
NEGATIVES: list[tuple[str, dict, str]] = [
    # a meeting refused, planned, or a verb of another sense
    ("meeting", {}, "Irfaan Ali refused to shake hands with Nicolas Maduro."),
    ("meeting", {}, "Irfaan Ali will sit down with Nicolas Maduro in Kingstown next week."),
    ("meeting", {}, "Irfaan Ali shook off criticism from Nicolas Maduro."),
    ("meeting", {}, "Irfaan Ali sat in silence as Nicolas Maduro spoke in Kingstown."),
    # a protest planned or denied
    ("protests", {}, "Guyana plans to lodge a protest with Venezuela."),
    ("protests", {}, "Guyana did not lodge a protest with Venezuela."),
    ("protests", {}, "Guatemala will summon the Belizean charge d'affaires."),
    # granted: no land
    ("handedOverTo", {}, "Portugal granted independence to Guinea-Bissau in 1974."),
    ("handedOverTo", {}, "Spain granted Morocco fishing rights off Ceuta."),
    ("promisesHandover", {}, "Spain granted Morocco fishing rights off Ceuta."),
    ("handedOverTo", {}, "Spain turned over the documents to Morocco."),
    ("handedOverTo", {}, "The army assumed control of the government in Rabat."),
    ("handedOverTo", {}, "Japan relinquished its claim to Formosa in 1951."),
    # a promise without a document told, or only wished
    (
        "promisesHandover",
        {},
        "Britain would cede the Chagos Islands to Mauritius once a new treaty is signed.",
    ),
    (
        "promisesHandover",
        {},
        "Mauritius wants Britain to cede the Chagos Islands once the treaty is ratified.",
    ),
    # a dated deed under a treaty told after its verb: the transfer alone
    ("promisesHandover", {}, "Portugal ceded Ceuta to Spain under the Treaty of Lisbon in 1668."),
    # not the date of another clause
    (
        "handedOverTo",
        {"date": "1600"},
        "Spain has held Ceuta since the 17th century; Portugal ceded the enclave to Spain in 1668.",
    ),
    # "its terms" with no document named before
    ("conditionedOn", {}, "Under its terms, the mandate will be extended unless one side objects."),
    # a suspension denied
    ("suspends", {}, "Venezuela did not suspend its participation in the talks."),
    ("withdrewObligation", {}, "Russia has no plans to pull out of the treaty."),
]


@pytest.mark.parametrize("rel, roles, sentence", NEGATIVES)
def test_not_asserted(rel, roles, sentence):
    found = facts(sentence)
    assert not has(found, rel, **roles), shown(found)


# Honest misses: (relation, roles, sentence, why)
KNOWN_MISSES: list[tuple[str, dict, str, str]] = [
    (
        "handedOverTo",
        {"territory": CHAGOS, "to": MAURITIUS, "date": "2025"},
        "The Chagos Islands lie in the Indian Ocean. Control of the islands passed to Mauritius in "
        "2025.",
        "'the islands' inside the of-phrase of 'control' is not read as the land the sentence "
        "before named, though 'Control of the Chagos Islands passed' is",
    ),
    (
        "protests",
        {"party": GUATEMALA, "against": BELIZE},
        "Guatemala delivered a protest note to Belize over the arrest of its citizens.",
        "the parser reads 'to Belize' as an infinitive ('belize' looks like a verb in -ize)",
    ),
    (
        "promisesHandover",
        {"territory": "territory/shikotan", "to": JAPAN},
        "Japan and the Soviet Union signed a joint declaration in 1956 in which Moscow offered "
        "Japan Shikotan and Habomai.",
        "'offer' is no handover verb: a state's offer is no deed, and a trigger read only under a "
        "document does not exist",
    ),
    (
        "obliges",
        {"party": "state/chile"},
        "The treaty obliges Chile to build a railway from Arica to La Paz.",
        "the parser reads 'treaty obliges' as a noun phrase with 'Chile' in apposition",
    ),
    (
        "withdrewObligation",
        {"state": "state/north-korea", "date": "2003"},
        "North Korea pulled out of the 1994 Agreed Framework in 2003.",
        "'the Agreed Framework' has no document noun, and the gazetteer does not name it",
    ),
    (
        "suspends",
        {"party": RUSSIA, "reason": "the sanctions"},
        "Russia is putting its negotiations with Japan on a peace treaty on hold over the "
        "sanctions, its Foreign Ministry said on Monday.",
        "the parser hangs 'on hold' and 'over the sanctions' on 'treaty'",
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
