"""Claims, rejections, disputes, protests and assertions of sovereignty in wording not seen before
(issue 12, claims25).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (the Falklands, Gibraltar, Dokdo, the Senkakus, the Kurils, Crimea, Ceuta and
Melilla, Mayotte, the Essequibo, the Chagos, Western Sahara). Each reading has its rewrites and its
near-misses:
- "objected to X", "voiced (expressed) its opposition (objection) to X" reject X, as "opposed" does;
  "the opposition" that is a party, an objection planned or refused, is none;
- "drew (prompted, sparked) a protest from X" is X's protest against the one who drew it;
- a possessive that owns what a protest is over is the protested state's ("a protest with Japan
  over its claim": Japan's claim), not the protester's; one deeper inside keeps the usual reading;
- a state's adjective names no land where only land fits ("seized a Taiwanese fishing boat");
- "quarrelled over X", parsed with "over" a particle, is over X; "fought over X" is a quarrel too;
- '"Crimea is Russia," Putin said': a state's own name said of land by one who speaks for it;
- "dismissed his foreign minister" rejects nothing; a private possessor's call ("a Moroccan
  opposition party's call") has no state as its claimant.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

ARGENTINA, UK, SPAIN, MOROCCO = (
    "state/argentina",
    "state/united-kingdom",
    "state/spain",
    "state/morocco",
)
JAPAN, CHINA, SKOREA, TAIWAN = "state/japan", "state/china", "state/south-korea", "state/taiwan"
RUSSIA, UKRAINE, FRANCE, ALGERIA = "state/russia", "state/ukraine", "state/france", "state/algeria"
VENEZUELA, GUYANA = "state/venezuela", "state/guyana"
FALKLANDS, GIBRALTAR, DOKDO = (
    "territory/falkland-islands",
    "territory/gibraltar",
    "territory/liancourt-rocks",
)
SENKAKU, CRIMEA, CEUTA, MELILLA = (
    "territory/senkaku-islands",
    "territory/crimea",
    "territory/ceuta",
    "territory/melilla",
)
MAYOTTE, KURILS = "territory/mayotte", "territory/kuril-islands"

# (relation, roles the asserted fact has, text)
BATTERY: list[tuple[str, dict, str]] = [
    # "object to": the verb, its rewrites, the noun with a verb that voices it
    (
        "rejectsClaim",
        {"state": SPAIN, "claimant": UK, "territory": GIBRALTAR},
        "Spain objected on Monday to a British plan to extend the runway in Gibraltar.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK},
        "Argentina has long objected to British oil exploration in the waters off the Falklands.",
    ),
    (
        "rejectsClaim",
        {"state": SPAIN, "claimant": UK},
        "Madrid, which objects to any British construction on the isthmus, said it would raise "
        "the matter in Brussels.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK},
        "Buenos Aires voiced its opposition to the British military exercise near the islands.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN},
        "Beijing expressed strong objection to the Japanese survey near the Senkaku Islands.",
    ),
    (
        "rejectsClaim",
        {"state": SKOREA, "what": "the Japanese white paper"},
        "South Korea raised objections to the Japanese white paper on Friday.",
    ),
    # "drew a protest from X"
    (
        "protests",
        {"party": SKOREA, "against": JAPAN},
        "A Japanese patrol boat detained a South Korean trawler near Dokdo, drawing a protest from "
        "Seoul.",
    ),
    (
        "protests",
        {"party": JAPAN, "against": RUSSIA},
        "Russia's decision to station missiles on the Kuril Islands drew a formal protest from "
        "Tokyo.",
    ),
    (
        "protests",
        {"party": ARGENTINA, "against": UK},
        "Britain's plan for a new port on the Falklands prompted a protest from Argentina.",
    ),
    (
        "protests",
        {"party": CHINA, "against": JAPAN},
        "The visit by Japanese lawmakers to the islands sparked an angry protest from Beijing.",
    ),
    # a protest conveyed, renewed, raised; the act's doer after "by" hung on the verb
    (
        "protests",
        {"party": SKOREA, "against": JAPAN},
        "Seoul conveyed its strong protest to Tokyo over the white paper.",
    ),
    (
        "protests",
        {"party": SKOREA, "against": JAPAN},
        "South Korea renewed its protest to Japan over the textbooks.",
    ),
    ("protests", {"party": SPAIN, "against": UK}, "Spain protested the incursion by Britain."),
    (
        "protests",
        {"party": SPAIN, "against": UK},
        "Spain protested the incursion by a British patrol boat into the waters off Gibraltar.",
    ),
    (
        "rejectsClaim",
        {"state": JAPAN, "claimant": CHINA},
        "Japan rejected the claim by China on Monday.",
    ),
    # the possessive of what a protest is over: the protested state's
    (
        "claims",
        {"claimant": JAPAN, "territory": DOKDO},
        "South Korea lodged a protest with Japan on Friday over its renewed claim to Dokdo.",
    ),
    (
        "claims",
        {"claimant": JAPAN, "territory": DOKDO},
        "Seoul protested to Tokyo over its claim to Dokdo in the new textbooks.",
    ),
    (
        "claims",
        {"claimant": JAPAN, "territory": DOKDO},
        "The foreign ministry summoned the Japanese ambassador over its latest claim to Dokdo.",
    ),
    (
        "protests",
        {"party": SKOREA, "against": JAPAN},
        "South Korea lodged a protest with Japan on Friday over its renewed claim to Dokdo.",
    ),
    # quarrels over land, the preposition read as a particle, and "fought over"
    (
        "disputes",
        {"parties": {SPAIN, MOROCCO}, "territory": CEUTA},
        "Spain and Morocco have quarrelled over Ceuta and Melilla for decades.",
    ),
    (
        "disputes",
        {"parties": {SPAIN, MOROCCO}, "territory": MELILLA},
        "Morocco has long wrangled with Spain over Melilla.",
    ),
    (
        "disputes",
        {"parties": {ARGENTINA, UK}, "territory": FALKLANDS},
        "Argentina and Britain fought over the Falklands in 1982.",
    ),
    (
        "disputes",
        {"parties": {ARGENTINA, UK}, "territory": FALKLANDS},
        "Argentina fought with Britain over the Falkland Islands in 1982.",
    ),
    (
        "disputes",
        {"parties": {ARGENTINA, UK}, "territory": FALKLANDS},
        "Argentina and Britain have sparred over the islands' future since 1833, and they fought "
        "over the Falklands in 1982.",
    ),
    # "divided over", "a point (bone) of contention between", sovereignty contested by both
    (
        "disputes",
        {"parties": {SPAIN, UK}, "territory": GIBRALTAR},
        "Spain and Britain remain divided over Gibraltar.",
    ),
    (
        "disputes",
        {"parties": {JAPAN, SKOREA}, "territory": DOKDO},
        "Japan and South Korea are deeply split over Dokdo.",
    ),
    (
        "disputes",
        {"parties": {SPAIN, UK}, "territory": GIBRALTAR},
        "Gibraltar has long been a point of contention between Spain and Britain.",
    ),
    (
        "disputes",
        {"parties": {ARGENTINA, UK}, "territory": FALKLANDS},
        "The Falklands remain a bone of contention between Argentina and Britain.",
    ),
    (
        "disputes",
        {"parties": {SKOREA, JAPAN}, "territory": DOKDO},
        "Sovereignty over Dokdo is contested by South Korea and Japan.",
    ),
    (
        "disputes",
        {"parties": {JAPAN, RUSSIA}, "territory": KURILS},
        "Japan and Russia have long disputed sovereignty over the Kuril Islands.",
    ),
    # "the area" refers back to the land last talked about
    (
        "disputes",
        {"parties": {ARGENTINA, UK}, "territory": FALKLANDS},
        "Argentina claims the Falkland Islands. Argentina and Britain fought a brief war over the "
        "area in 1982.",
    ),
    # a state's own name as the predicate of what its speaker says
    (
        "assertsSovereignty",
        {"state": RUSSIA, "territory": CRIMEA},
        '"Crimea is Russia," Russian President Vladimir Putin said on Tuesday.',
    ),
    (
        "assertsSovereignty",
        {"state": RUSSIA, "territory": CRIMEA},
        "Putin said Crimea was Russia and would remain so.",
    ),
    (
        "assertsSovereignty",
        {"state": FRANCE, "territory": MAYOTTE},
        '"Mayotte is France, and its people have said so again and again," French Prefect '
        "Francois Bieuville told reporters.",
    ),
    (
        "assertsSovereignty",
        {"state": UKRAINE, "territory": CRIMEA},
        "Kyiv says Crimea is Ukraine and always will be.",
    ),
    (
        "claims",
        {"claimant": UKRAINE, "territory": CRIMEA},
        '"Crimea is Ukraine," Ukrainian President Volodymyr Zelensky said.',
    ),
    (
        "claims",
        {"claimant": SPAIN, "territory": GIBRALTAR},
        '"Gibraltar is Spain," the Spanish foreign minister, Jose Manuel Albares, said.',
    ),
    # expelling an envoy over something (in protest at it) protests
    (
        "protests",
        {"party": ARGENTINA, "against": UK},
        "Argentina expelled the British ambassador over the remarks about the islands.",
    ),
    (
        "protests",
        {"party": MOROCCO, "against": SPAIN},
        "Morocco expelled a Spanish diplomat in protest at the visit to Ceuta.",
    ),
    # "has no legal effect" in the second of two clauses a speech tag closes
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK},
        "The islands belong to Argentina, and the British referendum has no legal effect, "
        "Argentine Foreign Minister Diana Mondino said.",
    ),
    (
        "rejectsClaim",
        {"state": SPAIN, "claimant": UK},
        "Gibraltar's waters are Spanish, and the British decree has no legal effect, Spanish "
        "Foreign Minister Jose Manuel Albares told reporters.",
    ),
    (
        "rejectsClaim",
        {"state": SPAIN, "claimant": UK},
        "The British decree has no legal effect, Spanish Foreign Minister Jose Manuel Albares told "
        "reporters.",
    ),
    (
        "rejectsClaim",
        {"state": SPAIN, "claimant": UK},
        "Albares told reporters the British decree was illegal.",
    ),
    # "it" rejected: the thing before it (an act, a survey, a station), not the rejecter itself
    (
        "rejectsClaim",
        {"state": CHINA, "what": "a research station"},
        "South Korea built a research station on the reef in 2003. China has objected to it ever "
        "since.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA, "what": "oil exploration"},
        "Britain began oil exploration off the Falklands in 2010. Argentina has rejected it as "
        "illegal.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "what": "a survey"},
        "Japan carried out a survey near the islands on Monday. China rejected it on Tuesday.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": SKOREA},
        "South Korea built a research station on the reef in 2003. China has objected to it ever "
        "since.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK, "what": "a referendum"},
        "Britain held a referendum on the islands in 2013. Argentina rejected it as illegal.",
    ),
    (
        "rejectsClaim",
        {"state": SPAIN, "claimant": UK},
        "Britain built a new runway in Gibraltar last year. Spain swiftly objected to it.",
    ),
    # "its" owning the thing rejected: the state named before, not the rejecter
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN},
        "Japan renewed its claim to the islands. China rejected its claim.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA},
        "Argentina renewed its claim to the Falklands on Monday. Britain swiftly dismissed its "
        "demand for talks.",
    ),
    # land a state says was taken from it, held by another now: a claim
    (
        "claims",
        {"claimant": "state/mauritius", "territory": "territory/chagos-archipelago"},
        "Mauritius says the Chagos Islands were illegally detached from its territory in 1965.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina says Britain seized the Falklands from it by force in 1833.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "The Falklands are held by Britain. Buenos Aires insists the islands were taken from "
        "Argentina by a British warship in 1833.",
    ),
    # who asks for land back claims it (whom the text says it goes to, if it does)
    (
        "claims",
        {"claimant": JAPAN, "territory": KURILS},
        "Tokyo has repeatedly called on Moscow to return the Kuril Islands.",
    ),
    (
        "claims",
        {"claimant": "state/mauritius", "territory": "territory/chagos-archipelago"},
        "Mauritius urged Britain to hand back the Chagos Islands.",
    ),
    (
        "claims",
        {"claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina called on Britain on Monday to give the Falklands back.",
    ),
    (
        "claims",
        {"claimant": UKRAINE, "territory": CRIMEA},
        "The European Union urged Russia to return Crimea to Ukraine.",
    ),
    # a share of a state's territory told with its adjective
    (
        "claims",
        {"claimant": "state/guatemala", "territory": "territory/belize-territory"},
        "Guatemala, which has long claimed more than half of Belizean territory, said on Tuesday "
        "it would abide by the ruling.",
    ),
    # a rejection that still holds beside the near-misses below
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA},
        "Britain dismissed the Argentine foreign minister's remarks.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA},
        "Britain rejected the Argentine government's claim to the islands.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_stance_is_read(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of the relation may have; {} for none at all)
DENIED: list[tuple[str, str, dict]] = [
    # an objection not made
    ("Spain did not object to the British plan.", "rejectsClaim", {}),
    ("Spain could object to the British plan.", "rejectsClaim", {}),
    ("Spain may object to the runway extension in Gibraltar.", "rejectsClaim", {}),
    ("The opposition to the Argentine government staged a rally.", "rejectsClaim", {}),
    ("Argentina did not voice any opposition to the British plan.", "rejectsClaim", {}),
    # a protest that drew nothing from anyone, or one planned
    ("The visit prompted a protest from Beijing.", "protests", {"party": JAPAN}),
    ("Tokyo said the survey would draw a protest from Beijing.", "protests", {}),
    # the possessive deeper inside what a protest is over: the protester's own
    (
        "China lodged a protest with Japan over the detention of its fishermen near the Senkaku "
        "Islands.",
        "protests",
        {"party": JAPAN},
    ),
    (
        "South Korea lodged a protest with Japan over its claim to Dokdo.",
        "claims",
        {"claimant": SKOREA},
    ),
    # a state's adjective on a thing that is no land
    ("Japan seized a Taiwanese fishing boat near the atoll in 2016.", "controls", {}),
    ("Japan seized a Taiwanese boat.", "controls", {"territory": TAIWAN}),
    ("Indonesia seized a Vietnamese trawler off the Natuna Islands.", "controls", {}),
    # another's name, a negation, a predicate that is no name
    ('"Crimea is Ukraine," Japanese Prime Minister Fumio Kishida said.', "assertsSovereignty", {}),
    (
        '"Crimea is not Russia," Ukrainian President Volodymyr Zelensky said.',
        "assertsSovereignty",
        {},
    ),
    (
        '"The problem is Russia," Ukrainian President Volodymyr Zelensky said.',
        "assertsSovereignty",
        {},
    ),
    (
        '"Hong Kong affairs are purely China\'s internal affairs," Chinese spokesman Lin Jian said.',
        "assertsSovereignty",
        {},
    ),
    # a claim's own possessive stays its subject's
    (
        "Georgia protested. Tbilisi considers both regions part of its territory.",
        "claims",
        {"claimant": "state/nicaragua"},
    ),
    ("Argentina renewed its claim to the Falklands on Monday.", "claims", {"claimant": UK}),
    # taken from another, in the taker's words; taken from one who holds it again
    ("Russia says it took the Kurils from Japan in 1945.", "claims", {"claimant": JAPAN}),
    (
        "Britain says Argentina seized the islands from it in 1982. The Falklands are British.",
        "claims",
        {"claimant": UK},
    ),
    ("Workers raised a protest over pay.", "protests", {}),
    # a title contested by both sides is their dispute, no rejection by each; division over nothing
    ("Sovereignty over Dokdo is contested by South Korea and Japan.", "rejectsClaim", {}),
    ("Cyprus has been divided since 1974.", "disputes", {}),
    ("The island is divided between Haiti and the Dominican Republic.", "disputes", {}),
    ("The EU was divided over the Falklands.", "disputes", {}),
    # land given back by its holder, or a return that is no land's
    ("Britain said it would return the Chagos Islands to Mauritius.", "claims", {}),
    ("Russia urged Japan to return to the negotiating table.", "claims", {}),
    (
        "The United States urged Russia to return Crimea to Ukraine.",
        "claims",
        {"claimant": "state/united-states"},
    ),
    # a hypothetical thing ("any ruling that gave ..."): no handover told
    (
        "Venezuela said it would never recognise any ruling that gave the Essequibo to Guyana.",
        "handedOverTo",
        {},
    ),
    ("Britain rejected any deal that handed Gibraltar to Spain.", "handedOverTo", {}),
    ("Britain rejected any deal that handed Gibraltar to Spain.", "promisesHandover", {}),
    # a ruling awaited is none issued
    (
        "Belize rejected the map, calling it a provocation ahead of a ruling by the International "
        "Court of Justice.",
        "issued",
        {},
    ),
    (
        "Guyana will keep administering the region pending a ruling by the International Court of "
        "Justice.",
        "issued",
        {},
    ),
    # "includes X in Y": the includer is no whole
    (
        "Chile, Argentina and Britain all claim the Antarctic Peninsula. Britain includes the area in "
        "the British Antarctic Territory.",
        "partOf",
        {"whole": UK},
    ),
    # a state's own treaty with another argued void: no rejection of another's act
    (
        "Guatemala has claimed the land since the 19th century, arguing that an 1859 treaty with "
        "Britain was void because Britain never built a road.",
        "rejectsClaim",
        {},
    ),
    # an expulsion told without what it answers: a reprisal, no protest
    ("In 2023 Oslo expelled 15 Russian diplomats.", "protests", {}),
    ("Britain expelled two Argentine diplomats last year.", "protests", {}),
    # a clause of invalidity nobody is said to hold
    ("The islands lie off Argentina, and the referendum has no legal effect.", "rejectsClaim", {}),
    # a person dismissed from office; a private possessor's call
    ("President Javier Milei dismissed his foreign minister on Wednesday.", "rejectsClaim", {}),
    ("Argentina dismissed the head of its navy after the incident.", "rejectsClaim", {}),
    ("Argentina dismissed Diana Mondino on Wednesday.", "rejectsClaim", {}),
    (
        "Algeria on Wednesday rejected a Moroccan opposition party's call to reopen the border.",
        "rejectsClaim",
        {"claimant": MOROCCO},
    ),
    (
        "Seoul rejected a Japanese newspaper's claim about the islets.",
        "rejectsClaim",
        {"claimant": JAPAN},
    ),
]


# (text, speaker, what was said) for a speech verb with a complement of its own after a clause
# joined to it by a comma, as headlines join two: the verb reports its own complement only
SAID: list[tuple[str, str, str]] = [
    (
        "Japan protested the Chinese survey, Beijing says the atoll is a rock.",
        CHINA,
        "the atoll is a rock",
    ),
    (
        "Spain lodges protest over Gibraltar runway, London says the works are lawful.",
        UK,
        "the works are lawful",
    ),
    (
        "Seoul summons Japanese envoy, Tokyo says Dokdo claim stands.",
        JAPAN,
        "Dokdo claim stands",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "said"), SAID)
def test_a_comma_joined_clause_is_not_what_is_said(text, speaker, said):
    found = [
        (getattr(f.args["speaker"], "key", None), f.args["quote_start"])
        for f in facts(text)
        if f.rel == "statement"
    ]
    assert (speaker, said) in found, found


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_stance_where_none_is_told(text, rel, roles):
    found = [f for f in facts(text) if f.rel == rel and not f.negated]
    if roles:
        assert not has(found, rel, **roles), shown(found)
    else:
        assert not found, shown(found)
