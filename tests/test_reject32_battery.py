"""Rejections and protests in wording not seen before (issue 12, reject32).

Every sentence was written for this module, in wire-copy wording about disputes the never-read
batches do not cover (the Peljesac bridge, the Lomonosov Ridge, Cyprus's waters, the Beagle
Channel). Each reading has its rewrites and its near-misses:
- "X protested (complained) to the United Nations ... Y rejected the protest": the state that
  protested voiced the protest, so it is the claimant of its rejection, though the protest names
  no state it was lodged against;
- a protest "handed" to an ambassador is lodged, as one delivered is; a plain letter is no protest;
- "X says the treaty leaves it two islets, a reading Y has always rejected": an apposition that
  sums up a reported clause with no state doing it is the reporter's reading, so the reporter is
  the claimant; an apposition naming an act ("a gesture", "a step") sums up its clause too;
- a court that "threw out" an appeal (a claim, a case) rejects it; throwing out people does not;
- "recognised it as a project of common interest": a bare pronoun tells nothing recognised.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

CROATIA, BOSNIA = "state/croatia", "state/bosnia-and-herzegovina"
CHILE, ARGENTINA = "state/chile", "state/argentina"
RUSSIA, CANADA = "state/russia", "state/canada"
CHINA, VIETNAM, JAPAN = "state/china", "state/vietnam", "state/japan"
TURKEY, CYPRUS = "state/turkey", "state/cyprus"
ICJ = "organization/international-court-of-justice"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # the state that protested voiced the protest rejected later
    (
        "rejectsClaim",
        {"state": TURKEY, "claimant": CYPRUS},
        "Cyprus protested to the United Nations over the Turkish drillship. Turkey rejected the "
        "protest on Wednesday.",
    ),
    (
        "rejectsClaim",
        {"state": TURKEY, "claimant": CYPRUS},
        "Cyprus protested to the United Nations over the Turkish drillship. The protest was "
        "dismissed by Turkey.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": VIETNAM},
        "Vietnam complained to the United Nations about the survey ship. China brushed aside the "
        "complaint on Friday.",
    ),
    # a protest handed to an ambassador is lodged
    (
        "protests",
        {"party": JAPAN, "against": CHINA},
        "Japan handed a protest to the Chinese ambassador over the survey.",
    ),
    (
        "protests",
        {"party": JAPAN, "against": CHINA},
        "A strong protest was handed to the Chinese ambassador by Japan on Monday.",
    ),
    # an apposition summing up a reported clause: the reporter's reading
    (
        "rejectsClaim",
        {"state": CROATIA, "claimant": BOSNIA},
        "Bosnia says the treaty leaves it two islets, a reading that Croatia has always rejected.",
    ),
    (
        "rejectsClaim",
        {"state": CROATIA, "claimant": BOSNIA},
        "Bosnia says that the 1999 treaty gives it the tip of the peninsula, a reading that "
        "Croatia has rejected.",
    ),
    (
        "rejectsClaim",
        {"state": CHILE, "claimant": ARGENTINA},
        "Argentina argues that the 1881 treaty gives it the whole channel, an interpretation Chile "
        "has always rejected.",
    ),
    # an apposition naming an act sums up its clause
    (
        "rejectsClaim",
        {"state": CANADA, "claimant": RUSSIA},
        "In 2007 Russia planted a flag on the seabed beneath the pole, a gesture that Canada "
        "dismissed.",
    ),
    (
        "rejectsClaim",
        {"state": CANADA, "claimant": RUSSIA},
        "In 2007 a Russian submersible planted a flag beneath the pole, a gesture that was "
        "dismissed by Canada.",
    ),
    (
        "rejectsClaim",
        {"state": VIETNAM, "claimant": CHINA},
        "China built a runway on the reef, a step that Vietnam condemned.",
    ),
    # a thing recognised by its name, with its standing
    (
        "recognizes",
        {"what": "the bridge", "as": "a project of common interest"},
        "The European Commission recognised the bridge as a project of common interest.",
    ),
    # a court that throws out an appeal rejects it
    (
        "rejectsClaim",
        {"state": ICJ, "claimant": CHILE},
        "The International Court of Justice threw out Chile's appeal on Monday.",
    ),
    (
        "rejectsClaim",
        {"state": ICJ, "claimant": CHILE},
        "Chile's appeal was thrown out by the International Court of Justice in 1995.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    ("Argentina threw out the Chilean diplomats.", "rejectsClaim", {}),
    # a pronoun left as what was recognised tells nothing recognised
    ("The European Commission recognised it as a project of common interest.", "recognizes", {}),
    ("The commission has recognised them as projects of common interest.", "recognizes", {}),
    ("The court threw out the old maps of the channel.", "rejectsClaim", {}),
    ("Argentina handed a letter to the Chilean ambassador.", "protests", {}),
    # a reported clause whose reporter is no state: no claimant
    (
        "The ministry says the treaty leaves it two islets, a reading that Croatia has always "
        "Croatia has rejected.",
        "rejectsClaim",
        {"claimant": BOSNIA},
    ),
    # the reporter is the rejecter itself: no claimant of its own
    (
        "Croatia says the treaty leaves Bosnia two islets, a reading that Croatia has always "
        "Croatia has rejected.",
        "rejectsClaim",
        {"claimant": CROATIA},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)


# (text, the protest's party and against, words its subject holds; None for no subject of that clause)
OCCASIONS: list = [
    # the closing clause of two verbs sharing a subject tells what prompted both
    (
        "Cyprus lodged a formal protest with Turkey and asked the Security Council to intervene "
        "after Turkish troops entered the buffer zone.",
        (CYPRUS, TURKEY),
        "Turkish troops entered the buffer zone",
    ),
    (
        "Cyprus protested to Turkey and called for a meeting of the council because Turkish "
        "troops had entered the buffer zone.",
        (CYPRUS, TURKEY),
        "Turkish troops had entered the buffer zone",
    ),
    # "when": what prompted it
    ("China protested to Japan when the pact was signed.", (CHINA, JAPAN), "the pact was signed"),
    # a second verb with a subject of its own: its clause is its own
    (
        "Japan protested to China, and Tokyo will raise the issue when the leaders meet.",
        (JAPAN, CHINA),
        None,
    ),
]


@pytest.mark.parametrize(("text", "sides", "words"), OCCASIONS)
def test_what_prompted_a_protest(text, sides, words):
    found = [
        f
        for f in facts(text)
        if f.rel == "protests"
        and (f.args["party"].key, f.args["against"].key) == sides
        and not f.negated
    ]
    assert found, shown(facts(text))
    subjects = [str(f.args.get("subject", "")) for f in found]
    if words is None:
        assert not any("leaders meet" in s for s in subjects), subjects
    else:
        assert any(words in s for s in subjects), subjects
