"""Armed groups the gazetteer does not know, named by a proper name beside a group noun and a word
that says what kind of group it is: "the M23 rebel group", "the rebel M23 movement", "the
separatist Ambazonia militia", "the militant group al-Shabaab".

The gazetteer cannot list every militia; left unread, "the M23 rebel group seized the town" names
no one, and a run like "Ansar Dine" is read as a person. The nouns and words are data
(``data/lexicon.yaml``, ``armed_groups``); the name is the capitalised words the group noun
carries, before it or in apposition after it, and the body is called by that name alone.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.iris import entity_key
from kg.model import Entity
from kg.paths import DATA_DIR, read_yaml


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The group nouns, and the words that make such a group an armed one."""
    data = read_yaml(DATA_DIR / "lexicon.yaml").get("armed_groups", {})
    return (
        frozenset(str(w) for w in data.get("heads", ())),
        frozenset(str(w) for w in data.get("kinds", ())),
    )


def _name_part(t: Token) -> bool:
    return t.text == "-" or t.lower_ in ("al", "el") or (t.text[:1].isupper() and t.pos_ == "PROPN")


def _name_before(p: Parsed, head: Token, kinds: frozenset[str]) -> tuple[int, list[Token]]:
    """Where the phrase begins and the name words in it ("the [rebel] M23 [rebel] group")."""
    i, kinded = head.i - 1, False
    name: list[Token] = []
    while i >= 0:
        t = p.doc[i]
        if t.lower_ in kinds and not name:
            kinded = True
        elif _name_part(t) and t.dep_ == "compound" and p.mention(t) is None:
            name.insert(0, t)
        elif t.lower_ in kinds and name:
            kinded = True
        else:
            break
        i -= 1
    return (i + 1, name) if kinded and name and name[0].text != "-" else (head.i, [])


def _name_after(p: Parsed, head: Token) -> list[Token]:
    """The name in apposition right after the noun ("the militant group al-Shabaab")."""
    appos = next((c for c in head.children if c.dep_ == "appos"), None)
    if appos is None or appos.pos_ != "PROPN":
        return []
    words = [t for t in appos.subtree if t.i <= appos.i]
    if words[0].i != head.i + 1 or not all(_name_part(t) for t in words):
        return []
    return [] if any(p.mention(t) is not None for t in words) else words


def find(p: Parsed, text: str) -> list[Mention]:
    """Mentions of armed groups named by a group noun in one parsed sentence."""
    heads, kinds = _words()
    out: list[Mention] = []
    for head in p.tokens:
        if head.lower_ not in heads or head.pos_ != "NOUN" or p.mention(head) is not None:
            continue
        first, name = _name_before(p, head, kinds)
        last = head
        if not name and any(c.lower_ in kinds for c in head.children if c.i < head.i):
            name = _name_after(p, head)
            first = min(
                (c.i for c in head.children if c.i < head.i and c.lower_ in kinds), default=head.i
            )
            last = name[-1] if name else head
        if not name:
            continue
        label = text[p.offset + name[0].idx : p.offset + name[-1].idx + len(name[-1].text)]
        s = p.offset + p.doc[first].idx
        e = p.offset + last.idx + len(last.text)
        phrase = " ".join(text[s:e].split())
        key = entity_key("Organization", label)
        ent = Entity("Organization", key, label, (phrase,))
        out.append(Mention(s, e, text[s:e], "O", ent, how="armed-group"))
    return out
