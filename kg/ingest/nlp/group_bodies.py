"""Groups of people told by who they are, with no name: "Argentine veterans' groups said",
"Chagossian groups in Britain rejected the treaty", "Cambodian opposition groups have long argued",
"according to fishermen's associations".

News gives voice to such groups as it does to a ministry; unread, their words went to the state
their demonym names (Argentina "said they would stage a protest") or to no one. The phrase is a
plural group noun (``group_bodies`` of data/lexicon.yaml) after up to three words that say whose
groups they are: a people's name or demonym, a possessive plural of people ("fishermen's",
"veterans'") or a word of a group's kind ("opposition", "rights"; ``kind_bodies`` kinds). The body
is one of its article (a key local to the source), named as written. A bare "groups", or one told
by a word of quantity ("Several groups", "These groups"), is no body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.mentions import Masked, Mention
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml

#: A word that says whose groups they are: a state's placeholder, a capitalised people's name, a
#: possessive plural ("fishermen's", "veterans'") or a lower-case word (a kind, checked after).
_WORD = r"(?:«S\d+»|[A-Z][a-z]+(?:-[A-Za-z]+)?|[a-z]+(?:['’]s|s['’])|[a-z]+(?:-[a-z]+)?)"


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], frozenset[str]]:
    data = read_yaml(DATA_DIR / "lexicon.yaml")
    heads = sorted(data.get("group_bodies", ()), key=len, reverse=True)
    kinds = frozenset(str(w) for w in data.get("kind_bodies", {}).get("kinds", ()))
    pattern = re.compile(
        rf"(?<![\w«»'’-])(?P<words>(?:{_WORD}\s+){{1,3}})(?P<head>{'|'.join(heads)})\b(?!\s*«)"
    )
    return pattern, kinds


#: The ends of a people's name that a capital opening the sentence may have ("Chagossian groups",
#: "Kurdish groups"), where "Rival groups" or "Armed groups" say no one's.
_PEOPLE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ch)")


def _whose(word: str, kinds: frozenset[str], first: bool) -> bool | None:
    """Whether a word says whose groups they are (True), may stand among such words (None: "local"),
    or rules the phrase out (False: "Several", "the"); ``first``: it opens the sentence."""
    if word.startswith("«S"):
        return True
    if word[:1].isupper():
        if word in lexicon.load().non_name_words:
            return None if word.lower() in kinds else False
        return True if not first or _PEOPLE.fullmatch(word) or word.lower() in kinds else None
    if re.fullmatch(r"[a-z]+(?:['’]s|s['’])", word):
        return True
    if word in kinds:
        return True
    return None if word in ("local", "main", "other") else False


def find(
    text: str, masked: Masked, taken: list[Mention], local: Callable[[str, str], str] | None
) -> list[Mention]:
    """Mentions of unnamed groups of people in one masked sentence; ``taken`` holds the body
    mentions the sentence already has, which stand."""
    if not any(
        h in masked.text
        for h in ("group", "association", "union", "federation", "cooperative", "organi")
    ):
        return []
    pattern, kinds = _data()
    out: list[Mention] = []
    for m in pattern.finditer(masked.text):
        words = m.group("words").split()
        opens = not masked.text[: m.start("words")].strip(" \"“‘'")
        said = [_whose(w, kinds, opens and i == 0) for i, w in enumerate(words)]
        while said and said[0] is False:  # "said fishermen's associations": the verb is no part
            words, said = words[1:], said[1:]
        if not said or False in said or True not in said:
            continue
        start = m.start("words") + m.group("words").index(words[0])
        s, e = masked.offset(start), masked.offset(m.end())
        if any(x.start < e and s < x.end for x in taken if x.tag == "O"):
            continue
        label = " ".join(text[s:e].split())
        key = local("Organization", label) if local else entity_key("Organization", label)
        out.append(
            Mention(s, e, text[s:e], "O", Entity("Organization", key, label, ()), how="group")
        )
    return out
