"""Signing and issuing as agencies tell them (issue 12, the worst recall of the frequent relations on
unseen text: ``signed`` and ``issued``).

Sentences written for these tests in the styles of Reuters, AFP, AP, Xinhua or a local paper, on
disputes in Africa, Latin America, Europe, Asia and the Middle East: a participle ("the treaty,
signed in 1990 by A and B"), another verb of the class ("inked", "concluded", "initialled"), a
relative clause ("the accord Peru signed with Ecuador"), a possessive ("Peru's 1998 peace deal with
Ecuador"), a dated document between two parties, signatories, signatures put to a document, the
signing of it; "the two leaders" who signed for their states; a treaty's counterpart told in the
other party's clause ("Guatemala argues that an 1859 treaty with Britain was void"); "It was
signed in 2010" after "the treaty between A and B". Issuing: a court that rules, hands down or
delivers a ruling; a ruling, award or resolution issued, adopted or passed by a body; a ministry
that publishes a white paper or sends a note; a dated document named after its body ("Security
Council Resolution 242 of November 1967", "the ICJ's 2009 ruling"); a document's own date.

As FORMAT.md and the gold have it, a treaty's parties are states (the officials who sign it sign
for them), a law one head signs is his own signing, and an issuer is a state or a body. Each
negative (a signing denied, planned, hoped for or asked of another; a document cited in passing or
still to come; a view of a state that signed nothing; a law's possessor) must yield no such fact.
"""

from __future__ import annotations

import pytest
from helpers import CHINA, RUSSIA, UK, facts, find, shown

PERU, ECUADOR = "state/peru", "state/ecuador"
NORWAY, NAMIBIA, SOUTH_AFRICA = "state/norway", "state/namibia", "state/south-africa"
ETHIOPIA, ERITREA = "state/ethiopia", "state/eritrea"
GREECE, NORTH_MACEDONIA = "state/greece", "state/north-macedonia"
SUDAN, SOUTH_SUDAN = "state/sudan", "state/south-sudan"
GUATEMALA, BOLIVIA, CHILE = "state/guatemala", "state/bolivia", "state/chile"
INDIA, BANGLADESH = "state/india", "state/bangladesh"
SLOVENIA, CROATIA = "state/slovenia", "state/croatia"
ARMENIA, AZERBAIJAN = "state/armenia", "state/azerbaijan"
UNSC, UNGA = "organization/un-security-council", "organization/un-general-assembly"
ICJ = "organization/international-court-of-justice"
PCA = "organization/permanent-court-of-arbitration"


def _case(text: str, rel: str, want: dict, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, rel, want, marks=marks, id=text[:70])


def _signed(text: str, parties: set[str], date: str | None = None, xfail: str | None = None):
    want: dict = {"parties": parties}
    if date:
        want["date"] = date
    return _case(text, "signed", want, xfail)


def _issued(text: str, issuer: str, date: str | None = None, xfail: str | None = None):
    want: dict = {"issuer": issuer}
    if date:
        want["date"] = date
    return _case(text, "issued", want, xfail)


