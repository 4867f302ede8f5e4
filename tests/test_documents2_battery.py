"""Documents signed, issued, agreed, honoured, suspended and obeyed, on disputes the dev articles do
not cover (issue 12, documents on unseen text, fifth round): the Beagle Channel treaty of 1984, the
Algiers Agreement of 1975, the Barents Sea treaty of 2010, the Estonia-Russia border treaty, the
Timor Sea treaty of 2018 and the Brasilia act of 1998.

Sentences written for these tests in the forms Reuters, AP, AFP, Xinhua, TASS or a ministry's
release use: a relative clause without "that" ("the accord Peru and Ecuador signed"), a participle
the parser tags as a past tense ("the Algiers Agreement, concluded between Iran and Iraq"), a
by-phrase after a place ("signed in Murmansk by Norway and Russia"), a perfect with "by" ("has
abided by"), a capital naming where a document was made ("the Algiers accord"), "Under the accord, X
must ...". Each positive names the fact it must yield; each negative must yield none of its relation.
"""

from __future__ import annotations

import pytest
from helpers import RUSSIA, facts, find, shown

CHILE, ARGENTINA, NORWAY = "state/chile", "state/argentina", "state/norway"
ESTONIA, IRAN, IRAQ = "state/estonia", "state/iran", "state/iraq"
PERU, ECUADOR = "state/peru", "state/ecuador"
AUSTRALIA, TIMOR = "state/australia", "state/timor-leste"
SHATT = "territory/shatt-al-arab"
UNCLOS = "document/united-nations-convention-on-the-law-of-the-sea"

