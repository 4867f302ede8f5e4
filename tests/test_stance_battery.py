"""Stances on unseen text: claims, rejections, disputes, control, sovereignty and part-of as the
agencies (Reuters, AP, AFP, Xinhua, Kyodo, TASS, Anadolu) and government releases write them.

Every sentence here was written for this module, on disputes and places beyond the dev articles:
rival claims, relative clauses, possessive and demonym doers, participles, "at loggerheads",
predicates of invalidity ("called the claim baseless"), prepositional phrases the parser hangs on
the verb, and negated or modal sentences that must give no asserted fact.
"""

from __future__ import annotations

import pytest
from helpers import CHINA, FALKLANDS, JAPAN, RUSSIA, SENKAKU, UK, facts, has, shown

ARGENTINA, VIETNAM, PHILIPPINES = "state/argentina", "state/vietnam", "state/philippines"
MALAYSIA = "state/malaysia"
SOUTH_KOREA, DOKDO = "state/south-korea", "territory/liancourt-rocks"
SCARBOROUGH, SPRATLYS = "territory/scarborough-shoal", "territory/spratly-islands"
PARACELS, SOUTH_CHINA_SEA = "territory/paracel-islands", "territory/south-china-sea"
INDIA, PAKISTAN, KASHMIR = "state/india", "state/pakistan", "territory/kashmir"
ARUNACHAL = "territory/arunachal-pradesh"
VENEZUELA, GUYANA, ESSEQUIBO = "state/venezuela", "state/guyana", "territory/guayana-esequiba"
ISRAEL, GOLAN, TURKEY = "state/israel", "territory/golan-heights", "state/turkey"
NORTHERN_CYPRUS, CRIMEA, UKRAINE = "territory/northern-cyprus", "territory/crimea", "state/ukraine"
KURILS = "territory/kuril-islands"
IRAN, UAE, ABU_MUSA = "state/iran", "state/united-arab-emirates", "territory/abu-musa"
ETHIOPIA, SUDAN, FASHAGA = "state/ethiopia", "state/sudan", "territory/al-fashaga"
GREECE, AEGEAN = "state/greece", "territory/aegean-sea"
EGYPT, HALAIB = "state/egypt", "territory/hala-ib-triangle"
QATAR, BAHRAIN, HAWAR = "state/qatar", "state/bahrain", "territory/hawar-islands"
MOROCCO, SAHARA = "state/morocco", "territory/western-sahara"
CEUTA, MELILLA = "territory/ceuta", "territory/melilla"
GUATEMALA, HONDURAS, BELIZE, SAPODILLA = (
    "state/guatemala",
    "state/honduras",
    "state/belize",
    "territory/sapodilla-cayes",
)
CANADA, DENMARK, HANS = "state/canada", "state/denmark", "territory/hans-island"
AZERBAIJAN, ARMENIA, KARABAKH = "state/azerbaijan", "state/armenia", "territory/nagorno-karabakh"
MAURITIUS, CHAGOS = "state/mauritius", "territory/chagos-archipelago"

