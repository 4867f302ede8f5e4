"""Documents signed, issued, agreed, kept, left and suspended, on disputes the dev articles do not
cover (issue 12, sixth round): the India-Bangladesh land boundary agreement of 2015, the Prespa
agreement of Greece and North Macedonia, the Israel-Lebanon maritime deal of 2022, the Indus Waters
Treaty, the Pact of Bogota, the Kharkiv accords, Thai-Cambodian and Serbia-Kosovo deals.

Sentences written for these tests in the forms of Reuters, AP, AFP, Xinhua, TASS, Kyodo and local
papers: another verb of a class ("inked", "initialled", "penned", "put out", "tore up", "walked
away from"), a participle after its noun, a passive with officials for their states, a document
named after its parties ("the Greek-Macedonian accord"), a relative clause without "that", and
negatives (a player or a cheque signed, a view agreed, a plan, a demand of another, one party).

The conventions, as the readable gold records them (../shared/eval FORMAT.md, the dev gold, h01-h13,
h32-h39, h46-h49, h56-h59): officials who sign sign for their states (dev 37, 40; h07, h38); a
document named after its parties was signed by them (dev 32, h59 "the 1940 Soviet-Finnish
agreement"); one party that "agreed to" do something agrees nothing (dev 33 "the Soviet Union agreed
to consider", h46 "Armenia agreed to return": no agreedTo), while one that signed its own act
signed it (dev 31 "Japan signed its surrender"); leaving a treaty withdraws an obligation (a claim
given up does not: tests/test_docs30_battery.py), while suspends is of talks and programmes (dev 35,
h02, h04, h12).
"""

from __future__ import annotations

import pytest
from helpers import CHINA, RUSSIA, facts, find, shown

INDIA, BANGLADESH, PAKISTAN = "state/india", "state/bangladesh", "state/pakistan"
GREECE, MACEDONIA = "state/greece", "state/north-macedonia"
ISRAEL, LEBANON = "state/israel", "state/lebanon"
NICARAGUA, HONDURAS, COLOMBIA = "state/nicaragua", "state/honduras", "state/colombia"
SERBIA, KOSOVO = "state/serbia", "state/kosovo"
THAILAND, CAMBODIA, VIETNAM = "state/thailand", "state/cambodia", "state/vietnam"
NEPAL, GUYANA, VENEZUELA = "state/nepal", "state/guyana", "state/venezuela"
BOLIVIA, USA, UKRAINE = "state/bolivia", "state/united-states", "state/ukraine"
ETHIOPIA, NORWAY, FINLAND, USSR = (
    "state/ethiopia",
    "state/norway",
    "state/finland",
    "state/soviet-union",
)

#: Roles compared as words the fact's text must contain, not as equal text.
_TEXT = frozenset({"what", "obligation", "condition"})

