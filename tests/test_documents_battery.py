"""Documents, agreements and handovers as agencies write them, on disputes the dev articles do not
cover (issue 12, documents on unseen text).

Sentences written for these tests, in the forms Reuters, AP, AFP, Kyodo or a ministry's release
use: a light verb that governs a plan elsewhere ("declared X part of Y"), a document fronted
("Under the accord, signed in 1974 by A and B, ..."), a party still bound by a document ("remains
bound by", "reaffirmed its commitment to"), a treaty "put in abeyance", a time phrase the parser
hangs on the last noun ("as independent states in 2008"). Each positive names the fact it must
yield; each negative (negated, planned, no light verb) must yield none of its relation.
"""

from __future__ import annotations

import pytest
from helpers import CHINA, JAPAN, KURILS, PUBLISHED, RUSSIA, UK, USSR, facts, find, one, shown

from kg.ingest import article

INDIA, SRI_LANKA, MOROCCO = "state/india", "state/sri-lanka", "state/morocco"
HONDURAS, VENEZUELA, NAMIBIA = "state/honduras", "state/venezuela", "state/namibia"
THAILAND, CAMBODIA, MAURITIUS = "state/thailand", "state/cambodia", "state/mauritius"
W_SAHARA, CRIMEA, HONG_KONG = "territory/western-sahara", "territory/crimea", "territory/hong-kong"
DECLARATION_1956 = "document/soviet-japanese-joint-declaration"

