"""agreedTo recall, round 24 (issue 12: on unseen text agreedTo was 60 gold, 38 given, 18 correct).

The gold's ``what`` is the object, the infinitive or the that-clause of the agreeing verb ("resume
talks on flights", "road map", "not to use force"); the score asks that at least half its content
words appear in ours, so the whole subtree is read. These sentences check the shapes news uses:
"agreed to", "agreed on", "reached an agreement to", "agreed that ... would", "consented to",
"accepted a proposal to", "signed off on". Negatives: "agreed to disagree", failed, denied or
expected agreement, one side's "agreed with the ruling" (a view, no accord).

Sentences written for these tests in agency styles, on disputes not among the never-read batches'
topics.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

ETHIOPIA, SUDAN = "state/ethiopia", "state/sudan"
SERBIA, KOSOVO = "state/serbia", "state/kosovo"
BELIZE, GUATEMALA = "state/belize", "state/guatemala"
GUYANA, SURINAME, VENEZUELA = "state/guyana", "state/suriname", "state/venezuela"
KYRGYZSTAN, TAJIKISTAN = "state/kyrgyzstan", "state/tajikistan"
BOLIVIA, CHILE = "state/bolivia", "state/chile"
HONDURAS, SALVADOR = "state/honduras", "state/el-salvador"


def _case(text: str, parties: set[str], words: str, date: str | None = None, xfail: str = ""):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, parties, words, date, marks=marks, id=text[:70])


POSITIVES = [
    # the infinitive, with its negation and its coordinated second infinitive
    _case(
        "Belize and Guatemala agreed in 2008 to submit their territorial dispute to the "
        "International Court of Justice.",
        {BELIZE, GUATEMALA},
        "submit their territorial dispute",
        "2008",
    ),
    _case(
        "Kyrgyzstan and Tajikistan agreed on Thursday to withdraw troops from the disputed "
        "section of their border.",
        {KYRGYZSTAN, TAJIKISTAN},
        "withdraw troops",
        "2020-04-30",
    ),
    _case(
        "Kyrgyzstan and Tajikistan have agreed to pull back their troops and to open a hotline "
        "between their border guards.",
        {KYRGYZSTAN, TAJIKISTAN},
        "open a hotline",
        "2020-05-05",
    ),
    _case(
        "Sudan and Ethiopia agreed not to support rebels on each other's territory.",
        {ETHIOPIA, SUDAN},
        "not to support rebels",
    ),
    # the on-phrase, the object, the noun's own infinitive
    _case(
        "Ethiopia and Sudan agreed on a roadmap for the demarcation of their border.",
        {ETHIOPIA, SUDAN},
        "roadmap for the demarcation",
    ),
    _case(
        "Kyrgyzstan and Tajikistan on Thursday agreed a ceasefire along their border.",
        {KYRGYZSTAN, TAJIKISTAN},
        "ceasefire",
        "2020-04-30",
    ),
    _case(
        "Ethiopia and Sudan reached an agreement in 2021 to demarcate their shared border.",
        {ETHIOPIA, SUDAN},
        "demarcate their shared border",
        "2021",
    ),
    # the that-clause with a modal
    _case(
        "Guyana and Suriname agreed that the joint commission would meet again in Paramaribo.",
        {GUYANA, SURINAME},
        "joint commission would meet",
    ),
    # another trigger of the class
    _case(
        "Venezuela and Guyana consented to the referral of the dispute to the World Court.",
        {VENEZUELA, GUYANA},
        "referral of the dispute",
    ),
    _case(
        "Bolivia and Chile accepted a proposal to submit their dispute over the Silala waters to "
        "arbitration.",
        {BOLIVIA, CHILE},
        "submit their dispute",
    ),
    # "signed off on": an approval given together (three shapes)
    _case(
        "Serbia and Kosovo signed off on a plan to reopen the border crossing at Jarinje.",
        {SERBIA, KOSOVO},
        "plan to reopen the border crossing",
    ),
    _case(
        "Kosovo and Serbia on Monday signed off on the EU plan.",
        {SERBIA, KOSOVO},
        "EU plan",
        "2020-05-04",
    ),
    _case(
        "Serbia and Kosovo have both signed off on the EU plan, the bloc's envoy said.",
        {SERBIA, KOSOVO},
        "EU plan",
        "2020-05-05",
    ),
    _case(
        "Having signed off on the EU plan in March, Serbia and Kosovo began talks on licence "
        "plates.",
        {SERBIA, KOSOVO},
        "EU plan",
        "2020-03",
    ),
    # what a relative clause tells agreed is the noun it describes, never "that" or "which"
    _case(
        "The roadmap that Ethiopia and Sudan agreed to in March calls for a joint survey.",
        {ETHIOPIA, SUDAN},
        "roadmap",
        "2020-03",
    ),
    _case(
        "The roadmap, which Ethiopia and Sudan agreed on in March, calls for a joint survey.",
        {ETHIOPIA, SUDAN},
        "roadmap",
        "2020-03",
    ),
    _case(
        "The roadmap, which Ethiopia and Sudan agreed in March, calls for a joint survey.",
        {ETHIOPIA, SUDAN},
        "roadmap",
        "2020-03",
    ),
    _case(
        "The EU plan, which Serbia and Kosovo signed off on in March, calls for licence plates to "
        "be recognised.",
        {SERBIA, KOSOVO},
        "EU plan",
        "2020-03",  # the preposition left at the clause's end is of its noun (round 25)
    ),
    _case(
        "Serbia signed off on the EU plan with Kosovo, the bloc's envoy said.",
        {SERBIA, KOSOVO},
        "EU plan",
        xfail="the with-phrase hangs on the plan, not on the verb: Kosovo is no party",
    ),
    # honest misses
    _case(
        "It was agreed that Serbia and Kosovo would set up a joint border commission.",
        {SERBIA, KOSOVO},
        "joint border commission",
    ),
    _case(
        "It was agreed at the talks on Friday that Ethiopia and Sudan would withdraw their troops.",
        {ETHIOPIA, SUDAN},
        "withdraw their troops",
        "2020-05-01",
    ),
    _case(
        "It was also decided that Kyrgyzstan and Tajikistan would open a hotline.",
        {KYRGYZSTAN, TAJIKISTAN},
        "open a hotline",
    ),
    _case(
        "Guyana's foreign minister and his Surinamese counterpart agreed to set up a border "
        "commission.",
        {GUYANA, SURINAME},
        "border commission",
    ),
    _case(  # unnamed officials, each named by a possessive: their states
        "Guyana's foreign minister and Suriname's foreign minister agreed to set up a border "
        "commission.",
        {GUYANA, SURINAME},
        "border commission",
    ),
    _case(
        "Guyana's foreign minister and his counterpart from Suriname agreed to set up a border "
        "commission.",
        {GUYANA, SURINAME},
        "border commission",
        xfail="the from-phrase of the second official is not read for its state",
    ),
    _case(
        "Ethiopia and Sudan reached an agreement to demarcate their shared border by 2027.",
        {ETHIOPIA, SUDAN},
        "demarcate their shared border",
        None,  # the deadline is what the deal is for, not its date
    ),
    _case(
        "Ethiopia and Sudan struck a deal on Thursday to hold a joint border survey in 2026.",
        {ETHIOPIA, SUDAN},
        "hold a joint border survey",
        "2020-04-30",
    ),
    _case(
        "Ethiopia and Sudan reached a deal to hold a joint border survey in 2026.",
        {ETHIOPIA, SUDAN},
        "hold a joint border survey",
        None,
    ),
]


@pytest.mark.parametrize(("text", "parties", "words", "date"), POSITIVES)
def test_agreed(text: str, parties: set[str], words: str, date: str | None) -> None:
    found = facts(text)
    hits = [
        f
        for f in find(found, "agreedTo", parties=parties)
        if words in str(f.args.get("what")) and f.args.get("date") == date
    ]
    assert hits, shown(found)


NEGATIVES = [
    "Ethiopia and Sudan agreed to disagree over the farmland along their border.",
    "Honduras and El Salvador agreed to differ on the maritime boundary in the Gulf of Fonseca.",
    "Honduras and El Salvador failed to agree on the maritime boundary in the Gulf of Fonseca.",
    "Honduras and El Salvador did not agree on the maritime boundary in the Gulf of Fonseca.",
    "Honduras and El Salvador were expected to agree on a maritime boundary next week.",
    "Belize agreed with the ruling of the International Court of Justice.",
    "Serbia refused to sign off on the EU plan.",
    "Kosovo and Serbia did not sign off on the plan.",
    "Kosovo and Serbia are expected to sign off on the plan next week.",
    "It was not agreed that Serbia and Kosovo would set up a joint border commission.",
    "It was agreed that Serbia had been right about the border crossing.",
    "It is expected that Serbia and Kosovo will set up a joint border commission.",
    "It was agreed that Serbia would reopen the crossing.",
    "Guyana's foreign minister and his deputy agreed to set up a border commission.",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:70] for t in NEGATIVES])
def test_no_agreement(text: str) -> None:
    found = facts(text)
    assert not find(found, "agreedTo"), shown(found)


RELATIVES = [
    "The roadmap that Ethiopia and Sudan agreed to in March calls for a joint survey.",
    "The roadmap, which Ethiopia and Sudan agreed in March, calls for a joint survey.",
    "The ceasefire that Kyrgyzstan and Tajikistan agreed on Thursday is holding.",
]


@pytest.mark.parametrize("text", RELATIVES, ids=[t[:70] for t in RELATIVES])
def test_what_no_relative_pronoun(text: str) -> None:
    found = facts(text)
    words = [str(f.args.get("what")).lower() for f in find(found, "agreedTo")]
    assert words and not {"that", "which"} & set(words), shown(found)
