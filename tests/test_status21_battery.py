"""Claims and status on unseen text, precision first (issue 12, status21).

Every sentence was written for this module, in agency styles, about disputes the never-read batches
do not cover (the Essequibo, the Falklands, Gibraltar, Western Sahara, the Chagos, Hans Island, the
Sapodilla Cayes, the Swan Islands, Abkhazia, Northern Cyprus). What it covers:
- a recognition of no status ("recognised the need for talks", "acknowledged Argentina's
  concerns") and one withdrawn are no ``recognizes``; a standing present ("Abkhazia is recognised
  by Nicaragua") takes no date of the article's day;
- a bare "the law", "the map", "the note" a state rejects names the state that made it in an
  earlier sentence as the claimant, never one that only welcomed it;
- what a state rejects ends before the comma's relative clause or apposition and before what the
  rejecter calls it, so the same thing rejected twice is one fact;
- land that falls or comes under a state's jurisdiction is held (``controls``); land told as a
  territory or dependency of a state is held by it (not an "inherent territory": a stance);
- land that is "a source of friction" or "a bone of contention" between states is disputed;
- a document that lists or names land as a state's territory incorporates it (a trigger's
  ``required`` roles now hold for every reader, not only handovers);
- a court that gives a state sovereignty (a dative) awards it; an amount of land given is no award;
- a relative clause on one object says nothing of a conjunct told after it ("claims A, which
  Britain administers, and a slice of B");
- an apposition naming an act ("..., a decision Beijing has never accepted") is what is
  rejected, not the noun the parser hung it on; a possessive "its" with no subject above it is the
  last state its sentence names; land within a state's sea zone is no part of the zone;
- "which" as the subject of its clause owns the possessive in it ("Argentina, which considers the
  Falklands part of its territory"); a clause on a noun of an act ("the case it took to the
  court") describes no landmark before it;
- "it" for land is the last land its sentence names before it; ", and B" after a relative clause
  is its head's conjunct, no part of a phrase inside the clause;
- "the archipelago" is a group, never the one island of it named last;
- a thing a relative clause calls void ("a move Beijing called illegal") is rejected by the
  clause's subject, which is no claimant of it;
- "the UN court" is the ICJ; a description ("the four islands") told of another land by its
  of-phrase is no alias of the gazetteer's; an island heads no appositive list of parts; a capitalised name the parser takes for a noun compound of the verb is
  its subject ("Suriname disputes ...").
"""

from __future__ import annotations

import pytest
from helpers import facts, find, has, shown

GUYANA, VENEZUELA, UK = "state/guyana", "state/venezuela", "state/united-kingdom"
ARGENTINA, CHILE, CHINA = "state/argentina", "state/chile", "state/china"
PHILIPPINES, MAURITIUS, ALGERIA = "state/philippines", "state/mauritius", "state/algeria"
MOROCCO, BELIZE, HONDURAS = "state/morocco", "state/belize", "state/honduras"
GUATEMALA, DENMARK, CANADA = "state/guatemala", "state/denmark", "state/canada"
JAPAN, FRANCE, SURINAME = "state/japan", "state/france", "state/suriname"
NICARAGUA, TURKEY = "state/nicaragua", "state/turkey"
ICJ = "organization/international-court-of-justice"
SAPODILLA, HANS = "territory/sapodilla-cayes", "territory/hans-island"
FALKLANDS, CHAGOS = "territory/falkland-islands", "territory/chagos-archipelago"
SENKAKU, SWAN = "territory/senkaku-islands", "territory/swan-islands"