# (sentence, relation, arguments by entity key (a set: the parties) or text, a word of the
# document's label or None)
POSITIVE = [
    # -- signed: participles, relative clauses with and without "which", another verb of the class
    ("The Treaty of Peace and Friendship, signed in 1984 by Chile and Argentina, ended the Beagle "
     "Channel dispute.",
     "signed", {"parties": {CHILE, ARGENTINA}, "date": "1984"}, "treaty"),
    ("Chile and Argentina signed the Treaty of Peace and Friendship at the Vatican in November 1984.",
     "signed", {"parties": {CHILE, ARGENTINA}, "date": "1984-11"}, "treaty"),
    ("Argentina and Chile inked a peace treaty in 1984 that awarded the islands to Chile.",
     "signed", {"parties": {CHILE, ARGENTINA}, "date": "1984"}, "peace treaty"),
    ("Norway and Russia concluded a maritime delimitation treaty in Murmansk in September 2010.",
     "signed", {"parties": {NORWAY, RUSSIA}, "date": "2010-09"}, "treaty"),
    ("Estonia and Russia penned a border treaty in Moscow in February 2014.",
     "signed", {"parties": {ESTONIA, RUSSIA}, "date": "2014-02"}, "border treaty"),
    ("Iran and Iraq signed the Algiers Agreement in 1975, setting the border along the thalweg of "
     "the Shatt al-Arab.",
     "signed", {"parties": {IRAN, IRAQ}, "date": "1975"}, "agreement"),
    # a participle tagged a past tense after its noun's comma
    ("The Algiers Agreement, concluded between Iran and Iraq in March 1975, divided the Shatt "
     "al-Arab.",
     "signed", {"parties": {IRAN, IRAQ}, "date": "1975-03"}, "agreement"),
    # "presidential act" names a document (data/lexicon/documents.yaml; "act" alone does not: "an
    # act of war")
    ("Peru and Ecuador signed the Brasilia Presidential Act on October 26, 1998.",
     "signed", {"parties": {PERU, ECUADOR}}, "act"),
    # a relative clause without "that", read as the noun's apposition
    ("The accord Peru and Ecuador signed in Brasilia in 1998 ended decades of conflict.",
     "signed", {"parties": {PERU, ECUADOR}, "date": "1998"}, "accord"),
    ("The treaty, which Norway and Russia signed in 2010, split the disputed zone roughly in half.",
     "signed", {"parties": {NORWAY, RUSSIA}, "date": "2010"}, "treaty"),
    ("Australia and Timor-Leste signed a maritime boundary treaty at the United Nations in New "
     "York in March 2018.",
     "signed", {"parties": {AUSTRALIA, TIMOR}, "date": "2018-03"}, "maritime boundary treaty"),
    ("The treaty was ratified by Timor-Leste and Australia in 2019.",
     "signed", {"parties": {AUSTRALIA, TIMOR}, "date": "2019"}, "treaty"),
    # one side's ratification binds the ratifier (the readable gold's adheresTo, h109, h131)
    ("Estonia's parliament ratified the border treaty with Russia in 2005.",
     "adheresTo", {"party": ESTONIA}, "border treaty"),
    # a by-phrase the parser hung on the place before it
    ("The treaty was signed on Sept. 15, 2010, in Murmansk by Norway and Russia.",
     "signed", {"parties": {NORWAY, RUSSIA}, "date": "2010-09-15"}, "treaty"),
    ("The agreement was signed in Algiers by Iran and Iraq.",
     "signed", {"parties": {IRAN, IRAQ}}, "agreement"),
    # capitals, demonyms, officials, "the two countries" of the sentence before
    ("Tallinn and Moscow signed the border treaty in February 2014.",
     "signed", {"parties": {ESTONIA, RUSSIA}, "date": "2014-02"}, "border treaty"),
    ("The Chilean and Argentine foreign ministers signed the treaty at the Vatican in 1984.",
     "signed", {"parties": {CHILE, ARGENTINA}, "date": "1984"}, "treaty"),
    ("The treaty was signed by the foreign ministers of Norway and Russia in Murmansk.",
     "signed", {"parties": {NORWAY, RUSSIA}}, "treaty"),
    ("Estonia and Russia have argued over the border for decades. The two countries signed a "
     "border treaty in 2014.",
     "signed", {"parties": {ESTONIA, RUSSIA}, "date": "2014"}, "border treaty"),
    ("Ecuador and Peru, which fought a border war in 1995, signed a peace agreement in 1998.",
     "signed", {"parties": {PERU, ECUADOR}, "date": "1998"}, "peace agreement"),
    ("A treaty signed by Australia and Timor-Leste in 2018 drew their first permanent maritime "
     "boundary.",
     "signed", {"parties": {AUSTRALIA, TIMOR}, "date": "2018"}, "treaty"),
    ("The agreement was signed and ratified by both Iran and Iraq.",
     "signed", {"parties": {IRAN, IRAQ}}, "agreement"),
    # a participle after a document's between-phrase: the parties are the noun's
    ("The treaty between Norway and Russia on maritime delimitation, signed in 2010, entered into "
     "force in 2011.",
     "signed", {"parties": {NORWAY, RUSSIA}, "date": "2010"}, "treaty"),
    # -- agreedTo: agreed on, agreed a, struck, reached, hammered out, a that-clause with a modal
    ("Chile and Argentina agreed on a boundary in the Beagle Channel in 1984.",
     "agreedTo", {"parties": {CHILE, ARGENTINA}, "date": "1984"}, None),
    ("Australia and East Timor agreed a maritime boundary in 2017.",
     "agreedTo", {"parties": {AUSTRALIA, TIMOR}, "date": "2017"}, None),
    ("Timor-Leste and Australia struck a deal on their maritime border in 2017.",
     "agreedTo", {"parties": {AUSTRALIA, TIMOR}, "date": "2017"}, None),
    ("Iran and Iraq reached an agreement in Algiers in 1975.",
     "agreedTo", {"parties": {IRAN, IRAQ}, "date": "1975"}, None),
    ("Norway and Russia hammered out a deal on the Barents Sea in 2010.",
     "agreedTo", {"parties": {NORWAY, RUSSIA}, "date": "2010"}, None),
    ("Peru and Ecuador agreed to a final settlement of the border in 1998.",
     "agreedTo", {"parties": {PERU, ECUADOR}, "date": "1998"}, None),
    ("The accord Iran and Iraq reached in Algiers in 1975 set the border.",
     "agreedTo", {"parties": {IRAN, IRAQ}, "date": "1975"}, None),
    # the noun's own relative clause tells its date
    ("The deal that Australia and Timor-Leste reached in 2017 created a special regime.",
     "agreedTo", {"parties": {AUSTRALIA, TIMOR}, "date": "2017"}, None),
    ("Peru and Ecuador agreed that a commission should mark the border.",
     "agreedTo", {"parties": {PERU, ECUADOR}, "what": "a commission should mark the border"}, None),
    ("Iran and Iraq agreed in 1975 that the thalweg be the border.",
     "agreedTo", {"parties": {IRAN, IRAQ}, "what": "the thalweg be the border", "date": "1975"},
     None),
    ("Peru and Ecuador committed themselves to a final settlement.",
     "agreedTo", {"parties": {PERU, ECUADOR}, "what": "a final settlement"}, None),
    # other nouns of what two sides reach (Xinhua's "consensus")
    ("China and Vietnam reached a consensus on the Gulf of Tonkin in 2000.",
     "agreedTo", {"parties": {"state/china", "state/vietnam"}, "date": "2000"}, None),
    ("Thailand and Cambodia reached a ceasefire on Monday.",
     "agreedTo", {"parties": {"state/thailand", "state/cambodia"}, "what": "a ceasefire"}, None),
    # -- issued: a body, an official for his state, a participle, a joint communique
    ("The Chilean government published a white paper on the Beagle Channel in 1978.",
     "issued", {"issuer": CHILE, "date": "1978"}, "white paper"),
    # a decree is its maker's own act: the president's (rules/person_acts.py, docs39)
    ("A decree issued by Russian President Vladimir Putin in 2022 set the border.",
     "issued", {"issuer": "person/vladimir-putin", "date": "2022"}, "decree"),
    ("Iran and Iraq issued a joint communique in Algiers on March 6, 1975.",
     "issued", {"issuer": IRAQ, "date": "1975-03-06"}, "joint communique"),
    ("The communique, released by Peru and Ecuador on Monday, set out the terms.",
     "issued", {"issuer": ECUADOR, "date": "2020-05-04"}, "communique"),
    ("Estonian Foreign Minister Urmas Paet published a statement on the ministry's website.",
     "issued", {"issuer": ESTONIA}, "statement"),
    ("Timor-Leste released a report on the Greater Sunrise field.",
     "issued", {"issuer": TIMOR}, "report"),
    ("In a statement released on Friday, Dili welcomed the treaty.",
     "issued", {"issuer": TIMOR, "date": "2020-05-01"}, "statement"),
    # a law or decree imposed; "the government" in what an official reports is his state's
    ("The decree, imposed by Baghdad in 1980, voided the accord.",
     "issued", {"issuer": IRAQ, "date": "1980"}, "decree"),
    ("China imposed a national security law on Hong Kong in 2020.",
     "issued", {"issuer": "state/china", "date": "2020"}, "law"),
    ("Estonian Foreign Minister Urmas Paet said the government had sent a note to Moscow.",
     "issued", {"issuer": ESTONIA}, "note"),
    ("Estonian Foreign Minister Urmas Paet said the Russian government had sent a note to Tallinn.",
     "issued", {"issuer": RUSSIA}, "note"),
    # a phrasal verb of the class makes a map or a release a document; a fronted "in its ..."
    ("The map, drawn up by the Argentine government, shows the islands as Argentine.",
     "issued", {"issuer": ARGENTINA}, "map"),
    ("The Norwegian foreign ministry put out a press release on the treaty in April 2010.",
     "issued", {"issuer": "organization/ministry-of-foreign-affairs-of-norway", "date": "2010-04"},
     "press release"),
    ("In its 2008 judgment, the International Court of Justice awarded Pedra Branca to Singapore.",
     "issued", {"issuer": "organization/international-court-of-justice", "date": "2008-05-23"},
     "judgment"),
    # -- adheresTo: joined, acceded to, became a party to, abided by, stands by, honours
    ("Estonia joined the UN Convention on the Law of the Sea in 2005.",
     "adheresTo", {"party": ESTONIA, "document": UNCLOS}, None),
    ("Timor-Leste acceded to the convention in 2013.",
     "adheresTo", {"party": TIMOR}, "convention"),
    ("Ecuador became a party to the convention in 2012.",
     "adheresTo", {"party": ECUADOR}, "convention"),
    ("Chile has always abided by the 1984 treaty.",
     "adheresTo", {"party": CHILE}, "treaty"),
    ("Tehran stands by the Algiers accord.",
     "adheresTo", {"party": IRAN}, "accord"),
    ("Norway said it would honour the 2010 treaty.",
     "adheresTo", {"party": NORWAY}, "treaty"),
    ("Baghdad reaffirmed its adherence to the Algiers Agreement.",
     "adheresTo", {"party": IRAQ}, "agreement"),
    ("Iraq said it remained committed to the Algiers Agreement.",
     "adheresTo", {"party": IRAQ}, "agreement"),
    # "it": the one document the sentence names before it; "arbitral", "court" describe a document
    ("The 1984 treaty is binding, and Chile will never abandon it.",
     "adheresTo", {"party": CHILE}, "treaty"),
    ("Iraq signed the accord in 1975 and has respected it since.",
     "adheresTo", {"party": IRAQ}, "accord"),
    ("The arbitral award is final and legally binding, and Argentina will never abandon it.",
     "adheresTo", {"party": ARGENTINA}, "award"),
    ("Peru has complied with the court order.",
     "adheresTo", {"party": PERU}, "order"),
    # -- withdrewObligation: a treaty abrogated, torn up, withdrawn from is an obligation withdrawn
    # (FORMAT.md's suspends is of talks, a programme, cooperation); talks frozen, broken off, on hold
    ("Iraq abrogated the 1975 treaty.",
     "withdrewObligation", {"state": IRAQ, "obligation": "the 1975 treaty"}, "treaty"),
    ("Iraq annulled the Algiers Agreement in September 1980.",
     "withdrewObligation", {"state": IRAQ, "obligation": "the Algiers Agreement",
                            "date": "1980-09"}, "agreement"),
    ("Baghdad tore up the Algiers Agreement in 1980.",
     "withdrewObligation", {"state": IRAQ, "obligation": "the Algiers Agreement", "date": "1980"},
     "agreement"),
    ("Moscow withdrew from the border treaty after Estonia added a preamble.",
     "withdrewObligation", {"state": RUSSIA, "obligation": "the border treaty"}, "treaty"),
    ("Australia suspended talks with Timor-Leste on the maritime boundary in 2013.",
     "suspends", {"party": AUSTRALIA, "date": "2013"}, None),
    ("Ecuador broke off talks with Peru in 1995.",
     "suspends", {"party": ECUADOR, "what": "talks with Peru", "date": "1995"}, None),
    ("Russia froze the ratification of the border treaty in 2005.",
     "suspends", {"party": RUSSIA, "date": "2005"}, None),
    # -- obliges: the document's subject, its "under" phrase, a modal or a passive
    ("The treaty obliges Australia and Timor-Leste to share revenue from Greater Sunrise.",
     "obliges", {"party": TIMOR, "action": "to share revenue from Greater Sunrise"}, "treaty"),
    ("The 2010 treaty requires Norway and Russia to cooperate on fish stocks.",
     "obliges", {"party": NORWAY, "action": "to cooperate on fish stocks"}, "treaty"),
    ("The agreement commits Peru to granting Ecuador access to the Amazon.",
     "obliges", {"party": PERU, "action": "granting Ecuador access to the Amazon"}, "agreement"),
    ("Under the accord, Iraq must respect the thalweg line.",
     "obliges", {"party": IRAQ, "action": "respect the thalweg line"}, "accord"),
    ("Under the treaty, Iran is required to stop supporting the Kurds.",
     "obliges", {"party": IRAN, "action": "to stop supporting the Kurds"}, "treaty"),
    ("Under the treaty, Australia shall pay Timor-Leste 70 percent of the revenue.",
     "obliges", {"party": AUSTRALIA}, "treaty"),
    # -- promisesHandover: a document's terms, a condition (once, provided that, only if), a noun
    ("Iran and Iraq signed the Algiers Agreement in 1975. Under the agreement, Iraq would cede half "
     "of the Shatt al-Arab to Iran once the Kurdish rebellion ended.",
     "promisesHandover", {"territory": SHATT, "from": IRAQ, "to": IRAN,
                          "condition": "the Kurdish rebellion ended"}, "agreement"),
    ("Iran and Iraq signed the Algiers Agreement in 1975. Iraq would hand over the Shatt al-Arab to "
     "Iran provided that Tehran stopped arming the Kurds, the agreement said.",
     "promisesHandover", {"territory": SHATT, "from": IRAQ, "to": IRAN,
                          "condition": "Tehran stopped arming the Kurds"}, "agreement"),
    ("The 1975 Algiers Agreement provided for the handover of part of the Shatt al-Arab to Iran.",
     "promisesHandover", {"territory": SHATT, "to": IRAN}, "agreement"),
    ("The Algiers Agreement promised the return of the Shatt al-Arab to Iran.",
     "promisesHandover", {"territory": SHATT, "to": IRAN}, "agreement"),
    ("Under the Algiers Agreement, the Shatt al-Arab would be handed over to Iran.",
     "promisesHandover", {"territory": SHATT, "to": IRAN}, "agreement"),
    # -- conditionedOn
    ("The accord conditioned the opening of the border on the demarcation of the line.",
     "conditionedOn", {"condition": "the demarcation of the line"}, "accord"),
    ("The treaty says the border will be fixed only after a commission marks it on the ground.",
     "conditionedOn", {"condition": "a commission marks it on the ground"}, "treaty"),
    # of two to-phrases on "tied", the first is the handover's; a gerund after the condition's noun
    ("The accord tied the handover of the Shatt al-Arab to Iran to the withdrawal of Iranian troops.",
     "conditionedOn", {"condition": "the withdrawal of Iranian troops"}, "accord"),
    ("Baghdad's 1975 note conditioned the transfer of the Shatt al-Arab on Iran halting its aid to "
     "the Kurds.",
     "conditionedOn", {"condition": "Iran halting its aid to the Kurds"}, "note"),
    # the document itself promises the handover on the condition: one promisesHandover with it
    # (FORMAT.md; since round 28, the condition of a handover noun made conditional)
    ("The Algiers Agreement made the return of the Shatt al-Arab to Iran conditional on an end to "
     "the Kurdish revolt.",
     "promisesHandover", {"territory": SHATT, "to": IRAN, "condition": "an end to the Kurdish revolt"},
     "agreement"),
    ("The agreement stipulates that the handover of the Shatt al-Arab to Iran will take place once "
     "the border is marked.",
     "promisesHandover", {"territory": SHATT, "to": IRAN, "condition": "the border is marked"},
     "agreement"),
]  # fmt: skip

