"""Who made a document, as its name tells: the state it is named after ("Japan's white paper"),
the body before its year ("the ICJ's 2009 ruling"), or only the place it was made ("the Algiers
accord"). Laws a state enacts name no issuer ("Japan's constitution")."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.nlp.mentions import Masked
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

_REFERENCES = DATA_DIR / "lexicon" / "references.yaml"


def made_at(masked: Masked, m: re.Match[str], text: str) -> bool:
    """ "the Algiers accord": a capital before the noun, its "the" masked away with the name,
    names the place the document was made (a demonym is none: "the French decision")."""
    at = m.start("issuer")
    if not m.group("issuer") or masked.mention(m.group("issuer")).how != "capital":
        return False
    if at == 0:  # "The Algiers agreement" opening a sentence: its "The" masked away with it
        return text[max(0, masked.offset(0) - 4) : masked.offset(0)].lower() == "the "
    return masked.offset(at) - masked.offset(at - 1) > 1  # the "the " left out of the masked text


def issuer(masked: Masked, m: re.Match[str]) -> Entity | None:
    """The state a document is named after: its issuer ("Japan's white paper"), but a capital with
    no possessive ("the Algiers agreement": where made) or a state hyphened to another."""
    if not m.group("issuer"):
        return None
    if masked.text[m.start("issuer") - 1 : m.start("issuer")] in ("-", "–"):
        return None  # "the Indo-Sri Lankan agreement": one side of a bilateral document's name
    named = masked.mention(m.group("issuer"))
    possessive = re.match(r"«S\d+»['’]s", m.group(0)[m.start("issuer") - m.start() :])
    if named.how == "capital" and not possessive:
        return None
    return named.entity


#: Documents made by their parties together: an owner named before them is one party, no issuer
#: ("Peru's 1998 treaty with Ecuador")
_JOINT_KINDS = frozenset({"Treaty", "Agreement", "JointDeclaration"})


def owner(masked: Masked, m: re.Match[str], kind: str | None) -> Entity | None:
    """The state or body named before a dated document's year or epithet ("the ICJ's 2009
    ruling", "Security Council resolution 242 of 1967"): its issuer, unless the document is one
    its parties make together or a law (an undated one is cited in passing, or still to come)."""
    if not m.group("owner") or kind in _JOINT_KINDS or enacted(m.group("type")):
        return None
    return masked.mention(m.group("owner").rstrip("'’s")).entity


def enacted(noun: str) -> bool:
    """Whether ``noun`` names a law a state enacts (the references data file): "the UN Charter",
    "Japan's constitution" name no issuer."""
    return " ".join(noun.lower().split()) in _enacted_nouns()


@lru_cache(maxsize=1)
def _enacted_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in read_yaml(_REFERENCES).get("enacted_documents", ()))