# (relation, roles the asserted fact has, sentence)
BATTERY: list[tuple[str, dict, str]] = [
    # the maker of a thing told before is the claimant of its rejection (law, decree, note, map, plan)
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "what": "the law"},
        "Venezuela's National Assembly passed a law creating a new state in the Essequibo. "
        "Guyana rejected the law as a violation of international law.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "what": "the decree"},
        "Venezuelan President Nicolas Maduro signed a decree on Wednesday. Guyana rejected the "
        "decree.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": PHILIPPINES, "what": "Philippines' note"},
        "The Philippines sent a diplomatic note to Beijing. China rejected the note, calling it "
        "groundless.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": ARGENTINA, "what": "the map"},
        "Argentina published a new map of its Antarctic sector. Chile rejected the map on Tuesday.",
    ),
    (
        "rejectsClaim",
        {"claimant": MOROCCO, "what": "the plan"},
        "Morocco submitted an autonomy plan in 2007. The Polisario Front rejected the plan.",
    ),
    # the same rejection, told by the possessor, a demonym, and a relative clause
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA},
        "Guyana rejected Venezuela's new law on the Essequibo.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA},
        "Guyana rejected the Venezuelan referendum as illegal on Monday.",
    ),
    (
        "rejectsClaim",
        {"state": MAURITIUS, "claimant": UK, "what": "the deal"},
        "Mauritius rejected the deal, which Britain signed in May.",
    ),
    # what is rejected ends before what the text or the rejecter adds about it
    (
        "rejectsClaim",
        {"state": ALGERIA, "what": "the criticism"},
        "Algeria rejected the criticism as interference in its internal affairs.",
    ),
    (
        "rejectsClaim",
        {"state": VENEZUELA, "what": "the ruling"},
        "Venezuela rejects the ruling, which it says is biased, and insists the 1966 Geneva "
        "Agreement governs the dispute.",
    ),
    (
        "rejectsClaim",
        {"state": ICJ, "claimant": UK, "territory": CHAGOS},
        "Britain's claim to the Chagos Archipelago was rejected by the UN court.",
    ),
    (
        "rejectsClaim",
        {"state": SURINAME, "claimant": GUYANA},
        "Suriname disputes Guyana's sovereignty over the New River Triangle.",
    ),
    (
        "rejectsClaim",
        {"state": GUATEMALA, "claimant": BELIZE},
        "Guatemala disputes Belize's sovereignty over the cayes.",
    ),
    # jurisdiction and territory told as holding
    (
        "controls",
        {"state": BELIZE, "territory": SAPODILLA},
        "The Sapodilla Cayes fall under the jurisdiction of Belize.",
    ),
    (
        "controls",
        {"state": JAPAN, "territory": SENKAKU},
        "The Senkaku Islands fall under Japan's jurisdiction.",
    ),
    (
        "controls",
        {"state": UK, "territory": CHAGOS},
        "The Chagos Archipelago falls under British jurisdiction.",
    ),
    (
        "controls",
        {"state": FRANCE, "territory": "territory/mayotte"},
        "Mayotte came under French authority in 1841.",
    ),
    (
        "controls",
        {"state": DENMARK, "territory": HANS},
        "Hans Island, a tiny territory of Denmark, was split in 2022.",
    ),
    (
        "partOf",
        {"part": "territory/mayotte", "whole": FRANCE},
        "Mayotte, an overseas department of France, voted to stay French.",
    ),
    # disputes told as friction or contention
    (
        "disputes",
        {"parties": {UK, ARGENTINA}, "territory": FALKLANDS},
        "The Falklands remain a source of friction between Britain and Argentina.",
    ),
    (
        "disputes",
        {"parties": {BELIZE, HONDURAS}, "territory": SAPODILLA},
        "The Sapodilla Cayes have long been a bone of contention between Belize and Honduras.",
    ),
    (
        "disputes",
        {"parties": {CANADA, DENMARK}, "territory": HANS},
        "Hans Island was a source of friction between Canada and Denmark until 2022.",
    ),
    # a court's award: to-phrase, dative, passive
    (
        "incorporates",
        {"territory": SWAN, "into": HONDURAS},
        "The International Court of Justice awarded sovereignty over the Swan Islands to Honduras "
        "in 2008.",
    ),
    (
        "incorporates",
        {"territory": SWAN, "into": HONDURAS},
        "The International Court of Justice gave Honduras sovereignty over the Swan Islands in 2008.",
    ),
    (
        "incorporates",
        {"territory": SWAN, "into": HONDURAS},
        "The Swan Islands were awarded to Honduras by the International Court of Justice in 2008.",
    ),
    # a document that lists or names land as a state's incorporates it
    (
        "incorporates",
        {"territory": SAPODILLA, "into": HONDURAS},
        "Honduras's 1982 constitution lists the Sapodilla Cayes as Honduran territory.",
    ),
    (
        "incorporates",
        {"territory": SAPODILLA, "into": HONDURAS},
        "The 1982 Honduran constitution names the Sapodilla Cayes as Honduran territory.",
    ),
    (
        "incorporates",
        {"territory": SAPODILLA, "into": HONDURAS},
        "The constitution, adopted in 1982, describes the Sapodilla Cayes as Honduran territory.",
    ),
    # "the statement" rejected: the latest statement by another state
    (
        "rejectsClaim",
        {
            "state": VENEZUELA,
            "claimant": GUYANA,
            "what": "the statement (the map was a flagrant violation of international law)",
        },
        'Guyana\'s foreign ministry said the map was "a flagrant violation of international law". '
        'Venezuela\'s foreign minister, Yvan Gil, dismissed the statement as "interference".',
    ),
    # an apposition that names an act sums up the clause before it
    (
        "rejectsClaim",
        {
            "state": CHINA,
            "what": "a decision (A 2016 arbitration ruling found that China's claims had no legal "
            "basis)",
        },
        "A 2016 arbitration ruling found that China's claims had no legal basis, a decision "
        "Beijing has never accepted.",
    ),
    # "which" the subject of the clause owns the possessive in it
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina, which considers the Falklands part of its territory, protested.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina, which considers the Falklands its province, protested.",
    ),
    (
        "claims",
        {"claimant": "state/serbia", "territory": "territory/kosovo"},
        "Kosovo declared independence from Serbia, which still considers Kosovo its province.",
    ),
    (
        "claims",
        {"claimant": DENMARK, "territory": HANS},
        "Hans Island is claimed by both Canada, which says it is part of its Nunavut territory, "
        "and Denmark.",
    ),
    # "the archipelago" is the group, not its island named last
    (
        "controls",
        {"state": UK, "territory": CHAGOS},
        "Britain separated the Chagos Archipelago from Mauritius in 1965. The United States "
        "operates a base on Diego Garcia. Britain has held the archipelago since 1965.",
    ),
    # the declarer inside a relative clause on the thing is no claimant of it
    (
        "rejectsClaim",
        {"state": CHINA, "what": "a move"},
        "Japan bought the islands in 2012, a move Beijing called illegal.",
    ),
    (
        "rejectsClaim",
        {"state": "state/ukraine", "what": "The referendum"},
        "The referendum, which Kyiv called illegal, was held in March.",
    ),
    # recognitions kept
    (
        "recognizes",
        {"party": NICARAGUA, "what": "Abkhazia"},
        "Abkhazia is recognised by Russia, Nicaragua, Venezuela, Syria and Nauru.",
    ),
    (
        "recognizes",
        {"party": TURKEY, "what": "the Turkish Republic of Northern Cyprus"},
        "Turkey is the only country that recognises the Turkish Republic of Northern Cyprus.",
    ),
    (
        "recognizes",
        {"party": GUATEMALA, "what": "Belize", "date": "1991"},
        "In 1991 Guatemala formally recognised Belize as an independent state.",
    ),
    (
        "recognizes",
        {"party": "state/armenia", "what": "Azerbaijan's territorial integrity", "date": "2023"},
        "Armenia recognised Azerbaijan's territorial integrity in 2023.",
    ),
    # a second object the parser reads after a comma, and the as-phrase before it, are no part of it
    (
        "recognizes",
        {"party": "state/ghana", "what": "Morocco's autonomy plan"},
        "Ghana on Wednesday recognised Morocco's autonomy plan as the only realistic basis for a "
        "solution, the latest African country to back Rabat.",
    ),
    # a claim's to-phrase the parser hung on the verb is the claim's
    (
        "rejectsClaim",
        {
            "state": BELIZE,
            "claimant": GUATEMALA,
            "what": "Guatemala's claim to more than half of its territory",
        },
        "Belize on Tuesday rejected Guatemala's claim to more than half of its territory as the "
        "International Court of Justice prepared to hear the dispute.",
    ),
    # the brief's shapes, kept (claims, control, disputes, rejections told in the ways news tells them)
    (
        "claims",
        {"claimant": VENEZUELA, "territory": "territory/guayana-esequiba"},
        "Venezuela lays claim to the Essequibo region.",
    ),
    (
        "claims",
        {"claimant": "state/comoros", "territory": "territory/mayotte"},
        "The Comoros considers Mayotte an integral part of its territory.",
    ),
    (
        "claims",
        {"claimant": VENEZUELA, "territory": "territory/guayana-esequiba"},
        "The Essequibo, which Caracas regards as its own, makes up two thirds of Guyana.",
    ),
    (
        "claims",
        {"claimant": "state/spain", "territory": "territory/gibraltar"},
        "Spain's claim over Gibraltar dates back to the 1713 Treaty of Utrecht.",
    ),
    (
        "claims",
        {"claimant": CANADA, "territory": HANS},
        "Hans Island, claimed by both Canada and Denmark, was divided in 2022.",
    ),
    (
        "disputes",
        {"parties": {JAPAN, "state/south-korea"}, "territory": "territory/liancourt-rocks"},
        "Japan and South Korea both claim the Dokdo islets.",
    ),
    (
        "disputes",
        {"parties": {VENEZUELA, GUYANA}, "territory": "territory/guayana-esequiba"},
        "The Essequibo, at the heart of a century-old dispute between Venezuela and Guyana, is rich "
        "in oil.",
    ),
    (
        "controls",
        {"state": UK, "territory": FALKLANDS},
        "Britain has held the Falklands since 1833.",
    ),
    (
        "controls",
        {"state": MOROCCO, "territory": "territory/western-sahara"},
        "Morocco administers most of Western Sahara.",
    ),
    (
        "incorporates",
        {"territory": "territory/guayana-esequiba", "into": VENEZUELA},
        "Venezuela incorporated the Essequibo into its Bolivar state.",
    ),
    (
        "rejectsClaim",
        {"state": "state/azerbaijan", "claimant": "state/armenia"},
        "Azerbaijan dismissed Armenia's claim as baseless.",
    ),
    (
        "rejectsClaim",
        {"state": "state/kenya", "claimant": MOROCCO, "territory": "territory/western-sahara"},
        "Kenya does not recognise Morocco's sovereignty over Western Sahara.",
    ),
    # honest misses
    pytest.param(  # the relative clause hangs on "the territory", not on the sovereignty
        "recognizes",
        {"party": "state/united-states", "what": "Moroccan sovereignty over the territory"},
        "Moroccan sovereignty over the territory, which Washington recognised in 2020, remains "
        "contested.",
        marks=pytest.mark.xfail(strict=True, reason="the relative clause's antecedent"),
    ),
    pytest.param(  # two things rejected are one fact
        "rejectsClaim",
        {"state": VENEZUELA, "what": "the court's 2020 ruling"},
        "Venezuela rejected the ICJ's jurisdiction and the court's 2020 ruling.",
        marks=pytest.mark.xfail(strict=True, reason="coordinated objects are one 'what'"),
    ),
]


