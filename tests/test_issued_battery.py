"""Documents issued and disputes named, in sentences written for these tests in the forms of
Reuters, AP, AFP, Xinhua, Kyodo and local papers (issue 12, sixth round).

The conventions, as FORMAT.md and the readable gold record them: a court's ruling, award, judgment
or order is issued by the court (h01, h39, h47, h56, h57), a resolution by the assembly or council
that adopted it (h34, h49, h58), a map, a white paper or a statement by the ministry or state that
put it out (h08, h36, h37); a document named by its issuer's "by" or "from" phrase ("a ruling by the
arbitral tribunal") was issued by it, while an agreement "by" two states is signed, a person's
statement is a statement, and "the decision by Japan to buy" is no document. A decree or a law a
president signs is recorded as his signing, not as an act his state issued (h01 "Maduro signed a
law": signed by Maduro; dev 40 Putin's decree: no issued fact). Disputes: "the row
between A and B over X", "at loggerheads", "the A-B dispute", "X, disputed by A and B".
"""

from __future__ import annotations

import pytest
from helpers import CHINA, JAPAN, SENKAKU, facts, find

UK, MAURITIUS = "state/united-kingdom", "state/mauritius"


def _issued(text: str) -> list[tuple[str, str, object]]:
    """(issuer label, document label, date) of each issued fact, lower case."""
    return [
        (
            f.args["issuer"].label.lower(),
            f.args["document"].label.lower(),
            f.args.get("date"),
        )
        for f in facts(text)
        if f.rel == "issued" and not f.negated
    ]


# (sentence, a word of the issuer's label, a word of the document's label, the date's start or None)
ISSUED = [
    # -- a verb of the class, active and passive, a particle, a participle before the clause
    (
        "The International Court of Justice handed down its ruling on the Chagos Islands in "
        "February 2019.",
        "court of justice",
        "ruling",
        "2019-02",
    ),
    (
        "The tribunal delivered its award on the South China Sea in July 2016.",
        "tribunal",
        "award",
        "2016-07",
    ),
    (
        "The UN General Assembly adopted a resolution on the Chagos Islands in May 2019.",
        "general assembly",
        "resolution",
        "2019-05",
    ),
    (
        "China's Ministry of Natural Resources published a new map on Monday.",
        "natural resources",
        "map",
        "2020-05-04",
    ),
    (
        "The map was published by China's Ministry of Natural Resources on Monday.",
        "natural resources",
        "map",
        "2020-05-04",
    ),
    (
        "In a statement released on Monday, the Japanese Foreign Ministry protested the move.",
        "ministry",
        "statement",
        "2020-05-04",
    ),
    (
        "The resolution, adopted by the UN General Assembly in 2019, demanded that Britain leave "
        "the Chagos.",
        "general assembly",
        "resolution",
        "2019",
    ),
    (
        "Japan's Defense Ministry released a white paper on Tuesday.",
        "defence",
        "white paper",
        "2020-05-05",
    ),
    (
        "Beijing issued a statement on Monday rejecting the ruling.",
        "china",
        "statement",
        "2020-05-04",
    ),
    # -- the issuer in the document's own "by"/"from" phrase (rules/issued_by.py)
    (
        "A ruling by the arbitral tribunal in The Hague in 2016 rejected China's claims in the "
        "South China Sea.",
        "tribunal",
        "award",
        "2016",
    ),
    (
        "The 2016 award by the Permanent Court of Arbitration was rejected by Beijing.",
        "permanent court",
        "award",
        "2016",
    ),
    (
        "The Philippines welcomed a ruling by the International Court of Justice on Monday.",
        "court of justice",
        "ruling",
        None,
    ),
    (
        "Beijing rejected the judgment from the International Court of Justice, issued in 2019.",
        "court of justice",
        "judgment",
        "2019",
    ),
    (
        "A resolution by the UN Security Council in August 2006 ended the war.",
        "security council",
        "resolution",
        "2006-08",
    ),
    (
        "Mauritius hailed a resolution from the UN General Assembly in May 2019.",
        "general assembly",
        "resolution",
        "2019",
    ),
    (
        "London rejected the advisory opinion by the International Court of Justice.",
        "court of justice",
        "opinion",
        None,
    ),
]


@pytest.mark.parametrize(("text", "issuer", "document", "date"), ISSUED)
def test_issued(text: str, issuer: str, document: str, date: str | None) -> None:
    found = _issued(text)
    assert any(
        issuer in i and document in d and (date is None or str(when or "").startswith(date))
        for i, d, when in found
    ), found


