"""Documents told in a relative clause without "that" whose subject is a noun phrase (issue 12,
twentieth round, docs40).

"the memorandum of understanding the two neighbours signed in 2000", "the Declaration of
Principles the two countries signed with Sudan", "a treaty the two countries signed in 1941": the
parser reads the subject phrase as the document's apposition (or an object of the clause around it)
and hangs the verb on it as a participle, so the signing was lost (a name in that place was read
already: "the accord Peru and Ecuador signed"). Seen in study articles of several batches (h181,
h277, h48, h222 and others). Sentences written for these tests, about disputes outside the
never-read batches.
"""

from __future__ import annotations

import pytest
from helpers import facts, find, shown

CR, PANAMA = "state/costa-rica", "state/panama"
EGYPT, ETHIOPIA, SUDAN = "state/egypt", "state/ethiopia", "state/sudan"
CAMBODIA, THAILAND = "state/cambodia", "state/thailand"


def _signers(text: str) -> list[set[str]]:
    """The parties (entity keys) of each affirmed signing."""
    out = []
    for f in facts(text):
        if f.rel == "signed" and not f.negated:
            parties = f.args["parties"]
            members = parties if isinstance(parties, tuple) else (parties,)
            out.append({getattr(e, "key", "") for e in members})
    return out


# (text, the states that signed): the pair word, another pair noun, a possessive phrase, a verb of
# the class other than "sign", and the same deed told with "that" or by names (the control)
CONTACT = [
    (
        "Costa Rica and Panama fought a short war over Coto. The row was ended by a treaty the "
        "two countries signed in 1941.",
        {CR, PANAMA},
    ),
    (
        "Costa Rica and Panama fought a short war over Coto. The row was ended by a treaty that "
        "the two countries signed in 1941.",
        {CR, PANAMA},
    ),
    (
        "Costa Rica and Panama fought a short war over Coto. The row was ended by a treaty their "
        "foreign ministers signed in 1941.",
        {CR, PANAMA},
    ),
    (
        "Costa Rica and Panama fought a short war over Coto. The row was ended by a treaty the two "
        "neighbours concluded in 1941.",
        {CR, PANAMA},
    ),
    (
        "Egypt and Ethiopia are at odds over the dam. Cairo urged Addis Ababa to abide by the "
        "Declaration of Principles the two countries signed with Sudan in 2015.",
        {EGYPT, ETHIOPIA, SUDAN},
    ),
    (
        "Cambodia and Thailand dispute the temple. Bangkok wants the row handled by a commission "
        "set up under a memorandum of understanding the two neighbours signed in 2000.",
        {CAMBODIA, THAILAND},
    ),
]


@pytest.mark.parametrize(("text", "states"), CONTACT)
def test_contact_relative_with_phrase_subject_signs(text: str, states: set[str]) -> None:
    found = _signers(text)
    assert any(states <= parties for parties in found), shown(facts(text))


# a participle that describes the people themselves is no relative clause: nothing is signed
NOT_SIGNED = [
    "Costa Rica and Panama fought a short war over Coto. Hundreds of the two countries' "
    "soldiers signed up were killed.",
    "Costa Rica and Panama fought a short war over Coto. A meeting of the two presidents held "
    "in 1941 ended it.",
]


@pytest.mark.parametrize("text", NOT_SIGNED)
def test_no_signing_without_relative(text: str) -> None:
    found = facts(text)
    assert not find(found, "signed"), shown(found)


# A state's own spokesman saying it abides by a document tells its adherence, however the
# spokesman is named: after his ministry's title ("Turkish Foreign Ministry spokesman X"), in
# apposition ("A Turkish Foreign Ministry spokesman, X, said"), or with the title after the name.
# His ministry's state is the side he speaks for (the ministry named inside his title, or the
# ministry his office is of); another state's spokesman saying so is that state's reading.
TURKEY = "state/turkey"
OWN_SPOKESMAN = [
    "Turkish Foreign Ministry spokesman Oncu Keceli said Turkey respected the 1926 treaty.",
    "A Turkish Foreign Ministry spokesman, Oncu Keceli, said Ankara respected the 1926 treaty.",
    "Oncu Keceli, a Turkish Foreign Ministry spokesman, said Ankara respected the 1926 treaty.",
    "A Turkish Foreign Ministry spokesman, Oncu Keceli, said Ankara remained committed to the "
    "1926 treaty.",
]


@pytest.mark.parametrize("text", OWN_SPOKESMAN)
def test_own_spokesman_tells_adherence(text: str) -> None:
    found = facts(text)
    assert any(
        getattr(f.args.get("party"), "key", None) == TURKEY for f in find(found, "adheresTo")
    ), shown(found)


OTHER_SPOKESMAN = [
    "Iraqi Foreign Ministry spokesman Ahmed Sahhaf said Turkey remained bound by the 1926 treaty.",
    "An Iraqi Foreign Ministry spokesman, Ahmed Sahhaf, said Turkey remained bound by the 1926 "
    "treaty.",
]


@pytest.mark.parametrize("text", OTHER_SPOKESMAN)
def test_other_spokesman_tells_no_adherence(text: str) -> None:
    found = facts(text)
    assert not find(found, "adheresTo"), shown(found)
