"""A part of a state named by a compass word before the state's name: "southern Lebanon",
"eastern Ukraine", "north-western Syria".

News names the land troops hold or leave this way; read as the state itself, "Israel withdrew from
southern Lebanon" would be a withdrawal from all of Lebanon. The compass words are data
(``data/lexicon/places.yaml``, ``compass_parts``), written in lower case as news writes them
(a capitalised "Northern Cyprus" or "Western Sahara" is a name the gazetteer knows).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def _compass() -> re.Pattern[str]:
    words = read_yaml(DATA_DIR / "lexicon" / "places.yaml").get("compass_parts", ())
    alternation = "|".join(sorted(map(re.escape, map(str, words)), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation or '(?!)'})\s+$")


def find(text: str, found: list[Mention]) -> list[Mention]:
    """The parts of states the sentence names, each spanning its compass word and the state."""
    out: list[Mention] = []
    for m in found:
        if m.tag != "S" or m.entity is None or m.how not in ("name", "alias"):
            continue
        before = _compass().search(text, max(0, m.start - 20), m.start)
        if before is None:
            continue
        s = before.start()
        label = f"{text[s : m.start].strip()} {m.entity.label}"
        written = " ".join(text[s : m.end].split())
        aliases = (written,) if written != label else ()
        ent = Entity("Territory", entity_key("Territory", label), label, aliases)
        out.append(Mention(s, m.end, text[s : m.end], "T", ent, how="land-noun"))
    return out