# (sentence, relation, arguments by entity key (a set: the parties) or text, a word of the
# document's label or None)
POSITIVE = [
    # -- incorporates: "declared X part of Y" is a deed, though "declare" governs plans elsewhere
    ("Morocco declared Western Sahara part of Morocco in 1976.",
     "incorporates", {"territory": W_SAHARA, "into": MOROCCO, "date": "1976"}, None),
    ("In 1946 the Soviet Union formally declared the Kuril Islands part of its territory.",
     "incorporates", {"territory": KURILS, "into": USSR, "date": "1946"}, None),
    ("Western Sahara was declared part of Morocco in 1976.",
     "incorporates", {"territory": W_SAHARA, "into": MOROCCO}, None),
    # the document that declares it: the light verb's subject
    ("Honduras' 1982 constitution declares the Sapodilla Cayes part of Honduras.",
     "incorporates", {"territory": "territory/sapodilla-cayes", "into": HONDURAS}, "constitution"),
    # "Under the accord, X became part of Y": the document of the verb's own under-phrase
    ("Under the treaty, Crimea became part of Russia.",
     "incorporates", {"territory": CRIMEA, "into": RUSSIA}, "treaty"),
    ("Under the 1974 accord, Katchatheevu Island became part of Sri Lanka.",
     "incorporates", {"territory": "territory/katchatheevu-island", "into": SRI_LANKA}, "accord"),
    ("The treaty, under which Crimea is part of Russia, was signed in 2014.",
     "incorporates", {"territory": CRIMEA, "into": RUSSIA}, "treaty"),
    # a court's finding that a land is part of a state: its ruling incorporates it
    ("The International Court of Justice ruled in 2002 that the Bakassi Peninsula is part of Cameroon.",
     "incorporates", {"territory": "territory/bakassi", "into": "state/cameroon", "date": "2002"},
     "ruling"),
    ("The International Court of Justice found in 2012 that the Quitasueno cays form part of "
     "Colombia's territory.",
     "incorporates", {"territory": "territory/quitasueno-cays", "into": "state/colombia"}, "ruling"),
    # -- signed: a participle after a fronted phrase's noun describes that noun
    ("Under the accord, signed in 1974 by India and Sri Lanka, Katchatheevu became part of Sri Lanka.",
     "signed", {"parties": {INDIA, SRI_LANKA}, "date": "1974"}, "accord"),
    ("Under the Treaty of Shimoda, signed by Russia and Japan in 1855, the islands went to Japan.",
     "signed", {"parties": {"state/russian-empire", JAPAN}, "date": "1855"}, "shimoda"),
    ("Signed by Russia and Japan in 1855, the treaty drew the border.",
     "signed", {"parties": {"state/russian-empire", JAPAN}}, "treaty"),
    ("The 1974 Indo-Sri Lankan Maritime Agreement, signed by India and Sri Lanka, gave "
     "Katchatheevu to Sri Lanka.",
     "signed", {"parties": {INDIA, SRI_LANKA}, "date": "1974"}, "maritime agreement"),
    ("The treaty was signed between Russia and China in 2001.",
     "signed", {"parties": {RUSSIA, CHINA}, "date": "2001"}, "treaty"),
    ("Azerbaijan and Armenia initialled a peace agreement at the White House in August.",
     "signed", {"parties": {"state/azerbaijan", "state/armenia"}}, "agreement"),
    ("Thailand and Cambodia signed a ceasefire deal in Kuala Lumpur.",
     "signed", {"parties": {THAILAND, CAMBODIA}}, "deal"),
    ("The ceasefire deal was signed by Thailand and Cambodia in Kuala Lumpur.",
     "signed", {"parties": {THAILAND, CAMBODIA}}, "deal"),
    # -- adheresTo: bound by, a commitment reaffirmed
    ("Japan remains bound by the 1956 declaration, the minister said.",
     "adheresTo", {"party": JAPAN, "document": DECLARATION_1956}, None),
    ("Japan is bound by the 1956 declaration.",
     "adheresTo", {"party": JAPAN, "document": DECLARATION_1956}, None),
    ("The 1956 declaration binds Japan and Russia.",
     "adheresTo", {"party": RUSSIA, "document": DECLARATION_1956}, None),
    ("Venezuela considers itself bound by the Geneva Agreement.",
     "adheresTo", {"party": VENEZUELA}, "geneva"),
    ("Tokyo and Moscow reaffirmed their commitment to the 1956 declaration.",
     "adheresTo", {"party": RUSSIA, "document": DECLARATION_1956}, None),
    ("Japan reaffirmed its commitment to the 1956 declaration.",
     "adheresTo", {"party": JAPAN, "document": DECLARATION_1956}, None),
    # -- suspends: in abeyance; the date is not what was suspended
    ("India put the Indus Waters Treaty in abeyance after the attack.",
     "suspends", {"party": INDIA, "what": "the Indus Waters Treaty"}, None),
    ("India has held the Indus Waters Treaty in abeyance since April.",
     "suspends", {"party": INDIA, "what": "the Indus Waters Treaty"}, None),
    ("Japan broke off talks with Russia in 2022.",
     "suspends", {"party": JAPAN, "what": "talks with Russia", "date": "2022"}, None),
    ("Armenia froze its membership in the CSTO.",
     "suspends", {"party": "state/armenia", "what": "its membership in the CSTO"}, None),
    ("Russia suspended its membership of the Council of Europe in 2022.",
     "suspends", {"party": RUSSIA, "what": "its membership of the Council of Europe",
                  "date": "2022"}, None),
    # leaving a deal withdraws the obligations it took on (not a suspension of talks)
    ("Russia pulled out of the Black Sea grain deal in July.",
     "withdrewObligation", {"state": RUSSIA, "obligation": "the Black Sea grain deal"}, None),
    # -- recognizes: the status without the time phrase, which is the date
    ("Nicaragua recognised Abkhazia and South Ossetia as independent states in 2008.",
     "recognizes", {"party": "state/nicaragua", "what": "Abkhazia", "as": "independent states",
                    "date": "2008"}, None),
    ("Britain formally recognised Palestine as a state in September.",
     "recognizes", {"party": UK, "what": "Palestine", "as": "a state"}, None),
    # an official acts for his state: the sentence is read though it names no state
    ("Russian President Vladimir Putin recognised the independence of Abkhazia.",
     "recognizes", {"party": RUSSIA, "what": "the independence of Abkhazia"}, None),
    # a second by-phrase coordinated with the first: a second party
    ("Venezuela's sovereignty over Isla Aves was recognised by the United States in 1978, and by "
     "the Netherlands in 1978.",
     "recognizes", {"party": "state/netherlands", "what": "Venezuela's sovereignty over Isla Aves",
                    "date": "1978"}, None),
    ("Paraguay recognises Taiwan as a sovereign state.",
     "recognizes", {"party": "state/paraguay", "what": "Taiwan", "as": "a sovereign state"}, None),
    # -- handedOverTo / promisesHandover: from-phrases, nouns, a document's promise
    ("Sovereignty over Hong Kong was transferred from Britain to China on July 1, 1997.",
     "handedOverTo", {"territory": HONG_KONG, "from": UK, "to": CHINA, "date": "1997-07-01"}, None),
    ("Portugal handed Macau back to China in December 1999.",
     "handedOverTo", {"territory": "territory/macau", "from": "state/portugal", "to": CHINA}, None),
    ("The transfer of Walvis Bay to Namibia took place in 1994.",
     "handedOverTo", {"territory": "territory/walvis-bay", "to": NAMIBIA, "date": "1994"}, None),
    ("Under the deal, Britain will hand the Chagos Islands over to Mauritius.",
     "promisesHandover", {"territory": "territory/chagos-archipelago", "from": UK,
                          "to": MAURITIUS}, "deal"),
    # the document whose terms the handover is made under ("under its terms": the one just named)
    ("The Heligoland-Zanzibar Treaty was signed in 1890. Under its terms Britain ceded Heligoland "
     "to Germany.",
     "promisesHandover", {"territory": "territory/heligoland", "from": UK,
                          "to": "state/germany"}, "heligoland"),
    ("Britain ceded Heligoland to Germany under the provisions of the treaty.",
     "promisesHandover", {"territory": "territory/heligoland", "to": "state/germany"}, "treaty"),
    # a short first sentence that ends on its date is no date line
    ("Heligoland was handed over to Germany on August 9, 1890.",
     "handedOverTo", {"territory": "territory/heligoland", "to": "state/germany",
                      "date": "1890-08-09"}, None),
    # -- signed: a by-phrase the parser hung on the date, a second name on the verb
    ("The accord was signed on May 5, 2004, by Russia and China.",
     "signed", {"parties": {RUSSIA, CHINA}, "date": "2004-05-05"}, "accord"),
    ("The agreement was signed in Berlin on July 1, 1890, by British Ambassador Edward Malet and "
     "German Chancellor Leo von Caprivi.",
     "signed", {"parties": {UK, "state/germany"}}, "agreement"),
    # -- issued, agreedTo
    ("Tokyo published its annual diplomatic bluebook on Friday.",
     "issued", {"issuer": JAPAN}, "bluebook"),
    ("The United Nations General Assembly adopted Resolution 68/262 in March 2014.",
     "issued", {"issuer": "organization/un-general-assembly", "date": "2014-03"}, "68/262"),
    ("The treaty was signed by Britain in 1890 and by Germany a week later.",
     "signed", {"parties": {UK, "state/germany"}, "date": "1890"}, "treaty"),
    ("The UN Security Council adopted resolution 242 in November 1967.",
     "issued", {"issuer": "organization/un-security-council", "date": "1967-11"}, "242"),
    ("Greece and North Macedonia struck a deal on the name dispute in 2018.",
     "agreedTo", {"parties": {"state/greece", "state/north-macedonia"}, "date": "2018"}, None),
    ("Baku and Yerevan agreed to open transport links.",
     "agreedTo", {"parties": {"state/azerbaijan", "state/armenia"}}, None),
    # -- signed: a dated document "between A and B" is one they signed, on its own date (not the
    # date of the verb that governs it)
    ("The 1890 treaty between Britain and Germany gave Heligoland to Germany.",
     "signed", {"parties": {UK, "state/germany"}, "date": "1890-07-01"}, "treaty"),
    ("Egypt on Tuesday rejected the 2019 maritime agreement between Turkey and Libya.",
     "signed", {"parties": {"state/turkey", "state/libya"}, "date": "2019"}, "agreement"),
    ("Under the 1974 accord between India and Sri Lanka, Katchatheevu became part of Sri Lanka.",
     "signed", {"parties": {INDIA, SRI_LANKA}, "date": "1974"}, "accord"),
    ("The 2001 treaty between Russia and China, a landmark in their ties, settled the border.",
     "signed", {"parties": {RUSSIA, CHINA}, "date": "2001"}, "treaty"),
    # -- a statement, map, report or letter is a document where an issued or signed verb acts on it
    ("Canada and Denmark issued a joint statement on the border on Monday.",
     "issued", {"issuer": "state/denmark"}, "joint statement"),
    ("A joint statement was released by Canada and Denmark on Monday.",
     "issued", {"issuer": "state/canada"}, "joint statement"),
    ("The report, published on Monday by Japan after months of delay, runs to 400 pages.",
     "issued", {"issuer": JAPAN}, "report"),
    ("The ceasefire statement, signed by Armenia and Azerbaijan in 2020, ended the war.",
     "signed", {"parties": {"state/armenia", "state/azerbaijan"}, "date": "2020"},
     "ceasefire statement"),
    ("Mauritius sent a letter to Britain in March.",
     "issued", {"issuer": MAURITIUS}, "letter"),
    # a tribunal the gazetteer names keeps its name (not a tribunal of this article)
    ("The International Tribunal for the Law of the Sea issued its ruling in 2016.",
     "issued", {"issuer": "organization/international-tribunal-for-the-law-of-the-sea",
                "date": "2016"}, "ruling"),
]  # fmt: skip

