"""Rejections in wording not seen before (issue 12, reject37).

Every sentence was written for this module, in wire-copy wording about disputes in East Asia and
the Pacific. Each reading has its rewrites and its near-misses:
- a phrasal verb's particle after its object ("brushed the objections aside", "waved the claim
  away") is the particle, as it is right after the verb ("brushed aside the objections");
- "that objection", "such objections" rejected: the state that objected (or lodged the protest
  they answer) is the claimant;
- "neither accepts nor recognises", "Neither Beijing nor Taipei accepted": denied, so a negated
  recognition rejects and affirms no adherence;
- a protest over (or after) another's act ("protested to the UN over the arrival of a Turkish
  drillship", "filed a protest after a Chinese warship ...") is against the act's doer, where no
  "with" or "to" names a state;
- a speech tag in mid sentence ("The decision, she said, was null and void") declares the
  predicate as one before or after it does; a ministry's spokeswoman declares for its state; the
  name before such a tag ("Malaysia, he said, did not recognise ...") is the subject of the verb
  after it, finite by its auxiliary.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

CHINA, VIETNAM = "state/china", "state/vietnam"
MALAYSIA, SINGAPORE, INDIA = "state/malaysia", "state/singapore", "state/india"
TAIWAN, SKOREA, JAPAN = "state/taiwan", "state/south-korea", "state/japan"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # the particle after the object
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": VIETNAM},
        "Vietnam lodged a protest with China on Sunday. Beijing brushed the objections aside.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": VIETNAM},
        "Vietnam lodged a protest with China on Sunday. Beijing brushed aside the objections.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": VIETNAM},
        "Beijing on Monday brushed the Vietnamese objections aside.",
    ),
    (
        "rejectsClaim",
        {"state": SKOREA, "what": "the claim"},
        "Seoul waved the claim away.",
    ),
    # "that objection": whoever objected
    (
        "rejectsClaim",
        {"state": SINGAPORE, "claimant": MALAYSIA, "what": "Malaysia's objection"},
        "Malaysia objected to the new flight paths. That objection was turned down by Singapore.",
    ),
    (
        "rejectsClaim",
        {"state": SINGAPORE, "claimant": MALAYSIA},
        "Malaysia objected to the new flight paths on Tuesday. Singapore turned that objection "
        "down.",
    ),
    (
        "rejectsClaim",
        {"state": SINGAPORE, "claimant": MALAYSIA},
        "Kuala Lumpur objected to the reclamation work. Singapore dismissed the objection.",
    ),
    # "such objections": the protest last lodged, its lodger told by a pronoun
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": INDIA},
        "India said on Thursday it had lodged a strong protest with China over the road. Beijing "
        "has brushed aside such objections.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": INDIA},
        "India lodged a strong protest with China over the road. China rejected such objections.",
    ),
    # neither ... nor
    (
        "rejectsClaim",
        {"state": CHINA, "what": "the 2016 award"},
        "China neither accepts nor recognises the 2016 award.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "what": "the award"},
        "The spokeswoman said China neither recognizes nor accepts the award.",
    ),
    (
        "rejectsClaim",
        {"state": TAIWAN, "what": "the ruling"},
        "Neither Beijing nor Taipei accepted the ruling.",
    ),
    # a protest over another's act: against its doer, where no "with" or "to" names a state
    (
        "protests",
        {"party": "state/cyprus", "against": "state/turkey"},
        "Cyprus on Tuesday protested to the United Nations over the arrival of a second Turkish "
        "drillship.",
    ),
    (
        "protests",
        {"party": "state/cyprus", "against": "state/turkey"},
        "Cyprus lodged a protest over the arrival of a Turkish drillship.",
    ),
    (
        "protests",
        {"party": SKOREA, "against": JAPAN},
        "South Korea protested over Japan's claim to the islets.",
    ),
    (
        "protests",
        {"party": "state/philippines", "against": CHINA},
        "Manila filed a diplomatic protest after a Chinese warship pointed its radar at a "
        "Philippine corvette.",
    ),
    (
        "protests",
        {"party": JAPAN, "against": CHINA},
        "Japan lodged a protest after a Chinese survey ship entered its waters.",
    ),
    (
        "protests",
        {"party": JAPAN, "against": CHINA, "subject": "a Russian survey"},
        "Japan lodged a protest with China over a Russian survey.",
    ),
    # the subject before a speech tag in mid sentence, the verb with its auxiliary after it
    (
        "rejectsClaim",
        {"state": MALAYSIA, "claimant": CHINA},
        "Malaysia, he said, did not recognise China's so-called nine-dash line.",
    ),
    (
        "rejectsClaim",
        {"state": VIETNAM, "claimant": CHINA},
        "Vietnam, the spokeswoman said, has never recognised China's new districts.",
    ),
    (
        "protests",
        {"party": "state/denmark", "against": "state/russia"},
        "Denmark, he added, had lodged a formal protest with the Russian embassy.",
    ),
    # the speech tag in mid sentence; a spokeswoman for her ministry's state
    (
        "rejectsClaim",
        {"state": VIETNAM, "what": "The decision"},
        "The decision, Vietnam said, is illegal and invalid.",
    ),
    (
        "rejectsClaim",
        {"state": VIETNAM, "what": "The creation of the districts"},
        "Vietnam's foreign ministry spokeswoman Le Thi Thu Hang spoke on Sunday. The creation of "
        "the districts, she said, was null and void.",
    ),
    (
        "rejectsClaim",
        {"state": VIETNAM, "what": "the creation of the districts"},
        "Vietnam's foreign ministry spokeswoman Le Thi Thu Hang said the creation of the "
        "districts was null and void.",
    ),
    (
        "rejectsClaim",
        {"state": VIETNAM, "what": "The creation of the districts"},
        "The creation of the districts was null and void, Vietnam's foreign ministry spokeswoman "
        "Le Thi Thu Hang said.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # denied with "neither ... nor": no adherence
    ("China neither accepts nor recognises the 2016 award.", "adheresTo", {}),
    ("Neither Beijing nor Taipei accepted the ruling.", "adheresTo", {}),
    ("Neither China nor Japan recognises the award.", "adheresTo", {}),
    # opposites joined by "neither ... nor": no side taken
    ("Manila has neither accepted nor rejected the ruling.", "rejectsClaim", {}),
    ("Manila has neither rejected nor accepted the ruling.", "rejectsClaim", {}),
    ("Manila has neither rejected nor accepted the ruling.", "adheresTo", {}),
    # a predicate the tag denies, or a court's own words: no stance of a state's
    ("The decision, Vietnam said, is not illegal.", "rejectsClaim", {}),
    ("The decision, the court said, was void.", "rejectsClaim", {"state": VIETNAM}),
    # "with" names whom the protest is against, not the doer of the act it is over
    (
        "Japan lodged a protest with China over a Russian survey.",
        "protests",
        {"against": "state/russia"},
    ),
    # "shrugged the defeat off": no one's claim
    ("Manila shrugged the defeat off.", "rejectsClaim", {}),
    # an objection voiced by the rejecter itself is no one else's
    (
        "Singapore objected to the new flight paths. Singapore later dropped that objection.",
        "rejectsClaim",
        {"claimant": SINGAPORE},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)


def test_neither_nor_is_no_recognition():
    found = facts("Japan neither recognised nor accepted the map as final.")
    assert not has(found, "recognizes", party=JAPAN), shown(found)
