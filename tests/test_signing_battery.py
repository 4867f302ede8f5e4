"""Signing, parties and counterparts of documents, and adherence, as agencies write them (issue 12,
signing on unseen text).

Sentences written for these tests, in the forms Reuters, AP, AFP, Kyodo, TASS or a local paper
use: a dated document's counterpart in its own with/between phrase ("Peru's 1998 treaty with
Ecuador"), signatures put on or to a document, "cosigned", "countersigned", an instrument of
surrender, "signatories to the treaty include A and B", a signing by A and B that a third state
condemns; "Under an agreement struck in 1998, A and B ..." and "the accord A struck with B" as an
agreement of the parties; a document regarded as binding, valid or in force as adherence. As
FORMAT.md and the gold have it, ``signed`` has the parties (two at least, or a head who signs a
law or a surrender) and the document, ``adheresTo`` the party and the document. Each negative (a
leader who welcomes a signing, a signing postponed or planned, an undated treaty still sought, a
document no longer regarded as binding, a view asked of another or hedged) must yield no such fact.
"""

from __future__ import annotations

import pytest
from helpers import CHINA, JAPAN, RUSSIA, UK, USSR, facts, find, shown

PERU, ECUADOR = "state/peru", "state/ecuador"
NORWAY, PHILIPPINES = "state/norway", "state/philippines"
ARMENIA, AZERBAIJAN = "state/armenia", "state/azerbaijan"


#: The main clause's subject as the parties of the agreement it acts under: read so (a slot of
#: the under-phrase), it found these but cost a false fact in two never-read batches, so dropped.
_UNDER = "the doers of the clause under an agreement are not read as its parties"


def _case(text: str, rel: str, want: dict, xfail: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, rel, want, marks=marks, id=text[:60])


def _signed(text: str, parties: set[str], xfail: str | None = None):
    return _case(text, "signed", {"parties": parties}, xfail)


def _adheres(text: str, party: str, xfail: str | None = None):
    return _case(text, "adheresTo", {"party": party}, xfail)


def _agreed(text: str, parties: set[str], xfail: str | None = None):
    return _case(text, "agreedTo", {"parties": parties}, xfail)


