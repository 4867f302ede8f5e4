"""A body named again by what it is: "The bloc also said", "the alliance", "the world body", "the
pan-African body", "the 15-member council". Wire copy carries an international body through its
paragraphs this way; unread, the statements it makes after the first are lost. "The bloc" is the
body named last whose ``kinds`` (data/gazetteer/organizations.yaml) has the word; "the body" or "the
organisation" (``body_kinds`` of data/lexicon/references.yaml) is the international body named
last, never a state's own (its ministry, its navy); a body's head word after a modifier ("the
15-member council") is the body named last whose name has it, as "the council" is (bodies.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.gazetteer import Gazetteer
from kg.ingest.nlp import lexicon
from kg.ingest.nlp.body_owners import owner
from kg.ingest.nlp.mentions import Masked, Mention
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str], re.Pattern[str]]:
    """Each body's kind words by key; the generic nouns; the pattern of a definite kind noun (or
    of a body's head word, read here only after a modifier)."""
    kinds: dict[str, set[str]] = {}
    for row in read_yaml(DATA_DIR / "gazetteer" / "organizations.yaml") or []:
        for kind in row.get("kinds") or ():
            kinds.setdefault(entity_key("Organization", row["name"]), set()).add(kind.lower())
    data = read_yaml(DATA_DIR / "lexicon" / "references.yaml")["body_kinds"]
    generic = frozenset(data["generic"]) | frozenset(data["modified"])
    words = {w for ks in kinds.values() for w in ks} | generic | lexicon.load().body_heads
    nouns = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    mods = "|".join(map(re.escape, data["modifiers"]))
    pattern = re.compile(
        rf"\bthe\s+(?:(?P<mod>{mods}|\d+-(?:member|nation|country|state))\s+)?(?P<noun>{nouns})\b"
        r"(?!\s*(?:of\b|«|'s\b|’s\b))",
        re.I,
    )
    modified = frozenset(data["modified"]) | lexicon.load().body_heads
    return {k: frozenset(v) for k, v in kinds.items()}, generic, modified, pattern


def find(
    gz: Gazetteer, text: str, masked: Masked, seen: list[Entity], taken: list[Mention]
) -> list[Mention]:
    """Mentions of bodies named by their kind in one masked sentence; ``seen`` holds the bodies named
    so far (latest last); ``taken`` the body mentions the sentence already has."""
    kinds, generic, modified, pattern = _data()
    out: list[Mention] = []
    for m in pattern.finditer(masked.text):
        s, e = masked.offset(m.start()), masked.offset(m.end())
        if any(x.start < e and s < x.end for x in taken):
            continue
        noun = " ".join(m.group("noun").lower().split())
        mod = (m.group("mod") or "").lower()
        if mod == "world":
            noun = f"world {noun}"  # "the world body": the word pair is the kind
        if noun in modified and not mod:
            continue  # "the council": bodies.py; "the body" alone may be a dead man's
        head = noun in lexicon.load().body_heads
        ent = next(
            (
                x
                for x in reversed(seen)
                if noun in kinds.get(x.key, ())
                or (noun in generic and owner(gz, x) is None)
                or (head and any(noun in n.lower().split() for n in (x.label, *x.aliases)))
            ),
            None,
        )
        if ent is not None:
            out.append(Mention(s, e, text[s:e], "O", ent, how="anaphor"))
    return out
