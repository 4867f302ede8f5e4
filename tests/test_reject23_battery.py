"""Precision of stances on unseen text: who rejects what, whose claim, what is recognised, who
disputes land (issue 12, reject23).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (Belize and Guatemala, the Essequibo, the New River Triangle, the Antarctic
Peninsula, Bolivia's sea access, Snake Island, Gibraltar, Colombia and Venezuela). Each near-miss
stands beside a positive that must still hold:
- a rejection under "could", "may" or "might", in a condition ("if"), an open question
  ("whether"), a threat, a plan, a likelihood or another's request ("called on Belize to reject"),
  or "neither accepted nor rejected", is none yet;
- "denied any wrongdoing (involvement, responsibility)" answers a charge about oneself;
- a state named in the clause that tells what a ruling says is no claimant of it, while the maker
  of a map or a statement is; the land named in what a claim says ("claims that its soldiers
  crossed into the Sarstoon") is no land claimed, nor one named in an allegation ("claims of
  aggression on the river");
- "rejected the remarks (the plan, the accusation)" takes the state of whoever spoke (made,
  accused), even where that official's office is settled only at the article's end;
- a government, a person, an election, a protest acknowledged: no territorial recognition;
- a state named only as the modifier of its people ("Argentine war veterans", "the Venezuelan
  opposition") or of a former official takes no stance;
- a trade dispute is over no land; a quarrel over land is between the two states the sentence's
  subject names, not the state that once seized it; a mediator is no party;
- the state the article says holds land the gazetteer does not know claims nothing by asserting it.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

BELIZE, GUATEMALA, HONDURAS = "state/belize", "state/guatemala", "state/honduras"
GUYANA, VENEZUELA, SURINAME = "state/guyana", "state/venezuela", "state/suriname"
CHILE, ARGENTINA, BOLIVIA = "state/chile", "state/argentina", "state/bolivia"
CHINA, JAPAN, COLOMBIA = "state/china", "state/japan", "state/colombia"
ROMANIA, UKRAINE, RUSSIA = "state/romania", "state/ukraine", "state/russia"
SPAIN, UK, SWEDEN, USA = (
    "state/spain",
    "state/united-kingdom",
    "state/sweden",
    "state/united-states",
)
ALGERIA, MOROCCO, CUBA = "state/algeria", "state/morocco", "state/cuba"
GIBRALTAR, SNAKE = "territory/gibraltar", "territory/snake-island"

#: A speaker whose state the article gives only in a sentence before the quotation's tag.
_REMARKS = (
    "Colombia's defence minister warned Venezuela on Monday against any incursion on the border.\n\n"
    '"Venezuela has been moving troops and armour towards the border," Hernando Rojas Lleras, the defence '
    "minister, said during a visit to a base in Cucuta.\n\n"
    "The Venezuelan foreign ministry rejected {what} as provocative."
)
_PLAN = (
    "Colombia's foreign minister visited the border on Monday.\n\n{who} unveiled a plan for a new "
    "naval base on the river.\n\nVenezuela rejected the plan."
)
_SEIZED = "Russian troops seized Snake Island in February 2022. "
_HELD = "Georgetown has administered the New River Triangle since 1969. "

# (relation, roles the asserted fact has, text)
BATTERY: list[tuple[str, dict, str]] = [
    # a rejection done, said to be lasting, or refused: each a rejection (the modal ones are not)
    ("rejectsClaim", {"state": ALGERIA, "what": "the plan"}, "Algeria rejected the plan."),
    ("rejectsClaim", {"state": ALGERIA, "what": "the plan"}, "Algeria has rejected the plan."),
    (
        "rejectsClaim",
        {"state": BELIZE, "claimant": GUATEMALA},
        "Belize will never accept Guatemala's claim, the prime minister said.",
    ),
    (
        "rejectsClaim",
        {"state": BOLIVIA, "what": "the ruling"},
        "Bolivia refuses to accept the ruling.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": BOLIVIA},
        "Chile dismissed Bolivia's claim as baseless.",
    ),
    (
        "rejectsClaim",
        {"state": BELIZE, "claimant": GUATEMALA},
        "Belize turned down Guatemala's offer of talks on the cayes.",
    ),
    (
        "rejectsClaim",
        {"state": VENEZUELA, "what": "the 1899 award"},
        "Venezuela rejects the 1899 award as null and void.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": BOLIVIA},
        "Chile continues to reject Bolivia's demand.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": BOLIVIA},
        "Chile decided to reject Bolivia's demand.",
    ),
    (
        "claims",
        {"claimant": VENEZUELA, "territory": "territory/guayana-esequiba"},
        "Venezuela pressed its claim of sovereignty over the Essequibo.",
    ),
    ("claims", {"claimant": SPAIN, "territory": GIBRALTAR}, "Madrid continues to claim Gibraltar."),
    # talks or a handover ruled out, a claim not entertained: each a rejection
    (
        "rejectsClaim",
        {"state": UK, "what": "any talks on the sovereignty of the islands"},
        "Britain has ruled out any talks on the sovereignty of the islands.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": BOLIVIA},
        "Chile ruled out the return of any territory to Bolivia.",
    ),
    (
        "rejectsClaim",
        {"state": BELIZE, "claimant": GUATEMALA},
        "Belize said it would not entertain Guatemala's claim.",
    ),
    # a charge made by another is rejected: the gold reads "rejected the charge" as a rejection
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA},
        "Venezuela accused Guyana of provoking a confrontation. Guyana rejected the accusation.",
    ),
    # the maker of what is rejected is its claimant, in a relative clause, a participle, a possessive
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": ARGENTINA},
        "Chile rejected the map that Argentina published on Tuesday.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": ARGENTINA},
        "Chile rejected a new official map published by Argentina that shows the whole peninsula "
        "inside Argentine Antarctica.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN},
        "China rejected a statement that Japan issued on Monday.",
    ),
    (
        "rejectsClaim",
        {"state": BOLIVIA, "what": "the court's ruling that Chile was not obliged to negotiate"},
        "Bolivia rejected the court's ruling that Chile was not obliged to negotiate.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA},
        "Britain rejected the Argentine claim that the islands were seized illegally.",
    ),
    (
        "rejectsClaim",
        {"state": BELIZE, "claimant": GUATEMALA, "territory": "territory/sapodilla-cayes"},
        "Belize rejected Guatemala's claim to the Sapodilla Cayes.",
    ),
    # "the remarks": the state of the last speaker, whose office an earlier sentence gives
    (
        "rejectsClaim",
        {"state": VENEZUELA, "claimant": COLOMBIA},
        _REMARKS.format(what="the remarks"),
    ),
    (
        "rejectsClaim",
        {"state": VENEZUELA, "claimant": COLOMBIA},
        _REMARKS.format(what="the comments"),
    ),
    (
        "rejectsClaim",
        {"state": VENEZUELA, "claimant": COLOMBIA},
        _REMARKS.format(what="those remarks"),
    ),
    # the state, its government, officials or organs reject (its people below do not)
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK},
        "Argentine officials rejected the British plan.",
    ),
    (
        "rejectsClaim",
        {"state": VENEZUELA, "what": "the referendum"},
        "The Venezuelan government rejected the referendum.",
    ),
    (
        "rejectsClaim",
        {"state": GUATEMALA, "what": "the ruling"},
        "Guatemala's foreign minister rejected the ruling.",
    ),
    (
        "rejectsClaim",
        {"state": BELIZE, "claimant": GUATEMALA},
        "Belizean authorities rejected the Guatemalan navy's demand.",
    ),
    (
        "protests",
        {"party": ARGENTINA, "against": UK},
        "Argentina protested against the British referendum on the islands.",
    ),
    # "the plan" an official made, whose state an earlier sentence gives; and one given beside him
    (
        "rejectsClaim",
        {"state": VENEZUELA, "claimant": COLOMBIA, "what": "the plan"},
        _PLAN.format(who="Hernando Rojas Lleras, the foreign minister,"),
    ),
    (
        "rejectsClaim",
        {"state": VENEZUELA, "claimant": COLOMBIA, "what": "the plan"},
        _PLAN.format(who="Hernando Rojas Lleras, Colombia's foreign minister,"),
    ),
    (
        "rejectsClaim",
        {"state": VENEZUELA, "claimant": COLOMBIA, "what": "the plan"},
        _PLAN.format(who="Colombia"),
    ),
    # a land's status recognised (the recognitions of a government below are none)
    (
        "recognizes",
        {"party": SWEDEN, "what": "Finnish sovereignty over the islands", "date": "1921"},
        "Sweden recognised Finnish sovereignty over the islands in 1921.",
    ),
    (
        "recognizes",
        {"party": COLOMBIA, "what": "Nicaragua", "as": "the owner of the waters"},
        "Colombia recognised Nicaragua as the owner of the waters in 2012.",
    ),
    (
        "recognizes",
        {"party": "state/ecuador", "what": "the border set by the 1942 protocol"},
        "Ecuador formally recognised the border set by the 1942 protocol in October 1998.",
    ),
    (
        "recognizes",
        {"party": GUATEMALA, "what": "Belize's independence", "date": "1991"},
        "Guatemala recognised Belize's independence in 1991.",
    ),
    (
        "recognizes",
        {"party": HONDURAS, "what": "Belize", "date": "1981"},
        "Honduras recognised Belize in 1981 but kept its claim to the cayes.",
    ),
    # a dispute over land, told in three shapes; and a quarrel between the pair the subject names
    (
        "disputes",
        {"parties": {SPAIN, UK}, "territory": GIBRALTAR},
        "The dispute between Spain and Britain over Gibraltar flared again on Monday.",
    ),
    (
        "disputes",
        {"parties": {SPAIN, UK}, "territory": GIBRALTAR},
        "A territorial dispute between Spain and Britain over Gibraltar has soured their ties.",
    ),
    (
        "disputes",
        {"parties": {SPAIN, UK}, "territory": GIBRALTAR},
        "Spain claims Gibraltar, which Britain has held since 1713.",
    ),
    (
        "disputes",
        {"parties": {ROMANIA, UKRAINE}, "territory": SNAKE},
        _SEIZED + "Romania and Ukraine said the ruling had kept a quarrel over Snake Island from "
        "escalating.",
    ),
    (
        "disputes",
        {"parties": {ROMANIA, UKRAINE}, "territory": SNAKE},
        _SEIZED + "Romania and Ukraine on Monday marked the ruling, saying it had kept a quarrel "
        "over Snake Island from escalating.",
    ),
    (
        "disputes",
        {"parties": {GUYANA, VENEZUELA}, "territory": "territory/guayana-esequiba"},
        "Brazil offered to mediate in the dispute between Guyana and Venezuela over the Essequibo.",
    ),
    (
        "disputes",
        {"parties": {GUYANA, VENEZUELA}, "territory": "territory/guayana-esequiba"},
        "Guyana remains locked in a dispute with Venezuela over the Essequibo.",
    ),
    (  # the pair named in an inserted tag (read since parts23's sentence pair)
        "disputes",
        {"parties": {ROMANIA, UKRAINE}, "territory": SNAKE},
        _SEIZED + "The ruling, Romania and Ukraine said, had kept a quarrel over Snake Island from "
        "escalating.",
    ),
    # a claim by the land's challenger where the article says another holds it
    (
        "claims",
        {"claimant": SURINAME},
        _HELD + "Suriname has long sought sovereignty over the New River Triangle.",
    ),
    (
        "claims",
        {"claimant": GUATEMALA},
        "Guatemala claims more than half of Belize's territory.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_stance_is_read(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of the relation may have; {} for none at all)
DENIED: list[tuple[str, str, dict]] = [
    # a rejection that may come, not one made
    ("Algeria could reject the plan.", "rejectsClaim", {}),
    ("Algeria may reject the plan.", "rejectsClaim", {}),
    ("Cuba might reject any deal that leaves Guantanamo under US control.", "rejectsClaim", {}),
    ("Seoul may condemn the visit to the islands.", "rejectsClaim", {}),
    ("The government ruled out the use of force.", "rejectsClaim", {}),
    ("The president ruled out a snap election.", "rejectsClaim", {}),
    ("Britain has not ruled out talks.", "rejectsClaim", {}),
    ("Belize entertained the Guatemalan delegation at a dinner.", "rejectsClaim", {}),
    # a condition, an open question, a threat, a plan, a likelihood, another's request
    (
        "If Guatemala rejects the ruling, the dispute could return to the council.",
        "rejectsClaim",
        {},
    ),
    ("Whether Guatemala will reject the ruling remains unclear.", "rejectsClaim", {}),
    ("Guatemala threatened to reject the ruling.", "rejectsClaim", {}),
    ("Guatemala is likely to reject the ruling.", "rejectsClaim", {}),
    ("Guatemala plans to reject the ruling.", "rejectsClaim", {}),
    ("Opposition parties called on Belize to reject the Guatemalan proposal.", "rejectsClaim", {}),
    ("Guatemala has neither accepted nor rejected the ruling.", "rejectsClaim", {}),
    ("If Venezuela claims the Essequibo at the court, Guyana will respond.", "claims", {}),
    # a charge about oneself denied: no claim of another's rejected
    ("Belize denied any wrongdoing.", "rejectsClaim", {}),
    ("Russia denied any involvement in the incident near Snake Island.", "rejectsClaim", {}),
    ("Honduras denied responsibility for the sinking of the fishing boat.", "rejectsClaim", {}),
    ("Guatemala rejected any role in the border incident.", "rejectsClaim", {}),
    # a state named in what the thing says is not its maker
    (
        "Bolivia rejected the court's ruling that Chile was not obliged to negotiate.",
        "rejectsClaim",
        {"claimant": CHILE},
    ),
    (
        "Venezuela rejected the ruling that gave Guyana the Essequibo.",
        "rejectsClaim",
        {"claimant": GUYANA},
    ),
    # the rejecter is never the claimant of the remarks it rejects
    (_REMARKS.format(what="the remarks"), "rejectsClaim", {"claimant": VENEZUELA}),
    (
        _PLAN.format(who="Hernando Rojas Lleras, Venezuela's foreign minister,"),
        "rejectsClaim",
        {"claimant": VENEZUELA},
    ),
    # the state's people, or a former official, take no stance for it
    ("Argentine war veterans rejected the British plan.", "rejectsClaim", {}),
    ("Belizean fishermen rejected the Guatemalan navy's demand.", "rejectsClaim", {}),
    ("Chilean scientists rejected the Argentine map.", "rejectsClaim", {}),
    ("The Venezuelan opposition rejected the referendum.", "rejectsClaim", {}),
    ("The Belizean newspaper Amandala rejected Guatemala's claim.", "rejectsClaim", {}),
    ("Guatemala's former foreign minister rejected the ruling.", "rejectsClaim", {}),
    ("Argentine veterans protested against the British referendum on the islands.", "protests", {}),
    (
        "Chinese fishermen claim the waters around the shoal as traditional fishing grounds.",
        "claims",
        {},
    ),
    # a government, a person, a vote recognised: no land's status
    ("The United States recognised the new government in Caracas.", "recognizes", {}),
    ("Washington recognised Juan Guaido as interim president of Venezuela.", "recognizes", {}),
    ("Ethiopia recognised the election of a new leader in the region.", "recognizes", {}),
    ("The European Union recognised the victory of the opposition.", "recognizes", {}),
    ("The minister recognised the efforts of the coast guard.", "recognizes", {}),
    ("Britain acknowledged the protest but said the exercise would go ahead.", "recognizes", {}),
    ("Chile recognised the talks as constructive.", "recognizes", {}),
    ("Belize acknowledged the request for a meeting on the cayes.", "recognizes", {}),
    # speech and deaths are no territorial claim; figures disputed are no land disputed
    ("The storm claimed the lives of 12 fishermen near the Sapodilla Cayes.", "claims", {}),
    (
        "A rebel group claimed responsibility for the attack on the Falklands memorial.",
        "claims",
        {},
    ),
    ("Venezuela claims that Guyana has violated the Geneva Agreement.", "claims", {}),
    ("The patrol claimed to have seen Guatemalan soldiers on the Sarstoon river.", "claims", {}),
    ("Venezuela disputed the figures, saying Guyana had inflated them.", "disputes", {}),
    (
        "Britain and Argentina dispute the figures on fishing licences around the Falklands.",
        "disputes",
        {},
    ),
    ("Venezuela disputed the figures published by Guyana.", "rejectsClaim", {}),
    # the land named in what a claim says is no land claimed; an allegation is no claim to land
    (
        "Belize rejected Guatemala's claims that Belizean soldiers had crossed into the Sarstoon.",
        "rejectsClaim",
        {"territory": "territory/sarstoon"},
    ),
    (
        "Belize rejected Guatemala's claims that Belizean soldiers had crossed into the Sarstoon.",
        "disputes",
        {},
    ),
    (
        "Venezuela's claims of Guyanese aggression on the Essequibo river were dismissed.",
        "claims",
        {},
    ),
    # a trade dispute is over no land
    ("A trade dispute between Spain and Britain hit Gibraltar's economy.", "disputes", {}),
    ("A tariff dispute between Spain and Britain hurt Gibraltar's port.", "disputes", {}),
    # the quarrel is the pair's the subject names, not the seizer's
    (
        _SEIZED + "Romania and Ukraine said the ruling had kept a quarrel over Snake Island from "
        "escalating.",
        "disputes",
        {"parties": {RUSSIA, UKRAINE}},
    ),
    # a mediator in a dispute between two named states is no party to it
    (
        "Brazil offered to mediate in the dispute between Guyana and Venezuela over the Essequibo.",
        "disputes",
        {"parties": {GUYANA, VENEZUELA, "state/brazil"}},
    ),
    # the holder the article names asserts its land; it claims nothing
    (
        _HELD + "Guyana's sovereignty over the New River Triangle is not up for negotiation.",
        "claims",
        {"claimant": GUYANA},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_stance_where_none_is_told(text, rel, roles):
    found = facts(text)
    assert not has(found, rel, **roles), shown(found)