# (sentence, relation): no such fact
NEGATIVE = [  # fmt: skip
    ("Russia would declare Crimea part of Russia.", "incorporates"),
    ("Russia did not declare Crimea part of Russia.", "incorporates"),
    ("Under the treaty, Crimea did not become part of Russia.", "incorporates"),
    (
        "The International Court of Justice ruled that Kasikili Island did not form part of Namibia.",
        "incorporates",
    ),
    ("Japan is not bound by the 1956 declaration.", "adheresTo"),
    ("Japan would be bound by the declaration.", "adheresTo"),
    ("Japan's commitment to the declaration was questioned.", "adheresTo"),  # no one reaffirms it
    ("India kept the treaty in force.", "suspends"),
    ("Spain does not recognise Kosovo.", "recognizes"),
    ("Britain did not recognise Palestine as a state in September.", "recognizes"),
    ("Spain will hand over Ceuta to Morocco.", "handedOverTo"),  # a plan, and no document
    ("Japan and Russia would sign a peace treaty if talks succeed.", "signed"),
    ("Under its terms, Egypt handed Tiran and Sanafir to Saudi Arabia.", "promisesHandover"),
    # a state joined to another by a hyphen names one side of a bilateral document, no issuer
    (
        "The 1974 Indo-Sri Lankan Maritime Agreement, signed by India and Sri Lanka, gave "
        "Katchatheevu to Sri Lanka.",
        "issued",
    ),
    # an undated document between two states may still be sought: nobody signed it
    ("The absence of a peace treaty between Japan and Russia has soured ties.", "signed"),
    ("Russia and China want a new treaty between them by 2030.", "signed"),
    ("The agreement between Turkey and Libya was discussed.", "signed"),
    # ... and no document where no such verb acts on it, nor where the verb is negated
    ("Japan said in a statement that the islands are its territory.", "issued"),
    ("A map of the region shows the islands.", "issued"),
    ("China did not issue a statement.", "issued"),
    # a statement that carries what was said is the speech rules' (its issuer is the speaker)
    # ("X issued a statement saying ..." is issued by X, its words still X's: test_docs32_battery.py)
    ("The tribunal did not issue an award.", "issued"),
    ("A tribunal would issue its award next year.", "issued"),
]


