"""A known body's name inside a longer one, or owned by a state: "the Philippine National Security
Council" and "Russia's Security Council" are no mentions of the UN Security Council (the
gazetteer's alias "Security Council"), and a "Federal Court" is no court the gazetteer names.

The words that make the longer name another body's are data (``body_name_qualifiers`` of
``data/lexicon.yaml``); a state's possessive counts only before a name of generic words alone
("Security Council", not "UN Security Council"). The mention is dropped so that the body is read
whole from its head noun and the state before it (kg.ingest.nlp.owned_bodies); left, a state's own
council would speak, and its officials hold office, for the United Nations.
"""

from __future__ import annotations

import re

from kg.gazetteer import Gazetteer
from kg.ingest.nlp.lexicon import Lexicon
from kg.ingest.nlp.mentions import Mention

#: The capitalised word right before a mention, on the same line.
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+$")
#: A possessive name right before a mention ("Russia's ", "South Korea’s ").
_OWNER_BEFORE = re.compile(r"([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)*)['’]s[ \t]+$")


def inside_longer(gz: Gazetteer, text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether a body's mention is the tail of a longer name a qualifier opens ("National
    Security Council"), or generic words a state's possessive owns ("Russia's Security Council")."""
    if m.tag != "O" or not text[m.start : m.start + 1].isupper():
        return False
    window = max(0, m.start - 40)
    before = _WORD_BEFORE.search(text, window, m.start)
    if before is not None and before.group(1) in lex.body_name_qualifiers:
        return True
    owner = _OWNER_BEFORE.search(text, window, m.start)
    return (
        owner is not None
        and gz.state_by_name(owner.group(1)) is not None
        and all(w in lex.non_name_words for w in m.text.split())
    )
