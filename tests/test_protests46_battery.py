"""A rejected protest carries what the protest was over (issue 12, protests46).

Every sentence was written for this module. "Solomon Islands protested to Papua New Guinea over the
detention of nine fishermen ... Port Moresby rejected the protest": a bare "the protest" (or "the
note", "the complaint", "such objections") tells nothing of what was rejected; the protest its
claimant lodged against the rejecter does, so its subject joins the rejected words, and the one
land that subject names is the land the rejection is about. Rewrites: passive, an inserted clause,
other verbs and nouns, the rejection in the protest's own sentence. Near misses: a protest with no
subject, a rejecter the protest was not lodged against, a protest over two lands, a rejection that
names its own thing.
"""

from __future__ import annotations

import pytest
from helpers import facts, shown

from kg.model import Entity

ESTONIA, RUSSIA = "state/estonia", "state/russia"


def _rejections(text: str) -> list:
    return [f for f in facts(text) if f.rel == "rejectsClaim" and not f.negated]


def _of(found: list, state: str) -> list:
    return [f for f in found if getattr(f.args.get("state"), "key", None) == state]


PROTEST = (
    "Estonia lodged a formal protest with Russia after Russian border guards removed 17 buoys "
    "on the Narva River. "
)

# (text, the rejecter, words the rejected thing must carry)
READ_OVER: list = [
    (PROTEST + "Moscow rejected the protest.", RUSSIA, ("protest", "buoys")),
    (PROTEST + "The protest was rejected by Moscow.", RUSSIA, ("protest", "buoys")),  # passive
    (  # an inserted clause, another verb
        PROTEST + "Moscow, which says the buoys sat on its side, dismissed the protest on Tuesday.",
        RUSSIA,
        ("protest", "buoys"),
    ),
    (PROTEST + "Russia turned down the complaint.", RUSSIA, ("complaint", "buoys")),
    (PROTEST + "Russia rejected the note.", RUSSIA, ("note", "buoys")),
    (  # the protest told with the verb, the rejection in the same sentence
        "Estonia protested to Russia over the removal of buoys on the Narva River, and Moscow "
        "rejected the protest.",
        RUSSIA,
        ("protest", "removal", "buoys"),
    ),
]


@pytest.mark.parametrize(("text", "state", "words"), READ_OVER)
def test_rejected_protest_carries_its_subject_and_land(text: str, state: str, words: tuple) -> None:
    found = _of(_rejections(text), state)
    assert len(found) == 1, shown(found)
    args = found[0].args
    assert all(w in str(args.get("what")) for w in words), shown(found)
    assert getattr(args.get("claimant"), "key", None) == ESTONIA, shown(found)
    land = args.get("territory")
    assert isinstance(land, Entity) and "Narva" in land.label, shown(found)


def test_protest_with_no_subject_stays_bare() -> None:
    found = _of(_rejections("Estonia protested to Russia. Moscow rejected the protest."), RUSSIA)
    assert len(found) == 1, shown(found)
    assert str(found[0].args.get("what")).lower() == "estonia's protest", shown(found)
    assert "territory" not in found[0].args, shown(found)


def test_rejecter_the_protest_was_not_lodged_against_takes_nothing_of_it() -> None:
    found = _of(_rejections(PROTEST + "Latvia rejected the protest."), "state/latvia")
    assert all("buoys" not in str(f.args.get("what")) for f in found), shown(found)
    assert all("territory" not in f.args for f in found), shown(found)


def test_protest_over_two_lands_names_no_one_land() -> None:
    text = (
        "Estonia lodged a formal protest with Russia after Russian border guards removed buoys on "
        "the Narva River and on Lake Peipus. Moscow rejected the protest."
    )
    found = _of(_rejections(text), RUSSIA)
    assert len(found) == 1, shown(found)
    assert "buoys" in str(found[0].args.get("what")), shown(found)
    assert "territory" not in found[0].args, shown(found)


def test_rejection_naming_its_own_thing_keeps_it() -> None:
    found = _of(_rejections(PROTEST + "Moscow rejected Estonia's demand for new talks."), RUSSIA)
    assert all("buoys" not in str(f.args.get("what")) for f in found), shown(found)
