"""Stances on land told through a pronoun in the phrase of what is rejected (issue 12, stance41).

Every sentence was written for this module. "Would never recognise Colombian sovereignty over
them", "has never accepted any claim to it": the land a title or claim is over is often a pronoun
for the land named just before, and a rejection of that title names the land as surely as one
that names it again. The pronoun may stand in the noun's own phrase or, as the parser often reads
it, in a phrase hung on the verb right after the noun ("dismissed Moscow's claim to it"). The
near-misses: "China rejected it" (the pronoun is the thing rejected, no land it is over), and a
pronoun in such a phrase never names the claimant ("any claim to it by private groups").

"Israel annexed East Jerusalem in a move never recognised internationally": a participle with no
by-phrase on a noun in the clause's phrase has no doer of its own. The clause's subject did it
where the participle makes the thing ("in an order issued in December, the court required"), never
where it takes a stance on it (recognised, accepted, condemned): the maker takes none on its own act.
"""

from __future__ import annotations

import pytest
from helpers import FALKLANDS, JAPAN, KUNASHIR, RUSSIA, SENKAKU, UK, facts, has, shown

ARGENTINA, CHINA = "state/argentina", "state/china"
AUSTRALIA, INDONESIA = "state/australia", "state/indonesia"

# (relation, roles the asserted fact has, text)
BATTERY: list = [
    (
        "rejectsClaim",
        {"state": ARGENTINA, "claimant": UK, "territory": FALKLANDS},
        "Britain administers the Falkland Islands. Argentina has never accepted British "
        "sovereignty over them.",
    ),
    (  # another trigger, a singular pronoun, the negation spelt out
        "rejectsClaim",
        {"state": JAPAN, "claimant": RUSSIA, "territory": KUNASHIR},
        "Russia holds Kunashir. Japan does not recognise Russian sovereignty over it.",
    ),
    (  # passive
        "rejectsClaim",
        {"state": JAPAN, "claimant": RUSSIA, "territory": KUNASHIR},
        "Russia holds Kunashir. Russian sovereignty over it is not recognised by Japan.",
    ),
    (  # the phrase the parser hangs on the verb, an inserted adverb, "as" after it
        "rejectsClaim",
        {"state": JAPAN, "claimant": RUSSIA, "territory": KUNASHIR},
        "Russia holds Kunashir, and Tokyo has always dismissed Moscow's claim to it as groundless.",
    ),
    (
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN, "territory": SENKAKU},
        "Japan controls the Senkaku Islands. China rejects Japan's claim to them.",
    ),
    (  # a deed on the land, not a claim: the land it was done to
        "rejectsClaim",
        {"state": CHINA, "claimant": JAPAN, "territory": SENKAKU},
        "Japan bought the Senkaku Islands in 2012, and China condemned Japan's purchase of them.",
    ),
    (  # every land of the list "them" ends
        "rejectsClaim",
        {"state": JAPAN, "claimant": RUSSIA, "territory": "territory/shikotan"},
        "Russia holds Iturup, Kunashir and Shikotan, and Japan has never recognised Russian "
        "sovereignty over them.",
    ),
    (
        "rejectsClaim",
        {"state": JAPAN, "claimant": RUSSIA, "territory": "territory/iturup"},
        "Russia holds Iturup, Kunashir and Shikotan, and Japan has never recognised Russian "
        "sovereignty over them.",
    ),
    # a participle of stance with its by-phrase: the doer is the by-phrase's
    (
        "rejectsClaim",
        {"state": "state/syria"},
        "Israel annexed the Golan Heights in a move condemned by Syria.",
    ),
    (
        "rejectsClaim",
        {"state": "state/syria"},
        "In a step condemned by Syria, Israel annexed the Golan Heights.",
    ),
    (
        "rejectsClaim",
        {"state": INDONESIA, "territory": "territory/ashmore-reef"},
        "Australia administers Ashmore Reef. Indonesia does not recognise any claim to it by "
        "private groups.",
    ),
]


@pytest.mark.parametrize(("rel", "roles", "text"), BATTERY)
def test_reading(rel, roles, text):
    found = facts(text)
    assert has(found, rel, **roles), shown(found)


# (text, relation, roles no fact of it may have)
DENIED: list = [
    # a participle of stance with no by-phrase has no doer: the maker of the thing (the subject of
    # the clause its phrase hangs on) takes no stance on it, as it does make "an order issued"
    (
        "Israel annexed East Jerusalem in a move never recognised internationally.",
        "rejectsClaim",
        {"state": "state/israel"},
    ),
    (
        "Israel annexed East Jerusalem in a move widely condemned.",
        "rejectsClaim",
        {"state": "state/israel"},
    ),
    (
        "China declared an air defence zone in a decision never accepted abroad.",
        "rejectsClaim",
        {"state": CHINA},
    ),
    (
        "In a step never recognised abroad, Israel annexed East Jerusalem.",
        "rejectsClaim",
        {"state": "state/israel"},
    ),
    # the pronoun is the thing rejected: no land it is over
    (
        "Japan bought the Senkaku Islands. China rejected it.",
        "rejectsClaim",
        {"territory": SENKAKU},
    ),
    # a pronoun in the phrase names land, never the claimant
    (
        "Australia administers Ashmore Reef. Indonesia does not recognise any claim to it by "
        "private groups.",
        "rejectsClaim",
        {"claimant": AUSTRALIA},
    ),
]


@pytest.mark.parametrize(("text", "rel", "roles"), DENIED)
def test_no_reading_where_none_is_told(text, rel, roles):
    found = [f for f in facts(text) if f.rel == rel]
    assert not has(found, rel, **roles), shown(found)
