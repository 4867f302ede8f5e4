"""Documents told in the plural or with a number ("two protocols", "the accords"), and the
document a withdrawn pledge was made in ("its 2004 pledge", "that pledge") (issue 12, sixteenth
round, cond34).

Seen in two writers' articles each: "annulled two protocols it signed", "signed two treaties" (no
document where a number stood before the noun), "the protocols" minted as "protocol" and never
meeting an annotator's plural name; "pulled out of its 2004 pledge" (T23) and "abandoned that
pledge" (T31), withdrawals whose document the article had told before. Sentences written for
these tests, in news style, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts

from kg.model import Entity


def _names(doc: object) -> set[str]:
    """A document's label and aliases, lower case."""
    assert isinstance(doc, Entity), doc
    return {doc.label.lower(), *(a.lower() for a in doc.aliases)}


def _documents(text: str, rel: str) -> list[set[str]]:
    return [_names(f.args["document"]) for f in facts(text) if f.rel == rel and not f.negated]


# (article, relation, a name the document must be called by)
PLURAL = [
    # a number before the plural noun: a document, called as written
    (
        "Armenia has formally annulled two protocols it signed with Turkey in 2009.",
        "withdrewObligation",
        "protocols",
    ),
    (
        "Azerbaijan on Friday scrapped two accords it had signed with Iran in 2010.",
        "withdrewObligation",
        "accords",
    ),
    (
        "Mauritius and Seychelles signed two treaties in Port Louis on Tuesday.",
        "signed",
        "treaties",
    ),
    (
        "Estonia and Russia signed two agreements in Moscow on Wednesday.",
        "signed",
        "agreements",
    ),
    # the plural with "the", by another relation
    (
        "The protocols could enter into force only once they had been ratified by the "
        "parliaments of both countries.",
        "conditionedOn",
        "protocols",
    ),
    (
        "Serbia and Kosovo signed the agreements in 2013. Kosovo later withdrew from the "
        "agreements.",
        "withdrewObligation",
        "agreements",
    ),
]


@pytest.mark.parametrize("text, rel, name", PLURAL)
def test_a_plural_document_keeps_its_plural_name(text, rel, name):
    names = _documents(text, rel)
    assert names, f"no {rel}"
    assert any(name in n for n in names), names


# (article, the year the document of the withdrawn pledge must have)
PLEDGED = [
    (
        "Russia pledged to hand the site over to Kazakhstan under an agreement signed in 2004. "
        "Russia later pulled out of its 2004 pledge to finance the project.",
        "2004",
    ),
    (
        "Under a memorandum signed in 2011, Turkey promised to return the villages to Georgia. "
        "In 2015 Turkey backed away from its 2011 pledge to pay for the new road.",
        "2011",
    ),
    (
        "In 1948 Britain and France pledged in the Tripartite Declaration that the Free "
        "Territory would be returned to Italy. Britain quietly abandoned that pledge after "
        "Tito broke with Moscow.",
        None,
    ),
    (
        "Under a 1956 declaration, the Soviet Union promised to hand Shikotan over to Japan. "
        "The Soviet Union later reneged on that pledge, citing the new security treaty.",
        "1956",
    ),
]


@pytest.mark.parametrize("text, year", PLEDGED)
def test_a_withdrawn_pledge_takes_the_document_it_was_made_in(text, year):
    found = [
        f.args["document"] for f in facts(text) if f.rel == "withdrewObligation" and not f.negated
    ]
    assert found, "no withdrewObligation"
    doc = found[0]
    assert isinstance(doc, Entity), found
    if year is not None:
        assert doc.date is not None and doc.date.startswith(year), doc


# near-misses: no document the pledge was made in is told, so none is taken
NO_DOCUMENT = [
    # a pledge of another year than the one document told
    "Russia signed an agreement with Kazakhstan in 2004. Russia later pulled out of its 2009 "
    "pledge to finance the project.",
    # a pledge with no pointing word, and no promise told before
    "Chile signed a treaty with Peru in 1929. Peru said Chile had abandoned a pledge to build "
    "a pier.",
]


@pytest.mark.parametrize("text", NO_DOCUMENT)
def test_no_document_without_one_that_made_the_pledge(text):
    for f in facts(text):
        if f.rel == "withdrewObligation" and "pledge" in str(f.args.get("obligation")):
            assert f.args.get("document") is None, f.args


# (article, the state that suspends): an official suspends for the state the office is of
SUSPENDED_BY = [
    (
        "Armenian President Serzh Sargsyan spoke on Monday. In April 2010, Sargsyan suspended "
        "the ratification process.",
        "Armenia",
    ),
    (
        "Russian Foreign Minister Sergei Lavrov suspended the talks with Japan on Monday.",
        "Russia",
    ),
    (
        "The talks were suspended on Friday by Kyrgyz President Sadyr Japarov, who cited the "
        "clashes at the border.",
        "Kyrgyzstan",
    ),
    (
        "Colombia's president, Gustavo Petro, froze the border commission's work in May.",
        "Colombia",
    ),
]


@pytest.mark.parametrize("text, state", SUSPENDED_BY)
def test_an_official_suspends_for_the_state(text, state):
    parties = [f.args["party"] for f in facts(text) if f.rel == "suspends" and not f.negated]
    assert parties, "no suspends"
    assert all(isinstance(p, Entity) and p.label == state for p in parties), parties


def test_a_person_of_no_state_told_stays_the_party():
    """No office, no gazetteer state: the person named is the party still."""
    text = "Mehmet Yilmaz suspended the hunger strike talks with the ministry on Monday."
    for f in facts(text):
        if f.rel == "suspends":
            assert isinstance(f.args["party"], Entity)
            assert f.args["party"].kind != "State", f.args


# "the documents" (and "they" after it) stand for the documents just named
DOCUMENTS_REFERRED = [
    (
        "Armenia and Turkey signed two protocols in Zurich in 2009. But the documents could "
        "enter into force only once they had been ratified by both parliaments.",
        "protocols",
    ),
    (
        "Cambodia and Vietnam on Saturday signed a supplementary treaty. A protocol on the "
        "demarcation was signed at the same ceremony. The new documents must be ratified by "
        "both parliaments before they take effect.",
        "treaty",
    ),
    (
        "Kosovo and Montenegro signed two agreements in Vienna in 2015. These documents will "
        "take effect only after both parliaments approve them.",
        "agreements",
    ),
]


@pytest.mark.parametrize("text, name", DOCUMENTS_REFERRED)
def test_the_documents_are_those_named_before(text, name):
    names = _documents(text, "conditionedOn")
    assert names, "no conditionedOn"
    assert any(name in n for n in names), names
