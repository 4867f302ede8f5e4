"""The roles a found fact needs to match in full (issue 12, sixth round): a recognition's status
(`as`) and date, a meeting's place and date, a suspension's reason, a protest's subject and date, a
handover's giver and date. Disputes the dev articles do not cover (Abkhazia, Kosovo, Western
Sahara, Dokdo, Scarborough Shoal, Hong Kong, Lachin, the Beagle Channel).

Sentences written for these tests in the forms Reuters, AP, AFP, Xinhua, TASS, Kyodo, Yonhap or a
local paper use: a dateline before a meeting of that day or the day before, a passive whose by-phrase
the parser hangs inside the status ("was recognised as an independent state by the United States"),
a recognised noun that names the status ("recognised the independence of", "Moscow's recognition of
Abkhazia's independence"), a reason noun whose phrase hangs on the verb ("in protest at"). Each
positive names the roles it must give; each negative a role it must leave empty or not give so.
The tests publish on Tuesday 5 May 2020 (tests/helpers.py).
"""

from __future__ import annotations

import pytest
from helpers import facts

from kg.model import Entity, Fact


def _value(v: object) -> object:
    if isinstance(v, Entity):
        return v.label
    if isinstance(v, tuple):
        return frozenset(x.label for x in v if isinstance(x, Entity))
    return v


def _matches(f: Fact, want: dict[str, object]) -> bool:
    for role, value in want.items():
        got = _value(f.args.get(role))
        if value is None:
            if got is not None:
                return False
        elif isinstance(value, set):
            if got != frozenset(value):
                return False
        elif got != value:
            return False
    return True


def _shown(found: list[Fact], rel: str) -> str:
    return "; ".join(str({k: _value(v) for k, v in f.args.items()}) for f in found if f.rel == rel)


