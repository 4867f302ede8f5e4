"""A state's bodies named by description: "its Foreign Ministry", "South Korea's foreign ministry",
"the Japanese embassy", and "the ministry" once one has been named.

News names a ministry by what it is and whose it is far more often than by its name; the gazetteer
cannot list every state's every body. The descriptions are data (``data/lexicon.yaml``, bodies); the
state comes from the text (a possessive, a demonym, "its" for the sentence's subject), never from a
guess: where the text does not say whose body it is, no mention is made. Whose a body found is
(``owner``, ``body_of`` ...) is kg.ingest.nlp.body_owners, named here too for the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from kg import gazetteer
from kg.gazetteer import Gazetteer
from kg.ingest.nlp import body_kinds, group_bodies, lexicon
from kg.ingest.nlp.body_owners import acting_state, body_of, owner, seat_state
from kg.ingest.nlp.mentions import PLACEHOLDER, Masked, Mention
from kg.iris import entity_key
from kg.model import Entity

__all__ = [
    "acting_state",
    "body_of",
    "described_kind",
    "find",
    "owner",
    "seat_state",
]

#: A body's size before its noun ("a five-member tribunal", "Bosnia's three-member presidency").
_SIZE = r"(?:[a-z0-9]+-(?:member|man|judge|nation|country|state)\s+)?"
#: Possessives that stand for the state the sentence is about ("Russia ..., its Foreign Ministry said").
_OWNERS = ("its", "their")


@lru_cache(maxsize=4)
def _patterns(
    bodies: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = sorted({w for _, ws in bodies for w in ws}, key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    described = re.compile(
        rf"(?:\b(?P<det>the|its|their|whose)\s+|(?P<s>«S\d+»)(?:['’]s?)?\s+)(?:(?P<s2>«S\d+»)\s+)?{_SIZE}(?P<body>{alts})\b"
        r"(?:\s+in\s+(?P<at>«[CS]\d+»))?(?!\s*«)",  # "the foreign ministry in Seoul"
        re.I,
    )
    heads = sorted(_heads(bodies), key=len, reverse=True)
    bare = re.compile(
        rf"\b(?:the|an?(?=\s+\w+\s+(?:spokes(?:man|woman|person)|official|source)\b))\s+"
        rf"(?P<head>{'|'.join(map(re.escape, heads))})\b(?!\s*(?:of\b|«))",
        re.I,
    )  # "the ministry"; "a ministry spokesman": one of the ministry named before
    return described, bare


@lru_cache(maxsize=4)
def _heads(bodies: tuple[tuple[str, tuple[str, ...]], ...]) -> frozenset[str]:
    """The nouns "the X" may name a body by: the last word of a description, or the word before
    its "of" ("ministry of defence": "the ministry"; "the defence minister" names no ministry)."""
    said = frozenset(w.split(" of ")[0].split()[-1].lower() for _, ws in bodies for w in ws)
    return said | lexicon.load().body_heads  # "the navy" after "the Indian navy"


def _body(
    bodies: tuple[tuple[str, tuple[str, ...]], ...], text: str
) -> tuple[str, tuple[str, ...]]:
    said = " ".join(text.lower().split())
    return next(b for b in bodies if said in b[1])


def described_kind(
    said: str, *, at_home: bool = False, by_name: bool = False
) -> tuple[str, tuple[str, ...]] | None:
    """The body kind (its name in the graph, its descriptions) that ``said`` describes, in lower
    case ("foreign ministry": Ministry of Foreign Affairs), the first the lexicon lists; the one
    lookup the readers of a described body share. ``at_home``: only a body a state keeps at home
    and that a bare description may name (no seat, no embassy abroad, none named only with its
    state); ``by_name``: the kind's own name counts as a description too."""
    lex = lexicon.load()
    skip = lex.by_seat | lex.abroad | lex.by_name if at_home else frozenset()
    return next(
        (
            (name, words)
            for name, words in lex.bodies
            if (said in words or (by_name and said == name.lower())) and name not in skip
        ),
        None,
    )