# Cases still missed: (sentence, relation, arguments, document word, why)
MISSED = [
    ("Estonia put its signature to the border treaty in 2005.",
     "signed", {"parties": {ESTONIA}}, "treaty",
     "one party alone signs nothing (an agreement is between parties): the other is not named"),
    ("Under an agreement struck in 1975, Iran and Iraq shared the waterway.",
     "agreedTo", {"parties": {IRAN, IRAQ}}, None,
     "the participle's doers are the main clause's subject, which no rule reads"),
    ("Iraq is obliged under the 1975 accord to respect the thalweg.",
     "obliges", {"party": IRAQ}, "accord",
     "the parser hangs the infinitive on the document noun of the under-phrase"),
]  # fmt: skip

# (sentence, relation): no such fact
NEGATIVE = [
    # signing a player or a cheque signs no document
    ("Chelsea signed a new striker from Benfica in January.", "signed"),
    ("The minister signed a cheque for the flood victims.", "signed"),
    # a view shared (a that-clause in the indicative, no modal) is no agreement
    ("Peru and Ecuador agreed that the weather had been unusually warm.", "agreedTo"),
    ("Iran and Iraq agreed that the thalweg is the border.", "agreedTo"),
    # negated or planned
    ("Russia has not ratified the border treaty with Estonia.", "signed"),
    ("Estonia and Russia would sign the treaty if the preamble were dropped.", "signed"),
    ("Peru has not acceded to UNCLOS.", "adheresTo"),
    ("Estonia did not suspend talks with Russia.", "suspends"),
    ("Iraq did not abrogate the 1975 treaty.", "withdrewObligation"),
    ("Under the accord, Iraq does not have to respect the line.", "obliges"),
    # a statement that carries what was said is speech, no document issued
    ("Estonia said in a statement that the treaty remained valid.", "issued"),
    # ("X issued a statement saying ..." is issued by X, its words still X's: test_docs32_battery.py)
    ("A statement from the Kremlin said the treaty was dead.", "issued"),
    # what an article is about was not issued; "its" told after the doer may be another's
    ("Estonia's foreign ministry published an article about the border treaty.", "issued"),
    (
        "South Korea summoned a Japanese diplomat to protest Tokyo's claim to Dokdo in its annual "
        "defence white paper.",
        "issued",
    ),
    ("The court put a map on the wall.", "issued"),
    # joining talks or renouncing a claim is no treaty joined or left
    ("Estonia joined the talks on the border in 2005.", "adheresTo"),
    ("Iraq renounced its claim to the Shatt al-Arab.", "suspends"),
    # a club's suspension, a place by a common noun, a demonym's decision
    ("The club suspended its striker for two matches.", "suspends"),
    ("The treaty was drafted in a villa by the sea.", "signed"),
    ("Algeria condemned the French decision on Tuesday.", "issued"),
    # a handover never carried out, refused or planned in a speaker's words happened nowhere
    ("The handover of the Shatt al-Arab to Iran was never carried out.", "handedOverTo"),
    ("Iraq refused to hand the Shatt al-Arab over to Iran.", "handedOverTo"),
    ("Iraq would never hand over the Shatt al-Arab to Iran, Saddam said.", "promisesHandover"),
    # "it" after two documents is neither
    ("The 1984 treaty and the 1881 treaty both matter, and Chile respects it.", "adheresTo"),
    # sanctions are no document; "the government" told by no official is nobody's
    ("Russia imposed sanctions on Estonia in 2022.", "issued"),
    ("The government had sent a note to Moscow, the newspaper said.", "issued"),
    # one side alone announces, or signs up to a deal: nobody agrees (the gold records no agreedTo of
    # one party: dev 33 "the Soviet Union agreed to consider", h46 "Armenia agreed to return")
    ("Ecuador signed up to the peace deal in 1998.", "agreedTo"),
    ("Thailand announced a ceasefire on Monday.", "agreedTo"),
    # joining a convention under a condition not yet met
    ("Peru would accede to the convention if Congress agreed.", "adheresTo"),
    # a ratification is one side's consent to be bound, not a signing with the other
    ("Estonia's parliament ratified the border treaty with Russia in 2005.", "signed"),
]


def test_a_release_is_not_what_it_is_about() -> None:
    """ "a press release on the treaty": the release was issued, not the treaty."""
    found = facts(
        "The Norwegian foreign ministry put out a press release on the treaty in April 2010."
    )
    assert [f.args["document"].label for f in find(found, "issued")] == ["press release"]


def _labels(found, rel: str, want: dict) -> list[str]:
    return [getattr(f.args.get("document"), "label", "").lower() for f in find(found, rel, **want)]


def _check(sentence: str, rel: str, want: dict, doc: str | None) -> None:
    found = facts(sentence)
    assert find(found, rel, **want), shown(found)
    if doc is not None:
        assert any(doc in label for label in _labels(found, rel, want)), shown(found)


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