# (sentence, relation, roles it must give: a label, a set of labels, a text, or None for empty)
POSITIVE = [
    # -- recognizes: the status in an "as" phrase, active and passive
    (
        "Russia recognised Abkhazia and South Ossetia as independent states in August 2008.",
        "recognizes",
        {"party": "Russia", "what": "Abkhazia", "as": "independent states", "date": "2008-08"},
    ),
    (
        "Vanuatu became the fifth country to recognise Abkhazia as a sovereign state in 2011.",
        "recognizes",
        {"party": "Vanuatu", "what": "Abkhazia", "as": "a sovereign state", "date": "2011"},
    ),
    # a passive: the by-phrase hung on the status is the doer
    (
        "Kosovo was recognized as an independent state by the United States in February 2008.",
        "recognizes",
        {
            "party": "United States",
            "what": "Kosovo",
            "as": "an independent state",
            "date": "2008-02",
        },
    ),
    (
        "Kosovo was recognised as a sovereign country by Japan on March 18, 2008.",
        "recognizes",
        {"party": "Japan", "what": "Kosovo", "as": "a sovereign country", "date": "2008-03-18"},
    ),
    # the recognised noun names the status
    (
        "Venezuela recognized the independence of Abkhazia in 2009.",
        "recognizes",
        {"party": "Venezuela", "as": "independent state", "date": "2009"},
    ),
    (
        "Moscow's recognition of Abkhazia's independence in 2008 angered Tbilisi.",
        "recognizes",
        {"party": "Russia", "as": "independent state", "date": "2008"},
    ),
    (
        "Syria formally recognized the independence of Abkhazia and South Ossetia on May 29, 2018.",
        "recognizes",
        {
            "party": "Syria",
            "what": "South Ossetia",
            "as": "independent state",
            "date": "2018-05-29",
        },
    ),
    (
        "The United States recognised Morocco's sovereignty over Western Sahara in December 2020.",
        "recognizes",
        {
            "party": "United States",
            "as": "Morocco's sovereignty over Western Sahara",
            "date": "2020-12",
        },
    ),
    (
        "Tuvalu recognized Abkhazia's statehood in September 2011, according to the Abkhaz foreign "
        "ministry.",
        "recognizes",
        {"party": "Tuvalu", "as": "state", "date": "2011-09"},
    ),
    # the same party's recognition told before gives the status
    (
        "Managua's recognition of Abkhazia as an independent state has angered Tbilisi. Nicaragua "
        "recognised Abkhazia in 2008.",
        "recognizes",
        {"party": "Nicaragua", "what": "Abkhazia", "as": "an independent state", "date": "2008"},
    ),
    # the date a sentence counts back from the last one told
    (
        "Crimea's leaders and Vladimir Putin met on Tuesday. A day earlier Russia had recognized "
        "Crimea as an independent, sovereign state.",
        "recognizes",
        {
            "party": "Russia",
            "what": "Crimea",
            "as": "an independent, sovereign state",
            "date": "2020-05-04",
        },
    ),
    (
        "South Korea summoned a Japanese diplomat on Tuesday. Two days earlier, Japan had issued its "
        "annual defense white paper.",
        "issued",
        {"issuer": "Japan", "date": "2020-05-03"},
    ),
    # -- meeting: the dateline's city for a meeting of the day, or the day before
    (
        "MOSCOW, May 5 (TASS) -- Russian Foreign Minister Sergey Lavrov met Japanese Foreign "
        "Minister Toshimitsu Motegi on Tuesday to discuss the peace treaty.",
        "meeting",
        {
            "participants": {"Sergey Lavrov", "Toshimitsu Motegi"},
            "place": "Moscow",
            "date": "2020-05-05",
        },
    ),
    (
        "TOKYO, May 5 (Kyodo) -- Japanese Prime Minister Shinzo Abe held talks with Russian "
        "President Vladimir Putin on Monday.",
        "meeting",
        {"participants": {"Shinzo Abe", "Vladimir Putin"}, "place": "Tokyo", "date": "2020-05-04"},
    ),
    (
        "SEOUL, May 5 (Yonhap) -- Vice Foreign Minister Choi Jong-kun met Japanese Ambassador Koji "
        "Tomita on Tuesday over Tokyo's claim to Dokdo.",
        "meeting",
        {"participants": {"Choi Jong-kun", "Koji Tomita"}, "place": "Seoul", "date": "2020-05-05"},
    ),
    (
        "MANILA, May 5 (Reuters) - Philippine President Ferdinand Marcos Jr. met U.S. Defense "
        "Secretary Pete Hegseth on Tuesday, days after Chinese ships massed near Scarborough Shoal.",
        "meeting",
        {
            "participants": {"Ferdinand Marcos Jr.", "Pete Hegseth"},
            "place": "Manila",
            "date": "2020-05-05",
        },
    ),
    # the sentence's own city wins over the dateline's
    (
        "BEIJING, May 5 (Xinhua) -- Chinese Foreign Minister Wang Yi met Japanese Foreign Minister "
        "Toshimitsu Motegi in Jakarta on Tuesday.",
        "meeting",
        {
            "participants": {"Wang Yi", "Toshimitsu Motegi"},
            "place": "Jakarta",
            "date": "2020-05-05",
        },
    ),
    (
        "Foreign ministers Sergei Lavrov and Fumio Kishida met in Moscow on Friday.",
        "meeting",
        {"place": "Moscow", "date": "2020-05-01"},
    ),
    (
        "Japanese Foreign Minister Fumio Kishida met his Russian counterpart Sergei Lavrov on the "
        "sidelines of the ASEAN summit in Vientiane on Tuesday.",
        "meeting",
        {"place": "Vientiane", "date": "2020-05-05"},
    ),
    (
        "Lavrov and Kishida held talks in Tokyo last month.",
        "meeting",
        {"participants": {"Sergey Lavrov", "Fumio Kishida"}, "place": "Tokyo", "date": "2020-04"},
    ),
    (
        "Argentine Foreign Minister Diana Mondino met British Foreign Secretary David Cameron in New "
        "York on June 18.",
        "meeting",
        {"participants": {"Diana Mondino", "David Cameron"}, "place": "New York"},
    ),
    # a venue's city, a visit's city
    (
        "Sergey Lavrov met Toshimitsu Motegi at the Iikura Guest House in Tokyo on Tuesday.",
        "meeting",
        {"place": "Tokyo", "date": "2020-05-05"},
    ),
    (
        "Sergey Lavrov received Toshimitsu Motegi at the Foreign Ministry's mansion in Moscow on "
        "Tuesday.",
        "meeting",
        {"place": "Moscow"},
    ),
    (
        "Sergey Lavrov met Toshimitsu Motegi during his visit to Tokyo on Tuesday.",
        "meeting",
        {"place": "Tokyo", "date": "2020-05-05"},
    ),
    (
        "Sergey Lavrov met Toshimitsu Motegi on Tuesday on a two-day trip to Tokyo.",
        "meeting",
        {"place": "Tokyo"},
    ),
    (
        "The meeting between Sergey Lavrov and Toshimitsu Motegi in Moscow on Tuesday lasted three "
        "hours.",
        "meeting",
        {"place": "Moscow", "date": "2020-05-05"},
    ),
    (
        "Saudi Foreign Minister Prince Faisal bin Farhan hosted his Iranian counterpart Hossein "
        "Amir-Abdollahian in Riyadh on Saturday.",
        "meeting",
        {"place": "Riyadh", "date": "2020-05-02"},
    ),
    (
        "Azerbaijani and Armenian foreign ministers Jeyhun Bayramov and Ararat Mirzoyan held talks "
        "in Geneva on Monday.",
        "meeting",
        {"place": "Geneva", "date": "2020-05-04"},
    ),
    # -- suspends: the reason, however the parser hangs its phrase
    (
        "China suspended talks with Japan on a maritime mechanism in protest at the detention of a "
        "fishing captain.",
        "suspends",
        {"party": "China", "reason": "the detention of a fishing captain"},
    ),
    (
        "Russia froze the visa-free exchanges in response to Tokyo's sanctions.",
        "suspends",
        {"party": "Russia", "reason": "Tokyo's sanctions"},
    ),
    (
        "Beijing halted ministerial contacts with Manila in retaliation for the arrest of its "
        "fishermen.",
        "suspends",
        {"party": "China", "reason": "the arrest of its fishermen"},
    ),
    (
        "Russia suspended peace treaty talks with Japan in March 2022 over sanctions imposed after "
        "its invasion of Ukraine.",
        "suspends",
        {
            "party": "Russia",
            "what": "peace treaty talks with Japan",
            "reason": "sanctions imposed after its invasion of Ukraine",
            "date": "2022-03",
        },
    ),
    (
        "Moscow has suspended joint economic projects on the islands, the foreign ministry said.",
        "suspends",
        {"party": "Russia", "what": "joint economic projects on the islands", "date": "2020-05-05"},
    ),
    # -- protests: against, subject, date
    (
        "South Korea lodged a protest with Japan on Tuesday over Tokyo's renewed claim to the Dokdo "
        "islets.",
        "protests",
        {
            "party": "South Korea",
            "against": "Japan",
            "subject": "Tokyo's renewed claim to the Dokdo islets",
            "date": "2020-05-05",
        },
    ),
    (
        "Japan protested to Russia over Prime Minister Mikhail Mishustin's visit to Iturup.",
        "protests",
        {
            "party": "Japan",
            "against": "Russia",
            "subject": "Prime Minister Mikhail Mishustin's visit to Iturup",
        },
    ),
    (
        "Argentina lodged a formal protest with Britain on Monday over the military exercises near "
        "the Falkland Islands.",
        "protests",
        {
            "party": "Argentina",
            "against": "United Kingdom",
            "subject": "the military exercises near the Falkland Islands",
            "date": "2020-05-04",
        },
    ),
    # a present-perfect lead, its day told by the next sentence that takes the event up
    (
        "Honduras has lodged a formal protest with Belize over new fishing rules for the Sapodilla "
        "Cayes. The protest note, delivered on Monday by the Honduran embassy, said the rules had no "
        "legal effect.",
        "protests",
        {"party": "Honduras", "against": "Belize", "date": "2020-05-04"},
    ),
    (
        "Guyana and Suriname have signed an agreement on the New River Triangle. The agreement, "
        "signed in Paramaribo on Monday, sets up a joint commission.",
        "signed",
        {"parties": {"Guyana", "Suriname"}, "date": "2020-05-04"},
    ),
    # -- handedOverTo and promisesHandover: the giver and the date
    (
        "Armenia handed the Lachin district back to Azerbaijan on December 1, 2020.",
        "handedOverTo",
        {"to": "Azerbaijan", "from": "Armenia", "date": "2020-12-01"},
    ),
    (
        "Hong Kong was handed back to China by Britain on July 1, 1997.",
        "handedOverTo",
        {"territory": "Hong Kong", "to": "China", "from": "United Kingdom", "date": "1997-07-01"},
    ),
    (
        "Britain returned Hong Kong to China in 1997.",
        "handedOverTo",
        {"territory": "Hong Kong", "to": "China", "from": "United Kingdom", "date": "1997"},
    ),
    (
        "Under the 1956 declaration, the Soviet Union would hand over Shikotan and the Habomai islets "
        "to Japan after a peace treaty is signed.",
        "promisesHandover",
        {
            "territory": "Shikotan",
            "from": "Soviet Union",
            "to": "Japan",
            "condition": "a peace treaty is signed",
        },
    ),
    # the giver of a handover told without one: the article's promise of it
    (
        "Under the 1984 Joint Declaration, Britain would hand Hong Kong back to China. The territory "
        "was returned to China on July 1, 1997.",
        "handedOverTo",
        {"territory": "Hong Kong", "to": "China", "from": "United Kingdom", "date": "1997-07-01"},
    ),
    # the document of a relative "under which"
    (
        "Britain and Mauritius signed a treaty on Thursday under which the Chagos Islands will be "
        "transferred to Mauritius.",
        "promisesHandover",
        {"territory": "Chagos Archipelago", "from": "United Kingdom", "to": "Mauritius"},
    ),
    (
        "The Joint Declaration, under which Britain would hand Hong Kong back to China, was signed "
        "in 1984.",
        "promisesHandover",
        {"territory": "Hong Kong", "from": "United Kingdom", "to": "China"},
    ),
    (
        "Under the 1956 declaration, the Soviet Union would hand over Shikotan and the Habomai islets "
        "to Japan after a peace treaty is signed.",
        "promisesHandover",
        {
            "territory": "Habomai",
            "from": "Soviet Union",
            "to": "Japan",
            "condition": "a peace treaty is signed",
        },
    ),
    (
        "The 1956 joint declaration stipulated that Shikotan and the Habomai islets would be handed "
        "over to Japan once a peace treaty was signed.",
        "promisesHandover",
        {
            "territory": "Shikotan",
            "from": "Soviet Union",
            "to": "Japan",
            "condition": "a peace treaty was signed",
        },
    ),
    # the giver of a document's handover: its one party besides the receiver
    (
        "Under the agreement between Armenia and Azerbaijan, the Lachin district will be handed over "
        "to Azerbaijan.",
        "promisesHandover",
        {"from": "Armenia", "to": "Azerbaijan"},
    ),
    (
        "The 1904 treaty between Bolivia and Chile gave the Litoral province to Chile.",
        "promisesHandover",
        {"from": "Bolivia", "to": "Chile"},
    ),
    (
        "Under the 1890 agreement between Britain and Germany, Heligoland would be transferred to "
        "Germany.",
        "promisesHandover",
        {"territory": "Heligoland", "from": "United Kingdom", "to": "Germany"},
    ),
    # the condition however it is marked
    (
        "Under the 1956 declaration, Moscow would hand over Shikotan to Japan provided that a peace "
        "treaty was concluded.",
        "promisesHandover",
        {"territory": "Shikotan", "to": "Japan", "condition": "a peace treaty was concluded"},
    ),
    (
        "Under the treaty, Britain will cede the Chagos Islands to Mauritius, subject to a 99-year "
        "lease on Diego Garcia.",
        "promisesHandover",
        {
            "from": "United Kingdom",
            "to": "Mauritius",
            "condition": "a 99-year lease on Diego Garcia",
        },
    ),
    (
        "The 1956 declaration promised the return of Shikotan to Japan upon the conclusion of a "
        "peace treaty.",
        "promisesHandover",
        {
            "territory": "Shikotan",
            "from": "Soviet Union",
            "condition": "the conclusion of a peace treaty",
        },
    ),
    # -- signed: the date the clause gives
    (
        "Chile and Argentina signed the Treaty of Peace and Friendship in 1984.",
        "signed",
        {"parties": {"Chile", "Argentina"}, "date": "1984"},
    ),
]

