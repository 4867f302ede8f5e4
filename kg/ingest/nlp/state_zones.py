"""A state's sea zones named by whose they are: "the Philippine exclusive economic zone", "Vietnam's
EEZ", "the EEZ of Cyprus", "Greek territorial waters".

Dispute news often names the waters at stake so, and no gazetteer lists every state's zones. The
zone words are data (``data/lexicon/places.yaml``, ``state_zones``); the state comes from the text
(a possessive, a demonym, "of" and the state's name), never a guess: with no state, no zone.
One territory per state and zone, so every article's "Vietnam's EEZ" is the same place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.body_owners import demonyms_of
from kg.ingest.nlp.mentions import Masked, Mention
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def _zones() -> tuple[tuple[str, tuple[str, ...]], ...]:
    data = read_yaml(DATA_DIR / "lexicon" / "places.yaml")
    return tuple((z["name"], tuple(z["words"])) for z in data.get("state_zones", ()))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = sorted({w for _, ws in _zones() for w in ws}, key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    before = re.compile(rf"(?P<s>«S\d+»)(?:['’]s?)?\s+(?P<zone>{alts})\b(?!\s*«)")
    after = re.compile(rf"\b(?P<zone>{alts})\s+of\s+(?P<s>«S\d+»)")
    return before, after


def zone_of(gz: Gazetteer, state: Entity, said: str) -> Entity:
    """The state's zone the words name ("EEZ": its exclusive economic zone), also called by the
    state's adjectives and possessive."""
    low = " ".join(said.split()).lower()
    name, words = next((n, ws) for n, ws in _zones() if low in (w.lower() for w in ws))
    label = f"{name} of {state.label}"
    aliases = [
        f"{d.title()} {w}" for d in demonyms_of(gz, state.key) if not d.endswith("s") for w in words
    ]
    aliases += [f"{state.label}'s {w}" for w in words] + [f"{w} of {state.label}" for w in words]
    return Entity("Territory", entity_key("Territory", label), label, tuple(dict.fromkeys(aliases)))


def is_zone(entity: Entity) -> bool:
    """Whether the entity is a state's sea zone as ``zone_of`` names it."""
    return any(entity.label.startswith(f"{name} of ") for name, _ in _zones())


def find(gz: Gazetteer, text: str, masked: Masked) -> list[Mention]:
    """Mentions of states' sea zones in one masked sentence."""
    if not _zones() or not any(
        w.split()[0].lower() in masked.text.lower() for _, ws in _zones() for w in ws
    ):
        return []
    out: list[Mention] = []
    for pattern in _patterns():
        for m in pattern.finditer(masked.text):
            state = masked.mention(m.group("s")).entity
            if state is None or state.kind != "State":
                continue
            s, e = masked.offset(m.start()), masked.offset(m.end())
            if any(x.start < e and s < x.end for x in out):
                continue
            out.append(
                Mention(s, e, text[s:e], "T", zone_of(gz, state, m.group("zone")), how="zone")
            )
    return out