#: One fact, told in many shapes: each rewrite must give it.
REWRITES = [
    # -- Walvis Bay: Namibia and South Africa, 1994 (a participle, active, passive, relative, dated noun)
    _signed(
        "The treaty, signed in 1994 by Namibia and South Africa, transferred Walvis Bay.",
        {NAMIBIA, SOUTH_AFRICA},
        "1994",
    ),
    _signed(
        "Namibia and South Africa signed the treaty in 1994, ending the quarrel over Walvis Bay.",
        {NAMIBIA, SOUTH_AFRICA},
        "1994",
    ),
    _signed(
        "The treaty was signed by South Africa and Namibia in 1994, officials recalled.",
        {NAMIBIA, SOUTH_AFRICA},
        "1994",
    ),
    _signed(
        "The treaty, which Namibia and South Africa signed in 1994, transferred Walvis Bay.",
        {NAMIBIA, SOUTH_AFRICA},
        "1994",
    ),
    _signed(
        "Since the signing of the 1994 treaty between Namibia and South Africa, the port has been Namibian.",
        {NAMIBIA, SOUTH_AFRICA},
        "1994",
    ),
    _signed(
        "Namibia's 1994 treaty with South Africa transferred the port.",
        {NAMIBIA, SOUTH_AFRICA},
        "1994",
    ),
    # -- Algiers: Ethiopia and Eritrea, December 2000 (another verb, a participle, a possessive)
    _signed(
        "Eritrea and Ethiopia inked a peace agreement in Algiers in December 2000.",
        {ETHIOPIA, ERITREA},
        "2000-12",
    ),
    _signed(
        "The deal, brokered by Algeria and signed by Ethiopia and Eritrea in December 2000, set up a commission.",
        {ETHIOPIA, ERITREA},
        "2000-12",
    ),
    _signed(
        "The accord was signed in Algiers by Ethiopian Prime Minister Meles Zenawi and Eritrean President Isaias Afwerki.",
        {ETHIOPIA, ERITREA},
    ),
    _signed(
        "Ethiopia and Eritrea are both signatories to the 2000 Algiers agreement.",
        {ETHIOPIA, ERITREA},
    ),
    # -- the Barents Sea: Norway and Russia, 2010 (told across two sentences too)
    _signed("Norway signed the treaty with Russia in 2010.", {NORWAY, RUSSIA}, "2010"),
    _signed(
        "The signing of the treaty by Norway and Russia in 2010 ended a 40-year dispute.",
        {NORWAY, RUSSIA},
        "2010",
    ),
    _signed(
        "The treaty between Norway and Russia divided the Barents Sea. It was signed in Murmansk in September 2010.",
        {NORWAY, RUSSIA},
        "2010-09",
    ),
    _signed(
        "The treaty between Norway and Russia divided the Barents Sea. The treaty was signed in Murmansk in September 2010.",
        {NORWAY, RUSSIA},
        "2010-09",
    ),
    _signed(
        "The treaty was signed in 2010 by Norwegian Foreign Minister Jonas Gahr Store and Russian Foreign Minister Sergei Lavrov.",
        {NORWAY, RUSSIA},
        "2010",
    ),
]

