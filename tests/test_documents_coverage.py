"""Documents issued and signed, agreements, disputes and parts, told as agencies tell them (issue 12,
document coverage).

A battery of sentences written for these tests (not taken from the dev articles), about many
disputes: documents issued by ministries, governments, courts and assemblies; signing told with
other verbs, a nominalisation, a noun of its doers ("the signatories"); agreements reached, struck
or come to; disputes told with a verb, a noun, a participle or rival claims; parts told with "part
of", "lies in", "the largest of". Each positive line names the fact it must yield; the negatives
(refused to sign, did not agree, a proposed treaty, an unsigned draft) must yield none; what the
extractor does not read yet is a strict xfail with the reason.
"""

from __future__ import annotations

import pytest
from helpers import ARGENTINA, CHINA, JAPAN, RUSSIA, SENKAKU, UK, USSR, facts, find, shown

INDIA, PAKISTAN, NEPAL, BANGLADESH = (
    "state/india",
    "state/pakistan",
    "state/nepal",
    "state/bangladesh",
)
ARMENIA, AZERBAIJAN, GUYANA = "state/armenia", "state/azerbaijan", "state/guyana"
VENEZUELA, PHILIPPINES, VIETNAM = "state/venezuela", "state/philippines", "state/vietnam"
SOUTH_KOREA, MAURITIUS, FRANCE = "state/south-korea", "state/mauritius", "state/france"
LIANCOURT, KASHMIR, FALKLANDS = (
    "territory/liancourt-rocks",
    "territory/kashmir",
    "territory/falkland-islands",
)


def _matching(found, rel: str, want: dict) -> list:
    """``find``, where a key ending in "/" asks only for an entity of that kind (a ministry)."""
    kinds = {k: v for k, v in want.items() if isinstance(v, str) and v.endswith("/")}
    exact = {k: v for k, v in want.items() if k not in kinds}
    return [
        f
        for f in find(found, rel, **exact)
        if all(getattr(f.args.get(k), "key", "").startswith(v) for k, v in kinds.items())
    ]


def _label(found, rel: str, want: dict) -> list[str]:
    """The labels of the documents of the facts of ``rel`` with these arguments."""
    return [f.args["document"].label.lower() for f in _matching(found, rel, want)]