@pytest.mark.parametrize(("rel", "roles", "sentence"), BATTERY)
def test_status_is_read(rel, roles, sentence):
    found = facts(sentence)
    assert has(found, rel, **roles), shown(found)


# (sentence, relation, roles no fact of the relation may have; {} for none at all)
DENIED: list[tuple[str, str, dict]] = [
    # recognition of no status, or withdrawn
    ("Ukraine recognised the need for talks with Russia.", "recognizes", {}),
    ("Britain acknowledged Argentina's concerns over the fishing licences.", "recognizes", {}),
    ("Spain recognises the role of Morocco in stemming migration.", "recognizes", {}),
    ("The minister acknowledged the importance of the fishing industry.", "recognizes", {}),
    ("Israel withdrew its recognition of the Sahrawi republic.", "recognizes", {}),
    ("The European Union urged Serbia to recognise Kosovo.", "recognizes", {}),
    ("Kenya does not recognise Morocco's sovereignty over Western Sahara.", "recognizes", {}),
    # a standing recognition takes no date of the article's day
    (
        "Abkhazia is recognised by Russia, Nicaragua, Venezuela, Syria and Nauru.",
        "recognizes",
        {"date": "2020-05-05"},
    ),
    # a thing only welcomed or issued by a court has no claimant from that
    (
        "Belize welcomed the ruling. Guatemala rejected the ruling.",
        "rejectsClaim",
        {"claimant": BELIZE},
    ),
    (
        "Guyana rejected the ruling. Venezuela also rejected the ruling.",
        "rejectsClaim",
        {"claimant": GUYANA},
    ),
    # jurisdiction denied, wished for, or claimed is no control
    ("The Sapodilla Cayes do not fall under Honduran jurisdiction.", "controls", {}),
    ("Guatemala says the cayes should fall under its jurisdiction.", "controls", {}),
    ("China claims jurisdiction over the Spratly Islands.", "controls", {}),
    (
        "The Philippines rejected China's jurisdiction over Scarborough Shoal.",
        "controls",
        {"state": CHINA},
    ),
    # an inherent territory is a stance, a former colony no longer held
    ("The Senkaku Islands are an inherent territory of Japan, the minister said.", "controls", {}),
    ("Gibraltar, a former colony of Spain, was ceded in 1713.", "controls", {}),
    # friction with no land, or between people
    ("Friction between the two countries grew after the vote.", "disputes", {}),
    ("There was friction between the minister and his deputy over the budget.", "disputes", {}),
    # a description told of another land by its of-phrase is not the alias; a list after one island
    (
        "Mayotte is one of the four islands of the Comoros archipelago.",
        "partOf",
        {"part": "territory/southern-kuril-islands"},
    ),
    ("Anjouan, Moheli and Grande Comore form the Union of the Comoros.", "partOf", {}),
    # a relative clause on one object says nothing of the conjunct told after it
    (
        "Argentina also claims South Georgia and the South Sandwich Islands, which Britain "
        "administers as a separate territory, and a large slice of Antarctica.",
        "controls",
        {"territory": "territory/antarctica"},
    ),
    # "its" with no subject above it: the state its sentence names, not one of an earlier sentence
    (
        "Armenia and Azerbaijan signed a deal. Azerbaijan retook Nagorno-Karabakh, which is "
        "internationally recognised as part of its territory, in 2023.",
        "partOf",
        {"whole": "state/armenia"},
    ),
    # land within a state's sea zone is no part of the zone (a claim's words)
    (
        "Scarborough Shoal lies within the Philippines' exclusive economic zone.",
        "partOf",
        {},
    ),
    # a clause on a case describes no land ("in" is no landmark there); a state includes no part
    (
        "Guatemala, which claims a large part of Belize's territory, includes the Sapodilla Cayes "
        "in the case it took to the International Court of Justice in 2019.",
        "controls",
        {},
    ),
    (  # parts23: "includes X in Y" puts X in Y (rules/part_slots.py)
        "Guatemala, which claims a large part of Belize's territory, includes the Sapodilla Cayes "
        "in the case it took to the International Court of Justice in 2019.",
        "partOf",
        {},
    ),
    ("The border was drawn by Britain, which it has condemned.", "rejectsClaim", {"state": UK}),
    # the conjunct after a relative clause is the clause head's, not a phrase's inside the clause
    (
        "Hans Island is claimed by both Canada, which says it is part of its Nunavut territory, "
        "and Denmark.",
        "partOf",
        {"whole": DENMARK},
    ),
    (
        "Hans Island is claimed by both Canada, which says it is part of its Nunavut territory, "
        "and Denmark.",
        "claims",
        {"claimant": DENMARK, "territory": "territory/nunavut"},
    ),
    (
        "Britain separated the Chagos Archipelago from Mauritius in 1965. The United States "
        "operates a base on Diego Garcia. Britain has held the archipelago since 1965.",
        "controls",
        {"territory": "territory/diego-garcia"},
    ),
    # contesting part of a sea zone rejects no claim
    (
        "The Maldives, which contests part of the maritime zone around the islands, has protested.",
        "rejectsClaim",
        {},
    ),
    # no document lists it, or the listing is denied
    ("The report lists the Sapodilla Cayes as part of Belize.", "incorporates", {}),
    ("The constitution does not list the Sapodilla Cayes as part of Honduras.", "incorporates", {}),
    # an amount of the land given is no award of the whole
    (
        "The International Court of Justice issued its ruling in 2008. The court gave Honduras "
        "about 40 square kilometres of the Swan Islands.",
        "incorporates",
        {},
    ),
]


@pytest.mark.parametrize(("sentence", "rel", "roles"), DENIED)
def test_no_status_where_none_is_told(sentence, rel, roles):
    found = facts(sentence)
    assert not find(found, rel, **roles), shown(found)