def _antecedent(masked: Masked, start: int) -> Entity | None:
    """The state a relative "whose" stands for: the one named just before it, past a comma
    ("a response from Togo, whose foreign ministry said ...")."""
    head = masked.text[:start].rstrip()
    if not head.endswith(","):
        return None
    before = head[:-1].rstrip()
    named = [m for m in PLACEHOLDER.finditer(before) if m.end() == len(before)]
    last = masked.mention(named[0].group(0)) if named else None
    return last.entity if last is not None and last.tag == "S" else None


def find(
    gz: Gazetteer,
    text: str,
    masked: Masked,
    seen: list[Entity],
    local: Callable[[str, str], str] | None = None,
    subject: Entity | None = None,
) -> list[Mention]:
    """Mentions of bodies in one masked sentence; ``seen`` holds the bodies named so far (latest
    last), which "the ministry" refers back to; ``local`` makes a key local to the source;
    ``subject`` is the state the sentence before was about, whose "its" body opens this one."""
    found = _find(gz, text, masked, seen, local, subject)
    found += body_kinds.find(gz, text, masked, seen, found)
    return found + group_bodies.find(text, masked, found, local)  # "veterans' groups said"


def _find(
    gz: Gazetteer,
    text: str,
    masked: Masked,
    seen: list[Entity],
    local: Callable[[str, str], str] | None,
    subject: Entity | None = None,
) -> list[Mention]:
    bodies = lexicon.load().bodies
    if not bodies:
        return []
    described, bare = _patterns(bodies)
    low = masked.text.lower()
    if not any(head in low for head in _heads(bodies)):  # most sentences name no body: no regex
        return _unowned(text, masked, [], local)
    out: list[Mention] = []
    for m in described.finditer(masked.text):
        ph = m.group("s2") or m.group("s")
        if ph is not None:
            state = masked.mention(ph).entity
        elif m.group("at") is not None:
            at = masked.mention(m.group("at")).entity
            key = gz.capitals.get(at.key) if at is not None and at.kind != "State" else None
            state = gz.get(key) if key else at
        elif m.group("det").lower() in _OWNERS:
            before = [
                x
                for x in masked.all_in(masked.text[: m.start()])
                if x.tag == "S" and x.entity is not None
            ]
            # none before it in the sentence: the state the sentence before was about
            # ("Guatemala rejected the protest. Its Foreign Ministry said ...")
            state = before[0].entity if before else subject
        elif m.group("det").lower() == "whose":
            state = _antecedent(masked, m.start())
        else:
            state = None
        if _name_goes_on(masked.text, m):
            continue  # "Italy's Ministry of Foreign Affairs and International Cooperation"
        name, words = _body(bodies, m.group("body"))
        if name in lexicon.load().by_seat and m.group("at") is None:
            continue  # "the Soviet government": the state itself, named so
        how = "description"
        if state is None:  # "the foreign ministry": the one the article has named, if any
            how = "referred"  # whose it is, the words do not say (kg.ingest.nlp.rules.office_sides)
            ent = next(
                (x for x in reversed(seen) if x.label.startswith(name) or x.label.endswith(name)),
                None,
            )
            if ent is None:
                continue
        elif state.kind != "State":
            continue
        else:
            ent = body_of(gz, state, name, words)
        s, e = masked.offset(m.start()), masked.offset(m.end())
        written = re.sub(r"^the\s+", "", " ".join(text[s:e].split()), flags=re.IGNORECASE)
        if ent.kind == "Organization" and written not in (ent.label, *ent.aliases):
            ent = replace(ent, aliases=(*ent.aliases, written))  # "Spain's Defense Ministry" too
        out.append(Mention(s, e, text[s:e], "O", ent, how=how))
    taken = [(x.start, x.end) for x in out]
    for m in bare.finditer(masked.text):
        s, e = masked.offset(m.start()), masked.offset(m.end())
        if any(a < e and s < b for a, b in taken):
            continue
        head = m.group("head").lower()
        ent = next((x for x in reversed(seen) if _called(x, head)), None)
        if ent is not None:
            out.append(Mention(s, e, text[s:e], "O", ent, how="anaphor"))
    out += _titling(masked, text, seen, [(x.start, x.end) for x in out])
    return out + _unowned(text, masked, out, local)


_AND_NAME = re.compile(r"\s+and\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\b(?!\s*«)")


