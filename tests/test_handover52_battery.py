"""Promised handovers, their conditions and adherence as news words them (issue 12, round 32,
handover52).

- A condition the parser joins to the promise as a conjunct ("Russia would hand the area over to
  Estonia, but only once the treaty had been ratified"; h430) is a condition all the same: "if",
  "once" or "unless" makes the clause subordinate (grammar/condition_clauses.py, mood.yaml
  conditions.conjunct_marks). A clause told with "and when"/"and after" stays no condition.
- Where a promise is told both with what is given in return ("in exchange for land elsewhere")
  and with a condition a clause sets, the clause is the promise's condition
  (rules/promise_terms.py); alone, "in exchange for" stays the condition.
- A promised withdrawal from a stretch a land's name places ("withdraw from the kelp grounds
  around Kaigara Island", "pull out of the waters off X"; h448) is a promise to give back that
  land (rules/withdrawals.py, the described-land nouns and locating prepositions of
  data/lexicon/places.yaml). A stretch with no land named after it gives none.
- A relative clause whose verb of saying reports a clause without its object ("a ruling Windhoek
  says it has fully respected", "a finding that Ukraine says it still respects"; h432, h379): that
  clause's object is the noun the relative clause describes (grammar/object_roles.py), where a
  named sayer says it of itself ("it", "they", "we"): "a proposal he said India had not accepted"
  and "a judgment the company said it did not accept" read no object so.
- An order-in-council is a document (data/lexicon/documents.yaml): "Kenya relies on the 1926
  order-in-council by which Britain moved the boundary" holds it valid (h461).

Sentences written for these tests (other states, lands and documents than the articles').
"""

from __future__ import annotations

import pytest
from helpers import adherence, facts, promises

