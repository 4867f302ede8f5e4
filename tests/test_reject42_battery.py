"""Rejections of a view summed up after the clause that states it (issue 12, reject42).

Every sentence was written for this module, in wire-copy wording about the Falklands, the
Essequibo, Finland's border with Russia and Okinotorishima. Each reading has its rewrites and its
near-misses:
- "..., a view that Helsinki has rejected": the parser reads "that" as the mark of a content clause
  on the noun; a clause with a subject of its own and no object after a transitive verb is a
  relative clause, and the noun is what its verb acts on ("a content clause that has its own
  object or clause", "the news that Japan had rejected the plan", stays a content clause);
- the summing noun may hang on the clause's verb as a second object ("regards X as an island, a
  view China rejects"): it sums up the clause, no apposition of the noun before it;
- whose view it is: the clause's doer, or, where the clause is reported, its reporter (a body or an
  official for its state: "The Kremlin has said ..."), never the rejecter itself ("Finland's
  membership breaches the treaty": Finland does not reject its own);
- "the reef", "the rock", "the cay" after one named feature mean that feature, as "the island"
  does, not the group it lies in.
"""

from __future__ import annotations

import pytest
from helpers import facts, has, none_told, shown

ARGENTINA, UK, FALKLANDS = "state/argentina", "state/united-kingdom", "territory/falkland-islands"
VENEZUELA, GUYANA = "state/venezuela", "state/guyana"
RUSSIA, FINLAND = "state/russia", "state/finland"
JAPAN, CHINA, SOUTH_KOREA = "state/japan", "state/china", "state/south-korea"
OKINOTORI = "territory/okinotorishima"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    # "that" read as a content clause's mark: the noun is the verb's object
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina claims the Falklands, a claim that Britain has always rejected.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA, "territory": FALKLANDS},
        "Argentina claims the Falklands, a claim which Britain has always rejected.",
    ),
    (
        "rejectsClaim",
        {"state": UK, "claimant": ARGENTINA},
        "Buenos Aires insists the islands were seized by force in 1833, a position that London "
        "firmly rejects.",
    ),
    (
        "rejectsClaim",
        {"state": GUYANA, "claimant": VENEZUELA},
        "Venezuela says the 1899 award is void, a reading that Georgetown has repeatedly dismissed.",
    ),
    # a reported clause whose doer is the rejecter: the reporter's view, a body for its state
    (
        "rejectsClaim",
        {"state": FINLAND, "claimant": RUSSIA},
        "The Kremlin has said Finland's entry into the alliance violates the 1947 treaty, a view "
        "that Helsinki has rejected.",
    ),
    (
        "rejectsClaim",
        {"state": FINLAND, "claimant": RUSSIA},
        "Moscow says Finland's entry into the alliance violates the 1947 treaty, a position "
        "Helsinki rejects.",
    ),
    (
        "rejectsClaim",
        {"state": FINLAND, "claimant": RUSSIA},
        "Russia's Foreign Ministry said on Monday that Finland's entry into the alliance violated "
        "the treaty, a view that Helsinki rejected.",
    ),
    # the summing noun as a second object of the clause's verb
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN, "territory": OKINOTORI},
        "Japan regards Okinotorishima as an island, a view that China has rejected.",
    ),
    (
        "rejectsClaim",
        {"state": SOUTH_KOREA, "claimant": JAPAN, "territory": OKINOTORI},
        "Japan regards Okinotorishima as an island, a view that China and South Korea have "
        "rejected.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN, "territory": OKINOTORI},
        "Tokyo treats Okinotorishima as an island with its own zone, a position Beijing rejects.",
    ),
    # "the reef" after one named feature: that feature, not its group
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN, "territory": OKINOTORI},
        "Okinotorishima, two eroded outcrops in the Pacific, lies far to the south of Tokyo. Japan "
        "regards the reef as an island, a view that China has rejected.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN, "territory": OKINOTORI},
        "Residents of the Ogasawara Islands marked the anniversary on Monday. Okinotorishima, "
        "which lies 1,700 km south of Tokyo, remains a point of friction. Japan regards the reef "
        "as an island, a view which China has rejected.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_summed_view(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have; {} for no fact of it at all)
