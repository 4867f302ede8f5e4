"""Claims, disputes, rejections, sovereignty and protests on unseen text, third battery (issue 12,
stance16).

Every sentence was written for this module, in the ways agencies (Reuters, AP, AFP, Xinhua, TASS,
Kyodo, PTI, Yonhap, Anadolu) and local papers word disputes the dev articles never mention: Aksai
Chin, Ladakh, Arunachal Pradesh, Sir Creek, Kashmir, the Golan Heights, the Sapodilla Cayes, the
Preah Vihear temple, Abyei, Ambalat, Western Sahara, Nagorno-Karabakh, Scarborough Shoal, the
Paracels. What it covers: land that a state "calls" or "considers" occupied (a claim), "A and B lay
claim to" (spaCy reads "lay" as "lie"), a claim verb's fronted over-phrase, invalidity predicates the
parser reads as nouns or that swallow what they describe ("called the ruling illegal"), rejections
by phrasal verbs ("brushed aside", "shrugged off", "waved away"), protest notes and letters, a
protest coordinated after another object, summonses whose purpose infinitive says what they are
over, protests whose participle of saying does, the passive subject of "locked in a dispute",
and the negatives: a claim of responsibility, "claimed the lives of", crowds protesting,
"shrugged off the defeat", a summons to discuss, land occupied in the outlet's words.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

INDIA, CHINA, PAKISTAN = "state/india", "state/china", "state/pakistan"
LADAKH, AKSAI_CHIN, ARUNACHAL = (
    "territory/ladakh",
    "territory/aksai-chin",
    "territory/arunachal-pradesh",
)
SIR_CREEK, KASHMIR, JK = "territory/sir-creek", "territory/kashmir", "territory/jammu-and-kashmir"
SYRIA, ISRAEL, GOLAN = "state/syria", "state/israel", "territory/golan-heights"
BELIZE, GUATEMALA, SAPODILLA = "state/belize", "state/guatemala", "territory/sapodilla-cayes"
CAMBODIA, THAILAND, PREAH_VIHEAR = (
    "state/cambodia",
    "state/thailand",
    "territory/preah-vihear-temple",
)
SUDAN, SOUTH_SUDAN, ABYEI = "state/sudan", "state/south-sudan", "territory/abyei"
MALAYSIA, AMBALAT = "state/malaysia", "territory/ambalat"
MOROCCO, ALGERIA, W_SAHARA = "state/morocco", "state/algeria", "territory/western-sahara"
AZERBAIJAN, KARABAKH = "state/azerbaijan", "territory/nagorno-karabakh"
PHILIPPINES, SCARBOROUGH = "state/philippines", "territory/scarborough-shoal"
VIETNAM, PARACELS = "state/vietnam", "territory/paracel-islands"
NEPAL, KALAPANI = "state/nepal", "territory/kalapani"
UKRAINE, RUSSIA, JAPAN = "state/ukraine", "state/russia", "state/japan"
SOUTH_KOREA, GREECE, TURKEY = "state/south-korea", "state/greece", "state/turkey"
BAHRAIN, QATAR, HAWAR = "state/bahrain", "state/qatar", "territory/hawar-islands"

# (relation, roles the asserted fact has, sentence)
BATTERY: list[tuple[str, dict, str]] = [
    (  # "part of its territory" under a verb of saying (status18)
        "claims",
        {"claimant": INDIA, "territory": "territory/gilgit-baltistan"},
        "The Pakistani-administered Gilgit-Baltistan, which India says is part of its territory, "
        "held elections.",
    ),
    # claims: relative clauses, participles, compounds, nouns
    (
        "claims",
        {"claimant": CHINA, "territory": LADAKH},
        "India administers Ladakh, which China also claims.",
    ),
    (
        "claims",
        {"claimant": PAKISTAN, "territory": SIR_CREEK},
        "Sir Creek, claimed by both India and Pakistan, is a marshy estuary.",
    ),
    (
        "claims",
        {"claimant": CHINA, "territory": ARUNACHAL},
        "The China-claimed Arunachal Pradesh is administered by India.",
    ),
    (
        "claims",
        {"claimant": GUATEMALA, "territory": SAPODILLA},
        "Guatemala lays claim to the Sapodilla Cayes.",
    ),
    (
        "claims",
        {"claimant": GUATEMALA, "territory": SAPODILLA},
        "Guatemala's claim over the Sapodilla Cayes has been referred to the ICJ.",
    ),
    (
        "claims",
        {"claimant": GUATEMALA, "territory": SAPODILLA},
        "The claim by Guatemala to the Sapodilla Cayes dates back to 1859.",
    ),
    (
        "claims",
        {"claimant": GUATEMALA, "territory": SAPODILLA},
        "Guatemala renewed its claim to the Sapodilla Cayes on Tuesday.",
    ),
    (
        "claims",
        {"claimant": CHINA, "territory": ARUNACHAL},
        "China considers Arunachal Pradesh part of its territory.",
    ),
    # "A and B lay claim": spaCy's lemma of the present "lay" is "lie"
    (
        "claims",
        {"claimant": CAMBODIA, "territory": PREAH_VIHEAR},
        "Cambodia and Thailand lay claim to the Preah Vihear temple.",
    ),
    (
        "claims",
        {"claimant": SOUTH_SUDAN, "territory": ABYEI},
        "Both Sudan and South Sudan lay claim to Abyei.",
    ),
    (
        "claims",
        {"claimant": SUDAN, "territory": ABYEI},
        "Abyei is claimed by both Sudan and South Sudan.",
    ),
    (  # the parser reads "claim" as a noun, the names before it as its modifiers
        "claims",
        {"claimant": SUDAN, "territory": ABYEI},
        "Abyei, which both Sudan and South Sudan claim, is patrolled by UN peacekeepers.",
    ),
    (
        "claims",
        {"claimant": INDIA, "territory": KALAPANI},
        "Kalapani, which both Nepal and India claim, lies at a trijunction.",
    ),
    # a claim verb's over-phrase, fronted by the relative pronoun
    (
        "claims",
        {"claimant": MALAYSIA, "territory": AMBALAT},
        "The Ambalat block, over which Malaysia claims sovereignty, is rich in oil.",
    ),
    # land called occupied: who calls it so claims it
    (
        "claims",
        {"claimant": INDIA, "territory": AKSAI_CHIN},
        "Aksai Chin, which India calls Chinese-occupied, lies high in the Himalayas.",
    ),
    (
        "claims",
        {"claimant": INDIA, "territory": AKSAI_CHIN},
        "India calls Aksai Chin Chinese-occupied territory.",
    ),
    (
        "claims",
        {"claimant": SYRIA, "territory": GOLAN},
        "The Golan Heights, which Syria considers occupied, were seized by Israel in 1967.",
    ),
    (
        "claims",
        {"claimant": SYRIA, "territory": GOLAN},
        "Damascus regards the Golan Heights as Israeli-occupied territory.",
    ),
    (
        "claims",
        {"claimant": SYRIA, "territory": GOLAN},
        "Syria considers the Golan Heights Israeli-occupied territory.",
    ),
    (  # controls and claims in one phrase
        "claims",
        {"claimant": SYRIA, "territory": GOLAN},
        "The disputed Golan Heights, controlled by Israel and claimed by Syria, overlook the Galilee.",
    ),
    (
        "controls",
        {"state": ISRAEL, "territory": GOLAN},
        "The disputed Golan Heights, controlled by Israel and claimed by Syria, overlook the Galilee.",
    ),
    # disputes: nouns of quarrel, verbs of quarrel, passives, context
    (
        "disputes",
        {"parties": {SUDAN, SOUTH_SUDAN}, "territory": ABYEI},
        "A territorial row between Sudan and South Sudan over Abyei flared again.",
    ),
    (
        "disputes",
        {"parties": {INDIA, PAKISTAN}, "territory": SIR_CREEK},
        "A decades-old dispute over Sir Creek between India and Pakistan remains unresolved.",
    ),
    (
        "disputes",
        {"parties": {THAILAND, CAMBODIA}, "territory": PREAH_VIHEAR},
        "Thailand and Cambodia have long sparred over the Preah Vihear temple.",
    ),
    (
        "disputes",
        {"parties": {BELIZE, GUATEMALA}, "territory": SAPODILLA},
        "Belize and Guatemala are at loggerheads over the Sapodilla Cayes.",
    ),
    (
        "disputes",
        {"parties": {BELIZE, GUATEMALA}, "territory": SAPODILLA},
        "The Sapodilla Cayes are at the centre of a dispute between Belize and Guatemala.",
    ),
    (
        "disputes",
        {"parties": {BELIZE, GUATEMALA}, "territory": SAPODILLA},
        "Belize and Guatemala signed a deal in 2008. The two countries have sparred over the "
        "Sapodilla Cayes for decades.",
    ),
    (
        "disputes",
        {"parties": {INDIA, CHINA}, "territory": ARUNACHAL},
        "India and China have long feuded over Arunachal Pradesh.",
    ),
    # the passive subject of "locked (embroiled, mired) in a dispute" is its parties
    (
        "disputes",
        {"parties": {BAHRAIN, QATAR}, "territory": HAWAR},
        "Bahrain and Qatar were locked in a long dispute over the Hawar Islands.",
    ),
    (
        "disputes",
        {"parties": {BELIZE, GUATEMALA}, "territory": SAPODILLA},
        "Belize and Guatemala have been embroiled in a dispute over the Sapodilla Cayes.",
    ),
    (
        "disputes",
        {"parties": {SUDAN, SOUTH_SUDAN}, "territory": ABYEI},
        "Sudan and South Sudan are mired in a bitter row over Abyei.",
    ),
    (
        "disputes",
        {"parties": {INDIA, CHINA}, "territory": ARUNACHAL},
        "India's border dispute with China over Arunachal Pradesh remains unresolved.",
    ),
    (
        "disputes",
        {"parties": {NEPAL, INDIA}, "territory": KALAPANI},
        "Kalapani is disputed by Nepal and India.",
    ),
    (
        "disputes",
        {"parties": {CAMBODIA, THAILAND}, "territory": PREAH_VIHEAR},
        "Cambodia and Thailand lay claim to the Preah Vihear temple.",
    ),
    # rejections by phrasal verbs
    (
        "rejectsClaim",
        {"state": THAILAND, "claimant": CAMBODIA, "territory": PREAH_VIHEAR},
        "Bangkok brushed aside Phnom Penh's claim to the Preah Vihear temple.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": VIETNAM, "territory": PARACELS},
        "Beijing waved away Hanoi's claims to the Paracels.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": PHILIPPINES, "territory": SCARBOROUGH},
        "China brushed aside the Philippine claim to Scarborough Shoal.",
    ),
    (
        "rejectsClaim",
        {"state": MOROCCO, "claimant": ALGERIA, "territory": W_SAHARA},
        "Morocco has brushed off Algeria's protest over Western Sahara.",
    ),
    (
        "rejectsClaim",
        {"state": JAPAN, "claimant": SOUTH_KOREA},
        "Tokyo shrugged off Seoul's protest.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": PHILIPPINES, "territory": SCARBOROUGH},
        "Beijing turned down Manila's claim to Scarborough Shoal.",
    ),
    (
        "rejectsClaim",
        {"state": INDIA, "claimant": CHINA, "territory": ARUNACHAL},
        "New Delhi has rejected Beijing's claim over Arunachal Pradesh.",
    ),
    # invalidity predicates
    ("rejectsClaim", {"state": CHINA, "what": "the ruling"}, "China called the ruling illegal."),
    ("rejectsClaim", {"state": CHINA, "what": "the ruling"}, "China declared the ruling invalid."),
    (
        "rejectsClaim",
        {"state": CHINA, "what": "the ruling"},
        "China called the ruling illegal and invalid.",
    ),
    (
        "rejectsClaim",
        {"state": UKRAINE, "what": "the so-called referendums"},
        "Kyiv branded the so-called referendums illegal and void.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "what": "the arbitral award"},
        "Beijing called the arbitral award null and void and said it had no binding force.",
    ),
    (
        "rejectsClaim",
        {"state": THAILAND, "what": "the 1962 ruling"},
        "Thailand said the 1962 ruling was invalid.",
    ),
    (
        "rejectsClaim",
        {"state": RUSSIA, "what": "the resolution"},
        "Moscow said the resolution had no legal force.",
    ),
    (
        "rejectsClaim",
        {"state": PAKISTAN, "claimant": INDIA, "territory": KASHMIR},
        "Pakistan has called India's revocation of Kashmir's special status illegal.",
    ),
    # sovereignty asserted
    (
        "assertsSovereignty",
        {"state": CHINA, "territory": PARACELS},
        "China reiterated its indisputable sovereignty over the Paracel Islands.",
    ),
    (
        "assertsSovereignty",
        {"state": INDIA, "territory": ARUNACHAL},
        "Arunachal Pradesh is an integral part of India, New Delhi said.",
    ),
    (
        "assertsSovereignty",
        {"state": MOROCCO, "territory": W_SAHARA},
        "Morocco insists Western Sahara is Moroccan.",
    ),
    (
        "assertsSovereignty",
        {"state": AZERBAIJAN, "territory": KARABAKH},
        "Azerbaijan reasserted its sovereignty over Nagorno-Karabakh.",
    ),
    (
        "assertsSovereignty",
        {"state": MOROCCO, "territory": W_SAHARA},
        "Rabat reaffirmed its sovereignty over Western Sahara on Friday.",
    ),
    (
        "assertsSovereignty",
        {"state": INDIA, "territory": JK},
        "India insists that Jammu and Kashmir is an integral part of the country.",
    ),
    # protests: notes and letters, coordination, summonses with a purpose
    (
        "protests",
        {"party": SOUTH_KOREA, "against": JAPAN, "subject": "the fishing boats"},
        "Seoul delivered a protest note to Tokyo over the fishing boats.",
    ),
    (
        "protests",
        {"party": SOUTH_KOREA, "against": JAPAN, "subject": "the textbooks"},
        "Seoul sent a letter of protest to Tokyo over the textbooks.",
    ),
    (
        "protests",
        {"party": GREECE, "against": TURKEY, "subject": "the airspace violations"},
        "Athens delivered a note of protest to Ankara about the airspace violations.",
    ),
    (
        "protests",
        {"party": INDIA, "against": PAKISTAN},
        "India handed over a protest letter to Pakistan's deputy high commissioner.",
    ),
    (
        "protests",
        {"party": CHINA, "against": JAPAN, "subject": "the visit"},
        "China lodged stern representations and a protest with Japan over the visit.",
    ),
    (
        "protests",
        {"party": PHILIPPINES, "against": CHINA, "subject": "the water cannon attack"},
        "Manila summoned China's ambassador to protest the water cannon attack.",
    ),
    (
        "protests",
        {"party": INDIA, "against": PAKISTAN, "subject": "the killing"},
        "India summoned Pakistan's acting high commissioner to lodge a strong protest over the "
        "killing.",
    ),
    (
        "protests",
        {"party": JAPAN, "against": RUSSIA, "subject": "the visit to Kunashir"},
        "Tokyo summoned the Russian ambassador to express its displeasure about the visit to "
        "Kunashir.",
    ),
    (
        "protests",
        {"party": GREECE, "against": TURKEY, "subject": "the airspace violations"},
        "Greece filed a complaint with Turkey over the airspace violations.",
    ),
    (
        "protests",
        {"party": CAMBODIA, "against": THAILAND, "subject": "the troop deployment"},
        "Phnom Penh protested to Bangkok over the troop deployment.",
    ),
    # what a protest is over, told by its participle of saying
    (
        "protests",
        {"party": "state/bhutan", "against": CHINA, "subject": "the road building"},
        "Bhutan lodged a protest with China on June 20, saying the road building was a direct "
        "violation of the agreements.",
    ),
    (
        "protests",
        {"party": NEPAL, "against": INDIA, "subject": "the new road"},
        "Nepal protested to India, saying the new road was built on Nepalese land.",
    ),
    (  # an over-phrase, where there is one, says it
        "protests",
        {"party": JAPAN, "against": CHINA, "subject": "the incursion"},
        "Japan lodged a protest with China over the incursion, saying the ships had violated its "
        "waters.",
    ),
    (  # "a bone of contention between A and B": the between-phrase hung on "bone" (claims25)
        "disputes",
        {"parties": {THAILAND, CAMBODIA}, "territory": PREAH_VIHEAR},
        "The Preah Vihear temple has been a bone of contention between Thailand and Cambodia.",
    ),
    (  # "the neighbours": the two states just named (references.yaml, pairs)
        "disputes",
        {"parties": {SUDAN, SOUTH_SUDAN}, "territory": ABYEI},
        "Sudan and South Sudan met in Juba. The neighbours remain at odds over Abyei.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "sentence"), BATTERY)
def test_news_wording_yields_the_stance(rel, roles, sentence):
    found = facts(sentence)
    assert has(found, rel, **roles), shown(found)


def test_a_claim_told_in_a_sea_is_to_the_sea():
    # once a known miss: "claims in" is no phrase of the claim, but a claim noun with no land of
    # its own takes the sentence's land (rules/checks.claimed_land)
    found = facts("China's sweeping claims in the South China Sea overlap with those of Vietnam.")
    assert has(found, "claims", claimant=CHINA, territory="territory/south-china-sea"), shown(found)


# (sentence, relation, roles the asserted fact must not have; {} for none of that relation)
DENIED: list[tuple[str, str, dict]] = [
    ("The Islamic State group claimed responsibility for the bombing in Kashmir.", "claims", {}),
    ("The landslide claimed the lives of 30 people in Arunachal Pradesh.", "claims", {}),
    ("The islands lay claim to fame as a birding hotspot.", "claims", {}),
    ("China claimed over the weekend that Vietnam had violated the agreement.", "claims", {}),
    ("India disputed the figures released by China.", "rejectsClaim", {}),
    ("Two fishermen were arrested in a dispute over Abyei.", "disputes", {}),
    ("Hundreds of people protested outside the Chinese embassy in Manila.", "protests", {}),
    ("Farmers in Ladakh protested against the new border fence.", "protests", {}),
    ("Seoul sent a letter of thanks to Tokyo.", "protests", {}),
    ("Seoul sent a note to Tokyo about the visit.", "protests", {}),
    (  # a summons names no subject where its purpose says nothing of one
        "Japan summoned the Chinese ambassador to discuss the fishing dispute.",
        "protests",
        {"subject": "the fishing dispute"},
    ),
    (  # "it" says nothing of what the protest is over
        "Japan lodged a protest with China, saying it was unacceptable.",
        "protests",
        {"subject": "it"},
    ),
    (
        "The Russian ambassador was summoned to hear Japan's protest.",
        "protests",
        {"subject": "Japan's protest"},
    ),
    # phrasal verbs of dismissal reject claims, acts and rulings, not whatever they take
    ("Japan waved off the delegation from China.", "rejectsClaim", {}),
    ("Thailand laughed off questions about the Preah Vihear temple.", "rejectsClaim", {}),
    ("Vietnam brushed aside the Chinese delegation.", "rejectsClaim", {}),
    ("India shrugged off the defeat in the cricket final against Pakistan.", "rejectsClaim", {}),
    ("Students brushed aside the police cordon outside the Moroccan embassy.", "rejectsClaim", {}),
    # invalidity needs its predicate and a verb of declaring, not negated
    ("China declared the ruling a victory.", "rejectsClaim", {}),
    ("China did not call the ruling illegal.", "rejectsClaim", {}),
    ("Pakistan called the match against India a thriller.", "rejectsClaim", {}),
    # land occupied in the outlet's words, or not called so, is no claim
    ("Israel occupied the Golan Heights in 1967.", "claims", {}),
    ("The army occupied the Golan Heights, Syria said.", "claims", {"claimant": SYRIA}),
    ("Azerbaijan no longer calls Nagorno-Karabakh occupied.", "claims", {}),
    ("Syria considers the Golan Heights a strategic asset.", "claims", {}),
    ("Israel calls the Golan Heights Israeli territory.", "claims", {"claimant": SYRIA}),
]


@pytest.mark.parametrize(("sentence", "rel", "roles"), DENIED)
def test_no_stance_where_none_is_told(sentence, rel, roles):
    found = facts(sentence)
    assert not has(found, rel, **roles), shown(found)
