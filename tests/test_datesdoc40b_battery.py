"""A signing its own sentence leaves undated takes the date the article gives the document
elsewhere (issue 12, twentieth round, datesdoc40b): another telling of the same document's signing
("... was also signed by the mediators"), or the year the text names the document by ("the 2018
agreement ... Signed by the two ministers, the accord ..."). Seen in three articles of two study
batches (T47, T48, T22). A document told by a bare noun or minted from a sentence's year lends
no date. Sentences written for these tests, about disputes outside the never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import signings

DATED = [
    # -- the year the text names the document by, the signing told in the next sentence
    (
        "Uganda scrapped the 2018 Lake Victoria fisheries agreement with Kenya in November. "
        "The agreement was signed by Kenyan Foreign Minister Raychelle Omamo and Ugandan "
        "Foreign Minister Sam Kutesa.",
        {"Kenya", "Uganda"},
        "2018",
    ),
    # -- another telling of the same document's signing, dated
    (
        "In March 2019, Kenya and Tanzania signed the Lake Victoria Protocol in Arusha. The Lake "
        "Victoria Protocol was also signed by Uganda and Rwanda, which mediated the talks.",
        {"Uganda", "Rwanda"},
        "2019-03",
    ),
    (  # the dated telling after the undated one
        "The Lake Victoria Protocol was also signed by Uganda and Rwanda, which mediated the "
        "talks. Kenya and Tanzania had signed the Lake Victoria Protocol in Arusha in March 2019.",
        {"Uganda", "Rwanda"},
        "2019-03",
    ),
]


@pytest.mark.parametrize(("text", "parties", "date"), DATED)
def test_undated_signing_takes_the_documents_date(text, parties, date):
    found = signings(text)
    assert any(parties <= labels and when == date for labels, when in found), found


UNDATED = [
    # a bare noun may be two documents: the later protocol's year is not the first one's
    "Croatia and Serbia signed a protocol on the commission's work at a meeting in Zagreb. "
    "Both states signed a protocol on the protection of minorities in 2004.",
    # a document with no year of its own and no dated signing: no date
    "Ecuador and Peru signed the Brasilia Act by their foreign ministers.",
]


@pytest.mark.parametrize("text", UNDATED)
def test_no_date_lent_where_none_is_the_documents(text):
    found = signings(text)
    assert not any(when == "2004" for labels, when in found[:1]), found
    if "Brasilia" in text:
        assert all(when is None for _, when in found), found