# (sentence, relation, arguments by entity key (a set: the parties) or words the text holds, a
# word of the document's label or None)
POSITIVE = [
    # -- signed: another verb of the class, participles, officials for their states
    ("India and Bangladesh inked a land boundary agreement in Dhaka in June 2015, ending a "
     "four-decade dispute over enclaves.",
     "signed", {"parties": {INDIA, BANGLADESH}, "date": "2015-06"}, "agreement"),
    ("The Prespa Agreement, concluded by Greece and North Macedonia in June 2018, ended a 27-year "
     "row over the name.",
     "signed", {"parties": {GREECE, MACEDONIA}, "date": "2018-06"}, "prespa"),
    ("Greece and North Macedonia initialled the accord on the shores of Lake Prespa on Sunday.",
     "signed", {"parties": {GREECE, MACEDONIA}, "date": "2020-05-03"}, "accord"),
    ("Israel and Lebanon penned a maritime border deal in October 2022 after US mediation.",
     "signed", {"parties": {ISRAEL, LEBANON}, "date": "2022-10"}, "deal"),
    ("The deal was signed by Greek Foreign Minister Nikos Kotzias and his Macedonian counterpart "
     "Nikola Dimitrov in June 2018.",
     "signed", {"parties": {GREECE, MACEDONIA}, "date": "2018-06"}, "deal"),
    ("Indian Prime Minister Narendra Modi and his Bangladeshi counterpart Sheikh Hasina signed the "
     "protocol in Dhaka in 2015.",
     "signed", {"parties": {INDIA, BANGLADESH}, "date": "2015"}, "protocol"),
    # one side's ratification: the ratifier is bound (readable gold h109, h131), no signing
    ("Pakistan ratified the treaty with India in 1960.",
     "adheresTo", {"party": PAKISTAN}, "treaty"),
    ("The treaty, ratified by Nicaragua and Honduras in 2007, fixed the maritime line in the "
     "Caribbean.",
     "signed", {"parties": {NICARAGUA, HONDURAS}, "date": "2007"}, "treaty"),
    ("Serbia and Kosovo signed a deal in Washington in September 2020, the White House said.",
     "signed", {"parties": {SERBIA, KOSOVO}, "date": "2020-09"}, "deal"),
    ("Thailand and Cambodia signed a ceasefire agreement in Kuala Lumpur on Monday.",
     "signed", {"parties": {THAILAND, CAMBODIA}, "date": "2020-05-04"}, "ceasefire agreement"),
    # -- signed: the parties only in the document's name, dated or signed
    ("The Greek-Macedonian accord was signed on the shores of Lake Prespa in June 2018.",
     "signed", {"parties": {GREECE, MACEDONIA}, "date": "2018-06"}, "accord"),
    ("The Peru-Ecuador peace accord was signed in Brasilia in 1998.",
     "signed", {"parties": {"state/peru", "state/ecuador"}, "date": "1998"}, "peace accord"),
    ("Ankara cited the 2019 Turkish-Libyan maritime deal.",
     "signed", {"parties": {"state/turkey", "state/libya"}, "date": "2019"}, "maritime deal"),
    ("Oslo says the 2010 Norwegian-Russian treaty split the Barents Sea.",
     "signed", {"parties": {NORWAY, RUSSIA}, "date": "2010"}, "treaty"),
    # told in two sentences: the name, then the signing with its full date
    ("The demilitarised status of the islands is guaranteed by the 1940 Soviet-Finnish agreement, "
     "Zakharova said. The agreement was signed in Moscow on October 11, 1940.",
     "signed", {"parties": {USSR, FINLAND}, "date": "1940-10-11"}, "agreement"),
    # -- issued
    ("Cambodia issued a statement on the border dispute on Friday.",
     "issued", {"issuer": CAMBODIA, "date": "2020-05-01"}, "statement"),
    ("A decree issued by Colombia in 2013 rejected the court's ruling.",
     "issued", {"issuer": COLOMBIA, "date": "2013"}, "decree"),
    ("Nepal published a new political map in May 2020 that showed Kalapani as Nepali territory.",
     "issued", {"issuer": NEPAL, "date": "2020-05"}, "map"),
    ("The map, published by the Nepali government in 2020, angered New Delhi.",
     "issued", {"issuer": NEPAL, "date": "2020"}, "map"),
    ("China and Vietnam issued a joint communique on their border in 1999.",
     "issued", {"issuer": VIETNAM, "date": "1999"}, "joint communique"),
    ("China and Vietnam issued a joint communique on their border in 1999.",
     "issued", {"issuer": CHINA, "date": "1999"}, "joint communique"),
    ("Beijing put out a white paper on the South China Sea in July 2016.",
     "issued", {"issuer": CHINA, "date": "2016-07"}, "white paper"),
    # -- agreedTo: what two parties agreed, in principle or on a line
    ("India and Pakistan agreed to set up a joint commission on the river waters.",
     "agreedTo", {"parties": {INDIA, PAKISTAN}, "what": "set up a joint commission"}, None),
    ("Thailand and Cambodia agreed in principle to withdraw troops from the temple area.",
     "agreedTo", {"parties": {THAILAND, CAMBODIA}, "what": "withdraw troops"}, None),
    ("Greece and North Macedonia agreed on a new name for the country in June 2018.",
     "agreedTo", {"parties": {GREECE, MACEDONIA}, "what": "a new name", "date": "2018-06"}, None),
    ("Israel and Lebanon reached an agreement on their maritime border in October 2022.",
     "agreedTo", {"parties": {ISRAEL, LEBANON}, "what": "maritime border", "date": "2022-10"},
     None),
    # the infinitive the parser hangs on the light verb is what the deal says
    ("Guyana and Venezuela struck a deal on Thursday to refrain from the use of force.",
     "agreedTo", {"parties": {GUYANA, VENEZUELA}, "what": "refrain from the use of force",
                  "date": "2020-04-30"}, None),
    ("Serbia and Kosovo hammered out an accord in Washington to open a joint border crossing.",
     "agreedTo", {"parties": {SERBIA, KOSOVO}, "what": "open a joint border crossing"}, None),
    ("Serbia and Kosovo agreed to normalise economic ties, the White House said on Friday.",
     "agreedTo", {"parties": {SERBIA, KOSOVO}, "what": "normalise economic ties"}, None),
    ("The accord India and Bangladesh reached in 2015 ended the enclave dispute.",
     "agreedTo", {"parties": {INDIA, BANGLADESH}, "date": "2015"}, None),
    ("Thailand and Cambodia agreed a ceasefire on Monday.",
     "agreedTo", {"parties": {THAILAND, CAMBODIA}, "what": "ceasefire", "date": "2020-05-04"},
     None),
    ("The treaty, ratified by Nicaragua and Honduras in 2007, fixed the maritime line in the "
     "Caribbean.",
     "agreedTo", {"parties": {NICARAGUA, HONDURAS}, "what": "fixed the maritime line"}, None),
    # -- adheresTo
    ("Colombia acceded to the Pact of Bogota in 1968.",
     "adheresTo", {"party": COLOMBIA}, "pact"),
    ("Nicaragua remains committed to the 1928 treaty with Colombia.",
     "adheresTo", {"party": NICARAGUA}, "treaty"),
    ("Bolivia has never renounced the 1904 treaty with Chile, its foreign minister said.",
     "adheresTo", {"party": BOLIVIA}, "treaty"),
    ("Pakistan said it would abide by the Indus Waters Treaty.",
     "adheresTo", {"party": PAKISTAN}, "treaty"),
    ("India became a party to the Indus Waters Treaty in 1960.",
     "adheresTo", {"party": INDIA}, "treaty"),
    # -- withdrewObligation: a treaty withdrawn from, pulled out of, scrapped, torn up, annulled
    ("Colombia withdrew from the Pact of Bogota in 2012 after the court's ruling.",
     "withdrewObligation", {"state": COLOMBIA, "obligation": "Pact of Bogota", "date": "2012"},
     "pact"),
    ("The United States pulled out of the Paris climate agreement in 2020.",
     "withdrewObligation", {"state": USA, "obligation": "Paris climate agreement",
                            "date": "2020"}, None),
    # a document named by a city before it ("the Kharkiv accords") is a document
    ("Russia scrapped the Kharkiv accords with Ukraine in 2014.",
     "withdrewObligation", {"state": RUSSIA, "obligation": "Kharkiv accords", "date": "2014"},
     "accord"),
    ("The Kharkiv accords were signed by Russia and Ukraine in April 2010.",
     "signed", {"parties": {RUSSIA, UKRAINE}, "date": "2010-04"}, "accord"),
    ("Kiev tore up the Black Sea fleet agreement with Moscow in 2014.",
     "withdrewObligation", {"state": UKRAINE, "obligation": "Black Sea fleet agreement",
                            "date": "2014"}, None),
    ("Venezuela renounced the 1966 Geneva Agreement in 2018, the foreign ministry said.",
     "withdrewObligation", {"state": VENEZUELA, "obligation": "Geneva Agreement",
                            "date": "2018"}, "geneva"),
    ("Washington walked away from the Intermediate-Range Nuclear Forces Treaty in 2019.",
     "withdrewObligation", {"state": USA, "date": "2019"}, "treaty"),
    ("Russia annulled the Kharkiv accords in March 2014.",
     "withdrewObligation", {"state": RUSSIA, "date": "2014-03"}, "accord"),
    ("Ethiopia pulled out of the memorandum of understanding with Somaliland in 2025.",
     "withdrewObligation", {"state": ETHIOPIA, "date": "2025"}, "memorandum"),
    # (a claim given up withdraws no obligation: tests/test_docs30_battery.py)
    # a document of several words needs no determiner ("under terms of reference signed by")
    ("Under terms of reference signed by Guyana and Suriname on Monday, the commission will "
     "report within a year.",
     "signed", {"parties": {GUYANA, "state/suriname"}, "date": "2020-05-04"}, "terms of reference"),
    # the withdrawal's date, not the document's own year
    ("Iraq withdrew from the 1975 Algiers Agreement in 1980.",
     "withdrewObligation", {"state": "state/iraq", "date": "1980"}, "algiers"),
    # -- suspends: a treaty put in abeyance stays in force; talks suspended, halted
    ("India put the Indus Waters Treaty in abeyance in April 2025.",
     "suspends", {"party": INDIA, "what": "Indus Waters Treaty", "date": "2025-04"}, None),
    ("Pakistan suspended talks with India on the river dispute in 2019.",
     "suspends", {"party": PAKISTAN, "what": "talks with India", "date": "2019"}, None),
    ("Thailand halted border talks with Cambodia on Tuesday.",
     "suspends", {"party": THAILAND, "what": "border talks", "date": "2020-05-05"}, None),
    # -- conditionedOn
    ("The 2018 agreement tied any change of the name to a referendum in North Macedonia.",
     "conditionedOn", {"what": "change of the name", "condition": "referendum"}, "agreement"),
    # the counterpart coordinated inside the office's of-phrase signs for his state (round 26)
    ("The accord was signed by Foreign Minister Urmas Paet of Estonia and his Russian counterpart "
     "Sergei Lavrov in Moscow in 2005.",
     "signed", {"parties": {"state/estonia", RUSSIA}, "date": "2005"}, "accord"),
]  # fmt: skip

