"""Adherence told by a line, and the document a conditional promise is made under (issue 12,
round 31, handover51).

- A line a document drew stands for the document where only a document fits: "Tripoli remained
  committed to the 1925 line" (the 1925 agreement named before), "remains committed to the boundary
  fixed ... in 1868", "respected the border as drawn by the 1910 convention" (seen in study
  articles h352, h363, h434; rules/line_documents.py). The line's participle or "as"-clause names
  the document, else its year is the year of the one document the article has named. A line with
  no document nor year ("the Line of Control"), or a year no document of the article has, stands
  for none.
- "X will hand Y over to Z once ..., under an agreement the two countries signed on Wednesday":
  the news lead puts the promise's document after the condition, set off by a comma, and the
  parser hangs it on the condition's verb (h394, h425, h446, h447). It is the promise's document,
  and no word of the condition; without the comma ("if a commission finds it lies on its side
  under the 1929 treaty") the document is the condition's own, no promise's
  (rules/promise_terms.py).
- "The protocol" refers back to the protocol the article told of, not to an agreement of another
  kind of name told since ("the line drawn in the 1925 agreement ... The protocol also makes the
  reopening of the crossing conditional on ...", h352; kg/ingest/nlp/document_links.py).
- "the armistice, which Seoul remains bound to observe": the relative word the parser hangs on
  the copula ("remains") beside the clause's own subject is the object of the adjective's
  infinitive, the noun the clause describes (grammar/roles.py; h373). A clause whose "which" is
  its subject ("which remains binding") is left to the readings of what holds a document valid.
- A state whose sovereignty over land rests on a document holds it valid, as one whose claim or
  title does ("Greek sovereignty over the islands rests on the 1947 Treaty of Paris", h396).

Sentences written for these tests (other states, lands and documents than the articles').
"""

from __future__ import annotations

import pytest
from helpers import adherence, facts, label, promises

ADHERES = [
    pytest.param(
        "ASMARA, May 4 (Reuters) - The two sides agreed to survey the border drawn by a 1902"
        " treaty between Italy and Ethiopia. Eritrea's foreign minister said Asmara remained"
        " committed to the 1902 line.",
        ("Eritrea", "treaty of 1902"),
        id="year-line-committed",
    ),
    pytest.param(
        "QUITO, May 4 (Reuters) - Peru cited the 1942 protocol signed in Rio de Janeiro. Ecuador's"
        " foreign ministry said Ecuador stands by the boundary fixed between the two countries in"
        " 1942.",
        ("Ecuador", "protocol of 1942"),
        id="fixed-in-year-stands-by",
    ),
    pytest.param(
        "BISHKEK, May 4 (Reuters) - Kyrgyz President Sadyr Japarov said Kyrgyzstan respected the"
        " border as drawn by the 1924 Soviet decree and the 1958 agreement with Tajikistan.",
        ("Kyrgyzstan", "Soviet Union decree of 1924"),
        id="as-drawn-by",
    ),
    pytest.param(
        "MANAGUA, May 4 (Reuters) - Nicaragua honours the frontier drawn in the 1858 treaty with"
        " Costa Rica, its foreign minister said on Monday.",
        ("Nicaragua", "treaty of 1858"),
        id="drawn-in-honours",
    ),
    pytest.param(
        "BELGRADE, May 4 (Reuters) - Serbia said it was bound by the line set under the 1999"
        " agreement with NATO.",
        ("Serbia", "agreement of 1999"),
        id="set-under-bound",
    ),
]


@pytest.mark.parametrize(("text", "pair"), ADHERES)
def test_a_line_stands_for_its_document(text: str, pair: tuple[str, str]) -> None:
    assert pair in adherence(text)


NO_LINE_DOCUMENT = [
    pytest.param(
        "NEW DELHI, May 4 (Reuters) - India signed an agreement with Pakistan in 1972. India said"
        " it respects the Line of Control.",
        id="line-without-year",
    ),
    pytest.param(
        "CAIRO, May 4 (Reuters) - Egypt signed an agreement with Sudan in 1899. Cairo said it"
        " remained committed to the 1956 line.",
        id="year-of-no-document",
    ),
    pytest.param(
        "CAIRO, May 4 (Reuters) - Egypt signed an agreement with Britain in 1925 and a treaty with"
        " Italy in 1925. Cairo said it remained committed to the 1925 line.",
        id="two-documents-of-the-year",
    ),
]


@pytest.mark.parametrize("text", NO_LINE_DOCUMENT)
def test_a_line_with_no_document_holds_none(text: str) -> None:
    assert not {pair for pair in adherence(text) if pair[0] in ("India", "Egypt")}