# (sentence, relation, arguments by entity key (a set: the parties), a word of the document's label)
POSITIVE = [
    # -- issued: ministries, governments, courts, assemblies; possessive, epithet, participle
    ("The Chinese Foreign Ministry published a white paper on the Diaoyu Islands on Tuesday.",
     "issued", {"issuer": "organization/"}, "white paper"),
    ("The Japanese Defense Ministry released its annual white paper on Friday.",
     "issued", {"issuer": "organization/"}, "white paper"),
    ("Japan's Defense Ministry put out an updated white paper last week.",
     "issued", {"issuer": "organization/"}, "white paper"),
    ("The UN General Assembly adopted a resolution on Crimea in 2014.",
     "issued", {"issuer": "organization/un-general-assembly"}, "resolution"),
    ("The resolution, adopted by the General Assembly in 2014, affirmed Ukraine's borders.",
     "issued", {"issuer": "organization/un-general-assembly"}, "resolution"),
    ("The International Court of Justice handed down its decision in July 2016.",
     "issued", {"issuer": "organization/international-court-of-justice"}, "decision"),
    ("The Venezuelan government published a decree on Essequibo.",
     "issued", {"issuer": VENEZUELA}, "decree"),
    ("In a communique released after the talks, Guyana called the referendum illegal.",
     "issued", {"issuer": GUYANA}, "communique"),
    # -- signed: other verbs of the class, passive, participle, relative clause, nominalisation
    ("Russia and China signed a border treaty in 2004.",
     "signed", {"parties": {RUSSIA, CHINA}}, "treaty"),
    ("The treaty was signed in 1904 by Britain and France.",
     "signed", {"parties": {UK, FRANCE}}, "treaty"),
    ("A border agreement signed by India and Bangladesh in 1974 was ratified in 2015.",
     "signed", {"parties": {INDIA, BANGLADESH}}, "agreement"),
    ("India and Bangladesh inked a land boundary agreement on Saturday.",
     "signed", {"parties": {INDIA, BANGLADESH}}, "agreement"),
    ("Armenia and Azerbaijan put their signatures to a peace agreement in Washington.",
     "signed", {"parties": {ARMENIA, AZERBAIJAN}}, "agreement"),
    ("The signing of the treaty by Japan and China in 1978 ended the war.",
     "signed", {"parties": {JAPAN, CHINA}}, "treaty"),
    ("Vietnam and China concluded a land border treaty in 1999.",
     "signed", {"parties": {VIETNAM, CHINA}}, "treaty"),
    ("Britain, which signed the 1965 agreement with Mauritius, kept the Chagos Islands.",
     "signed", {"parties": {UK, MAURITIUS}}, "agreement"),
    ("Japan signed the treaty with the Soviet Union in 1956, the minister said.",
     "signed", {"parties": {JAPAN, USSR}}, "treaty"),
    ("Under the agreement, which Nigeria and Cameroon signed in 2006, Nigeria withdrew.",
     "signed", {"parties": {"state/nigeria", "state/cameroon"}}, "agreement"),
    ("The 2000 Algiers agreement, signed by Eritrea and Ethiopia, ended the war.",
     "signed", {"parties": {"state/eritrea", "state/ethiopia"}}, "algiers"),
    # a law is signed by one party, the person who signs it
    ("President Nicolas Maduro signed the law on Wednesday.",
     "signed", {"parties": {"person/nicolas-maduro"}}, "law"),
    ("The law, which President Nicolas Maduro signed on Wednesday, creates a new state.",
     "signed", {"parties": {"person/nicolas-maduro"}}, "law"),
    ("Nicolas Maduro, Venezuela's president, signed a law on Essequibo.",
     "signed", {"parties": {"person/nicolas-maduro"}}, "law"),
    ("Guyana and Venezuela were the signatories of the 1966 agreement.",
     "signed", {"parties": {GUYANA, VENEZUELA}}, "agreement"),
    ("Armenia and Azerbaijan became signatories to the accord in 2025.",
     "signed", {"parties": {ARMENIA, AZERBAIJAN}}, "accord"),
    # -- agreedTo: agree to/on, light verbs with a deal noun, their relative clause
    ("Japan and Russia agreed to hold talks on a peace treaty.",
     "agreedTo", {"parties": {JAPAN, RUSSIA}}, None),
    ("India and China agreed on a disengagement plan in Ladakh.",
     "agreedTo", {"parties": {INDIA, CHINA}}, None),
    ("Armenia and Azerbaijan reached a deal on the border on Friday.",
     "agreedTo", {"parties": {ARMENIA, AZERBAIJAN}}, None),
    ("Ecuador and Peru struck a deal to end their border war.",
     "agreedTo", {"parties": {"state/ecuador", "state/peru"}}, None),
    ("Chile and Argentina came to an understanding on the glacier.",
     "agreedTo", {"parties": {"state/chile", ARGENTINA}}, None),
    ("The deal that Serbia and Kosovo reached in Brussels covers trade.",
     "agreedTo", {"parties": {"state/serbia", "state/kosovo"}}, None),
    ("The accord that Armenia and Azerbaijan struck last year has held.",
     "agreedTo", {"parties": {ARMENIA, AZERBAIJAN}}, None),
    ("Thailand and Cambodia, after years of clashes, agreed to withdraw their troops.",
     "agreedTo", {"parties": {"state/thailand", "state/cambodia"}}, None),
    # a when-phrase is not what was agreed on
    ("Nigeria and Cameroon agreed on Tuesday on a timetable.",
     "agreedTo", {"parties": {"state/nigeria", "state/cameroon"}, "what": "a timetable"}, None),
    ("India and Nepal agreed a new boundary.", "agreedTo", {"parties": {INDIA, NEPAL}}, None),
    # -- disputes: verb, noun with between/with/over, participle, rival claims, both claim
    ("China and Japan dispute the Senkaku Islands.",
     "disputes", {"parties": {CHINA, JAPAN}, "territory": SENKAKU}, None),
    ("The dispute between India and Pakistan over Kashmir has lasted since 1947.",
     "disputes", {"parties": {INDIA, PAKISTAN}, "territory": KASHMIR}, None),
    ("The Senkaku Islands, disputed by China and Japan, lie in the East China Sea.",
     "disputes", {"parties": {CHINA, JAPAN}, "territory": SENKAKU}, None),
    ("Britain's row with Argentina over the Falkland Islands flared again.",
     "disputes", {"parties": {UK, ARGENTINA}, "territory": FALKLANDS}, None),
    ("Japan and South Korea both claim the Liancourt Rocks.",
     "disputes", {"parties": {JAPAN, SOUTH_KOREA}, "territory": LIANCOURT}, None),
    ("The Liancourt Rocks, which both Japan and South Korea claim, lie in the Sea of Japan.",
     "disputes", {"parties": {JAPAN, SOUTH_KOREA}, "territory": LIANCOURT}, None),
    ("India and Pakistan remain at odds over Sir Creek.",
     "disputes", {"parties": {INDIA, PAKISTAN}, "territory": "territory/sir-creek"}, None),
    ("Japan is at odds with China over the Senkaku Islands.",
     "disputes", {"parties": {JAPAN, CHINA}, "territory": SENKAKU}, None),
    ("Sir Creek is contested by India and Pakistan.",
     "disputes", {"parties": {INDIA, PAKISTAN}, "territory": "territory/sir-creek"}, None),
    # -- partOf: apposition, lies in, the largest of, a city in, the district of
    ("Tawang, part of India's Arunachal Pradesh, is claimed by China.",
     "partOf", {"part": "territory/tawang", "whole": "territory/arunachal-pradesh"}, None),
    ("The Tawang district of Arunachal Pradesh borders Bhutan.",
     "partOf", {"part": "territory/tawang", "whole": "territory/arunachal-pradesh"}, None),
    ("Shikotan lies in the Lesser Kuril Chain.",
     "partOf", {"part": "territory/shikotan", "whole": "territory/lesser-kuril-chain"}, None),
    ("Uotsuri Island is the largest of the Senkaku Islands.",
     "partOf", {"part": "territory/uotsuri-island", "whole": SENKAKU}, None),
    ("Sevastopol is a city in Crimea.",
     "partOf", {"part": "territory/sevastopol", "whole": "territory/crimea"}, None),
    # a map or a statement is a document where an issuing verb acts on it (acted_document_nouns)
    ("India issued a new political map in November 2019.", "issued", {"issuer": INDIA}, "map"),
    ("A new map, unveiled by Nepal on Monday, shows Kalapani inside its borders.", "issued",
     {"issuer": NEPAL}, "map"),
    ("The statement was issued by the Philippine government on Sunday.", "issued",
     {"issuer": PHILIPPINES}, "statement"),
    # an agreement reached, no one said to reach it: the two states in play (round 26; the
    # between-phrase itself is still not read, which cost a dev false fact when tried)
    ("An agreement between Nigeria and Cameroon was reached in 2006.", "agreedTo",
     {"parties": {"state/nigeria", "state/cameroon"}}, None),
]  # fmt: skip

