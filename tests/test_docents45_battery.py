"""Notifications, minutes and licences are documents where a verb issues or signs them (issue 12,
round 25, docents45).

"India's Ministry of Commerce issued a notification on Friday listing 36 goods", "both delegations
signed the minutes", "the licences issued last week by Jersey's government": the nouns are no
document alone ("within minutes", "a notification of the result"), so they join the nouns a
document verb must act on (``acted_document_nouns`` in data/lexicon.yaml), and the issuing or the
signing is read from the parse like that of a map or a report. Seen in study articles of three
batches (h166, h279, h291). Sentences written for these tests, about disputes outside the
never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

from kg.model import Entity

_INDIA, _NIGERIA, _CAMEROON, _FRANCE = (
    "state/india",
    "state/nigeria",
    "state/cameroon",
    "state/france",
)


def _documents(text: str, rel: str, role: str, key: str) -> list[str]:
    """The labels of the documents ``rel`` facts give the entity ``key`` in ``role``."""
    out = []
    for f in facts(text):
        who = f.args.get(role)
        keys = {e.key for e in who} if isinstance(who, tuple) else {getattr(who, "key", None)}
        doc = f.args.get("document")
        if f.rel == rel and not f.negated and key in keys and isinstance(doc, Entity):
            out.append(doc.label)
    return out


# the same issuing: active, passive, a participle after the noun, an inserted clause, another verb
NOTIFIED = [
    "India issued a notification on Friday listing 36 goods that may be traded across the pass.",
    "A notification was issued by India on Friday listing 36 goods that may be traded.",
    "Traders studied the notification, issued by India on Friday, which lists 36 goods.",
    "India, after months of talks with Beijing, issued a notification on Friday listing the goods.",
    "India published a notification on Friday listing 36 goods that may be traded.",
]


@pytest.mark.parametrize("text", NOTIFIED)
def test_an_issued_notification_is_a_document(text: str) -> None:
    assert "notification" in _documents(text, "issued", "issuer", _INDIA), shown(facts(text))


SIGNED_MINUTES = [
    "Nigeria and Cameroon signed the minutes of the commission's meeting in August 2003.",
    "The minutes were signed by Nigeria and Cameroon in August 2003.",
    "In August 2003, after two days of talks in Yaounde, Nigeria and Cameroon signed the minutes.",
    "Nigeria and Cameroon, whose delegations met in Yaounde, signed the minutes in August 2003.",
]


@pytest.mark.parametrize("text", SIGNED_MINUTES)
def test_signed_minutes_are_a_document(text: str) -> None:
    found = facts(text)
    signed = find(found, "signed", parties={_NIGERIA, _CAMEROON})
    assert any(f.args["document"].label == "minutes" for f in signed), shown(found)


LICENSED = [
    "France issued fishing licences to 40 trawlers last week.",
    "Fishing licences were issued by France to 40 trawlers last week.",
    "The trawlers hold fishing licences issued by France last week.",
]


@pytest.mark.parametrize("text", LICENSED)
def test_issued_licences_are_a_document(text: str) -> None:
    assert "fishing licences" in _documents(text, "issued", "issuer", _FRANCE), shown(facts(text))


# the nouns alone, or under a verb that issues nothing, name no document
NO_DOCUMENT = [
    "Within minutes, Indian troops reached the pass, and Nigeria signed nothing.",
    "The talks between Nigeria and Cameroon lasted 40 minutes.",
    "India received a notification of the result from the commission on Friday.",
    "France waited for licences that never came.",
    "Nigeria read the minutes of the meeting with Cameroon.",
]


@pytest.mark.parametrize("text", NO_DOCUMENT)
def test_the_nouns_alone_name_no_document(text: str) -> None:
    found = facts(text)
    labels = {
        a.label
        for f in found
        for a in f.args.values()
        if isinstance(a, Entity) and a.kind == "Document"
    }
    assert not labels & {"minutes", "notification", "licences"}, shown(found)