PROMISED_UNDER = [
    pytest.param(
        "LIMA, Nov. 12 (EFE) - Chile will return the Isla Grande to Peru if both parliaments"
        " approve the exchange, under a protocol signed in Lima on Tuesday.",
        ("protocol", "Isla Grande", "Chile", "Peru", "both parliaments approve the exchange"),
        id="if-under-protocol",
    ),
    pytest.param(
        "MALABO, Nov. 12 (EFE) - Gabon will hand Mbanie Island over to Equatorial Guinea once a"
        " joint commission has marked out the sea boundary around it, under an agreement the two"
        " countries signed here on Wednesday.",
        (
            "agreement",
            "Mbanié Island",
            "Gabon",
            "Equatorial Guinea",
            "a joint commission has marked out the sea boundary around it",
        ),
        id="once-under-agreement",
    ),
    pytest.param(
        "BUENOS AIRES, Nov. 12 (EFE) - Martin Garcia Island is to be transferred to Uruguay by"
        " Argentina as soon as the dredging of the channel is finished, under minutes signed by"
        " the two delegations on Tuesday.",
        (
            "minutes",
            "Martin Garcia Island",
            "Argentina",
            "Uruguay",
            "the dredging of the channel is finished",
        ),
        id="passive-as-soon-as-under-minutes",
    ),
]


@pytest.mark.parametrize(("text", "want"), PROMISED_UNDER)
def test_the_document_after_the_condition_is_the_promise(
    text: str, want: tuple[str, str, str, str, str]
) -> None:
    doc, land, giver, receiver, condition = want
    found = promises(text)
    assert any(
        d is not None
        and doc in d
        and (t, f, r) == (land, giver, receiver)
        and c is not None
        and c.startswith(condition)
        and "under" not in c
        for d, t, f, r, c in found
    ), found


def test_an_under_phrase_inside_the_condition_is_the_condition_s() -> None:
    text = (
        "LIMA, Nov. 12 (EFE) - Chile will return the Isla Grande to Peru if a commission confirms"
        " that it lies on the Peruvian side under the 1929 treaty."
    )
    assert not promises(text)


def test_the_protocol_is_the_protocol_not_the_agreement_named_since() -> None:
    text = (
        "LIMA, Nov. 12 (EFE) - Chile and Peru signed a protocol on Tuesday. Under the protocol,"
        " Chile will return the Isla Grande to Peru once a commission confirms that it lies north"
        " of the line drawn in the 1929 agreement between the two countries. The protocol also"
        " makes the reopening of the Tacna crossing to trucks conditional on the completion of the"
        " joint survey."
    )
    docs = {label(f.args.get("document")) for f in facts(text) if f.rel == "conditionedOn"}
    assert docs and all(d is not None and d.startswith("protocol") for d in docs), docs


def test_the_agreement_is_still_the_last_agreement() -> None:
    text = (
        "LIMA, Nov. 12 (EFE) - Chile and Peru signed a protocol on Tuesday. It refers to the 1929"
        " agreement between the two countries. The agreement makes the use of the port"
        " conditional on the payment of fees."
    )
    docs = {label(f.args.get("document")) for f in facts(text) if f.rel == "conditionedOn"}
    assert docs == {"agreement of 1929"}, docs


@pytest.mark.parametrize(
    "text",
    [
        "ATHENS, May 4 (Reuters) - Greek sovereignty over the islands rests on the 1947 Treaty of"
        " Paris.",
        "ATHENS, May 4 (Reuters) - \"Greece's sovereignty over Rhodes and every islet near it rests"
        ' on the 1947 Treaty of Paris," the foreign minister said on Monday.',
    ],
)
def test_sovereignty_resting_on_a_treaty_holds_it(text: str) -> None:
    assert ("Greece", "Treaty of Paris") in adherence(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "TOKYO, May 4 (Reuters) - Japan cited the 1956 Joint Declaration, which Russia remains"
            " bound to honour.",
            ("Russia", "Soviet-Japanese Joint Declaration"),
            id="remains-bound-to-honour",
        ),
        pytest.param(
            "HANOI, May 4 (Reuters) - The ministry said the islets are governed by the 1887"
            " convention, which Vietnam remains bound to observe.",
            ("Vietnam", "convention of 1887"),
            id="remains-bound-to-observe",
        ),
    ],
)
def test_which_a_state_remains_bound_to_observe(text: str, pair: tuple[str, str]) -> None:
    assert pair in adherence(text)


def test_a_relative_whose_which_is_its_subject_is_no_object() -> None:
    text = (
        "TOKYO, May 4 (Reuters) - Russia cited the 1956 Joint Declaration, which is bound to"
        " respect the rights of both peoples."
    )
    assert not adherence(text)