POSITIVE = [
    # -- the counterpart in the document's own with/between phrase (a dated document)
    _signed("Peru's 1998 treaty with Ecuador ended the border war.", {PERU, ECUADOR}),
    _signed(
        "The 2010 treaty between Norway and Russia settled the Barents Sea boundary.",
        {NORWAY, RUSSIA},
    ),
    _signed(
        "Lima, however, says Peru's 1998 treaty with Ecuador settled the matter.", {PERU, ECUADOR}
    ),
    _signed(
        "Peru's 1998 peace treaty with Ecuador settled the matter.",
        {PERU, ECUADOR},
        xfail="'peace treaty' is read as one sought, so the mention has no date of its own",
    ),
    _signed(
        "The border was fixed by Peru's 1998 treaty with Ecuador, officials said on Tuesday.",
        {PERU, ECUADOR},
    ),
    _signed(
        "Russia still cites the treaty between Norway and Russia that was concluded in 2010.",
        {NORWAY, RUSSIA},
    ),
    _signed("Ecuador's 1942 protocol with Peru was later rejected by Quito.", {PERU, ECUADOR}),
    _signed("The 2019 Turkey-Libya deal angered Greece.", {"state/turkey", "state/libya"}),
    _signed(
        "The 1956 Soviet-Japanese declaration restored ties.",
        {JAPAN, USSR},
        xfail="the gazetteer's name 'Soviet-Japanese declaration' takes the demonyms into the document's mention",
    ),
    # -- signatures put on or to a document
    _signed(
        "Japan and the Soviet Union put their signatures on the declaration in 1956.", {JAPAN, USSR}
    ),
    _signed(
        "Japan and the Soviet Union put their signatures to the declaration in 1956.", {JAPAN, USSR}
    ),
    _signed(
        "In 1956, Japan and the Soviet Union again put their signatures on a joint declaration.",
        {JAPAN, USSR},
    ),
    _signed(
        "Japan and China put their signatures on the treaty on Tuesday, Xinhua reported.",
        {JAPAN, CHINA},
    ),
    # -- cosigned, countersigned (another verb of the class, active and passive)
    _signed("Britain cosigned the treaty with China in 1984.", {UK, CHINA}),
    _signed("Britain co-signed the joint declaration with China in 1984.", {UK, CHINA}),
    _signed("Britain and China countersigned the treaty on Tuesday.", {UK, CHINA}),
    _signed("The treaty was countersigned by Britain and China in 1984.", {UK, CHINA}),
    # -- an instrument of surrender is a document; one state signs it
    _signed("Japan signed the instrument of surrender in 1945.", {JAPAN}),
    _signed(
        "The instrument of surrender was signed by Japan aboard the USS Missouri in 1945.", {JAPAN}
    ),
    # -- "signatories include"
    _signed("Signatories to the treaty include Japan and China.", {JAPAN, CHINA}),
    _signed("Signatories of the accord include Peru and Ecuador.", {PERU, ECUADOR}),
    _signed("The signatories of the 1959 treaty include Britain and China.", {UK, CHINA}),
    _signed(
        "Signatories to the treaty, which was concluded in 1959, include Britain and China.",
        {UK, CHINA},
    ),
    # -- a signing by A and B that a third state reacts to: the signers are the noun's own
    _signed(
        "China condemned the signing of the agreement by Japan and the Philippines.",
        {JAPAN, PHILIPPINES},
    ),
    _signed(
        "Beijing has sharply criticised the signing of the defence pact by Japan and the Philippines.",
        {JAPAN, PHILIPPINES},
    ),
    # -- adherence: a document regarded as binding, valid or in force
    _adheres("Japan regards the 1956 declaration as binding.", JAPAN),
    # the basis it holds a document to be recognises the document (FORMAT.md: "still recognises");
    # "no longer regards it as a basis" is none
    _adheres("Tokyo views the 1956 declaration as the basis for talks.", JAPAN),
    _adheres("Russia considers the treaty in force.", RUSSIA),
    _adheres("Russia still regards the treaty as valid.", RUSSIA),
    _adheres("Russia considers the treaty binding.", RUSSIA),
    _adheres("London, however, views the 1984 declaration as a binding international treaty.", UK),
    _adheres("Japan has always regarded the declaration as legally binding.", JAPAN),
    _adheres(
        "Japan considers the 1956 declaration, signed by both countries, to be in force.", JAPAN
    ),
    _adheres("Japan, however, regards the 1956 declaration as binding, Kono said.", JAPAN),
    _adheres("Kono said that Japan regards the declaration as still binding.", JAPAN),
    _adheres("Kono said Japan considers the treaty in force.", JAPAN),
    _adheres("Prime Minister Shinzo Abe said Japan regards the declaration as binding.", JAPAN),
    _adheres("Japan regards the declaration, which Moscow signed in 1956, as binding.", JAPAN),
    _adheres("Russia considers the treaty in force, Lavrov said on Tuesday.", RUSSIA),
    # a small clause ('the treaty still in force'): the document held in force (rules/upheld.py)
    _adheres("Japan, Abe said, considers the treaty still in force.", JAPAN),
    _adheres(
        "Japan deems the 1956 declaration valid.",
        JAPAN,
        xfail="the parser reads 'declaration' as a compound of 'valid', the verb's object",
    ),
    # 'declaration' read as a compound of 'valid': the predicate's own misread (rules/upheld.py)
    _adheres("Japan, however, still considers the 1956 declaration valid, Kono said.", JAPAN),
    # -- an agreement of the parties: "under an agreement", "the accord A struck with B"
    _agreed(
        "Under an agreement struck in 1998, Peru and Ecuador fixed the border.",
        {PERU, ECUADOR},
        xfail=_UNDER,
    ),
    _agreed(
        "Under an agreement reached in 1998 between Peru and Ecuador, the border was fixed.",
        {PERU, ECUADOR},
    ),
    _agreed(
        "Under a 1998 agreement, Peru and Ecuador set up a binational commission.",
        {PERU, ECUADOR},
        xfail=_UNDER,
    ),
    _agreed("The accord Japan struck with the Soviet Union in 1956 restored ties.", {JAPAN, USSR}),
    _agreed(
        "Under the accord Japan struck with the Soviet Union in 1956, Moscow promised two islands.",
        {JAPAN, USSR},
    ),
    _agreed(
        "Armenia and Azerbaijan, under a deal brokered by Russia, exchanged prisoners on Tuesday.",
        {ARMENIA, AZERBAIJAN},
        xfail=_UNDER,
    ),
]