def _labels(found, rel: str, want: dict) -> list[str]:
    return [getattr(f.args.get("document"), "label", "").lower() for f in find(found, rel, **want)]


@pytest.mark.parametrize(("sentence", "rel", "want", "doc"), POSITIVE)
def test_fact_is_read(sentence: str, rel: str, want: dict, doc: str | None) -> None:
    found = facts(sentence)
    assert find(found, rel, **want), shown(found)
    if doc is not None:
        assert any(doc in label for label in _labels(found, rel, want)), shown(found)


@pytest.mark.parametrize(("sentence", "rel"), NEGATIVE)
def test_no_fact_is_read(sentence: str, rel: str) -> None:
    found = facts(sentence)
    assert not find(found, rel), shown(found)


# -- issued by a body of no state that the text names only by what it is (issue 12, second pass)
# (sentence, the body's label, the date): the body is the article's own, so it is checked by label
UNOWNED_ISSUERS = [
    ("The arbitral tribunal issued its award in 2016.", "arbitral tribunal", "2016"),
    ("The award was issued by the arbitral tribunal in 2016.", "arbitral tribunal", "2016"),
    # a participle after the document, its by-phrase carrying a clause of its own
    ("The award, issued in 2016 by an arbitral tribunal sitting in The Hague, favoured the "
     "Philippines.", "arbitral tribunal", "2016"),
    # a relative clause between subject and verb, another verb of the class
    ("The arbitral tribunal, which sat in The Hague, published its award in July 2016.",
     "arbitral tribunal", "2016-07"),
    ("An arbitration panel issued its ruling in March 2019.", "arbitration panel", "2019-03"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "label", "date"), UNOWNED_ISSUERS)