CONJUNCT_CONDITIONS = [
    pytest.param(
        "RIGA, May 4 (Reuters) - Latvia protested to Russia on Monday. Under the border treaty the"
        " two countries signed in 2007, Russia would hand Abrene over to Latvia in exchange for"
        " land elsewhere, but only once the treaty had been ratified by both parliaments.",
        ("Russia", "Latvia", "the treaty had been ratified by both parliaments"),
        id="exchange-then-only-once",
    ),
    pytest.param(
        "ASMARA, May 4 (Reuters) - Eritrea and Ethiopia signed an agreement in Algiers. Under the"
        " agreement, Ethiopia will transfer Badme to Eritrea, but only if the boundary commission"
        " has marked the line on the ground.",
        ("Ethiopia", "Eritrea", "the boundary commission has marked the line on the ground"),
        id="but-only-if",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONJUNCT_CONDITIONS)
def test_a_condition_parsed_as_a_conjunct(text: str, expected: tuple[str, str, str]) -> None:
    giver, receiver, condition = expected
    found = [(f, t, cond) for _, _, f, t, cond in promises(text)]
    assert (giver, receiver, condition) in found


def test_exchange_alone_stays_the_condition() -> None:
    text = (
        "RIGA, May 4 (Reuters) - Latvia protested to Russia on Monday. Under the border treaty the"
        " two countries signed in 2007, Russia would hand Abrene over to Latvia in exchange for"
        " land elsewhere."
    )
    conditions = [cond for *_, cond in promises(text)]
    assert conditions and all(c is not None and "land elsewhere" in c for c in conditions)


def test_a_deed_told_after_and_when_gains_no_condition() -> None:
    text = (
        "ASMARA, May 4 (Reuters) - Eritrea and Ethiopia signed an agreement in Algiers. Under the"
        " agreement, Ethiopia will transfer Badme to Eritrea, and when the commission met in"
        " 2003 the two sides quarrelled."
    )
    conditions = [cond for *_, cond in promises(text)]
    assert not any(c and "quarrelled" in c for c in conditions)


WITHDRAWALS = [
    pytest.param(
        "TOKYO, May 4 (Kyodo) - Japan and Russia signed a fisheries protocol on Thursday. Under its"
        " terms, Russian border guard vessels will withdraw from the fishing grounds around"
        " Shikotan, provided that every Japanese boat carries a tracking beacon.",
        ("Shikotan", "Russia", "Japan"),
        id="grounds-around",
    ),
    pytest.param(
        "MANILA, May 4 (Reuters) - The Philippines and China signed a memorandum on Monday. Under"
        " the memorandum, Chinese navy vessels will withdraw from the waters off Scarborough"
        " Shoal once the Philippines removes its buoys.",
        ("Scarborough Shoal", "China", "Philippines"),
        id="waters-off-passive-doer-in-condition",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITHDRAWALS)
def test_a_withdrawal_from_a_placed_stretch(text: str, expected: tuple[str, str, str]) -> None:
    land, giver, receiver = expected
    assert any((terr, frm, to) == (land, giver, receiver) for _, terr, frm, to, _ in promises(text))


def test_a_stretch_with_no_land_named_gives_none() -> None:
    text = (
        "TOKYO, May 4 (Kyodo) - Japan and Russia signed a fisheries protocol on Thursday. Under its"
        " terms, Russian border guard vessels will withdraw from the fishing grounds for the"
        " season, provided that every Japanese boat carries a tracking beacon."
    )
    assert promises(text) == []


SAID_RELATIVES = [
    pytest.param(
        "GABORONE, May 4 (Reuters) - The International Court of Justice in 1999 awarded Sedudu"
        " island to Botswana, a ruling Namibia says it has fully respected.",
        ("Namibia", "ruling of 1999"),
        id="ruling-says-it-respected",
    ),
    pytest.param(
        "LIMA, May 4 (Reuters) - Chile cited the 1929 Treaty of Lima, which Peru insists it"
        " still honours.",
        ("Peru", "Treaty of Lima"),
        id="which-insists-honours",
    ),
]


@pytest.mark.parametrize(("text", "pair"), SAID_RELATIVES)
def test_a_relative_clause_past_a_verb_of_saying(text: str, pair: tuple[str, str]) -> None:
    assert pair in adherence(text)


def test_a_deed_said_of_another_takes_no_object() -> None:
    text = (
        "NEW DELHI, May 4 (Reuters) - Nepal sent a note on the Lipulekh pass, a proposal he said"
        " India had not accepted."
    )
    assert not any(f.rel == "rejectsClaim" and not f.negated for f in facts(text))


def test_a_duty_said_of_another_is_no_adherence() -> None:
    text = (
        "BEIJING, May 4 (Reuters) - China rejected the 2016 ruling, which Manila says Beijing"
        " must respect."
    )
    assert ("China", "ruling of 2016") not in adherence(text)


ORDERS_IN_COUNCIL = [
    pytest.param(
        "KAMPALA, May 4 (Reuters) - Uganda relies on the 1926 order-in-council by which Britain"
        " moved the boundary of the protectorate, its foreign minister said.",
        ("Uganda", "order-in-council of 1926"),
        id="relies-on-hyphenated",
    ),
    pytest.param(
        "OTTAWA, May 4 (Reuters) - Canada stands by the 1880 Order in Council that transferred"
        " the Arctic islands from Britain, the minister said.",
        ("Canada", "order-in-council of 1880"),  # one spelling labels it (one label per IRI)
        id="stands-by-spaced",
    ),
]


@pytest.mark.parametrize(("text", "pair"), ORDERS_IN_COUNCIL)
def test_an_order_in_council_is_a_document(text: str, pair: tuple[str, str]) -> None:
    party, document = pair
    assert any(
        p == party and d is not None and d.lower() == document.lower() for p, d in adherence(text)
    )


def test_an_order_of_the_council_is_no_document() -> None:
    text = (
        "KAMPALA, May 4 (Reuters) - Uganda stands by the order in which the council listed the"
        " islands, its foreign minister said."
    )
    assert not any(d and "council" in d.lower() for _, d in adherence(text))


def test_one_document_has_one_label_however_its_noun_is_hyphened():
    # one document, one IRI and one label: "Order in Council" and "order-in-council" alike (two
    # labels on one IRI break the shapes' one prefLabel)
    told = [
        "Kenya relies on the 1926 order-in-council by which Britain moved the boundary.",
        "Uganda stands by the 1926 Order in Council that fixed the boundary.",
    ]
    labels = {
        (v.key, v.label)
        for text in told
        for f in facts(text)
        for v in f.args.values()
        if getattr(v, "kind", None) == "Document"
    }
    assert labels == {("document/order-in-council-of-1926", "order-in-council of 1926")}