MISSED = [
    (
        "The ruling, which the tribunal issued in July 2016, was rejected by Beijing.",
        "tribunal",
        "ruling",
        "2016-07",
        "the small model hangs the relative clause on its subject ('tribunal ... issued' as acl)",
    ),
    (
        "The award the tribunal delivered in 2016 was rejected by China.",
        "tribunal",
        "award",
        "2016",
        "a relative clause without 'that', misparsed the same way",
    ),
    (
        "Manila cited a 2016 ruling by an international tribunal in The Hague.",
        "tribunal",
        "ruling",
        "2016",
        "'an international tribunal' is no organisation mention",
    ),
    (
        "A statement from the Chinese Foreign Ministry on Tuesday called the visit a provocation.",
        "ministry",
        "statement",
        None,
        "a statement that no verb issues is no document mention",
    ),
]


@pytest.mark.parametrize(
    ("text", "issuer", "document", "date"),
    [
        pytest.param(*case[:4], marks=pytest.mark.xfail(strict=True, reason=case[4]))
        for case in MISSED
    ],
)
def test_issued_missed(text: str, issuer: str, document: str, date: str | None) -> None:
    test_issued(text, issuer, document, date)


NOT_ISSUED = [
    "The Chinese embassy issued a warning to its citizens.",
    "The court issued a warning to the journalist.",
    "The ruling party won the election.",
    "The opposition disputed the results of the election.",
    "An agreement by Japan and Russia in 1956 ended the state of war.",
    "A statement by Prime Minister Fumio Kishida on Monday said the islands were Japanese.",
    "The decision by Japan to buy the islands angered China.",
    "A protest by fishermen from China was broken up by police.",
    "The treaty by Britain and Mauritius was signed in London.",
    # a decree or a law an official signs is his signing (h01 "Maduro signed a law": signed)
    "A decree signed by Russian President Vladimir Putin declared the islands a special zone.",
    "Venezuelan President Nicolas Maduro on Wednesday signed a law on the Essequibo region.",
]


@pytest.mark.parametrize("text", NOT_ISSUED)
def test_not_issued(text: str) -> None:
    assert not _issued(text)


DISPUTES = [
    "The row between Japan and China over the Senkaku Islands has escalated.",
    "Japan and China are at loggerheads over the Senkaku Islands.",
    "The Japan-China dispute over the Senkaku Islands flared again.",
    "The Senkaku Islands, disputed by Japan and China, lie in the East China Sea.",
    "The Senkakus are claimed by both Japan and China in a long-running territorial spat.",
    "Japan and China have been locked in a territorial spat over the Senkaku Islands for decades.",
    "Japan remains at odds with China over the Senkaku Islands, officials said.",
    "The Senkaku Islands are at the heart of a dispute between Japan and China.",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_disputes(text: str) -> None:
    assert find(facts(text), "disputes", parties={JAPAN, CHINA}, territory=SENKAKU)


# "their dispute" told below another doer: "their" is the nearest subject above naming two states
THEIR = [
    (
        "Botswana and Namibia agreed on Thursday to set up joint patrols, years after the court "
        "settled their dispute over Kasikili Island.",
        {"state/botswana", "state/namibia"},
        "territory/kasikili-island",
    ),
    (
        "India and Nepal have pledged to keep talking, though mediators failed to end their row over "
        "Kalapani.",
        {"state/india", "state/nepal"},
        "territory/kalapani",
    ),
    (
        "Guyana and Venezuela said on Monday that they would meet again after Brazil urged calm in "
        "their dispute over the Essequibo region.",
        {"state/guyana", "state/venezuela"},
        "territory/guayana-esequiba",
    ),
]


@pytest.mark.parametrize(("text", "parties", "territory"), THEIR)
def test_their_dispute(text: str, parties: set[str], territory: str) -> None:
    assert find(facts(text), "disputes", parties=parties, territory=territory)


NOT_DISPUTES = [
    "The court settled their dispute over the Senkaku Islands.",
    "The opposition disputed the results of the election in Japan.",
    "Japan and China are at odds over fishing quotas in the East China Sea.",
    "Britain and Mauritius ended a dispute over fishing licences.",
]


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_not_disputes(text: str) -> None:
    assert not [f for f in facts(text) if f.rel == "disputes"]


def test_their_dispute_is_not_the_urgers() -> None:
    """ "after Brazil urged calm in their dispute": "their" names the parties, Brazil is none."""
    text = (
        "Guyana and Venezuela said on Monday that they would meet again after Brazil urged calm in "
        "their dispute over the Essequibo region."
    )
    found = [f for f in facts(text) if f.rel == "disputes"]
    assert found
    assert all("state/brazil" not in {e.key for e in f.args["parties"]} for f in found)