POSITIVE = [
    # -- the leaders who sign for their states
    _signed(
        "Greek Prime Minister Alexis Tsipras and his Macedonian counterpart Zoran Zaev met at Lake "
        "Prespa. The two leaders signed the agreement on June 17, 2018.",
        {GREECE, NORTH_MACEDONIA},
        "2018-06-17",
    ),
    _signed(
        "The Brasilia Presidential Act was signed on Oct. 26, 1998, by President Alberto Fujimori "
        "of Peru and President Jamil Mahuad of Ecuador.",
        {PERU, ECUADOR},
        "1998-10-26",
    ),
    _signed(
        "Peruvian President Alberto Fujimori and Ecuadorean President Jamil Mahuad signed the accord in 1998.",
        {PERU, ECUADOR},
        "1998",
    ),
    # -- what the document is about, before its noun
    _signed(
        "Sudan and South Sudan concluded a cooperation agreement in Addis Ababa in September 2012.",
        {SUDAN, SOUTH_SUDAN},
        "2012-09",
    ),
    _signed("India and Bangladesh signed a land swap deal in 2015.", {INDIA, BANGLADESH}, "2015"),
    _signed(
        "Slovenia and Croatia signed an arbitration agreement in November 2009.",
        {SLOVENIA, CROATIA},
        "2009-11",
    ),
    _signed("Kenya and Somalia signed a memo in 2009.", {"state/kenya", "state/somalia"}, "2009"),
    # -- the counterpart in the document's phrase, the other party the clause's subject
    _signed(
        "Guatemala has claimed the land since the 19th century, arguing that an 1859 treaty with "
        "Britain was void.",
        {GUATEMALA, UK},
        "1859",
    ),
    _signed("Bolivia lost its coastline under a 1904 treaty with Chile.", {BOLIVIA, CHILE}, "1904"),
    _signed("Bolivia wants to renegotiate the 1904 treaty with Chile.", {BOLIVIA, CHILE}, "1904"),
    _signed(
        "Ecuador says the 1942 protocol with Peru was imposed by force.", {PERU, ECUADOR}, "1942"
    ),
    _signed(
        "Croatia pulled out of the 2009 arbitration deal it had signed with Slovenia.",
        {SLOVENIA, CROATIA},
        "2009",
    ),
    _signed(
        "Leaders of Armenia and Azerbaijan put their signatures to the declaration in November 2020.",
        {ARMENIA, AZERBAIJAN},
        "2020-11",
    ),
    _signed(
        "The convention was signed in 1921 by ten states, including Finland and Sweden.",
        {"state/finland", "state/sweden"},
        "1921",
    ),
    # -- a deal the states last agreed on, signed with no signer named
    _signed(
        "Saudi Arabia and Egypt agreed on the islands in April 2016. The deal was signed in Cairo "
        "a week later.",
        {"state/saudi-arabia", "state/egypt"},
    ),
    # -- two signers, one known to serve one of the article's two states, sign for both
    _signed(
        "Norway and Russia ended a dispute over the Barents Sea. Norway says Russia respects the "
        "line. The treaty was signed on September 15, 2010 by foreign ministers Jonas Gahr Store "
        "and Sergei Lavrov.",
        # the signer whose state only the plural title's other side tells (rules/shared_titles.py,
        # read after the sentence) signs beside it, as serving_states.for_their_states keeps
        # officials; so does the one whose state the gazetteer knows
        # (serving_states.signing_officials)
        {NORWAY, RUSSIA, "person/jonas-gahr-store", "person/sergey-lavrov"},
        "2010-09-15",
    ),
    # -- known misses
    _signed(
        "The treaty was signed in 1959 by twelve nations, among them Argentina, Chile and Britain.",
        {"state/argentina", CHILE, UK},
        xfail="'among them' after the by-agent is parsed as an apposition no slot reads",
    ),
    _signed(
        "Britain and China, the signatories of the 1984 Joint Declaration, disagree over its meaning.",
        {UK, CHINA},
        xfail="signatories in apposition to the states: no slot reads the noun's apposition head",
    ),
    _signed(
        "The 2009 deal Croatia signed with Slovenia created the tribunal.",
        {SLOVENIA, CROATIA},
        xfail="a relative clause without 'that' after a dated noun is parsed as the main clause's subject",
    ),
    _signed(
        "Argentina, Chile and Britain were among the twelve countries that signed the treaty in 1959.",
        {"state/argentina", CHILE, UK},
        xfail="the subject of 'were among' is not carried into the relative clause of 'countries'",
    ),
    # -- issued: a court's ruling, a body's resolution, a ministry's paper or note
    _issued(
        "The ruling, issued by the International Court of Justice in 2018, rejected Bolivia's case.",
        ICJ,
        "2018",
    ),
    _issued(
        "The judgment, delivered by the International Court of Justice on October 1, 2018, rejected Bolivia's case.",
        ICJ,
        "2018-10-01",
    ),
    _issued(
        "The International Court of Justice delivered its judgment on February 3, 2009.",
        ICJ,
        "2009-02-03",
    ),
    _issued(
        "The ICJ rejected Bolivia's case in a judgment delivered on October 1, 2018.",
        ICJ,
        "2018-10-01",
    ),
    _issued(
        "The Permanent Court of Arbitration ruled in July 2016 that China had no historic rights "
        "in the South China Sea.",
        PCA,
        "2016-07",
    ),
    _issued(
        "China rejected the award issued by the Permanent Court of Arbitration in 2016.",
        PCA,
        "2016",
    ),
    _issued(
        "The International Court of Justice on Monday rejected Bolivia's demand that Chile be "
        "ordered to negotiate an outlet to the Pacific.",
        ICJ,
        "2020-05-04",
    ),
    _issued("The UN Security Council adopted resolution 1701 in August 2006.", UNSC, "2006-08"),
    _issued(
        "The Security Council unanimously passed Resolution 1701 in August 2006, ending the war.",
        UNSC,
        "2006-08",
    ),
    _issued(
        "Resolution 242, passed by the Security Council in November 1967, calls for withdrawal.",
        UNSC,
        "1967-11",
    ),
    _issued(
        "In 1979 the General Assembly passed a resolution calling on France to return the islands.",
        UNGA,
        "1979",
    ),
    _issued(
        "Security Council Resolution 242 of November 1967 calls for Israel to withdraw.",
        UNSC,
        "1967-11-22",  # the gazetteer's day
    ),
    _issued(
        "Under UN Security Council Resolution 1701, adopted in August 2006, Israel must withdraw.",
        UNSC,
        "2006-08-11",
    ),
    _issued("The ICJ's 2009 ruling drew a new line between Romania and Ukraine.", ICJ, "2009"),
    # a court that draws a line on a day (a year) its clause tells issues a ruling (docs27)
    _issued(
        "In a 2009 judgment, the International Court of Justice drew a new line in the Black Sea.",
        ICJ,
        "2009",
    ),
    _issued("Japan's 2020 white paper repeated the claim to the islands.", "state/japan", "2020"),
    _issued(
        "France issued a decree in 1960 placing the islands under its direct rule.",
        "state/france",
        "1960",
    ),
    _issued(
        "The Soviet government sent a memorandum to Japan on January 27, 1960.",
        "state/soviet-union",
        "1960-01-27",
    ),
    _issued(
        "The African Union issued a communique on Tuesday urging both sides to withdraw.",
        "organization/african-union",
    ),
    _issued(
        "Lebanon said in a letter dated March 3 that the farms were Lebanese.",
        "state/lebanon",
        "2020-03-03",
    ),
    # -- known misses of issuing
    _issued(
        "The Philippines won an arbitration award in 2016 that invalidated China's claims.",
        PCA,
        xfail="an award won names no tribunal: the issuer is only implied",
    ),
]

