"""Documents and agreement, round 21 (issue 12: on unseen text half of the ``signed`` and
``issued`` facts found were wrong, and agreements and conditions were seldom read).

What the wrong ones looked like on the readable sets: a date taken from the clause a signing or
issuing sits in ("Chile on Tuesday rejected a map published by Argentina", "the treaty they signed
is respected, the minister said on Monday"), a court's ruling dated to the report's day where the
text says it came years before ("marked ten years since a tribunal ruled"), a law read in "Chinese
law-enforcement vessels", a judgment "between" two states taken as one they signed, one side's
approval of a deal taken as issuing it. Then recall: a many-word name's between-phrase ("a
memorandum of understanding between A and B"), a place in a document's name ("the 1921 Treaty of
Kars"), agreements reached or hoped for, conditions a document sets on what it does itself
("allows X provided that", "as long as", "ties X to Y").

Sentences written for these tests in agency styles, on disputes not among the never-read batches'
topics. Positives give the fact; rewrites give one fact in several shapes; negatives give none (or
no such date).
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

PERU, ECUADOR, CHILE = "state/peru", "state/ecuador", "state/chile"
SUDAN, ETHIOPIA, EGYPT = "state/sudan", "state/ethiopia", "state/egypt"
BELIZE, HONDURAS, GUATEMALA = "state/belize", "state/honduras", "state/guatemala"
GUYANA, SURINAME, VENEZUELA = "state/guyana", "state/suriname", "state/venezuela"
SERBIA, KOSOVO = "state/serbia", "state/kosovo"
ARMENIA, AZERBAIJAN, TURKEY = "state/armenia", "state/azerbaijan", "state/turkey"
UGANDA, KENYA = "state/uganda", "state/kenya"
CROATIA, SLOVENIA = "state/croatia", "state/slovenia"
ARGENTINA, JAPAN = "state/argentina", "state/japan"
UNSC, UNGA = "organization/un-security-council", "organization/un-general-assembly"


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
    # -- a memorandum of understanding between Guyana and Suriname, May 12, 2025
    _signed(
        "Guyana and Suriname signed a memorandum of understanding on fisheries on May 12, 2025.",
        {GUYANA, SURINAME},
        "2025-05-12",
    ),
    _signed(
        "A memorandum of understanding between Guyana and Suriname was signed in Georgetown on "
        "May 12, 2025.",
        {GUYANA, SURINAME},
        "2025-05-12",
    ),
    _signed(
        "The memorandum of understanding between Guyana and Suriname was signed on May 12, 2025.",
        {GUYANA, SURINAME},
        "2025-05-12",
    ),
    _signed(
        "The memorandum of understanding, signed by Guyana and Suriname on May 12, 2025, sets up a "
        "joint patrol.",
        {GUYANA, SURINAME},
        "2025-05-12",
    ),
    # -- a treaty named after a place, 1921
    _signed(
        "The 1921 Treaty of Kars, signed by Turkey and Armenia, fixed the border.",
        {TURKEY, ARMENIA},
        "1921",
    ),
    _signed("Turkey and Armenia signed the Treaty of Kars in 1921.", {TURKEY, ARMENIA}, "1921"),
    _signed(
        "The Treaty of Kars was signed by Turkey and Armenia in October 1921.",
        {TURKEY, ARMENIA},
        "1921-10",
    ),
    # -- an accord between Sudan and Ethiopia, told in a relative clause
    _signed(
        "Under the accord, which Sudan and Ethiopia signed in 2019, the two countries will "
        "demarcate the border.",
        {SUDAN, ETHIOPIA},
        "2019",
    ),
    _signed(
        "The accord between Sudan and Ethiopia was signed in Addis Ababa in 2019.",
        {SUDAN, ETHIOPIA},
        "2019",
    ),
    _signed("Sudan and Ethiopia signed a special agreement in 2019.", {SUDAN, ETHIOPIA}, "2019"),
    # -- agreements reached
    _agreed(
        "Serbia and Kosovo agreed on Tuesday to set up a joint commission on the missing.",
        {SERBIA, KOSOVO},
        "2020-05-05",
    ),
    _agreed(
        "Serbia and Kosovo reached an agreement on Tuesday on a joint commission on the missing.",
        {SERBIA, KOSOVO},
        "2020-05-05",
    ),
    _agreed(
        "Serbia and Kosovo struck a deal on Tuesday to set up a joint commission on the missing.",
        {SERBIA, KOSOVO},
        "2020-05-05",
    ),
    _agreed(
        "Armenia and Azerbaijan agreed in principle on the text of a peace treaty in March 2025.",
        {ARMENIA, AZERBAIJAN},
        "2025-03",
    ),
    _agreed(
        "Croatia and Slovenia reached a deal in 2009 to submit their border dispute to arbitration.",
        {CROATIA, SLOVENIA},
        "2009",
    ),
]

ISSUED = [
    # (sentence, issuer, date or None)
    (
        "The award handed down by the tribunal in 2014 gave Bangladesh most of the disputed sea.",
        "organization/tribunal",
        "2014",
    ),
    ("The tribunal handed down its award in 2014.", "organization/tribunal", "2014"),
    (
        "Guyana submitted a note verbale to the UN secretary-general on July 29, 2020.",
        GUYANA,
        "2020-07-29",
    ),
    ("The Security Council adopted Resolution 1244 on June 10, 1999.", UNSC, "1999-06-10"),
    ("Resolution 1244 was adopted by the Security Council in June 1999.", UNSC, "1999-06"),
    ("The General Assembly passed the resolution on December 14, 1965.", UNGA, "1965-12-14"),
    (
        "The resolution passed by the General Assembly in 1965 called on Britain to negotiate.",
        UNGA,
        "1965",
    ),
    ("Japan published a new white paper on July 12, 2024.", JAPAN, "2024-07-12"),
    (
        "In a note verbale dated March 30, 2021, Guyana rejected Venezuela's claims.",
        GUYANA,
        "2021-03-30",
    ),
    (
        "In a letter to the UN secretary-general dated March 30, 2021, Guyana rejected Venezuela's "
        "claims.",
        GUYANA,
        "2021-03-30",
    ),
    ("Guyana lodged a note verbale with Venezuela on March 3, 2021.", GUYANA, "2021-03-03"),
    ("Guyana protested in a letter sent to Caracas on March 3, 2021.", GUYANA, "2021-03-03"),
]

CONDITIONS = [
    # (sentence, document label word, condition words)
    (
        "The accord allows Honduran fishermen into the gulf provided that they hold a licence.",
        "accord",
        "they hold a licence",
    ),
    (
        "Under the 2019 deal, Belize will open the border crossing as long as Guatemala keeps its "
        "troops away.",
        "deal",
        "Guatemala keeps its troops away",
    ),
    (
        "The memorandum tied the resumption of talks to the release of the fishermen.",
        "memorandum",
        "the release of the fishermen",
    ),
    (
        "The agreement makes the return of the islands conditional on the withdrawal of foreign "
        "troops.",
        "agreement",
        "the withdrawal of foreign troops",
    ),
    (
        "The memorandum said the transfer would take place only after a peace treaty was signed.",
        "memorandum",
        "a peace treaty was signed",
    ),
    (
        "Under the 1998 accord, Ecuador would receive a square kilometre at Tiwinza on condition "
        "that it built no military post there.",
        "accord",
        "it built no military post there",
    ),
    (
        "The treaty granted Bolivia free transit through Chilean ports in exchange for the "
        "recognition of Chilean sovereignty.",
        "treaty",
        "the recognition of Chilean sovereignty",
    ),
    (
        "The resolution made recognition subject to a referendum in the territory.",
        "resolution",
        "a referendum in the territory",
    ),
]

NEGATIVE = [
    # (sentence, relation, arguments that must not be found)
    (
        "The court, in a judgment delivered on November 3, 2012, fixed the boundary between Sudan "
        "and Ethiopia.",
        "signed",
        {"parties": {SUDAN, ETHIOPIA}},
    ),
    (
        "The judgment between Sudan and Ethiopia was delivered in 2012.",
        "signed",
        {"parties": {SUDAN, ETHIOPIA}},
    ),
    ("The Ugandan parliament on Tuesday approved the 2019 deal with Kenya.", "issued", {}),
    ("Kenya endorsed the accord with Uganda in 2021.", "issued", {"issuer": KENYA}),
    (
        "Chinese law-enforcement vessels would continue their patrols, the ministry said.",
        "issued",
        {},
    ),
    ("In the 1966 agreement, Venezuela rejected nothing.", "issued", {"issuer": VENEZUELA}),
    ("Guyana rejected the claims made in Venezuela's note.", "issued", {"issuer": GUYANA}),
    ("Uganda and Kenya hope to reach an agreement on the border.", "agreedTo", {}),
    ("Uganda and Kenya want to reach an agreement on the border.", "agreedTo", {}),
    ("Uganda and Kenya are expected to reach an agreement on the border.", "agreedTo", {}),
    ("Hungary and Slovakia did not agree on the dam project.", "agreedTo", {}),
    ("Qatar and Bahrain may sign a deal next year.", "signed", {}),
    (
        "The accord does not allow fishermen into the zone unless they hold a licence.",
        "conditionedOn",
        {},
    ),
    (
        "Honduras said it would allow fishermen into the zone provided that they hold a licence.",
        "conditionedOn",
        {},
    ),
    (
        "The agreement allows fishermen from both countries to work in the gulf.",
        "conditionedOn",
        {},
    ),
    ("The islands are subject to Japanese law, the treaty says.", "conditionedOn", {}),
    ("The treaty granted Bolivia free transit through Chilean ports.", "conditionedOn", {}),
]

#: A signing or issuing told in a clause about a noun, with the date of the clause it sits in
#: (not its own): (text, relation, the wrong date)
CLAUSE_DATES = [
    ("Sudan on Tuesday rejected a new official map published by Ethiopia.", "issued", "2020-05-05"),
    (
        "Peru and Ecuador ended their war in 1998. The peace accord they signed in Brasilia is still "
        "respected by both sides, Peru's foreign minister said on Monday.",
        "signed",
        "2020-05-04",
    ),
    (
        "The Philippines lodged a protest on Sunday, as Manila marked ten years since an arbitral "
        "tribunal in The Hague ruled that China's claims had no legal basis.",
        "issued",
        "2020-05-03",
    ),
]


@pytest.mark.parametrize(("text", "rel", "want"), REWRITES)
def test_fact_found(text: str, rel: str, want: dict) -> None:
    found = facts(text)
    assert find(found, rel, **want), shown(found)


@pytest.mark.parametrize(("text", "issuer", "date"), ISSUED, ids=[t[0][:70] for t in ISSUED])
def test_issued_found(text: str, issuer: str, date: str) -> None:
    found = facts(text)
    hits = [f for f in found if f.rel == "issued" and issuer.split("/")[1] in f.args["issuer"].key]
    assert any(f.args.get("date") == date for f in hits), shown(found)


@pytest.mark.parametrize(("text", "noun", "condition"), CONDITIONS)
def test_condition_found(text: str, noun: str, condition: str) -> None:
    found = facts(text)
    assert any(
        noun in f.args["document"].label.lower() and f.args["condition"] == condition
        for f in find(found, "conditionedOn")
    ), shown(found)


def test_condition_words_stay_out_of_what_they_condition() -> None:
    """ "into the gulf provided that ...", "as long as ...": the marker opens the condition."""
    found = facts(
        "The accord allows Honduran fishermen into the gulf provided that they hold a licence. "
        "Under the 2019 deal, Belize will open the border crossing as long as Guatemala keeps its "
        "troops away."
    )
    whats = [f.args["what"] for f in find(found, "conditionedOn")]
    assert whats and not any(w.endswith(("provided", "as long", " on")) for w in whats), whats


@pytest.mark.parametrize(("text", "rel", "unwanted"), NEGATIVE, ids=[t[0][:70] for t in NEGATIVE])
def test_no_such_fact(text: str, rel: str, unwanted: dict) -> None:
    found = facts(text)
    assert not find(found, rel, **unwanted), shown(found)


@pytest.mark.parametrize(
    ("text", "rel", "wrong"), CLAUSE_DATES, ids=[t[0][:70] for t in CLAUSE_DATES]
)
def test_no_date_of_the_clause_around(text: str, rel: str, wrong: str) -> None:
    found = facts(text)
    # the event the clause around tells may be a document of its own ("lodged a protest on
    # Sunday": the protest, issued that day); the date must not pass to another one
    dated = [f for f in find(found, rel) if f.args.get("date") == wrong]
    assert found and not [f for f in dated if not _told_in(text, f, wrong)], shown(found)


def _told_in(text: str, fact, date: str) -> bool:
    """The fact's document is the one the date's own clause names (its noun before the date)."""
    doc = fact.args.get("document")
    noun = doc.key.split("/")[1] if doc is not None else ""
    return bool(noun) and f"{noun} on " in text


@pytest.mark.parametrize(
    "text",
    [
        "The International Court of Justice, in a judgment delivered on February 3, 2009, fixed "
        "the boundary.",
        "In a judgment delivered on February 3, 2009, the International Court of Justice fixed the "
        "boundary.",
        "The International Court of Justice's 2009 judgment fixed the boundary.",
    ],
)
def test_a_dated_ruling_of_no_named_states_is_no_known_one(text: str) -> None:
    """A gazetteer document of that year is not the one meant where the article names no state
    it is between (a 2009 judgment is not the Abyei award of 2009)."""
    found = facts(text)
    docs = [f.args["document"] for f in find(found, "issued")]
    assert docs and not any("Abyei" in d.label for d in docs), shown(found)


def test_a_treaty_named_after_a_place_keeps_its_name() -> None:
    found = facts("The 1921 Treaty of Kars, signed by Turkey and Armenia, fixed the border.")
    docs = [f.args["document"] for f in find(found, "signed")]
    assert docs and docs[0].label == "Treaty of Kars" and docs[0].date == "1921", shown(found)


def test_a_lower_case_of_phrase_names_no_place() -> None:
    """ "a treaty of friendship": what it is about, no place in its name."""
    found = facts("Argentina and Japan signed a treaty of friendship in 1898.")
    docs = [f.args["document"] for f in find(found, "signed", parties={ARGENTINA, JAPAN})]
    assert docs and "friendship" not in docs[0].label, shown(found)


def test_a_clause_on_what_a_document_does_keeps_its_date() -> None:
    """ "passed a law in 1981 that applied ...": the law's deed is of its day."""
    found = facts("Argentina passed a law in 1991 that applied its law to the Falkland Islands.")
    assert all(f.args.get("date") in (None, "1991") for f in found), shown(found)