DENIED: list = [
    # a content clause with its own object: the noun is nothing the verb acts on
    (
        "Guyana welcomed the news that Venezuela had rejected the plan.",
        "rejectsClaim",
        {"what": "the news"},
    ),
    ("There is a fear that Argentina will protest.", "rejectsClaim", {}),
    # the rejecter's own doing is no claim of its own that it rejects
    (
        "Moscow says Finland's entry into the alliance violates the 1947 treaty, a position "
        "Helsinki rejects.",
        "rejectsClaim",
        {"claimant": FINLAND},
    ),
    # a second object that is no summing noun stays the apposition of the noun before it
    (
        "Japan regards Okinotorishima as an island, a rock that China calls a reef.",
        "rejectsClaim",
        {},
    ),
    # the group the feature lies in is not what "the reef" means
    (
        "Residents of the Ogasawara Islands marked the anniversary on Monday. Okinotorishima, "
        "which lies 1,700 km south of Tokyo, remains a point of friction. Japan regards the reef "
        "as an island, a view which China has rejected.",
        "rejectsClaim",
        {"territory": "territory/ogasawara-islands"},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_summed_view_where_none_is_told(text, rel, roles):
    none_told(text, rel, roles)


# A protest that names nothing is over what its party rejected in its sentence or the one before.
PROTESTED: list = [
    (
        {"party": ARGENTINA, "against": UK, "subject": "the British survey of the seabed"},
        "Argentina does not accept the British survey of the seabed, the foreign minister said. "
        "Argentina, he added, had lodged a formal protest with the British embassy.",
    ),
    (
        {"party": ARGENTINA, "against": UK, "subject": "the British survey"},
        "Buenos Aires rejected the British survey on Monday. It lodged a protest with London the "
        "same day.",
    ),
    (
        {"party": ARGENTINA, "against": UK, "subject": "the survey"},
        "Argentina rejected the survey and lodged a formal protest with Britain.",
    ),
    (
        {"party": GUYANA, "against": VENEZUELA, "subject": "the Venezuelan decree"},
        "Guyana dismissed the Venezuelan decree as illegal. Georgetown also sent a protest note "
        "to Caracas.",
    ),
]


@pytest.mark.parametrize(("roles", "text"), PROTESTED)
def test_protest_over_what_was_rejected(roles, text):
    found = facts(text)
    assert has(found, "protests", **roles), shown(found)


# (text, roles no protest may have)
NOT_PROTESTED: list = [
    # the protest names its own subject
    (
        "Argentina lodged a formal protest with Britain over the fishing licences. Argentina has "
        "rejected the survey.",
        {"subject": "the survey"},
    ),
    # another party's rejection: not what this party protests
    (
        "Venezuela rejected the award in 1962. Guyana lodged a protest with Caracas on Monday.",
        {"subject": "the award"},
    ),
    # a rejection of "it" names nothing
    (
        "Venezuela rejected it on Monday. Venezuela also lodged a protest with Guyana.",
        {"subject": "it"},
    ),
    # told two sentences back: too far to be what the protest is over
    (
        "Argentina rejected the British survey on Monday. The fleet left port on Tuesday. "
        "Argentina lodged a protest with London on Wednesday.",
        {"subject": "the British survey"},
    ),
]


@pytest.mark.parametrize(("text", "roles"), NOT_PROTESTED)
def test_no_protest_subject_where_none_is_told(text, roles):
    none_told(text, "protests", roles)


# A bare reference to a deed told before by its verb ("declared ... the declaration", "banned ...
# the ban") or by a kin noun ("a pledge to annex ... the plan"): the deed's doer is the claimant.
NAMED_DEED: list = [
    (
        {"state": GUYANA, "claimant": VENEZUELA, "what": "the declaration"},
        "Last year Venezuela declared the 1899 award null and void. Guyana rejected the "
        "declaration on Monday.",
    ),
    (
        {"state": GUYANA, "claimant": VENEZUELA, "what": "The declaration"},
        "In 1962 Caracas declared the award void. The declaration was rejected by Georgetown.",
    ),
    (
        {"state": UK, "claimant": ARGENTINA, "what": "the ban"},
        "Argentina banned British fishing boats from its ports in March. London called the ban "
        "illegal.",
    ),
    (
        {"state": UK, "claimant": ARGENTINA, "what": "the ban"},
        "Argentina banned British fishing boats from its ports in March. Britain rejected the ban.",
    ),
    (
        {"state": UK, "claimant": ARGENTINA, "what": "the plan"},
        "Argentine President Javier Milei pledged on Tuesday to recover the Falklands. Britain "
        "rejected the plan.",
    ),
    (
        {  # the plan as told before (rejects51: rules/told_things.py)
            "state": UK,
            "claimant": ARGENTINA,
            "what": "the plan (a pledge by Argentine President Javier Milei to recover the Falklands)",
        },
        "Chile condemned a pledge by Argentine President Javier Milei to recover the Falklands. "
        "Britain also rejected the plan.",
    ),
]


@pytest.mark.parametrize(("roles", "text"), NAMED_DEED)
def test_deed_named_before(roles, text):
    found = facts(text)
    assert has(found, "rejectsClaim", **roles), shown(found)


# (text, roles no rejection may have)
NO_DEED: list = [
    # the rejecter's own deed is no claim of another's
    (
        "Britain banned Argentine fishing boats from the zone in March. Britain later rejected the "
        "ban's critics.",
        {"claimant": UK},
    ),
    # a deed of another noun's kind: "the plan" is no ban
    (
        "Argentina banned British fishing boats from its ports in March. Britain rejected the plan "
        "for a new base.",
        {"claimant": ARGENTINA, "what": "the plan"},
    ),
]


@pytest.mark.parametrize(("text", "roles"), NO_DEED)
def test_no_deed_named_before(text, roles):
    none_told(text, "rejectsClaim", roles)
