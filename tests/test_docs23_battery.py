"""Documents and agreement, round 23 (issue 12: on unseen text about half the ``issued`` facts
found were wrong, and a third of the ``signed`` and ``agreedTo`` facts were never read).

What the readable sets still missed or got wrong, and this round's method for each:
- one ruling or signing told twice: "the court found on Friday" and "in its order"; "since a
  tribunal ruled" and "the award, issued on July 12, 2016"; "the treaty they signed in Murmansk"
  and "was signed on September 15, 2010 by ministers X and Y" (rules/told_twice.py);
- a known document taken for another of its year: "a ruling issued in April" is no December
  order (the participle dates the document; months must agree);
- "the Soviet government's memorandum of Jan. 27, 1960" read as no document (a state's
  possessive or demonym before a noun dated after it);
- what a treaty does, told as one signatory's or a body's view ("which Beijing says defined the
  boundary", "Global Affairs Canada said the accord also settles"), read as an agreement.
Unseen wording: a name before a lower-case noun ("the Itaipu treaty"); "sealed a treaty"; a plan
one side endorses (no document it issues); a text issued or a deal reached "after talks between
A and B" (rules/after_talks.py). Still missed (strict xfails): a treaty signed "by twelve
countries including all three claimants", a reduced relative clause the parser misreads, "put pen
to paper", one party's signature "to the pact with B".

Sentences written for these tests in agency styles, on disputes not among the never-read batches'
topics. Positives give the fact; rewrites give one fact in several shapes; negatives give none.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import facts, find, shown

from kg.ingest.nlp.dates import find_dates

BRAZIL, PARAGUAY, URUGUAY = "state/brazil", "state/paraguay", "state/uruguay"
ARGENTINA, BOLIVIA, CHILE = "state/argentina", "state/bolivia", "state/chile"
SLOVAKIA, HUNGARY, CZECHOSLOVAKIA = "state/slovakia", "state/hungary", "state/czechoslovakia"
ERITREA, DJIBOUTI, ETHIOPIA = "state/eritrea", "state/djibouti", "state/ethiopia"
HONDURAS, EL_SALVADOR, NICARAGUA = "state/honduras", "state/el-salvador", "state/nicaragua"
COSTA_RICA, COLOMBIA, VENEZUELA = "state/costa-rica", "state/colombia", "state/venezuela"
GUATEMALA, BELIZE, GUYANA, SURINAME = (
    "state/guatemala",
    "state/belize",
    "state/guyana",
    "state/suriname",
)
KYRGYZSTAN, TAJIKISTAN, KENYA = "state/kyrgyzstan", "state/tajikistan", "state/kenya"
BOSNIA, CROATIA, SERBIA = "state/bosnia-and-herzegovina", "state/croatia", "state/serbia"


def _case(text: str, rel: str, want: dict, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, rel, want, marks=marks, id=text[:70])


def _signed(text: str, parties: set[str], date: str | None = None, xfail: str | None = None):
    want: dict = {"parties": parties}
    if date:
        want["date"] = date
    return _case(text, "signed", want, xfail)


def _agreed(text: str, parties: set[str], date: str | None = None, xfail: str | None = None):
    want: dict = {"parties": parties}
    if date:
        want["date"] = date
    return _case(text, "agreedTo", want, xfail)


REWRITES = [
    # -- the Itaipu treaty, 1973: a name before a lower-case noun
    _signed("Brazil and Paraguay signed the Itaipu treaty in 1973.", {BRAZIL, PARAGUAY}, "1973"),
    _signed(
        "The Itaipu treaty, which Brazil and Paraguay signed in 1973, expires in 2023.",
        {BRAZIL, PARAGUAY},
        "1973",
    ),
    _signed(
        "Paraguay and Brazil inked the Itaipu Treaty in Brasilia on April 26, 1973.",
        {BRAZIL, PARAGUAY},
        "1973-04-26",
    ),
    _signed(
        "The Itaipu treaty was signed by Brazil and Paraguay in April 1973.",
        {BRAZIL, PARAGUAY},
        "1973-04",
    ),
    # -- the Dayton accords, 1995: three parties, a lower-case plural noun
    _signed(
        "The Dayton accords, which Bosnia, Croatia and Serbia signed in Paris in December 1995, "
        "ended the war.",
        {BOSNIA, CROATIA, SERBIA},
        "1995-12",
    ),
    # -- the Gabcikovo treaty, 1977: sealed, inked, possessive
    _signed(
        "Hungary and Czechoslovakia sealed a treaty on the Gabcikovo dam in 1977.",
        {HUNGARY, CZECHOSLOVAKIA},
        "1977",
    ),
    _signed(
        "The treaty, sealed in 1977 by Hungary and Czechoslovakia, set up the dam project.",
        {HUNGARY, CZECHOSLOVAKIA},
        "1977",
    ),
    _signed(
        "Hungary sealed a border treaty with Czechoslovakia in 1977.",
        {HUNGARY, CZECHOSLOVAKIA},
        "1977",
    ),
    _signed(
        "Hungary's 1977 treaty with Czechoslovakia set up the dam project.",
        {HUNGARY, CZECHOSLOVAKIA},
        "1977",
    ),
    # -- the 2015 accord between Eritrea and Djibouti
    _signed(
        "The 2015 accord between Eritrea and Djibouti was never implemented.",
        {ERITREA, DJIBOUTI},
        "2015",
    ),
    _signed(
        "Under the 2015 accord between Eritrea and Djibouti, Qatar was to mediate the border row.",
        {ERITREA, DJIBOUTI},
        "2015",
    ),
    # -- the General Peace Treaty, Lima, 1980
    _signed(
        "Honduras and El Salvador inked the General Peace Treaty in Lima on October 30, 1980.",
        {HONDURAS, EL_SALVADOR},
        "1980-10-30",
    ),
    _signed(
        "The General Peace Treaty was inked in Lima in 1980 by Honduras and El Salvador.",
        {HONDURAS, EL_SALVADOR},
        "1980",
    ),
    _signed(
        "The treaty between Honduras and El Salvador, signed in 1980, sent the dispute to the ICJ.",
        {HONDURAS, EL_SALVADOR},
        "1980",
    ),
    _signed(
        "The 1980 Lima treaty between Honduras and El Salvador sent the dispute to the ICJ.",
        {HONDURAS, EL_SALVADOR},
        "1980",
    ),
    _signed(
        "The Lima treaty between Honduras and El Salvador was signed in 1980.",
        {HONDURAS, EL_SALVADOR},
        "1980",  # a capital opening the sentence names where it was made (round 25)
    ),
    # -- the Kyrgyz-Tajik border treaty, March 13, 2025
    _signed(
        "Kyrgyzstan and Tajikistan signed the border treaty on March 13, 2025, after decades of "
        "talks.",
        {KYRGYZSTAN, TAJIKISTAN},
        "2025-03-13",
    ),
    _signed(
        "The border treaty that Kyrgyzstan and Tajikistan signed on March 13, 2025 ended the "
        "dispute.",
        {KYRGYZSTAN, TAJIKISTAN},
        "2025-03-13",
    ),
    _signed(
        "Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov signed the border "
        "treaty in Bishkek on March 13, 2025.",
        {KYRGYZSTAN, TAJIKISTAN},
        "2025-03-13",
    ),
    _signed(
        "The border treaty was signed by Kyrgyz President Sadyr Japarov and Tajik President "
        "Emomali Rahmon on March 13, 2025.",
        {KYRGYZSTAN, TAJIKISTAN},
        "2025-03-13",
    ),
    _signed(
        "The border treaty Kyrgyzstan and Tajikistan signed on March 13, 2025 ended the dispute.",
        {KYRGYZSTAN, TAJIKISTAN},
        "2025-03-13",
        xfail="a relative clause without 'that': the parser reads the states as the treaty's "
        "apposition and 'signed' as the main verb",
    ),
    # -- many signatories, some named
    _signed(
        "The convention was signed in 1919 by 26 states including Brazil, Uruguay and Bolivia.",
        {BRAZIL, URUGUAY, BOLIVIA},
        "1919",
    ),
    _signed(
        "In June 1921 the League recognised the claim, and a convention was signed in Geneva in "
        "October 1921 by ten European states, Finland and Sweden among them.",
        {"state/finland", "state/sweden"},
        "1921-10",
    ),
    _signed(
        "In June 1921 the League recognised the claim, and a convention was signed in Geneva that "
        "October by ten European states, Finland and Sweden among them.",
        {"state/finland", "state/sweden"},
        "1921-10",
        # the parser hangs 'by' on the bare month ('that October'), not on the verb: the signing
        # has no agent, and the two states the sentence names sign it (named_parties, agree32)
    ),
    _signed(
        "The treaty was signed in 1904 by ten states, Bolivia and Chile among them.",
        {BOLIVIA, CHILE},
        "1904",
    ),
    # -- Nicaragua and Costa Rica, 2018: a signature put to a pact
    _signed(
        "Nicaragua and Costa Rica put their signature to the pact in 2018.",
        {NICARAGUA, COSTA_RICA},
        "2018",
    ),
    _signed(
        "Nicaragua put its signature to the 2018 pact with Costa Rica.",
        {NICARAGUA, COSTA_RICA},
        "2018",
    ),
    _signed("Nicaragua signed the 2018 pact with Costa Rica.", {NICARAGUA, COSTA_RICA}, "2018"),
    _signed(
        "Nicaragua put its signature to the pact with Costa Rica in 2018.",
        {NICARAGUA, COSTA_RICA},
        "2018",
        xfail="the with-phrase hangs on the pact, not on the verb: one party alone signs nothing",
    ),
    _signed(
        "Belize and Guatemala put pen to paper on the special agreement in 2008.",
        {BELIZE, GUATEMALA},
        "2008",
        xfail="'put pen to paper' is an idiom of signing the lexicon does not know",
    ),
    # -- agreements struck, reached, endorsed together
    _agreed(
        "Ethiopia and Eritrea struck a peace deal in Jeddah in September 2018.",
        {ETHIOPIA, ERITREA},
        "2018-09",
    ),
    _agreed(
        "The deal, struck in 2018 by Ethiopia and Eritrea, ended two decades of hostility.",
        {ETHIOPIA, ERITREA},
        "2018",
    ),
    _agreed("Hungary and Slovakia sealed a deal on the dam in 1997.", {HUNGARY, SLOVAKIA}, "1997"),
    _agreed(
        "Guyana and Suriname agreed in 2024 to set up a joint commission on the Corentyne river.",
        {GUYANA, SURINAME},
        "2024",
    ),
    _agreed(
        "Chile and Bolivia agreed, in talks held in La Paz last week, to set up a working group "
        "on the Silala.",
        {CHILE, BOLIVIA},
    ),
    _agreed(
        "Colombia and Venezuela endorsed the plan to demarcate their border.",
        {COLOMBIA, VENEZUELA},
    ),
    _agreed(
        "The agreement, reached after talks in Geneva between Slovakia and Hungary, ends the "
        "dispute over the dam.",
        {SLOVAKIA, HUNGARY},
    ),
]


@pytest.mark.parametrize(("text", "rel", "want"), REWRITES)
def test_fact_found(text: str, rel: str, want: dict) -> None:
    found = facts(text)
    assert find(found, rel, **want), shown(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brazil and Paraguay signed the Itaipu treaty in 1973.", "Itaipu treaty"),
        ("The Itaipu treaty, which Brazil and Paraguay signed in 1973, expires.", "Itaipu treaty"),
        ("The Dayton accords, which Bosnia and Croatia signed in 1995, ended the war.", "Dayton"),
    ],
)
def test_name_before_a_lower_case_noun(text: str, name: str) -> None:
    """ "the Itaipu treaty": the capitalised word before the noun names the document."""
    found = facts(text)
    assert any(name in f.args["document"].label for f in find(found, "signed")), shown(found)


ISSUED = [
    _case(
        "Kenya and Ethiopia issued a communique after the summit in Nairobi on Friday.",
        "issued",
        {"issuer": KENYA, "date": "2020-05-01"},
    ),
    _case(
        "The communique, issued by Kenya and Ethiopia after the summit, called for a joint "
        "commission.",
        "issued",
        {"issuer": ETHIOPIA},
    ),
    _case(
        "Bolivian President Luis Arce issued a decree on Tuesday declaring the Silala a national "
        "resource.",
        "issued",
        # a decree is its maker's own act: the president's (rules/person_acts.py, docs39)
        {"issuer": "person/luis-arce", "date": "2020-05-05"},
    ),
    _case(
        "The joint communique issued after the summit between Kenya and Ethiopia called for a "
        "joint commission.",
        "issued",
        {"issuer": KENYA},
    ),
    _case(
        "A joint communique issued after the meeting between Kenyan President William Ruto and "
        "Ethiopian Prime Minister Abiy Ahmed on Friday called for calm.",
        "issued",
        {"issuer": ETHIOPIA, "date": "2020-05-01"},
    ),
    # a state's possessive or demonym before a document dated after it: its issuer
    _case(
        "The Soviet memorandum of January 27, 1960 tied the handover to a troop withdrawal.",
        "issued",
        {"issuer": "state/soviet-union", "date": "1960-01-27"},
    ),
    _case(
        "Japan's memorandum of January 27, 1960 repeated the claim.",
        "issued",
        {"issuer": "state/japan", "date": "1960-01-27"},
    ),
    _case(
        "Talks must consider the Soviet note dated February 24, 1960, the ministry said.",
        "issued",
        {"issuer": "state/soviet-union", "date": "1960-02-24"},
    ),
    _case(
        "Guatemala's note of March 3, 2021 rejected the Belizean claim.",
        "issued",
        {"issuer": GUATEMALA, "date": "2021-03-03"},
    ),
]


@pytest.mark.parametrize(("text", "rel", "want"), ISSUED)
def test_issued_found(text: str, rel: str, want: dict) -> None:
    found = facts(text)
    assert find(found, rel, **want), shown(found)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The ICJ issued an order on provisional measures on December 1, 2023. In a ruling "
            "issued in April 2023, the ICJ held that it had jurisdiction over the dispute between "
            "Guyana and Venezuela.",
            "2023-04",
        ),
        (
            "The ICJ issued an order on December 1, 2023. In a ruling issued in April this year, "
            "the ICJ held that it had jurisdiction over the case.",
            "2023-04",
        ),
        (
            "The ICJ issued an order on December 1, 2023. In a judgment delivered in April 2023, "
            "the ICJ held that it had jurisdiction over the case.",
            "2023-04",
        ),
    ],
)
def test_a_ruling_of_another_month_is_another_ruling(text: str, date: str) -> None:
    """ "a ruling issued in April" is dated by its participle, and is not the order of December 1
    named before it (one year, two months: two rulings)."""
    found = facts(text, published="2023-12-02")
    april = [f for f in find(found, "issued") if f.args.get("date") == date]
    december = [f for f in find(found, "issued") if f.args.get("date") == "2023-12-01"]
    assert april and december, shown(found)
    assert april[0].args["document"] != december[0].args["document"], shown(found)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "The International Court of Justice ruled on Friday that Honduras must withdraw its "
            "troops from the island. The court issued its order on Friday after a hearing in The "
            "Hague.",
            "order",
        ),
        (
            "The International Court of Justice found on May 1, 2020 that Belize had met every "
            "requirement. In an order issued on May 1, 2020, the court told Guatemala to refrain "
            "from any step.",
            "order",
        ),
        (
            "Belize marked ten years since an arbitral tribunal ruled on the dispute. The award, "
            "issued on July 12, 2010, by a tribunal in The Hague, gave the cays to Belize.",
            "award",
        ),
    ],
)
def test_one_ruling_told_twice(text: str, named: str) -> None:
    """A court's ruling the verb tells ("ruled on Friday", "since a tribunal ruled") and the
    document the article names of that day (or of any, the verb giving none) are one ruling."""
    found = find(facts(text), "issued")
    assert len(found) == 1 and named in found[0].args["document"].label, shown(found)


def test_two_courts_two_rulings() -> None:
    """Another court's ruling stays its own (the Supreme Court is not the arbitral tribunal)."""
    found = facts(
        "Belize marked ten years since the Supreme Court ruled on the dispute. The award, issued "
        "on July 12, 2010, by an arbitral tribunal in The Hague, gave the cays to Belize."
    )
    assert len(find(found, "issued")) == 2, shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "The border treaty Peru and Ecuador signed in Brasilia has held for 25 years, the minister "
        "said. The treaty was signed on October 26, 1998 by presidents Alberto Fujimori and Jamil "
        "Mahuad.",
        "The treaty that Peru and Ecuador signed has held. The treaty was signed on October 26, "
        "1998 by Peru and Ecuador.",
    ],
)
def test_one_signing_told_twice(text: str) -> None:
    """An undated telling of a signing and a dated one of the same document by the same states
    (officials named too) are one signing, dated."""
    found = find(facts(text), "signed")
    assert found and all(f.args.get("date") == "1998-10-26" for f in found), shown(found)


