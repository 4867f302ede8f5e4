"""Places named by a capitalised land noun and the number or letter that tells it from others of
its kind: "Zone B", "Site 200", "Pillar 91", "Block 7", "Area C".

A designation has no proper-name word before its noun, so the land-noun reader
(kg.ingest.nlp.land_names) saw no name, and a lone letter or number is no name the recogniser
takes; the fact on "Zone B passed to Yugoslavia" was lost. Only a noun of ``designated``
(``data/lexicon/places.yaml``) so written names a place; "Resolution 242", "Article 5" or
"Phase 2" name none. The designation follows the noun at once, and counts nothing after it
("Zone 12 miles wide"); the parser hangs it on the noun, the noun on it, or either on the verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.ingest.nlp import land_words
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity

#: A designation: a number, a number with a letter ("12A"), a capital letter with a number ("B1").
_MARK = re.compile(r"(?:\d{1,4}[A-Za-z]?|[A-Z]\d{0,2})\.?")

#: How a number hangs on a noun after it that it counts ("12 miles").
_COUNTING = frozenset({"nummod", "quantmod", "compound", "amod", "nmod"})


def _mark(noun: Token) -> Token | None:
    """The designation that makes a capitalised ``noun`` of ``designated`` a place's name, or None."""
    if not noun.text[:1].isupper() or noun.lower_ not in land_words.designated():
        return None
    if noun.i + 1 >= len(noun.doc):
        return None
    nxt = noun.doc[noun.i + 1]
    if (
        nxt.is_sent_start
        or not _MARK.fullmatch(nxt.text)
        or (nxt.head.i > nxt.i and nxt.dep_ in _COUNTING)
    ):
        return None  # "Zone 12 miles wide": the number counts the miles
    return nxt


def find(p: Parsed, text: str, seen: dict[str, Entity], found: list[Mention]) -> list[Mention]:
    """Mentions of designated places in one parsed sentence, but where a reader (not the
    recogniser's guess) or ``found`` took the words already."""
    out: list[Mention] = []
    for noun in p.tokens:
        last = _mark(noun)
        if last is None or any(
            m is not None and m.how != "recognised" for m in (p.mention(noun), p.mention(last))
        ):
            continue
        s = p.offset + noun.idx
        e = p.offset + last.idx + len(last.text.rstrip("."))
        if any(m.start < e and s < m.end for m in found):
            continue
        key = entity_key("Territory", text[s:e])
        ent = seen.setdefault(key, Entity("Territory", key, text[s:e], ()))
        out.append(Mention(s, e, text[s:e], "T", ent, how="land-noun"))
    return out