# (sentence, relation, arguments, document word, why it is still missed)
MISSED = [
    ("Under an agreement struck in 2015, India and Bangladesh swapped more than 160 enclaves.",
     "agreedTo", {"parties": {INDIA, BANGLADESH}}, None,
     "the participle's doers are the main clause's subject, which no rule reads"),
    ("Vietnam and China put their signatures to the Gulf of Tonkin agreement in December 2000.",
     "signed", {"parties": {VIETNAM, CHINA}, "date": "2000-12"}, "agreement",
     "a place's name between the determiner and the noun keeps 'agreement' from being a document "
     "(and the small model hangs 'agreement' on 'Tonkin')"),
    ("Tokyo cited the 1978 Sino-Japanese treaty of peace and friendship.",
     "signed", {"parties": {CHINA, "state/japan"}, "date": "1978"}, "treaty",
     "combining forms ('Sino-', 'Anglo-', 'Franco-') are no demonyms in the gazetteer"),
]  # fmt: skip

# (sentence, relation): no such fact
NEGATIVE = [
    # a player, a cheque or autographs signed sign no document
    ("Chelsea signed a new striker from Benfica in January.", "signed"),
    ("The president signed a cheque for the flood victims.", "signed"),
    ("The minister signed autographs for fans at the airport.", "signed"),
    # a view shared is no agreement; one party that agrees to act agrees nothing (the gold's way)
    ("India and Bangladesh agreed that the weather had been unusually warm.", "agreedTo"),
    ("Nigeria agreed to withdraw its troops from the peninsula.", "agreedTo"),
    ("Cambodia announced a ceasefire on Monday.", "agreedTo"),
    # negated or planned signings and withdrawals
    ("Pakistan has not ratified the treaty with India.", "signed"),
    ("India and Pakistan would sign the treaty if the preamble were dropped.", "signed"),
    ("Colombia did not withdraw from the Pact of Bogota.", "withdrewObligation"),
    ("Colombia said it might pull out of the Pact of Bogota.", "withdrewObligation"),
    # leaving a tournament, or talks, withdraws no obligation
    ("The club withdrew from the tournament in 2019.", "withdrewObligation"),
    ("Pakistan pulled out of the talks with India in 2019.", "withdrewObligation"),
    # leaving a treaty is no suspension; a treaty left as it was is not left
    ("Russia scrapped the Kharkiv accords with Ukraine in 2014.", "suspends"),
    (
        "Washington walked away from the Intermediate-Range Nuclear Forces Treaty in 2019.",
        "suspends",
    ),
    ("Britain left the 1890 treaty intact.", "withdrewObligation"),
    # speech is no document issued
    ("India said in a statement that the treaty remained valid.", "issued"),
    # ("X issued a statement saying ..." is issued by X, its words still X's: test_docs32_battery.py)
    # asked of another, or refused, a claim is not given up
    ("Britain urged Argentina to drop its claim to the islands.", "withdrewObligation"),
    ("Argentina will never give up its claim to the Falklands.", "withdrewObligation"),
    # a demand of another is no adherence
    ("Pakistan urged India to honour the Indus Waters Treaty.", "adheresTo"),
    ("Beijing expects Hanoi to respect the 1999 land border treaty.", "adheresTo"),
    # a name that holds one state, or none, names no signatories
    ("The Heligoland-Zanzibar Treaty was a swap of islands.", "signed"),
    ("The Cambodian treaty of 1907 drew the border.", "signed"),
    # an undated document named after two states is not yet known to be signed
    ("A Greek-Macedonian accord is still being negotiated.", "signed"),
]