# (sentence, relation): no such fact (refused, negated, proposed, unsigned, conditional)
NEGATIVE = [  # fmt: skip
    ("Japan refused to sign the treaty with the Soviet Union.", "signed"),
    ("Russia and Japan did not agree on a peace treaty.", "agreedTo"),
    ("A proposed treaty between Guyana and Venezuela was never signed.", "signed"),
    ("An unsigned draft of the accord was leaked to reporters.", "signed"),
    ("Japan and Russia would sign a peace treaty if talks succeed.", "signed"),
    ("The two sides failed to agree on a border.", "agreedTo"),
    ("India has not published a new white paper since 2019.", "issued"),
    ("Russia signed the treaty.", "signed"),  # one signatory of a treaty: its parties untold
    ("Maduro refused to sign the law.", "signed"),
    ("A decree signed by President Vladimir Putin annexed Crimea.", "signed"),  # a decree: issued
    ("Britain and Argentina fought over fishing quotas in 1982.", "disputes"),  # no land
    ("Japan is not at odds with China over the Senkaku Islands.", "disputes"),
    ("The odds of a deal over Sir Creek are low.", "disputes"),
    # a capital in a document's name is where it was made, not who issued it
    ("The 2000 Algiers agreement, signed by Eritrea and Ethiopia, ended the war.", "issued"),
    ("The Minsk accords, signed by Russia and Ukraine, never took hold.", "issued"),
]

