"""Stances of an official whose title names no state (issue 12, stance28).

Wire copy sets the scene before the subject and lets the place say whose official speaks: "In
Tehran, foreign ministry spokesman X dismissed the bloc's position", "In Beijing, foreign ministry
spokeswoman Y rejected the protest". The title names a ministry but no state; the holdsRole reads
the place once the article is read, but a stance taken as the sentence is read was lost for want
of a state. Now the place the sentence opens with gives it (kg/ingest/nlp/rules/placed_officials.py).

Every sentence was written for this module, about disputes the never-read batches do not cover
(the Falklands, the Essequibo, Belize, Western Sahara, the Senkakus, Scarborough Shoal). Near-misses:
- an official whose title names the state keeps it, wherever the sentence is set;
- a place told after the subject is where the official was, not whom they serve;
- a person with no office, a former holder, an opposition leader: no voice of the state;
- a rejection that may come, or one denied, is none.

Two more readings of stances and their neighbours:
- "refused" with a noun object rejects it as "rejected" does ("refused repeated Israeli proposals");
  "refused to", "refused entry (a visa, permission)" reject no claim;
- a verb shares the object of the verb coordinated after it only where that verb has no subject of
  its own ("seized and annexed Crimea"; not "Spain ruled until 1898, but the United States now holds
  Guam", "It runs for 50 years, but either side can end it");
- "declared it illegal and an affront to Argentine sovereignty" incorporates nothing: an adjective
  is what a land is declared only where it names a state ("declared the islands Argentine");
- "..., a claim Guyana rejects": a present-tense verb the parser reads as a plural noun after a name
  and a noun of a thing rejected is that clause's verb; the land the summed clause claims is its
  object ("regards the Falklands ... as part of Tierra del Fuego": the Falklands);
- "the dispute" told again between the same parties is the dispute told of before, over its land,
  not over the land named last (a part of it).
"""

from __future__ import annotations

import pytest
from helpers import facts, has, shown

ARGENTINA, UK, CHINA, JAPAN = (
    "state/argentina",
    "state/united-kingdom",
    "state/china",
    "state/japan",
)
VENEZUELA, GUYANA, PHILIPPINES = "state/venezuela", "state/guyana", "state/philippines"
ESSEQUIBO = "territory/guayana-esequiba"
MOROCCO, GUATEMALA, BELIZE = "state/morocco", "state/guatemala", "state/belize"
CHILE, BOLIVIA, SPAIN = "state/chile", "state/bolivia", "state/spain"
FALKLANDS = "territory/falkland-islands"
INDIA, PAKISTAN = "state/india", "state/pakistan"

#: A dispute told, a part of its land named, and "the dispute" told again.
_CREEK = (
    "India and Pakistan have long disputed Sir Creek, a tidal estuary in the Rann of Kutch.\n\n"
    "Indian patrol boats often anchor off Kori Creek, a channel at its mouth.\n\n"
    "{next}"
)

# (relation, roles the asserted fact has, text)
BATTERY: list[tuple[str, dict, str]] = [
    # the place sets the scene, the title names a ministry: the ministry's state rejects
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK},
        "In Buenos Aires, foreign ministry spokesman Martin Ibarra rejected the British claim to "
        "the Falkland Islands.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK},
        "In Buenos Aires, a foreign ministry spokesman, Martin Ibarra, rejected Britain's claim to "
        "the Falkland Islands.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK},
        "In Buenos Aires, foreign ministry spokesman Martin Ibarra on Tuesday dismissed Britain's "
        "claim to the islands.",
    ),
    (
        "rejectsClaim",
        {"state": ARGENTINA},
        "In Buenos Aires, foreign ministry spokeswoman Lucia Ferrer turned down the British "
        "proposal for talks on fishing.",
    ),
    (
        "rejectsClaim",
        {"state": VENEZUELA, "claimant": GUYANA},
        "In Caracas, foreign ministry spokeswoman Carla Mendoza rebuffed Guyana's claim to the "
        "Essequibo.",
    ),
    # a protest lodged from the capital the sentence opens with
    (
        "protests",
        {"party": PHILIPPINES, "against": CHINA},
        "In Manila, foreign ministry spokeswoman Teresa Lazaro lodged a protest with China over "
        "the water cannon attack near Scarborough Shoal.",
    ),
    (
        "protests",
        {"party": PHILIPPINES, "against": CHINA},
        "In Manila, foreign ministry spokeswoman Teresa Lazaro on Monday protested to China over "
        "the water cannon attack.",
    ),
    # a government spokesman: the government's state
    (
        "rejectsClaim",
        {"state": MOROCCO},
        "In Rabat, government spokesman Karim Alaoui condemned the Polisario's demand for a "
        "referendum on Western Sahara.",
    ),
    # the protest told first, its rejection by the unnamed state's spokeswoman next
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN},
        "Japan lodged a protest with China on Wednesday. In Beijing, foreign ministry "
        "spokeswoman Mao Lin rejected the protest.",
    ),
    # "refused" and a noun: a rejection
    (
        "rejectsClaim",
        {"state": GUATEMALA, "claimant": BELIZE},
        "Guatemala refused Belize's proposal for a joint patrol of the Sarstoon river.",
    ),
    (
        "rejectsClaim",
        {"state": VENEZUELA, "claimant": GUYANA},
        "Venezuela has refused every Guyanese request for talks on the Essequibo.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": BOLIVIA},
        "Chile, which has refused Bolivia's demands for sovereign access to the sea, welcomed "
        "the ruling.",
    ),
    # a shared object: coordinated verbs with one subject
    (
        "controls",
        {"state": ARGENTINA, "territory": FALKLANDS},
        "Argentina invaded and occupied the Falklands in 1982.",
    ),
    # a summing apposition with a present-tense verb
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA, "territory": ESSEQUIBO},
        "Venezuela claims the Essequibo, a claim Guyana rejects.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina claims the Falkland Islands, a position Britain rejects.",
    ),
    (
        "rejectsClaim",
        {"state": BELIZE, "claimant": GUATEMALA},
        "Guatemala claims the southern half of Belize, a claim Belmopan rejects.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina regards the Falklands, a British territory since 1833, as part of Tierra del "
        "Fuego, a claim London rejects.",
    ),
    # "the dispute" told again: the one told of before
    (
        "disputes",
        {"parties": {INDIA, PAKISTAN}, "territory": "territory/sir-creek"},
        _CREEK.format(next="The two countries took the dispute to a joint working group in 2005."),
    ),
    # an official whose title names the state keeps it, wherever the scene is
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN},
        "In Tokyo, Chinese Foreign Minister Wang Yi rejected Japan's claim to the Senkaku Islands.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_stance_of_a_placed_official_is_read(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of the relation may have; {} for none at all)