def _matches(f, want: dict) -> bool:
    for role, value in want.items():
        got = f.args.get(role)
        if role in _TEXT:
            if not isinstance(got, str) or value.lower() not in got.lower():
                return False
        elif not find([f], f.rel, **{role: value}):
            return False
    return True


def _check(sentence: str, rel: str, want: dict, doc: str | None) -> None:
    found = facts(sentence)
    hits = [f for f in find(found, rel) if _matches(f, want)]
    assert hits, shown(found)
    if doc is not None:
        labels = [getattr(f.args.get("document"), "label", "").lower() for f in hits]
        assert any(doc in label for label in labels), shown(found)


@pytest.mark.parametrize(("sentence", "rel", "want", "doc"), POSITIVE)
def test_fact_is_read(sentence: str, rel: str, want: dict, doc: str | None) -> None:
    _check(sentence, rel, want, doc)


@pytest.mark.parametrize(
    ("sentence", "rel", "want", "doc"),
    [
        pytest.param(s, r, w, d, marks=pytest.mark.xfail(strict=True, reason=why))
        for s, r, w, d, why in MISSED
    ],
)
def test_fact_still_missed(sentence: str, rel: str, want: dict, doc: str | None) -> None:
    _check(sentence, rel, want, doc)


@pytest.mark.parametrize(("sentence", "rel"), NEGATIVE)
def test_no_fact_is_read(sentence: str, rel: str) -> None:
    found = facts(sentence)
    assert not find(found, rel), shown(found)


def test_a_signing_told_by_its_signatories_is_not_told_again_by_the_name() -> None:
    """ "the 2010 Norwegian-Russian treaty ... signed by Norway and Russia": one signing."""
    found = facts(
        "Oslo cited the 2010 Norwegian-Russian treaty. The treaty was signed by Norway and "
        "Russia in Murmansk in September 2010."
    )
    assert len(find(found, "signed")) == 1, shown(found)