# (relation, roles the asserted fact has, sentence)
BATTERY: list[tuple[str, dict, str]] = [
    # claims
    (
        "claims",
        {"claimant": CHINA, "territory": PARACELS},
        "China lays claim to almost all of the South China Sea, including the Paracel Islands.",
    ),
    (
        "claims",
        {"claimant": VIETNAM, "territory": SPRATLYS},
        "The Spratly Islands, which Vietnam also claims, lie off the coast of the Philippines.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina's claim over the Falkland Islands was raised again at the United Nations.",
    ),
    (
        "claims",
        {"claimant": JAPAN, "territory": SENKAKU},
        "The Senkaku Islands are claimed by both China and Japan.",
    ),
    (
        "claims",
        {"claimant": SOUTH_KOREA, "territory": DOKDO},
        "Japan and South Korea both claim the Liancourt Rocks.",
    ),
    (
        "claims",
        {"claimant": VENEZUELA, "territory": ESSEQUIBO},
        "Venezuela, which claims the Essequibo region, held a referendum on Sunday.",
    ),
    (
        "claims",
        {"claimant": HONDURAS, "territory": SAPODILLA},
        "The Sapodilla Cayes, claimed by Guatemala and Honduras, lie off the coast of Belize.",
    ),
    (
        "claims",
        {"claimant": UAE, "territory": ABU_MUSA},
        "Abu Musa, held by Iran since 1971, is claimed by the United Arab Emirates.",
    ),
    (
        "claims",
        {"claimant": VIETNAM, "territory": PARACELS},
        "China and Vietnam have rival claims to the Paracel Islands.",
    ),
    (
        "claims",
        {"claimant": MAURITIUS, "territory": CHAGOS},
        "Mauritius, which claims the Chagos Archipelago, welcomed the court's opinion.",
    ),
    (
        "claims",
        {"claimant": VENEZUELA, "territory": "territory/guyana-territory"},
        "Venezuela claims two-thirds of Guyana's territory.",
    ),
    (
        "claims",
        {"claimant": GUATEMALA, "territory": "territory/belize-territory"},
        "The court will rule on Guatemala's claim to more than half of Belize's territory.",
    ),
    (
        "claims",
        {"claimant": GUATEMALA, "territory": "territory/belize-territory"},
        "Guatemala, which claims a large part of Belize's territory, took its case to the court.",
    ),
    (  # a description said of a named group is that group
        "claims",
        {"claimant": HONDURAS, "territory": SAPODILLA},
        "The Sapodilla Cayes are a chain of small coral islands that both Honduras and Guatemala claim.",
    ),
    (
        "claims",
        {"claimant": VIETNAM, "territory": SPRATLYS},
        "The Spratly Islands are a group of islands which China, Vietnam and the Philippines claim.",
    ),
    (  # a relative clause on an apposition the parser takes for a second object
        "claims",
        {"claimant": MOROCCO, "territory": CEUTA},
        "Morocco lodged a formal protest with Spain after Sanchez visited Ceuta and Melilla, the two "
        "Spanish enclaves that Rabat claims as its own.",
    ),
    (
        "claims",
        {"claimant": MOROCCO, "territory": MELILLA},
        "Morocco lodged a formal protest with Spain after Sanchez visited Ceuta and Melilla, the two "
        "Spanish enclaves that Rabat claims as its own.",
    ),
    (  # "the claims of A, B and C to X": with "to X" said, "of" names the claimants
        "claims",
        {"claimant": MALAYSIA, "territory": SPRATLYS},
        "The claims of China, Vietnam and Malaysia to the Spratly Islands overlap.",
    ),
    (
        "disputes",
        {"parties": {CHINA, VIETNAM}, "territory": PARACELS},
        "The rival claims of China and Vietnam over the Paracel Islands have fuelled tension.",
    ),
    # disputes
    (
        "disputes",
        {"parties": {GUATEMALA, BELIZE}, "territory": "territory/belize-territory"},
        "Guatemala claims much of Belize's territory. Belize has always rejected the claim.",
    ),
    (
        "disputes",
        {"parties": {JAPAN, CHINA}, "territory": SENKAKU},
        "Tokyo on Tuesday again rejected Beijing's claim to the Senkaku Islands.",
    ),
    (
        "disputes",
        {"parties": {INDIA, PAKISTAN}, "territory": KASHMIR},
        "India and Pakistan have long been at loggerheads over Kashmir.",
    ),
    (
        "disputes",
        {"parties": {INDIA, CHINA}, "territory": ARUNACHAL},
        "India and China have been at loggerheads over Arunachal Pradesh for decades.",
    ),
    (
        "disputes",
        {"parties": {ETHIOPIA, SUDAN}, "territory": FASHAGA},
        "Ethiopia and Sudan both claim the al-Fashaga triangle.",
    ),
    (
        "disputes",
        {"parties": {GREECE, TURKEY}, "territory": AEGEAN},
        "Greece and Turkey have been at odds over the Aegean for decades.",
    ),
    (
        "disputes",
        {"parties": {QATAR, BAHRAIN}, "territory": HAWAR},
        "Qatar and Bahrain long disputed the Hawar Islands.",
    ),
    (
        "disputes",
        {"parties": {CANADA, DENMARK}, "territory": HANS},
        "Hans Island, which Canada and Denmark both claim, was split between them in 2022.",
    ),
    # controls
    (
        "controls",
        {"state": ISRAEL, "territory": GOLAN},
        "The Golan Heights, administered by Israel since 1967, remain a flashpoint.",
    ),
    (
        "controls",
        {"state": TURKEY, "territory": NORTHERN_CYPRUS},
        "Turkey has controlled Northern Cyprus since 1974.",
    ),
    (
        "controls",
        {"state": RUSSIA, "territory": CRIMEA},
        "Russian-held Crimea was annexed in 2014.",
    ),
    (
        "controls",
        {"state": RUSSIA, "territory": KURILS},
        "The Kuril Islands have been under Russian control since 1945.",
    ),
    (
        "controls",
        {"state": GUYANA, "territory": ESSEQUIBO},
        "The Essequibo region, governed by Guyana, is rich in oil.",
    ),
    (
        "controls",
        {"state": MOROCCO, "territory": SAHARA},
        "Western Sahara, a former Spanish colony, has been largely controlled by Morocco since 1975.",
    ),
    ("controls", {"state": IRAN, "territory": ABU_MUSA}, "Iranian-held Abu Musa lies in the Gulf."),
    (  # "the cayes", "the shoal" refer back to the named land
        "controls",
        {"state": BELIZE, "territory": SAPODILLA},
        "The Sapodilla Cayes lie off Belize. Belize, which has administered the cayes since 1981, "
        "rejected the note.",
    ),
    (
        "controls",
        {"state": CHINA, "territory": SCARBOROUGH},
        "Scarborough Shoal is claimed by Manila. Beijing seized the shoal in 2012.",
    ),
    (  # "under the control of X": what is under it is the territory, "of" the doer
        "controls",
        {"state": ISRAEL, "territory": GOLAN},
        "The Golan Heights are under the control of Israel.",
    ),
    (
        "controls",
        {"state": JAPAN, "territory": SENKAKU},
        "The Senkaku Islands came under the administration of Japan in 1972.",
    ),
    # assertsSovereignty
    (
        "assertsSovereignty",
        {"state": JAPAN, "territory": SENKAKU},
        "Japan insists the Senkaku Islands are its sovereign territory.",
    ),
    (
        "assertsSovereignty",
        {"state": CHINA, "territory": PARACELS},
        "Beijing says the Paracel Islands are an inalienable part of Chinese territory.",
    ),
    (
        "assertsSovereignty",
        {"state": ARGENTINA, "territory": FALKLANDS},
        "Argentina reaffirmed its sovereignty over the Malvinas Islands.",
    ),
    (  # "part of Japan's territory" is the trigger, no share of land
        "assertsSovereignty",
        {"state": JAPAN, "territory": "territory/southern-kuril-islands"},
        "Tokyo says the southern Kurils are an inherent part of Japan's territory.",
    ),
    (  # "its" in what the clause says Taiwan is: not Taiwan, the one who says it
        "assertsSovereignty",
        {"state": CHINA, "territory": "territory/taiwan"},
        "China says Taiwan is an integral part of its territory.",
    ),
    (
        "assertsSovereignty",
        {"state": CHINA, "territory": "territory/taiwan"},
        "Beijing considers Taiwan an inalienable part of its territory.",
    ),
    (  # "regards X as Y": the as-phrase says what the object is
        "assertsSovereignty",
        {"state": RUSSIA, "territory": CRIMEA},
        "Russia regards Crimea as an integral part of its territory.",
    ),
    (
        "partOf",
        {"part": PARACELS, "whole": "territory/hainan"},
        "China sees the Paracel Islands as part of its Hainan province.",
    ),
    (
        "assertsSovereignty",
        {"state": ARGENTINA, "territory": FALKLANDS},
        "Argentina reiterated its legitimate and imprescriptible sovereignty rights over the Malvinas.",
    ),
    (
        "assertsSovereignty",
        {"state": ARGENTINA, "territory": FALKLANDS},
        "Argentina's sovereign rights over the Falkland Islands are not negotiable, Milei said.",
    ),
    (
        "assertsSovereignty",
        {"state": IRAN, "territory": ABU_MUSA},
        "Iran insists Abu Musa belongs to it.",
    ),
    # rejectsClaim: the rejecter, whose claim, and to what
    (
        "rejectsClaim",
        {"state": PHILIPPINES, "claimant": CHINA, "territory": SCARBOROUGH},
        "The Philippines dismissed China's claim to Scarborough Shoal.",
    ),
    (
        "rejectsClaim",
        {"state": JAPAN, "claimant": CHINA, "territory": SENKAKU},
        "Japan would never accept China's claim to the Senkakus.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA, "territory": FALKLANDS},
        "Britain refused to accept Argentina's claim to the Falkland Islands.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "territory": ESSEQUIBO},
        "Guyana does not accept Venezuela's claim to the Essequibo.",
    ),
    (
        "rejectsClaim",
        {"state": AZERBAIJAN, "claimant": ARMENIA, "territory": KARABAKH},
        "Azerbaijan does not recognize Armenia's control over Nagorno-Karabakh.",
    ),
    (
        "rejectsClaim",
        {"state": SOUTH_KOREA, "claimant": JAPAN, "territory": DOKDO},
        "Seoul called Tokyo's claim to the Liancourt Rocks baseless.",
    ),
    (
        "rejectsClaim",
        {"state": SOUTH_KOREA, "claimant": JAPAN, "territory": DOKDO},
        "Seoul described Tokyo's claim to Dokdo as groundless.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": PHILIPPINES, "territory": SPRATLYS},
        "China called the Philippine claim to the Spratly Islands baseless.",
    ),
    (
        "rejectsClaim",
        {"state": VIETNAM, "claimant": CHINA, "territory": SOUTH_CHINA_SEA},
        "Vietnam said Beijing's claims in the South China Sea had no legal basis.",
    ),
    (
        "rejectsClaim",
        {"state": JAPAN, "claimant": SOUTH_KOREA, "territory": DOKDO},
        "Tokyo called Seoul's claim to Takeshima null and void.",
    ),
    (  # a participle closing the reported clause is the teller's act
        "rejectsClaim",
        {"state": "state/spain", "claimant": MOROCCO},
        "Spanish Prime Minister Pedro Sanchez told reporters in Melilla that the cities were Spanish, "
        "rejecting the Moroccan claim.",
    ),
    (
        "rejectsClaim",
        {"state": SUDAN, "claimant": EGYPT, "territory": HALAIB},
        "Sudan rejected Egypt's claim to the Halaib Triangle, saying it was Sudanese territory.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "sentence"), BATTERY)
def test_news_wording_yields_the_stance(rel, roles, sentence):
    found = facts(sentence)
    assert has(found, rel, **roles), shown(found)


# (sentence, relation, roles the asserted fact must not have)
DENIED: list[tuple[str, str, dict]] = [
    ("Ethiopia could claim the Fashaga region in future talks.", "claims", {"claimant": ETHIOPIA}),
    ("Canada has dropped its claim to Hans Island.", "claims", {"claimant": CANADA}),
    (
        "Seoul did not call Tokyo's claim to the Liancourt Rocks baseless.",
        "rejectsClaim",
        {"state": SOUTH_KOREA},
    ),
    (
        "Japan has never rejected China's claim to the Senkakus.",
        "rejectsClaim",
        {"state": JAPAN},
    ),
    (
        "India and China are no longer at loggerheads over Arunachal Pradesh.",
        "disputes",
        {"territory": ARUNACHAL},
    ),
    (
        "Chinese coast guard vessels patrol the waters around the Senkaku Islands.",
        "controls",
        {"state": CHINA},
    ),
    ("Argentina would control the Falkland Islands.", "controls", {"state": ARGENTINA}),
    (
        "The UK has no sovereign rights over the Chagos Archipelago.",
        "assertsSovereignty",
        {"state": UK},
    ),
    (
        "Britain has no sovereignty over the Chagos Archipelago.",
        "assertsSovereignty",
        {"state": UK},
    ),
    (
        "China says Taiwan is an integral part of its territory.",
        "assertsSovereignty",
        {"state": "state/taiwan"},
    ),
    (  # the land in a noun's phrase ("their dispute over X") is not what "took" acts on
        "Botswana and Namibia took their dispute over Kasikili Island to the court.",
        "controls",
        {"territory": "territory/kasikili-island"},
    ),
    (
        "Venezuela took its claim to the Essequibo region to the United Nations.",
        "controls",
        {"state": VENEZUELA},
    ),
    (  # a third state that condemns an annexation is no party to the dispute
        "The United States condemned Russia's attempt to annex Crimea.",
        "disputes",
        {"territory": CRIMEA},
    ),
]


def test_a_share_of_a_states_territory_is_no_part_said():
    """ "two-thirds of Guyana's territory" is claimed land, not a partOf fact of the outlet's."""
    found = facts("Venezuela claims two-thirds of Guyana's territory.")
    assert not [f for f in found if f.rel == "partOf"], shown(found)


@pytest.mark.parametrize(("sentence", "rel", "roles"), DENIED)
def test_negation_and_modality_yield_no_stance(sentence, rel, roles):
    found = facts(sentence)
    assert not has(found, rel, **roles), shown(found)


def test_a_claim_called_baseless_is_named_without_the_words_of_calling():
    """ "described X's claim as groundless": what is rejected is the claim, not "... as"."""
    found = [
        f
        for f in facts("Seoul described Tokyo's claim to Dokdo as groundless.")
        if f.rel == "rejectsClaim"
    ]
    assert [f.args["what"] for f in found] == ["Tokyo's claim to Dokdo"], shown(found)


def test_the_readme_example():
    """README.md, "Stances on unseen text": the facts it shows, and no other stance."""
    text = (
        "Guatemala claims more than half of Belize's territory. Belize has always rejected the "
        "claim. Seoul called Tokyo's claim to the Liancourt Rocks baseless. China says Taiwan is "
        "an integral part of its territory. The Golan Heights are under the control of Israel. "
        "India and Pakistan have long been at loggerheads over Kashmir."
    )
    belize_land = "territory/belize-territory"
    want = [
        ("claims", {"claimant": GUATEMALA, "territory": belize_land}),
        ("rejectsClaim", {"state": BELIZE, "claimant": GUATEMALA, "territory": belize_land}),
        ("claims", {"claimant": JAPAN, "territory": DOKDO}),
        ("rejectsClaim", {"state": SOUTH_KOREA, "claimant": JAPAN, "territory": DOKDO}),
        ("assertsSovereignty", {"state": CHINA, "territory": "territory/taiwan"}),
        ("claims", {"claimant": CHINA, "territory": "territory/taiwan"}),  # which it does not hold
        ("controls", {"state": ISRAEL, "territory": GOLAN}),
        ("disputes", {"parties": {INDIA, PAKISTAN}, "territory": KASHMIR}),
        ("disputes", {"parties": {GUATEMALA, BELIZE}, "territory": belize_land}),
        ("disputes", {"parties": {JAPAN, SOUTH_KOREA}, "territory": DOKDO}),
    ]
    found = facts(text)
    for rel, roles in want:
        assert has(found, rel, **roles), (rel, roles, shown(found))
    assert len([f for f in found if f.rel != "statement"]) == len(want), shown(found)