DENIED: list[tuple[str, str, dict]] = [
    # the place after the subject says where the official was, not whom they serve
    (
        "Foreign ministry spokesman Martin Ibarra rejected the British claim in London.",
        "rejectsClaim",
        {"state": UK},
    ),
    # the title names the state: not the host's
    (
        "In Tokyo, Chinese Foreign Minister Wang Yi rejected Japan's claim to the Senkaku Islands.",
        "rejectsClaim",
        {"state": JAPAN},
    ),
    # no office, a former holder, an opposition leader: no voice of the state
    (
        "In Buenos Aires, Martin Ibarra rejected the British claim to the Falkland Islands.",
        "rejectsClaim",
        {},
    ),
    (
        "In Buenos Aires, former foreign minister Martin Ibarra rejected the British claim to the "
        "Falkland Islands.",
        "rejectsClaim",
        {},
    ),
    (
        "In Buenos Aires, opposition leader Martin Ibarra rejected the British claim to the "
        "Falkland Islands.",
        "rejectsClaim",
        {},
    ),
    (
        "In Guatemala City, former deputy foreign minister Ana Solis rebuffed Belize's claim to "
        "the Sapodilla Cayes.",
        "rejectsClaim",
        {"state": GUATEMALA},
    ),
    # "refused" with no claim refused
    ("Argentina refused to discuss the proposal.", "rejectsClaim", {}),
    ("Argentina refused entry to the British fishing inspectors.", "rejectsClaim", {}),
    ("Argentina refused the British vessel permission to dock.", "rejectsClaim", {}),
    ("Britain refused him a visa.", "rejectsClaim", {}),
    # a verb whose conjunct has a subject of its own borrows no object from it
    (
        "Spain ruled until 1898, but the United States now holds Guam.",
        "controls",
        {"state": SPAIN},
    ),
    # an adjective that names no state declares no land the state's
    (
        "Japan and South Korea set up a joint zone south of Jeju Island. China declared it "
        '"null and void" and an infringement of Chinese sovereign rights.',
        "incorporates",
        {},
    ),
    (
        "Britain built a runway on the Falklands. Argentina declared it illegal and an affront "
        "to Argentine sovereignty.",
        "incorporates",
        {},
    ),
    # a plural noun after a name that sums up no thing rejected, or a stance of no rejection
    ("The islands have two harbours, a port Britain runs.", "controls", {}),
    ("Japan protested against the drills, a move Beijing defends.", "rejectsClaim", {}),
    (
        "Argentina regards the Falklands, a British territory since 1833, as part of Tierra del "
        "Fuego, a claim London rejects.",
        "rejectsClaim",
        {"territory": "territory/tierra-del-fuego"},
    ),
    # "the dispute" told again is over no land named after the first telling
    (
        _CREEK.format(next="The two countries took the dispute to a joint working group in 2005."),
        "disputes",
        {"territory": "territory/kori-creek"},
    ),
    (
        _CREEK.format(next="Their dispute has never reached an international court."),
        "disputes",
        {"territory": "territory/kori-creek"},
    ),
    # a rejection that may come, or one denied
    (
        "In Buenos Aires, foreign ministry spokesman Martin Ibarra could reject the British claim.",
        "rejectsClaim",
        {},
    ),
    (
        "In Buenos Aires, foreign ministry spokesman Martin Ibarra did not reject the British "
        "claim.",
        "rejectsClaim",
        {},
    ),
    (
        "In Belmopan, foreign ministry spokesman Dean Barrow Jr. said Belize might reject the "
        "proposal.",
        "rejectsClaim",
        {"state": BELIZE},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_stance_for_a_misplaced_official(text, rel, roles):
    found = facts(text)
    assert not has(found, rel, **roles), shown(found)
