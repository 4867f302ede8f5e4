"""A known body's name inside a longer one: "the Philippine National Security Council" is no
mention of the UN Security Council (the gazetteer's alias "Security Council"), and a "Federal
Court" is no court the gazetteer names.

The words that make the longer name another body's are data (``body_name_qualifiers`` of
``data/lexicon.yaml``). The mention is dropped so that the body is read whole from its head noun
and the state before it (kg.ingest.nlp.owned_bodies); left, a state's own council would speak, and
its officials hold office, for the United Nations. A state's demonym or possessive right before the
short name ("Russia's Security Council") is owned_bodies.owned_elsewhere's to read.
"""

from __future__ import annotations

import re

from kg.ingest.nlp.lexicon import Lexicon
from kg.ingest.nlp.mentions import Mention

#: The capitalised word right before a mention, on the same line.
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+$")


def inside_longer(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether a body's mention is the tail of a longer name a qualifier opens ("National
    Security Council")."""
    if m.tag != "O" or not text[m.start : m.start + 1].isupper():
        return False
    window = max(0, m.start - 40)
    before = _WORD_BEFORE.search(text, window, m.start)
    return before is not None and before.group(1) in lex.body_name_qualifiers