NEGATIVE = [
    # a signing denied, planned, hoped for, or asked of another
    ("Japan and Russia have never signed a peace treaty.", "signed", {}),
    ("Peru and Ecuador are expected to sign the accord next week.", "signed", {}),
    ("Britain proposed to sign a treaty with Mauritius.", "signed", {}),
    ("Guyana urged Venezuela to sign the agreement.", "signed", {}),
    (
        "A treaty between Japan and Russia would have to settle the islands. It must be signed by "
        "both parliaments.",
        "signed",
        {},
    ),
    (
        "The agreement between Kenya and Somalia was meant to settle the line. It was never signed.",
        "signed",
        {},
    ),
    ("Japan wants a treaty with Russia on the islands.", "signed", {}),
    (
        "Saudi Arabia and Egypt agreed on the islands in April 2016. The deal was never signed.",
        "signed",
        {},
    ),
    ("Saudi Arabia and Egypt agreed on the islands. A deal was signed by Sudan.", "signed", {}),
    # a third state that condemns a signing signs nothing
    (
        "China condemned the signing of the agreement by Japan and the Philippines.",
        "signed",
        {"parties": {"state/japan", "state/philippines", CHINA}},
    ),
    # the leader who signs a law signs it alone, a treaty's officials sign for their states
    (
        "The Brasilia Presidential Act was signed on Oct. 26, 1998, by President Alberto Fujimori "
        "of Peru and President Jamil Mahuad of Ecuador.",
        "signed",
        {"parties": {"person/alberto-fujimori", "person/jamil-mahuad"}},
    ),
    (
        "Greek Prime Minister Alexis Tsipras and his Macedonian counterpart Zoran Zaev met at Lake "
        "Prespa. The two leaders signed the agreement on June 17, 2018.",
        "signed",
        {"parties": {"person/alexis-tsipras", "person/zoran-zaev"}},
    ),
    # what a treaty did, told as the view of a state that did not sign it, is no agreement
    (
        "Guatemala argues that an 1859 treaty with Britain was void. Belize says the 1859 treaty "
        "fixed the border.",
        "agreedTo",
        {},
    ),
    # issuing not done, a document cited in passing, a law's possessor, a decree still to come
    ("The council failed to pass a resolution on the islands.", "issued", {}),
    ("The court is expected to reject Bolivia's claim.", "issued", {}),
    ("Chile rejected the ruling of the court.", "issued", {"issuer": "state/chile"}),
    ("Maduro is expected to sign a decree next week.", "issued", {}),
    ("The deal goes against the United Nations Security Council resolution 2259.", "issued", {}),
    ("Honduras's 1982 constitution lists the cayes as Honduran territory.", "issued", {}),
    ("The UN Charter bars the use of force.", "issued", {}),
    ("Lebanon said in a letter that the farms were Lebanese.", "issued", {}),
    (
        "Japan rejected the statement on Monday. The statement said the ships had left.",
        "issued",
        {},
    ),
    ("Peru's 1998 treaty with Ecuador ended the border war.", "issued", {}),
    (
        "Guatemalan Foreign Minister Carlos Martinez said his country would respect the court's decision.",
        "issued",
        {},
    ),
]