#: Officials whose state the article tells only after the signing is read (their offices are
#: resolved once every sentence is read): the signing binds their states.
LATE_OFFICES = [
    (
        "BERLIN, March 3, 2021 (Reuters) - The accord was signed in Berlin on Monday by Sir John "
        "Hale, Britain's ambassador to Germany, and Chancellor Anna Weber.",
        {"state/united-kingdom", "state/germany"},
    ),
    (
        "GEORGETOWN, May 13, 2025 (Reuters) - Suriname's Foreign Minister Albert Ramdin restated "
        "his country's claim. \"Guyana's sovereignty over the area is not up for negotiation,\" "
        "Foreign Minister Hugh Todd told the same session. Under terms of reference signed by "
        "Ramdin and Todd on Monday, a commission will report within a year.",
        {SURINAME, GUYANA},
    ),
]


@pytest.mark.parametrize(("text", "states"), LATE_OFFICES, ids=[t[0][:60] for t in LATE_OFFICES])
def test_officials_sign_for_the_states_told_later(text: str, states: set[str]) -> None:
    found = facts(text)
    assert any(states <= {e.key for e in f.args["parties"]} for f in find(found, "signed")), shown(
        found
    )


def test_officials_of_no_state_sign_nothing() -> None:
    found = facts("The accord was signed on Monday by two lawyers, Tom Hale and Anna Weber.")
    assert not find(found, "signed"), shown(found)


def test_a_document_its_state_and_its_body_issued_is_the_body_s() -> None:
    """ "a map published by Ethiopia ... The map, issued by Ethiopia's Geospatial Information
    Institute": one issuing, by the body (whose name carries its state)."""
    found = facts(
        "Sudan on Tuesday rejected a new official map published by Ethiopia. The map, issued last "
        "week by Ethiopia's Ministry of Foreign Affairs, shows the area inside Ethiopia."
    )
    issuers = {f.args["issuer"].kind for f in find(found, "issued")}
    assert issuers == {"Organization"}, shown(found)