def test_another_pair_signs_another_treaty() -> None:
    found = facts(
        "The treaty that Peru and Ecuador signed has held. Peru and Chile signed a treaty on "
        "October 26, 1998."
    )
    assert find(found, "signed", parties={"state/peru", "state/ecuador"}), shown(found)


@pytest.mark.parametrize(
    ("text", "agreed"),
    [
        (
            "Peru and Ecuador signed a protocol in 1942. The protocol fixed the border in the "
            "Cordillera del Condor.",
            True,
        ),
        (
            "Peru and Ecuador signed a protocol in 1942. Peru and Ecuador say the protocol fixed "
            "the border.",
            True,
        ),
        (
            "Peru and Ecuador signed a protocol in 1942. Quito says the protocol fixed only part "
            "of the border.",
            False,
        ),
        (
            "Peru and Ecuador signed a protocol in 1942. Ecuador's foreign ministry said the "
            "protocol fixed only part of the border.",
            False,
        ),
        (
            "Peru and Ecuador signed a protocol in 1942, which Lima says fixed the whole border.",
            False,
        ),
    ],
)
def test_what_a_document_does_as_one_sides_view(text: str, agreed: bool) -> None:
    """What a signed document does is its signatories' agreement, told by the outlet or by them
    all; told as one side's reading (a signatory, its ministry), it is that side's view."""
    found = facts(text)
    assert bool(find(found, "agreedTo", parties={"state/peru", "state/ecuador"})) == agreed, shown(
        found
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "In June 1921 the League recognised the claim, and the talks ended that October.",
            "1921-10",
        ),
        ("The talks opened in 1990 and ended in October that year.", "1990-10"),
        ("The talks opened in 1990 and ended in October of that year.", "1990-10"),
    ],
)
def test_that_month_is_of_the_year_told(text: str, date: str) -> None:
    """ "that October", "in October that year": the month of the year named before, not the
    latest October before the article's day."""
    assert date in [d.iso for d in find_dates(text, ref=dt.date(2020, 5, 5))]