# (sentence, relation, arguments, why it is not read yet)
NOT_YET = [
    ("Venezuela accepted a proposal by Guyana to resume talks.", "agreedTo",
     {"parties": {VENEZUELA, GUYANA}},
     "accepting another party's proposal is no agreedTo trigger yet"),
    ("A decree signed by President Vladimir Putin annexed Crimea.", "issued", {"issuer": RUSSIA},
     "a decree is the head's own act, issued by his state: no rule reads a signer as the issuer"),
    ("The accord Armenia and Azerbaijan struck last year has held.", "agreedTo",
     {"parties": {ARMENIA, AZERBAIJAN}},
     "without 'that' the small model reads the parties as the accord's apposition"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "rel", "want", "doc"), POSITIVE)
def test_fact_is_read(sentence: str, rel: str, want: dict, doc: str | None) -> None:
    found = facts(sentence)
    assert _matching(found, rel, want), shown(found)
    if doc is not None:
        assert any(doc in label for label in _label(found, rel, want)), shown(found)


@pytest.mark.parametrize(("sentence", "rel"), NEGATIVE)
def test_no_fact_is_read(sentence: str, rel: str) -> None:
    found = facts(sentence)
    assert not find(found, rel), shown(found)


@pytest.mark.parametrize(
    ("sentence", "rel", "want"),
    [
        pytest.param(s, r, w, marks=pytest.mark.xfail(strict=True, reason=why))
        for s, r, w, why in NOT_YET
    ],
)
def test_not_read_yet(sentence: str, rel: str, want: dict) -> None:
    found = facts(sentence)
    assert find(found, rel, **want), shown(found)


def test_relative_clause_of_a_light_verb_names_no_party_from_its_pronoun() -> None:
    """'the deal, which ended the war': the pronoun is the deal itself, never a party of it."""
    found = facts("Armenia signed the deal, which ended the war, with Azerbaijan in 2025.")
    assert all(len(f.args["parties"]) >= 2 for f in found if f.rel == "agreedTo"), shown(found)


def test_an_epithet_is_no_name_and_links_no_two_sources() -> None:
    """'its annual white paper' is a white paper (the epithet kept out of its label) local to its
    source: two articles' white papers are two documents."""
    one = find(facts("Japan released its annual white paper on Friday."), "issued")
    two = find(facts("China released its annual white paper.", published="2021-01-01"), "issued")
    assert one and two
    assert [f.args["document"].label for f in one + two] == ["white paper", "white paper"]
    assert one[0].args["document"].key != two[0].args["document"].key


def test_a_white_paper_does_not_refer_back_to_a_law() -> None:
    """Nouns of no narrower document kind refer back only to their own noun: "its white paper",
    after a law, is a white paper."""
    found = facts(
        "President Nicolas Maduro signed the law on Wednesday. "
        "The Japanese Defense Ministry released its annual white paper on Friday."
    )
    assert [f.args["document"].label for f in find(found, "issued")] == ["white paper"]
    assert [f.args["document"].label for f in find(found, "signed")] == ["law"]