# Roles not yet read: each is an xfail(strict=True) with the reason
MISSED = [
    (
        "Nauru recognised the statehood of Abkhazia in 2009, Russian media reported.",
        "recognizes",
        {"party": "Nauru", "as": "state", "date": "2009"},
        "a recognition inside a reported clause with a trailing source tag is not read",
    ),
    (
        "BEIJING, May 5 (Xinhua) -- Chinese Foreign Minister Wang Yi said on Tuesday he had met "
        "Japanese Foreign Minister Toshimitsu Motegi in Jakarta last month.",
        "meeting",
        {"place": "Jakarta", "date": "2020-04"},
        "the parser hangs the speech's 'on Tuesday' on the meeting verb, so its date wins",
    ),
    (
        "The Kalbajar district was handed over to Azerbaijan on November 25.",
        "handedOverTo",
        {"to": "Azerbaijan", "from": "Armenia"},
        "the giver of a passive handover without a by-phrase is not inferred",
    ),
]

#: Any value at all: the role must stay empty.
ANY = object()

# (sentence, relation, roles no fact may give so: a value, or ANY; {}: no fact of the relation)
NEGATIVE = [
    # the dateline's city is not the place of a meeting of another day
    (
        "MOSCOW, May 5 (TASS) -- Sergey Lavrov said he had met Toshimitsu Motegi last month.",
        "meeting",
        {"place": ANY},
    ),
    # where the speaker spoke is not where they met
    (
        "TOKYO, May 5 (Kyodo) -- Speaking in Osaka, Toshimitsu Motegi said he met Sergey Lavrov on "
        "Tuesday.",
        "meeting",
        {"place": "Tokyo"},
    ),
    (
        "TOKYO, May 5 (Kyodo) -- Speaking in Osaka, Toshimitsu Motegi said he met Sergey Lavrov on "
        "Tuesday.",
        "meeting",
        {"place": "Osaka"},
    ),
    # no dateline: no place
    (
        "Russian Foreign Minister Sergey Lavrov met Japanese Foreign Minister Toshimitsu Motegi on "
        "Tuesday.",
        "meeting",
        {"place": ANY},
    ),
    # a meeting of long ago, under today's dateline
    (
        "SEOUL, May 5 (Yonhap) -- Moon Jae-in and Shinzo Abe last met in December 2019.",
        "meeting",
        {"place": "Seoul"},
    ),
    # a promise to another state gives no giver to a later handover
    (
        "Under the 1890 treaty, Britain would give Heligoland to Germany. The island was returned to "
        "West Germany in 1952.",
        "handedOverTo",
        {"from": ANY},
    ),
    # a meeting with no city and no dateline: no place
    (
        "Lavrov and Motegi met on Tuesday, the Russian foreign ministry said.",
        "meeting",
        {"place": ANY},
    ),
    # a journey the meeting followed, a city another visited: not where they met
    (
        "Sergey Lavrov met Toshimitsu Motegi on Tuesday after a visit to Beijing.",
        "meeting",
        {"place": ANY},
    ),
    (
        "Sergey Lavrov met Toshimitsu Motegi on Tuesday, a week after Motegi visited Beijing.",
        "meeting",
        {"place": ANY},
    ),
    # a day before another event is not a day before the last date
    (
        "Lavrov and Motegi met on Tuesday. Russia recognized Crimea as an independent state the day "
        "before the referendum.",
        "recognizes",
        {"date": "2020-05-04"},
    ),
    # the next sentence's subject is not the event, or its date is not the subject's
    (
        "Japan has lodged a protest with Russia over the drills. The minister, who arrived in "
        "Moscow on Monday, said the drills were regrettable.",
        "protests",
        {"date": "2020-05-04"},
    ),
    (
        "Japan has lodged a protest with Russia over the drills. The protest came after Russia "
        "deployed missiles on Iturup on April 20.",
        "protests",
        {"date": "2020-04-20"},
    ),
    # a handover with no condition told has none
    (
        "Under the agreement, Britain will return the Chagos Islands to Mauritius.",
        "promisesHandover",
        {"condition": ANY},
    ),
    # a document of three parties names no one giver
    (
        "Under the ceasefire deal signed by Armenia, Azerbaijan and Russia, the Kalbajar district "
        "will be returned to Azerbaijan.",
        "promisesHandover",
        {"from": ANY},
    ),
    # the passive's doer is not in the status
    (
        "Kosovo was recognized as an independent state by the United States in February 2008.",
        "recognizes",
        {"as": "an independent state by the United States"},
    ),
    # another party's status is not this party's
    (
        "Russia recognised Abkhazia as an independent state in 2008. Nicaragua recognised Abkhazia a "
        "month later.",
        "recognizes",
        {"party": "Nicaragua", "as": "an independent state"},
    ),
    # a recognition refused is none
    ("Nicaragua said on Tuesday that it would never recognise Kosovo.", "recognizes", {}),
    (
        "Serbia will never recognise Kosovo's independence, President Aleksandar Vucic said.",
        "recognizes",
        {},
    ),
    # the status noun is not what was recognised: "borders" name no status
    (
        "Azerbaijan and Armenia recognised each other's borders in 2023.",
        "recognizes",
        {"as": "independent state"},
    ),
    # the treaty's year in its name is no signing told
    (
        "Argentina said on Tuesday that the 1984 treaty with Chile remained in force.",
        "signed",
        {"date": "2020-05-05"},
    ),
]


@pytest.mark.parametrize(("text", "rel", "want"), POSITIVE)
def test_roles_given(text, rel, want):
    found = facts(text)
    assert any(f.rel == rel and not f.negated and _matches(f, want) for f in found), _shown(
        found, rel
    )


@pytest.mark.parametrize(
    ("text", "rel", "want"),
    [
        pytest.param(t, r, w, marks=pytest.mark.xfail(strict=True, reason=why))
        for t, r, w, why in MISSED
    ],
)
def test_roles_not_yet_read(text, rel, want):
    found = facts(text)
    assert any(f.rel == rel and not f.negated and _matches(f, want) for f in found), _shown(
        found, rel
    )


def _forbidden(f: Fact, forbid: dict[str, object]) -> bool:
    return all(
        _value(f.args.get(role)) is not None if value is ANY else _value(f.args.get(role)) == value
        for role, value in forbid.items()
    )


@pytest.mark.parametrize(("text", "rel", "forbid"), NEGATIVE)
def test_roles_not_given(text, rel, forbid):
    found = [f for f in facts(text) if f.rel == rel and not f.negated]
    assert not any(_forbidden(f, forbid) for f in found), _shown(found, rel)