#: (sentence, relation that must not be found, arguments that must not be in it)
NEGATIVE = [
    # leaders who welcome, hail or condemn a signing are no signers
    ("Putin welcomed the signing of the treaty between Japan and Russia.", "signed", {}),
    ("Moscow hailed the signing of the accord.", "signed", {}),
    ("Peru and Ecuador welcomed the signing of the treaty.", "signed", {}),
    (
        "China condemned the signing of the agreement by Japan and the Philippines.",
        "signed",
        {"parties": {JAPAN, PHILIPPINES, CHINA}},
    ),
    # a signing postponed, cancelled or planned, a treaty still sought, one party alone
    ("The signing of the accord by Armenia and Azerbaijan was postponed.", "signed", {}),
    ("The planned signing of the accord by Armenia and Azerbaijan was cancelled.", "signed", {}),
    ("Japan still seeks a peace treaty with Russia.", "signed", {}),
    ("Talks on a peace treaty between Japan and Russia stalled.", "signed", {}),
    ("China countersigned the treaty.", "signed", {}),
    ("The talks between Norway and Russia that concluded in 2010 were long.", "signed", {}),
    ("Japan refused to put its signature on the declaration.", "signed", {}),
    ("The signatories include Japan and China.", "signed", {}),
    # no longer, not, or hedged: no adherence
    ("Russia no longer regards the declaration as binding.", "adheresTo", {}),
    ("Russia no longer considers the treaty valid.", "adheresTo", {}),
    ("Russia does not consider the treaty valid.", "adheresTo", {}),
    ("Russia regards the treaty as no longer valid.", "adheresTo", {}),
    ("Russia regards the treaty as null and void.", "adheresTo", {}),
    ("Tokyo would consider the treaty binding if Moscow returned the islands.", "adheresTo", {}),
    ("Japan urged Russia to regard the declaration as binding.", "adheresTo", {}),
    ("Japan regards Russia as a partner.", "adheresTo", {}),
    ("London no longer views the 1984 declaration as a binding treaty.", "adheresTo", {}),
    ("Japan wants Russia to put its signature on the treaty.", "signed", {}),
    ("Japan and Russia have not put their signatures on any peace treaty.", "signed", {}),
    (
        "Under the Treaty of Peace and Friendship signed by the two countries in 1904, Bolivia ceded the coast.",
        "agreedTo",
        {},
    ),
    # under a deal, one side alone agrees nothing
    ("Under the deal, Russia will hand over two islands.", "agreedTo", {}),
    ("Under Russian law, the islands are part of the Sakhalin region.", "agreedTo", {}),
]


@pytest.mark.parametrize(("text", "rel", "want"), POSITIVE)
def test_signing_found(text: str, rel: str, want: dict) -> None:
    found = facts(text)
    assert find(found, rel, **want), shown(found)


@pytest.mark.parametrize(("text", "rel", "unwanted"), NEGATIVE, ids=[t[0][:60] for t in NEGATIVE])
def test_no_signing(text: str, rel: str, unwanted: dict) -> None:
    found = facts(text)
    assert not find(found, rel, **unwanted), shown(found)


def test_a_dated_document_with_its_counterpart_takes_its_date() -> None:
    """ "Peru's 1998 treaty with Ecuador": signed in 1998, by both."""
    found = facts("Peru's 1998 treaty with Ecuador ended the border war.")
    signed = find(found, "signed", parties={PERU, ECUADOR})
    assert signed and signed[0].args.get("date") == "1998", shown(found)


def test_an_undated_treaty_with_a_counterpart_signs_nothing() -> None:
    """ "Peru's treaty with Ecuador" without a date may still be sought: no signing."""
    found = facts("Peru wants a treaty with Ecuador on the river.")
    assert not find(found, "signed"), shown(found)