@pytest.mark.parametrize(("text", "rel", "want"), REWRITES)
def test_one_signing_told_in_many_shapes(text: str, rel: str, want: dict) -> None:
    found = facts(text)
    assert find(found, rel, **want), shown(found)


@pytest.mark.parametrize(("text", "rel", "want"), POSITIVE)
def test_signing_or_issuing_found(text: str, rel: str, want: dict) -> None:
    found = facts(text)
    assert find(found, rel, **want), shown(found)


@pytest.mark.parametrize(("text", "rel", "unwanted"), NEGATIVE, ids=[t[0][:70] for t in NEGATIVE])
def test_no_such_fact(text: str, rel: str, unwanted: dict) -> None:
    found = facts(text)
    assert not find(found, rel, **unwanted), shown(found)


def test_one_ruling_a_day() -> None:
    """ "delivered its judgment on Feb. 3, 2009; ruled that day ...": one document that day."""
    found = facts(
        "The International Court of Justice delivered its judgment on Feb. 3, 2009. The court ruled "
        "on Feb. 3, 2009 that the line ran east of the island."
    )
    assert len(find(found, "issued", issuer=ICJ)) == 1, shown(found)


def test_resolution_number_is_no_year() -> None:
    """ "resolution 1701 in August 2006": the number names the resolution, the date is August 2006."""
    found = facts("The UN Security Council adopted resolution 1701 in August 2006.")
    issued = find(found, "issued", issuer=UNSC)
    assert issued and issued[0].args.get("date") == "2006-08", shown(found)


def test_a_signing_read_twice_keeps_the_day() -> None:
    """ "Britain on Thursday signed a treaty with Mauritius": one signing, dated to the day."""
    found = facts(
        "Britain on Thursday signed a treaty with Mauritius handing over the Chagos Islands."
    )
    signed = find(found, "signed")
    assert len(signed) == 1 and signed[0].args.get("date") == "2020-04-30", shown(found)


@pytest.mark.xfail(
    strict=True,
    reason="the clause's subject is taken as the other party even where it only inherited the "
    "border (Belize after Britain): the text does not tell a successor from a signatory",
)
def test_a_successor_speaking_of_a_treaty_signed_nothing() -> None:
    found = facts("Belize says the 1859 treaty with Britain fixed the border.")
    assert not find(found, "signed", parties={"state/belize", UK}), shown(found)