def _name_goes_on(text: str, m: re.Match[str]) -> bool:
    """Whether a body's description is the first part of its proper name, which a conjunction and
    more name words go on with ("Ministry of Foreign Affairs and International Cooperation"):
    owned_bodies reads it whole. A second body ("and Defence Ministry") or a title ("and Trade
    Minister X") does not go on with it."""
    body = m.group("body")
    if not body[:1].isupper() or " of " not in body:
        return False
    more = _AND_NAME.match(text, m.end())
    if more is None:
        return False
    lex = lexicon.load()
    heads, office = lex.body_heads | lex.named_body_heads, lexicon.office_regex("(?:{office})")
    return not any(w.lower() in heads or office.fullmatch(w) for w in more.group(1).split())


def _titling(
    masked: Masked, text: str, seen: list[Entity], taken: list[tuple[int, int]]
) -> list[Mention]:
    """A body's head word, capitalised, that titles an office after it ("Court President Iwasawa
    Yuji", "Commission Chairman X"): the body of that head named before, as "the court" is."""
    heads = _heads(lexicon.load().bodies)
    out: list[Mention] = []
    for m in lexicon.office_regex(r"\b(?P<head>[A-Z][a-z]+)\s+(?=(?:{office})\b)").finditer(
        masked.text
    ):
        head = m.group("head")
        s, e = masked.offset(m.start("head")), masked.offset(m.end("head"))
        if (
            not head[:1].isupper()
            or head.lower() not in heads
            or any(a < e and s < b for a, b in taken)
            or _owned(text[:s])
        ):
            continue
        ent = next((x for x in reversed(seen) if _called(x, head.lower())), None)
        if ent is not None:
            out.append(Mention(s, e, text[s:e], "O", ent, how="anaphor"))
    return out


def _owned(before: str) -> bool:
    """Whether the words before a titling head name its owner ("Finland's Defence Minister",
    "the Finnish Defence Minister"): that state's office, not the body of that head named before."""
    words = before.split()
    if not words:
        return False
    last = words[-1]
    return last.endswith(("'s", "\u2019s")) or last.lower() in gazetteer.load().demonyms


def _called(body: Entity, head: str) -> bool:
    """Whether a body's name or an alias has the head word ("the court": the ICJ)."""
    return any(head in n.lower().split() for n in (body.label, *body.aliases))


@lru_cache(maxsize=4)
def _unowned_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    det = r"the|an?|its|their|(?:the\s+)?(?:two|both)\s+(?:sides|countries|states|governments)['’]"
    named = r"(?!\s*«)(?!\s+of\s+(?:the\s+)?«)"  # "the regional government of the Aosta Valley"
    return re.compile(rf"(?<!\w)(?P<det>{det})\s+{_SIZE}(?P<body>{alts})\b{named}", re.I)


@lru_cache(maxsize=4)
def _unowned_heads(words: tuple[str, ...]) -> frozenset[str]:
    """The last words of the bodies of no state, once: the test that a sentence may name one
    looked at each of the ~900 words a sentence (~5 % of extraction's own CPU), for a few dozen
    heads ("tribunal", "court", "commission")."""
    return frozenset(w.split()[-1] for w in words)


def _unowned(
    text: str, masked: Masked, taken: list[Mention], local: Callable[[str, str], str] | None
) -> list[Mention]:
    """Bodies of no state named by what they are ("the arbitral tribunal", "a tribunal constituted
    under ..."): one body of this source, so it can issue an award, yet never the node of another
    article's tribunal. Where the sentence already reads the words as a body (a state's court, one
    named before), that reading stands."""
    words = lexicon.load().unowned_bodies
    pattern = _unowned_pattern(words)
    low = masked.text.lower()
    if pattern is None or not any(w in low for w in _unowned_heads(words)):
        return []
    out: list[Mention] = []
    for m in pattern.finditer(masked.text):
        s, e = masked.offset(m.start()), masked.offset(m.end())
        if any(x.start < e and s < x.end for x in taken):
            continue
        label = " ".join(m.group("body").lower().split())
        key = local("Organization", label) if local else entity_key("Organization", label)
        out.append(
            Mention(s, e, text[s:e], "O", Entity("Organization", key, label, ()), how="description")
        )
    return out
