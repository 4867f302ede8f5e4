"""What follows a body's head noun in its name: a proper name after "of" ("Department of
Fisheries", "Ministry of Foreign Affairs and International Cooperation") and the state a name ends
with ("the navy of Chile": Chile's).

Split from kg.ingest.nlp.owned_bodies, which reads the head and the words before it: how far a name
runs on past "of" and "and", and where a state's name ends it, is a reading of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.ingest.nlp import lexicon
from kg.ingest.nlp.grammar import Parsed
from kg.ingest.nlp.mentions import Mention
from kg.model import Entity

#: Days and months, which name no subject of a body ("the Commission on Monday").
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December".split()
)
#: Small words inside a proper name after "of" ("Ministry of Foreign Affairs and Trade").
SMALL = frozenset({"of", "and", "for", "the", "&", "on"})


def _named_state(m: Mention | None) -> Entity | None:
    """The state a mention names by its name or an alias ("the navy of Chile"), else None."""
    if m is None or m.entity is None or m.how not in ("name", "alias"):
        return None
    return m.entity if m.tag == "S" and m.entity.kind == "State" else None


def name_tail(p: Parsed, head: Token, names: bool) -> tuple[list[Token], Entity | None]:
    """What follows the head in its name: a proper name after "of" ("Department of Fisheries",
    "Ministry of Foreign Affairs and Trade") where the head is capitalised (``names``), all name
    words no mention holds, and the state the name ends with ("Constitutional Court of Colombia",
    "the navy of Chile": Chile's)."""
    toks: list[Token] = []
    at = head
    for _ in range(2 if names else 1):
        nxt = (toks[-1].i if toks else head.i) + 1
        prep = next(
            (c for x in (at, head) for c in x.rights if c.dep_ == "prep" and c.i == nxt), None
        )
        if (
            prep is None
            or prep.lower_ not in ("of", "for", "on")
            or (prep.lower_ == "on" and not names)
        ):
            break
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            break
        m = p.mention(obj)
        state = _named_state(m)
        if state is not None and m is not None:
            named = p.within(m.start, m.end)
            if named and named[-1].i == obj.i and not list(obj.rights):
                return [*toks, prep, *named], state
            break
        if not names:
            break
        more = [prep, *(x for x in obj.subtree if x.i <= obj.i), *_joined_name(obj, head)]
        if prep.lower_ == "on" and any(x.text in _CALENDAR for x in more):
            break  # "the Commission on Monday"
        if any(p.mention(x) is not None for x in more) or not all(
            x.text[:1].isupper() or x.lower_ in SMALL for x in more[1:]
        ):
            break
        if [x.i for x in more] != list(range(more[0].i, more[0].i + len(more))):
            break
        toks += more
        at = more[-1] if more[-1].dep_ == "conj" else obj  # "... and International Cooperation of"
    return toks, None


def _joined_name(obj: Token, head: Token) -> list[Token]:
    """The name words a conjunction joins right after the of-phrase's last word ("Ministry of
    Foreign Affairs and International Cooperation"), the parse hanging them on either: a few
    capitalised words, with no determiner, no body's head and no office's title ("and the
    Ministry of Defence" is a second body, "and Trade Minister X" a person)."""
    lex = lexicon.load()
    heads, office = lex.body_heads | lex.named_body_heads, lexicon.office_regex("(?:{office})")
    for conj in (c for x in (obj, head) for c in x.rights if c.dep_ == "conj" and c.i > obj.i):
        tail = list(obj.doc[obj.i + 1 : conj.i + 1])
        words = tail[1:]
        if (
            len(tail) > 1
            and len(words) <= 3
            and tail[0].dep_ == "cc"
            and all(x.text[:1].isupper() and x.lower_ not in heads for x in words)
            and not any(office.fullmatch(x.text) for x in words)
            and all(x.head.i == conj.i for x in words[:-1])
        ):
            return tail
    return []