def test_ratified_dates_no_document() -> None:
    """ "the treaty, ratified in May 2008": a ratification's date is not the treaty's own."""
    found = facts(
        "Under the 2007 treaty, ratified in May 2008, Honduras and Nicaragua fixed the line."
    )
    assert not [f for f in found if getattr(f.args.get("document"), "date", None) == "2008-05"]


NEGATIVE = [
    # not (yet) signed: negated, hoped, expected, refused
    ("Costa Rica has yet to ratify the boundary treaty with Nicaragua.", "signed"),
    ("Belize has not yet ratified the special agreement with Guatemala.", "signed"),
    ("Honduras refused to sign the accord with El Salvador.", "signed"),
    ("Honduras hopes to sign an accord with El Salvador next year.", "signed"),
    (
        "The foreign ministers of Honduras and El Salvador are expected to sign the accord on "
        "Friday.",
        "signed",
    ),
    ("Slovakia and Hungary hope to seal a treaty on the dam next year.", "signed"),
    # another relation: a deal sealed is agreed, an envelope sealed is nothing
    ("Hungary and Slovakia sealed a deal on the dam in 1997.", "signed"),
    ("The envoy sealed the envelope with the treaty.", "signed"),
    # a plan or proposal one side takes up is not a document it issues
    ("Colombia endorsed the plan to demarcate the border with Venezuela.", "issued"),
    ("Colombia approved the proposal to demarcate the border.", "issued"),
    ("Belize endorsed the OAS proposal to take the dispute to the ICJ.", "issued"),
    ("Colombia and Venezuela endorsed the plan to demarcate their border.", "issued"),
    # one side's acceptance agrees to nothing, signs nothing
    ("Honduras accepted the court's jurisdiction in 1986.", "agreedTo"),
    ("Honduras accepted the court's jurisdiction in 1986.", "signed"),
    ("Colombia endorsed the plan to demarcate the border with Venezuela.", "agreedTo"),
    # a meeting of no named states, of one, or a deal only expected
    (
        "The statement, issued after the meeting between the two foreign ministers, called for calm.",
        "issued",
    ),
    ("The communique issued after the summit with Kenya called for a joint commission.", "issued"),
    (
        "The deal, expected after talks between Sudan and South Sudan, would open the border.",
        "agreedTo",
    ),
    # a decree a head signs: no document his state issues (dev 40's convention)
    ("A decree signed by Bolivian President Luis Arce on Monday created a border zone.", "issued"),
    # a word before a document noun that names nothing
    ("The Monday agreement between Chile and Bolivia is still being negotiated.", "signed"),
]


@pytest.mark.parametrize(("text", "rel"), NEGATIVE, ids=[t[0][:70] for t in NEGATIVE])
def test_no_such_fact(text: str, rel: str) -> None:
    found = facts(text)
    assert not find(found, rel), shown(found)