def test_an_unnamed_tribunal_issues(sentence: str, label: str, date: str) -> None:
    found = find(facts(sentence), "issued", date=date)
    assert [f.args["issuer"].label for f in found] == [label], shown(facts(sentence))
    assert found[0].args["issuer"].kind == "Organization"


def test_an_unnamed_tribunal_is_its_own_articles() -> None:
    """ "the arbitral tribunal" of two articles is two tribunals: no node links unrelated sources."""
    text = "The arbitral tribunal issued its award in 2016."
    issuers = {
        one(article.extract(article.parse(text, name=name, published=PUBLISHED)).facts, "issued")
        .args["issuer"]
        .key
        for name in ("first", "second")
    }
    assert len(issuers) == 2


# -- signed by people: each signs for the state the gazetteer knows they serve
SIGNATORIES = [
    ("The accord was signed in Moscow by the two presidents, Vladimir Putin and Xi Jinping.",
     {RUSSIA, CHINA}),
    ("The deal was signed by the two foreign ministers, Sergei Lavrov and Fumio Kishida.",
     {RUSSIA, JAPAN}),
    ("The two leaders, Vladimir Putin and Xi Jinping, signed the accord in Moscow.",
     {RUSSIA, CHINA}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "parties"), SIGNATORIES)
def test_people_sign_for_their_states(sentence: str, parties: set[str]) -> None:
    found = facts(sentence)
    assert find(found, "signed", parties=parties), shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two presidents, Vladimir Putin and Xi Jinping, did not sign the accord.",
        "The accord was signed by two lawyers, John Smith and Jane Doe.",  # they serve no state
    ],
)
def test_no_state_signs(sentence: str) -> None:
    found = facts(sentence)
    assert not find(found, "signed"), shown(found)


def test_the_map_named_again_is_the_same_document() -> None:
    """ "a new map ... The map, issued by ...": one document, not two."""
    found = facts(
        "Chile rejected a new official map published by Argentina. The map, issued last week by "
        "Argentina's national mapping agency, shows the whole peninsula."
    )
    assert len({f.args["document"].key for f in found if f.rel == "issued"}) == 1, shown(found)
